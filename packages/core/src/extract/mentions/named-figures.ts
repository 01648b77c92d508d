import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { TENS, UNITS } from '../../lexicon/numbers.js';
import { MEASURES, singular } from '../../lexicon/nouns.js';
import { DETERMINERS, PHRASE_BREAKERS, STOPWORDS } from '../../lexicon/stopwords.js';
import type { Quantity, Token } from '../../model.js';
import { predicateLemma } from '../../lexicon/verbs.js';
import { isCapitalised, lower } from '../tokens.js';

/**
 * Figures whose own words say which question they answer, whatever verb the clause has: how a vote split
 * ("voted 7-2", "by seven votes to two", "unanimously"), a trial's phase ("a Phase 3 trial", "late-stage"), a
 * p-value ("p=0.03", "p < 0.05"), a change in a rate in fractions of a point ("25 basis points", "a half-point
 * cut") and what an efficacy is against ("71% effective against severe illness"). General vocabulary of news
 * about courts, parliaments, boards, medicine and central banks; nothing of one story.
 */

export interface NamedFigure {
  quantity: Quantity;
  /** Token index where the figure's words start and (exclusive) end. */
  from: number;
  end: number;
}

const WORD_SETS = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The sentence's words, once per sentence: several looks ask whether a word is anywhere in it. */
function wordsOf(tokens: readonly Token[]): ReadonlySet<string> {
  let words = WORD_SETS.get(tokens);
  if (!words) WORD_SETS.set(tokens, (words = new Set(tokens.map((t) => t.lower))));
  return words;
}

const hasAny = (tokens: readonly Token[], cues: ReadonlySet<string>) => {
  const words = wordsOf(tokens);
  for (const c of cues) if (words.has(c)) return true;
  return false;
};

/** A number written in one token: "7", "seven", "twenty-one". */
function smallNumber(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'number') return /^\d{1,4}$/.test(t.text) ? Number(t.text) : undefined;
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const [tens = '', unit = ''] = w.split('-');
  return tens in TENS && unit in UNITS ? (TENS[tens] ?? 0) + (UNITS[unit] ?? 0) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Vote splits

/** Verbs right before a split that make it a vote: "voted 7-2", "ruled 6-3", "passed 220-212". */
const VOTE_VERBS = new Set([
  'vote', 'voted', 'votes', 'voting', 'ruled', 'rules', 'ruling', 'decided', 'split', 'passed', 'approved', 'rejected', 'confirmed',
  'backed', 'adopted', 'upheld', 'overturned', 'sided', 'endorsed', 'elected', 'acquitted', 'convicted', 'affirmed', 'reversed',
]);
/** Nouns right after a split that make it a vote: "a 6-3 vote", "a 5-4 decision", "a 52-48 majority". */
const VOTE_NOUNS = new Set(['vote', 'votes', 'decision', 'ruling', 'majority', 'margin', 'verdict', 'split', 'tally', 'opinion', 'judgment', 'judgement', 'ballot']);
/** What a unanimous stands before: "a unanimous vote", "unanimous approval", "the jury was unanimous". */
const UNANIMOUS_NOUNS = new Set([...VOTE_NOUNS, 'approval', 'backing', 'support', 'consent', 'agreement', 'rejection', 'endorsement', 'resolution']);
const DASHES = new Set(['-', '–', '—']);

function split(majority: number | undefined, against: number, basis: Quantity['basis']): Quantity {
  const q: Quantity = { kind: 'split', min: against, max: against, unit: 'vote', unitClass: 'split', basis };
  if (majority !== undefined) q.majority = majority;
  return q;
}

/** "7-2" in one token or three ("7", "–", "2" written together). */
function numeralPair(tokens: readonly Token[], i: number): { a: number; b: number; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'number') return undefined;
  const glued = /^(\d{1,3})[-–—](\d{1,3})$/.exec(t.text);
  if (glued) return { a: Number(glued[1]), b: Number(glued[2]), end: i + 1 };
  const dash = tokens[i + 1];
  const tail = tokens[i + 2];
  if (!/^\d{1,3}$/.test(t.text) || !dash || !DASHES.has(dash.text) || dash.spaceBefore || !tail || tail.kind !== 'number' || tail.spaceBefore || !/^\d{1,3}$/.test(tail.text)) return undefined;
  return { a: Number(t.text), b: Number(tail.text), end: i + 3 };
}

