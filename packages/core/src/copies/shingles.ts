import { STOPWORDS } from '../lexicon/stopwords.js';

/**
 * Shingles of a text for copy detection: overlapping pairs of content words, each cut to its first five letters.
 * Function words are dropped and words are stemmed crudely so that light edits ("said" → "told", "killed" →
 * "kills", a dropped "the") and machine rewording that keeps the names and figures still share most shingles,
 * while independent reports of one event, which share the story's names but not its sentences, share few.
 */
export const SHINGLE_WORDS = 2;
const STEM = 5;

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || STOPWORDS.has(word)) continue;
    out.push(word.slice(0, STEM));
  }
  return out;
}

/** The distinct shingles of a text, in first-seen order. */
export function shinglesOf(text: string): string[] {
  const words = contentWords(text);
  const seen = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) seen.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return [...seen];
}
