import type { ParsedSource, SourceInput } from '../model.js';
export function parseSource(input: SourceInput): ParsedSource {
  return { id: input.id, ...(input.path ? { path: input.path } : {}), text: input.text, blocks: [], clutter: [] };
}
