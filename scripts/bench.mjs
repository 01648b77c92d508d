#!/usr/bin/env node
/**
 * `pnpm bench`: how fast corroborate is at newsroom scale, against what a user would otherwise write.
 * Assumes the packages are built (`npx -y pnpm@10 build`). See docs/performance.md for the method.
 *
 *   node scripts/bench.mjs                  stories of 5, 50, 500 and 5,000 articles, baseline, feed
 *   node scripts/bench.mjs --quick          5 and 50 articles, a 100-story feed: a smoke run
 *   node scripts/bench.mjs --sizes 5,50     only these story sizes
 *   node scripts/bench.mjs --skip-feed      no feed run; --skip-baseline: no baseline
 *   node scripts/bench.mjs --adversarial    hostile patterns at 100 KB, 1 MB and 4 MB (bench/adversarial-run.mjs);
 *                                           with --quick only 100 KB and 1 MB; --patterns a,b to choose
 *
 * Every measurement runs in a child process of its own (bench/measure.mjs), so peak RSS is per size.
 * Results are printed and written to bench/results/latest.json.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFeed, generateStory, loadSeedSentences } from '../bench/corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = 1024 * 1024;
const STAGES = ['parse', 'segment', 'extract', 'align', 'compare', 'report'];

const USAGE = `Usage: node scripts/bench.mjs [--quick] [--sizes 5,50,500,5000] [--skip-feed] [--skip-baseline]
                              [--feed-stories 1000] [--timeout <minutes per run>]
       node scripts/bench.mjs --adversarial [--quick] [--patterns a,b] [--timeout <minutes per run>]`;

let args;
try {
  args = parseArgs({
    options: {
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      'skip-feed': { type: 'boolean' },
      'skip-baseline': { type: 'boolean' },
      'feed-stories': { type: 'string' },
      timeout: { type: 'string' },
      adversarial: { type: 'boolean' },
      patterns: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.adversarial) {
  if (!existsSync(join(ROOT, 'packages/core/dist/index.js'))) {
    process.stderr.write('bench: packages/core/dist/index.js is missing; build first: npx -y pnpm@10 build\n');
    process.exit(2);
  }
  const { runAdversarial } = await import('../bench/adversarial-run.mjs');
  const ok = await runAdversarial({
    sizes: args.quick ? ['100k', '1m'] : ['100k', '1m', '4m'],
    patterns: args.patterns?.split(',').map((p) => p.trim()),
    timeoutMinutes: Number(args.timeout ?? 5),
  });
  process.exit(ok ? 0 : 1);
}
const sizes = args.sizes
  ? args.sizes.split(',').map((s) => Number(s.trim()))
  : args.quick
    ? [5, 50]
    : [5, 50, 500, 5000];
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  process.stderr.write(`bench: --sizes takes whole numbers of at least 2, got "${args.sizes}"\n`);
  process.exit(2);
}
const BASELINE_SIZES = new Set([5, 50, 500]);
/** Sizes also timed as a user sees them: `corroborate check <dir> --format json`, a whole cold process. */
const CLI_SIZES = new Set([5, 50, 500]);
const STORY_SEED = 'bench'; // as in bench/measure.mjs
const feedStories = Number(args['feed-stories'] ?? (args.quick ? 100 : 1000));
const FEED_ARTICLES = 10;
const timeoutMs = Number(args.timeout ?? 30) * 60 * 1000;

