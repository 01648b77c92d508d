import { STOPWORDS } from '../lexicon/stopwords.js';
import type { Claim, Cue, ExtractedSource, Fact, FactItem } from '../model.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { wordDice } from '../shared/similarity.js';
import { UnionFind } from './union-find.js';

/**
 * Misquotes: one quotation given in different words by two sources ("as well as our partners" / "as well as
 * with our partners"). Quotations of six words or more are indexed by their rarer words; only pairs sharing
 * one are compared, by the words they share in order. A quotation that is an excerpt of the other is the same
 * words, not a misquote; a paraphrase outside quotation marks never comes here.
 */

const MIN_WORDS = 6;
const MAX_POSTING = 32;
const SIMILAR = 0.7;

interface Quoted {
  sourceId: string;
  claim: Claim;
  cue: Cue;
  words: string[];
  normal: string;
}

const wordsOf = (text: string) => (text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? []) as string[];

/** Longest common subsequence of two word lists, in words: linear memory, bounded lists. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** How alike two wordings are: the share of the longer one's words that the other keeps in order. */
export function wordingSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return commonWords(a, b) / Math.max(a.length, b.length);
}

const isExcerpt = (a: Quoted, b: Quoted) => ` ${b.normal} `.includes(` ${a.normal} `) || ` ${a.normal} `.includes(` ${b.normal} `);

export function alignMisquotes(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  const quoted: Quoted[] = [];
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const cue of claim.quotes) {
        // Long quotations are compared on their first eighty words: a misquote shows there too.
        const words = wordsOf(cue.text).slice(0, 80);
        if (words.length < MIN_WORDS) continue;
        quoted.push({ sourceId: source.id, claim, cue, words, normal: words.join(' ') });
      }
    }
  }
  const postings = buildPostings(quoted.length, (i) => [...new Set((quoted[i] as Quoted).words.filter((w) => w.length >= 5 && !STOPWORDS.has(w)))]);
  const uf = new UnionFind(quoted.length);
  const linked = new Set<number>();
  forEachSharedPair(postings, quoted.length, MAX_POSTING, (x, y) => {
    const a = quoted[x] as Quoted;
    const b = quoted[y] as Quoted;
    if (a.sourceId === b.sourceId || a.normal === b.normal || isExcerpt(a, b)) {
      if (a.sourceId !== b.sourceId && a.normal === b.normal) uf.union(x, y);
      return;
    }
    counter.pairs++;
    // The word sets first (linear): only wordings that share most of their words are aligned word by word.
    if (wordDice(a.words, b.words) < SIMILAR || wordingSimilarity(a.words, b.words) < SIMILAR) return;
    uf.union(x, y);
    linked.add(x).add(y);
  });
  const facts: Fact[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2 || !group.some((i) => linked.has(i))) continue;
    const members = group.map((i) => quoted[i] as Quoted);
    if (new Set(members.map((m) => m.normal)).size < 2 || new Set(members.map((m) => m.sourceId)).size < 2) continue;
    const items: FactItem[] = members.map((m) => ({ sourceId: m.sourceId, claimId: m.claim.id, text: m.cue.text, start: m.cue.start, end: m.cue.end, value: m.normal, claim: m.claim }));
    const first = members[0] as Quoted;
    facts.push({ id: '', category: 'statement', label: `quoted: “${first.words.slice(0, 8).join(' ')}…”`, key: `misquote|${first.normal}`, items });
  }
  return facts;
}
