import { DENIALS, SPEECH_VERBS } from '../lexicon/verbs.js';
import type { Claim, ExtractedSource, Fact, FactItem } from '../model.js';
import { singular } from '../lexicon/nouns.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { wordDice } from '../shared/similarity.js';
import { statementWords } from '../shared/statement-words.js';
import { FUTURE, isEventConcept } from '../lexicon/stances.js';

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

/** A denial's rarest concept is looked up in at most this many asserting claims. */
const MAX_DENIAL_POSTING = 64;

/**
 * Denials against what they deny: a claim of one source that denies a proposition ("denied that anyone had been
 * detained") and the claims of other sources that assert it ("a local man had been detained"). They are seldom
 * worded alike, so they are paired by what they say, not how: every concept word of the denied proposition must
 * stand in the asserting claim (which may say more: a denial of "anyone" covers "a local man"). A denied
 * proposition of one word must be an event ("detained", "redundancies"); one of "no plan" meets only a statement
 * about what will or would happen. Per other source the closest asserting claim (fewest concept words) is kept.
 */
export function alignDenials(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  const seenSpans = new Set<string>();
  const asserting = sources.flatMap((s) =>
    s.claims.filter((c) => {
      if (!c.core || c.core.length === 0) return false;
      const span = `${c.sourceId}|${c.start}|${c.end}`;
      if (seenSpans.has(span)) return false;
      seenSpans.add(span);
      return true;
    }),
  );
  const postings = buildPostings(asserting.length, (i) => (asserting[i] as Claim).core ?? []);
  const cores = asserting.map((c) => new Set(c.core));
  const facts: Fact[] = [];
  const seenDenials = new Set<string>();
  for (const source of sources) {
    for (const denial of source.claims) {
      const stance = denial.stance;
      if (!stance) continue;
      const span = `${denial.sourceId}|${denial.start}|${denial.end}`;
      if (seenDenials.has(span)) continue;
      seenDenials.add(span);
      const core = stance.core;
      const content = core.filter((w) => w !== FUTURE);
      if (content.length === 0 || (content.length === 1 && !isEventConcept(content[0] as string))) continue;
      let rarest: number[] | undefined;
      for (const w of core) {
        const list = postings.get(w) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      if (!rarest || rarest.length === 0 || rarest.length > MAX_DENIAL_POSTING) continue;
      const best = new Map<string, number>();
      for (const i of rarest) {
        const other = asserting[i] as Claim;
        if (other.sourceId === denial.sourceId) continue;
        counter.pairs++;
        const words = cores[i] as Set<string>;
        if (!core.every((w) => words.has(w))) continue;
        const known = best.get(other.sourceId);
        if (known === undefined || words.size < (cores[known] as Set<string>).size) best.set(other.sourceId, i);
      }
      if (best.size === 0) continue;
      const items: FactItem[] = [
        { sourceId: denial.sourceId, claimId: denial.id, text: denial.text, start: denial.start, end: denial.end, value: 'denied', claim: denial },
        ...[...best.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, i]) => {
          const c = asserting[i] as Claim;
          return { sourceId: c.sourceId, claimId: c.id, text: c.text, start: c.start, end: c.end, value: 'affirmed', claim: c };
        }),
      ];
      const opening = stance.scope.text.replace(/\s+/g, ' ').trim().split(' ');
      facts.push({ id: '', category: 'statement', label: `denied: “${opening.slice(0, 8).join(' ')}${opening.length > 8 ? '…' : ''}”`, key: `denial|${denial.id}`, items });
    }
  }
  return facts;
}
