/**
 * One adversarial measurement in a process of its own, so that peak RSS belongs to it alone.
 * Run by `scripts/bench.mjs --adversarial`; prints one JSON object on stdout.
 *
 *   node bench/adversarial-measure.mjs <pattern id> <bytes> <markdown|text>
 *
 * The hostile article is checked with one ordinary article beside it, as in a real story, through the stage
 * functions of packages/core/dist directly (no CLI, so no per-source size limit).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PATTERNS } from './adversarial.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const [id, bytesArg, format = 'markdown'] = process.argv.slice(2);
const pattern = PATTERNS.find((p) => p.id === id);
if (!pattern) {
  process.stderr.write(`adversarial-measure: unknown pattern "${id}"\n`);
  process.exit(2);
}
const core = await import(pathToFileURL(`${ROOT}packages/core/dist/index.js`).href);
const { parseSource, segmentSource, extractClaims, alignClaims, compareFacts, buildReport } = core;

const ordinary = { id: 'b-ordinary', text: 'Police said 12 people were injured when the fire broke out on Tuesday.', format };
// Warm up on ordinary text, so the figure is the pattern's and not the JIT's.
buildReport([extractClaims(segmentSource(parseSource(ordinary)))], []);

const text = pattern.make(Number(bytesArg));
const inputs = [{ id: 'a-hostile', text, format }, ordinary];
const ms = {};
const cpu0 = process.cpuUsage();
let mark = performance.now();
const lap = (name) => {
  const now = performance.now();
  ms[name] = now - mark;
  mark = now;
};
let error;
let claims = 0;
try {
  const parsed = inputs.map((input) => parseSource(input));
  lap('parse');
  const segmented = parsed.map((p) => segmentSource(p));
  lap('segment');
  const extracted = segmented.map((s) => extractClaims(s));
  lap('extract');
  const alignment = alignClaims(extracted);
  lap('align');
  const findings = compareFacts(alignment);
  lap('compare');
  const report = buildReport(extracted, findings);
  lap('report');
  claims = report.summary.claims;
} catch (e) {
  error = String(e?.message ?? e).slice(0, 200);
}
const cpu = process.cpuUsage(cpu0);
const wallMs = Object.values(ms).reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({
    id,
    format,
    bytes: Buffer.byteLength(text),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    stages: ms,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    claims,
    ...(error ? { error } : {}),
  })}\n`,
);
