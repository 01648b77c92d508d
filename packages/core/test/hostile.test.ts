import { describe, expect, it } from 'vitest';
import { checkSources } from '../src/check.js';
import { extractClaims } from '../src/extract/index.js';
import { forgetSentences } from '../src/extract/sentence-cache.js';
import type { SourceInput } from '../src/model.js';
import { parseSource } from '../src/parse/index.js';
import { segmentSource } from '../src/segment/index.js';

/**
 * Regression tests for hostile inputs of issue 8 (each failed on the main of 2026-12-01): input that nests,
 * one giant token, one giant sentence, and a memo that mixed Markdown and plain text. Speed is measured by
 * `pnpm bench --adversarial`, never here; these only say the input gets through and is read right.
 */
const pipeline = (input: SourceInput) => extractClaims(segmentSource(parseSource(input)));
const ordinary: SourceInput = { id: 'z', text: 'Police said 12 people were hurt in the fire on Tuesday.' };

describe('hostile input: nesting and giant tokens never overflow the stack', () => {
  it('reads a paragraph inside 4,000 nested block quotes', () => {
    const text = `${'>'.repeat(4000)} Police said 15 people were hurt in the fire.\n`;
    const report = checkSources([{ id: 'a', text }, ordinary]);
    const claim = report.claims.find((c) => c.sourceId === 'a');
    expect(claim?.text).toBe('Police said 15 people were hurt in the fire.');
    expect(report.findings.some((f) => f.category === 'quantity' && f.kind === 'divergence')).toBe(true);
  });

  it('reads 4,000 block quotes written "> > >" as well', () => {
    const text = `${'> '.repeat(4000)}Police said 15 people were hurt.\n`;
    expect(() => checkSources([{ id: 'a', text }, ordinary])).not.toThrow();
  });

  it('survives a 440 KB hyphenated token', () => {
    const text = `${'a-'.repeat(220_000)}a. Police said 15 people were hurt.`;
    for (const format of ['markdown', 'text'] as const) {
      const extracted = pipeline({ id: 'a', text, format });
      expect(extracted.claims.some((c) => c.text === 'Police said 15 people were hurt.')).toBe(true);
    }
  });

  it('survives 1 MB of "_a_a_a..."', () => {
    // The overflow was in the segmenter; Markdown's own cost on this pattern is measured by the benchmark.
    const text = `${'_a'.repeat(500_000)}\n\nPolice said 15 people were hurt.`;
    const segmented = segmentSource(parseSource({ id: 'a', text, format: 'text' }));
    expect(segmented.sentences.at(-1)?.text).toBe('Police said 15 people were hurt.');
  });
});

describe('hostile input: one giant sentence is cut, never read whole', () => {
  it('cuts 51 KB of "50% 50% ..." into bounded sentences and reads every figure', () => {
    const text = '50% '.repeat(13_000);
    const segmented = segmentSource(parseSource({ id: 'a', text, format: 'text' }));
    expect(Math.max(...segmented.sentences.map((s) => s.tokens.length))).toBeLessThanOrEqual(256);
    const extracted = extractClaims(segmented);
    // Every figure is read; a clause of more than a dozen of them is a list, one claim, not one claim per figure
    // each repeating the clause (which made the report grow with the square of the clause).
    expect(extracted.claims.flatMap((c) => c.mentions).filter((m) => m.type === 'quantity')).toHaveLength(13_000);
    expect(extracted.claims.length).toBeLessThanOrEqual(13_000 / 12);
    for (const claim of extracted.claims.slice(0, 50)) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('keeps offsets exact across the pieces of a long paragraph', () => {
    const sentence = 'Police said 12 people were hurt. ';
    const text = sentence.repeat(2000);
    const segmented = segmentSource(parseSource({ id: 'a', text, format: 'text' }));
    expect(segmented.sentences.length).toBe(2000);
    for (const s of segmented.sentences) {
      expect(s.text).toBe(sentence.trim());
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('determinism: the sentence memo is keyed by what the sentence is read as', () => {
  // The same original text: as Markdown "*" is markup, as plain text it is a symbol token of the sentence.
  const text = 'Officials said *Anna Berg* and *Lund* sanctioned 3 companies.';
  const asMarkdown: SourceInput = { id: 'a', text, format: 'markdown' };
  const asText: SourceInput = { id: 'b', text, format: 'text' };
  const fresh = (input: SourceInput) => {
    forgetSentences();
    return JSON.stringify(pipeline(input));
  };

  it('reads plain text the same after the same sentence was read as Markdown, and the other way round', () => {
    const markdownFresh = fresh(asMarkdown);
    const textFresh = fresh(asText);
    forgetSentences();
    pipeline(asMarkdown);
    expect(JSON.stringify(pipeline(asText))).toBe(textFresh);
    forgetSentences();
    pipeline(asText);
    expect(JSON.stringify(pipeline(asMarkdown))).toBe(markdownFresh);
  });
});
