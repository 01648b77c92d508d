import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { BlockKind } from '../model.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * A piece of a block's text: verbatim from `offset` on (mapped), standing for `sourceLength` characters of the
 * page from `offset` (a character reference), or standing in for markup at `offset`.
 */
export interface HtmlPiece {
  value: string;
  offset: number;
  mapped: boolean;
  sourceLength?: number;
}

export interface HtmlBlock {
  kind: BlockKind;
  start: number;
  pieces: HtmlPiece[];
}

/**
 * A saved web page, whatever its file is called: a doctype or an html, head or body tag first (after white space
 * and comments). A Markdown article may hold inline HTML, but never opens with a page's skeleton.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

/** Not what a reader of the page sees as the article: code, styling, navigation, page furniture, forms. */
const HIDDEN = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'option', 'textarea', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture', 'map',
]);

/** Elements that start a paragraph of their own (text around them is a different block). */
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'figcaption', 'pre', 'div',
  'article', 'section', 'main', 'body', 'html', 'ul', 'ol', 'dl', 'table', 'tr', 'figure', 'address', 'caption', 'hr',
]);

function isHidden(element: Element): boolean {
  if (HIDDEN.has(element.tagName)) return true;
  return element.attrs.some((a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value.trim().toLowerCase() === 'true'));
}

/**
 * The visible text of a page as blocks, every character mapped back to its offset in the page, so evidence
 * points at `file:line:column` of the HTML. parse5 builds the tree without recursion, and it is walked here with
 * an explicit stack (hast-util-from-parse5, behind rehype-parse, converts it recursively: a page nested 10,000
 * elements deep exhausted the call stack).
 */
export function htmlBlocks(text: string): HtmlBlock[] {
  const tree = parse(text, { sourceCodeLocationInfo: true });
  const blocks: HtmlBlock[] = [];
  let current: HtmlBlock | undefined;
  const flush = () => {
    if (current && current.pieces.some((p) => p.value.trim() !== '')) blocks.push(current);
    current = undefined;
  };
  const add = (piece: HtmlPiece, kind: BlockKind) => {
    current ??= { kind, start: piece.offset, pieces: [] };
    current.pieces.push(piece);
  };
  // Each entry: a node to visit, or the end of a block element (flush there too).
  const stack: Array<{ node: Node; kind: BlockKind } | { end: true }> = [{ node: tree, kind: 'paragraph' }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if ('end' in item) {
      flush();
      continue;
    }
    const { node, kind } = item;
    if (node.nodeName === '#text' && 'value' in node) {
      const at = node.sourceCodeLocation;
      if (!at) continue;
      for (const piece of mapText(node.value, text, at.startOffset, at.endOffset)) add(piece, kind);
      continue;
    }
    if (!('childNodes' in node)) continue;
    let childKind = kind;
    if ('tagName' in node) {
      if (isHidden(node)) continue;
      if (node.tagName === 'br') {
        add({ value: '\n', offset: node.sourceCodeLocation?.startOffset ?? 0, mapped: false }, kind);
        continue;
      }
      if (BLOCK.has(node.tagName)) {
        flush();
        stack.push({ end: true });
        childKind = /^h[1-6]$/.test(node.tagName) ? 'heading' : 'paragraph';
      }
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i] as Node, kind: childKind });
  }
  flush();
  return blocks;
}

/**
 * How many characters of `page` from `at` (an `&`) the HTML tokenizer reads as one character reference, and
 * what it gives; undefined when the `&` is just an ampersand. The same decoder parse5 uses, in the mode it uses
 * for text, so that "&amp;", "&#38", "&notit;" ("¬" and "it;") are cut where parse5 cut them.
 */
function referenceAt(page: string, at: number, end: number): { text: string; length: number } | undefined {
  let decoded = '';
  let consumed = 0;
  const decoder = new HtmlEntityDecoder((codePoint, length) => {
    decoded += String.fromCodePoint(codePoint);
    consumed = length;
  });
  decoder.startEntity(DecodingMode.Legacy);
  // Bounded: the longest reference name is 32 characters; a text node ends the reference where it ends.
  const input = page.slice(at + 1, Math.min(end, at + 64));
  if (decoder.write(input, 0) < 0) decoder.end();
  // `consumed` counts the `&` too.
  return consumed > 0 ? { text: decoded, length: consumed } : undefined;
}

/**
 * Map a text node's value onto its place in the page: verbatim where equal; a character reference stands for
 * its whole length (so a span ending on it ends after its `;`); a line break parse5 made of CR LF or CR stands
 * where the CR is.
 */
function mapText(value: string, page: string, start: number, end: number): HtmlPiece[] {
  if (page.slice(start, end) === value) return [{ value, offset: start, mapped: true }];
  const pieces: HtmlPiece[] = [];
  let r = start;
  let v = 0;
  let runFrom = -1;
  let runSource = 0;
  const flush = () => {
    if (runFrom >= 0) pieces.push({ value: value.slice(runFrom, v), offset: runSource, mapped: true });
    runFrom = -1;
  };
  while (v < value.length) {
    const ch = value[v] as string;
    const at = page[r];
    if (at === '&') {
      const reference = referenceAt(page, r, end);
      if (reference && value.startsWith(reference.text, v)) {
        flush();
        pieces.push({ value: reference.text, offset: r, mapped: false, sourceLength: reference.length });
        v += reference.text.length;
        r += reference.length;
        continue;
      }
    }
    if (at === '\r' && ch === '\n') {
      flush();
      pieces.push({ value: '\n', offset: r, mapped: false });
      r += page[r + 1] === '\n' ? 2 : 1;
      v++;
      continue;
    }
    if (at === ch && r < end) {
      if (runFrom < 0) {
        runFrom = v;
        runSource = r;
      }
      r++;
      v++;
      continue;
    }
    // A character of the value with no counterpart here (a NUL parse5 replaced): where the page is now.
    flush();
    pieces.push({ value: ch, offset: Math.min(r, end), mapped: false });
    v++;
  }
  flush();
  return pieces;
}