const VOTE_FILLERS = new Set(['a', 'an', 'narrow', 'by', 'unanimous', 'of', 'final', 'overwhelming', 'comfortable']);

/** A vote word just before the split, past "a", "narrow", "by", "of": "voted 7-2", "by a vote of 5-4". */
function voteBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = lower(tokens[j]);
    if (VOTE_VERBS.has(w)) return true;
    if (!VOTE_FILLERS.has(w)) return false;
  }
  return false;
}

/** Words of a sentence about a vote, a court or a jury: "The court struck down the law 9-0". */
const VOTE_CUES = new Set(['vote', 'voted', 'votes', 'voting', 'ruling', 'ruled', 'justices', 'judges', 'jurors', 'jury', 'senators', 'lawmakers', 'legislators', 'councillors', 'councilors', 'ballot', 'motion', 'verdict', 'court', 'senate', 'parliament', 'shareholders', 'bill', 'legislation', 'amendment', 'resolution']);
/** Words of a sentence about a match: there a pair of numbers is a score. */
const SCORE_CUES = new Set(['beat', 'beats', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'defeated', 'goal', 'goals', 'match', 'game', 'games', 'scored', 'score', 'victory', 'defeat', 'draw', 'drew', 'league', 'cup', 'set', 'sets', 'inning', 'innings', 'half', 'quarter', 'final', 'semi-final', 'tie', 'series']);

/** A pair of numbers closing a clause of a sentence about a vote, with no word of a match: "struck down the law 9-0". */
function voteSentence(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next && next.kind === 'word' && !['on', 'in', 'at', 'after', 'to', 'with', 'and', 'last', 'this'].includes(next.lower)) return false;
  return hasAny(tokens, VOTE_CUES) && !hasAny(tokens, SCORE_CUES);
}

function voteAfter(tokens: readonly Token[], end: number): boolean {
  const w = lower(tokens[end]);
  return VOTE_NOUNS.has(w) || ((w === 'in' || w === 'against') && (lower(tokens[end + 1]) === 'favour' || lower(tokens[end + 1]) === 'favor'));
}

/**
 * How a vote split: "voted 7-2", "by a 6-3 vote", "by seven votes to two", "voted 52 to 48", "with 9 in favour
 * and 3 against", "unanimously", "a unanimous decision". The larger side is the majority however it is written
 * ("failed 4-5"). Scores, ranges and dates are never read so: a pair of numbers needs a vote word beside it.
 */
export function voteSplitAt(tokens: readonly Token[], i: number): NamedFigure | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.lower === 'unanimously') return { quantity: split(undefined, 0, 'word'), from: i, end: i + 1 };
  if (t.lower === 'unanimous') {
    const next = lower(tokens[i + 1]);
    const before = lower(tokens[i - 1]);
    if (UNANIMOUS_NOUNS.has(next) || UNANIMOUS_NOUNS.has(lower(tokens[i + 2])) || before === 'was' || before === 'were') return { quantity: split(undefined, 0, 'word'), from: i, end: i + 1 };
    return undefined;
  }
  const pair = numeralPair(tokens, i);
  if (pair) {
    if ((pair.a === 0 && pair.b === 0) || !(voteBefore(tokens, i) || voteAfter(tokens, pair.end) || voteSentence(tokens, pair.end))) return undefined;
    return { quantity: split(Math.max(pair.a, pair.b), Math.min(pair.a, pair.b), 'numeral'), from: i, end: pair.end };
  }
  const a = smallNumber(t);
  if (a === undefined) return undefined;
  // "seven votes to two", "52 to 48", "by 9 votes to 3".
  let j = i + 1;
  const votesAfterFirst = lower(tokens[j]) === 'votes' || lower(tokens[j]) === 'vote';
  if (votesAfterFirst) j++;
  if (lower(tokens[j]) === 'to') {
    const b = smallNumber(tokens[j + 1]);
    if (b !== undefined && (votesAfterFirst || voteBefore(tokens, i)) && !(a === 0 && b === 0)) {
      const end = lower(tokens[j + 2]) === 'votes' || lower(tokens[j + 2]) === 'against' ? j + 3 : j + 2;
      return { quantity: split(Math.max(a, b), Math.min(a, b), t.kind === 'number' ? 'numeral' : 'word'), from: i, end };
    }
    return undefined;
  }
  // "9 in favour and 3 against", "nine for, three against", "12 votes for and 2 against".
  if (lower(tokens[j]) === 'in' && (lower(tokens[j + 1]) === 'favour' || lower(tokens[j + 1]) === 'favor')) j += 2;
  else if (lower(tokens[j]) === 'for') j++;
  else return undefined;
  while (lower(tokens[j]) === ',' || lower(tokens[j]) === 'and' || lower(tokens[j]) === 'with') j++;
  const b = smallNumber(tokens[j]);
  if (b === undefined) return undefined;
  let k = j + 1;
  if (lower(tokens[k]) === 'votes' || lower(tokens[k]) === 'vote') k++;
  if (lower(tokens[k]) !== 'against') return undefined;
  return { quantity: split(Math.max(a, b), Math.min(a, b), t.kind === 'number' ? 'numeral' : 'word'), from: i, end: k + 1 };
}

