import { HEDGES, NEGATIONS, SPEECH_VERBS, predicateLemma } from '../../lexicon/verbs.js';
import { singular } from '../../lexicon/nouns.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import {
  CALLING_VERBS, CONCEPT_FORMS, DENIAL_VERBS, FALSEHOODS, FUTURE, FUTURE_MARKERS, GO_FORMS, INDEFINITES, JOB_LOSS_VERBS, JOB_NOUNS,
  NOT_YET, PLAN_WORDS, REJECTION_VERBS, REPORT_NOUNS, SAYS_LESS,
} from '../../lexicon/stances.js';
import type { Cue, Stance, Token } from '../../model.js';
import type { Clause } from './clauses.js';
import { IRREGULAR_PAST } from './predicates.js';
import { lower } from '../tokens.js';

/**
 * What a clause asserts and what it denies, as concept words, so that a denial in one report can be set against
 * the statement it denies in another however each words it ("denied that anyone had been detained" / "a local
 * man had been detained"; "the alarm did not sound" / "the alarm went off"). A denial is read only where its
 * scope is plain: the clause after "denied (that)", after "reports that ..." called false, after "no plan to",
 * or a clause whose own verb is negated. A negation that leaves something open ("did not say", "could not
 * confirm", "has not yet") says less and denies nothing.
 */


const CONCEPT = new Map<string, string>();
for (const [concept, forms] of Object.entries(CONCEPT_FORMS)) for (const f of forms) CONCEPT.set(f, concept);


/** Verbs that carry no event of their own ("no arrests were made", "the search was carried out"). */
const LIGHT = new Set(['make', 'made', 'making', 'makes', 'carry', 'carried', 'conduct', 'conducted', 'occur', 'occurred', 'happen', 'happened', 'take', 'taken', 'took', 'place', 'get', 'got', 'become', 'became', 'remain', 'remained']);
const HEDGE_WORDS = new Set(Object.keys(HEDGES).flatMap((h) => h.split(' ')));
const AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'should', 'shall', 'must', 'can']);
/** Modal negations are doubts, not denials: "may not have been", "could not be". */
const DOUBTING = new Set(['may', 'might', 'could']);
/** Words after "no" that say less than a denial: "no evidence", "no comment", "no decision yet". */
const NO_LESS = new Set(['evidence', 'sign', 'signs', 'indication', 'indications', 'word', 'comment', 'comments', 'details', 'detail', 'information', 'immediate', 'doubt', 'longer', 'matter', 'confirmation', 'reason', 'knowledge', 'data', 'figure', 'figures', 'estimate', 'timeline', 'date', 'decision', 'idea', 'way', 'less', 'more', 'fewer', 'later', 'sooner', 'stranger', 'exception', 'surprise', 'choice', 'alternative', 'answer', 'explanation']);
const SUBORDINATORS = new Set(['which', 'who', 'whose', 'whom', 'where', 'when', 'if', 'unless', 'whether', 'although', 'though', 'because', 'since', 'as', 'after', 'before', 'until', 'while']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** One word as a concept: its event, the lemma of the predicate lexicon, else a light stem shared by its forms. */
const CONCEPT_OF = new Map<string, string>();
export function conceptOf(word: string): string {
  let known = CONCEPT_OF.get(word);
  if (known !== undefined) return known;
  known = CONCEPT.get(word) ?? predicateLemma(word) ?? stem(word);
  if (CONCEPT_OF.size > 50_000) CONCEPT_OF.clear();
  CONCEPT_OF.set(word, known);
  return known;
}

function stem(word: string): string {
  const irregular = IRREGULAR_PAST[word];
  if (irregular) return irregular.replace(/e$/, '');
  let w = singular(word);
  if (w.length > 5 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  // "arrived" / "arrive", "stopped" / "stop": one stem.
  return w.replace(/(.)\1$/, '$1').replace(/e$/, '');
}

const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * The concept words of tokens [from, to), without those `skip` says are not the proposition's (the speaker, the
 * cue): function words, any-words, hedges, verbs of saying and light verbs are left out. "went off" and "jobs
 * would go" are read as one event each.
 */
export function conceptWords(tokens: readonly Token[], from: number, to: number, skip: (i: number) => boolean = () => false): string[] {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWordToken(t) || skip(i)) continue;
    const w = t.lower.replace(/[’']s$/, '');
    const next = lower(tokens[i + 1]);
    if (GO_FORMS.has(w) && next === 'off') {
      out.add('go-off');
      i++;
      continue;
    }
    if (JOB_NOUNS.has(w)) {
      // "350 jobs would go", "jobs are to be cut", "job losses".
      let k = i + 1;
      while (k < to && k <= i + 4 && ['would', 'will', 'could', 'may', 'might', 'to', 'be', 'are', 'were', 'is', 'was', 'been', 'being', 'have', 'has', 'had'].includes(lower(tokens[k]))) k++;
      if (k < to && JOB_LOSS_VERBS.has(lower(tokens[k]))) {
        out.add('dismiss');
        i = k;
        continue;
      }
    }
    if (JOB_LOSS_VERBS.has(w) && !GO_FORMS.has(w)) {
      // "lose their jobs", "shed 200 posts".
      let k = i + 1;
      while (k < to && k <= i + 3 && (['their', 'the', 'his', 'her', 'its', 'of', 'about', 'some', 'up'].includes(lower(tokens[k])) || tokens[k]?.kind === 'number')) k++;
      if (k < to && JOB_NOUNS.has(lower(tokens[k]))) {
        out.add('dismiss');
        i = k;
        continue;
      }
    }
    if (w.length < 3 || STOPWORDS.has(w) || NEGATIONS.has(w) || INDEFINITES.has(w) || HEDGE_WORDS.has(w) || SPEECH_VERBS.has(w) || LIGHT.has(w) || /n[’']t$/.test(w)) continue;
    if (DENIAL_VERBS.has(w) || FALSEHOODS.has(w)) continue;
    out.add(conceptOf(w));
  }
  return [...out];
}

/** A clause that asks, supposes or reports a proposition without asserting it. */
function assertsNothing(tokens: readonly Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    if (w === '?' || w === 'whether' || w === 'if' || w === 'unless') return true;
    if (REPORT_NOUNS.has(w) && lower(tokens[i + 1]) === 'that') return true;
  }
  return false;
}

const hasNotYet = (tokens: readonly Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    if (NOT_YET.has(w) || (w === 'so' && ['far', 'yet'].includes(lower(tokens[i + 1]))) || (w === 'as' && lower(tokens[i + 1]) === 'yet')) return true;
  }
  return false;
};

const cue = (tokens: readonly Token[], text: string, from: number, to: number): Cue => {
  const a = tokens[from] as Token;
  const b = tokens[to - 1] as Token;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end };
};

