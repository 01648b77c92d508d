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
