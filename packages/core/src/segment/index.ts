import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Block, ParsedSource, SegmentedSource, Sentence, Token, TokenKind } from '../model.js';
import { sourceEnd, sourceOffset } from '../parse/index.js';

const parser = new ParseEnglish();

/**
 * parse-english merges sentences and words by splicing arrays and spreading them into calls: quadratic in the
 * sentences of a paragraph, and a stack overflow on a token of a few hundred kilobytes. A block longer than this
 * is read in pieces cut at a sentence end or, failing that, at a space; no article paragraph comes near it.
 */
const MAX_PIECE = 8192;
const MAX_WORD_PIECE = 512;
/**
 * The extractors look at a sentence's tokens around every mention: a "sentence" of thousands of tokens
 * (a table flattened to one line, or hostile input) would make them quadratic. Longer runs are cut here;
 * the longest sentence of the fixtures has 111 tokens.
 */
const MAX_SENTENCE_TOKENS = 256;

/** Words that keep their full stop: abbreviations and initials, never the end of a sentence by themselves. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st gen col lt sgt capt cmdr rev jr sr inc ltd corp co plc no nos vs etc approx est dept govt
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun fig vol rep sen gov
  maj brig adm cpl pvt hon pres supt insp lieut sec amb`.split(/\s+/),
);
/** Words that start sentences: after "U.S." one of these begins a new sentence, any other capital continues a name. */
const SENTENCE_STARTERS = new Set(
  `it the he she they we i this that these those a an but and in on at as his her their its there then however
  officials police meanwhile earlier later now`.split(/\s+/),
);

/** "12." "cent." "000.": parse-english glues a full stop to some words; give it back unless it marks an abbreviation. */
function splitGluedStops(tokens: Token[]): { tokens: Token[]; stops: Set<number> } {
  const out: Token[] = [];
  const stops = new Set<number>();
  for (const t of tokens) {
    const bare = t.text.slice(0, -1);
    const glued =
      (t.kind === 'word' || t.kind === 'number') &&
      t.text.length > 1 &&
      t.text.endsWith('.') &&
      !bare.includes('.') &&
      !/^\p{L}$/u.test(bare) &&
      !ABBREVIATIONS.has(bare.toLowerCase()) &&
      t.end - t.start === t.text.length;
    if (!glued) {
      out.push(t);
      continue;
    }
    out.push({ ...t, text: bare, lower: bare.toLowerCase(), kind: /^\d/.test(bare) ? 'number' : t.kind, end: t.end - 1 });
    const stop: Token = { text: '.', lower: '.', kind: 'punctuation', start: t.end - 1, end: t.end, spaceBefore: false };
    out.push(stop);
    stops.add(stop.start);
  }
  return { tokens: out, stops };
}

/** Where parse-english missed a sentence end: after a returned full stop, or after "U.S." before "It". */
function sentenceBreaks(tokens: readonly Token[], stops: ReadonlySet<number>): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.kind === 'punctuation' ? !stops.has(t.start) : t.kind !== 'word' || t.text.length < 4 || !t.text.endsWith('.')) continue;
    const c = next.text.charCodeAt(0);
    const capital = next.kind === 'word' && ((c >= 65 && c <= 90) || (c >= 128 && /^\p{Lu}/u.test(next.text)));
    if (t.kind === 'punctuation' && (capital || next.text === '“' || next.text === '"')) breaks.push(i + 1);
    else if (t.kind === 'word' && /^(\p{L}\.){2,}$/u.test(t.text) && capital && SENTENCE_STARTERS.has(next.lower)) breaks.push(i + 1);
  }
  return breaks;
}