/** Does the span hold a verb, so that it is a proposition and not a noun ("denied the allegations")? */
function holdsVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    if (AUXILIARIES.has(w) || DOUBTING.has(w) || /n[’']t$/.test(w)) return true;
    if (isWordToken(tokens[i]) && w.length > 4 && /ed$/.test(w)) return true;
  }
  return false;
}

interface Reading {
  kind: Stance['kind'];
  cueFrom: number;
  cueTo: number;
  scopeFrom: number;
  scopeTo: number;
}

/** "denied that S", "denied S", "denied reports that S", "rejected claims that S", "reports that S were denied". */
function readDenial(tokens: readonly Token[], clause: Clause): Reading | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    const denial = DENIAL_VERBS.has(w);
    if (!denial && !REJECTION_VERBS.has(w)) continue;
    const before = lower(tokens[i - 1]);
    // "did not deny" affirms; "was denied bail" is something refused to someone.
    if (NEGATIONS.has(before) || /n[’']t$/.test(before)) return undefined;
    if (BE.has(before)) {
      // "Reports that the manager had resigned were denied by the club."
      for (let k = i - 2; k > clause.from; k--) {
        if (lower(tokens[k]) === 'that' && REPORT_NOUNS.has(lower(tokens[k - 1]))) return { kind: 'denied', cueFrom: k - 1, cueTo: i + 1, scopeFrom: k + 1, scopeTo: i - 1 };
      }
      return undefined;
    }
    let j = i + 1;
    while (j < clause.to && ['the', 'any', 'these', 'those', 'media', 'press', 'news', 'newspaper', 'online', 'recent', 'earlier'].includes(lower(tokens[j]))) j++;
    if (REPORT_NOUNS.has(lower(tokens[j]))) {
      if (lower(tokens[j + 1]) !== 'that') return undefined;
      return { kind: 'denied', cueFrom: i, cueTo: j + 2, scopeFrom: j + 2, scopeTo: clause.to };
    }
    if (!denial) continue;
    if (lower(tokens[i + 1]) === 'that') return { kind: 'denied', cueFrom: i, cueTo: i + 2, scopeFrom: i + 2, scopeTo: clause.to };
    // "denied anyone had been detained": a clause without "that"; "denied any involvement" is a noun.
    if (holdsVerb(tokens, i + 1, clause.to)) return { kind: 'denied', cueFrom: i, cueTo: i + 1, scopeFrom: i + 1, scopeTo: clause.to };
    return undefined;
  }
  return undefined;
}

