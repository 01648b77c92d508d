import { TENS, UNITS } from '../../lexicon/numbers.js';
import { predicateLemma, SPEECH_VERBS } from '../../lexicon/verbs.js';
import type { Token } from '../../model.js';
import { isCapitalised, lower } from '../tokens.js';

/**
 * Clause boundaries inside a sentence, so that "the US charged seven, while the UK sanctioned two" gives two claims.
 * Breaks at ";", at "while"/"whereas"/"but", and at "and" when a verb follows it.
 */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'said', 'says']);
const BREAK_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though']);
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);

function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t)) return false;
  const w = t.text.toLowerCase();
  return AUXILIARIES.has(w) || (predicateLemma(w) !== undefined && /(ed|s)$/.test(w)) || (/ed$/.test(w) && w.length > 4);
}

export interface Clause {
  from: number;
  to: number; // exclusive
}

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = lower(t);
    let breakHere = false;
    let skip = 0;
    // The ";" closing a character reference written out ("&amp;", "&#x32;") ends no clause.
    const closesReference = !t.spaceBefore && /^&#?[\da-z]+$/i.test(tokens[i - 1]?.text ?? '');
    if (t.text === ';' && !closesReference) {
      breakHere = true;
      skip = 1;
    } else if (BREAK_WORDS.has(w) && i - from > 3) breakHere = true;
    else if (w === 'and' && looksLikeVerb(tokens[i + 1]) && i - from > 3) breakHere = true;
    // "12 died and 84 were injured": a new figure with its own auxiliary is a new clause.
    else if (w === 'and' && i - from > 2 && (tokens[i + 1]?.kind === 'number' || NUMBER_WORDS.has(lower(tokens[i + 1]))) && AUXILIARIES.has(lower(tokens[i + 2]))) breakHere = true;
    // ", and Labour Minister Jane Doe said ...": a new subject with its own verb.
    else if (w === 'and' && tokens[i - 1]?.text === ',' && i - from > 3 && tokens.slice(i + 1, i + 7).some((n) => SPEECH_VERBS.has(lower(n)) || AUXILIARIES.has(lower(n)))) breakHere = true;
    // "..., saying the instruction was given": a participle after a comma starts a comment of its own.
    else if (t.kind === 'word' && /^[a-z]+ing$/.test(t.text) && t.text.length > 5 && tokens[i - 1]?.text === ',' && i - from > 4) breakHere = true;
    if (breakHere) {
      clauses.push({ from, to: i });
      from = i + skip;
    }
  }
  if (from < tokens.length) clauses.push({ from, to: tokens.length });
  return clauses.filter((c) => c.to > c.from);
}
