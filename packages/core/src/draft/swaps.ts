import { timesCompatible } from '../compare/values/times.js';
import type { Claim, EntityMention, Evidence, ExtractedSource, Finding, Mention } from '../model.js';
import { diceCoefficient, wordDice } from '../shared/similarity.js';

/**
 * What the draft says that no aligned fact covers can still be a wrong copy of a source: a name spelled one
 * letter off ("Rui Batelha" for "Rui Batalha"), or a name, figure or date swapped for another in a sentence the
 * source says in the same words ("Inspector Anna Berg led the inquiry" where the wire has "Inspector Clara Holm
 * led the inquiry"). Both are contradictions of the source, not claims no source speaks about.
 *
 * Pure: it reads the extracted draft and sources and returns findings with the draft's words first.
 */

const NAME_KINDS = new Set(['person', 'organization', 'group']);

const quote = (text: string) => `"${text.replace(/\s+/g, ' ')}"`;

interface Located {
  source: ExtractedSource;
  claim: Claim;
  mention: Mention;
}

function nameSpan(m: EntityMention): { text: string; start: number; end: number } {
  return { text: m.name, start: m.end - m.name.length, end: m.end };
}

function evidenceOf(sourceId: string, claim: Claim, m: Mention): Evidence {
  const span = m.type === 'entity' ? nameSpan(m) : { text: m.text, start: m.start, end: m.end };
  return { sourceId, claimId: claim.id, ...span };
}

/**
 * The same name with a letter or two off: as many words, the same initials, every word alike and at least one
 * word not the same. "Batelha" / "Batalha" is; "Berg" / "Borg" alone (four letters, one off) is too short to say.
 */
export function misspelled(a: EntityMention, b: EntityMention): boolean {
  if (a.words.length !== b.words.length || a.words.length === 0) return false;
  let differs = false;
  for (let i = 0; i < a.words.length; i++) {
    const x = a.words[i] as string;
    const y = b.words[i] as string;
    if (x === y) continue;
    if (x[0] !== y[0] || Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 2) return false;
    if (diceCoefficient(x, y) < 0.5) return false;
    differs = true;
  }
  return differs;
}