const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Nouns that name the vote itself, never what it was on. */
const NOT_SUBJECTS = new Set([...VOTE_NOUNS, 'favour', 'favor', 'court', 'panel', 'board', 'committee', 'jury', 'senate', 'house', 'chamber', 'council', 'justices', 'members', 'lawmakers']);

/** The head of a noun phrase opened by a determiner at `at`: "the law" → "law", "Judge Ann Lee" → "lee". */
function phraseHead(tokens: readonly Token[], at: number): string | undefined {
  let head: string | undefined;
  for (let k = at; k < tokens.length && k < at + 5; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || (k > at && (PHRASE_BREAKERS.has(t.lower) || STOPWORDS.has(t.lower)))) break;
    if (k === at && DETERMINERS.has(t.lower)) continue;
    head = t.lower;
    // A name ends at its last capitalised word.
    if (isCapitalised(t) && !isCapitalised(tokens[k + 1])) break;
  }
  return head === undefined || NOT_SUBJECTS.has(head) ? undefined : singular(head);
}

/**
 * What a vote was on, as a label's words: the first noun phrase after it ("voted 7-2 to strike down the law",
 * "unanimously approved the merger"), else the object just before it ("struck down the law by a 6-3 vote").
 */
export function voteSubject(tokens: readonly Token[], from: number, end: number): string {
  let j = end;
  while (VOTE_NOUNS.has(lower(tokens[j]))) j++;
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punctuation' || t.lower === 'and' || t.lower === 'after' || t.lower === 'because') break;
    if (DETERMINERS.has(t.lower) || (isCapitalised(t) && k > j && !DATE_WORDS.has(t.lower))) {
      const head = phraseHead(tokens, k);
      if (head) return head;
    }
  }
  let k = from - 1;
  while (k >= 0 && (VOTE_FILLERS.has(lower(tokens[k])) || VOTE_NOUNS.has(lower(tokens[k])) || ['in', 'with', 'on'].includes(lower(tokens[k])))) k--;
  const t = tokens[k];
  if (t && t.kind === 'word' && !STOPWORDS.has(t.lower) && !VOTE_VERBS.has(t.lower) && !NOT_SUBJECTS.has(t.lower) && k > 0 && DETERMINERS.has(lower(tokens[k - 1]))) return singular(t.lower);
  return '';
}

// ---------------------------------------------------------------------------------------------------------
// Trial phases

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Words after "Phase 3" (or before it) that make it a clinical trial's phase, not a plan's or a truce's. */
const TRIAL_WORDS = new Set(['trial', 'trials', 'study', 'studies', 'testing', 'tests', 'test', 'clinical', 'data', 'results', 'result', 'programme', 'program', 'portion', 'part', 'stage', 'readout', 'participants', 'patients', 'volunteers']);
const STAGES: Readonly<Record<string, [number, number]>> = { 'late-stage': [3, 3], 'final-stage': [3, 3], 'mid-stage': [2, 2], 'early-stage': [1, 2] };

