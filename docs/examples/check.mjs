// Run from the repository root after `npx -y pnpm@10 build`: node docs/examples/check.mjs
import { checkSources, formatReport } from '@corroborate/core';

const report = checkSources([
  { id: 'wire', text: 'Police said 12 people were injured when the fire broke out on Tuesday.' },
  { id: 'daily', text: 'Fifteen people were injured in the fire, police said.' },
]);

for (const finding of report.findings) {
  console.log(finding.severity, finding.rule, finding.message);
  for (const e of finding.evidence) console.log(`  ${e.sourceId} "${e.text}" ${e.start.line}:${e.start.column}`);
}
console.log(formatReport(report, 'markdown'));
