/** Function words: left out of content words, and the words that end a noun phrase. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet for of in on at to from by with without within into onto upon about above below
  over under after before during since until while as than that this these those there here it its it's they them
  their theirs he him his she her hers we us our you your i me my be is are was were been being am has have had
  having do does did doing will would shall should can could may might must not no also such which who whom whose
  what when where why how all any both each few more most other some very just only own same too then once again
  further out up down off if because though although whether either neither per via amid among against between
  through throughout across along around toward towards s ’s 's said says say according told`.split(/\s+/),
);

/** Words after which a noun phrase is over: prepositions, conjunctions, relatives, auxiliaries. */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set(
  `and or but nor of in on at to from by with for into onto upon as than that which who whom whose while when where
  after before during since until because including include includes including, is are was were be been being has
  have had do does did will would shall should can could may might must not also allegedly reportedly`.split(/\s+/),
);

/** Articles and possessives that open a noun phrase: "the driver", "their captain". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
