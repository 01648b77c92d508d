import { alignClaims } from './align/index.js';
import { compareFacts } from './compare/index.js';
import { singleSourceClaims } from './compare/single-source/index.js';
import { extractClaims } from './extract/index.js';
import type { SourceInput } from './model.js';
import { parseSource } from './parse/index.js';
import { buildReport } from './report/build.js';
import type { Report } from './report/schema.js';
import { segmentSource } from './segment/index.js';

export interface CheckOptions {
  /** Leave agreements and single-source claims out of the report (divergences and updates only). Default: false. */
  divergencesOnly?: boolean;
}

/**
 * Check sources against each other and return the report.
 * Sources are sorted by id first, so the report is the same whatever order they come in.
 */
export function checkSources(inputs: readonly SourceInput[], options: CheckOptions = {}): Report {
  const ids = new Set<string>();
  for (const input of inputs) {
    if (ids.has(input.id)) throw new TypeError(`Two sources share the id "${input.id}"; ids must be unique.`);
    ids.add(input.id);
  }
  const ordered = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extracted = ordered.map((input) => extractClaims(segmentSource(parseSource(input))));
  const dates = new Map<string, string>();
  for (const source of extracted) {
    const date = source.meta?.date ?? source.date;
    if (date !== undefined) dates.set(source.id, date);
  }
  const alignment = alignClaims(extracted);
  const single = singleSourceClaims(extracted, alignment);
  const findings = [...compareFacts(alignment, { dates }), ...single.findings];
  // An update replaces a divergence, so it stays; agreements and single-source claims go.
  const kept = options.divergencesOnly ? findings.filter((f) => f.kind === 'divergence' || f.kind === 'update') : findings;
  return buildReport(extracted, kept, { singleSourceTotals: single.totals });
}
