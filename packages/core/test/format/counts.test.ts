import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineOf, parseBaseline } from '../../src/baseline/index.js';
import { checkSources } from '../../src/check.js';
import type { SourceInput } from '../../src/model.js';
import { formatReport } from '../../src/report/format/index.js';
import type { RepositoryPaths } from '../../src/report/format/styles.js';
import type { Report } from '../../src/report/schema.js';
import { apt31Report } from './apt31.js';

/** What every format says about what the report leaves out, and where CI formats put their paths. */

const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('./schema/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>);

const SOURCES: SourceInput[] = [
  { id: 'wire', path: 'desk/wire.txt', text: 'Twelve people were charged by prosecutors on Monday.\n' },
  { id: 'daily', path: 'desk/daily.txt', text: 'Fifteen people were charged by prosecutors on Monday.\n' },
  { id: 'agency', path: 'desk/agency.txt', text: 'Fifteen people were charged by prosecutors on Monday, the court said.\n' },
];

function baselined(): Report {
  const report = checkSources(SOURCES);
  const parsed = parseBaseline(baselineOf({ ...report, findings: report.findings.filter((f) => f.kind !== 'divergence') }));
  if (!parsed.ok) throw new Error(parsed.problem);
  return applyBaseline(report, parsed.baseline);
}

const sarif = (report: Report, options = {}) => JSON.parse(formatReport(report, 'sarif', options)) as Log;

describe('single-source counts', () => {
  it('the header counts every single-source claim, as the per-source lists do, and says how many are listed', () => {
    const report = apt31Report();
    const perSource = report.sources.reduce((sum, s) => sum + (s.stance?.singleSource ?? 0), 0);
    const listed = report.findings.filter((f) => f.kind === 'single-source').length;
    expect(listed).toBeLessThan(perSource);
    const header = formatReport(report, 'text').split('\n')[0];
    expect(header).toContain(`, ${perSource} single-source claims (${listed} listed)`);
    expect(formatReport(report, 'markdown')).toContain(`${perSource} single-source claims (${listed} listed)`);
    expect(formatReport(report, 'html')).toContain(`${perSource} single-source claims (${listed} listed)`);
  });
});

describe('divergences only', () => {
  it('says the agreements and single-source claims were left out, in every format, instead of "0 agreements"', () => {
    const all = checkSources(SOURCES);
    const only = checkSources(SOURCES, { divergencesOnly: true });
    const agreements = all.summary.agreements;
    expect(agreements).toBeGreaterThan(0);
    const text = formatReport(only, 'text');
    expect(text).not.toMatch(/\b0 agreements/);
    expect(text.split('\n')[0]).toMatch(new RegExp(`\\(divergences only: ${agreements} agreements? .*not listed\\)$`));
    expect(formatReport(only, 'markdown')).toContain(`divergences only: ${agreements} agreement`);
    expect(formatReport(only, 'html')).toContain(`divergences only: ${agreements} agreement`);
    expect(JSON.parse(formatReport(only, 'json')).summary.hidden).toEqual({ agreements });
  });
});

describe('a baseline', () => {
  it('states the hidden count in the text, JSON, Markdown, HTML, SARIF and GitHub formats', () => {
    const report = baselined();
    const hidden = report.summary.hidden?.baseline ?? 0;
    expect(hidden).toBeGreaterThan(0);
    const phrase = `${hidden} finding${hidden === 1 ? '' : 's'} known to the baseline not shown`;
    expect(formatReport(report, 'text').split('\n')[0]).toContain(phrase);
    expect(JSON.parse(formatReport(report, 'json')).summary.hidden.baseline).toBe(hidden);
    expect(formatReport(report, 'markdown')).toContain(phrase);
    expect(formatReport(report, 'html')).toContain(phrase);
    expect(formatReport(report, 'github')).toContain(`${hidden} finding${hidden === 1 ? '' : 's'} known to the baseline not annotated`);
    const log = sarif(report);
    expect((log.runs[0]?.properties?.['summary'] as Report['summary']).hidden?.baseline).toBe(hidden);
  });

  it('marks every SARIF result shown as new (SARIF 2.1.0 baselineState), and none without a baseline', () => {
    const log = sarif(baselined());
    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.baselineState)).toEqual(results.map(() => 'new'));
    expect(validate(log)).toBe(true);
    expect(sarif(checkSources(SOURCES)).runs[0]?.results?.some((r) => r.baselineState !== undefined)).toBe(false);
  });
});

describe('CI paths from the repository root', () => {
  const repository: RepositoryPaths = {
    rootUri: 'file:///home/desk/repo/',
    paths: new Map([
      ['wire', 'newsroom/desk/wire.txt'],
      ['daily', 'newsroom/desk/daily.txt'],
      ['agency', 'newsroom/desk/agency.txt'],
    ]),
  };

  it('SARIF gives URIs from the root, under %SRCROOT%, which originalUriBaseIds names', () => {
    const log = sarif(checkSources(SOURCES), { repository });
    expect(validate(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///home/desk/repo/');
    const uris = (run?.results ?? []).flatMap((r) => [...(r.locations ?? []), ...(r.relatedLocations ?? [])]).map((l) => l.physicalLocation?.artifactLocation);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) {
      expect(uri?.uriBaseId).toBe('%SRCROOT%');
      expect(uri?.uri).toMatch(/^newsroom\/desk\/(wire|daily|agency)\.txt$/);
    }
    // Without a root, the base is still declared, and the report's paths are used.
    const plain = sarif(checkSources(SOURCES));
    expect(plain.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBeUndefined();
    expect(plain.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toMatch(/^desk\//);
  });

  it('GitHub annotations name the file from the root', () => {
    const out = formatReport(checkSources(SOURCES), 'github', { repository });
    const annotations = out.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) file=newsroom\/desk\/(wire|daily|agency)\.txt,line=1,/);
    expect(out).not.toMatch(/[ =]desk\//);
  });
});
