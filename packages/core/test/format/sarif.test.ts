import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { findingFingerprint } from '../../src/report/format/fingerprint.js';
import { formatReport } from '../../src/report/format/index.js';
import { SARIF_FINGERPRINT_KEY, SARIF_URI_BASE, toSarifLog } from '../../src/report/format/sarif.js';
import { type Report, ReportSchema } from '../../src/report/schema.js';
import { apt31Report, apt31Sources } from './apt31.js';
import { sampleReport } from './sample-report.js';

const schema = JSON.parse(readFileSync(new URL('./schema/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// The official schema is draft-04, so the draft-04 build of ajv; formats (uri, uri-reference, date-time) checked too.
// Both are CommonJS with the class (or plug-in) on `default`, which is what NodeNext's types see.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function errorsOf(log: unknown): string {
  return validate(log) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

function parse(report: Report): Log {
  return JSON.parse(formatReport(report, 'sarif')) as Log;
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

let apt31: Report;
beforeAll(() => {
  apt31 = apt31Report();
});

describe('sarif formatter', () => {
  it('validates against the official SARIF 2.1.0 schema, for the fixtures and the sample report', () => {
    expect(errorsOf(parse(apt31))).toBe('');
    expect(errorsOf(parse(sampleReport()))).toBe('');
    expect(errorsOf(JSON.parse(formatReport(apt31, 'sarif', { toolVersion: '1.2.3' })))).toBe('');
  });

  it('is checked by a validator that does reject a broken log', () => {
    const log = parse(apt31);
    const first = results(log)[0];
    if (!first) throw new Error('the fixtures gave no result');
    (first as { level: string }).level = 'fatal';
    expect(errorsOf(log)).toMatch(/level/);
    expect(errorsOf({ version: '2.1.0' })).toMatch(/runs/);
  });

  it('has one run, a rule per rule id with help text, and a result per finding that is not an agreement', () => {
    const log = parse(apt31);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const rules = run?.tool.driver.rules ?? [];
    const problems = apt31.findings.filter((f) => f.kind !== 'agreement');
    expect(rules.map((r) => r.id)).toEqual([...new Set(problems.map((f) => f.rule))].sort());
    for (const rule of rules) {
      expect(rule.help?.text.length).toBeGreaterThan(10);
      expect(rule.shortDescription?.text.length).toBeGreaterThan(10);
    }
    expect(results(log)).toHaveLength(problems.length);
    results(log).forEach((r, i) => {
      const finding = problems[i];
      expect(r.ruleId).toBe(finding?.rule);
      expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding?.severity ?? 'info']);
    });
  });

  it('places a result at one source\'s words, with every other source\'s words as related locations', () => {
    const log = parse(apt31);
    const problems = apt31.findings.filter((f) => f.kind !== 'agreement');
    const quantity = results(log).find((r) => r.ruleId === 'quantity/disjoint');
    const region = quantity?.locations?.[0]?.physicalLocation?.region;
    expect(quantity?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'fixtures/apt31/004_9bff4349d7a0080e.txt', uriBaseId: SARIF_URI_BASE });
    expect(region?.snippet?.text).toBe('several companies');
    expect(region).toMatchObject({ startLine: 25, startColumn: 45 });
    expect(quantity?.relatedLocations?.map((l) => l.physicalLocation?.region?.snippet?.text)).toEqual(['a front company', 'a company', 'an entity']);
    results(log).forEach((r, i) => {
      expect((r.relatedLocations?.length ?? 0) + 1).toBe(problems[i]?.evidence.length);
      // Code scanning links related locations from the message only.
      for (const related of r.relatedLocations ?? []) expect(r.message.text).toContain(`](${related.id})`);
    });
  });

  it('uses relative URIs under %SRCROOT%, percent-encoded, and file URIs for absolute paths', () => {
    const report = sampleReport();
    const [alpha, beta, gamma] = report.sources;
    if (!alpha || !beta || !gamma) throw new Error('sample report changed');
    alpha.path = './news/a b#1.txt';
    beta.path = '/srv/wire/beta.md';
    const log = parse(report);
    expect(errorsOf(log)).toBe('');
    const uris = results(log).flatMap((r) => [...(r.locations ?? []), ...(r.relatedLocations ?? [])]).map((l) => l.physicalLocation?.artifactLocation);
    expect(uris).toContainEqual({ uri: 'news/a%20b%231.txt', uriBaseId: SARIF_URI_BASE });
    expect(uris).toContainEqual({ uri: 'file:///srv/wire/beta.md' });
    // A source known only by its id still gets a (relative) location.
    expect(uris).toContainEqual({ uri: 'gamma', uriBaseId: SARIF_URI_BASE });
  });

  it('escapes brackets from the articles so they cannot open an embedded link', () => {
    const report = sampleReport();
    const finding = report.findings[1];
    if (!finding) throw new Error('sample report changed');
    finding.message = 'See [the filing](1) here.';
    const text = results(parse(report))[1]?.message.text ?? '';
    expect(text.startsWith('See \\[the filing\\](1) here.')).toBe(true);
  });

  it('gives each result a fingerprint that survives input order and moved lines, and changes with the words', () => {
    const sources = apt31Sources();
    const prints = (report: Report) => results(parse(report)).map((r) => r.partialFingerprints?.[SARIF_FINGERPRINT_KEY]);
    const base = prints(apt31);
    expect(base.every((p) => typeof p === 'string' && /^[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(new Set(base).size).toBe(base.length);
    expect(prints(checkSources([...sources].reverse()))).toEqual(base);

    // Two blank lines at the top of one article move every position in it, and nothing else.
    const moved = sources.map((s) => (s.id.startsWith('004') ? { ...s, text: `\n\n${s.text}` } : s));
    const movedReport = checkSources(moved);
    expect(movedReport.findings.map((f) => f.evidence.map((e) => e.start.line))).not.toEqual(apt31.findings.map((f) => f.evidence.map((e) => e.start.line)));
    expect(prints(movedReport)).toEqual(base);

    const quantity = apt31.findings.find((f) => f.rule === 'quantity/disjoint');
    if (!quantity) throw new Error('the fixtures lost their quantity divergence');
    const changed = structuredClone(quantity);
    const side = changed.evidence.find((e) => e.text === 'several companies');
    if (side) side.text = 'dozens of companies';
    expect(findingFingerprint(changed)).not.toBe(findingFingerprint(quantity));
  });

  it('names the tool, and its version when given, and gives the same bytes for the same report', () => {
    const log = JSON.parse(formatReport(apt31, 'sarif', { toolVersion: '0.1.0' })) as Log;
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'corroborate', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(formatReport(apt31, 'sarif')).toBe(formatReport(ReportSchema.parse(JSON.parse(JSON.stringify(apt31))), 'sarif'));
    expect(toSarifLog(apt31)).toEqual(parse(apt31));
  });

  it('an empty report is a valid log with no results', () => {
    const report = sampleReport();
    report.findings = [];
    const log = parse(report);
    expect(errorsOf(log)).toBe('');
    expect(results(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([]);
  });
});
