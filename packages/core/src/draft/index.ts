import { analyseSources, assertUniqueIds, type CheckOptions, finishReport } from '../check.js';
import type { Claim, Evidence, ExtractedSource, Finding, FindingCategory, Mention, SourceInput, Support } from '../model.js';
import type { Report } from '../report/schema.js';
import { timesCompatible } from '../compare/values/times.js';
import type { SourceDates } from '../compare/updates/index.js';
import { swapsOf } from './swaps.js';

/**
 * A draft checked against the sources it was written from. The draft goes through the same pipeline as the
 * sources; what is reported is only what concerns the draft, with these rules:
 *
 * - `draft/contradicted` (error): the sources state the draft's figure, date or name otherwise, and none
 *   states it as the draft does (a shortened or misspelled name counts, even when another source shortens it too);
 * - `draft/disputed` (warning): the sources disagree among themselves and the draft follows some of them;
 * - `draft/unsupported` (warning): a figure, date or name of the draft that no source speaks about;
 * - `draft/inconsistent` (warning): the draft disagrees with itself;
 * - `draft/outdated` (warning): in a developing story, a later report gives another figure than the draft;
 * - `draft/confirmed` (info, an agreement): what the sources confirm, with how many of them do (and how many
 *   independent texts, when some sources are copies of one text).
 *
 * Findings among the sources alone are left out: they are the wires' problem, not the draft's.
 */

export interface DraftOptions extends CheckOptions {}

const NAME_KINDS = new Set(['person', 'organization', 'group']);

/**
 * How many texts stand behind the draft: sources that are copies of one text (the story stage's families of
 * copies, when compare found them) count once.
 */
function supportOf(supporters: readonly Evidence[], copies: readonly (readonly string[])[]): Support {
  const ids = [...new Set(supporters.map((e) => e.sourceId))].sort();
  const family = new Map<string, number>();
  copies.forEach((members, i) => members.forEach((id) => family.set(id, i)));
  const independent = new Set(ids.map((id) => (family.has(id) ? `#${family.get(id)}` : id))).size;
  const families = copies.map((members) => members.filter((id) => ids.includes(id))).filter((members) => members.length > 1);
  return { sources: ids.length, independent, copies: families.map((m) => [...m].sort()) };
}

