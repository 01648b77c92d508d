#!/usr/bin/env node
/**
 * The long fuzz run of issue 8: many small generated stories through `checkSources`, each checked for what the
 * property suite checks on fewer cases (packages/core/test/property/): it never throws, every located text is
 * the original slice at its offsets and line:column (scripts/report-checks.mjs), the report validates against
 * its schema (every 100th case), and a report does not depend on what the process read before (every 100th case
 * is checked again after forgetting every memo). Not part of `pnpm test`; run after a build:
 *
 *   node scripts/fuzz.mjs [--cases 1000000] [--seed fuzz] [--shards 1] [--out bench/results/fuzz.json]
 *
 * Cases are deterministic for a seed (mulberry32, never Math.random); `--shards N` splits them over N child
 * processes, shard k running seed `<seed>/k`. Prints progress on stderr and one JSON summary on stdout; the first
 * failures, with their input, are written to the summary file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng } from '../bench/corpus.mjs';
import { spanViolations } from './report-checks.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: { cases: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, shards: { type: 'string' }, from: { type: 'string' } },
  strict: true,
});
const CASES = Number(args.cases ?? 1_000_000);
const SEED = args.seed ?? 'fuzz';
const OUT = args.out ?? join(ROOT, 'bench/results/fuzz.json');
const SHARDS = Number(args.shards ?? 1);
/** Generate every case but check only from this one on: to reproduce a failure reported at case n. */
const FROM = Number(args.from ?? 1);
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

