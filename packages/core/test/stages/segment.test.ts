import { describe, expect, it } from 'vitest';
import type { SegmentedSource } from '../../src/model.js';
import { segment } from './helpers.js';

const texts = (source: SegmentedSource) => source.sentences.map((s) => s.text);
const tokenTexts = (source: SegmentedSource, index = 0) => source.sentences[index]?.tokens.map((t) => t.text) ?? [];

/** Sentences and tokens are located in the original: slicing it gives back their text. */
function expectExactOffsets(text: string, source: SegmentedSource): void {
  for (const s of source.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
}

describe('segment: sentences', () => {
  it('does not end a sentence inside "U.S.", after "Mr." or after "Ltd." before a lower-case word', () => {
    const text = 'The U.S. charged seven people. Mr. Smith said so. Acme Ltd. was named. It ended.';
    const source = segment(text);
    expect(texts(source)).toEqual(['The U.S. charged seven people.', 'Mr. Smith said so.', 'Acme Ltd. was named.', 'It ended.']);
    expectExactOffsets(text, source);
    expect(tokenTexts(source)).toContain('U.S.');
  });

  it('ends a sentence after a closing curly or straight quote and keeps the quote in it', () => {
    const text = 'He said “it is over.” Then he left. She said "no way." They agreed.';
    const source = segment(text);
    expect(texts(source)).toEqual(['He said “it is over.”', 'Then he left.', 'She said "no way."', 'They agreed.']);
    expectExactOffsets(text, source);
  });

  it('keeps a sentence that ends in a closing quote whole, and single curly quotes inside a sentence', () => {
    const text = 'The minister called it “completely unacceptable.” The embassy accused China of ‘malicious’ attacks.';
    const source = segment(text);
    expect(texts(source)).toEqual(['The minister called it “completely unacceptable.”', 'The embassy accused China of ‘malicious’ attacks.']);
    expectExactOffsets(text, source);
  });

  it('gives exact offsets across blocks, Markdown emphasis and a dateline', () => {
    const text = ' date 2024-03-26 The **UK** sanctioned *two* people.\n\n# Reaction\n\nThe embassy said “no.” Police left.';
    const source = segment(text);
    expect(source.date).toBe('2024-03-26');
    expect(texts(source)).toEqual(['The **UK** sanctioned *two* people.', 'Reaction', 'The embassy said “no.”', 'Police left.']);
    expectExactOffsets(text, source);
    expect(source.sentences.map((s) => s.blockKind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(tokenTexts(source)).toEqual(['The', 'UK', 'sanctioned', 'two', 'people', '.']);
  });

  it('numbers sentences in order across blocks with ids "<source>:s<n>"', () => {
    const source = segment('First one. Second one.\n\nThird one.', 'src');
    expect(source.sentences.map((s) => [s.id, s.index, s.sourceId])).toEqual([
      ['src:s1', 0, 'src'],
      ['src:s2', 1, 'src'],
      ['src:s3', 2, 'src'],
    ]);
  });

  it('carries clutter through untouched and makes no sentences of it', () => {
    const source = segment('The storm damaged 40 homes.\n\nShare this post');
    expect(texts(source)).toEqual(['The storm damaged 40 homes.']);
    expect(source.clutter.map((c) => c.rule)).toEqual(['clutter/share']);
  });

  it('ends a sentence after a number with a full stop', () => {
    const text = 'The toll rose to 12. Police left.';
    const source = segment(text);
    expect(texts(source)).toEqual(['The toll rose to 12.', 'Police left.']);
    expect(tokenTexts(source).slice(-2)).toEqual(['12', '.']);
  });

  it('reads "10,000." at the end of a sentence as the number "10,000" and a full stop', () => {
    const source = segment('Officials counted 10,000. Police left.');
    expect(tokenTexts(source).slice(-2)).toEqual(['10,000', '.']);
  });

  it('ends a sentence after "per cent."', () => {
    const source = segment('Prices rose 3 per cent. Sales fell.');
    expect(texts(source)).toEqual(['Prices rose 3 per cent.', 'Sales fell.']);
    expect(tokenTexts(source).slice(-3)).toEqual(['per', 'cent', '.']);
  });

  it('ends a sentence after "U.S." when a new sentence follows', () => {
    const source = segment('The firm is based in the U.S. It employs 300 staff.');
    expect(texts(source)).toEqual(['The firm is based in the U.S.', 'It employs 300 staff.']);
  });
});

describe('segment: tokens', () => {
  it('reads "10,000" and "1,250,000" as one number token each', () => {
    const text = 'Over 10,000 emails were sent and $1,250,000 was paid.';
    const source = segment(text);
    const tokens = source.sentences[0]?.tokens ?? [];
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['10,000', '1,250,000']);
    expect(tokens.find((t) => t.text === '$')?.kind).toBe('symbol');
    expectExactOffsets(text, source);
  });

  it('keeps a list of numbers with spaces after the commas apart', () => {
    const tokens = segment('The codes 10, 200 and 300 were found.').sentences[0]?.tokens ?? [];
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['10', '200', '300']);
  });

  it('splits "UK’s" into "UK" + "’s" and "UK\'s" into "UK" + "\'s"', () => {
    const text = 'The UK’s view is clear. The UK\'s view too.';
    const source = segment(text);
    expect(tokenTexts(source, 0)).toEqual(['The', 'UK', '’s', 'view', 'is', 'clear', '.']);
    expect(tokenTexts(source, 1)).toEqual(['The', 'UK', "'s", 'view', 'too', '.']);
    const [, uk, s] = source.sentences[0]?.tokens ?? [];
    expect(uk).toMatchObject({ kind: 'word', start: 4, end: 6 });
    expect(s).toMatchObject({ kind: 'punctuation', start: 6, end: 8, spaceBefore: false });
    expectExactOffsets(text, source);
  });

  it('marks whether whitespace precedes a token', () => {
    const tokens = segment('He said “no.”').sentences[0]?.tokens ?? [];
    expect(tokens.map((t) => [t.text, t.spaceBefore])).toEqual([
      ['He', true],
      ['said', true],
      ['“', true],
      ['no', false],
      ['.', false],
      ['”', false],
    ]);
  });
});
