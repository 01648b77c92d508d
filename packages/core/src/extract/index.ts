import type { ExtractedSource, SegmentedSource } from '../model.js';
export function extractClaims(source: SegmentedSource): ExtractedSource {
  const { sentences: _s, ...rest } = source;
  return { ...rest, claims: [] };
}
