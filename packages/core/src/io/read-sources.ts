import type { SourceInput } from '../model.js';
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;
export interface InputProblem { path: string; reason: string; code: 'missing' | 'empty' | 'binary' | 'unreadable' | 'no-articles' | 'unsupported' | 'duplicate' }
export interface ReadResult { sources: SourceInput[]; problems: InputProblem[] }
export async function readSources(_paths: readonly string[]): Promise<ReadResult> {
  return { sources: [], problems: [] };
}