/** "called reports that S false", "dismissed as a hoax claims that S", "reports that S were untrue". */
function readFalsehood(tokens: readonly Token[], clause: Clause): Reading | undefined {
  let frame = -1;
  for (let i = clause.from; i < clause.to - 1; i++) {
    if (REPORT_NOUNS.has(lower(tokens[i])) && lower(tokens[i + 1]) === 'that') {
      frame = i;
      break;
    }
  }
  if (frame < 0) return undefined;
  let falsehood = -1;
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    if (FALSEHOODS.has(w) || (w === 'true' && NEGATIONS.has(lower(tokens[i - 1])))) {
      falsehood = i;
      break;
    }
  }
  if (falsehood < 0) return undefined;
  if (falsehood < frame) {
    // "dismissed as false reports that S", "called false the claims that S": a calling verb before it.
    let calling = -1;
    for (let i = clause.from; i < falsehood; i++) if (CALLING_VERBS.has(lower(tokens[i]))) calling = i;
    return calling >= 0 ? { kind: 'false', cueFrom: calling, cueTo: frame + 2, scopeFrom: frame + 2, scopeTo: clause.to } : undefined;
  }
  // "reports that S were (completely) false", "claims that S as baseless", "called reports that S false".
  let end = falsehood - 1;
  while (end > frame + 2 && FALSEHOOD_FILLERS.has(lower(tokens[end]))) end--;
  if (end <= frame + 2) return undefined;
  if (BE.has(lower(tokens[end])) || lower(tokens[end]) === 'as') return { kind: 'false', cueFrom: end, cueTo: falsehood + 1, scopeFrom: frame + 2, scopeTo: end };
  if (!tokens.slice(clause.from, frame).some((t) => CALLING_VERBS.has(t.lower))) return undefined;
  return { kind: 'false', cueFrom: end + 1, cueTo: falsehood + 1, scopeFrom: frame + 2, scopeTo: end + 1 };
}

/** Words between a proposition and what it is called: "were completely false", "as a hoax", "not true". */
const FALSEHOOD_FILLERS = new Set(['completely', 'entirely', 'totally', 'simply', 'utterly', 'wholly', 'absolutely', 'a', 'an', 'not', 'both', 'all', 'categorically']);

/** "there was no redundancy plan", "has no plans to close", "no arrests were made", "nobody was hurt". */
function readNo(tokens: readonly Token[], clause: Clause): Reading | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    if (w === 'nobody' || w === 'no-one' || (w === 'no' && lower(tokens[i + 1]) === 'one') || (w === 'none' && lower(tokens[i + 1]) === 'of')) {
      const at = w === 'no' ? i + 2 : w === 'none' ? i + 2 : i + 1;
      // "nobody" as the subject: a verb follows.
      if (!holdsVerb(tokens, at, Math.min(clause.to, at + 6))) return undefined;
      return { kind: 'negated', cueFrom: i, cueTo: at, scopeFrom: at, scopeTo: clause.to };
    }
    if (w !== 'no') continue;
    const next = lower(tokens[i + 1]);
    if (!isWordToken(tokens[i + 1]) || NO_LESS.has(next)) return undefined;
    if (PLAN_WORDS.has(next)) {
      // "no plans to close the school", "no intention of selling".
      const to = ['to', 'of', 'for'].includes(lower(tokens[i + 2])) ? i + 3 : i + 2;
      return { kind: 'no-plan', cueFrom: i, cueTo: to, scopeFrom: to, scopeTo: clause.to };
    }
    const [p1, p2, p3] = [lower(tokens[i - 1]), lower(tokens[i - 2]), lower(tokens[i - 3])];
    // "there was no ...", "there has been no ...".
    const existential = (BE.has(p1) && p2 === 'there') || (p1 === 'been' && p3 === 'there');
    const there = p2 === 'there' ? i - 2 : i - 3;
    // "No patients were harmed": "no" opens the clause or follows "that" or a verb of saying.
    const opens = i === clause.from || ['that', ','].includes(lower(tokens[i - 1])) || SPEECH_VERBS.has(lower(tokens[i - 1]));
    if (!existential && !opens) return undefined;
    const planned = tokens.slice(i + 1, clause.to).some((t) => PLAN_WORDS.has(t.lower));
    if (!existential && !holdsVerb(tokens, i + 1, clause.to)) return undefined;
    return { kind: planned ? 'no-plan' : 'negated', cueFrom: existential ? there : i, cueTo: i + 1, scopeFrom: i + 1, scopeTo: clause.to };
  }
  return undefined;
}

