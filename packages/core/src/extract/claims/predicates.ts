import { ORGANISATION_HEADS } from '../../lexicon/organisations.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import { predicateLemma } from '../../lexicon/verbs.js';
import type { EntityMention, Predicate, Token } from '../../model.js';
import type { Clause } from './clauses.js';
import { figureFrame, particleAfter, verbLemma } from '../../language/frames.js';
import type { WordTag } from '../../language/tagger.js';
import { isCapitalised, lower, tokenIndexFrom } from '../tokens.js';

/** Irregular past tenses, so "began" aligns with "begins" and "took over" with "takes over". */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  began: 'begin', begun: 'begin', took: 'take', taken: 'take', made: 'make', broke: 'break', broken: 'break',
  came: 'come', went: 'go', gone: 'go', left: 'leave', held: 'hold', met: 'meet', lost: 'lose', fell: 'fall',
  rose: 'rise', caught: 'catch', found: 'find', gave: 'give', given: 'give', brought: 'bring', kept: 'keep',
  ran: 'run', saw: 'see', seen: 'see', grew: 'grow', drew: 'draw', led: 'lead', sold: 'sell', bought: 'buy',
  fled: 'flee', spread: 'spread', hit: 'hit', frozen: 'freeze', froze: 'freeze', fought: 'fight', sought: 'seek', thought: 'think', stood: 'stand', struck: 'strike', shut: 'shut', cut: 'cut', won: 'win', sank: 'sink', sunk: 'sink',
};

/** Verbs whose object carries the meaning ("imposed sanctions", "took action"): never the predicate. */
const LIGHT_VERBS = new Set(['imposed', 'imposing', 'placed', 'made', 'given', 'gave', 'held', 'put', 'carried', 'conducted', 'launched', 'based', 'used', 'seemed', 'appeared', 'remained', 'become', 'became', 'needed', 'aimed', 'linked', 'connected', 'involved', 'related', 'concerned', 'affiliated', 'detailed', 'supported', 'backed', 'called', 'named', 'identified', 'described']);

/** A verb not in the lexicon still aligns with itself: "infected" and "infecting" both become "infect". */
function crudeStem(word: string): string | undefined {
  if (LIGHT_VERBS.has(word)) return undefined;
  const irregular = IRREGULAR_PAST[word];
  if (irregular) return irregular;
  if (word.length < 5 || STOPWORDS.has(word)) return undefined;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed')) return word.slice(0, -2).replace(/(.)\1$/, '$1');
  return undefined;
}

/**
 * The predicate a mention belongs to: the nearest lexicon verb in its clause (a verb before the mention
 * is preferred, as in "sanctioned two"), else the nearest past-tense verb before it.
 */
interface VerbSlot {
  lemma: string;
  lexical: boolean;
}

const VERBS = new WeakMap<readonly Token[], (VerbSlot | undefined)[]>();
const READINGS = new Map<string, VerbSlot | null>();

/** A lower-case word's verb reading; words recur across articles, so each is read once. */
function readingOf(word: string): VerbSlot | undefined {
  let reading = READINGS.get(word);
  if (reading === undefined) {
    const lexical = predicateLemma(word);
    const stem = lexical ? undefined : crudeStem(word);
    reading = lexical ? { lemma: lexical, lexical: true } : stem ? { lemma: stem, lexical: false } : null;
    if (READINGS.size > 50_000) READINGS.clear();
    READINGS.set(word, reading);
  }
  return reading ?? undefined;
}

/** Each token's verb reading, once per sentence: every figure and date of the sentence asks for it. */
function verbsOf(tokens: readonly Token[]): (VerbSlot | undefined)[] {
  let verbs = VERBS.get(tokens);
  if (verbs) return verbs;
  verbs = tokens.map((t) => {
    if (t.kind !== 'word') return undefined;
    const reading = readingOf(t.lower);
    if (!reading || reading.lexical) return reading;
    // A capitalised word is a name, not an unlisted verb.
    return isCapitalised(t) ? undefined : reading;
  });
  VERBS.set(tokens, verbs);
  return verbs;
}

export function predicateFor(tokens: readonly Token[], clause: Clause, mentionStart: number, mentionEnd: number, afterPenalty = 1.5): Predicate | undefined {
  let best: { score: number; index: number; lemma: string } | undefined;
  const verbs = verbsOf(tokens);
  const at = tokens.findIndex((t) => t.start >= mentionStart);
  const endAt = tokens.findIndex((t) => t.start >= mentionEnd);
  const mentionFrom = at < 0 ? tokens.length : at;
  const mentionTo = endAt < 0 ? tokens.length : endAt;
  for (let i = clause.from; i < clause.to; i++) {
    const verb = verbs[i];
    if (!verb) continue;
    const { lemma, lexical } = verb;
    // Inside the figure only a participle of the lexicon counts: "three missing people", "230 destroyed homes".
    if (i >= mentionFrom && i < mentionTo) {
      if (lexical && (!best || 0.5 < best.score)) best = { score: 0.5, index: i, lemma };
      continue;
    }
    // A verb before the figure is its verb more often than one after it ("sanctioned two" / "two were killed"),
    // and a verb of the newsroom lexicon more often than any other.
    const distance = i < mentionFrom ? mentionFrom - i : (i - mentionTo + 1) * afterPenalty;
    const score = distance * (lexical ? 0.6 : 1);
    if (!best || score < best.score) best = { score, index: i, lemma };
  }
  if (!best) return undefined;
  const t = tokens[best.index] as Token;
  return { text: t.text, start: t.start, end: t.end, lemma: best.lemma };
}

/**
 * The predicate of a figure from the language layer: the verb whose subject or direct object the figure is
 * ("Twelve workers were laid off", "the company cut 15 jobs"), keyed by the lexicon's synonym group when the
 * verb is in it and by its own lemma otherwise. None when the figure stands anywhere else; the caller then keeps
 * the nearest-verb reading (`predicateFor`).
 */
