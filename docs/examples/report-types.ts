// The example of docs/api.md, type-checked by `npx -y pnpm@10 typecheck` (docs/examples/tsconfig.json).
import { checkDraft, checkSources, formatReport, type Report, type ReportEvidence, type ReportFinding } from '@corroborate/core';

const report: Report = checkSources(
  [
    { id: 'wire', text: 'Police said 12 people were injured when the fire broke out on Tuesday.' },
    { id: 'daily', text: 'Fifteen people were injured in the fire, police said.' },
  ],
  { rules: { 'statement/same': 'off' }, aliases: { 'Harbour Street': ['Harbor Street'] } },
);

/** `wire 1:13 "12 people"`: where a source says what it says. */
function where(e: ReportEvidence): string {
  return `${e.sourceId} ${e.start.line}:${e.start.column} "${e.text}"`;
}

const divergences: ReportFinding[] = report.findings.filter((f) => f.kind === 'divergence');
for (const finding of divergences) {
  console.log(finding.severity, finding.rule, finding.message);
  for (const e of finding.evidence) console.log(`  ${where(e)}`);
}

// A draft against its sources: only what concerns the draft.
const draft: Report = checkDraft({ id: 'draft', text: 'Twenty people were injured in the fire.' }, [
  { id: 'wire', text: 'Police said 12 people were injured when the fire broke out on Tuesday.' },
]);
console.log(formatReport(draft, 'markdown'));