if (SHARDS > 1) {
  // The parent only splits and sums: each shard is a process of its own on its own seed.
  const started = Date.now();
  const per = Math.ceil(CASES / SHARDS);
  const results = await Promise.all(
    Array.from({ length: SHARDS }, (_, k) => {
      const out = `${OUT}.shard${k}`;
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--cases', String(k === SHARDS - 1 ? CASES - per * k : per), '--seed', `${SEED}/${k}`, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
      return new Promise((resolve) => child.on('exit', () => resolve(JSON.parse(readFileSync(out, 'utf8')))));
    }),
  );
  const summary = { cases: results.reduce((a, r) => a + r.cases, 0), failed: results.reduce((a, r) => a + r.failed, 0), seconds: Math.round((Date.now() - started) / 1000), shards: SHARDS, seed: SEED, commit, node: process.version, finishedAt: new Date().toISOString() };
  writeFileSync(OUT, `${JSON.stringify({ ...summary, failures: results.flatMap((r) => r.failures).slice(0, 20) }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exit(summary.failed > 0 ? 1 : 0);
}
const core = await import(pathToFileURL(`${ROOT}packages/core/dist/index.js`).href);
const { checkSources, forgetSentences, ReportSchema } = core;

const WORDS = [
  'Anna', 'Berg', 'John', 'Smith', 'Lin', 'Haoran', 'Ni', 'Gaobin', 'Police', 'police', 'Harbour', 'Safety', 'Authority',
  'Acme', 'Ltd', 'Company', 'UK', 'China', 'ministry', 'the', 'a', 'an', 'and', 'of', 'said', 'told', 'sanctioned',
  'charged', 'injured', 'killed', 'fined', 'denied', 'not', 'alleged', 'according', 'to', 'people', 'companies', 'homes',
  '12', '15', '1,000', '3.5', '$1.5bn', '50%', 'million', 'seven', 'fifteen', 'twenty-one', 'hundred', 'more', 'than',
  'about', 'between', '2021', '2022', 'from', '1', 'January', 'March', 'on', 'Tuesday', 'last', 'year', 'in', 'Mr.', 'Dr.',
  'A.', 'B.', 'U.S.', '(HSA)', 'HSA', '“', '”', '"', "'", ',', ';', ':', '-', '—', '(', ')', "UK's", 'which', 'who', 'while',
];
const SPACES = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', ' \r\n ', '\u00a0', '   '];
const WRAPS = [
  (w) => `*${w}*`, (w) => `**${w}**`, (w) => `_${w}_`, (w) => `[${w}](https://example.org/a)`, (w) => `<b>${w}</b>`,
  (w) => `\`${w}\``, (w) => `${w}<!-- c -->`, (w) => `${w}\\*`, (w) => `${w} &amp;`, (w) => `~~${w}~~`, (w) => `<${w}>`,
];
const HOSTILE = ['*', '_', '[', ']', '(', ')', '<', '>', '!', '`', '~', '#', '\\', '&', ';', '\r', '\n', '\t', '|', '=', '😀', 'é', 'e\u0301', '\u200b', '\ufeff', '0', '.', '%', '$'];
const ENDS = ['.', '.', '.', '!', '?', '."', '.”', ''];
const GAPS = ['\n\n', '\r\n\r\n', '\n\n', '\r\r'];
const PREFIXES = ['', '', '', '', '# ', '> ', '- ', '1. ', '    ', '>>>> '];
const HEADS = ['', '', '', '', ' date 2024-03-26 ', 'Published 26 March 2024\n\n', '---\ntitle: A\ndate: 2024-03-26\n---\n'];

function article(rng, markdown) {
  const paragraphs = [];
  // Small on purpose: a million cases must run in well under an hour on a shared machine.
  for (let p = rng.chance(0.15) ? 2 : 1; p > 0; p--) {
    const sentences = [];
    for (let s = rng.chance(0.3) ? 2 : 1; s > 0; s--) {
      let out = '';
      for (let w = rng.int(1, 9); w > 0; w--) {
        let word = rng.pick(WORDS);
        if (markdown && rng.chance(0.15)) word = rng.pick(WRAPS)(word);
        if (rng.chance(0.03)) word = `${word}${rng.pick(HOSTILE)}`;
        out += out ? `${rng.pick(SPACES)}${word}` : word;
      }
      sentences.push(out + rng.pick(ENDS));
    }
    paragraphs.push((markdown ? rng.pick(PREFIXES) : '') + sentences.join(rng.pick([' ', '  ', '\n'])));
  }
  return rng.pick(HEADS) + paragraphs.join(rng.pick(GAPS));
}

function story(rng) {
  const inputs = [];
  for (let i = 0, n = rng.chance(0.1) ? 3 : 2; i < n; i++) {
    const markdown = rng.chance(0.5);
    inputs.push({ id: `s${i}`, text: article(rng, markdown), format: markdown ? 'markdown' : 'text' });
  }
  // Sources of a story often share sentences word for word: the memo's case.
  if (rng.chance(0.25)) inputs[1].text = `${inputs[0].text}${rng.pick(GAPS)}${inputs[1].text}`;
  return inputs;
}

const rng = createRng(SEED);
const failures = [];
let failed = 0;
const started = performance.now();
let lastReport = started;
for (let n = 1; n <= CASES; n++) {
  const inputs = story(rng);
  if (n < FROM) continue;
  const problems = [];
  let report;
  try {
    report = checkSources(inputs);
    problems.push(...spanViolations(report, inputs));
    if (n % 100 === 0) {
      const parsed = ReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
      if (!parsed.success) problems.push(`schema: ${parsed.error.message.slice(0, 300)}`);
      forgetSentences();
      const fresh = JSON.stringify(checkSources(inputs));
      if (fresh !== JSON.stringify(report)) problems.push('determinism: a fresh reading gives another report');
    }
  } catch (error) {
    problems.push(`threw: ${String(error?.stack ?? error).slice(0, 300)}`);
  }
  if (problems.length > 0) {
    failed++;
    const failure = { case: n, seed: SEED, inputs, problems: problems.slice(0, 5) };
    if (failures.length < 20) failures.push(failure);
    // Written at once, so that a long run that is stopped still says what failed.
    appendFileSync(`${OUT}.failures.ndjson`, `${JSON.stringify(failure)}\n`);
  }
  const now = performance.now();
  if (now - lastReport > 30_000) {
    lastReport = now;
    process.stderr.write(`fuzz: ${n.toLocaleString('en')} cases, ${failed} failed, ${((now - started) / 1000).toFixed(0)} s\n`);
  }
}
const seconds = (performance.now() - started) / 1000;
const summary = { cases: CASES, failed, seconds: Math.round(seconds), casesPerSecond: Math.round(CASES / seconds), seed: SEED, commit, node: process.version, finishedAt: new Date().toISOString() };
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ ...summary, failures }, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(failed > 0 ? 1 : 0);
