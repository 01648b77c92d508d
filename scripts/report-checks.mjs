/**
 * What must hold of every report, whatever the input (issue 8): each located text is the original slice at its
 * offsets and at its line:column, begins and ends on the boundary of what it names (never "aid  Police" for
 * "said  Police"), never begins or ends with white space, and in Markdown and HTML never cuts a character
 * reference (`&#x32;` is one character there). Shared by the property suite
 * (packages/core/test/property/) and the long fuzz run (scripts/fuzz.mjs). Returns what is wrong; empty when
 * all holds.
 */

/** Line and column of an offset, counted here independently of the report code: CRLF, CR and LF end lines. */
export function pointOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const WORD = /[\p{L}\p{N}]/u;

/** A character reference (`&amp;`, `&#233;`, `&#xE9;`) as Markdown and HTML read one. */
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** Where the character reference that `offset` falls strictly inside ends, or -1: a span must never cut one. */
function insideReference(text, offset) {
  const amp = text.lastIndexOf('&', offset - 1);
  if (amp < 0 || offset - amp > 40) return -1;
  const match = REFERENCE.exec(text.slice(amp, amp + 42));
  return match && amp + match[0].length > offset ? amp + match[0].length : -1;
}

/** Markup formats, where a character reference is one character; in plain text `&amp;` is five. */
const readsReferences = (input) => (input.format ? input.format !== 'text' : !/\.txt$/i.test(input.path ?? ''));
const isWordChar = (c) => c !== undefined && c !== '' && WORD.test(c);

export function spanViolations(report, inputs) {
  const problems = [];
  const textOf = new Map(inputs.map((i) => [i.id, i.text]));
  const markup = new Set(inputs.filter(readsReferences).map((i) => i.id));
  const check = (what, sourceId, text, start, end) => {
    const original = textOf.get(sourceId);
    if (original === undefined) return problems.push(`${what}: unknown source ${sourceId}`);
    const slice = original.slice(start.offset, end.offset);
    if (slice !== text) return problems.push(`${what}: text ${JSON.stringify(text)} but the original at ${start.offset}-${end.offset} is ${JSON.stringify(slice)}`);
    for (const [name, point] of [['start', start], ['end', end]]) {
      const expected = pointOf(original, point.offset);
      if (expected.line !== point.line || expected.column !== point.column) {
        problems.push(`${what}: ${name} ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`);
      }
    }
    if (text.length > 0) {
      // U+FEFF counts as white space for \s but is a character of its own for the segmenter.
      if (/^[^\S\ufeff]|[^\S\ufeff]$/u.test(text)) problems.push(`${what}: ${JSON.stringify(text)} begins or ends with white space`);
      const around = JSON.stringify(original.slice(Math.max(0, start.offset - 10), end.offset + 10));
      if (isWordChar(original[start.offset]) && isWordChar(original[start.offset - 1])) problems.push(`${what}: ${JSON.stringify(text)} starts inside a word of ${around}`);
      if (isWordChar(original[end.offset - 1]) && isWordChar(original[end.offset])) problems.push(`${what}: ${JSON.stringify(text)} ends inside a word of ${around}`);
      if (markup.has(sourceId)) {
        if (insideReference(original, start.offset) >= 0) problems.push(`${what}: ${JSON.stringify(text)} starts inside a character reference of ${around}`);
        if (insideReference(original, end.offset) >= 0) problems.push(`${what}: ${JSON.stringify(text)} ends inside a character reference of ${around}`);
      }
    }
    return undefined;
  };
  for (const claim of report.claims) {
    check(`claim ${claim.id}`, claim.sourceId, claim.text, claim.start, claim.end);
    for (const m of claim.mentions) check(`mention of ${claim.id}`, claim.sourceId, m.text, m.start, m.end);
  }
  for (const f of report.findings) for (const e of f.evidence) check(`evidence of ${f.id} (${f.rule})`, e.sourceId, e.text, e.start, e.end);
  return problems;
}
