import { alignClaims } from './align/index.js';
import { applyAliases, type Aliases } from './aliases/index.js';
import { compareFacts } from './compare/index.js';
import { type CopyFamily, findCopies } from './copies/index.js';
import { withCopies } from './copies/support.js';
import { singleSourceClaims } from './compare/single-source/index.js';
import { applyRuleSettings, assertRuleSettings, type RuleSettings } from './config/rules.js';
import { extractClaims } from './extract/index.js';
import type { ExtractedSource, Finding, ParsedSource, SourceInput } from './model.js';
import { parseSource } from './parse/index.js';
import { buildReport } from './report/build.js';
import type { Report, SourceNotice } from './report/schema.js';
import { notEnglish } from './screen/language.js';
import { segmentSource } from './segment/index.js';
import { suppressFindings } from './suppress/index.js';
import { completeYears } from './years/index.js';

export interface CheckOptions {
  /** Leave agreements and single-source claims out of the report (divergences and updates only). Default: false. */
  divergencesOnly?: boolean;
  /**
   * Severity per rule id, or "off" to leave a rule's findings out (`{ "name/partial": "error" }`). An id that is
   * not a rule (see `ruleList`) throws a TypeError naming the nearest ones.
   */
  rules?: RuleSettings;
  /** Other names of the same entity, by canonical name (`{ "China": ["Beijing"] }`): aligned and compared as one. */
  aliases?: Aliases;
  /**
   * Honour `<!-- corroborate-disable-next-line rule-id -->` comments in Markdown sources. Default: true. A comment
   * naming an unknown rule, or suppressing nothing, is a notice with its line (`unknown-rule`, `unused-suppression`).
   */
  inlineSuppressions?: boolean;
}

/** Why reading a source failed, in words for an editor rather than a stack trace. */
function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'nested or repeated too deeply to read (call stack exhausted)';
  }
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

function notice(input: SourceInput, code: SourceNotice['code'], message: string): SourceNotice {
  const out: SourceNotice = { sourceId: input.id, code, message };
  if (input.path !== undefined) out.path = input.path;
  return out;
}

/** One source through parse and screening; a failure is that source's alone. */
function parseOne(input: SourceInput): ParsedSource | SourceNotice {
  try {
    const parsed = parseSource(input);
    const language = notEnglish(parsed);
    return language ? notice(input, 'not-english', `${language}; skipped`) : parsed;
  } catch (error) {
    return notice(input, 'failed', `could not be read in the parse stage: ${failureReason(error)}; skipped`);
  }
}

/** One parsed source through segment and extract; a failure is that source's alone. */
function extractOne(input: SourceInput, parsed: ParsedSource): ExtractedSource | SourceNotice {
  let stage = 'segment';
  try {
    const segmented = segmentSource(parsed);
    stage = 'extract';
    return extractClaims(segmented);
  } catch (error) {
    return notice(input, 'failed', `could not be read in the ${stage} stage: ${failureReason(error)}; skipped`);
  }
}

export function assertUniqueIds(inputs: readonly SourceInput[]): void {
  const ids = new Set<string>();
  for (const input of inputs) {
    if (ids.has(input.id)) throw new TypeError(`Two sources share the id "${input.id}"; ids must be unique.`);
    ids.add(input.id);
  }
}

export interface Analysis {
  extracted: ExtractedSource[];
  findings: Finding[];
  /** Per source, how many single-source claims it has in all (the findings list only the first few). */
  singleSourceTotals: ReadonlyMap<string, number>;
  /** Families of copies of one text among the sources (copies/). */
  copies: CopyFamily[];
  notices: SourceNotice[];
}

/**
 * The stages up to compare, with the options that act on names and on inline comments.
 *
 * A source that cannot be read (an error in any stage, text that is not English) is left out and a notice says
 * why; a source with the same text as another is counted once; a source without claims is kept but noted.
 */
export interface AnalysisPlan {
  /**
   * A source that, when nothing in it or its input gives a date, takes the latest date of the others: a draft
   * is written after the reports it is written from, and its "on Tuesday" is read against their days.
   */
  datedByOthers?: string;
}

const dateOf = (s: ExtractedSource): string | undefined => s.meta?.date ?? s.date;

