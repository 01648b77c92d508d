import type { EntityMention, ExtractedSource, Fact, FactItem } from '../model.js';
import { samePerson } from '../shared/persons.js';
import { quantityText } from '../values/format.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { UnionFind } from './union-find.js';

/**
 * Ages of one person across sources. Blocking key: a word of the person's name, or the noun that stands for an
 * unnamed person ("man", "driver"); a pair is linked when the names relate (`relateNames`: alike, in part, in
 * another spelling) or the nouns are the same. Ages of different people are never in one fact, whatever the
 * sentence around them. Cost: O(n) to gather the distinct names, then O(d + Σ pᵢ²) over the d distinct names
 * with posting lists capped, as for names.
 */

interface AgeItem {
  sourceId: string;
  item: FactItem;
  holder?: EntityMention;
  /** The class of the age: `age:<name key>` or `age:<noun>`. */
  unitClass: string;
}

const MAX_POSTING = 64;

function ageItems(sources: readonly ExtractedSource[]): AgeItem[] {
  const out: AgeItem[] = [];
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const m of claim.mentions) {
        if (m.type !== 'quantity' || m.quantity.kind !== 'age') continue;
        const item: FactItem = { sourceId: source.id, claimId: claim.id, text: m.text, start: m.start, end: m.end, value: quantityText(m.quantity), mention: m, claim };
        const age: AgeItem = { sourceId: source.id, item, unitClass: m.quantity.unitClass };
        if (m.holder) age.holder = m.holder;
        out.push(age);
      }
    }
  }
  return out;
}

/** Who the fact is about, in words: the fullest name the sources give, or "the man". */
function personLabel(items: readonly AgeItem[]): string {
  const names = items.flatMap((i) => (i.holder ? [i.holder] : []));
  if (names.length === 0) return `the ${items[0]?.unitClass.slice('age:'.length) ?? 'person'}`;
  // The most words, then the most sources, then the first in order: the same label whatever order sources come in.
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n.name, (uses.get(n.name) ?? 0) + 1);
  const best = [...names].sort((a, b) => b.words.length - a.words.length || (uses.get(b.name) ?? 0) - (uses.get(a.name) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] as EntityMention;
  return best.name;
}

export function alignAges(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  const items = ageItems(sources);
  if (items.length < 2) return [];
  // One entry per distinct name or noun: a person every source names alike is linked once, not pair by pair.
  const keys = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = keys.get(it.unitClass);
    if (list) list.push(i);
    else keys.set(it.unitClass, [i]);
  });
  const distinct = [...keys.values()];
  const uf = new UnionFind(items.length);
  for (const list of distinct) for (const i of list) uf.union(list[0] as number, i);
  const first = (k: number) => items[(distinct[k] as number[])[0] as number] as AgeItem;
  const postings = buildPostings(distinct.length, (k) => {
    const it = first(k);
    return it.holder ? it.holder.words.map((w) => `w:${w}`) : [`n:${it.unitClass}`];
  });
  forEachSharedPair(postings, distinct.length, MAX_POSTING, (a, b) => {
    counter.pairs++;
    if (samePerson(first(a), first(b))) uf.union((distinct[a] as number[])[0] as number, (distinct[b] as number[])[0] as number);
  });
  const facts: Fact[] = [];
  for (const group of uf.groups()) {
    const members = group.map((i) => items[i] as AgeItem);
    if (new Set(members.map((m) => m.sourceId)).size < 2) continue;
    const label = `age of ${personLabel(members)}`;
    facts.push({ id: '', category: 'quantity', label, key: `age|${label.slice('age of '.length).toLowerCase()}`, items: members.map((m) => m.item) });
  }
  return facts;
}