/** parse-english splits "10,000" into three words and keeps "UK’s" whole; we want "10,000" and "UK" + "’s". */
function normaliseTokens(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = out[out.length - 1];
    // Digit groups: "10" "," "000" with no spaces between → one number.
    if (
      prev &&
      t.kind === 'number' &&
      /^\d{3}$/.test(t.text) &&
      !t.spaceBefore &&
      prev.kind === 'punctuation' &&
      prev.text === ',' &&
      !prev.spaceBefore
    ) {
      const before = out[out.length - 2];
      if (before && before.kind === 'number' && /^\d{1,3}(,\d{3})*$/.test(before.text)) {
        out.pop();
        before.text = `${before.text},${t.text}`;
        before.lower = before.text;
        before.end = t.end;
        continue;
      }
    }
    const possessive = /^(.+?)(['’]s?)$/.exec(t.text);
    if (t.kind === 'word' && possessive && possessive[1] && /[A-Za-z0-9]$/.test(possessive[1]) && t.text.length > 2) {
      const stemEnd = t.start + possessive[1].length;
      // Only when the token maps contiguously onto the original; otherwise keep it whole.
      if (t.end - t.start === t.text.length && text.slice(t.start, t.end) === t.text) {
        out.push({ ...t, text: possessive[1], lower: possessive[1].toLowerCase(), end: stemEnd });
        out.push({ text: possessive[2] ?? '', lower: possessive[2] ?? '', kind: 'punctuation', start: stemEnd, end: t.end, spaceBefore: false });
        continue;
      }
    }
    // Tokens are fresh objects of this sentence: kept as they are, not copied.
    out.push(t);
  }
  return out;
}

function kindOf(type: string, value: string): TokenKind {
  if (type === 'PunctuationNode') return 'punctuation';
  if (type === 'SymbolNode') return 'symbol';
  return /^\d/.test(value) ? 'number' : 'word';
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Where to cut a long text into pieces of at most MAX_PIECE: after a sentence end if there is one, else at a space. */
export function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > MAX_WORD_PIECE) {
    // The rest is one piece when it fits and is words; a rest that is one long "word" is cut as below.
    if (text.length - from <= MAX_PIECE && hasSpace(text, from, text.length)) break;
    const limit = Math.min(from + MAX_PIECE, text.length);
    let space = -1;
    let cut = -1;
    for (let i = limit; i > from + MAX_PIECE / 2; i--) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (space < 0) space = i;
      const before = text.charCodeAt(i - 1);
      if (before === 46 || before === 33 || before === 63) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      // One "word" longer than half a piece is no word: cut it short, since parse-english merges the symbols
      // inside a word in time that grows with the square of its length; never between the halves of a surrogate
      // pair.
      cut = from + MAX_WORD_PIECE;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut--;
    }
    ends.push(cut);
    from = cut;
  }
  ends.push(text.length);
  return ends;
}

/** Sentences of parse-english as token ranges, cut where they are longer than MAX_SENTENCE_TOKENS. */
function bounded(breaks: readonly number[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const to of breaks) {
    while (to - from > MAX_SENTENCE_TOKENS) {
      from += MAX_SENTENCE_TOKENS;
      out.push(from);
    }
    out.push(to);
    from = to;
  }
  return out;
}

function sentencesOfBlock(block: Block, sourceId: string, source: string, firstIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  let pieceStart = 0;
  for (const pieceEnd of pieceEnds(block.text)) {
    const base = pieceStart;
    const piece = base === 0 && pieceEnd === block.text.length ? block.text : block.text.slice(base, pieceEnd);
    pieceStart = pieceEnd;
    sentencesOfPiece(block, piece, base, sourceId, source, firstIndex, sentences);
  }
  return sentences;
}

function sentencesOfPiece(block: Block, piece: string, base: number, sourceId: string, source: string, firstIndex: number, sentences: Sentence[]): void {
  const tree = parser.parse(piece) as NlcstRoot;
  const single = block.runs.length === 1 && block.runs[0]?.textOffset === 0 ? block.runs[0] : undefined;
  const at = single ? (offset: number) => single.sourceOffset + Math.min(offset, single.length) : (offset: number) => sourceOffset(block, offset);
  const endAt = single ? at : (offset: number) => sourceEnd(block, offset);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = node as NlcstSentence;
      let tokens: Token[] = [];
      let spaceBefore = true;
      for (const child of sentence.children) {
        if (child.type === 'WhiteSpaceNode') {
          spaceBefore = true;
          continue;
        }
        const s = base + (child.position?.start.offset ?? 0);
        const e = base + (child.position?.end.offset ?? s - base);
        const value = block.text.slice(s, e);
        tokens.push({ text: value, lower: value.toLowerCase(), kind: kindOf(child.type, value), start: at(s), end: endAt(e), spaceBefore });
        spaceBefore = false;
      }
      const glued = splitGluedStops(tokens);
      const stops = glued.stops;
      tokens = normaliseTokens(glued.tokens, source);
      let from = 0;
      for (const to of bounded([...sentenceBreaks(tokens, stops), tokens.length])) {
        const part = tokens.slice(from, to);
        from = to;
        const first = part[0];
        const last = part[part.length - 1];
        if (!first || !last) continue;
        const index = firstIndex + sentences.length;
        sentences.push({
          id: `${sourceId}:s${index + 1}`,
          sourceId,
          index,
          blockKind: block.kind,
          text: source.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          tokens: part,
        });
      }
    }
  }
}

/** Segment stage: every block into sentences and tokens, each located in the original text. */
export function segmentSource(parsed: ParsedSource): SegmentedSource {
  const sentences: Sentence[] = [];
  // One push per sentence: spreading a long block's sentences into one call would overflow the stack.
  for (const block of parsed.blocks) for (const s of sentencesOfBlock(block, parsed.id, parsed.text, sentences.length)) sentences.push(s);
  const out: SegmentedSource = { id: parsed.id, text: parsed.text, sentences, clutter: parsed.clutter };
  if (parsed.path !== undefined) out.path = parsed.path;
  if (parsed.date !== undefined) out.date = parsed.date;
  if (parsed.meta !== undefined) out.meta = parsed.meta;
  return out;
}
