import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { diceCoefficient } from '../../src/shared/similarity.js';

/** The reference implementation: string-similarity (CommonJS, untyped), a root devDependency. */
const require = createRequire(import.meta.url);
const { compareTwoStrings } = require('string-similarity') as { compareTwoStrings: (first: string, second: string) => number };

const PAIRS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['', 'a'],
  ['a', ''],
  ['a', 'a'],
  ['a', 'b'],
  ['ab', 'ab'],
  ['ab', 'ba'],
  ['ab', 'abc'],
  ['   ', ''],
  [' a ', 'a'],
  ['a b', 'ab'],
  ['night', 'nacht'],
  ['context', 'contact'],
  ['healed', 'sealed'],
  ['aaaa', 'aa'],
  ['aaaa', 'aaa'],
  ['abcabc', 'abc'],
  ['french', 'quebec'],
  ['france', 'france'],
  ['Olive-green table for sale', 'For sale: green Subaru Impreza'],
  ['Electoral Commission', 'Election Commission'],
  ['electoral commission', 'Electoral Commission'],
  ['ni gaobin', 'ni'],
  ['lindqvist', 'lindquist'],
  ['APT 31', 'APT31'],
  ['\tline\nbreak', 'linebreak'],
  ['naïve café', 'naive cafe'],
  ['Zürich', 'Zurich'],
  ['北京市', '北京'],
  ['😀😃😄', '😀😃'],
  ['Москва', 'Москве'],
  ['seven individuals charged', 'charged seven nationals'],
];

describe('align/similarity: diceCoefficient', () => {
  it.each(PAIRS)('matches string-similarity on %j / %j', (a, b) => {
    expect(diceCoefficient(a, b)).toBe(compareTwoStrings(a, b));
  });

  it('is symmetric and between 0 and 1 on every pair', () => {
    for (const [a, b] of PAIRS) {
      const score = diceCoefficient(a, b);
      expect(diceCoefficient(b, a)).toBe(score);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('gives the known values: identical 1, disjoint 0, "night"/"nacht" 0.25', () => {
    expect(diceCoefficient('france', 'france')).toBe(1);
    expect(diceCoefficient('abc', 'xyz')).toBe(0);
    expect(diceCoefficient('night', 'nacht')).toBe(0.25);
  });
});
