/**
 * English verb forms from a lemma, for the questions an editor reads ("number of people laid off", "who
 * ordered"): the irregular verbs of English and the spelling rules of the regular ones. General English, not a
 * story's words.
 */

/** lemma: past tense, past participle. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  arise: ['arose', 'arisen'], awake: ['awoke', 'awoken'], be: ['was', 'been'], bear: ['bore', 'borne'], beat: ['beat', 'beaten'],
  become: ['became', 'become'], begin: ['began', 'begun'], bend: ['bent', 'bent'], bet: ['bet', 'bet'], bid: ['bid', 'bid'],
  bind: ['bound', 'bound'], bite: ['bit', 'bitten'], bleed: ['bled', 'bled'], blow: ['blew', 'blown'], break: ['broke', 'broken'],
  breed: ['bred', 'bred'], bring: ['brought', 'brought'], broadcast: ['broadcast', 'broadcast'], build: ['built', 'built'],
  burn: ['burned', 'burned'], burst: ['burst', 'burst'], buy: ['bought', 'bought'], cast: ['cast', 'cast'], catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'], cling: ['clung', 'clung'], come: ['came', 'come'], cost: ['cost', 'cost'], creep: ['crept', 'crept'],
  cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], dig: ['dug', 'dug'], do: ['did', 'done'], draw: ['drew', 'drawn'], drink: ['drank', 'drunk'],
  drive: ['drove', 'driven'], eat: ['ate', 'eaten'], fall: ['fell', 'fallen'], feed: ['fed', 'fed'], feel: ['felt', 'felt'],
  fight: ['fought', 'fought'], find: ['found', 'found'], flee: ['fled', 'fled'], fling: ['flung', 'flung'], fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'], forecast: ['forecast', 'forecast'], foresee: ['foresaw', 'foreseen'], forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'], get: ['got', 'got'], give: ['gave', 'given'], go: ['went', 'gone'],
  grind: ['ground', 'ground'], grow: ['grew', 'grown'], hang: ['hung', 'hung'], have: ['had', 'had'], hear: ['heard', 'heard'],
  hide: ['hid', 'hidden'], hit: ['hit', 'hit'], hold: ['held', 'held'], hurt: ['hurt', 'hurt'], keep: ['kept', 'kept'],
  know: ['knew', 'known'], lay: ['laid', 'laid'], lead: ['led', 'led'], leave: ['left', 'left'], lend: ['lent', 'lent'], let: ['let', 'let'],
  lie: ['lay', 'lain'], light: ['lit', 'lit'], lose: ['lost', 'lost'], make: ['made', 'made'], mean: ['meant', 'meant'], meet: ['met', 'met'],
  mislead: ['misled', 'misled'], overcome: ['overcame', 'overcome'], overrun: ['overran', 'overrun'], oversee: ['oversaw', 'overseen'],
  overtake: ['overtook', 'overtaken'], overthrow: ['overthrew', 'overthrown'], pay: ['paid', 'paid'], put: ['put', 'put'], quit: ['quit', 'quit'],
  read: ['read', 'read'], rebuild: ['rebuilt', 'rebuilt'], rid: ['rid', 'rid'], ride: ['rode', 'ridden'], ring: ['rang', 'rung'],
  rise: ['rose', 'risen'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'], sell: ['sold', 'sold'],
  send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'], shed: ['shed', 'shed'], shine: ['shone', 'shone'],
  shoot: ['shot', 'shot'], show: ['showed', 'shown'], shrink: ['shrank', 'shrunk'], shut: ['shut', 'shut'], sing: ['sang', 'sung'],
  sink: ['sank', 'sunk'], sit: ['sat', 'sat'], slay: ['slew', 'slain'], sleep: ['slept', 'slept'], slide: ['slid', 'slid'], speak: ['spoke', 'spoken'],
  speed: ['sped', 'sped'], spend: ['spent', 'spent'], spin: ['spun', 'spun'], split: ['split', 'split'], spread: ['spread', 'spread'],
  spring: ['sprang', 'sprung'], stand: ['stood', 'stood'], steal: ['stole', 'stolen'], stick: ['stuck', 'stuck'], sting: ['stung', 'stung'],
  strike: ['struck', 'struck'], strive: ['strove', 'striven'], swear: ['swore', 'sworn'], sweep: ['swept', 'swept'], swim: ['swam', 'swum'],
  swing: ['swung', 'swung'], take: ['took', 'taken'], teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'],
  think: ['thought', 'thought'], throw: ['threw', 'thrown'], thrust: ['thrust', 'thrust'], undergo: ['underwent', 'undergone'],
  understand: ['understood', 'understood'], undertake: ['undertook', 'undertaken'], undo: ['undid', 'undone'], upset: ['upset', 'upset'],
  uphold: ['upheld', 'upheld'], wake: ['woke', 'woken'], wear: ['wore', 'worn'], weep: ['wept', 'wept'], win: ['won', 'won'],
  wind: ['wound', 'wound'], withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'], withstand: ['withstood', 'withstood'],
  write: ['wrote', 'written'],
};

/** Two-syllable verbs stressed on the last syllable, which double their final consonant ("admitted"). */
const DOUBLING = new Set(['admit', 'commit', 'submit', 'permit', 'omit', 'emit', 'transmit', 'acquit', 'refer', 'prefer', 'confer', 'defer', 'infer', 'occur', 'recur', 'incur', 'deter', 'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'dispel', 'rebel', 'regret', 'equip', 'abet', 'allot', 'forbid', 'outbid', 'upset', 'embed']);

/** Past forms of every irregular verb, back to their lemma: a source's own word tells which verb it is. */
const LEMMA_OF_PAST = new Map<string, string>();
for (const [lemma, [past, participle]] of Object.entries(IRREGULAR)) {
  if (!LEMMA_OF_PAST.has(past)) LEMMA_OF_PAST.set(past, lemma);
  if (!LEMMA_OF_PAST.has(participle)) LEMMA_OF_PAST.set(participle, lemma);
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // One syllable ending in one vowel and one consonant doubles it ("ban" → "banned"); "w", "x", "y" never do.
  const oneSyllable = (lemma.match(/[aeiouy]+/g) ?? []).length === 1;
  if ((oneSyllable || DOUBLING.has(lemma)) && /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}

/** "lay" → "laid", "suspend" → "suspended", "strike" → "struck": the form after "number of people ...". */
export function pastParticiple(lemma: string): string {
  const words = lemma.split(' ');
  const verb = words[0] ?? lemma;
  const form = IRREGULAR[verb]?.[1] ?? regularPast(verb);
  return [form, ...words.slice(1)].join(' ');
}

/** "die" → "died", "sit" → "sat": the form after "who" ("number of pupils who sat"). */
export function pastTense(lemma: string): string {
  const words = lemma.split(' ');
  const verb = words[0] ?? lemma;
  const form = IRREGULAR[verb]?.[0] ?? regularPast(verb);
  return [form, ...words.slice(1)].join(' ');
}

/** The lemma of an irregular past form ("struck" → "strike"), if it is one. */
export function irregularLemma(word: string): string | undefined {
  return LEMMA_OF_PAST.get(word);
}

/** A verb whose lemma and past forms are all one word ("cut", "shut", "hit"). */
export function isInvariant(lemma: string): boolean {
  const forms = IRREGULAR[lemma];
  return forms !== undefined && forms[0] === lemma && forms[1] === lemma;
}
