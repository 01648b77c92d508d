import type { ParsedSource, SegmentedSource } from '../model.js';
export function segmentSource(parsed: ParsedSource): SegmentedSource {
  const { blocks: _blocks, dateline: _dateline, ...rest } = parsed;
  return { ...rest, sentences: [] };
}
