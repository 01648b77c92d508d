import type { EntityMention } from '../model.js';

/**
 * Where a name stands in the original, without the role written before it ("UK Foreign Secretary David Cameron"
 * gives "David Cameron"). A name with markup inside ("John *Smith*") is not a suffix of its text as written:
 * then the whole mention is the span, markup and all, so that the text is always the slice at its offsets.
 */
export function nameSpan(mention: EntityMention): { text: string; start: number; end: number } {
  if (mention.text.endsWith(mention.name)) return { text: mention.name, start: mention.end - mention.name.length, end: mention.end };
  return { text: mention.text, start: mention.start, end: mention.end };
}

const REFERENCE = /^&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/i;

/** A position inside a character reference written out ("&am|p;") moved to its start (-1) or its end (+1). */
export function outsideReference(text: string, pos: number, direction: -1 | 1): number {
  const amp = text.lastIndexOf('&', pos - 1);
  if (amp < 0 || pos - amp > 12) return pos;
  const m = REFERENCE.exec(text.slice(amp, amp + 12));
  if (!m || amp + m[0].length <= pos) return pos;
  return direction < 0 ? amp : amp + m[0].length;
}


/**
 * A mention widened to whole character references where it starts or ends inside one. Text that is not decoded
 * (a Markdown code block, a reference without a known name) is tokenised as written, so "&amp;" can read as the
 * word "amp" and a figure "a &amp" would end inside it.
 */
export function wholeReferences(mention: { text: string; start: number; end: number }, source: string): void {
  const start = outsideReference(source, mention.start, -1);
  const end = outsideReference(source, mention.end, 1);
  if (start === mention.start && end === mention.end) return;
  mention.start = start;
  mention.end = end;
  mention.text = source.slice(start, end);
}
