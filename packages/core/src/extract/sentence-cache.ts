import type { EntityKind, Sentence } from '../model.js';
import type { NameContext } from './entities.js';
import { isCapitalised } from './tokens.js';

/**
 * Memo of extraction per sentence. A story's articles repeat sentences word for word (wire copy, syndication:
 * in the benchmark corpus 4% of sentences are distinct), and what extraction reads besides the sentence is
 * small: the source's date and the few things its name context says about this sentence's words. That is the
 * key; the value is the sentence's claims with offsets relative to the sentence, and the abbreviations the
 * sentence defines (replayed into the context, as extraction would have added them).
 */
export interface Memo<T> {
  sentenceStart: number;
  value: T;
  abbreviations: [string, { key: string; kind: EntityKind; name: string }][];
}

const MAX_ENTRIES = 50_000;
const memo = new Map<string, Memo<unknown>>();

/** What of the name context can change this sentence's extraction. */
function contextSignature(sentence: Sentence, names: NameContext): string {
  const parts: string[] = [];
  for (const t of sentence.tokens) {
    if (!isCapitalised(t)) continue;
    parts.push(`${names.capitalised.has(t.lower) ? 'c' : '-'}${names.personWords.has(t.lower) ? 'p' : '-'}`);
  }
  for (const [abbreviation, target] of names.abbreviations) {
    if (sentence.text.includes(abbreviation)) parts.push(`${abbreviation}=${target.kind}:${target.key}`);
  }
  return parts.join(',');
}

export function memoKey(sentence: Sentence, names: NameContext, date: string | undefined): string {
  return `${date ?? ''}\u0000${sentence.blockKind}\u0000${sentence.text}\u0000${contextSignature(sentence, names)}`;
}

export function recall<T>(key: string): Memo<T> | undefined {
  return memo.get(key) as Memo<T> | undefined;
}

export function remember<T>(key: string, entry: Memo<T>): void {
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, entry as Memo<unknown>);
}

/** A deep copy with every `start` and `end` moved by `delta`: the same sentence at another place. */
export function shifted<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = (k === 'start' || k === 'end') && typeof v === 'number' ? v + delta : shifted(v, delta);
  }
  return out as T;
}

/** Forget every memo: for tests that compare memoised and fresh extraction. */
export function forgetSentences(): void {
  memo.clear();
}
