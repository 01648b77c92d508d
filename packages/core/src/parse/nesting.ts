/**
 * micromark re-enters every open container on every line, so block quotes nested thousands deep cost the square
 * of the depth per line (4,000 `>` on a line: seconds). No article nests quotes more than a few levels; markers
 * past MAX_DEPTH on a line become spaces, which keeps every offset where it was.
 */
const MAX_DEPTH = 32;

export function capNesting(text: string): string {
  if (!hasDeepPrefix(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    // At a line start: the run of `>`, spaces and tabs that opens the line, and where its marker past MAX_DEPTH is.
    let depth = 0;
    let excess = -1;
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 62) {
        if (++depth === MAX_DEPTH + 1) excess = j;
      } else if (c !== 32 && c !== 9) break;
    }
    if (excess >= 0) {
      parts.push(text.slice(copied, excess), text.slice(excess, j).replace(/>/g, ' '));
      copied = j;
    }
    const next = text.indexOf('\n', j);
    i = next < 0 ? text.length : next + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** "> > > ...": deep nesting written with spaces between the markers. */
function hasDeepPrefix(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 10 || (c !== 32 && c !== 9)) depth = 0;
  }
  return false;
}

/**
 * Lists nest by indentation, and micromark re-enters every open list item on every line as it does block quotes:
 * a list nested hundreds of levels deep costs the square of the depth, and a stretch of it longer than a piece
 * (chunks.ts) is cut where its items lose their containers. A list item indented further than MAX_LIST_INDENT
 * columns (32 levels of two-column markers; no article nests lists past a handful) has its marker blanked: its
 * words join the paragraph of the deepest item kept, as continuation lines, and every offset stays where it was.
 */
const MAX_LIST_INDENT = 64;

/** A list marker at `at`: `-`, `*`, `+` or up to nine digits with `.` or `)`, then white space or the line end. */
function markerEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let end = at + 1;
  if (c >= 48 && c <= 57) {
    while (end - at < 9 && isDigit(text.charCodeAt(end))) end++;
    const d = text.charCodeAt(end);
    if (d !== 46 && d !== 41) return -1;
    end++;
  } else if (c !== 45 && c !== 42 && c !== 43) return -1;
  const after = text.charCodeAt(end);
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13 ? end : -1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export function capLists(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    let column = 0;
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 32) column++;
      else if (c === 9) column += 4 - (column % 4);
      else break;
    }
    if (column > MAX_LIST_INDENT) {
      const end = markerEnd(text, j);
      if (end > 0) {
        parts.push(text.slice(copied, j), ' '.repeat(end - j));
        copied = end;
      }
    }
    const next = text.indexOf('\n', j);
    i = next < 0 ? text.length : next + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * micromark keeps a run of events for every `*` and `_` and resolves them per paragraph: a paragraph of a
 * megabyte of `_a_a_a` or `*a **b` costs seconds and a gigabyte. No article paragraph comes near MAX_PARAGRAPH;
 * in one that does, emphasis markers become spaces (offsets kept), so it is read as the words it holds.
 */
const MAX_PARAGRAPH = 64 * 1024;

export function capEmphasis(text: string): string {
  if (text.length <= MAX_PARAGRAPH) return text;
  let out = '';
  let copied = 0;
  let start = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end - start > MAX_PARAGRAPH) {
      out += text.slice(copied, start) + text.slice(start, end).replace(/[*_]/g, ' ');
      copied = end;
    }
  };
  while (i < text.length) {
    const next = text.indexOf('\n', i);
    const lineEnd = next < 0 ? text.length : next + 1;
    // A blank line ends a paragraph.
    if (text.slice(i, lineEnd).trim() === '') {
      flush(i);
      start = lineEnd;
    }
    i = lineEnd;
  }
  flush(text.length);
  return out + text.slice(copied);
}
