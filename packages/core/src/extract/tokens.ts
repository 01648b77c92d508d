import type { Sentence, Token } from '../model.js';
import { firstAtOrAfter } from '../shared/ordered.js';

/** The index of the first token that starts at or after `offset` (tokens are in text order); the length if none. */
export const tokenIndexFrom = (tokens: readonly Token[], offset: number): number => firstAtOrAfter(tokens.length, offset, (i) => (tokens[i] as Token).start);

/** Helpers over a sentence's tokens, shared by the extractors. */

export const lower = (t: Token | undefined): string => (t ? t.lower : '');

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

export function isCapitalised(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

export function isAllCaps(text: string): boolean {
  return /^[A-Z][A-Z0-9.&-]*$/.test(text) && /[A-Z].*[A-Z0-9]|^[A-Z]$/.test(text) && text.length >= 2;
}

/**
 * Everything of a sentence that extraction reads besides the name context and the date: its block kind, its
 * original text, and each token (kind, text, spacing, place relative to the sentence). Memos are keyed by it:
 * the same original text read as Markdown and as plain text gives different tokens, hence different claims.
 */
export function sentenceSignature(sentence: Sentence): string {
  let out = `${sentence.blockKind}\u0000${sentence.text}\u0000`;
  for (const t of sentence.tokens) {
    out += `${t.kind[0]}${t.spaceBefore ? ' ' : ''}${t.start - sentence.start},${t.end - sentence.start},${t.text}\u0001`;
  }
  return out;
}

/** The sentence's token texts as written, joined where they were apart: what names are made of. */
export function joinedTokens(tokens: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    out += k > 0 && t.spaceBefore ? ` ${t.text}` : t.text;
  }
  return out;
}

const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);

const FIRST_WORD = new WeakMap<readonly Token[], number>();

/** Index of the first word of the sentence, past opening quotes and brackets. */
export function firstWordIndex(tokens: readonly Token[]): number {
  const cached = FIRST_WORD.get(tokens);
  if (cached !== undefined) return cached;
  let i = 0;
  while (i < tokens.length && tokens[i]?.kind !== 'word' && tokens[i]?.kind !== 'number') i++;
  FIRST_WORD.set(tokens, i);
  return i;
}

/** A word stands at the start of a sentence or right after an opening quote or colon. */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  if (i === firstWordIndex(tokens)) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind !== 'word' && prev.kind !== 'number' && OPENING.has(prev.text) && (prev.text !== "'" || prev.spaceBefore);
}


/** Longest phrase of a table that starts at token i. */
export function longestPhrase<T>(tokens: readonly Token[], i: number, table: ReadonlyMap<string, T>, maxWords: number): { length: number; value: T } | undefined {
  let words = '';
  let best: { length: number; value: T } | undefined;
  for (let k = 0; k < maxWords && i + k < tokens.length; k++) {
    const t = tokens[i + k];
    if (!isWord(t)) break;
    words = k === 0 ? lower(t) : `${words} ${lower(t)}`;
    const value = table.get(words);
    if (value !== undefined) best = { length: k + 1, value };
  }
  return best;
}
