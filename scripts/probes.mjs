#!/usr/bin/env node
/**
 * Scores the outside testers' probe clusters (`../shared/probes/`, or the folder given) with their own scorer
 * (score.mjs there), and sums them: `node scripts/probes.mjs [DIR] [--verbose]`. Needs the packages built.
 * The probes stay outside the repository and their gold is never edited: they measure, they are not tuned to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI of the checkout this is run from, so that an old build (a worktree) can be scored the same way.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, '..', 'shared', 'probes'));
const scorer = join(dir, 'score.mjs');
if (!existsSync(scorer)) {
  process.stderr.write(`probes: no score.mjs in ${dir}\n`);
  process.exit(2);
}
const cli = join(process.cwd(), 'packages', 'cli', 'bin', 'corroborate.js');
if (!existsSync(cli)) {
  process.stderr.write(`probes: no CLI at ${cli}; run from a built checkout\n`);
  process.exit(2);
}
const stories = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, `${name}.gold.json`)))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), 'corroborate-probes-'));
const sum = { div: 0, nDiv: 0, agr: 0, nAgr: 0, falseAlarms: 0, divFindings: 0, matchedFindings: 0 };
try {
  for (const story of stories) {
    let json;
    try {
      json = execFileSync(process.execPath, [cli, 'check', join(dir, story), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      json = err.stdout ?? '';
    }
    const report = join(tmp, `${story}.json`);
    writeFileSync(report, json);
    const out = execFileSync(process.execPath, [scorer, report, join(dir, `${story}.gold.json`), ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    const last = out.trim().split('\n').at(-1);
    const m = /div=(\d+)\/(\d+) agr=(\d+)\/(\d+) falseAlarms=(\d+) divFindings=(\d+) precision~([\d.]+)/.exec(last);
    if (verbose) process.stdout.write(`\n== ${story} ==\n${out}`);
    else process.stdout.write(`${story.padEnd(12)} ${last}\n`);
    if (!m) continue;
    sum.div += +m[1]; sum.nDiv += +m[2]; sum.agr += +m[3]; sum.nAgr += +m[4]; sum.falseAlarms += +m[5]; sum.divFindings += +m[6];
    sum.matchedFindings += Math.round(+m[7] * +m[6]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const p = sum.divFindings ? sum.matchedFindings / sum.divFindings : 0;
process.stdout.write(`all          div=${sum.div}/${sum.nDiv} (R ${(sum.div / Math.max(sum.nDiv, 1)).toFixed(2)}) agr=${sum.agr}/${sum.nAgr} falseAlarms=${sum.falseAlarms} divFindings=${sum.divFindings} precision~${p.toFixed(2)}\n`);