/** `3 sources confirm "seven people" (a, b, c).`, with the independent count when some of them are copies. */
function confirmation(evidence: readonly Evidence[], words: string, copies: readonly (readonly string[])[] = []): { message: string; support: Support } {
  const draftId = evidence[0]?.sourceId;
  const supporters = evidence.filter((e) => e.sourceId !== draftId);
  const support = supportOf(supporters, copies);
  const n = support.sources;
  const independent = support.independent < n ? ` (${support.independent} independent)` : '';
  const tail = words.replace(/ \(.*$/, '').replace(/\.$/, '');
  return { message: `${plural(n, 'source')}${independent} confirm${n === 1 ? 's' : ''}${tail} (${idList(supporters)}).`, support };
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function idList(evidence: readonly Evidence[]): string {
  return [...new Set(evidence.map((e) => e.sourceId))].sort().join(', ');
}

/** The mention an evidence item quotes, to compare intervals rather than the words that state them. */
function mentionIndex(sources: readonly ExtractedSource[]): (e: Evidence) => Mention | undefined {
  const claims = new Map<string, Claim>();
  for (const s of sources) for (const c of s.claims) claims.set(c.id, c);
  return (e) => claims.get(e.claimId)?.mentions.find((m) => m.start <= e.start && e.end <= m.end + 1 && m.end > e.start);
}

/** Can the two values both be true? Intervals that overlap can; names and words must match. */
function compatible(a: Evidence, b: Evidence, mentionOf: (e: Evidence) => Mention | undefined): boolean {
  const ma = mentionOf(a);
  const mb = mentionOf(b);
  if (ma?.type === 'quantity' && mb?.type === 'quantity') {
    const qa = ma.quantity;
    const qb = mb.quantity;
    return qa.min <= (qb.max ?? Infinity) && qb.min <= (qa.max ?? Infinity);
  }
  if (ma?.type === 'date' && mb?.type === 'date') return ma.date.start <= mb.date.end && mb.date.start <= ma.date.end;
  if (ma?.type === 'time' && mb?.type === 'time') return timesCompatible(ma, mb);
  // Case, spacing and punctuation do not make another name ("Ltd." at the end of a sentence is "Ltd").
  return loose(a.value ?? a.text) === loose(b.value ?? b.text);
}

function loose(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Name words of an evidence item, to tell a shortened name ("Lin") from the full one ("Lin Haoran"). */
function nameWords(e: Evidence, mentionOf: (e: Evidence) => Mention | undefined): string[] {
  const m = mentionOf(e);
  if (m?.type === 'entity') return m.words;
  return (e.value ?? e.text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function isShorterName(draft: string[], other: string[]): boolean {
  return draft.length < other.length && draft.every((w) => other.includes(w));
}

interface Judged {
  finding: Finding;
  /** The draft's spans this finding speaks about. */
  covers: Evidence[];
}

/**
 * Judge one finding that quotes the draft. `factEvidence` is what the sources say in every finding of the same
 * fact: compare may split one name into "variant" against one source and "style" against another, and the draft
 * is supported if any source writes it as the draft does.
 */
/**
 * In a developing story the sources' own latest report is the one to follow: the values of the latest day, when
 * the sources span several days and that day's reports agree among themselves.
 */
function latestOf(theirs: readonly Evidence[], dates: SourceDates, mentionOf: (e: Evidence) => Mention | undefined): { latest: Evidence[]; earlier: Evidence[]; day: string } | undefined {
  if (theirs.length < 2 || theirs.some((e) => !dates.has(e.sourceId))) return undefined;
  const day = (e: Evidence) => (dates.get(e.sourceId) ?? '').slice(0, 10);
  const days = [...new Set(theirs.map(day))].sort();
  if (days.length < 2) return undefined;
  const last = days[days.length - 1] as string;
  const latest = theirs.filter((e) => day(e) === last);
  if (latest.some((a) => latest.some((b) => !compatible(a, b, mentionOf)))) return undefined;
  return { latest, earlier: theirs.filter((e) => day(e) !== last), day: last };
}

function judge(
  finding: Finding,
  draftId: string,
  factEvidence: readonly Evidence[],
  mentionOf: (e: Evidence) => Mention | undefined,
  dates: SourceDates = new Map(),
  sourceNames: ReadonlySet<string> = new Set(),
): Judged | undefined {
  const mine = finding.evidence.filter((e) => e.sourceId === draftId);
  const theirs = finding.evidence.filter((e) => e.sourceId !== draftId);
  if (mine.length === 0) return undefined;
  const base = { category: finding.category, fact: finding.fact };
  const words = quote((mine[0] as Evidence).text);
  const evidence = [...mine, ...theirs];
  const copies = finding.support?.copies ?? [];
  const confirmed = (supporters: readonly Evidence[]): Finding => {
    const all = [...mine, ...supporters];
    const { message, support } = confirmation(all, ` ${words}`, copies);
    return { ...base, kind: 'agreement', severity: 'info', rule: 'draft/confirmed', message, evidence: all, support };
  };
  // Only the draft says it: that is what `draft/unsupported` reports, once per claim.
  if (finding.kind === 'single-source') return undefined;
  if (theirs.length === 0) {
    if (finding.kind !== 'divergence') return undefined;
    return { covers: mine, finding: { ...base, kind: 'divergence', severity: 'warning', rule: 'draft/inconsistent', message: `The draft disagrees with itself: ${finding.message}`, evidence } };
  }
  if (finding.kind === 'agreement') return { covers: mine, finding: confirmed(theirs) };
  if (finding.kind === 'update') {
    // A dated draft in a developing story: right if it gives the latest figure, outdated otherwise.
    const latest = finding.timeline?.at(-1);
    const latestEvidence = finding.evidence.find((e) => latest !== undefined && e.sourceId === latest.sourceId && e.start === latest.start);
    if (latest?.sourceId === draftId || (latestEvidence && mine.some((m) => compatible(m, latestEvidence, mentionOf)))) {
      return { covers: mine, finding: confirmed(theirs.filter((t) => latestEvidence === undefined || compatible(t, latestEvidence, mentionOf))) };
    }
    const newest = latest ? `${latest.sourceId} (${latest.date}) gives ${quote(latest.text)}` : 'a later source gives another figure';
    return { covers: mine, finding: { ...base, kind: 'divergence', severity: 'warning', rule: 'draft/outdated', message: `The draft gives ${words}; the latest report, ${newest}.`, evidence } };
  }

  const others = factEvidence.filter((e) => e.sourceId !== draftId);
  const supporters = others.filter((t) => mine.some((m) => compatible(m, t, mentionOf)));
  const opponents = theirs.filter((t) => !mine.some((m) => compatible(m, t, mentionOf)));
  if (finding.category === 'quantity' && opponents.length > 0) {
    // Reports of several days that disagree: a draft with the latest day's figure is right, one with an
    // earlier day's figure is out of date, whatever the earlier reports said.
    const timeline = latestOf(theirs, dates, mentionOf);
    if (timeline) {
      const followsLatest = timeline.latest.every((t) => mine.some((m) => compatible(m, t, mentionOf)));
      if (followsLatest) return { covers: mine, finding: confirmed(timeline.latest) };
      const newest = timeline.latest[0] as Evidence;
      if (supporters.length > 0) {
        return { covers: mine, finding: { ...base, kind: 'divergence', severity: 'warning', rule: 'draft/outdated', message: `The draft gives ${words}; the latest report, ${newest.sourceId} (${timeline.day}), gives ${quote(newest.text)}.`, evidence } };
      }
    }
  }
  if (finding.category === 'name') {
    const shortened = mine.some((m) => opponents.some((o) => isShorterName(nameWords(m, mentionOf), nameWords(o, mentionOf))));
    // A shortened name is wrong even when a source shortens it too; a name some source writes alike is not.
    if (!shortened && supporters.length > 0) return { covers: mine, finding: confirmed(supporters) };
    if (finding.severity === 'info' && !shortened) {
      return { covers: mine, finding: { ...base, kind: 'divergence', severity: 'info', rule: 'draft/style', message: `The draft writes ${words} where ${idList(opponents)} write${opponents.length === 1 ? 's' : ''} ${quote(opponents[0]?.text ?? '')}: ${finding.message}`, evidence } };
    }
  } else if (supporters.length > 0 && opponents.length > 0) {
    return { covers: mine, finding: { ...base, kind: 'divergence', severity: 'warning', rule: 'draft/disputed', message: `The sources disagree and the draft follows ${idList(supporters)}: ${finding.message}`, evidence } };
  } else if (opponents.length === 0) {
    return { covers: mine, finding: confirmed(supporters) };
  }
  // A name the draft writes as some source does is right; a source that misspells it is the wires' problem.
  const shortName = mine.some((m) => theirs.some((o) => isShorterName(nameWords(m, mentionOf), nameWords(o, mentionOf))));
  if ((finding.category === 'name' || finding.category === 'attribution') && sourceNames.size > 0 && !shortName) {
    const words = mine.map((m) => nameWords(m, mentionOf).join(' '));
    if (words.every((w) => w !== '' && sourceNames.has(w))) return supporters.length > 0 ? { covers: mine, finding: confirmed(supporters) } : undefined;
  }
  const against = opponents.length ? opponents : theirs;
  const theySay = [...new Set(against.map((e) => quote(e.text)))].join(' / ');
  return {
    covers: mine,
    finding: { ...base, kind: 'divergence', severity: 'error', rule: 'draft/contradicted', message: `The draft says ${words}; ${idList(against)} say${new Set(against.map((e) => e.sourceId)).size === 1 ? 's' : ''} ${theySay}.`, evidence },
  };
}

/** Each span once: a name that two findings of one fact quote is one item of evidence. */
function distinctEvidence(f: Finding): Finding {
  const seen = new Set<string>();
  const evidence = f.evidence.filter((e) => {
    const key = `${e.sourceId}|${e.start}|${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return evidence.length === f.evidence.length ? f : { ...f, evidence };
}

/** A finding that says what another already says about the same words (an update and its agreement) once. */
function distinctFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.evidence.map((e) => `${e.sourceId}:${e.start}:${e.end}`).sort().join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A span of the draft that one finding contradicts is not also confirmed by another of the same fact: the
 * editor would read "confirmed" and "contradicted" for the same words.
 */
function withoutConflicts(judged: readonly Judged[]): Judged[] {
  const key = (e: Evidence) => `${e.start}|${e.end}`;
  const contradicted = new Map<string, Set<string>>();
  for (const j of judged) {
    if (j.finding.rule !== 'draft/contradicted') continue;
    const spans = contradicted.get(j.finding.fact) ?? new Set<string>();
    for (const e of j.covers) spans.add(key(e));
    contradicted.set(j.finding.fact, spans);
  }
  // A name is one thing whatever fact it was aligned under: a contradicted spelling is not confirmed elsewhere.
  const names = judged.filter((j) => j.finding.rule === 'draft/contradicted' && j.finding.category === 'name').flatMap((j) => j.covers);
  const overlapsName = (e: Evidence) => names.some((n) => n.start < e.end && e.start < n.end);
  return judged.filter(
    (j) =>
      j.finding.rule !== 'draft/confirmed' ||
      !j.covers.some((e) => contradicted.get(j.finding.fact)?.has(key(e)) || ((j.finding.category === 'name' || j.finding.category === 'attribution') && overlapsName(e))),
  );
}

/** One confirmation per fact: "same" and "equivalent" agreements on one name are one thing to the editor. */
function mergeConfirmations(findings: readonly Finding[]): Finding[] {
  const byFact = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.rule !== 'draft/confirmed') {
      out.push(f);
      continue;
    }
    const seen = byFact.get(f.fact);
    if (!seen) {
      byFact.set(f.fact, f);
      out.push(f);
      continue;
    }
    const key = (e: Evidence) => `${e.sourceId}|${e.start}|${e.end}`;
    const have = new Set(seen.evidence.map(key));
    seen.evidence.push(...f.evidence.filter((e) => !have.has(key(e))));
    const copies = [...(seen.support?.copies ?? []), ...(f.support?.copies ?? [])];
    const { message, support } = confirmation(seen.evidence, f.message.slice(f.message.indexOf(' "')), copies);
    seen.message = message;
    seen.support = support;
  }
  return out;
}

/** What a reader could check in a claim: its figures, dates and names of people and organisations. */
function checkable(claim: Claim): Mention[] {
  return claim.mentions.filter((m) => m.type !== 'entity' || NAME_KINDS.has(m.kind));
}

function categoryOf(m: Mention): FindingCategory {
  if (m.type === 'time') return 'date';
  return m.type === 'entity' ? 'name' : m.type;
}

function unsupported(draft: ExtractedSource, covered: readonly Evidence[], supportedClaims: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const isCovered = (m: Mention) => covered.some((e) => e.start < m.end && m.start < e.end);
  for (const claim of draft.claims) {
    if (supportedClaims.has(claim.id)) continue;
    const missing = checkable(claim).filter((m) => !isCovered(m));
    // A name mentioned again is covered where it was first aligned: only its first appearance counts.
    const first = missing.filter((m) => m.type !== 'entity' || !covered.some((e) => e.text === m.name || e.text === m.text));
    if (first.length === 0) continue;
    // A name is its words without the title before it ("Maria Lindqvist", not "Inspector Maria Lindqvist").
    const spans = first.map((m) => (m.type === 'entity' ? { text: m.name, start: m.end - m.name.length, end: m.end } : { text: m.text, start: m.start, end: m.end }));
    const what = spans.map((m) => quote(m.text)).join(', ');
    out.push({
      kind: 'divergence',
      category: categoryOf(first[0] as Mention),
      severity: 'warning',
      rule: 'draft/unsupported',
      fact: `draft: ${claim.text.length > 60 ? `${claim.text.slice(0, 59)}…` : claim.text}`,
      message: `No source supports ${what} in the draft's ${quote(claim.text)}.`,
      evidence: spans.map((m) => ({ sourceId: draft.id, claimId: claim.id, ...m })),
    });
  }
  return out;
}

/**
 * Check a draft against its sources: a report of the draft's claims only (see the rules above).
 * Pure and synchronous, like `checkSources`; the sources need not agree with each other.
 */
export function checkDraft(draft: SourceInput, sources: readonly SourceInput[], options: DraftOptions = {}): Report {
  if (sources.length === 0) throw new TypeError('checkDraft needs at least one source to check the draft against.');
  assertUniqueIds([draft, ...sources]);
  const analysis = analyseSources([draft, ...sources], { ...options, divergencesOnly: false }, { datedByOthers: draft.id });
  const { extracted, findings } = analysis;
  const mentionOf = mentionIndex(extracted);
  const dates = new Map<string, string>();
  for (const s of extracted) {
    const date = s.meta?.date ?? s.date;
    if (date !== undefined && s.id !== draft.id) dates.set(s.id, date);
  }
  const factEvidence = new Map<string, Evidence[]>();
  for (const f of findings) factEvidence.set(f.fact, [...(factEvidence.get(f.fact) ?? []), ...f.evidence]);
  const sourceNames = new Set<string>();
  for (const s of extracted) {
    if (s.id === draft.id) continue;
    for (const c of s.claims) for (const m of c.mentions) if (m.type === 'entity' && NAME_KINDS.has(m.kind)) sourceNames.add(m.words.join(' '));
  }
  const judged = withoutConflicts(findings.map((f) => judge(f, draft.id, factEvidence.get(f.fact) ?? [], mentionOf, dates, sourceNames)).filter((j): j is Judged => j !== undefined));
  const draftRead = extracted.find((s) => s.id === draft.id);
  const isCovered = (covers: readonly Evidence[]) => (m: Mention) => covers.some((e) => e.start < m.end && m.start < e.end);
  const swaps = draftRead ? swapsOf(draftRead, extracted.filter((s) => s.id !== draft.id), isCovered(judged.flatMap((j) => j.covers))) : { findings: [], covers: [] };
  const covered = [...judged.flatMap((j) => j.covers), ...swaps.covers];
  // A whole claim another source says in nearly the same words, or quotes alike, is supported as a whole.
  const supportedClaims = new Set(
    findings
      .filter((f) => f.kind === 'agreement' && (f.category === 'statement' || f.category === 'attribution') && f.evidence.some((e) => e.sourceId !== draft.id))
      .flatMap((f) => f.evidence.filter((e) => e.sourceId === draft.id).map((e) => e.claimId)),
  );
  // A draft that could not be read (or is a copy of a source) has nothing to report; the notices say why.
  const draftSource = extracted.find((s) => s.id === draft.id);
  const out = distinctFindings([...mergeConfirmations(judged.map((j) => j.finding)), ...swaps.findings, ...(draftSource ? unsupported(draftSource, covered, supportedClaims) : [])].map(distinctEvidence));
  // The sources' own single-source claims are not the draft's business; the draft's are its unsupported claims.
  const report = finishReport({ ...analysis, singleSourceTotals: new Map() }, out, options);
  // The draft's words first: SARIF and GitHub annotations sit on the first evidence, and the draft is what is edited.
  for (const f of report.findings) {
    f.evidence = [...f.evidence.filter((e) => e.sourceId === draft.id), ...f.evidence.filter((e) => e.sourceId !== draft.id)];
  }
  return report;
}