/** "3", "III", "2b", "IIb", "2/3", "I/II", "three": one phase or two written as one. */
function phaseNumber(t: Token | undefined): [number, number] | undefined {
  if (!t) return undefined;
  const one = (s: string): number | undefined => {
    const m = /^(\d|i{1,3}|iv)[ab]?$/.exec(s);
    if (!m) return undefined;
    const n = /^\d$/.test(m[1] ?? '') ? Number(m[1]) : ROMAN[m[1] ?? ''];
    return n !== undefined && n >= 1 && n <= 4 ? n : undefined;
  };
  const parts = t.lower.split('/');
  if (parts.length > 2) return undefined;
  const values = parts.map(one);
  if (values.some((v) => v === undefined)) {
    const word = parts.length === 1 ? UNITS[t.lower] : undefined;
    return word !== undefined && word >= 1 && word <= 4 ? [word, word] : undefined;
  }
  const [a, b = a] = values as number[];
  return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
}

const hasTrialWordNear = (tokens: readonly Token[], from: number, reach: number) => {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const t = tokens[k] as Token;
    if (TRIAL_WORDS.has(t.lower)) return true;
    if (t.kind === 'punctuation' && t.text !== ',' && t.text !== '-' && t.text !== '/') return false;
  }
  return false;
};

/** "a Phase 3 trial", "phase III study", "Phase 2/3", "a late-stage trial": the phase of a clinical trial. */
export function trialPhaseAt(tokens: readonly Token[], i: number): NamedFigure | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const stage = STAGES[t.lower];
  if (stage) {
    // "a late-stage trial", "late-stage clinical testing"; never "late-stage lung cancer", a stage of a disease.
    const next = lower(tokens[i + 1]);
    if (!TRIAL_WORDS.has(next) && !((next === 'clinical' || next === 'human') && TRIAL_WORDS.has(lower(tokens[i + 2])))) return undefined;
    return { quantity: { kind: 'measure', min: stage[0], max: stage[1], unit: 'phase', unitClass: 'measure:trial phase', basis: t.lower === 'early-stage' ? 'vague' : 'word' }, from: i, end: i + 1 };
  }
  let value: [number, number] | undefined;
  let end = i + 1;
  const glued = /^phase-?(\w+(?:\/\w+)?)$/.exec(t.lower);
  if (t.lower === 'phase') value = phaseNumber(tokens[i + 1]);
  else if (glued) value = phaseNumber({ ...t, lower: glued[1] ?? '' });
  if (!value) return undefined;
  if (t.lower === 'phase') end = i + 2;
  const clinicalBefore = lower(tokens[i - 1]) === 'clinical' || lower(tokens[i - 2]) === 'clinical';
  if (!clinicalBefore && !hasTrialWordNear(tokens, end, 4)) return undefined;
  return { quantity: { kind: 'measure', min: value[0], max: value[1], unit: 'phase', unitClass: 'measure:trial phase', basis: tokens[end - 1]?.kind === 'number' ? 'numeral' : 'word' }, from: i, end };
}

// ---------------------------------------------------------------------------------------------------------
// p-values

const P_VALUE = /^p(?:-?value(?:was|of|is)?)?(=|<|>|≤|≥|<=|>=|of|was|is)(0?\.\d+|0|1)$/;

/** "p=0.03", "p < 0.05", "P=.04", "p-value of 0.03": a p-value, exact or a bound. */
export function pValueAt(tokens: readonly Token[], i: number): NamedFigure | undefined {
  const t = tokens[i];
  if (!t || !/^p(=|<|>|≤|≥|-value|$)/.test(t.lower)) return undefined;
  let joined = '';
  let best: { end: number; match: RegExpExecArray } | undefined;
  for (let k = i; k < tokens.length && k < i + 6; k++) {
    const tk = tokens[k] as Token;
    if (k > i && tk.kind === 'punctuation' && tk.text !== '.') break;
    joined += tk.lower;
    const match = P_VALUE.exec(joined);
    if (match) best = { end: k + 1, match };
  }
  if (!best) return undefined;
  const [, sign = '=', digits = ''] = best.match;
  const v = Number(digits.startsWith('.') ? `0${digits}` : digits);
  if (!(v >= 0 && v <= 1)) return undefined;
  const [min, max] = sign === '<' || sign === '≤' || sign === '<=' ? [0, v] : sign === '>' || sign === '≥' || sign === '>=' ? [v, 1] : [v, v];
  return { quantity: { kind: 'measure', min, max, unit: 'p', unitClass: 'measure:p-value', basis: 'numeral' }, from: i, end: best.end };
}