export function framedPredicate(tokens: readonly Token[], tags: readonly WordTag[], clause: Clause, mentionStart: number, mentionEnd: number): Predicate | undefined {
  const from = tokenIndexFrom(tokens, mentionStart);
  const to = tokenIndexFrom(tokens, mentionEnd);
  const frame = figureFrame(tokens, tags, clause, { from, to });
  if (!frame) return undefined;
  const t = tokens[frame.index] as Token;
  const out: Predicate = { text: t.text, start: t.start, end: t.end, lemma: predicateLemma(t.lower) ?? frame.lemma, base: frame.lemma, agentive: frame.agentive };
  if (frame.particle) out.particle = frame.particle;
  return out;
}

/** A predicate found without the frame, given its verb's own lemma from the tags for wording. */
export function withBase(tokens: readonly Token[], tags: readonly WordTag[], predicate: Predicate): Predicate {
  if (predicate.base !== undefined) return predicate;
  const at = tokenIndexFrom(tokens, predicate.start);
  const tag = tags[at];
  if (!tag || tokens[at]?.start !== predicate.start || (tag.pos !== 'VERB' && tag.pos !== 'AUX')) return predicate;
  const out: Predicate = { ...predicate, base: verbLemma(predicate.text, tag.lemma) };
  const particle = particleAfter(tokens, tags, at, tokens.length);
  if (particle) out.particle = particle;
  return out;
}

const MAX_SUBJECT_GAP = 7;
const AUXILIARY = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'also', 'then', 'later', 'formally', 'officially']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

/**
 * An actor named by its function rather than its name, right before the verb: "the federal rail safety
 * regulator fined", "the transport ministry fined", "Police said". Its head must be an organisation noun.
 */
export function institutionBefore(tokens: readonly Token[], clause: Clause, predicateIndex: number): EntityMention | undefined {
  let j = predicateIndex - 1;
  while (j >= clause.from && AUXILIARY.has(lower(tokens[j]))) j--;
  const head = tokens[j];
  if (!head || head.kind !== 'word' || !ORGANISATION_HEADS.has(lower(head))) return undefined;
  let from = j;
  while (from - 1 >= clause.from && tokens[from - 1]?.kind === 'word' && !DETERMINERS.has(lower(tokens[from - 1])) && !PREPOSITIONS.has(lower(tokens[from - 1])) && j - from < 4 && !isCapitalised(tokens[from - 1])) from--;
  const words = tokens.slice(from, j + 1).map((t) => lower(t));
  const first = tokens[from] as Token;
  const text = tokens.slice(from, j + 1).map((t) => t.text).join(' ');
  return { type: 'entity', kind: 'organization', text, start: first.start, end: head.end, name: text, words, key: words.join(' ') };
}
const PREPOSITIONS = new Set(['of', 'on', 'at', 'in', 'to', 'against', 'with', 'from', 'for', 'into', 'about', 'over', 'including', 'by']);

/** The actor of the predicate: the nearest named subject before it, or the "by ..." agent of a passive. */
export function agentFor(tokens: readonly Token[], clause: Clause, predicate: Predicate | undefined, entities: readonly EntityMention[]): EntityMention | undefined {
  if (!predicate) return undefined;
  const inClause = entities.filter((e) => e.start >= (tokens[clause.from]?.start ?? 0) && e.end <= (tokens[clause.to - 1]?.end ?? 0));
  const at = tokenIndexFrom(tokens, predicate.start);
  const predicateIndex = tokens[at]?.start === predicate.start ? at : -1;
  // Passive: "... have been placed on the sanctions list by the London government".
  for (let i = predicateIndex + 1; i < clause.to; i++) {
    if (lower(tokens[i]) !== 'by') continue;
    const after = inClause.find((e) => e.start > (tokens[i]?.start ?? 0) && e.start - (tokens[i]?.end ?? 0) <= 6);
    if (after && after.kind !== 'person') return after;
  }
  // "The commission was hacked": the subject of a passive is what was acted on, not the actor.
  const auxiliary = lower(tokens[predicateIndex - 1]);
  if (['was', 'were', 'been', 'is', 'are', 'be', 'being'].includes(auxiliary) && /(ed|en|wn|t)$/.test(predicate.text.toLowerCase())) return undefined;
  const before = inClause.filter((e) => e.end <= predicate.start);
  const institution = institutionBefore(tokens, clause, predicateIndex);
  if (institution) {
    // A named organisation whose name ends in the head ("Nordvik Energy will acquire") is the actor by its name.
    const named = before.find((e) => e.start <= institution.start && e.end >= institution.end);
    if (named) return named;
    // "the UK government", "Canada's government", "the Canadian government": the country is the actor.
    const country = before.find((e) => e.kind === 'place' && e.end <= institution.start && institution.start - e.end <= 3);
    return country ?? institution;
  }
  for (let k = before.length - 1; k >= 0; k--) {
    const e = before[k] as EntityMention;
    const first = tokenIndexFrom(tokens, e.start);
    const index = tokens[first]?.start === e.start ? first : -1;
    const after = tokenIndexFrom(tokens, e.end);
    const endIndex = after === tokens.length ? -1 : after;
    // A subject far from its verb is usually some other clause's subject ("X has ..., stressing ... targeting").
    if (predicateIndex - endIndex > MAX_SUBJECT_GAP) break;
    let j = index - 1;
    while (j >= 0 && ['the', 'a', 'an', "'s", '’s'].includes(lower(tokens[j]))) j--;
    if (PREPOSITIONS.has(lower(tokens[j]))) continue;
    return e;
  }
  return undefined;
}
