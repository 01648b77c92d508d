import fc from 'fast-check';
import type { SourceInput } from '../../src/model.js';

/**
 * Generated articles for the property suite and the long fuzz run: news-like sentences (names, titles, figures,
 * dates, speech verbs) written as Markdown with inline markup, or as plain text with CR, CRLF, tabs and runs
 * of spaces. Nothing here is copied from a fixture.
 */
const FIRST = ['Anna', 'John', 'Lin', 'Maria', 'Omar', 'Ni', 'Tom', 'Jane'];
const LAST = ['Berg', 'Smith', 'Haoran', 'Okafor', 'Lund', 'Gaobin', 'Doe', 'Costa'];
const ORGS = ['Police', 'Harbour Safety Authority', 'Acme Ltd', 'the ministry', 'Nordvik Energy', 'UK', 'China'];
const VERBS = ['said', 'told', 'sanctioned', 'charged', 'injured', 'killed', 'fined', 'denied', 'reported'];
const FIGURES = ['12 people', 'fifteen people', 'more than 40 companies', '$1.5bn', '50%', 'a company', 'seven individuals', '3,000 homes', 'about 200 hours'];
const DATES = ['on Tuesday', 'in 2021', 'between 2021 and 2022', 'from 1 January 2021 to 3 March 2022', 'last year', 'in March 2024'];
const FILLER = ['the', 'fire', 'broke', 'out', 'and', 'near', 'port', 'officials', 'according', 'to', 'not', 'alleged'];

const word = fc.oneof(
  fc.constantFrom(...FIRST),
  fc.constantFrom(...LAST),
  fc.constantFrom(...ORGS),
  fc.constantFrom(...VERBS),
  fc.constantFrom(...FIGURES),
  fc.constantFrom(...DATES),
  fc.constantFrom(...FILLER),
  fc.constantFrom('Mr.', 'Dr.', 'A.', 'U.S.', '(HSA)', '“', '”', '"', ',', ';', "'s", '-', '—'),
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([a, b]) => `${a} ${b}`),
);

/** Space between words in plain text: the normalisations that went wrong ("said  Police", CRLF inside a name). */
const textSpace = fc.oneof(
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constantFrom('  ', '   ', '\t', ' \t ', '\r\n', '\n', '\r', ' \r\n ', '\u00a0') },
);
/** Inside a Markdown paragraph: soft breaks, CRLF, runs of spaces; never a blank line. */
const markdownSpace = fc.oneof({ weight: 6, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\n', '\r\n', ' \n  ') });

/** Inline Markdown around a piece of text. */
const markup = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w,
  (w) => w,
  (w) => `*${w}*`,
  (w) => `**${w}**`,
  (w) => `_${w}_`,
  (w) => `***${w}***`,
  (w) => `[${w}](https://example.org/a)`,
  (w) => `<b>${w}</b>`,
  (w) => `<span class="x">${w}</span>`,
  (w) => `\`${w}\``,
  (w) => `${w}<!-- note -->`,
  (w) => `<!-- c -->${w}`,
  (w) => `${w}\\*`,
  (w) => `${w} &amp;`,
  (w) => `~~${w}~~`,
);

const sentenceEnd = fc.constantFrom('.', '.', '.', '!', '?', '."', '.”', '');

function joinWith(words: readonly string[], spaces: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? w : `${spaces[i % spaces.length] ?? ' '}${w}`)).join('');
}

const textSentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.array(textSpace, { minLength: 1, maxLength: 14 }), sentenceEnd)
  .map(([words, spaces, end]) => joinWith(words, spaces) + end);

const markdownSentence = fc
  .tuple(fc.array(fc.tuple(word, markup), { minLength: 1, maxLength: 14 }), fc.array(markdownSpace, { minLength: 1, maxLength: 14 }), sentenceEnd)
  .map(([words, spaces, end]) => joinWith(words.map(([w, m]) => m(w)), spaces) + end);

const textParagraph = fc.tuple(fc.array(textSentence, { minLength: 1, maxLength: 4 }), textSpace).map(([s, space]) => s.join(space));
const markdownParagraph = fc
  .tuple(fc.array(markdownSentence, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '# ', '## ', '> ', '- ', '1. ', '    '))
  .map(([s, prefix]) => prefix + s.join(' '));

const dateline = fc.constantFrom('', '', ' date 2024-03-26 ', 'Published 26 March 2024\n\n', '2024-03-26\n');

export const plainTextArticle = fc
  .tuple(dateline, fc.array(textParagraph, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\r\r'))
  .map(([head, paragraphs, gap]) => head + paragraphs.join(gap));

export const markdownArticle = fc
  .tuple(dateline, fc.array(markdownParagraph, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'))
  .map(([head, paragraphs, gap]) => head + paragraphs.join(gap));

/** One source: Markdown or plain text, said so explicitly (as the CLI does from the extension). */
export const sourceText = fc.oneof(
  markdownArticle.map((text) => ({ text, format: 'markdown' as const })),
  plainTextArticle.map((text) => ({ text, format: 'text' as const })),
);

/** Two to four sources of one story; ids are unique. */
export const story = fc.array(sourceText, { minLength: 2, maxLength: 4 }).map((sources): SourceInput[] => sources.map((s, i) => ({ id: `s${i}`, ...s })));