// ---------------------------------------------------------------------------------------------------------
// Changes of a rate in fractions of a point

/** "25 basis points", "25 bp", "25bps", "a 25-basis-point cut": hundredths of a percentage point. */
export function basisPointsAfter(tokens: readonly Token[], at: number): number | undefined {
  const w = lower(tokens[at]);
  if (w === 'bp' || w === 'bps' || w === 'bp.' || w === 'basis-point' || w === 'basis-points') return at + 1;
  if (w === 'basis' && (lower(tokens[at + 1]) === 'points' || lower(tokens[at + 1]) === 'point' || lower(tokens[at + 1]) === 'point.')) return at + 2;
  return undefined;
}

/** A numeral with its basis points glued on: "25bp", "50bps", "25-basis-point". */
export const GLUED_BASIS_POINTS = /^(\d+(?:\.\d+)?)-?(bp|bps|basis-points?)$/i;

const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, 'three-quarters': 0.75, 'three-quarter': 0.75, full: 1 };
/** Words that make a bare "point" a point of a rate: "a half-point cut in interest rates". */
const RATE_WORDS = new Set(['rate', 'rates', 'interest', 'yield', 'yields', 'borrowing']);

const mentionsRate = (tokens: readonly Token[]) => hasAny(tokens, RATE_WORDS);

/**
 * "a half-point cut", "half a percentage point", "a quarter of a percentage point", "three-quarters of a point",
 * "a quarter-point hike": a change in percentage points. A bare "point" counts only where a rate is spoken of.
 */
export function fractionOfPointAt(tokens: readonly Token[], i: number): NamedFigure | undefined {
  let j = i;
  if (lower(tokens[j]) === 'a' || lower(tokens[j]) === 'an') j++;
  const word = lower(tokens[j]);
  // "a half-point", "a quarter-percentage-point", "a half percentage point".
  const glued = /^(half|quarter|three-quarters?|full)-(point|percentage-point)s?$/.exec(word);
  let value: number | undefined;
  let end: number | undefined;
  let percentage = false;
  if (glued) {
    value = FRACTIONS[glued[1] ?? ''];
    end = j + 1;
    percentage = glued[2] === 'percentage-point';
  } else if (word in FRACTIONS) {
    value = FRACTIONS[word];
    let k = j + 1;
    // "half a point", "a quarter of a percentage point", "a half percentage point".
    if (lower(tokens[k]) === 'of') k++;
    if (lower(tokens[k]) === 'a') k++;
    if (lower(tokens[k]) === 'percentage' || lower(tokens[k]) === 'percentage-point') {
      percentage = true;
      if (lower(tokens[k]) === 'percentage') k++;
      else {
        end = k + 1;
      }
    }
    if (end === undefined && /^points?\.?$/.test(lower(tokens[k]))) end = k + 1;
  }
  if (value === undefined || end === undefined) return undefined;
  if (!percentage && !mentionsRate(tokens)) return undefined;
  return { quantity: { kind: 'percent', min: value, max: value, unit: 'percentage point', unitClass: 'points', basis: 'word' }, from: i, end };
}

const RATE_VERBS = new Set(['cut', 'cuts', 'raise', 'raises', 'hike', 'hikes', 'lower', 'lowers', 'hold', 'holds', 'keep', 'keeps', 'kept', 'left', 'leave', 'leaves', 'set', 'sets', 'held']);

/** Modifiers of a central bank's own rate: "interest rates", "its key rate", "the benchmark rate" are one rate. */
const POLICY_RATE = new Set(['interest', 'key', 'benchmark', 'policy', 'base', 'bank', 'lending', 'official', 'main', 'headline', 'cash', 'overnight', 'refinancing', 'deposit', 'repo', 'funds', 'prime', 'its', 'their', 'the', 'bank’s', "bank's", 'fed’s', "fed's"]);

