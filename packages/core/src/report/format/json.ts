import type { Report } from '../schema.js';

/** The report as data, two-space indented; the same report always gives the same bytes. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Pieces of the top-level arrays are at most this many elements: a few kilobytes of JSON each. */
const PIECE = 64;

/**
 * The bytes of formatJson in pieces, each claim and finding stringified on its own: a report of a few hundred
 * thousand claims is then never one string of a hundred megabytes (and its copy as bytes for the write) at once.
 * Byte for byte what formatJson gives: JSON strings escape line breaks, so re-indenting at each "\n" is exact.
 */
export function* formatJsonPieces(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [k, [key, value]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = k < entries.length - 1 ? ',\n' : '\n';
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${indented(value, '  ')}${tail}`;
      continue;
    }
    yield `${head}[\n`;
    let piece = '';
    for (let i = 0; i < value.length; i++) {
      piece += `    ${indented(value[i], '    ')}${i < value.length - 1 ? ',\n' : '\n'}`;
      if ((i + 1) % PIECE === 0) {
        yield piece;
        piece = '';
      }
    }
    if (piece) yield piece;
    yield `  ]${tail}`;
  }
  yield '}\n';
}

/** A value as JSON.stringify indents it, as if nested at `prefix`. */
function indented(value: unknown, prefix: string): string {
  // JSON.stringify gives undefined for undefined and functions inside arrays it writes null.
  const json = JSON.stringify(value, null, 2) ?? 'null';
  return json.includes('\n') ? json.replace(/\n/g, `\n${prefix}`) : json;
}
