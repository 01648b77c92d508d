import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { blankControls } from '../shared/controls.js';
import { firstAtOrAfter } from '../shared/ordered.js';
import type { Block, BlockKind, ClutterBlock, ParsedSource, SourceInput, TextRun } from '../model.js';
import { clutterRule } from './clutter.js';
import { htmlBlocks, looksLikeHtml } from './html.js';
import { type Head, inputMeta, mergeMeta, readHead } from './metadata.js';
import { markdownChunks } from './chunks.js';
import { addDecoded } from './references.js';
import { capEmphasis, capLists, capNesting } from './nesting.js';

// Front matter is its own node, not a thematic break and a setext heading.
// Character references stay text for micromark and are decoded by addDecoded (references.ts).
function referencesAsText(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['characterReference'] } });
}
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(referencesAsText);

/** Collects the plain text of a block and where each piece of it sits in the original. */
class BlockText {
  text = '';
  runs: TextRun[] = [];

  /** Text that is the original verbatim from `sourceOffset` on. */
  addMapped(value: string, sourceOffset: number): void {
    if (!value) return;
    this.runs.push({ textOffset: this.text.length, sourceOffset, length: value.length });
    this.text += value;
  }

  /** Text with no place of its own in the original (a line break, an escape): mapped to the nearest place. */
  addUnmapped(value: string, sourceOffset: number): void {
    if (!value) return;
    this.runs.push({ textOffset: this.text.length, sourceOffset, length: 0 });
    this.text += value;
  }

  /** A decoded character reference: its text stands for the whole reference in the original. */
  addReference(value: string, sourceOffset: number, sourceLength: number): void {
    if (!value) return;
    this.runs.push({ textOffset: this.text.length, sourceOffset, length: 0, sourceLength });
    this.text += value;
  }
}

/** Where a run's text ends in the original. */
const runEnd = (run: TextRun) => run.sourceOffset + (run.length > 0 ? run.length : (run.sourceLength ?? 0));

/** A node's place in the whole original: `base` is where the piece it was parsed from starts. */
function offsetsOf(node: Nodes, base: number): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: start + base, end: end + base };
}

/** Inline content in document order; a stack, not recursion: Markdown nests as deep as its author likes. */
function collectInline(root: Nodes, source: string, base: number, out: BlockText): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const at = offsetsOf(node, base);
      if (!at) continue;
      const raw = source.slice(at.start, at.end);
      if (node.type === 'text' && raw === node.value) addDecoded(out, node.value, at.start, source);
      else if (node.type === 'inlineCode') {
        const inner = raw.indexOf(node.value);
        if (inner >= 0) out.addMapped(node.value, at.start + inner);
        else out.addUnmapped(node.value, at.start);
      } else mapLoosely(node.value, raw, at.start, source, out);
      continue;
    }
    if (node.type === 'break') {
      const at = offsetsOf(node, base);
      out.addUnmapped('\n', at?.start ?? base);
      continue;
    }
    if (node.type === 'image' || node.type === 'html' || node.type === 'footnoteReference') continue;
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
  }
}

/**
 * A text node whose value differs from its source: map it piece by piece, each character of the value to the
 * same character of the source. What micromark leaves out of a value is skipped over: the backslash of an escape
 * (`\*`), and at a line break the white space and container prefixes around it (`>` of a block quote, the
 * indentation of a list item's continuation lines, however deep the list). A character found nowhere (a tab
 * micromark turned into spaces) stands where the source is.
 */