/** "The alarm did not sound", "the school will not close", "the ferry never left port". */
function readNegatedVerb(tokens: readonly Token[], clause: Clause): Reading | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    const contracted = /n[’']t$/.test(w) || w === 'cannot';
    if (w !== 'not' && w !== 'never' && !contracted) continue;
    const next = lower(tokens[i + 1]);
    if (['only', 'just', 'least', 'far', 'long', 'always', 'necessarily', 'all', 'even', 'quite'].includes(next)) return undefined;
    // A negation inside a relative or subordinate clause is not the clause's own.
    if (tokens.slice(clause.from, i).some((t) => SUBORDINATORS.has(t.lower))) return undefined;
    const aux = contracted ? w.replace(/n[’']t$/, '') : lower(tokens[i - 1]);
    if (DOUBTING.has(aux) || DOUBTING.has(w.replace(/n[’']t$/, ''))) return undefined;
    let k = i + 1;
    while (k < clause.to && ['be', 'been', 'have', 'had', 'being', 'ever', 'actually', 'officially', 'formally', 'in', 'fact'].includes(lower(tokens[k]))) k++;
    const verb = lower(tokens[k]);
    if (!verb || SAYS_LESS.has(verb) || SPEECH_VERBS.has(verb)) return undefined;
    const from = w === 'not' && AUXILIARIES.has(aux) ? i - 1 : i;
    return { kind: 'negated', cueFrom: from, cueTo: i + 1, scopeFrom: clause.from, scopeTo: clause.to };
  }
  return undefined;
}

/**
 * The clause's denial, if it is one whose scope is plain, with the concept words of what it denies. `outside`
 * says which tokens belong to the speaker ("…, police said"): they are no part of what is denied.
 */
export function readStance(tokens: readonly Token[], clause: Clause, text: string, outside: (i: number) => boolean = () => false): Stance | undefined {
  if (tokens.slice(clause.from, clause.to).some((t) => t.text === '?')) return undefined;
  const reading = readDenial(tokens, clause) ?? readFalsehood(tokens, clause) ?? readNo(tokens, clause) ?? readNegatedVerb(tokens, clause);
  if (!reading || reading.scopeTo <= reading.scopeFrom) return undefined;
  if (hasNotYet(tokens, reading.scopeFrom, reading.scopeTo)) return undefined;
  const inCue = (i: number) => i >= reading.cueFrom && i < reading.cueTo;
  const core = conceptWords(tokens, reading.scopeFrom, reading.scopeTo, (i) => inCue(i) || outside(i) || PLAN_WORDS.has(lower(tokens[i])) || AUXILIARIES.has(lower(tokens[i])));
  if (core.length === 0) return undefined;
  if (reading.kind === 'no-plan') core.push(FUTURE);
  const scopeFrom = reading.scopeFrom;
  let scopeTo = reading.scopeTo;
  while (scopeTo > scopeFrom && tokens[scopeTo - 1]?.kind === 'punctuation') scopeTo--;
  if (scopeTo <= scopeFrom) return undefined;
  return { kind: reading.kind, cue: cue(tokens, text, reading.cueFrom, reading.cueTo), scope: cue(tokens, text, scopeFrom, scopeTo), core };
}

/** What a clause asserts, as concept words; undefined when it denies, negates, asks or only reports something. */
export function assertedCore(tokens: readonly Token[], clause: Clause, negated: boolean): string[] | undefined {
  if (negated || assertsNothing(tokens, clause)) return undefined;
  const core = conceptWords(tokens, clause.from, clause.to);
  if (core.length === 0) return undefined;
  for (let i = clause.from; i < clause.to; i++) {
    if (FUTURE_MARKERS.has(lower(tokens[i])) || (lower(tokens[i]) === 'to' && BE.has(lower(tokens[i - 1])))) {
      core.push(FUTURE);
      break;
    }
  }
  return core;
}
