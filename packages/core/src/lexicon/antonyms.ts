/**
 * Verbs that state the opposite of each other about the same fact: one source says the talks resumed, another
 * that they were suspended. General newsroom vocabulary, in lower-case base and inflected forms.
 */
const PAIRS: readonly [string, string][] = [
  ['confirm', 'deny'], ['admit', 'deny'], ['accept', 'reject'], ['approve', 'reject'], ['resume', 'suspend'],
  ['resume', 'halt'], ['open', 'close'], ['reopen', 'close'], ['lift', 'impose'], ['allow', 'ban'], ['allow', 'forbid'],
  ['win', 'lose'], ['rise', 'fall'], ['increase', 'decrease'], ['increase', 'cut'], ['raise', 'cut'], ['raise', 'lower'],
  ['arrest', 'release'], ['convict', 'acquit'], ['pass', 'reject'], ['grant', 'refuse'], ['support', 'oppose'],
  ['survive', 'die'], ['find', 'lose'], ['start', 'end'], ['begin', 'end'], ['join', 'leave'], ['hire', 'fire'],
];

function formsOf(verb: string): string[] {
  const irregular: Record<string, string[]> = {
    win: ['won', 'wins', 'winning'], lose: ['lost', 'loses', 'losing'], rise: ['rose', 'risen', 'rises', 'rising'],
    fall: ['fell', 'fallen', 'falls', 'falling'], cut: ['cuts', 'cutting'], begin: ['began', 'begun', 'begins', 'beginning'],
    find: ['found', 'finds', 'finding'], leave: ['left', 'leaves', 'leaving'], die: ['died', 'dies', 'dying'],
    forbid: ['forbade', 'forbidden', 'forbids'], shut: ['shut', 'shuts'],
  };
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const doubled = /^(ban|admit|stop)$/.test(verb) ? `${verb}${verb.slice(-1)}` : stem;
  return [verb, `${verb}s`, `${doubled}ed`, `${doubled}ing`, ...(irregular[verb] ?? [])];
}

const BASE = new Map<string, string>();
for (const [a, b] of PAIRS) for (const v of [a, b]) for (const f of formsOf(v)) if (!BASE.has(f)) BASE.set(f, v);
const OPPOSITE = new Set(PAIRS.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** The base form of an antonym-pair verb as written ("suspended" → "suspend"), if it is one. */
export function antonymBase(word: string): string | undefined {
  return BASE.get(word.toLowerCase());
}

export function areOpposite(a: string, b: string): boolean {
  return OPPOSITE.has(`${a}|${b}`);
}