function mapLoosely(value: string, raw: string, base: number, source: string, out: BlockText): void {
  let r = 0;
  // Characters that continue each other in the source go out as one run: one object per character would make
  // a long node of character references cost far more memory than its text.
  let runFrom = -1;
  let runSource = 0;
  const flush = (to: number) => {
    if (runFrom >= 0) addDecoded(out, value.slice(runFrom, to), base + runSource, source);
    runFrom = -1;
  };
  let scanned = { from: -1, to: -1, atBreak: false };
  for (let v = 0; v < value.length; v++) {
    const ch = value[v] ?? '';
    let found = -1;
    if (raw[r] === ch) found = r;
    else if (raw[r] === '\\' && raw[r + 1] === ch) found = r + 1;
    else {
      // Only what micromark strips can lie between: the rest of the value's characters are in the source in order.
      const atBreak = (v > 0 && value[v - 1] === '\n') || ch === '\n';
      // A scan that failed from here is not repeated: a run of characters found nowhere stays linear.
      let k = scanned.from === r && scanned.atBreak === atBreak ? scanned.to : r;
      while (k < raw.length && isStripped(raw.charCodeAt(k), atBreak)) k++;
      scanned = { from: r, to: k, atBreak };
      if (raw[k] === ch) found = k;
      else if (raw[k] === '\\' && raw[k + 1] === ch) found = k + 1;
    }
    if (found >= 0) {
      if (runFrom < 0 || found !== runSource + (v - runFrom)) {
        flush(v);
        runFrom = v;
        runSource = found;
      }
      r = found + 1;
    } else {
      flush(v);
      out.addUnmapped(ch, base + Math.min(r, raw.length));
    }
  }
  flush(value.length);
}

/** Space and tab anywhere; at a line break also CR and the `>` of block quotes. */
function isStripped(c: number, atBreak: boolean): boolean {
  return c === 32 || c === 9 || (atBreak && (c === 13 || c === 62));
}

/** Merge adjacent runs that continue each other, so maps stay small. */
function compact(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.length > 0 &&
      run.length > 0 &&
      last.textOffset + last.length === run.textOffset &&
      last.sourceOffset + last.length === run.sourceOffset
    ) {
      last.length += run.length;
    } else merged.push({ ...run });
  }
  return merged;
}

interface Span {
  start: number;
  end: number;
}

/** Whether `at` lies in one of `cuts` (sorted, apart). */
function inCut(cuts: readonly Span[], at: number): boolean {
  const k = firstAtOrAfter(cuts.length, at + 1, (i) => (cuts[i] as Span).end);
  const cut = cuts[k];
  return cut !== undefined && cut.start <= at && at < cut.end;
}

/**
 * A block's text without what lies in `cuts` (front matter, datelines, date lines, time stamps), split where a cut
 * was: a headline above a dateline, or a live-blog entry below its time stamp, is a block of its own.
 */
function cutBlock(block: BlockText, cuts: readonly Span[]): BlockText[] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const run of block.runs) {
    lo = Math.min(lo, run.sourceOffset);
    hi = Math.max(hi, run.sourceOffset + Math.max(run.length, run.sourceLength ?? 0));
  }
  if (!cuts.some((c) => c.start <= hi && c.end > lo)) return [block];
  const pieces: BlockText[] = [];
  let out = new BlockText();
  let crossed = false;
  const next = () => {
    if (crossed && out.text.trim()) {
      pieces.push(out);
      out = new BlockText();
    }
    crossed = false;
  };
  block.runs.forEach((run, k) => {
    // A run of length 0 holds the text up to the next run.
    const to = run.length > 0 ? run.textOffset + run.length : (block.runs[k + 1]?.textOffset ?? block.text.length);
    const piece = block.text.slice(run.textOffset, to);
    if (run.length === 0) {
      if (inCut(cuts, run.sourceOffset)) {
        crossed = true;
        return;
      }
      next();
      if (run.sourceLength !== undefined) out.addReference(piece, run.sourceOffset, run.sourceLength);
      else out.addUnmapped(piece, run.sourceOffset);
      return;
    }
    for (let i = 0; i < run.length; i++) {
      const at = run.sourceOffset + i;
      if (inCut(cuts, at)) crossed = true;
      else {
        next();
        out.addMapped(piece[i] ?? '', at);
      }
    }
  });
  pieces.push(out);
  return pieces;
}

