import { lookupPlace } from '../../lexicon/places.js';
import type { EntityMention, Evidence, Fact, FactItem, Finding, Origin } from '../../model.js';
import { clashingItems, kindsOf } from '../kinds.js';
import { quote, sourceList } from '../shared.js';

/**
 * A person's hometown or birthplace as each source gives it ("Dana Whitfield, 29, of Calgary" / "the Cochrane
 * woman, Dana Whitfield"; "born in Lyon" / "born in Marseille"). Two places differ only when neither can hold
 * the other: a country holds its regions and towns, a region the towns it is not known to exclude, so "of
 * Calgary" and "of Alberta", or "born in Lyon" and "born in France", are one answer at two scales.
 */

interface Placed {
  item: FactItem;
  origin: Origin;
  level: 'country' | 'region' | 'town';
  /** The country a place is known to lie in: a region's or a capital's. */
  country?: string;
}

function place(item: FactItem, origin: Origin): Placed {
  const entry = lookupPlace(origin.text);
  if (!entry) return { item, origin, level: 'town' };
  if (entry.key.includes('/')) return { item, origin, level: 'region', country: entry.key.split('/')[0] };
  if (entry.form === 'name') return { item, origin, level: 'country', country: entry.key };
  // A capital is a town whose country is known.
  return { item, origin, level: 'town', country: entry.key };
}

/**
 * Can one answer hold the other? The same place, or a larger place and a smaller one not known to lie elsewhere
 * (a country and its regions, capital or any unknown town; a region and a town).
 */
function compatible(x: Placed, y: Placed): boolean {
  if (x.origin.key === y.origin.key) return true;
  if (x.level === y.level) return false;
  const inner = x.level === 'town' || (x.level === 'region' && y.level === 'country') ? x : y;
  const outer = inner === x ? y : x;
  return inner.country === undefined || outer.country === undefined || inner.country === outer.country;
}

const evidenceOf = (p: Placed): Evidence => ({ sourceId: p.item.sourceId, claimId: p.item.claimId, text: p.origin.text, start: p.origin.start, end: p.origin.end, value: p.origin.key });

const NOUN: Record<Origin['relation'], string> = { hometown: 'hometown', birthplace: 'birthplace' };

export function compareOrigins(fact: Fact, name: string): Finding[] {
  const findings: Finding[] = [];
  for (const relation of ['hometown', 'birthplace'] as const) {
    const placed: Placed[] = [];
    const seen = new Set<string>();
    for (const item of fact.items) {
      const m = item.mention as EntityMention | undefined;
      for (const o of m?.origins ?? []) {
        const key = `${item.sourceId}|${o.start}`;
        if (o.relation !== relation || seen.has(key)) continue;
        seen.add(key);
        placed.push(place(item, o));
      }
    }
    // A pair of sources differs when a place of one fits no place the other gives.
    const kinds = kindsOf(placed, (p) => `${p.origin.key}|${p.level}|${p.country ?? ''}`, (p) => p.item.sourceId);
    const clashing = clashingItems(kinds, compatible, (x, y) => !compatible(x, y));
    if (clashing.size === 0) continue;
    const involved = placed.filter((p) => clashing.has(p));
    const byPlace = new Map<string, Placed[]>();
    for (const p of involved) byPlace.set(p.origin.text, [...(byPlace.get(p.origin.text) ?? []), p]);
    findings.push({
      kind: 'divergence',
      category: 'name',
      severity: 'warning',
      rule: `name/${relation}`,
      fact: `${NOUN[relation]} of ${name}`,
      message: `Sources give ${name} different ${relation === 'hometown' ? 'hometowns' : 'birthplaces'}: ${[...byPlace.entries()].map(([text, list]) => `${quote(text)} (${sourceList(list.map((p) => p.item))})`).join(' vs ')}.`,
      evidence: involved.map(evidenceOf),
    });
  }
  return findings;
}