/**
 * Which rate a word "rate" at `at` is: "the unemployment rate" is another rate than "interest rates", "its key
 * rate" or "the bank's rate", which are the central bank's.
 */
export function rateKey(tokens: readonly Token[], at: number): string | undefined {
  const w = lower(tokens[at]);
  if (w !== 'rate' && w !== 'rates') return undefined;
  const before = tokens[at - 1];
  if (!before || before.kind !== 'word' || POLICY_RATE.has(before.lower) || /['’]s$/.test(before.lower) || isCapitalised(before)) return 'rate';
  // "cut rates", "raised rates", "kept rates": the verb's object is the bank's rate.
  if (STOPWORDS.has(before.lower) || predicateLemma(before.lower) !== undefined || /(ed|ing)$/.test(before.lower) || RATE_VERBS.has(before.lower)) return 'rate';
  // "the unemployment rate" is unemployment, as "unemployment rose to 4.1%" has it.
  if (MEASURES.has(before.lower)) return before.lower;
  return `${singular(before.lower)} rate`;
}

/** The rate a change in points is of, named within a few words of it, in its clause. */
const CLAUSE_ENDS = new Set(['and', 'but', 'as', 'while', 'whereas', 'when', 'after', 'because', 'since', 'which', 'who', 'though', 'although']);

export function rateNear(tokens: readonly Token[], from: number, to: number, acrossFigures = false): string | undefined {
  // Another figure, a semicolon or a conjunction ends the look: "rose 0.2 points, and the bank cut rates". A
  // level may look past the change before it ("by 50 basis points to 5.5%").
  const ends = (t: Token | undefined) => t === undefined || t.text === ';' || t.text === ',' || CLAUSE_ENDS.has(t.lower) || (!acrossFigures && (t.kind === 'number' || t.text === '%'));
  let afterOpen = true;
  let beforeOpen = true;
  for (let d = 1; d <= 8 && (afterOpen || beforeOpen); d++) {
    const after = to - 1 + d;
    if (afterOpen && (after >= tokens.length || ends(tokens[after]))) afterOpen = false;
    if (afterOpen) {
      const key = rateKey(tokens, after);
      if (key) return key;
    }
    const before = from - d;
    if (beforeOpen && (before < 0 || ends(tokens[before]))) beforeOpen = false;
    if (beforeOpen) {
      const key = rateKey(tokens, before);
      if (key) return key;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Efficacy

const EFFICACY_AFTER = new Set(['effective', 'efficacy', 'effectiveness', 'protection', 'protective', 'efficacious']);
const EFFICACY_BEFORE = new Set(['efficacy', 'effectiveness', 'protection']);
const PREVENTING = new Set(['prevented', 'prevents', 'prevent', 'preventing', 'averted']);
const RISK_VERBS = new Set(['reduced', 'reduces', 'reduce', 'reducing', 'cut', 'cuts', 'cutting', 'lowered', 'lowers', 'lowering', 'slashed']);
/** How an illness is named does not change the question: "severe disease" is "severe illness". */
const QUALIFIER_FORMS: Readonly<Record<string, string>> = {
  disease: 'illness', diseases: 'illness', illnesses: 'illness', hospitalization: 'hospitalisation', hospitalizations: 'hospitalisation',
  hospitalisations: 'hospitalisation', hospital: 'hospitalisation', admission: '', admissions: '', deaths: 'death', dying: 'death',
  infections: 'infection', cases: '', case: '', symptoms: 'symptomatic', covid: '', 'covid-19': '',
};
const QUALIFIER_SKIPS = new Set(['any', 'all', 'the', 'a', 'an', 'from', 'of', 'against', 'developing', 'getting', 'catching']);

/** The words after "against" or "preventing", as one normalised qualifier: "any illness" → "illness". */
function qualifierAt(tokens: readonly Token[], at: number): string {
  const words: string[] = [];
  for (let k = at; k < tokens.length && k < at + 5 && words.length < 3; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || (PHRASE_BREAKERS.has(t.lower) && t.lower !== 'of') || t.lower === 'by') break;
    if (QUALIFIER_SKIPS.has(t.lower)) continue;
    const form = QUALIFIER_FORMS[t.lower] ?? t.lower;
    if (form) words.push(form);
  }
  return words.join(' ');
}

const withQualifier = (q: string) => (q ? `efficacy:${q}` : 'efficacy');

/**
 * An efficacy and what it is against: "58% effective against any illness", "efficacy of 71% against severe
 * disease", "prevented 64% of cases", "reduced the risk of death by 30%". Efficacies against different outcomes
 * are different questions; the holder keeps the outcome. In a sentence that speaks of efficacy, a bare share
 * "against" something is one too ("and 71% against severe illness").
 */
export function efficacyKey(tokens: readonly Token[], from: number, to: number): string | undefined {
  const after = lower(tokens[to]);
  if (EFFICACY_AFTER.has(after)) {
    let k = to + 1;
    if (lower(tokens[k]) === 'at' || lower(tokens[k]) === 'in') k++;
    if (PREVENTING.has(lower(tokens[k])) || lower(tokens[k]) === 'against' || lower(tokens[k]) === 'from') return withQualifier(qualifierAt(tokens, k + 1));
    return 'efficacy';
  }
  if (after === 'against' && hasAny(tokens, EFFICACY_AFTER)) return withQualifier(qualifierAt(tokens, to + 1));
  // "an efficacy of 58%", "efficacy was 58%", "protection of 70% against hospitalisation".
  let j = from - 1;
  while (j >= 0 && ['of', 'was', 'is', 'at', 'rate', 'about', 'around', 'nearly', 'some'].includes(lower(tokens[j]))) j--;
  if (j < from - 1 && EFFICACY_BEFORE.has(lower(tokens[j]))) {
    if (after === 'against' || after === 'in') return withQualifier(qualifierAt(tokens, to + 1));
    // "efficacy against severe illness of 71%".
    if (lower(tokens[j + 1]) === 'against') return withQualifier(qualifierAt(tokens, j + 2));
    return 'efficacy';
  }
  // "prevented 64% of cases of severe illness".
  if (PREVENTING.has(lower(tokens[from - 1])) && after === 'of') return withQualifier(qualifierAt(tokens, to + 1));
  // "reduced the risk of death by 30%", "cut the risk by half".
  if (lower(tokens[from - 1]) === 'by') {
    for (let k = from - 2; k >= 0 && k >= from - 8; k--) {
      if (lower(tokens[k]) === 'risk' && (RISK_VERBS.has(lower(tokens[k - 1])) || (lower(tokens[k - 1]) === 'the' && RISK_VERBS.has(lower(tokens[k - 2]))))) {
        return withQualifier(lower(tokens[k + 1]) === 'of' ? qualifierAt(tokens, k + 2) : '');
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------

/** Words a named figure can start with; every other word is passed over without a look. */
const STARTS = new Set(['unanimous', 'unanimously', 'phase', 'late-stage', 'final-stage', 'mid-stage', 'early-stage', 'p', 'p-value', 'a', 'an', 'half', 'quarter', 'three-quarters', 'three-quarter', 'full', ...Object.keys(UNITS), ...Object.keys(TENS)]);

const mayStart = (t: Token) => t.kind === 'number' || STARTS.has(t.lower) || /^(p[=<>≤≥]|phase-?\w|(half|quarter|three-quarters?|full)-)/.test(t.lower);

/**
 * The named figure starting at token i, if any, with what it is of in its class: a vote split with what the
 * vote was on ("split:law"), a change in points with its rate ("points:rate").
 */
export function namedFigureAt(tokens: readonly Token[], i: number): NamedFigure | undefined {
  const t = tokens[i];
  if (!t || !mayStart(t)) return undefined;
  const vote = voteSplitAt(tokens, i);
  if (vote) {
    const what = voteSubject(tokens, vote.from, vote.end);
    return what ? { ...vote, quantity: { ...vote.quantity, unitClass: `split:${what}` } } : vote;
  }
  const points = fractionOfPointAt(tokens, i);
  if (points) {
    const rate = rateNear(tokens, points.from, points.end);
    return rate ? { ...points, quantity: { ...points.quantity, unitClass: `points:${rate}` } } : points;
  }
  return trialPhaseAt(tokens, i) ?? pValueAt(tokens, i);
}