function toBlock(kind: BlockKind, text: BlockText, fallbackStart: number): Block | undefined {
  const leading = text.text.length - text.text.trimStart().length;
  const trimmed = text.text.trim();
  if (!trimmed) return undefined;
  const runs = compact(text.runs);
  const startRun = runs.find((r) => r.textOffset + r.length > leading) ?? runs[0];
  const start = startRun ? startRun.sourceOffset + Math.max(0, leading - startRun.textOffset) : fallbackStart;
  const lastRun = [...runs].reverse().find((r) => r.length > 0 || r.sourceLength !== undefined);
  const end = lastRun ? runEnd(lastRun) : start;
  return { kind, text: text.text, runs, start, end };
}

/** A plain-text article marks headings only by layout: one short line with no closing punctuation. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n')) return false;
  const words = t.split(/\s+/).length;
  return words <= 14 && !/[.!?:;,"”’)\]…]$/.test(t);
}

/**
 * Parse stage: Markdown or plain text → blocks of plain text with a map back to every character's offset.
 * A leading dateline becomes the source's date; web clutter is set aside with the rule that recognised it.
 */
export function parseSource(input: SourceInput): ParsedSource {
  // Terminal escapes in scraped text are neither words nor numbers: the blocks are read from a copy with them
  // blanked in place, so no offset moves, while the source keeps its text as written, so that every span the
  // later stages cut from it is the original slice (a vertical tab or form feed included).
  const text = blankControls(input.text);
  const format = formatOf(input, text);
  // A page's head (title, dates) is markup, not a dateline in the text: only its visible blocks are read.
  const head: Head = format === 'html' ? {} : readHead(text);
  const frontMatter = head.frontMatter;
  // Front matter, datelines, date lines and time stamps are metadata: cut out of whatever block holds them, so
  // never a claim.
  const cuts: Span[] = [...(frontMatter ? [frontMatter] : []), ...(head.lines ?? [])].sort((a, b) => a.start - b.start);
  const cutHead = (collected: BlockText): BlockText[] => (cuts.length > 0 ? cutBlock(collected, cuts) : [collected]);
  const blocks: Block[] = [];
  const clutter: ClutterBlock[] = [];
  const keep = (collected: BlockText, fallbackStart: number, kind: BlockKind) => {
    const block = toBlock(kind === 'paragraph' && looksLikeHeading(collected.text) ? 'heading' : kind, collected, fallbackStart);
    if (!block) return;
    const rule = clutterRule(block.text);
    if (rule) clutter.push({ ...block, rule });
    else blocks.push(block);
  };

  if (format === 'html') {
    for (const block of htmlBlocks(text)) {
      const collected = new BlockText();
      for (const piece of block.pieces) {
        if (piece.mapped) collected.addMapped(piece.value, piece.offset);
        else if (piece.sourceLength !== undefined) collected.addReference(piece.value, piece.offset, piece.sourceLength);
        else collected.addUnmapped(piece.value, piece.offset);
      }
      keep(collected, block.start, block.kind);
    }
    return finish(input, blocks, clutter, head);
  }
  if (format === 'text') {
    // Paragraphs are runs of non-blank lines; every character maps to itself.
    const paragraph = /[^\r\n]+(?:\r?\n[^\S\r\n]*\S[^\r\n]*)*/g;
    for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
      const collected = new BlockText();
      collected.addMapped(match[0], match.index);
      for (const piece of cutHead(collected)) keep(piece, match.index, 'paragraph');
    }
    return finish(input, blocks, clutter, head);
  }

  // The text the visitors read: the original with excess nesting blanked, every offset the same.
  const markdown = capEmphasis(capNesting(capLists(text)));
  // A stack, not recursion: 4,000 nested block quotes are valid Markdown.
  const pending: Nodes[] = [];
  let base = 0;
  const visitBlock = (node: Nodes): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const collected = new BlockText();
      collectInline(node, markdown, base, collected);
      const at = offsetsOf(node, base)?.start ?? base;
      for (const piece of cutHead(collected)) keep(piece, at, node.type === 'heading' ? 'heading' : 'paragraph');
      return;
    }
    const at = node.type === 'code' ? offsetsOf(node, base) : undefined;
    const raw = at ? markdown.slice(at.start, at.end) : '';
    // Indented text in a plain-text article is prose, not code: read it line by line. A fenced block is code.
    if (at && !/^\s*(?:```|~~~)/.test(raw.slice(0, 16))) {
      const collected = new BlockText();
      let offset = at.start;
      for (const line of raw.split('\n')) {
        const indent = line.length - line.trimStart().length;
        if (collected.text) collected.addUnmapped(' ', offset);
        collected.addMapped(line.trimStart(), offset + indent);
        offset += line.length + 1;
      }
      const block = toBlock('paragraph', collected, at.start);
      if (block) blocks.push(block);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return;
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k] as Nodes);
  };
  for (const chunk of markdownChunks(markdown, frontMatter)) {
    base = chunk.start;
    pending.push(processor.parse(chunk.start === 0 && chunk.end === markdown.length ? markdown : markdown.slice(chunk.start, chunk.end)) as Root);
    for (let node = pending.pop(); node; node = pending.pop()) visitBlock(node);
  }
  return finish(input, blocks, clutter, head);
}

export function formatOf(input: SourceInput, text: string): 'markdown' | 'text' | 'html' {
  if (input.format) return input.format;
  // A saved web page is read as HTML whatever it is called: as text its scripts would be read as claims. A file
  // called .html is a page even when it is a fragment with no doctype or body tag.
  if (looksLikeHtml(text) || (input.path !== undefined && /\.html?$/i.test(input.path))) return 'html';
  return input.path !== undefined && /\.txt$/i.test(input.path) ? 'text' : 'markdown';
}

function finish(input: SourceInput, blocks: Block[], clutter: ClutterBlock[], head: Head): ParsedSource {
  const parsed: ParsedSource = { id: input.id, text: input.text, blocks, clutter };
  if (input.path !== undefined) parsed.path = input.path;
  const { dateline, frontMatter } = head;
  if (dateline) parsed.dateline = { start: dateline.start, end: dateline.end, text: input.text.slice(dateline.start, dateline.start + dateline.text.length) };
  if (head.lines) parsed.metadataLines = head.lines.map((l) => ({ ...l }));
  if (frontMatter) parsed.frontMatter = { start: frontMatter.start, end: frontMatter.end };
  const meta = mergeMeta(inputMeta(input), head.meta);
  if (meta) {
    parsed.meta = meta;
    // The day relative dates ("on Tuesday", "last year") are read against.
    if (meta.date !== undefined) parsed.date = meta.date.slice(0, 10);
  }
  if (parsed.date === undefined && head.yearless) parsed.yearless = { ...head.yearless };
  return parsed;
}

/** The last run that starts at or before `textOffset` (the first run when none does). */
function runAt(runs: Block['runs'], textOffset: number): Block['runs'][number] | undefined {
  return runs[Math.max(0, firstAtOrAfter(runs.length, textOffset + 1, (i) => runs[i]?.textOffset ?? 0) - 1)];
}

/** Offset in the original text of a character of a block's plain text. */
export function sourceOffset(block: Pick<Block, 'runs'>, textOffset: number): number {
  const run = runAt(block.runs, textOffset);
  if (!run) return 0;
  return run.sourceOffset + Math.min(textOffset - run.textOffset, run.length);
}

/**
 * Offset in the original just after the character of a block's plain text that ends at `textEnd`: after the
 * whole reference when that character was decoded from one (`&#x32;` ends after its `;`, not after the `&`).
 */
export function sourceEnd(block: Pick<Block, 'runs'>, textEnd: number): number {
  const last = textEnd - 1;
  const run = runAt(block.runs, last);
  if (!run) return 0;
  if (run.length > 0) return run.sourceOffset + Math.min(last - run.textOffset, run.length - 1) + 1;
  return run.sourceOffset + (run.sourceLength ?? 1);
}