for (const built of ['packages/core/dist/index.js', 'packages/cli/dist/main.js', 'packages/batch/dist/worker.js']) {
  if (!existsSync(join(ROOT, built))) {
    process.stderr.write(`bench: ${built} is missing; build first: npx -y pnpm@10 build\n`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------------------------

const fmtMs = (ms) => (ms === undefined ? '-' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtMB = (bytes) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)} MB`;
const fmtN = (n) => (n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
const pad = (s, n) => String(s).padStart(n);
const log = (line = '') => process.stdout.write(`${line}\n`);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : pad(c, widths[i]))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Run a child process; kill it (by its pid) after the timeout. Resolves with its JSON answer or the failure. */
function runChild(argv, { env, parseJson = true } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString().trim();
      if (timedOut) return resolve({ ok: false, ms, error: `timed out after ${fmtMs(timeoutMs)}` });
      if (code !== 0) {
        if (/heap out of memory|Allocation failed/.test(stderr)) {
          return resolve({ ok: false, ms, code, error: `JavaScript heap out of memory after ${fmtMs(ms)} (default V8 heap limit)` });
        }
        const last = stderr.split('\n').filter(Boolean).slice(-3).join(' | ');
        return resolve({ ok: false, ms, code, error: `exit ${code ?? signal} after ${fmtMs(ms)}: ${last}` });
      }
      if (!parseJson) return resolve({ ok: true, ms, stderr });
      try {
        resolve({ ok: true, ms, result: JSON.parse(Buffer.concat(out).toString()) });
      } catch (error) {
        resolve({ ok: false, ms, error: `bad output: ${error.message}` });
      }
    });
  });
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  availableParallelism: availableParallelism(),
  memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
  os: `${platform()} ${release()}`,
  node: process.version,
};
const git = gitInfo();
// The corpus is built from the fixtures: when they change, so does the corpus (and the numbers).
const pool = loadSeedSentences();
const corpus = { seedSentences: pool.length, sha256: createHash('sha256').update(pool.join('\n')).digest('hex').slice(0, 16) };
// Other people rebuild while a long run goes on: notice it, since a run then mixes two builds.
const buildHash = () =>
  createHash('sha256')
    .update(readFileSync(join(ROOT, 'packages/core/dist/index.js')))
    .update(readFileSync(join(ROOT, 'packages/cli/dist/main.js')))
    .digest('hex')
    .slice(0, 12);
const buildAtStart = buildHash();
log(`corroborate benchmark · ${new Date().toISOString()} · commit ${git.commit}${git.dirty ? ' (uncommitted changes)' : ''}`);
const loadAtStart = loadavg()[0];
log(`machine: ${machine.cpu}, ${machine.cores} cores (parallelism ${machine.availableParallelism}), ${machine.memory}, ${machine.os}, Node ${machine.node}`);
log(`corpus ${corpus.sha256} (${corpus.seedSentences} seed sentences): one story of ${sizes.join(', ')} articles (~5 KB each)${args['skip-feed'] ? '' : `; a feed of ${feedStories} stories x ${FEED_ARTICLES} articles`}`);
log();

// ---------------------------------------------------------------------------------------------------------------
// Story sizes: corroborate, then the baseline on the same input.

const results = { sizes: [], baseline: [], feed: null };
for (const size of sizes) {
  process.stdout.write(`${pad(size, 5)} articles  corroborate ... `);
  const run = await runChild(['bench/measure.mjs', 'corroborate', String(size)]);
  const entry = run.ok ? run.result : { articles: size, error: run.error };
  results.sizes.push(entry);
  log(
    run.ok
      ? `${fmtMs(entry.wallMs)} · ${entry.mbPerSec.toFixed(2)} MB/s · ${fmtN(entry.claimsPerSec)} claims/s · peak RSS ${fmtMB(entry.peakRssBytes)} · ${fmtN(entry.pairsScored)} pairs scored`
      : `FAILED (${run.error})`,
  );
  if (CLI_SIZES.has(size)) {
    process.stdout.write(`${pad(size, 5)} articles  CLI check ..... `);
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
    try {
      mkdirSync(join(dir, 'story'));
      for (const a of generateStory({ seed: STORY_SEED, articles: size, pool }).articles) {
        writeFileSync(join(dir, 'story', `${a.id}.txt`), a.text);
      }
      const cli = await runChild(
        ['packages/cli/bin/corroborate.js', 'check', join(dir, 'story'), '--format', 'json', '--output', join(dir, 'report.json'), '--fail-on', 'never'],
        { parseJson: false },
      );
      entry.cliCheckMs = cli.ok ? cli.ms : undefined;
      log(cli.ok ? `${fmtMs(cli.ms)} (cold process: start-up, import, reading, JSON report)` : `FAILED (${cli.error})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!args['skip-baseline'] && BASELINE_SIZES.has(size)) {
    process.stdout.write(`${pad(size, 5)} articles  baseline ...... `);
    const base = await runChild(['bench/measure.mjs', 'baseline', String(size)]);
    const b = base.ok ? base.result : { articles: size, error: base.error };
    results.baseline.push(b);
    log(
      base.ok
        ? `${fmtMs(b.wallMs)}${b.sampled ? ` (extrapolated from ${fmtN(b.sampled.sourcePairs)} of ${fmtN(b.sampled.ofSourcePairs)} source pairs)` : ''} · segmenter ${b.segmenterMbPerSec.toFixed(2)} MB/s`
        : `FAILED (${base.error})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The feed, through `corroborate batch --ndjson`, with --jobs 1 and --jobs 2.

if (!args['skip-feed']) {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  try {
    const feedFile = join(dir, 'feed.ndjson');
    process.stdout.write(`feed: writing ${feedStories} stories x ${FEED_ARTICLES} articles ... `);
    const fd = openSync(feedFile, 'w');
    let articles = 0;
    for (const story of generateFeed({ seed: 'feed', stories: feedStories, articlesPerStory: FEED_ARTICLES, pool })) {
      let chunk = '';
      for (const a of story.articles) chunk += `${JSON.stringify({ story: story.story, id: a.id, text: a.text, format: 'text' })}\n`;
      writeSync(fd, chunk);
      articles += story.articles.length;
    }
    closeSync(fd);
    const feedBytes = statSync(feedFile).size;
    log(`${fmtMB(feedBytes)}`);
    const runs = [];
    for (const jobs of [1, 2]) {
      process.stdout.write(`feed: corroborate batch --jobs ${jobs} ... `);
      const out = join(dir, `out-${jobs}.ndjson`);
      const rssFile = join(dir, `rss-${jobs}.json`);
      const run = await runChild(
        ['bench/cli-run.mjs', 'batch', '--ndjson', feedFile, '--jobs', String(jobs), '--no-progress', '--fail-on', 'never', '--output', out],
        { env: { BENCH_RSS_FILE: rssFile }, parseJson: false },
      );
      if (!run.ok) {
        runs.push({ jobs, error: run.error });
        log(`FAILED (${run.error})`);
        continue;
      }
      const output = readFileSync(out);
      const lines = output.toString().split('\n').filter(Boolean);
      const errors = lines.filter((l) => l.startsWith('{"story":') && l.includes('"error":') && !l.includes('"report":')).length;
      const rss = JSON.parse(readFileSync(rssFile, 'utf8'));
      const r = {
        jobs,
        wallMs: run.ms,
        storiesPerSec: feedStories / (run.ms / 1000),
        mbPerSec: feedBytes / MB / (run.ms / 1000),
        peakRssBytes: rss.peakRssBytes,
        cpuMs: rss.cpuMs,
        stories: lines.length,
        storyErrors: errors,
        outputSha256: createHash('sha256').update(output).digest('hex'),
      };
      runs.push(r);
      log(`${fmtMs(r.wallMs)} · ${r.storiesPerSec.toFixed(1)} stories/s · ${r.mbPerSec.toFixed(2)} MB/s · peak RSS ${fmtMB(r.peakRssBytes)}`);
    }
    const [one, two] = runs;
    results.feed = {
      stories: feedStories,
      articlesPerStory: FEED_ARTICLES,
      articles,
      bytes: feedBytes,
      runs,
      speedup: one?.wallMs && two?.wallMs ? one.wallMs / two.wallMs : undefined,
      identicalOutput: one?.outputSha256 !== undefined && one.outputSha256 === two?.outputSha256,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Summary.

const ok = results.sizes.filter((r) => !r.error);
log();
log('corroborate, one story: wall and CPU of the six stages after a warm-up on another story (import not included);');
log('CLI check: `corroborate check <dir> --format json --output <file>` as a whole cold process');
log(
  table(
    ['articles', 'input', 'wall', 'CPU', 'CLI check', 'MB/s', 'claims/s', 'peak RSS', 'facts', 'pairs scored', 'pairs/article'],
    results.sizes.map((r) =>
      r.error
        ? [r.articles, '-', 'FAILED', '-', '-', '-', '-', '-', '-', '-', '-']
        : [r.articles, fmtMB(r.bytes), fmtMs(r.wallMs), fmtMs(r.cpuMs), fmtMs(r.cliCheckMs), r.mbPerSec.toFixed(2), fmtN(r.claimsPerSec), fmtMB(r.peakRssBytes), fmtN(r.facts), fmtN(r.pairsScored), (r.pairsScored / r.articles).toFixed(1)],
    ),
  ),
);
log();
log('per stage (share of wall time)');
log(
  table(
    ['articles', ...STAGES],
    ok.map((r) => [r.articles, ...STAGES.map((s) => `${fmtMs(r.stagesMs[s])} ${pad(((100 * r.stagesMs[s]) / r.wallMs).toFixed(0), 3)}%`)]),
  ),
);

if (results.baseline.length > 0) {
  log();
  log('corroborate vs baseline (parse-english sentences + string-similarity on every cross-source sentence pair, > 0.5 aligned)');
  log(
    table(
      ['articles', 'corroborate', 'baseline', 'ratio', 'sentence pairs', 'segmenter MB/s', 'corroborate MB/s', 'note'],
      results.baseline.map((b) => {
        const c = ok.find((r) => r.articles === b.articles);
        if (b.error) return [b.articles, c ? fmtMs(c.wallMs) : '-', 'FAILED', '-', '-', '-', '-', b.error];
        return [
          b.articles,
          c ? fmtMs(c.wallMs) : '-',
          fmtMs(b.wallMs),
          c ? `${(b.wallMs / c.wallMs).toFixed(1)}x` : '-',
          fmtN(b.sentencePairs),
          b.segmenterMbPerSec.toFixed(2),
          c ? c.mbPerSec.toFixed(2) : '-',
          b.sampled ? `extrapolated from ${fmtN(b.sampled.sourcePairs)} of ${fmtN(b.sampled.ofSourcePairs)} source pairs` : 'measured in full',
        ];
      }),
    ),
  );
}
if (results.feed) {
  const f = results.feed;
  log();
  log(`feed: ${f.stories} stories x ${f.articlesPerStory} articles (${fmtMB(f.bytes)} NDJSON), corroborate batch --ndjson (wall includes process and worker start-up)`);
  log(
    table(
      ['jobs', 'wall', 'CPU', 'stories/s', 'MB/s', 'peak RSS', 'story errors'],
      f.runs.map((r) => (r.error ? [r.jobs, 'FAILED', '-', '-', '-', '-', r.error] : [r.jobs, fmtMs(r.wallMs), fmtMs(r.cpuMs), r.storiesPerSec.toFixed(1), r.mbPerSec.toFixed(2), fmtMB(r.peakRssBytes), r.storyErrors])),
    ),
  );
  log(`speed-up with 2 jobs: ${f.speedup ? `${f.speedup.toFixed(2)}x` : '-'}; identical output: ${f.identicalOutput ? 'yes' : 'NO'}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Targets.

const at = (n) => results.sizes.find((r) => r.articles === n);
const baseAt = (n) => results.baseline.find((b) => b.articles === n && !b.error);
const check = (name, applicable, pass, detail) => ({ name, status: !applicable ? 'SKIP' : pass ? 'PASS' : 'MISS', detail });
const r50 = at(50);
const r500 = at(500);
const r5000 = at(5000);
const b500 = baseAt(500);
// The segmenter floor is compared at the largest size that has both measurements.
const floorSize = [500, 50, 5].find((n) => at(n) && !at(n).error && baseAt(n));
const targets = [
  check('50 articles (~250 KB) < 1 s end to end', r50 && !r50.error, r50?.wallMs < 1000, r50 && !r50.error ? fmtMs(r50.wallMs) : r50?.error),
  check(
    '500 articles < 10 s and peak RSS < 1 GB',
    r500 !== undefined,
    !r500?.error && r500?.wallMs < 10000 && r500?.peakRssBytes < 1024 * MB,
    r500 ? (r500.error ? r500.error : `${fmtMs(r500.wallMs)}, ${fmtMB(r500.peakRssBytes)}`) : undefined,
  ),
  check('5,000 articles completes', r5000 !== undefined, r5000 && !r5000.error, r5000 ? (r5000.error ?? fmtMs(r5000.wallMs)) : undefined),
  check(
    'time(500) / time(50) <= 15',
    r50 && r500 && !r50.error && !r500.error,
    r500?.wallMs / r50?.wallMs <= 15,
    r50 && r500 && !r50.error && !r500.error ? `${(r500.wallMs / r50.wallMs).toFixed(1)}` : undefined,
  ),
  check(
    'corroborate >= 20x faster than the baseline at 500',
    r500 && !r500.error && b500,
    b500?.wallMs / r500?.wallMs >= 20,
    r500 && !r500.error && b500 ? `${(b500.wallMs / r500.wallMs).toFixed(1)}x` : undefined,
  ),
  check(
    `end-to-end throughput >= 1/3 of the bare segmenter's${floorSize && floorSize !== 500 ? ` (at ${floorSize}, 500 not run)` : ''}`,
    floorSize !== undefined,
    floorSize && at(floorSize).mbPerSec >= baseAt(floorSize).segmenterMbPerSec / 3,
    floorSize ? `${at(floorSize).mbPerSec.toFixed(2)} vs ${baseAt(floorSize).segmenterMbPerSec.toFixed(2)} MB/s (${((3 * at(floorSize).mbPerSec) / baseAt(floorSize).segmenterMbPerSec).toFixed(2)} of the goal)` : undefined,
  ),
  check(
    `feed${results.feed && results.feed.stories !== 1000 ? ` (${results.feed.stories} stories)` : ''}: --jobs 2 faster than --jobs 1`,
    results.feed?.speedup !== undefined,
    results.feed?.speedup > 1,
    results.feed?.speedup ? `${results.feed.speedup.toFixed(2)}x` : undefined,
  ),
];
log();
const loadAtEnd = loadavg()[0];
const buildAtEnd = buildHash();
if (buildAtEnd !== buildAtStart) log(`WARNING: the packages were rebuilt during the run (${buildAtStart} → ${buildAtEnd}): results mix two builds`);
log(`load average (1 min): ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end${Math.max(loadAtStart, loadAtEnd) > 0.5 * machine.availableParallelism ? ' — the machine was busy: times are not reliable' : ''}`);
log('targets');
for (const t of targets) log(`  ${t.status.padEnd(4)}  ${t.name}${t.detail ? `: ${t.detail}` : ''}`);

const resultsDir = join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, 'latest.json');
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), git, build: { start: buildAtStart, end: buildAtEnd }, machine: { ...machine, loadAverage: { start: loadAtStart, end: loadAtEnd } }, corpus, options: { sizes, quick: !!args.quick, feedStories, skipFeed: !!args['skip-feed'], skipBaseline: !!args['skip-baseline'] }, ...results, targets }, null, 2)}\n`,
);
log();
log(`written: ${join('bench', 'results', 'latest.json')}`);
