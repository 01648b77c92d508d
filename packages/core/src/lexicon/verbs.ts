/**
 * Predicates a newsroom counts and dates: every form of a verb, and its synonyms, reduce to one lemma,
 * so "indicted seven" and "charged seven" align. A word not listed falls back to a crude stem (extract/predicates.ts).
 */
const LEMMAS: Readonly<Record<string, readonly string[]>> = {
  sanction: ['sanction', 'sanctions', 'sanctioned', 'sanctioning', 'blacklist', 'blacklisted', 'designated'],
  charge: ['charge', 'charges', 'charged', 'charging', 'indict', 'indicts', 'indicted', 'indicting', 'indictment', 'prosecute', 'prosecuted', 'prosecuting'],
  arrest: ['arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detained', 'detaining', 'detention', 'apprehended'],
  convict: ['convict', 'convicted', 'conviction', 'guilty'],
  sentence: ['sentence', 'sentenced', 'jailed', 'imprisoned'],
  kill: ['kill', 'kills', 'killed', 'killing', 'die', 'died', 'dies', 'dead', 'death', 'deaths', 'fatalities', 'perished', 'toll'],
  injure: ['injure', 'injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized'],
  evacuate: ['evacuate', 'evacuated', 'evacuating', 'evacuation', 'displaced'],
  rescue: ['rescue', 'rescued', 'rescuing', 'saved'],
  miss: ['missing', 'unaccounted'],
  attack: ['access', 'accessed', 'attack', 'attacked', 'attacking', 'attacks', 'target', 'targeted', 'targeting', 'targets', 'hack', 'hacked', 'hacking', 'breach', 'breached', 'infiltrate', 'infiltrated', 'infiltrating', 'penetrate', 'penetrated', 'compromise', 'compromised', 'intrusion'],
  steal: ['steal', 'stole', 'stolen', 'stealing', 'theft', 'exfiltrated'],
  accuse: ['accuse', 'accused', 'accusing', 'blame', 'blamed', 'blaming', 'attribute', 'attributed', 'attributing'],
  deny: ['deny', 'denied', 'denies', 'denying', 'rejected', 'dismissed'],
  fine: ['fine', 'fined', 'fines', 'penalty', 'penalised', 'penalized'],
  pay: ['pay', 'paid', 'pays', 'paying', 'payment'],
  cost: ['cost', 'costs', 'costing', 'spent', 'spend', 'spending', 'budget', 'invest', 'invested', 'investment'],
  employ: ['employ', 'employs', 'employed', 'employing', 'workforce', 'staffed'],
  dismiss: ['lay', 'laid', 'sacked', 'fired', 'redundant', 'layoffs', 'cut', 'cuts', 'axed'],
  summon: ['summon', 'summoned', 'summoning'],
  send: ['send', 'sent', 'sending'],
  register: ['register', 'registered', 'registering'],
  elect: ['elect', 'elected', 'vote', 'voted', 'votes', 'won', 'win', 'wins'],
  start: ['start', 'started', 'starts', 'starting', 'began', 'begun', 'begins', 'broke', 'erupted', 'ignited'],
  strike: ['strike', 'striking', 'walked', 'walkout'],
  damage: ['damage', 'damaged', 'destroyed', 'destroy', 'flattened', 'burned', 'burnt', 'gutted'],
  build: ['build', 'built', 'building', 'construct', 'constructed', 'opened'],
  raise: ['raise', 'raised', 'increase', 'increased', 'rise', 'rose', 'risen', 'jumped', 'surged', 'soared', 'climbed', 'gained'],
  fall: ['fall', 'fell', 'fallen', 'dropped', 'slumped', 'plunged', 'declined', 'tumbled', 'sank'],
  buy: ['buy', 'buys', 'buying', 'bought', 'acquire', 'acquired', 'acquires', 'acquiring', 'acquisition', 'purchase', 'purchased', 'takeover'],
  close: ['close', 'closed', 'closing', 'shut', 'shutdown', 'suspended', 'halted'],
  affect: ['affect', 'affected', 'affecting', 'exposed'],
  receive: ['receive', 'received', 'receiving'],
};

const LEMMA_OF = new Map<string, string>();
for (const [lemma, forms] of Object.entries(LEMMAS)) for (const form of forms) LEMMA_OF.set(form, lemma);

const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  steal: 'stolen', send: 'sent', pay: 'paid', build: 'built', strike: 'on strike', miss: 'missing', dismiss: 'dismissed',
  deny: 'denied', start: 'started', cost: 'spent', sentence: 'sentenced', raise: 'raised', close: 'closed', damage: 'damaged',
  evacuate: 'evacuated', injure: 'injured', rescue: 'rescued', charge: 'charged', receive: 'received', fine: 'fined',
  accuse: 'accused', employ: 'employed', buy: 'bought', fall: 'fallen',
};

/** "sanction" → "sanctioned", for messages an editor reads; unlisted stems stay as they are. */
export function participle(lemma: string): string {
  if (!isLexiconLemma(lemma)) return lemma;
  return IRREGULAR_PARTICIPLES[lemma] ?? `${lemma}ed`;
}

/** A lemma of the lexicon, as opposed to a crude stem of an unlisted verb. */
export function isLexiconLemma(lemma: string): boolean {
  return Object.hasOwn(LEMMAS, lemma);
}

export function predicateLemma(word: string): string | undefined {
  return LEMMA_OF.get(word) ?? LEMMA_OF.get(word.toLowerCase());
}

/** Verbs of saying, for attribution: "X said", "according to X", "X told the Commons". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells stated announced announces claimed alleged alleges added adds noted
  warned warns insisted insists confirmed confirms reported wrote writes argued argues explained
  described describes declared declares revealed reveals concluded concludes believes believe believed
  assessed estimated estimates forecast forecasts predicted predicts projected calculated`.split(/\s+/),
);

/** Hedging words and the certainty they leave. */
export const HEDGES: Readonly<Record<string, 'alleged' | 'likely' | 'possible' | 'expected'>> = {
  allegedly: 'alleged', alleged: 'alleged', reportedly: 'alleged', purportedly: 'alleged', supposedly: 'alleged',
  suspected: 'alleged', 'believed to': 'alleged', 'said to': 'alleged', 'thought to': 'alleged', 'understood to': 'alleged',
  'rumoured to': 'alleged', 'rumored to': 'alleged', unconfirmed: 'alleged',
  likely: 'likely', 'highly likely': 'likely', 'most likely': 'likely', 'almost certainly': 'likely', probably: 'likely',
  apparently: 'likely', presumably: 'likely', 'appears to': 'likely', 'appeared to': 'likely', 'seems to': 'likely',
  'seemed to': 'likely', believes: 'likely', 'believe that': 'likely', suspects: 'likely', 'suspect that': 'likely',
  potentially: 'possible', possibly: 'possible', may: 'possible', might: 'possible', could: 'possible', perhaps: 'possible',
  'one possibility': 'possible', 'a possibility': 'possible', 'possible that': 'possible', 'a possible': 'possible',
  'one theory': 'possible', 'investigating whether': 'possible', 'looking into whether': 'possible',
  'is expected to': 'expected', 'are expected to': 'expected', 'expected to': 'expected',
};

/** Verbs that deny what follows them: "X denied that staff were told" negates "staff were told". */
export const DENIALS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'refuted', 'refutes', 'disputed', 'disputes']);

/** Words that negate the claim they stand in. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nor',
]);
