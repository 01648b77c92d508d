/** Number words of English, for reading "seven", "forty-two", "two hundred" and "40 million". */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, k: 1_000,
};

/** Vague quantifiers as intervals; "several" is more than two, "dozens" at least two dozen. */
export const VAGUE: Readonly<Record<string, { min: number; max: number | null }>> = {
  several: { min: 3, max: null },
  numerous: { min: 3, max: null },
  many: { min: 3, max: null },
  multiple: { min: 2, max: null },
  various: { min: 2, max: null },
  some: { min: 2, max: null },
  few: { min: 2, max: 5 },
  // Plural round numbers stop below the next order: "thousands" is not 31,000, "dozens" is not 312.
  dozens: { min: 24, max: 99 },
  scores: { min: 40, max: 199 },
  hundreds: { min: 200, max: 999 },
  thousands: { min: 2_000, max: 9_999 },
  millions: { min: 2_000_000, max: 999_999_999 },
  billions: { min: 2_000_000_000, max: 999_999_999_999 },
};

/** "a dozen", "a couple of", "a pair of", "a score of". */
export const COLLECTIVES: Readonly<Record<string, number>> = { dozen: 12, couple: 2, pair: 2, score: 20, decade: 10, century: 100 };

/** Words that bound a number: the interval they make is computed in extract/quantities.ts. */
export const COMPARATORS: Readonly<Record<string, 'more' | 'atLeast' | 'less' | 'atMost' | 'about' | 'nearly'>> = {
  over: 'more', 'more than': 'more', 'greater than': 'more', above: 'more', exceeding: 'more', 'in excess of': 'more',
  'upwards of': 'more',
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'a minimum of': 'atLeast',
  'fewer than': 'less', 'less than': 'less', under: 'less', below: 'less',
  'up to': 'atMost', 'at most': 'atMost', 'as many as': 'atMost', 'no more than': 'atMost', 'a maximum of': 'atMost',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', circa: 'about',
  'an estimated': 'about', estimated: 'about', 'close to': 'nearly',
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'just short of': 'nearly',
};