export function analyseSources(inputs: readonly SourceInput[], options: CheckOptions, plan: AnalysisPlan = {}): Analysis {
  assertUniqueIds(inputs);
  // Before any work: a misspelt rule id is the caller's mistake, not a rule that happened not to fire.
  assertRuleSettings(options.rules);
  const ordered = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Notices in source order, whichever step gives them.
  const noticed = new Map<SourceInput, SourceNotice>();
  // A copy of an article agreeing with it is no corroboration: identical text is read once.
  const byText = new Map<string, SourceInput>();
  const parsedInputs: SourceInput[] = [];
  const parsedSources: ParsedSource[] = [];
  for (const input of ordered) {
    const twin = byText.get(input.text);
    if (twin) {
      const where = twin.path ?? twin.id;
      noticed.set(input, notice(input, 'duplicate', `same text as ${where}; counted once`));
      continue;
    }
    byText.set(input.text, input);
    const result = parseOne(input);
    if ('code' in result) {
      noticed.set(input, result);
      continue;
    }
    parsedInputs.push(input);
    parsedSources.push(result);
  }
  // The one step that needs every source before extraction: a dateline without a year takes the others'.
  const dated = completeYears(parsedSources);
  const read: ExtractedSource[] = [];
  dated.forEach((parsed, k) => {
    const input = parsedInputs[k] as SourceInput;
    const result = extractOne(input, parsed);
    if ('code' in result) {
      noticed.set(input, result);
      return;
    }
    if (result.claims.length === 0) noticed.set(input, notice(input, 'no-claims', 'no claims found in it; it is compared with nothing'));
    read.push(result);
  });
  const notices = ordered.flatMap((input) => {
    const n = noticed.get(input);
    return n ? [n] : [];
  });
  const late = plan.datedByOthers === undefined ? -1 : read.findIndex((s) => s.id === plan.datedByOthers && dateOf(s) === undefined);
  if (late >= 0) {
    const latest = read.map(dateOf).filter((d): d is string => d !== undefined).sort().at(-1);
    const input = ordered.find((i) => i.id === plan.datedByOthers);
    if (latest !== undefined && input) {
      const parsed = parseOne({ ...input, date: latest.slice(0, 10) });
      const again = 'code' in parsed ? parsed : extractOne(input, parsed);
      if (!('code' in again)) read[late] = again;
    }
  }
  const extracted = applyAliases(read, options.aliases);
  const dates = new Map<string, string>();
  for (const source of extracted) {
    const date = dateOf(source);
    if (date !== undefined) dates.set(source.id, date);
  }
  const alignment = alignClaims(extracted);
  const single = singleSourceClaims(extracted, alignment);
  const copies = findCopies(extracted);
  const compared = [...withCopies(compareFacts(alignment, { dates }), copies), ...single.findings];
  // Only the sources that were read: a skipped one has no findings, and its text may not even be a string.
  const readIds = new Set(read.map((s) => s.id));
  if (options.inlineSuppressions === false) return { extracted, findings: compared, singleSourceTotals: single.totals, copies, notices };
  const suppressed = suppressFindings(compared, ordered.filter((i) => readIds.has(i.id)));
  notices.push(...suppressed.notices);
  return { extracted, findings: suppressed.findings, singleSourceTotals: single.totals, copies, notices };
}

/** The options that act on finished findings, last, so that they apply to draft findings too. */
export function finishReport(analysis: Analysis, findings: readonly Finding[], options: CheckOptions): Report {
  const tuned = applyRuleSettings(findings, options.rules);
  // An update replaces a divergence, so it stays; agreements and single-source claims go.
  const kept = options.divergencesOnly ? tuned.filter((f) => f.kind === 'divergence' || f.kind === 'update') : tuned;
  const report = buildReport(analysis.extracted, kept, { singleSourceTotals: analysis.singleSourceTotals, copies: analysis.copies });
  // Said, not silently zero: "0 agreements" would read as sources that agree on nothing.
  if (options.divergencesOnly) report.summary.hidden = { agreements: tuned.filter((f) => f.kind === 'agreement').length };
  if (analysis.notices.length > 0) report.notices = analysis.notices;
  return report;
}

/**
 * Check sources against each other and return the report.
 * Sources are sorted by id first, so the report is the same whatever order they come in.
 * Sources that cannot be read are left out with a notice in `report.notices` (see `analyseSources`).
 */
export function checkSources(inputs: readonly SourceInput[], options: CheckOptions = {}): Report {
  const analysis = analyseSources(inputs, options);
  return finishReport(analysis, analysis.findings, options);
}
