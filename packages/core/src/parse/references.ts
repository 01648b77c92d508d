import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/**
 * Character references (`&eacute;`, `&#233;`, `&#xE9;`) are decoded here rather than by micromark: as
 * micromark tokens, a page dense with them costs twenty times the parse of plain words, and the same again in
 * memory. micromark is told to leave them as text, and each one becomes its character here, standing for the whole
 * reference in the original (a span that ends on it ends after its `;`), as CommonMark decodes it. Code spans never reach this.
 */
const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

export interface TextSink {
  addMapped(value: string, sourceOffset: number): void;
  addUnmapped(value: string, sourceOffset: number): void;
  /** Decoded text that stands for the original's [sourceOffset, sourceOffset + sourceLength): a reference. */
  addReference(value: string, sourceOffset: number, sourceLength: number): void;
}

function decodeAt(value: string, at: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(value);
  if (!match) return undefined;
  const [whole, hex, decimal, name] = match;
  if (hex !== undefined) return { text: decodeNumericCharacterReference(hex, 16), length: whole.length };
  if (decimal !== undefined) return { text: decodeNumericCharacterReference(decimal, 10), length: whole.length };
  const decoded = decodeNamedCharacterReference(name ?? '');
  return decoded === false ? undefined : { text: decoded, length: whole.length };
}

/**
 * Text that stands verbatim in the original from `sourceOffset` on, with its character references decoded.
 * A reference right after a backslash in the original is escaped (`\&amp;`), and stays as written.
 */
export function addDecoded(out: TextSink, value: string, sourceOffset: number, original: string): void {
  let copied = 0;
  for (let at = value.indexOf('&'); at >= 0; at = value.indexOf('&', at + 1)) {
    if (original.charCodeAt(sourceOffset + at - 1) === 92) continue;
    const reference = decodeAt(value, at);
    if (!reference) continue;
    out.addMapped(value.slice(copied, at), sourceOffset + copied);
    out.addReference(reference.text, sourceOffset + at, reference.length);
    copied = at + reference.length;
    at = copied - 1;
  }
  out.addMapped(value.slice(copied), sourceOffset + copied);
}