/** Content words of a claim outside its names, figures and dates: what a sentence says about them. */
function frameOf(claim: Claim): string[] {
  // A name's title stays in the frame: "Inspector … led the inquiry" is the slot the name fills.
  const inside = claim.mentions.flatMap((m) => (m.type === 'entity' ? m.name : m.text).toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  return claim.words.filter((w) => !inside.includes(w) && !/\d/.test(w));
}

/** The kind of slot a mention fills, for a swap: only a name of the same kind, or a figure of the same thing. */
function slotOf(m: Mention): string {
  if (m.type === 'entity') return `entity:${m.kind}`;
  if (m.type === 'quantity') return `quantity:${m.quantity.kind}:${m.quantity.unitClass}`;
  return m.type;
}

function sameValue(a: Mention, b: Mention): boolean {
  if (a.type === 'entity' && b.type === 'entity') return a.key === b.key || a.words.every((w) => b.words.includes(w)) || b.words.every((w) => a.words.includes(w));
  if (a.type === 'quantity' && b.type === 'quantity') return a.quantity.min <= (b.quantity.max ?? Infinity) && b.quantity.min <= (a.quantity.max ?? Infinity);
  if (a.type === 'date' && b.type === 'date') {
    // "March 3" in an undated text has no year to pin it: the words are all there is to compare.
    if (!a.date.start || !b.date.start) return a.text.toLowerCase().replace(/\s+/g, ' ') === b.text.toLowerCase().replace(/\s+/g, ' ');
    return a.date.start <= b.date.end && b.date.start <= a.date.end;
  }
  if (a.type === 'time' && b.type === 'time') return timesCompatible(a, b);
  return false;
}

const MIN_SHARED_FRAME = 3;
const MIN_FRAME_DICE = 0.5;

/** Source claims that say what the draft's claim says, best first. */
function sameSentences(claim: Claim, sources: readonly ExtractedSource[]): { source: ExtractedSource; claim: Claim }[] {
  const frame = frameOf(claim);
  const out: { source: ExtractedSource; claim: Claim; score: number }[] = [];
  for (const source of sources) {
    for (const other of source.claims) {
      const theirs = frameOf(other);
      const shared = new Set(frame.filter((w) => theirs.includes(w))).size;
      if (shared < MIN_SHARED_FRAME) continue;
      const score = wordDice(frame, theirs);
      if (score >= MIN_FRAME_DICE) out.push({ source, claim: other, score });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : a.claim.start - b.claim.start));
}

/**
 * Findings for the draft's mentions that `covered` leaves out: misspelled names and swapped values. Returns the
 * findings and the draft spans they speak about, so that these are not also called unsupported.
 */
export function swapsOf(draft: ExtractedSource, sources: readonly ExtractedSource[], isCovered: (m: Mention) => boolean): { findings: Finding[]; covers: Evidence[] } {
  const findings: Finding[] = [];
  const covers: Evidence[] = [];
  const names: Located[] = [];
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const mention of claim.mentions) if (mention.type === 'entity' && NAME_KINDS.has(mention.kind)) names.push({ source, claim, mention });
    }
  }
  const said = new Set<string>();
  for (const claim of draft.claims) {
    for (const m of claim.mentions) {
      if (isCovered(m) || said.has(`${m.start}`)) continue;
      if (m.type === 'entity' && !NAME_KINDS.has(m.kind)) continue;
      const mine = evidenceOf(draft.id, claim, m);
      // A name some source writes alike is no misspelling of another.
      if (m.type === 'entity' && names.some((n) => (n.mention as EntityMention).words.join(' ') === m.words.join(' '))) continue;
      const near = m.type === 'entity' ? names.filter((n) => n.mention.type === 'entity' && n.mention.kind === m.kind && misspelled(m, n.mention)) : [];
      if (near.length > 0) {
        const theirs = near.map((n) => evidenceOf(n.source.id, n.claim, n.mention));
        const ids = [...new Set(theirs.map((e) => e.sourceId))].sort();
        findings.push({
          kind: 'divergence',
          category: 'name',
          severity: 'error',
          rule: 'draft/contradicted',
          fact: `name: ${(near[0]?.mention as EntityMention).name}`,
          message: `The draft spells the name ${quote(mine.text)}; ${ids.join(', ')} write${ids.length === 1 ? 's' : ''} ${quote(theirs[0]?.text ?? '')}.`,
          evidence: [mine, ...theirs],
        });
        covers.push(mine);
        said.add(`${m.start}`);
        continue;
      }
      for (const match of sameSentences(claim, sources)) {
        const slot = slotOf(m);
        const counterparts = match.claim.mentions.filter((o) => slotOf(o) === slot);
        // The source sentence must hold one value in that slot, and not the draft's: then it was swapped.
        if (counterparts.length !== 1 || claim.mentions.filter((o) => slotOf(o) === slot).length !== 1) continue;
        const other = counterparts[0] as Mention;
        if (sameValue(m, other)) break;
        const theirs = evidenceOf(match.source.id, match.claim, other);
        findings.push({
          kind: 'divergence',
          category: m.type === 'entity' ? 'name' : m.type === 'time' ? 'date' : m.type,
          severity: 'error',
          rule: 'draft/contradicted',
          fact: `draft: ${claim.text.length > 60 ? `${claim.text.slice(0, 59)}…` : claim.text}`,
          message: `The draft says ${quote(mine.text)} where ${match.source.id} says ${quote(theirs.text)} in the same sentence: ${quote(match.claim.text)}.`,
          evidence: [mine, theirs],
        });
        covers.push(mine);
        said.add(`${m.start}`);
        break;
      }
    }
  }
  return { findings, covers };
}
