import type { Claim, DateMention, Quantity, QuantityMention } from '../model.js';
import { TITLE_WORDS } from '../lexicon/titles.js';

/**
 * Facts of figures that name their own question (`extract/mentions/named-figures.ts`) and of spans of years:
 * their blocks, how a linked group splits into questions, and their labels. Kept apart from `slots.ts`, which
 * only asks these helpers.
 */

interface Item {
  claim: Claim;
  mention: { type: string; start: number; end: number; text: string };
}

/** A vote split is the fact by itself, whatever verb its clause has: one block for every vote of the story. */
export function splitBlocks(q: Quantity): [string, boolean][] | undefined {
  return q.kind === 'split' ? [['quantity|-|split|split', true]] : undefined;
}

/** Nouns after a span of years that make it the name of a period ("the 2021-22 season"), not how long something lasted. */
const PERIOD_NOUNS = new Set(['season', 'seasons', 'budget', 'budgets', 'fiscal', 'financial', 'academic', 'school', 'term', 'session', 'campaign', 'edition', 'winter', 'summer', 'year', 'cycle', 'parliament', 'congress']);

const wholeYears = (m: DateMention) => m.date.resolved && m.date.precision === 'range' && m.date.start.endsWith('-01-01') && m.date.end.endsWith('-12-31') && m.date.start.slice(0, 4) !== m.date.end.slice(0, 4);

/**
 * A span of years ("from 1976 to 1989", "1976-1989", "between 1974 and 1991", "(1974–91)") says how long
 * something lasted: a band's active years, a tenure. It is keyed by itself, beside its verb, and linked to the
 * spans of claims that share its words or names; "the 2021-22 season" names a period and is left to its verb.
 */
export function spanBlock(m: DateMention, claim: Claim): string | undefined {
  if (!wholeYears(m)) return undefined;
  const after = claim.text.slice(m.end - claim.start).replace(/^[\s)\]]+/, '').split(/\s+/)[0]?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  if (PERIOD_NOUNS.has(after)) return undefined;
  // "the 1990s" is a decade, not a span.
  if (/^(the\s+)?(early\s+|late\s+|mid-?)?\d{4}s$/i.test(m.text)) return undefined;
  return 'date|-|years';
}

/** Titles that are no office of their own. */
const NOT_OFFICES = new Set(['former', 'acting', 'interim', 'senior', 'junior', 'assistant', 'associate', 'deputy', 'vice', 'state', 'foreign', 'home', 'interior', 'shadow', 'general', 'head', 'member', 'members', 'leader']);

/** The office a span of years is of: the last title word before it in its claim ("served as mayor from 1974 to 1991"). */
function officeOf(item: Item): string {
  const before = item.claim.text.slice(0, Math.max(0, item.mention.start - item.claim.start)).toLowerCase().split(/[^\p{L}'’-]+/u).slice(-8);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k] ?? '';
    if (TITLE_WORDS.has(w) && !NOT_OFFICES.has(w)) return w;
  }
  return '';
}

const whatOf = (item: Item): string => {
  const m = item.mention as QuantityMention;
  return m.quantity.unitClass.split(':')[1] ?? '';
};

/** The votes cast, where the words give both sides. */
const totalOf = (item: Item): number | undefined => {
  const q = (item.mention as QuantityMention).quantity;
  return q.majority === undefined ? undefined : q.majority + q.min;
};

/**
 * Items that name their part ("law", "mayor") go by it; items that name none join the part when there is only
 * one, and are compared with none beside several.
 */
function byPart<T extends Item>(group: readonly T[], partOf: (item: T) => string): T[][] {
  const parts = new Map<string, T[]>();
  const bare: T[] = [];
  for (const it of group) {
    const p = partOf(it);
    if (!p) bare.push(it);
    else parts.set(p, [...(parts.get(p) ?? []), it]);
  }
  if (parts.size <= 1) return [[...group]];
  return [...parts.values(), bare];
}

/**
 * Votes of bodies of very different sizes are different votes ("the committee voted 7-2", "the Senate passed it
 * 52-48"): a group of splits is cut where the votes cast more than double. A split that gives no total
 * ("unanimously") joins the only vote there is.
 */
function bySize<T extends Item>(group: readonly T[]): T[][] {
  const sized = group.filter((it) => totalOf(it) !== undefined).sort((a, b) => (totalOf(a) ?? 0) - (totalOf(b) ?? 0));
  const clusters: T[][] = [];
  for (const it of sized) {
    const last = clusters[clusters.length - 1];
    const smallest = last ? (totalOf(last[0] as T) ?? 0) : 0;
    if (last && (totalOf(it) ?? 0) <= 2 * smallest) last.push(it);
    else clusters.push([it]);
  }
  if (clusters.length <= 1) return [[...group]];
  // Back in input order, so that the fact's items read as the sources give them.
  const order = new Map(group.map((it, k) => [it, k]));
  return [...clusters.map((c) => c.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))), group.filter((it) => totalOf(it) === undefined)];
}

/** A linked group of splits or spans cut into the questions it holds: a vote per subject and size, a span per office. */
export function byQuestion<T extends Item>(block: string, group: readonly T[]): T[][] {
  if (block === 'quantity|-|split|split') return byPart(group, whatOf).flatMap(bySize);
  if (block === 'date|-|years') return byPart(group, officeOf);
  return [[...group]];
}

/** The most used of some words, ties broken alphabetically, so that a label is the same in every process. */
function mostUsed(words: readonly string[]): string {
  const uses = new Map<string, number>();
  for (const w of words) if (w) uses.set(w, (uses.get(w) ?? 0) + 1);
  return [...uses.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** Words of a span's claim that say what was spanned: "active", "together", "in office". */
const SPAN_WORDS = ['active', 'together', 'in office', 'in power', 'on the throne', 'at the helm', 'in charge'];

function spanLabel(items: readonly Item[]): string {
  const office = mostUsed(items.map(officeOf));
  if (office) return `years as ${office}`;
  const spanned = mostUsed(items.flatMap((it) => SPAN_WORDS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(it.claim.text))));
  if (spanned) return `years ${spanned}`;
  return 'span of years';
}

/**
 * Labels of these facts: "vote split on the law", "efficacy against severe illness", "change in the rate
 * (percentage points)", "years active". Undefined for every other fact.
 */
export function figureLabel(block: string, items: readonly Item[]): string | undefined {
  if (block === 'date|-|years') return spanLabel(items);
  const [kind, , quantityKind, unitClass = ''] = block.split('|');
  if (kind !== 'quantity') return undefined;
  if (quantityKind === 'split') {
    const what = mostUsed(items.map(whatOf));
    return what ? `vote split on the ${what}` : 'vote split';
  }
  if (quantityKind !== 'percent') return undefined;
  const [base, holder = '', qualifier = ''] = unitClass.split(':');
  if (holder === 'efficacy') return qualifier ? `efficacy against ${qualifier}` : 'efficacy';
  if (holder === 'rate' || holder.endsWith(' rate')) return base === 'points' ? `change in the ${holder} (percentage points)` : holder === 'rate' ? 'rate' : holder;
  return undefined;
}
