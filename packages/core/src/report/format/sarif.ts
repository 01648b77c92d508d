import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Report, ReportClaim, ReportEvidence, ReportFinding } from '../schema.js';
import { findingFingerprint } from './fingerprint.js';
import { ruleHelp } from './rules.js';
import { visibleReport } from './safe.js';
import { namedMessage, nameOf, type Naming, naming, omittedNote, oneLine, primaryEvidence } from './shared.js';
import type { FormatOptions } from './styles.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base the relative `artifactLocation.uri`s are resolved against; GitHub code scanning reads it as the checkout. */
export const SARIF_URI_BASE = '%SRCROOT%';

/** The key of the fingerprint in `partialFingerprints`; bump the version if the recipe ever changes. */
export const SARIF_FINGERPRINT_KEY = 'corroborateFinding/v1';

const LEVELS: Record<ReportFinding['severity'], Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A path (from the repository root when the CLI gives one, else as the report gives it) as a URI reference:
 * forward slashes, each segment percent-encoded, so a file called `a b#1.md` stays one valid reference.
 */
function pathToUri(path: string): { uri: string; absolute: boolean } {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const absolute = drive || slashed.startsWith('/');
  const segments = slashed.split('/').map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)));
  const joined = segments.join('/');
  if (!absolute) return { uri: joined.replace(/^(?:\.\/)+/, ''), absolute };
  return { uri: drive ? `file:///${joined}` : `file://${joined}`, absolute };
}

/** SARIF's embedded links are `[text](n)`; a bracket from an article must not open one. */
function sarifText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

interface Context {
  paths: ReadonlyMap<string, string>;
  claims: Map<string, ReportClaim>;
  naming: Naming;
}

function location(evidence: ReportEvidence, context: Context, id?: number): Location {
  const path = context.paths.get(evidence.sourceId);
  const { uri, absolute } = pathToUri(path ?? evidence.sourceId);
  const claim = context.claims.get(evidence.claimId);
  const out: Location = {
    physicalLocation: {
      artifactLocation: absolute ? { uri } : { uri, uriBaseId: SARIF_URI_BASE },
      region: {
        startLine: evidence.start.line,
        startColumn: evidence.start.column,
        endLine: evidence.end.line,
        endColumn: evidence.end.column,
        charOffset: evidence.start.offset,
        charLength: evidence.end.offset - evidence.start.offset,
        snippet: { text: evidence.text },
      },
    },
  };
  if (claim && out.physicalLocation) {
    out.physicalLocation.contextRegion = {
      startLine: claim.start.line,
      startColumn: claim.start.column,
      endLine: claim.end.line,
      endColumn: claim.end.column,
      charOffset: claim.start.offset,
      charLength: claim.end.offset - claim.start.offset,
      snippet: { text: claim.text },
    };
  }
  if (id !== undefined) {
    out.id = id;
    out.message = { text: `${nameOf(evidence.sourceId, context.naming)}: "${oneLine(evidence.text)}"` };
  }
  return out;
}

function quoteOf(evidence: ReportEvidence, context: Context): string {
  return `${nameOf(evidence.sourceId, context.naming)} "${oneLine(evidence.text)}"`;
}

function result(finding: ReportFinding, ruleIndex: number, context: Context): Result {
  const { primary, others } = primaryEvidence(finding);
  // Code scanning shows related locations only when the message links to them, so each other source is linked.
  const more = omittedNote(finding);
  const links = [...others.map((e, i) => `[${sarifText(quoteOf(e, context))}](${i + 1})`), ...(more ? [sarifText(more)] : [])];
  const message = namedMessage(finding, context.naming);
  const text = links.length
    ? `${sarifText(message)} Here: ${sarifText(quoteOf(primary, context))}; other sources: ${links.join(', ')}.`
    : sarifText(message);
  const out: Result = {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text },
    locations: [location(primary, context)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: findingFingerprint(finding) },
    properties: { findingId: finding.id, kind: finding.kind, category: finding.category, fact: finding.fact, ...(finding.evidenceOmitted ? { evidenceOmitted: finding.evidenceOmitted } : {}) },
  };
  if (others.length) out.relatedLocations = others.map((e, i) => location(e, context, i + 1));
  return out;
}

function ruleName(rule: string): string {
  return rule
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

function descriptor(rule: string, example: ReportFinding): ReportingDescriptor {
  const help = ruleHelp(rule, example);
  return {
    id: rule,
    name: ruleName(rule),
    shortDescription: { text: help.summary },
    fullDescription: { text: help.summary },
    help: { text: help.help },
    defaultConfiguration: { level: LEVELS[example.severity] },
    properties: { tags: ['corroborate', example.category] },
  };
}

/** Agreements are not problems: a code-scanning alert per agreement would bury the divergences. */
export function sarifFindings(report: Report): ReportFinding[] {
  return report.findings.filter((f) => f.kind !== 'agreement');
}

/**
 * The report as a SARIF 2.1.0 log: one run, a rule per rule id found (with its help text), a result per
 * finding that is not an agreement, at the words of one source, with every other source's words as related
 * locations. Paths are relative to `%SRCROOT%`, the convention GitHub code scanning resolves against the checkout.
 */
export function toSarifLog(raw: Report, options: FormatOptions = {}): Log {
  // Viewers show messages and snippets to people: control characters are made visible as in the text report.
  const report = visibleReport(raw);
  const findings = sarifFindings(report);
  const context: Context = {
    paths: options.repository?.paths ?? new Map(report.sources.flatMap((s) => (s.path === undefined ? [] : [[s.id, s.path] as const]))),
    claims: new Map(report.claims.map((c) => [c.id, c])),
    naming: naming(report),
  };
  const examples = new Map<string, ReportFinding>();
  for (const f of findings) if (!examples.has(f.rule)) examples.set(f.rule, f);
  const ruleIds = [...examples.keys()].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.flatMap((id) => {
    const example = examples.get(id);
    return example ? [descriptor(id, example)] : [];
  });
  const driver: Log['runs'][number]['tool']['driver'] = { name: 'corroborate', rules };
  if (options.toolVersion !== undefined) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  const base: ArtifactLocation = options.repository
    ? { uri: options.repository.rootUri, description: { text: 'The root of the repository: the nearest directory with .git above where corroborate ran.' } }
    : { description: { text: 'The directory corroborate ran in.' } };
  const results = findings.map((f) => result(f, index.get(f.rule) ?? 0, context));
  // With a baseline every result shown is new; the ones it knows are left out and counted in properties.summary.hidden.
  if (report.summary.hidden?.baseline !== undefined) for (const r of results) r.baselineState = 'new';
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SARIF_URI_BASE]: base },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { reportVersion: report.version, summary: report.summary },
      },
    ],
  };
}

export function formatSarif(report: Report, options: FormatOptions = {}): string {
  return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}
