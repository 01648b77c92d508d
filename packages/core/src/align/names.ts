import { lookupPlace } from '../lexicon/places.js';
import type { Claim, EntityMention, ExtractedSource, Fact, FactItem } from '../model.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { UnionFind } from './union-find.js';
import { nameSpan } from '../shared/spans.js';
import { legalFormOf, lettersOf, relateNames, type NameRelation } from '../shared/name-relations.js';

/**
 * Name facts: the same person, organisation or group as each source names it. Within a source, a short
 * form ("Okafor") is folded into the fullest form that contains it ("Daniel Okafor"), so only a source
 * whose fullest form is short ("Lin" where another says "Lin Haoran") differs. Across sources, candidates
 * share a name word (an inverted index), and only those pairs are scored.
 */

interface SourceEntity {
  sourceId: string;
  mention: EntityMention;
  claim: Claim;
  /** Later mentions of the same name in that source that carry a role ("…, the deputy mayor,") or an origin ("…, of Calgary"). */
  roles: { mention: EntityMention; claim: Claim }[];
}

/** Places of the lexicon are compared by their key, elsewhere; places it does not know are compared as names. */
const NAMEABLE = new Set(['person', 'organization', 'group', 'place']);
const isNameable = (m: EntityMention) => NAMEABLE.has(m.kind) && (m.kind !== 'place' || lookupPlace(m.name) === undefined);
/** Words too common in organisation names to block on: every "Commission" would meet every other. */
const GENERIC = new Set(['national', 'ministry', 'commission', 'committee', 'office', 'department', 'centre', 'center', 'group', 'agency', 'service', 'council', 'foreign', 'security', 'affairs', 'of', 'and', 'the', 'for', 'party', 'government', 'company', 'corporation', 'limited']);
const MAX_POSTING = 64;

function coreWords(m: EntityMention): string[] {
  return m.key.split('@')[0]?.split(' ').filter(Boolean) ?? [];
}

/** Fold a source's mentions of one kind into distinct entities, each named by its fullest form. */
function sourceEntities(source: ExtractedSource): SourceEntity[] {
  const all: SourceEntity[] = [];
  for (const claim of source.claims) {
    for (const m of claim.mentions) {
      if (m.type === 'entity' && isNameable(m)) all.push({ sourceId: source.id, mention: m, claim, roles: [] });
    }
  }
  const byKey = new Map<string, SourceEntity>();
  for (const e of all) {
    const key = `${e.mention.kind}|${e.mention.key}`;
    const first = byKey.get(key);
    if (!first) byKey.set(key, e);
    else if ((e.mention.role && e.mention.role !== first.mention.role) || e.mention.origins) first.roles.push({ mention: e.mention, claim: e.claim });
  }
  const distinct = [...byKey.values()];
  // A surname alone ("Okafor") is folded into the full name, roles and all.
  for (const e of distinct) {
    if (e.mention.kind !== 'person') continue;
    const full = distinct.find((o) => o !== e && o.mention.kind === 'person' && o.mention.words.length > e.mention.words.length && e.mention.words.every((w) => o.mention.words.includes(w)));
    if (!full) continue;
    if (e.mention.role || e.mention.origins) full.roles.push({ mention: e.mention, claim: e.claim });
    full.roles.push(...e.roles);
  }
  return distinct.filter((e) => {
    if (e.mention.kind !== 'person') return true;
    const words = e.mention.words;
    // Folded when a longer name of the same source contains every word of this one.
    return !distinct.some((o) => o !== e && o.mention.kind === 'person' && o.mention.words.length > words.length && words.every((w) => o.mention.words.includes(w)));
  });
}

const nameKey = (e: SourceEntity) => `${e.mention.kind}|${e.mention.key}`;

function sharesSource(sourcesOfName: ReadonlyMap<string, ReadonlySet<string>>, a: SourceEntity, b: SourceEntity): boolean {
  const sa = sourcesOfName.get(nameKey(a));
  const sb = sourcesOfName.get(nameKey(b));
  return sa !== undefined && sb !== undefined && [...sa].some((s) => sb.has(s));
}

function attestations(sourcesOfName: ReadonlyMap<string, ReadonlySet<string>>, e: SourceEntity): number {
  return sourcesOfName.get(nameKey(e))?.size ?? 0;
}

