/**
 * micromark holds every event of a document at once and re-walks the whole list when it resolves containers,
 * emphasis and references: a megabyte of block quotes or character references costs seconds and more than half
 * a gigabyte. Articles are a few kilobytes, so a document longer than CHUNK is parsed in pieces of about CHUNK
 * characters, each cut where Markdown cannot join across the cut:
 *
 * - at a blank line followed by a line that starts in its first column (a blank line ends every paragraph, block
 *   quote and list item whose next line is not indented), outside fenced code, HTML blocks that may hold blank
 *   lines (`<script>`, `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!`, CDATA) and front matter;
 * - inside a paragraph only when it is longer than PARAGRAPH characters, which no article's is, at a space before a
 *   letter (a letter opens no block construct), after a sentence end where there is one, or at PARAGRAPH itself when the paragraph has no such space. The
 *   pieces of a paragraph are kept small: micromark's events for them die young, which costs the collector least.
 *
 * Reference definitions do not reach across pieces; no article long enough to be cut relies on one.
 */
export const CHUNK = 64 * 1024;
const PARAGRAPH = 16 * 1024;

export interface Chunk {
  start: number;
  end: number;
}

const HTML_BLOCK = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Where the HTML block that opens this line ends, when it may hold blank lines and does not end on it. */
function htmlEndOf(line: string): string | undefined {
  const tag = HTML_BLOCK.exec(line);
  if (tag) {
    const end = `</${(tag[1] ?? '').toLowerCase()}>`;
    return line.toLowerCase().includes(end) ? undefined : end;
  }
  const trimmed = line.trimStart();
  if (line.length - trimmed.length > 3) return undefined;
  const opener: [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of opener) {
    if (trimmed.startsWith(open)) return trimmed.includes(close, open.length) ? undefined : close;
  }
  return undefined;
}

const isLetter = (c: string) => /\p{L}/u.test(c);

/** Whether text[from, to) holds only spaces, tabs and line ends; stops at the first other character. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * A cut inside an overlong paragraph: the last space before a letter in (from, to] that follows a sentence end,
 * else the last space before a letter, else `to`. After a sentence end, no sentence is split over two pieces.
 */
function cutInParagraph(text: string, from: number, to: number): number {
  let space = -1;
  for (let k = to; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if ((c !== 32 && c !== 9) || !isLetter(text[k] ?? '')) continue;
    if (space < 0) space = k;
    if (endsSentence(text, from, k - 1)) return k;
  }
  return space >= 0 ? space : to;
}

/** Whether the text before `at`, white space (line breaks and indentation too) left aside, ends a sentence. */
function endsSentence(text: string, from: number, at: number): boolean {
  let j = at;
  while (j > from && isBlank(text, j - 1, j)) j--;
  const c = text[j - 1] ?? '';
  if (c === '"' || c === '”' || c === '’' || c === ')') return /[.!?]/.test(text[j - 2] ?? '');
  return c === '.' || c === '!' || c === '?';
}

/** The pieces to parse, in order, covering the text; one piece when the text is short. */
export function markdownChunks(text: string, keepWhole: Chunk | undefined): Chunk[] {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const chunks: Chunk[] = [];
  let start = 0;
  let fence: { mark: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  let blankBefore = false;
  let paragraphStart = 0;
  let lineStart = 0;
  const cut = (at: number) => {
    if (at <= start) return;
    chunks.push({ start, end: at });
    start = at;
  };
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const inHead = keepWhole !== undefined && lineStart < keepWhole.end;
    if (!inHead && !fence && htmlEnd === undefined) {
      // Long pieces are cut here, before the line is read, so the line opens the next piece.
      const first = text[lineStart] ?? '';
      if (blankBefore && lineStart - start >= CHUNK && first !== ' ' && first !== '\t') cut(lineStart);
      // An overlong paragraph is cut inside its lines, however long they are.
      while (lineEnd - paragraphStart > PARAGRAPH) {
        // start <= paragraphStart always, so each cut moves on.
        const at = cutInParagraph(text, Math.max(paragraphStart + PARAGRAPH / 2, start), paragraphStart + PARAGRAPH);
        cut(at);
        paragraphStart = at;
      }
    }
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 256));
    if (fence) {
      const close = FENCE.exec(line);
      if (close && (close[1] ?? '')[0] === fence.mark && (close[1] ?? '').length >= fence.length && line.slice(close[0].length).trim() === '') fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (text.slice(lineStart, lineEnd).toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const open = FENCE.exec(line);
      if (open) fence = { mark: (open[1] ?? '')[0] ?? '`', length: (open[1] ?? '').length };
      else htmlEnd = htmlEndOf(line);
    }
    blankBefore = isBlank(text, lineStart, lineEnd);
    // A paragraph is counted from the first line of prose after a blank line, a fence, an HTML block or the head.
    if (blankBefore || inHead || fence || htmlEnd !== undefined) paragraphStart = lineEnd;
    lineStart = lineEnd;
  }
  cut(text.length);
  return chunks;
}
