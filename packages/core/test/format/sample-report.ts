import { REPORT_VERSION, type Report, ReportSchema } from '../../src/report/schema.js';

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

/**
 * A small report in the shape the pipeline produces: two facts, worst first, one with a divergence and an
 * agreement, plus text that Markdown and HTML must escape.
 */
export function sampleReport(): Report {
  return ReportSchema.parse({
    version: REPORT_VERSION,
    sources: [
      { id: 'alpha', path: 'news/alpha.txt', date: '2024-03-26', claimCount: 2 },
      { id: 'beta-longer-id', path: 'news/beta-longer-id.md', claimCount: 1 },
      { id: 'gamma', claimCount: 1 },
    ],
    claims: [
      { id: 'alpha#1', sourceId: 'alpha', text: 'The UK sanctioned two people.', start: at(3, 1, 40), end: at(3, 30, 69), mentions: [] },
      { id: 'alpha#2', sourceId: 'alpha', text: 'Ni Gaobin was named.', start: at(14, 62, 900), end: at(14, 82, 920), mentions: [] },
      { id: 'beta#1', sourceId: 'beta-longer-id', text: 'Three people were sanctioned.', start: at(5, 1, 100), end: at(5, 30, 129), mentions: [] },
      { id: 'gamma#1', sourceId: 'gamma', text: 'Ni Gaobin | <script>alert(1)</script>', start: at(2, 7, 30), end: at(2, 16, 39), mentions: [] },
    ],
    findings: [
      {
        id: 'F001',
        kind: 'divergence',
        category: 'quantity',
        severity: 'error',
        rule: 'quantity/disjoint',
        fact: 'sanctioned · people',
        message: 'Sources disagree on how many people were sanctioned.',
        evidence: [
          { sourceId: 'alpha', claimId: 'alpha#1', text: 'two people', start: at(3, 20, 59), end: at(3, 30, 69), value: '2 person' },
          { sourceId: 'beta-longer-id', claimId: 'beta#1', text: 'Three people', start: at(5, 1, 100), end: at(5, 13, 112), value: '3 person' },
        ],
      },
      {
        id: 'F002',
        kind: 'divergence',
        category: 'name',
        severity: 'warning',
        rule: 'name/partial',
        fact: 'named · hacker',
        message: 'The hacker is named differently.',
        evidence: [
          { sourceId: 'alpha', claimId: 'alpha#2', text: 'Ni Gaobin', start: at(14, 62, 900), end: at(14, 71, 909), value: 'ni gaobin' },
          { sourceId: 'gamma', claimId: 'gamma#1', text: 'Ni Gaobin | <script>alert(1)</script>', start: at(2, 7, 30), end: at(2, 16, 39) },
        ],
      },
      {
        id: 'F003',
        kind: 'agreement',
        category: 'name',
        severity: 'info',
        rule: 'name/same',
        fact: 'named · hacker',
        message: 'Both name Ni Gaobin.',
        evidence: [
          { sourceId: 'alpha', claimId: 'alpha#2', text: 'Ni Gaobin', start: at(14, 62, 900), end: at(14, 71, 909) },
          { sourceId: 'gamma', claimId: 'gamma#1', text: 'Ni Gaobin', start: at(2, 7, 30), end: at(2, 16, 39) },
        ],
      },
    ],
    summary: { sources: 3, claims: 4, agreements: 1, divergences: 2, errors: 1, warnings: 1, infos: 1 },
  });
}
