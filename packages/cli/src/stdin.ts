import type { SourceInput } from '@corroborate/core';

/** The path that stands for standard input, as in most Unix tools. */
export const STDIN_PATH = '-';

export type StdinResult = { ok: true; source: SourceInput } | { ok: false; reason: string };

/**
 * One article from stdin. It is read as Markdown, like any file that is not `.txt`: a pasted draft keeps its
 * headings, and `<!-- corroborate-disable-next-line -->` comments still work.
 */
export async function readStdinSource(maxBytes = Infinity, stream: NodeJS.ReadableStream = process.stdin): Promise<StdinResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Stop holding it as soon as it is too big: a runaway pipe must not fill memory.
    if (size > maxBytes) return { ok: false, reason: `too large (over the limit of ${maxBytes} bytes; raise it with --max-source-bytes)` };
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary input (contains NUL bytes), not UTF-8 text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (binary, or another encoding)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: text === '' ? 'empty input' : 'input contains only whitespace' };
  return { ok: true, source: { id: 'stdin', text, path: STDIN_PATH, format: 'markdown' } };
}
