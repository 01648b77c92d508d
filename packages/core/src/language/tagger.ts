import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../model.js';

/**
 * Part-of-speech tags and lemmas for a sentence's tokens, from wink-nlp with its English "lite web" model (chosen
 * by measurement: docs/architecture.md, "Language layer"). The model is plain JavaScript made for browsers, so
 * the core stays browser-safe; it takes a few hundred milliseconds to load, so it is loaded on the first sentence
 * that needs tags, never at import.
 */

/** Universal part-of-speech tags, as the model gives them. */
export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface WordTag {
  pos: Pos;
  /** The model's lemma, lower case ("laid" → "lay", "workers" → "worker"). */
  lemma: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function engine(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const MEMO = new Map<string, WordTag[]>();
const MEMO_MAX = 20_000;
const NONE: WordTag = { pos: 'X', lemma: '' };

/**
 * Each token's tag and lemma, in token order. The tokens are re-joined as written (a space where one stood) and
 * read as one sentence; each token takes the tag of the model's token it starts in. The same tokens always get
 * the same tags: the model is deterministic, and the memo (bounded) only saves reading a repeated sentence again.
 */
export function tagTokens(tokens: readonly Token[]): WordTag[] {
  const offsets: number[] = [];
  let text = '';
  tokens.forEach((t, i) => {
    if (i > 0 && t.spaceBefore) text += ' ';
    offsets.push(text.length);
    text += t.text;
  });
  const known = MEMO.get(text);
  if (known) return known;
  const tags = tagText(readable(text, tokens), offsets);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(text, tags);
  return tags;
}

/**
 * The model reads a capitalised word opening a sentence as a name ("Rescuers pulled ...", "Engineers said"):
 * its first letter is given in lower case unless the word looks like a name, an all-capitals word or one of
 * several capitalised words in a row ("Maria Lopez said").
 */
function readable(text: string, tokens: readonly Token[]): string {
  const first = tokens.findIndex((t) => t.kind === 'word');
  const word = tokens[first];
  if (!word || !/^\p{Lu}\p{Ll}/u.test(word.text)) return text;
  const next = tokens[first + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) return text;
  const at = text.indexOf(word.text);
  return at < 0 ? text : text.slice(0, at) + word.text.charAt(0).toLowerCase() + text.slice(at + 1);
}

function tagText(text: string, offsets: readonly number[]): WordTag[] {
  const nlp = engine();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as Pos[];
  // The typings give `its.lemma` an add-on parameter that `out` does not pass; at run time it is an its-function.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  // Where each of the model's tokens starts in the text: found in order, so repeated words are not confused.
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + v.length;
  }
  const out: WordTag[] = [];
  let j = 0;
  for (const offset of offsets) {
    while (j + 1 < starts.length && (starts[j + 1] as number) <= offset) j++;
    const p = pos[j];
    out.push(p === undefined ? NONE : { pos: p, lemma: (lemmas[j] ?? '').toLowerCase() });
  }
  return out;
}
