import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNames, formatReport, formatterList } from '../../src/report/format/index.js';
import { apt31Report } from './apt31.js';

/**
 * Every format's output for fixtures/apt31, kept as a file per format in __snapshots__/ so that a change shows
 * as a readable diff. A change in the pipeline's rules or messages changes these on purpose: check the diff,
 * then run `npx vitest run packages/core/test/format/snapshots.test.ts -u`.
 */
describe('every format on fixtures/apt31', () => {
  const report = apt31Report();
  it.each(formatNames)('%s', async (name) => {
    const extension = formatterList.find((f) => f.name === name)?.extension ?? 'txt';
    const out = formatReport(report, name, { toolVersion: '0.0.0-snapshot' });
    // Paths are the repository-relative ones the CLI prints from the root: nothing of this machine.
    expect(out).not.toContain(fileURLToPath(new URL('../../../../', import.meta.url)));
    await expect(out).toMatchFileSnapshot(`__snapshots__/apt31.${name}.${extension}`);
  });
});
