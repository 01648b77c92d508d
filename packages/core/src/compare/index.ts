import type { Alignment, Finding } from '../model.js';
export function compareFacts(_alignment: Alignment): Finding[] {
  return [];
}
