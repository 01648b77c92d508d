import type { Token } from '../model.js';
import { irregularLemma, pastParticiple, pastTense } from './inflect.js';
import type { WordTag } from './tagger.js';

/**
 * What a figure is in its clause, read from the tags: the verb that governs it, the verb's own lemma, the
 * particle of a phrasal verb ("laid off"), and whether the figure is the verb's doer ("Five climbers died") or
 * what the verb was done to ("Twelve workers were laid off", "the company cut 15 jobs"). Only the two plain
 * shapes are read, subject and direct object; a figure in any other place (after a preposition, "sanctions on
 * two companies") gets no frame, and the caller keeps its older reading.
 */
export interface VerbFrame {
  /** Token index of the governing verb. */
  index: number;
  /** The verb's own lemma: "lay", "suspend", "strike". */
  lemma: string;
  /** "off" in "were laid off", "out" in "walked out". */
  particle?: string;
  /** The figure does what the verb says (active subject); false when the verb was done to it. */
  agentive: boolean;
}

export interface Span {
  from: number;
  /** Exclusive. */
  to: number;
}

const PARTICLES = new Set(['off', 'out', 'down', 'up', 'away', 'back', 'over']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'to']);
/** Verbs that report another clause: "officials said 312 candidates failed" is no count of things said. */
const REPORTING = new Set(['say', 'tell', 'report', 'state', 'announce', 'add', 'note', 'confirm', 'estimate', 'believe', 'claim', 'warn', 'expect', 'show', 'suggest', 'indicate', 'find']);
/** Participles that introduce a list, never what happened to it: "including three children". */
const NOT_GOVERNING = new Set(['include', 'involve', 'comprise', 'number', 'total', 'exceed', 'reach']);

const OTHERS = new Set(['others', 'more']);
const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';

/**
 * The verb's lemma, checked against its own word: the model sometimes drops a lemma's final "e" ("fined" →
 * "fin"); a lemma whose past form is not the word is corrected when "e" added gives the word back.
 */
export function verbLemma(word: string, tagged: string): string {
  const w = word.toLowerCase();
  const irregular = irregularLemma(w);
  if (irregular && (tagged === w || tagged === '')) return irregular;
  if (!tagged) return w;
  if (!w.endsWith('ed') || pastParticiple(tagged) === w || pastTense(tagged) === w) return tagged;
  // "fined" read as "fin": the lemma lost its "e".
  if (formsPast(`${tagged}e`, w)) return `${tagged}e`;
  if (formsPast(tagged, w)) return tagged;
  // "privatised" read as "privatize": the lemma keeps the source's spelling.
  const own = w.slice(0, -1);
  if (/is(e|ed)$/.test(own) && tagged.replace(/ize$/, 'ise') === own) return own;
  return tagged;
}

/** `word` is a past form of `lemma`, British doubling included ("cancelled", "travelled"). */
function formsPast(lemma: string, word: string): boolean {
  return pastParticiple(lemma) === word || pastTense(lemma) === word || word === `${lemma}ed` || word === `${lemma}d` || word === `${lemma}${lemma.slice(-1)}ed`;
}

function isVerb(tags: readonly WordTag[], tokens: readonly Token[], i: number): boolean {
  return tags[i]?.pos === 'VERB' && tokens[i]?.kind === 'word';
}

/** A past participle by its form: "injured", "laid", "shot", "taken"; not "-ing", not a bare "-s". */
function looksParticiple(tokens: readonly Token[], tags: readonly WordTag[], i: number): boolean {
  const w = lowerAt(tokens, i);
  const lemma = tags[i]?.lemma ?? '';
  return !w.endsWith('ing') && (w.endsWith('ed') || w.endsWith('en') || w === pastParticiple(lemma) || irregularLemma(w) !== undefined);
}

interface VerbGroup {
  index: number;
  passive: boolean;
  auxiliary: boolean;
}

/** A verb group starting at j: auxiliaries and adverbs, then the verb ("were laid", "have been suspended", "died"). */
function verbGroupAt(tokens: readonly Token[], tags: readonly WordTag[], j: number, end: number): VerbGroup | undefined {
  let k = j;
  let be = false;
  let auxiliary = false;
  let modal = false;
  while (k < end) {
    const pos = tags[k]?.pos;
    const w = lowerAt(tokens, k);
    // "to" is no auxiliary here: in "appointed a mediator to help" the figure is no subject of "help".
    if (pos === 'AUX' || (pos === 'PART' && w === 'not')) {
      auxiliary = true;
      if (BE.has(w)) be = true;
      if (MODALS.has(w)) modal = true;
      k++;
    } else if (pos === 'ADV' && !PARTICLES.has(w)) k++;
    else break;
  }
  if (k >= end) return undefined;
  if (isVerb(tags, tokens, k)) return { index: k, passive: be && looksParticiple(tokens, tags, k), auxiliary };
  // "The bank will close 40 branches": a verb after a modal that the model read as an adjective.
  if (modal && tags[k]?.pos === 'ADJ' && tokens[k]?.kind === 'word') return { index: k, passive: false, auxiliary };
  return undefined;
}

