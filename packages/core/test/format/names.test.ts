import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { formatReport } from '../../src/report/format/index.js';
import { naming, sourceNames, withNames } from '../../src/report/format/shared.js';
import type { Report, ReportFinding } from '../../src/report/schema.js';
import { sampleReport } from './sample-report.js';

const source = (id: string, meta: { outlet?: string; title?: string; name?: string } = {}) => ({ id, claimCount: 1, ...meta });

describe('source names (report/format/shared.ts)', () => {
  it('calls a source by its outlet, else by its id; a title is not a name', () => {
    const names = sourceNames([source('a', { outlet: ' The  Daily Courier ' }), source('b', { title: 'Fire at the depot' }), source('c')]);
    expect([...names]).toEqual([
      ['a', 'The Daily Courier'],
      ['b', 'b'],
      ['c', 'c'],
    ]);
  });

  it('keeps the id beside an outlet two sources share, or one spelled like another source\'s id', () => {
    const names = sourceNames([source('r1', { outlet: 'Reuters' }), source('r2', { outlet: 'reuters' }), source('ap'), source('x', { outlet: 'AP' })]);
    expect(names.get('r1')).toBe('Reuters (r1)');
    expect(names.get('r2')).toBe('reuters (r2)');
    expect(names.get('ap')).toBe('ap');
    expect(names.get('x')).toBe('AP (x)');
  });

  it('takes the name the report gives a source', () => {
    expect(sourceNames([source('a', { name: 'Desk copy', outlet: 'Reuters' })]).get('a')).toBe('Desk copy');
  });

  it('replaces whole ids outside quoted words, and never inside what an article says', () => {
    const report: Report = sampleReport();
    const [alpha, beta] = report.sources;
    const claim = report.claims[0];
    if (!alpha || !beta || !claim) throw new Error('sample report changed');
    alpha.outlet = 'The Courier';
    beta.outlet = 'Harbour Radio';
    // The article itself says "alpha", and quotes someone with straight quotation marks of its own.
    claim.text = 'The alpha team said "two people" were hurt, alpha-beta said.';
    const finding: ReportFinding = { ...(report.findings[0] as ReportFinding), message: '' };
    finding.evidence = [{ ...(finding.evidence[0] as ReportFinding['evidence'][number]), claimId: claim.id }];
    const n = naming(report);
    const message = 'alpha quotes "The alpha team said "two people" were hurt, alpha-beta said." where beta-longer-id says "Three people"; alphas and alpha2 are other words.';
    expect(withNames(message, [finding], n)).toBe(
      'The Courier quotes "The alpha team said "two people" were hurt, alpha-beta said." where Harbour Radio says "Three people"; alphas and alpha2 are other words.',
    );
    // Cut short, as the pipeline cuts long sentences: still the article's words.
    expect(withNames('alpha: "The alpha team said…"; beta-longer-id.', [finding], n)).toBe('The Courier: "The alpha team said…"; Harbour Radio.');
  });
});

// Two outlets known from the articles themselves: a wire dateline and YAML front matter (parse/metadata.ts).
const STORY = [
  { id: 'wire-0412', text: 'LONDON (Reuters) - Police said 12 people were injured when the fire broke out at the Harbour Street depot on Tuesday.' },
  { id: 'courier-77', text: '---\noutlet: The Daily Courier\n---\nFifteen people were hurt in the blaze at the Harbour Street depot, according to police, who were called on Tuesday.' },
];

describe('every format calls sources by their outlet', () => {
  const report = checkSources(STORY);
  const divergence = report.findings.find((f) => f.kind === 'divergence');

  it('has a divergence whose message names the sources by id in the data', () => {
    expect(divergence?.message).toContain('wire-0412');
    expect(divergence?.message).toContain('courier-77');
  });

  it('JSON: each source has a display name; ids, evidence and messages stay as they are', () => {
    const json = JSON.parse(formatReport(report, 'json')) as Report;
    expect(json.sources.map((s) => [s.id, s.name, s.outlet])).toEqual([
      ['courier-77', 'The Daily Courier', 'The Daily Courier'],
      ['wire-0412', 'Reuters', 'Reuters'],
    ]);
    expect(json.findings.flatMap((f) => f.evidence.map((e) => e.sourceId)).every((id) => id === 'courier-77' || id === 'wire-0412')).toBe(true);
    expect(json.findings.find((f) => f.kind === 'divergence')?.message).toBe(divergence?.message);
  });

  it.each(['text', 'markdown', 'html', 'github'] as const)('%s: messages and evidence rows use the outlet names', (format) => {
    const out = formatReport(report, format);
    const message = divergence?.message ?? '';
    const named = message.replace(/wire-0412/g, 'Reuters').replace(/courier-77/g, 'The Daily Courier');
    expect(named).not.toBe(message);
    expect(out).toContain(format === 'html' ? named.replace(/"/g, '&quot;') : named);
    expect(out).not.toMatch(/\((?:courier-77|wire-0412)(?:, (?:courier-77|wire-0412))*\)/);
  });

  it('SARIF: the result and its related locations name the outlets; the artifacts stay the files', () => {
    const log = JSON.parse(formatReport(report, 'sarif')) as { runs: Array<{ results: Array<{ message: { text: string }; relatedLocations?: Array<{ message?: { text: string } }> }> }> };
    const result = log.runs[0]?.results[0];
    expect(result?.message.text).toContain('Reuters');
    expect(result?.message.text).toContain('The Daily Courier');
    expect(result?.message.text).not.toMatch(/\(wire-0412|\(courier-77/);
    expect(result?.relatedLocations?.[0]?.message?.text).toMatch(/^(?:Reuters|The Daily Courier): "/);
  });
});
