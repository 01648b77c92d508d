import type { Alignment, ExtractedSource } from '../model.js';
export function alignClaims(_sources: readonly ExtractedSource[]): Alignment {
  return { facts: [], pairsScored: 0 };
}
