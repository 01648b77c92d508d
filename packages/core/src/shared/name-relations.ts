import { isShortFormOf } from '../lexicon/titles.js';
import type { EntityMention } from '../model.js';
import { diceCoefficient } from './similarity.js';

/**
 * How two names relate: one entity named alike, in part, in another spelling or with a short first name.
 * Align groups names by it, and compare words its findings by it, so it lives below both.
 */
export type NameRelation = 'same' | 'partial' | 'variant' | 'short-form';

/** How two names of the same kind relate, or undefined when they are different entities. */
/** A name's letters and digits, case-folded: what stays when spacing, hyphens and dots are set aside. */
export const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

export function relateNames(a: EntityMention, b: EntityMention): NameRelation | undefined {
  // The same letters spaced or hyphenated otherwise ("Brandt-Keller", "Vel Harran") are one name,
  // whatever kind each source's context made of it.
  if (lettersOf(a.name) === lettersOf(b.name) && lettersOf(a.name).length >= 6) return 'variant';
  if (a.kind !== b.kind) return undefined;
  if (a.kind === 'person') {
    const wa = a.words;
    const wb = b.words;
    if (wa.join(' ') === wb.join(' ')) return 'same';
    const shorter = wa.length <= wb.length ? wa : wb;
    const longer = shorter === wa ? wb : wa;
    // One word stands for a longer name only as its surname: the last word, or the first of two (family names
    // come first in Chinese, Korean and Hungarian names). "Disaster" is no short form of "Disaster Mortuary Team".
    if (shorter.length === 1 && longer.length >= 3 && shorter[0] !== longer[longer.length - 1]) return undefined;
    if (shorter.every((w) => longer.includes(w))) return 'partial';
    if (wa.length === wb.length) {
      const differing = wa.map((w, i) => [w, wb[i] ?? ''] as const).filter(([x, y]) => x !== y);
      const [pair] = differing;
      if (differing.length === 1 && pair && isShortFormOf(pair[0], pair[1])) return 'short-form';
    }
    if (wa.length === wb.length && diceCoefficient(wa.join(' '), wb.join(' ')) >= 0.8) {
      // Same word count, one word spelled differently: a misspelling, unless a whole first name changed.
      const differing = wa.filter((w, i) => w !== wb[i]);
      if (differing.length === 1) return 'variant';
    }
    return undefined;
  }
  const [coreA = '', countryA] = a.key.split('@');
  const [coreB = '', countryB] = b.key.split('@');
  if (countryA && countryB && countryA !== countryB) return undefined;
  if (coreA === coreB) {
    const la = legalFormOf(a);
    const lb = legalFormOf(b);
    // "Acme Holdings" and "Acme Holdings Ltd" name one company; "Company" and "Corporation" do not agree.
    return !la || !lb || la === lb ? 'same' : 'variant';
  }
  if (coreA.replace(/\s+/g, '') === coreB.replace(/\s+/g, '')) return 'variant';
  const wa = coreA.split(' ');
  const wb = coreB.split(' ');
  if (oneWordInserted(wa, wb) || oneWordInserted(wb, wa)) return 'variant';
  if (wa.length === wb.length && wa.length >= 2 && diceCoefficient(coreA, coreB) >= 0.7) {
    const differing = wa.map((w, i) => [w, wb[i] ?? ''] as const).filter(([x, y]) => x !== y);
    // One word misspelt ("Kestel" / "Kestrel") is a variant; one word replaced by another ("Ministry of Health" /
    // "Ministry of Finance") is another body.
    const [pair] = differing;
    if (differing.length === 1 && pair && misspelt(pair[0], pair[1])) return 'variant';
  }
  return undefined;
}

/** Two spellings of one word: most of their letter pairs shared ("Kestel" / "Kestrel", "Harbor" / "Harbour"). */
function misspelt(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return lettersOf(a) === lettersOf(b);
  return diceCoefficient(a, b) >= 0.5;
}

const singularWord = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * An official name with one word added ("Coastal Recovery and Housing Fund" / "... Housing Support
 * Fund"): the same body, its name changed. Only for names of three telling words or more, where one word
 * in the middle is a change and not a short second reference ("the Committee").
 */
function oneWordInserted(shorter: readonly string[], longer: readonly string[]): boolean {
  const a = shorter.filter((w) => !GENERIC_JOINERS.has(w)).map(singularWord);
  const b = longer.filter((w) => !GENERIC_JOINERS.has(w)).map(singularWord);
  if (a.length < 3 || b.length !== a.length + 1) return false;
  for (let skip = 1; skip < b.length - 1; skip++) {
    if (b.every((w, k) => k === skip || w === a[k < skip ? k : k - 1])) return true;
  }
  return false;
}

const GENERIC_JOINERS = new Set(['of', 'and', 'the', 'for', '&']);

export function legalFormOf(m: EntityMention): string {
  return m.legalForm ?? '';
}

