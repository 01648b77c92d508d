import type { Alignment, Claim, Cue, EntityMention, Evidence, ExtractedSource, Finding, FindingCategory, Mention } from '../../model.js';
import { quote, shorten } from '../shared.js';

/**
 * Single-source claims: checkable statements that no other source states or contradicts. An editor must verify
 * these first, because nobody else backs them up. A claim is checkable when it carries a figure, a quotation, a
 * named person or organisation doing something, or a date; a claim with none of these is colour and is not listed
 * (clutter and headings never become claims at all).
 *
 * "No other source" is judged on the checkable part itself, not on the sentence: a figure that another source
 * gives too (or contradicts: the two are in one aligned fact), a quotation another source carries, the same
 * named actor doing the same thing. Ranked by what to verify first, numbers, then quotations, then named
 * accusations, then dates, and capped per source; the count of the rest goes to the per-source summary.
 */

export interface SingleSourceOptions {
  /** How many single-source claims to list per source. Default 5. */
  perSource?: number;
}

export interface SingleSourceResult {
  findings: Finding[];
  /** Source id → how many single-source claims it has, listed or not. */
  totals: Map<string, number>;
}

export const SINGLE_SOURCE_CAP = 5;

type Kind = 'number' | 'quotation' | 'named' | 'date';
const PRIORITY: Record<Kind, number> = { number: 0, quotation: 1, named: 2, date: 3 };
const CATEGORY: Record<Kind, FindingCategory> = { number: 'quantity', quotation: 'statement', named: 'statement', date: 'date' };

/** A quotation of three words or more is a statement; shorter ones ("malicious") are word choices. */
const MIN_QUOTE_WORDS = 3;

const norm = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function quantityKey(m: Mention): string | undefined {
  if (m.type !== 'quantity') return undefined;
  const q = m.quantity;
  return `${q.kind}|${q.unitClass}|${q.min}|${q.max ?? 'inf'}`;
}

function dateKey(m: Mention): string | undefined {
  return m.type === 'date' ? `${m.date.start}/${m.date.end}` : undefined;
}

// An age describes a person the claim is about; it is not what the claim asserts.
const isFigure = (m: Mention) => m.type === 'quantity' && m.quantity.basis !== 'vague' && m.quantity.basis !== 'article' && m.quantity.kind !== 'age';
const isNamed = (m: Mention): m is EntityMention => m.type === 'entity' && (m.kind === 'person' || m.kind === 'organization');

/** The named actor of a claim: its agent when it is a person or organisation, else the first one it names. */
function namedActor(claim: Claim): EntityMention | undefined {
  if (claim.agent && isNamed(claim.agent)) return claim.agent;
  return claim.mentions.find(isNamed);
}

interface Candidate {
  claim: Claim;
  kind: Kind;
  /** The words to check, as evidence. */
  cue: Cue;
}

/** Index of what each source states, by value: value key → the sources that state it. */
class Stated {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, sourceId: string): void {
    const set = this.map.get(key);
    if (set) set.add(sourceId);
    else this.map.set(key, new Set([sourceId]));
  }
  byOthers(key: string, sourceId: string): boolean {
    const set = this.map.get(key);
    return set !== undefined && (set.size > 1 || !set.has(sourceId));
  }
}

/**
 * The texts of a source's claims, each span once: a clause of many counted things gives one claim per count, all
 * with the clause's text, and joining every copy would make the text searched for quotations grow with the square
 * of the clause.
 */