/** "laid off", "walked out", "took over"; not "over" before a figure ("rose over 10%"), which is a bound. */
export function particleAfter(tokens: readonly Token[], tags: readonly WordTag[], verb: number, end: number): string | undefined {
  const w = lowerAt(tokens, verb + 1);
  if (verb + 1 >= end || !PARTICLES.has(w)) return undefined;
  const pos = tags[verb + 1]?.pos;
  if (w === 'over' && (tags[verb + 2]?.pos === 'NUM' || tokens[verb + 2]?.kind === 'number')) return undefined;
  return pos === 'ADP' || pos === 'ADV' || pos === 'PART' ? w : undefined;
}

/** The verb of which the figure is the direct object: only determiners, adverbs and a particle between. */
function objectOf(tokens: readonly Token[], tags: readonly WordTag[], clause: Span, figure: Span): number | undefined {
  let j = figure.from - 1;
  while (j >= clause.from) {
    const pos = tags[j]?.pos;
    const w = lowerAt(tokens, j);
    if (pos === 'DET' || (pos === 'ADV' && !PARTICLES.has(w)) || (PARTICLES.has(w) && j > clause.from && isVerb(tags, tokens, j - 1))) j--;
    else break;
  }
  if (j < clause.from) return undefined;
  if (isVerb(tags, tokens, j)) return j;
  const before = lowerAt(tokens, j - 1);
  if (tags[j]?.pos === 'ADJ' && MODALS.has(before) && tokens[j]?.kind === 'word') return j;
  return undefined;
}

function verbBefore(tokens: readonly Token[], tags: readonly WordTag[], clause: Span, at: number): boolean {
  for (let k = clause.from; k < at; k++) {
    if (isVerb(tags, tokens, k) && !REPORTING.has(verbLemma((tokens[k] as Token).text, tags[k]?.lemma ?? ''))) return true;
  }
  return false;
}

function frameAt(tokens: readonly Token[], tags: readonly WordTag[], clause: Span, index: number, agentive: boolean): VerbFrame | undefined {
  const token = tokens[index] as Token;
  const lemma = verbLemma(token.text, tags[index]?.lemma ?? '');
  if (NOT_GOVERNING.has(lemma) || REPORTING.has(lemma)) return undefined;
  const particle = particleAfter(tokens, tags, index, clause.to);
  return particle ? { index, lemma, particle, agentive } : { index, lemma, agentive };
}

/** The frame of the figure spanning `figure` (token indices) in `clause`, or none when its place is not plain. */
export function figureFrame(tokens: readonly Token[], tags: readonly WordTag[], clause: Span, figure: Span): VerbFrame | undefined {
  let after = figure.to;
  // "12 others were injured", "three more died": the figure's verb comes after its "others".
  while (after < clause.to && ((tags[after]?.pos === 'ADV' && !PARTICLES.has(lowerAt(tokens, after))) || OTHERS.has(lowerAt(tokens, after)))) after++;
  let group = verbGroupAt(tokens, tags, after, clause.to);
  // "-ing" right after a figure modifies it ("12 firefighters battling the blaze"): no verb of its own.
  if (group && !group.auxiliary && lowerAt(tokens, group.index).endsWith('ing')) group = undefined;
  // "Several vessels moored alongside were damaged": a bare participle after the figure is a reduced relative
  // when a verb group with its auxiliary follows; that group is the figure's.
  if (group && !group.auxiliary && looksParticiple(tokens, tags, group.index)) {
    for (let k = group.index + 1; k < clause.to; k++) {
      if (tags[k]?.pos !== 'AUX') continue;
      const later = verbGroupAt(tokens, tags, k, clause.to);
      if (later) group = later;
      break;
    }
  }
  if (group?.auxiliary) return frameAt(tokens, tags, clause, group.index, !group.passive);
  const object = objectOf(tokens, tags, clause, figure);
  const objectLemma = object === undefined ? '' : verbLemma((tokens[object] as Token).text, tags[object]?.lemma ?? '');
  if (object !== undefined && !REPORTING.has(objectLemma)) return frameAt(tokens, tags, clause, object, false);
  // A bare verb after the figure is its own ("Five climbers died") only when no verb of the clause comes before
  // it: in "damaged four cranes and one vessel moored at the quay" the participle only says which vessel.
  if (group && !verbBefore(tokens, tags, clause, figure.from)) return frameAt(tokens, tags, clause, group.index, !group.passive);
  return undefined;
}
