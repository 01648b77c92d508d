import { isLexiconLemma } from './verbs.js';

/**
 * How a report takes a proposition: denies it, calls it false, says there is no plan for it, or says it did not
 * happen. General newsroom vocabulary only; which words a denial takes and which it leaves alone is in
 * `extract/claims/stance.ts`.
 */

/** Verbs that deny the clause after them: "denied that anyone had been detained". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'refute']);

/** Verbs that deny only a reported proposition: "rejected claims that ...", "dismissed reports that ...". */
export const REJECTION_VERBS: ReadonlySet<string> = new Set(['rejected', 'rejects', 'reject', 'dismissed', 'dismisses', 'dismiss', 'disputed', 'disputes', 'dispute', 'contested', 'contests']);

/** Nouns that carry a proposition without asserting it: "reports that the manager had resigned". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'claim', 'claims', 'suggestion', 'suggestions', 'allegation', 'allegations', 'rumour', 'rumours',
  'rumor', 'rumors', 'speculation', 'story', 'stories', 'account', 'accounts', 'assertion', 'assertions', 'idea',
]);

/** What a report calls a proposition it rejects: "called reports that ... false", "dismissed as a hoax". */
export const FALSEHOODS: ReadonlySet<string> = new Set([
  'false', 'untrue', 'hoax', 'baseless', 'unfounded', 'groundless', 'fabricated', 'fabrication', 'fake', 'inaccurate',
  'incorrect', 'wrong', 'nonsense', 'fiction', 'lie', 'lies', 'misleading', 'erroneous', 'bogus', 'rubbish',
]);

/** Verbs that call something false: "called", "described ... as". */
export const CALLING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'described', 'describes', 'branded', 'brands', 'labelled', 'labeled', 'dismissed', 'dismisses', 'termed']);

/**
 * Verbs that, negated, say less rather than deny: "did not say how many", "could not confirm", "did not respond".
 * A report that leaves something open never contradicts one that states it.
 */
export const SAYS_LESS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'comment', 'commented', 'confirm', 'confirmed', 'respond', 'responded', 'reply', 'replied',
  'return', 'returned', 'disclose', 'disclosed', 'reveal', 'revealed', 'specify', 'specified', 'elaborate', 'know',
  'known', 'clear', 'immediately', 'identify', 'identified', 'name', 'named', 'release', 'released', 'provide',
  'provided', 'give', 'given', 'gave', 'answer', 'answered', 'rule', 'ruled', 'exclude', 'excluded', 'expect',
  'expected', 'want', 'wanted', 'wish', 'believe', 'think', 'thought', 'see', 'seen', 'available', 'able', 'sure',
  'certain', 'aware', 'explain', 'explained', 'detail', 'detailed', 'discuss', 'discussed', 'address', 'addressed',
  'reached', 'reach', 'publish', 'published', 'report', 'reported', 'only', 'necessarily', 'just', 'yet', 'always',
]);

/** Words that make a negation a status rather than a denial: "no one has been arrested yet". */
export const NOT_YET: ReadonlySet<string> = new Set(['yet', 'still', 'until', 'so far', 'thus far', 'as yet', 'so-far']);

/** Any-words a negation ranges over: "no one", "anyone": the denied proposition holds them as a blank. */
export const INDEFINITES: ReadonlySet<string> = new Set(['anyone', 'anybody', 'anything', 'any', 'ever', 'someone', 'somebody', 'one', 'nobody', 'none', 'no-one', 'nothing']);

/** Nouns of an intention: "there is no redundancy plan", "has no plans to close". */
export const PLAN_WORDS: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning', 'intention', 'intentions', 'intend', 'intends', 'intended', 'proposal', 'proposals', 'proposed', 'scheme', 'schemes']);

/** Words that put a statement in the future or make it an intention: only such a statement meets "no plan to". */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'would', "'ll", '’ll', 'plan', 'plans', 'planned', 'planning', 'intends', 'intend', 'intended', 'proposed', 'proposes', 'set', 'going', 'expected', 'due', 'shall', 'could', 'may', 'might', 'next', 'soon']);

/**
 * Words of one event in different wording, for matching a denial with what it denies ("the alarm did not sound" /
 * "the alarm went off"; "no redundancies" / "jobs would go"). Each form maps to one concept; phrases are read
 * in `extract/claims/stance.ts`. The predicate lexicon (`verbs.ts`) gives the rest.
 */
export const CONCEPT_FORMS: Readonly<Record<string, readonly string[]>> = {
  'go-off': ['sound', 'sounds', 'sounded', 'sounding', 'rang', 'ring', 'rings', 'rung', 'ringing', 'activated', 'activate', 'explode', 'exploded', 'explodes', 'detonate', 'detonated'],
  dismiss: ['redundancy', 'redundancies', 'layoff', 'laid-off', 'job-cuts'],
  resign: ['resign', 'resigned', 'resigns', 'resigning', 'resignation', 'quit', 'quits'],
};

/** The verbs of "went off", "go off": with "off" after them they are one event. */
export const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** Nouns of a post: "350 jobs would go", "job losses", "lose their jobs" are job cuts. */
export const JOB_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'post', 'posts', 'position', 'positions', 'role', 'roles', 'workforce']);

/** What happens to jobs that are cut: "go", "be lost", "be axed". */
export const JOB_LOSS_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going', 'lost', 'lose', 'losing', 'loss', 'losses', 'cut', 'cuts', 'axed', 'axe', 'shed', 'sheds', 'shedding', 'disappear', 'scrapped', 'eliminated']);

/** Marks a statement about what will or would happen: only such a statement meets "there is no plan to". */
export const FUTURE = '~future';

/** A concept of an event: one word of it is enough to say what a denial is about ("anyone had been detained"). */
export function isEventConcept(word: string): boolean {
  return isLexiconLemma(word) || Object.hasOwn(CONCEPT_FORMS, word);
}