/** Blocking keys of a name: 4-letter prefixes of its telling words, and its letters without spaces ("RedLynx"). */
function blockingKeys(m: EntityMention): string[] {
  const words = m.kind === 'person' ? m.words : coreWords(m).filter((w) => !GENERIC.has(w) && w.length > 2);
  const chosen = words.length ? words : coreWords(m);
  const keys = chosen.map((w) => (w.length > 4 ? w.slice(0, 4) : w));
  keys.push(`~${coreWords(m).join('').slice(0, 6)}`);
  return [...new Set(keys)];
}

export function alignNames(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  const entities = sources.flatMap(sourceEntities);
  const uf = new UnionFind(entities.length);
  // Identical names are the same entity without scoring: one pass over a map, however many sources name it.
  const byName = new Map<string, number[]>();
  entities.forEach((e, i) => {
    const key = `${e.mention.kind}|${e.mention.key}`;
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  const sourcesOfName = new Map<string, Set<string>>();
  for (const e of entities) {
    const key = `${e.mention.kind}|${e.mention.key}`;
    const set = sourcesOfName.get(key) ?? new Set<string>();
    set.add(e.sourceId);
    sourcesOfName.set(key, set);
  }
  const representatives: number[] = [];
  for (const list of byName.values()) {
    representatives.push(list[0] as number);
    for (const i of list) uf.union(list[0] as number, i);
  }
  // Different names are scored only when they share a blocking key; postings are over distinct names.
  const postings = buildPostings(representatives.length, (r) => blockingKeys((entities[representatives[r] as number] as SourceEntity).mention));
  const partialTargets = new Map<number, Set<string>>();
  forEachSharedPair(postings, representatives.length, MAX_POSTING, (x, y) => {
    const i = representatives[x] as number;
    const j = representatives[y] as number;
    const a = entities[i] as SourceEntity;
    const b = entities[j] as SourceEntity;
    counter.pairs++;
    const relation = relateNames(a.mention, b.mention);
    if (!relation) return;
    // Two spellings that one source writes side by side, or that several sources each write, name two
    // entities ("National" and "Regional Response Coordination Center"; two ministries), not one misspelt.
    // The same letters styled otherwise stay one name however often each style is used.
    const restyled = lettersOf(a.mention.name) === lettersOf(b.mention.name);
    if (relation === 'variant' && !restyled && (sharesSource(sourcesOfName, a, b) || (attestations(sourcesOfName, a) >= 2 && attestations(sourcesOfName, b) >= 2))) return;
    if (relation === 'partial') {
      const [short, long] = a.mention.words.length < b.mention.words.length ? [i, b] : [j, a];
      const targets = partialTargets.get(short) ?? new Set<string>();
      targets.add(long.mention.key);
      partialTargets.set(short, targets);
    }
    uf.union(i, j);
  });
  const facts: Fact[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    // A short name that fits two different full names ("Smith": "Ann Smith", "Bob Smith") says nothing.
    if (group.some((i) => (partialTargets.get(i)?.size ?? 0) > 1)) continue;
    // A group that holds two people's full names under one short form is ambiguous too.
    const members = group.map((i) => entities[i] as SourceEntity);
    const items: FactItem[] = members.map((e) => ({
      sourceId: e.sourceId,
      claimId: e.claim.id,
      ...nameSpan(e.mention),
      value: e.mention.name,
      mention: e.mention,
      claim: e.claim,
    }));
    // Each further role a source gives the person, compared by the name rules as the same name.
    for (const e of members) {
      for (const r of e.roles) {
        items.push({ sourceId: e.sourceId, claimId: r.claim.id, text: r.mention.name, start: r.mention.end - r.mention.name.length, end: r.mention.end, value: e.mention.name, mention: { ...r.mention, name: e.mention.name, words: e.mention.words, key: e.mention.key }, claim: r.claim });
      }
    }
    // Labelled by the form most sources use, the longest among equals: what an editor would search for.
    const uses = new Map<string, number>();
    for (const m of members) uses.set(m.mention.name, (uses.get(m.mention.name) ?? 0) + 1);
    const label = [...members].sort((p, q) => (uses.get(q.mention.name) ?? 0) - (uses.get(p.mention.name) ?? 0) || q.mention.name.length - p.mention.name.length || (p.mention.name < q.mention.name ? -1 : 1))[0] as SourceEntity;
    facts.push({ id: '', category: 'name', label: `name: ${label.mention.name}`, key: `name|${label.mention.kind}|${label.mention.key}`, items });
  }
  return facts;
}
