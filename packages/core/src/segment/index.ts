import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Block, ParsedSource, SegmentedSource, Sentence, Token, TokenKind } from '../model.js';
import { sourceOffset } from '../parse/index.js';

const parser = new ParseEnglish();

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
        before.end = t.end;
        continue;
      }
    }
    const possessive = /^(.+?)(['’]s?)$/.exec(t.text);
    if (t.kind === 'word' && possessive && possessive[1] && /[A-Za-z0-9]$/.test(possessive[1]) && t.text.length > 2) {
      const stemEnd = t.start + possessive[1].length;
      // Only when the token maps contiguously onto the original; otherwise keep it whole.
      if (t.end - t.start === t.text.length && text.slice(t.start, t.end) === t.text) {
        out.push({ ...t, text: possessive[1], end: stemEnd });
        out.push({ text: possessive[2] ?? '', kind: 'punctuation', start: stemEnd, end: t.end, spaceBefore: false });
        continue;
      }
    }
    out.push({ ...t });
  }
  return out;
}

function kindOf(type: string, value: string): TokenKind {
  if (type === 'PunctuationNode') return 'punctuation';
  if (type === 'SymbolNode') return 'symbol';
  return /^\d/.test(value) ? 'number' : 'word';
}

function sentencesOfBlock(block: Block, sourceId: string, source: string, firstIndex: number): Sentence[] {
  const tree = parser.parse(block.text) as NlcstRoot;
  const sentences: Sentence[] = [];
  const at = (offset: number) => sourceOffset(block, offset);
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
        const s = child.position?.start.offset ?? 0;
        const e = child.position?.end.offset ?? s;
        const value = block.text.slice(s, e);
        tokens.push({ text: value, kind: kindOf(child.type, value), start: at(s), end: at(e - 1) + 1, spaceBefore });
        spaceBefore = false;
      }
      tokens = normaliseTokens(tokens, source);
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
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
        tokens,
      });
    }
  }
  return sentences;
}

/** Segment stage: every block into sentences and tokens, each located in the original text. */
export function segmentSource(parsed: ParsedSource): SegmentedSource {
  const sentences: Sentence[] = [];
  for (const block of parsed.blocks) sentences.push(...sentencesOfBlock(block, parsed.id, parsed.text, sentences.length));
  const out: SegmentedSource = { id: parsed.id, text: parsed.text, sentences, clutter: parsed.clutter };
  if (parsed.path !== undefined) out.path = parsed.path;
  if (parsed.date !== undefined) out.date = parsed.date;
  return out;
}
