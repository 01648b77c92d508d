import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { BlockKind } from '../model.js';

const processor = unified().use(rehypeParse);

/** A piece of a block's text: verbatim from `offset` on (mapped), or standing in for markup at `offset`. */
export interface HtmlPiece {
  value: string;
  offset: number;
  mapped: boolean;
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
  const props = element.properties;
  return HIDDEN.has(element.tagName) || props['hidden'] !== undefined || props['ariaHidden'] === 'true';
}

/**
 * The visible text of a page as blocks, every character mapped back to its offset in the page, so evidence
 * points at `file:line:column` of the HTML. Character references (`&amp;`) map to where they stand. Walked with
 * an explicit stack: a page can nest deeper than the call stack goes.
 */
export function htmlBlocks(text: string): HtmlBlock[] {
  const tree = processor.parse(text) as Root;
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
  const stack: Array<{ node: Nodes; kind: BlockKind } | { end: true }> = [{ node: tree, kind: 'paragraph' }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if ('end' in item) {
      flush();
      continue;
    }
    const { node, kind } = item;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      for (const piece of mapText(node.value, text.slice(start, end), start)) add(piece, kind);
      continue;
    }
    if (node.type !== 'root' && node.type !== 'element') continue;
    let childKind = kind;
    if (node.type === 'element') {
      if (isHidden(node)) continue;
      if (node.tagName === 'br') {
        add({ value: '\n', offset: node.position?.start.offset ?? 0, mapped: false }, kind);
        continue;
      }
      if (BLOCK.has(node.tagName)) {
        flush();
        stack.push({ end: true });
        childKind = /^h[1-6]$/.test(node.tagName) ? 'heading' : 'paragraph';
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, kind: childKind });
  }
  flush();
  return blocks;
}

/** Map a text node's value onto its source: verbatim where equal, a character reference to where it stands. */
function mapText(value: string, raw: string, base: number): HtmlPiece[] {
  if (value === raw) return [{ value, offset: base, mapped: true }];
  const pieces: HtmlPiece[] = [];
  let r = 0;
  for (const ch of value) {
    if (raw.startsWith(ch, r)) {
      pieces.push({ value: ch, offset: base + r, mapped: true });
      r += ch.length;
      continue;
    }
    // A character reference: it stands for this character; the reference's length is skipped.
    const reference = /^&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/i.exec(raw.slice(r, r + 40));
    pieces.push({ value: ch, offset: base + r, mapped: false });
    r += reference ? reference[0].length : 0;
  }
  return pieces;
}
