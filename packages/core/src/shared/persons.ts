import type { EntityMention } from '../model.js';
import { relateNames } from './name-relations.js';

/** What an age is attached to: the person's name when the source gives one, and its class (`age:<name>`, `age:man`). */
export interface AgeHolder {
  holder?: EntityMention;
  unitClass: string;
}

/**
 * Two ages are of one person when their names relate (alike, in part, in another spelling), or when both are
 * known only by the same noun ("a 35-year-old man"). Align links ages by it and compare pairs them by it, so
 * that a chain of partial names ("Ann Hale" – "Hale" – "Tom Hale") never sets two people's ages against each other.
 */
export function samePerson(a: AgeHolder, b: AgeHolder): boolean {
  if (a.holder && b.holder) return a.holder.key === b.holder.key || relateNames(a.holder, b.holder) !== undefined;
  return !a.holder && !b.holder && a.unitClass === b.unitClass;
}
