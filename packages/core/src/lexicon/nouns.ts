/**
 * Counted nouns grouped by what they count, so "seven individuals" and "seven French nationals" compare,
 * and "two individuals" never compares with "one company". General newsroom vocabulary, not one story's.
 */
const CLASSES: Readonly<Record<string, readonly string[]>> = {
  person: [
    'person', 'people', 'individual', 'national', 'citizen', 'resident', 'man', 'woman', 'child', 'adult',
    'member', 'hacker', 'suspect', 'defendant', 'official', 'officer', 'agent', 'spy', 'worker', 'employee',
    'staff', 'victim', 'passenger', 'civilian', 'soldier', 'protester', 'student', 'patient', 'migrant',
    'refugee', 'journalist', 'executive', 'politician', 'lawmaker', 'parliamentarian', 'mp', 'minister',
    'diplomat', 'operative', 'actor', 'accomplice', 'perpetrator', 'attacker', 'militant', 'firefighter',
    'driver', 'crew', 'tourist', 'visitor', 'voter', 'pupil', 'teacher', 'doctor', 'nurse', 'detainee',
    'prisoner', 'hostage', 'survivor', 'casualty', 'fatality', 'inhabitant', 'villager', 'shopper',
    'customer', 'user', 'player', 'fan', 'guard', 'inspector', 'investigator', 'contractor', 'engineer',
    'representative', 'delegate', 'mediator', 'negotiator', 'commuter', 'resident', 'protestor', 'crew member',
    'subcontractor', 'labourer', 'laborer', 'miner', 'farmer', 'pilot', 'sailor', 'rescuer', 'paramedic',
  ],
  organization: [
    'company', 'entity', 'firm', 'business', 'corporation', 'organisation', 'organization', 'group',
    'enterprise', 'institution', 'agency', 'subsidiary', 'contractor', 'bank', 'supplier', 'operator',
    'provider', 'vendor', 'startup', 'outlet', 'charity', 'body',
  ],
  building: ['building', 'home', 'house', 'property', 'flat', 'apartment', 'dwelling', 'shop', 'store'],
  vehicle: ['vehicle', 'car', 'truck', 'lorry', 'bus', 'train', 'aircraft', 'plane', 'jet', 'ship', 'vessel', 'boat', 'drone'],
  message: ['email', 'e-mail', 'message', 'letter', 'text'],
  attack: ['attack', 'cyber-attack', 'cyberattack', 'breach', 'intrusion', 'campaign', 'operation', 'raid', 'strike'],
};

/** Irregular plurals that a suffix rule would get wrong. */
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', staff: 'staff', police: 'police',
  crew: 'crew', personnel: 'personnel', businesses: 'business', addresses: 'address', analyses: 'analysis',
  series: 'series', species: 'species', news: 'news', data: 'data', media: 'media', bodies: 'body',
  lives: 'life', wives: 'wife', knives: 'knife',
};

const CLASS_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(CLASSES)) for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);

/** Words never read as the counted noun: they are adjectives or adverbs that follow numbers. */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'other', 'others', 'times', 'percent', 'per', 'cent', 'of', 'and', 'or', 'as',
]);

/** Singular of a plural noun, by the usual English suffix rules. */
const SINGULARS = new Map<string, string>();

export function singular(word: string): string {
  let known = SINGULARS.get(word);
  if (known === undefined) {
    known = singularOf(word);
    if (SINGULARS.size > 50_000) SINGULARS.clear();
    SINGULARS.set(word, known);
  }
  return known;
}

function singularOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (isManPlural(w)) return `${w.slice(0, -3)}man`;
  if (w.length <= 3) return w.endsWith('s') && w.length === 3 && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Looks plural: the rule that picks the counted noun after "two", "seven", "several". */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (w in IRREGULAR) return IRREGULAR[w] !== w || ['people', 'staff', 'police', 'crew', 'personnel'].includes(w);
  if (isManPlural(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

const NOT_MAN_PLURALS = new Set(['specimen', 'regimen', 'abdomen', 'omen', 'amen', 'stamen', 'hymen', 'semen', 'acumen', 'bitumen', 'lumen']);

/** "guardsmen", "firemen", "congresswomen": compounds of man and woman take their plural. */
function isManPlural(w: string): boolean {
  return w.length > 4 && w.endsWith('men') && !NOT_MAN_PLURALS.has(w);
}

/** The class a counted noun belongs to, or the noun itself when it has none. */
export function nounClass(noun: string): string {
  return CLASS_OF.get(noun) ?? noun;
}

export function isKnownCountedNoun(noun: string): boolean {
  return CLASS_OF.has(noun);
}

/** Nouns that name a measurement read off a number after them: "magnitude 6.4", "turnout of 62". */
export const MEASURES: ReadonlySet<string> = new Set([
  'magnitude', 'temperature', 'turnout', 'inflation', 'unemployment', 'score', 'height', 'depth', 'altitude',
  'speed', 'rate', 'index', 'reading', 'level', 'gusts', 'winds',
]);

/** Verbs whose bare count is of people by newsroom convention: "killing 12", "84 were injured". */
export const PERSON_PREDICATES: ReadonlySet<string> = new Set(['kill', 'injure', 'miss', 'arrest', 'rescue', 'evacuate', 'charge', 'convict', 'sentence']);

/** Units of time, in years, for durations such as "over a decade" or "approximately 14 years". */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  year: 1, decade: 10, century: 100, month: 1 / 12, week: 7 / 365.25, day: 1 / 365.25, hour: 1 / 8766, minute: 1 / 525960,
};

/**
 * Things that last a stated time, written as "a five-year contract", "a 20-year sentence", with the nouns that
 * name the same thing: the length of a deal is the length of the contract.
 */
export const DURATION_HOLDERS: Readonly<Record<string, string>> = {
  contract: 'contract', deal: 'contract', sentence: 'sentence', term: 'term', ban: 'ban', suspension: 'ban',
  lease: 'lease', loan: 'loan', mandate: 'term', tenure: 'term', moratorium: 'moratorium', truce: 'truce', ceasefire: 'truce',
};

/** Verbs whose duration is the length of such a thing: "sentenced to 20 years" is a 20-year sentence. */
export const DURATION_VERBS: Readonly<Record<string, string>> = {
  sentence: 'sentence', jail: 'sentence', imprison: 'sentence', ban: 'ban', suspend: 'ban',
};

/** Harm a report may count as none: "no injuries were reported", "there were no deaths". */
export const HARM_NOUNS: ReadonlySet<string> = new Set(['injury', 'injuries', 'death', 'deaths', 'casualty', 'casualties', 'fatality', 'fatalities']);

/** Verbs of harm after "no one", "nobody", "none of the passengers": a count of nobody harmed. */
export const HARM_VERBS: ReadonlySet<string> = new Set(['killed', 'injured', 'hurt', 'harmed', 'wounded', 'died', 'hospitalised', 'hospitalized']);

/** Currency words and symbols, to ISO codes. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD', 'us$': 'USD', dollar: 'USD', usd: 'USD', '£': 'GBP', pound: 'GBP', sterling: 'GBP', gbp: 'GBP',
  '€': 'EUR', euro: 'EUR', eur: 'EUR', '¥': 'JPY', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  franc: 'CHF', rouble: 'RUB', ruble: 'RUB',
};

/**
 * What a developing story revises from one report to the next: people harmed, missing, moved or held, homes
 * lost, cases counted, aid pledged. A figure of anything else (a deal's value, jobs a company cuts, paintings
 * stolen, a depth) is a property of the event that a later report has no reason to change.
 */
export const DEVELOPING_PREDICATES: ReadonlySet<string> = new Set([
  'kill', 'die', 'injure', 'wound', 'hurt', 'miss', 'evacuate', 'displace', 'rescue', 'hospitalise', 'hospitalize',
  'arrest', 'detain', 'infect', 'affect', 'strand', 'trap', 'flee', 'treat', 'recover', 'destroy', 'damage',
  'pledge', 'donate', 'shelter', 'vaccinate', 'deploy', 'dispatch', 'mobilise', 'mobilize',
]);

/** Sums a developing story adds to: aid, relief, donations, pledges. */
export const DEVELOPING_SUMS: ReadonlySet<string> = new Set([
  'aid', 'assistance', 'relief', 'donation', 'donations', 'pledge', 'pledges', 'pledged', 'funding', 'humanitarian',
]);

export const DEVELOPING_NOUNS: ReadonlySet<string> = new Set([
  'death', 'dead', 'casualty', 'fatality', 'injury', 'injured', 'victim', 'body', 'survivor', 'missing', 'evacuee',
  'case', 'infection', 'patient', 'hospitalisation', 'hospitalization', 'arrest', 'detainee', 'refugee', 'displaced',
  'home', 'house', 'building', 'dwelling', 'structure', 'toll', 'aid', 'donation', 'pledge', 'outage', 'customer',
]);
