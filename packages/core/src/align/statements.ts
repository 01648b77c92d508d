import { DENIALS, SPEECH_VERBS } from '../lexicon/verbs.js';
import type { Claim, ExtractedSource, Fact, FactItem } from '../model.js';
import { singular } from '../lexicon/nouns.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { wordDice } from '../shared/similarity.js';
import { statementWords } from '../shared/statement-words.js';

/**
 * Statement facts: claims of different sources that say the same thing in nearly the same words.
 * Candidates share an anchor (a named non-place entity or a content word of six letters or more; postings
 * capped), and a pair is linked when the Dice similarity of their content words, without verbs of saying
 * or denying, compared as word sets (Dice), is at least 0.5. They are compared for polarity, actor and speaker.
 */
const MAX_POSTING = 32;
const SIMILARITY = 0.5;
const MIN_WORDS = 4;

function anchorsOf(claim: Claim): string[] {
  const out = new Set<string>();
  for (const m of claim.mentions) if (m.type === 'entity' && m.kind !== 'place') out.add(`e:${m.key}`);
  for (const w of claim.words) if (w.length >= 6 && !SPEECH_VERBS.has(w) && !DENIALS.has(w)) out.add(`w:${w}`);
  return [...out];
}

export function alignStatements(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  // One claim per clause: a clause split into one claim per count is still one statement.
  const seenSpans = new Set<string>();
  const claims = sources.flatMap((s) =>
    s.claims.filter((c) => {
      const span = `${c.sourceId}|${c.start}|${c.end}`;
      // A short attributed claim ("the embassy said the talks had been cancelled") is still a statement to credit.
      if (c.words.length < (c.attribution ? MIN_WORDS - 1 : MIN_WORDS) || seenSpans.has(span)) return false;
      seenSpans.add(span);
      return true;
    }),
  );
  const postings = buildPostings(claims.length, (i) => anchorsOf(claims[i] as Claim));
  const texts = claims.map(statementWords);
  const score = new Map<number, number>();
  const similarity = (p: number, q: number): number => {
    const key = Math.min(p, q) * claims.length + Math.max(p, q);
    let value = score.get(key);
    if (value === undefined) {
      counter.pairs++;
      value = wordDice(texts[p] ?? [], texts[q] ?? []);
      score.set(key, value);
    }
    return value;
  };
  const linked: [number, number, number][] = [];
  forEachSharedPair(postings, claims.length, MAX_POSTING, (p, q) => {
    if ((claims[p] as Claim).sourceId === (claims[q] as Claim).sourceId) return;
    const value = similarity(p, q);
    if (value >= SIMILARITY) linked.push([value, p, q]);
  });
  // Complete linkage, best pairs first: a claim joins a group only if it is close to every member, so a chain
  // of loosely similar sentences never becomes one "statement".
  linked.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const groupOf = new Map<number, number[]>();
  for (const [, p, q] of linked) {
    const gp = groupOf.get(p);
    const gq = groupOf.get(q);
    if (gp && gq) continue;
    if (!gp && !gq) {
      const group = [p, q];
      groupOf.set(p, group);
      groupOf.set(q, group);
      continue;
    }
    const group = (gp ?? gq) as number[];
    const newcomer = gp ? q : p;
    const sameSource = group.some((m) => (claims[m] as Claim).sourceId === (claims[newcomer] as Claim).sourceId);
    if (!sameSource && group.every((m) => similarity(m, newcomer) >= SIMILARITY)) {
      group.push(newcomer);
      groupOf.set(newcomer, group);
    }
  }
  const groups = [...new Set(groupOf.values())];
  const facts: Fact[] = [];
  for (const group of groups) {
    const items: FactItem[] = group.map((i) => {
      const c = claims[i] as Claim;
      return { sourceId: c.sourceId, claimId: c.id, text: c.text, start: c.start, end: c.end, value: c.negated ? 'negated' : 'affirmed', claim: c };
    });
    const first = items[0]?.claim;
    // The fact as its first source words it, in its own case and order: "statement: “China has denied any involvement…”".
    const opening = (first?.text ?? '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
    const label = `statement: “${opening}${(first?.text ?? '').trim().split(/\s+/).length > 8 ? '…' : ''}”`;
    facts.push({ id: '', category: 'statement', label, key: `statement|${first?.id ?? ''}`, items });
  }
  return facts;
}