function distinctSpans(claims: readonly Claim[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const claim of claims) {
    const key = `${claim.start}:${claim.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(claim.text);
  }
  return out;
}

export function singleSourceClaims(sources: readonly ExtractedSource[], alignment: Alignment, options: SingleSourceOptions = {}): SingleSourceResult {
  const cap = options.perSource ?? SINGLE_SOURCE_CAP;
  // What is aligned with another source: a mention in a fact of two or more sources is stated or contradicted
  // elsewhere; so is a whole claim in a statement or quotation fact of two or more sources.
  const alignedMentions = new Set<string>();
  const alignedClaims = new Set<string>();
  for (const fact of alignment.facts) {
    if (new Set(fact.items.map((i) => i.sourceId)).size < 2) continue;
    for (const item of fact.items) {
      if (item.mention) alignedMentions.add(`${item.claimId}@${item.mention.start}`);
      if (fact.category === 'statement' || fact.category === 'attribution') alignedClaims.add(item.claimId);
    }
  }
  // What each source states, aligned or not: the same figure, date or actor-and-verb in another source counts.
  const stated = new Stated();
  const texts = new Map<string, string>();
  for (const source of sources) {
    texts.set(source.id, norm(distinctSpans(source.claims).join(' ')));
    for (const claim of source.claims) {
      for (const m of claim.mentions) {
        const key = quantityKey(m) ?? dateKey(m);
        if (key) stated.add(key, source.id);
      }
      const actor = namedActor(claim);
      if (actor && claim.predicate) stated.add(`act|${actor.key}|${claim.predicate.lemma}`, source.id);
    }
  }
  const quotedElsewhere = (sourceId: string, words: string) => {
    for (const [id, text] of texts) if (id !== sourceId && text.includes(words)) return true;
    return false;
  };

  const findings: Finding[] = [];
  const totals = new Map<string, number>();
  for (const source of sources) {
    const candidates: Candidate[] = [];
    // A source that repeats a figure, quotation or date says it once.
    const seen = new Set<string>();
    for (const claim of source.claims) {
      const candidate = checkable(claim, source.text, alignedMentions, alignedClaims, stated, quotedElsewhere);
      if (!candidate) continue;
      const key = `${candidate.kind}|${candidate.kind === 'named' ? candidate.claim.id : norm(candidate.cue.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
    totals.set(source.id, candidates.length);
    candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.claim.start - b.claim.start);
    for (const c of candidates.slice(0, cap)) findings.push(toFinding(source.id, c));
  }
  return { findings, totals };
}

/** The most urgent checkable part of a claim that no other source states, or undefined. */
/** "the two countries": a figure after "the" points back at things already named, it reports no count. */
function isDefinite(m: Mention, text: string): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
}

function checkable(
  claim: Claim,
  text: string,
  alignedMentions: ReadonlySet<string>,
  alignedClaims: ReadonlySet<string>,
  stated: Stated,
  quotedElsewhere: (sourceId: string, words: string) => boolean,
): Candidate | undefined {
  const own = (m: Mention) => !alignedMentions.has(`${claim.id}@${m.start}`);
  const figure = claim.mentions.find((m) => isFigure(m) && own(m) && !isDefinite(m, text) && !stated.byOthers(quantityKey(m) ?? '', claim.sourceId));
  if (figure) return { claim, kind: 'number', cue: figure };
  if (alignedClaims.has(claim.id)) return undefined;
  const quoted = claim.quotes.find((q) => {
    const words = norm(q.text);
    return words.trim().split(' ').length >= MIN_QUOTE_WORDS && !quotedElsewhere(claim.sourceId, words);
  });
  if (quoted) return { claim, kind: 'quotation', cue: quoted };
  const actor = namedActor(claim);
  if (actor && claim.predicate && own(actor) && !stated.byOthers(`act|${actor.key}|${claim.predicate.lemma}`, claim.sourceId)) {
    return { claim, kind: 'named', cue: claim };
  }
  const date = claim.mentions.find((m) => m.type === 'date' && m.date.resolved && own(m) && !stated.byOthers(dateKey(m) ?? '', claim.sourceId));
  if (date) return { claim, kind: 'date', cue: date };
  return undefined;
}

const cut = (text: string) => shorten(text, 160);

function toFinding(sourceId: string, c: Candidate): Finding {
  const words = c.cue.text;
  // The clause is quoted when it says more than the words themselves (who said it, what the figure counts).
  const extra = norm(c.claim.text).trim().split(' ').length - norm(words).trim().split(' ').length;
  const clause = extra >= 3 ? `: ${quote(cut(c.claim.text))}` : '';
  const what: Record<Kind, string> = {
    number: `Only ${sourceId} gives the figure ${quote(words)}${clause}`,
    quotation: `Only ${sourceId} quotes ${quote(cut(words))}${clause}`,
    named: `Only ${sourceId} reports this: ${quote(cut(c.claim.text))}`,
    date: `Only ${sourceId} gives the date ${quote(words)}${clause}`,
  };
  const evidence: Evidence = { sourceId, claimId: c.claim.id, text: words, start: c.cue.start, end: c.cue.end };
  return {
    kind: 'single-source',
    category: CATEGORY[c.kind],
    severity: 'info',
    rule: `single-source/${c.kind}`,
    fact: `only in ${sourceId}`,
    message: `${what[c.kind]}. No other source states or contradicts it; verify it before relying on it.`,
    evidence: [evidence],
    priority: PRIORITY[c.kind],
  };
}
