/**
 * Titles and roles written before a name ("Labour Minister Daniel Okafor", "Attorney General Merrick Garland").
 * Any capitalised run that contains one of these words ends its role there; what follows is the person.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother
  president vice deputy prime minister secretary chancellor attorney general solicitor ambassador envoy
  spokesperson spokesman spokeswoman spokesperson's director chief head chair chairman chairwoman chairperson
  ceo cfo cto coo founder executive officer commissioner governor mayor senator congressman congresswoman
  representative rep sen gov judge justice magistrate prosecutor inspector superintendent constable sergeant
  detective captain colonel lieutenant major commander admiral marshal king queen prince princess emperor
  pope cardinal bishop archbishop imam rabbi sheikh leader mp mep minister's foreign home interior defence
  defense justice health finance treasury trade security state shadow acting interim former
  assistant associate senior junior analyst researcher economist editor correspondent
  gen maj brig adm lt col sgt capt cmdr cpl pvt hon supt insp amb coach manager ranking member
  chargé charge d’affaires d'affaires daffaires administrator senators representatives governors ministers
  premier emir sultan speaker trooper striker midfielder goalkeeper winger quarterback pitcher
  president-elect mayor-elect governor-elect premier-elect`.split(/\s+/),
);

/** Short forms of given names: "Tom Reeve" and "Thomas Reeve" are one person, styled differently. */
const SHORT_FORMS = `tom:thomas bill:william will:william bob:robert rob:robert bobby:robert jim:james jimmy:james
  mike:michael dave:david chris:christopher chris:christine liz:elizabeth beth:elizabeth kate:katherine
  kate:catherine cathy:catherine alex:alexander alex:alexandra sam:samuel sam:samantha ben:benjamin dan:daniel
  danny:daniel joe:joseph nick:nicholas tony:anthony andy:andrew steve:stephen steve:steven matt:matthew
  pete:peter jon:jonathan tim:timothy greg:gregory ed:edward ted:edward rick:richard dick:richard jeff:jeffrey
  ken:kenneth ron:ronald don:donald sue:susan jenny:jennifer jen:jennifer vicky:victoria meg:margaret
  maggie:margaret pat:patrick pat:patricia charlie:charles chuck:charles fred:frederick larry:lawrence`;
const SHORT_FORM_PAIRS = new Set(SHORT_FORMS.split(/\s+/).filter(Boolean));

export function isShortFormOf(a: string, b: string): boolean {
  return SHORT_FORM_PAIRS.has(`${a}:${b}`) || SHORT_FORM_PAIRS.has(`${b}:${a}`);
}

/** Titles that stand right before a person's name and nothing else, so a following single word is a surname. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

/** Capitalised words that are never names: months, weekdays, sentence adverbs that start many sentences. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `i’m i'm i’ve i've i’d i'd i’ll i'll we’re we're we’ve we've you’re you're it’s it's that’s that's january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday i the a an this that these those
  it its he she they we you his her their our however meanwhile moreover furthermore additionally also yet despite
  although while when where after before during since in on at for from with by as but and or if so then there
  here such some many several all both each every no not one two three four five six seven eight nine ten
  according accordingly based ultimately concurrently unilateral latest related share please chat request`.split(/\s+/),
);

/** Posts of someone who comments on others' affairs: an analyst's estimate is never the company's own. */
export const THIRD_PARTY_POSTS: ReadonlySet<string> = new Set(['analyst', 'economist', 'expert']);

/**
 * Abbreviations written in capitals that name no one: "RSVP", "ASAP", "FAQ". In capitals a word would otherwise
 * read as an organisation's acronym ("must RSVP by Friday" is a verb).
 */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'rsvp asap faq faqs fyi aka diy tba tbc tbd nb ps pps ok rip eg ie etc pdf url usb gps sms dna rna mri gdp vat ppe'.split(/\s+/),
);

/**
 * Roles a speaker is given in common words ("a spokesperson for Acme", "Acme's chief executive"), by post:
 * two posts of one organisation are two people, one post in two spellings is one.
 */
export const SPEAKER_ROLES: ReadonlyMap<string, string> = new Map(
  `spokesperson:spokesperson spokesman:spokesperson spokeswoman:spokesperson spokespeople:spokesperson
  ceo:ceo founder:founder chairman:chair chairwoman:chair chairperson:chair chair:chair president:president
  director:director coach:coach manager:manager captain:captain lawyer:lawyer lawyers:lawyer attorney:lawyer
  minister:minister secretary:secretary mayor:mayor governor:governor ambassador:ambassador envoy:envoy
  analyst:analyst analysts:analyst economist:economist economists:economist expert:expert experts:expert`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);
