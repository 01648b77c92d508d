import { DENIALS, SPEECH_VERBS } from '../lexicon/verbs.js';
import { singular } from '../lexicon/nouns.js';
import type { Claim } from '../model.js';

/** The words a statement is compared on: content words, singular, without verbs of saying or denying, nor its hedge. */
const WORDS = new WeakMap<Claim, string[]>();

export function statementWords(c: Claim): string[] {
  let words = WORDS.get(c);
  if (!words) {
    // A hedge is how sure the statement is, not what it says: "reportedly triggered" says "triggered".
    const hedge = c.hedge ? new Set(c.hedge.text.toLowerCase().split(' ')) : undefined;
    words = [...new Set(c.words.filter((w) => !SPEECH_VERBS.has(w) && !DENIALS.has(w) && !hedge?.has(w)).map((w) => singular(w)))];
    WORDS.set(c, words);
  }
  return words;
}

