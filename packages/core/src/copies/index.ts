import { UnionFind } from '../align/union-find.js';
import type { ExtractedSource } from '../model.js';
import { bandKeys, hashString, signature } from './minhash.js';
import { shinglesOf } from './shingles.js';

/**
 * Copy detection: which sources are versions of one text (syndicated, lightly edited or reworded), so that five
 * sources agreeing can be told from one wire copied five times.
 *
 * Each source's claims (its body, without front matter, dateline, headings or clutter) become shingles; MinHash
 * signatures and banding give candidate pairs without comparing every source with every other; each candidate is
 * then checked exactly (the Jaccard resemblance of the two shingle sets, at least `COPY_RESEMBLANCE`). Families are
 * the connected components of the copy pairs.
 *
 * Cost, for S sources of W words in all: shingling O(W), signatures O(W × 192), banding O(S × 64), and an exact
 * check (O(shingles of the two texts)) only for a source and at most 8 earlier sources of a shared band bucket
 * that it is not already linked to. Independent reports of one story share a bucket with probability about 0.01;
 * a family of copies costs about one check per member. The work grows linearly with the corpus.
 */

/** Jaccard resemblance of shingle sets at or above which two sources are copies of one text. */
export const COPY_RESEMBLANCE = 0.3;
/** How many sources of one band bucket a new source is checked against, at most. */
const REPRESENTATIVES = 8;
/** Texts shorter than this many shingles say too little to be called copies. */
const MIN_SHINGLES = 8;

export interface CopyFamily {
  id: string;
  /** Source ids, sorted. */
  sources: string[];
  /** The lowest resemblance of a pair that links the family. */
  similarity: number;
}

/** The body a source's shingles are taken from: its distinct claim spans, in order. */
function bodyOf(source: ExtractedSource): string {
  const parts: string[] = [];
  let lastEnd = -1;
  for (const claim of source.claims) {
    if (claim.start < lastEnd) continue;
    parts.push(claim.text);
    lastEnd = claim.end;
  }
  return parts.join(' ');
}

function resemblance(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function findCopies(sources: readonly ExtractedSource[]): CopyFamily[] {
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sets = ordered.map((s) => new Set(shinglesOf(bodyOf(s)).map(hashString)));
  const buckets = new Map<string, number[]>();
  ordered.forEach((_, i) => {
    const set = sets[i] as Set<number>;
    if (set.size < MIN_SHINGLES) return;
    for (const key of bandKeys(signature([...set]))) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  // Each bucket is walked once. A source already linked to one of the bucket's representatives needs no check;
  // otherwise it is checked against at most REPRESENTATIVES of them. So a family of a thousand copies costs about
  // one exact check per member, not one per pair.
  const checked = new Set<string>();
  const linkedAt = new Map<number, number>();
  const uf = new UnionFind(ordered.length);
  for (const list of buckets.values()) {
    const reps: number[] = [];
    for (const i of list) {
      if (reps.some((r) => uf.find(r) === uf.find(i))) continue;
      let linked = false;
      for (const r of reps) {
        const key = `${r}|${i}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const resemblanceOf = resemblance(sets[r] as Set<number>, sets[i] as Set<number>);
        if (resemblanceOf < COPY_RESEMBLANCE) continue;
        uf.union(r, i);
        linkedAt.set(i, Math.min(linkedAt.get(i) ?? 1, resemblanceOf));
        linkedAt.set(r, Math.min(linkedAt.get(r) ?? 1, resemblanceOf));
        linked = true;
        break;
      }
      if (!linked) {
        reps.push(i);
        if (reps.length > REPRESENTATIVES) reps.shift();
      }
    }
  }
  const families: CopyFamily[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a - b);
    const similarity = Math.min(...group.map((i) => linkedAt.get(i) ?? 1));
    families.push({ id: '', sources: group.map((i) => (ordered[i] as ExtractedSource).id), similarity: round(similarity) });
  }
  families.sort((a, b) => ((a.sources[0] ?? '') < (b.sources[0] ?? '') ? -1 : 1));
  families.forEach((f, k) => {
    f.id = `K${k + 1}`;
  });
  return families;
}
