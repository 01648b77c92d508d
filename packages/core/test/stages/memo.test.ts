import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { extractClaims } from '../../src/extract/index.js';
import { forgetSentences } from '../../src/extract/sentence-cache.js';
import { parseSource } from '../../src/parse/index.js';
import { segmentSource } from '../../src/segment/index.js';
import { inputs } from './helpers.js';

/** The sentence memo must be invisible: the same claims with and without it. */
const texts = {
  a: ' date 2025-03-12 The Harbour Safety Authority (HSA) opened an inquiry on Tuesday. The HSA said 12 people were hurt.',
  b: 'The Harbour Safety Authority (HSA) opened an inquiry on Tuesday. Officials said the HSA counted 15 injured.',
  c: ' date 2025-03-20 The Harbour Safety Authority (HSA) opened an inquiry on Tuesday. Dock workers said 12 people were hurt.',
};

const extractAll = () => inputs(texts).map((input) => extractClaims(segmentSource(parseSource(input))));

describe('extract: sentence memo', () => {
  it('gives the same claims as a fresh reading, offsets moved to each source', () => {
    forgetSentences();
    const memoised = extractAll();
    const fresh = inputs(texts).map((input) => {
      forgetSentences();
      return extractClaims(segmentSource(parseSource(input)));
    });
    expect(JSON.stringify(memoised)).toBe(JSON.stringify(fresh));
    for (const source of memoised) for (const claim of source.claims) expect(source.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('replays the abbreviation a remembered sentence defines', () => {
    forgetSentences();
    const [, b] = extractAll();
    const hsa = b?.claims.flatMap((c) => c.mentions).filter((m) => m.type === 'entity' && m.text === 'HSA');
    expect(hsa?.map((m) => (m.type === 'entity' ? m.key : ''))).toEqual(['harbour safety authority']);
  });

  it('keys on the dateline: "on Tuesday" resolves per source', () => {
    forgetSentences();
    const [a, , c] = extractAll();
    const tuesday = (s: typeof a) => s?.claims.flatMap((cl) => cl.mentions).find((m) => m.type === 'date');
    expect(tuesday(a)?.type === 'date' && tuesday(a)?.date).toMatchObject({ start: '2025-03-11' });
    expect(tuesday(c)?.type === 'date' && tuesday(c)?.date).toMatchObject({ start: '2025-03-18' });
    expect(checkSources(inputs(texts)).findings.length).toBeGreaterThan(0);
  });
});
