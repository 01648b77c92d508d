import type { Claim, EntityKind, Mention, Sentence } from '../model.js';
import { forgetLessons, type NameContext } from './mentions/names.js';
import { isCapitalised, joinedTokens, sentenceSignature } from './tokens.js';

/**
 * Memo of extraction per sentence. A story's articles repeat sentences word for word (wire copy, syndication:
 * in the benchmark corpus 4% of sentences are distinct), and what extraction reads besides the sentence is
 * small: the source's date and the few things its name context says about this sentence's words. That is the
 * key; the value is the sentence's claims with offsets relative to the sentence, and the abbreviations the
 * sentence defines (replayed into the context, as extraction would have added them).
 */
/** A claim before it has its id: what one sentence says, whatever source it stands in. */
export type Draft = Omit<Claim, 'id' | 'sourceId' | 'sentenceId'>;

export interface Memo<T> {
  sentenceStart: number;
  value: T;
  abbreviations: [string, { key: string; kind: EntityKind; name: string }][];
}

const MAX_ENTRIES = 10_000;
const memo = new Map<string, Memo<unknown>>();

/**
 * What of the name context can change this sentence's extraction: for each capitalised word, whether the source
 * capitalises it elsewhere and whether it is part of a person's name (as the entity rules spell it, without
 * full stops and apostrophes), and the abbreviations the sentence may use, as written or as its tokens join.
 */
export function contextSignature(sentence: Sentence, names: NameContext): string {
  const parts: string[] = [];
  for (const t of sentence.tokens) {
    if (!isCapitalised(t)) continue;
    const bare = /[.’']/.test(t.lower) ? t.lower.replace(/[.’']/g, '') : t.lower;
    parts.push(`${names.capitalised.has(t.lower) ? 'c' : '-'}${names.personWords.has(bare) ? 'p' : '-'}`);
  }
  if (names.abbreviations.size > 0) {
    const joined = joinedTokens(sentence.tokens);
    for (const [abbreviation, target] of names.abbreviations) {
      if (sentence.text.includes(abbreviation) || joined.includes(abbreviation)) parts.push(`${abbreviation}=${target.kind}:${target.key}:${target.name}`);
    }
  }
  return parts.join(',');
}

/** The memo key: everything a sentence's claims depend on (its tokens, not only its text: see sentenceSignature). */
export function memoKey(sentence: Sentence, names: NameContext, date: string | undefined): string {
  return `${date ?? ''}\u0000${sentenceSignature(sentence)}\u0000${contextSignature(sentence, names)}`;
}

export function recall<T>(key: string): Memo<T> | undefined {
  return memo.get(key) as Memo<T> | undefined;
}

export function remember<T>(key: string, entry: Memo<T>): void {
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, entry as Memo<unknown>);
}

type Located = { start: number; end: number };

const move = <T extends Located>(x: T, delta: number): T => ({ ...x, start: x.start + delta, end: x.end + delta });

function moveMention(m: Mention, delta: number): Mention {
  if (m.type === 'entity') {
    // A role and an origin are located too: the same sentence elsewhere has them elsewhere.
    const out = move(m, delta);
    if (m.roleSpan) out.roleSpan = move(m.roleSpan, delta);
    if (m.apposedRole) out.apposedRole = move(m.apposedRole, delta);
    if (m.origins) out.origins = m.origins.map((o) => move(o, delta));
    return out;
  }
  const out = move(m, delta);
  if (m.predicate) out.predicate = move(m.predicate, delta);
  if (m.agent) out.agent = move(m.agent, delta);
  if (m.type === 'quantity' && m.holder && out.type === 'quantity') out.holder = move(m.holder, delta);
  return out;
}

/**
 * A copy of a sentence's claims with every offset moved by `delta`: the same sentence at another place.
 * Values that hold no offset (quantities, dates, word lists) are shared: nothing changes them after extraction.
 */
export function shifted(drafts: readonly Draft[], delta: number): Draft[] {
  return drafts.map((d) => {
    const out: Draft = { ...move(d, delta), mentions: d.mentions.map((m) => moveMention(m, delta)), quotes: d.quotes.map((q) => move(q, delta)) };
    if (d.predicate) out.predicate = move(d.predicate, delta);
    if (d.agent) out.agent = move(d.agent, delta);
    if (d.attribution) out.attribution = move(d.attribution, delta);
    if (d.hedge) out.hedge = move(d.hedge, delta);
    if (d.references) out.references = d.references.map((r) => move(r, delta));
    if (d.stance) out.stance = { ...d.stance, cue: move(d.stance.cue, delta), scope: move(d.stance.scope, delta) };
    return out;
  });
}

/** Forget every memo: for tests that compare memoised and fresh extraction. */
export function forgetSentences(): void {
  memo.clear();
  forgetLessons();
}
