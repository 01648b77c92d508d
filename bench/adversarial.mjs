/**
 * Hostile inputs for `pnpm bench --adversarial` and for the regression tests: each pattern is a function of a
 * size in bytes that returns one article of about that many bytes (UTF-8; ASCII here, so bytes = characters).
 * Deterministic: generated patterns use a seeded generator, never Math.random.
 */
import { createRng } from './corpus.mjs';

/** Repeat `unit` until the text is `bytes` long (cut at a unit boundary, so the last unit is whole). */
function repeat(unit, bytes, { prefix = '', suffix = '' } = {}) {
  const n = Math.max(1, Math.floor((bytes - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(n) + suffix;
}

/** Random words from a small vocabulary of what the extractors look at, no sentence ends: one huge sentence. */
function mixed(seed, vocabulary) {
  return (bytes) => {
    const rng = createRng(seed);
    const parts = [];
    let length = 0;
    while (length < bytes) {
      const w = rng.pick(vocabulary);
      parts.push(w);
      length += w.length + 1;
    }
    return parts.join(' ');
  };
}

const EXTRACTOR_WORDS = [
  'said', 'the', 'police', 'Police', 'Smith', 'John', 'and', ',', '“', '"', '‘', '(', ')', 'according', 'to', 'more', 'than',
  'about', '12', '1,000', '$5', 'million', 'people', 'were', 'killed', 'in', '2021', 'between', 'from', 'January', 'Mr.',
  'A.', 'which', 'who', 'not', 'alleged', 'may', 'Ltd', 'Company', 'of', 'UK', 'China', 'sanctioned', 'two', 'companies',
];

/** Each pattern is read as Markdown and as plain text unless `formats` says otherwise. */
export const PATTERNS = [
  { id: 'percent', what: '`50% ` repeated: one sentence', make: (b) => repeat('50% ', b) },
  { id: 'money', what: '`$1.5bn ` repeated', make: (b) => repeat('$1.5bn ', b) },
  { id: 'number-words', what: 'number words without end', make: (b) => repeat('one hundred and twenty-three thousand ', b) },
  { id: 'between', what: '`between 2021 and ` repeated', make: (b) => repeat('between 2021 and ', b) },
  { id: 'from-to', what: '`from 1 January 2021 to ` repeated', make: (b) => repeat('from 1 January 2021 to ', b) },
  { id: 'mr', what: '`Mr. ` repeated', make: (b) => repeat('Mr. ', b) },
  { id: 'initials', what: 'runs of initials `A. B. C. `', make: (b) => repeat('A. B. C. D. E. ', b) },
  { id: 'emphasis', what: 'Markdown emphasis runs `*a **b ***c `', make: (b) => repeat('*a **b ***c ', b), formats: ['markdown'] },
  { id: 'underscores', what: '`_a_a_a...` (Markdown)', make: (b) => repeat('_a', b), formats: ['markdown'] },
  { id: 'capitals', what: '`A A A ...`: one name of a million words', make: (b) => repeat('A ', b) },
  { id: 'hyphens', what: 'one hyphenated token `a-a-a-...`', make: (b) => repeat('a-', b, { suffix: 'a' }) },
  { id: 'blockquotes', what: '`>` nested 4,000 deep, repeated', make: (b) => repeat(`${'>'.repeat(4000)} Police said 12 people were hurt.\n\n`, b), formats: ['markdown'] },
  { id: 'quotes', what: 'unclosed quotation marks `“ a `', make: (b) => repeat('“ Smith said ', b) },
  { id: 'commas', what: '`, said ` and relative clauses', make: (b) => repeat('the union, which said, ', b) },
  { id: 'parentheses', what: 'names with `(` after them', make: (b) => repeat('Acme Company ( ', b) },
  { id: 'references', what: 'character references `&eacute;` (Markdown)', make: (b) => repeat('Caf&eacute; &amp; ', b), formats: ['markdown'] },
  { id: 'crlf', what: 'CR, CRLF, tabs and space runs', make: (b) => repeat('Police\r\n said  \t 12\r people  were hurt . ', b) },
  { id: 'generated-words', what: 'seeded mix of extractor words, no full stops', make: mixed('adversarial-words', EXTRACTOR_WORDS) },
  { id: 'generated-sentences', what: 'seeded mix of extractor words with full stops', make: mixed('adversarial-sentences', [...EXTRACTOR_WORDS, '.', '.', '.']) },
];
