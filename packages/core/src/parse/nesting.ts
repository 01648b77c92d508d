/**
 * micromark re-enters every open container on every line, so block quotes nested thousands deep cost the square
 * of the depth per line (4,000 `>` on a line: seconds). No article nests quotes more than a few levels; markers
 * past MAX_DEPTH on a line become spaces, which keeps every offset where it was.
 */
const MAX_DEPTH = 32;

export function capNesting(text: string): string {
  if (!hasDeepPrefix(text)) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    // At a line start: the run of `>`, spaces and tabs that opens the line.
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 62) {
        depth++;
        if (depth > MAX_DEPTH) {
          out += `${text.slice(copied, j)} `;
          copied = j + 1;
        }
      } else if (c !== 32 && c !== 9) break;
    }
    const next = text.indexOf('\n', j);
    i = next < 0 ? text.length : next + 1;
  }
  return out + text.slice(copied);
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
