/**
 * One measurement, in a process of its own so that peak RSS belongs to this size alone.
 * Run by scripts/bench.mjs; prints one JSON object on stdout.
 *
 *   node bench/measure.mjs corroborate <articles>   the pipeline, stage by stage
 *   node bench/measure.mjs baseline <articles>      parse-english + string-similarity, all sentence pairs
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRng, generateStory, loadSeedSentences } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The seed of the measured story: the 50-article story is the first 50 articles of the 500-article one. */
export const STORY_SEED = 'bench';
/** Above this estimated time the baseline is measured on a sample of source pairs and extrapolated. */
const BASELINE_FULL_LIMIT_MS = 5 * 60 * 1000;
/** Source pairs in the baseline's deterministic sample. */
const BASELINE_SAMPLE_PAIRS = 600;
const SIMILARITY_THRESHOLD = 0.5;

const MB = 1024 * 1024;

function peakRssBytes() {
  // maxRSS is in kilobytes; /proc/self/status VmHWM says the same on Linux.
  return process.resourceUsage().maxRSS * 1024;
}

function bytesOf(articles) {
  let total = 0;
  for (const a of articles) total += Buffer.byteLength(a.text);
  return total;
}

function story(articles) {
  const pool = loadSeedSentences();
  return generateStory({ seed: STORY_SEED, articles, pool }).articles;
}

async function measureCorroborate(size) {
  let t = performance.now();
  const core = await import(pathToFileURL(`${ROOT}packages/core/dist/index.js`).href);
  const importMs = performance.now() - t;
  const { parseSource, segmentSource, extractClaims, alignClaims, compareFacts, buildReport } = core;

  const run = (inputs) => {
    const ms = {};
    let mark = performance.now();
    const lap = (name) => {
      const now = performance.now();
      ms[name] = now - mark;
      mark = now;
    };
    // The order of checkSources: sources sorted by id (the corpus ids already are).
    let parsed = inputs.map((input) => parseSource(input));
    lap('parse');
    let segmented = parsed.map((p) => segmentSource(p));
    parsed = null; // as in checkSources, nothing keeps a stage's output once the next stage has it
    lap('segment');
    const extracted = segmented.map((s) => extractClaims(s));
    const sentences = segmented.reduce((n, s) => n + s.sentences.length, 0);
    segmented = null;
    lap('extract');
    const alignment = alignClaims(extracted);
    lap('align');
    const findings = compareFacts(alignment);
    lap('compare');
    const report = buildReport(extracted, findings);
    lap('report');
    return { ms, sentences, alignment, findings, report };
  };

  // Warm up (JIT, lazy tables) on another, small story, so that the measured run is the steady state.
  t = performance.now();
  run(generateStory({ seed: 'warm-up', articles: 5 }).articles);
  const warmUpMs = performance.now() - t;

  // The corpus is plain text, as wire copy is: read as text, not Markdown (see SourceInput.format).
  const inputs = story(size).map((a) => ({ id: a.id, text: a.text, format: 'text' }));
  const bytes = bytesOf(inputs);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { ms, sentences, alignment, findings, report } = run(inputs);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const claims = report.summary.claims;
  return {
    kind: 'corroborate',
    articles: size,
    bytes,
    wallMs,
    // CPU time of the process during the run (GC threads included): far below wallMs means the machine was busy.
    cpuMs,
    importMs,
    warmUpMs,
    mbPerSec: bytes / MB / (wallMs / 1000),
    claims,
    claimsPerSec: claims / (wallMs / 1000),
    sentences,
    facts: alignment.facts.length,
    pairsScored: alignment.pairsScored,
    findings: findings.length,
    divergences: report.summary.divergences,
    stagesMs: ms,
    peakRssBytes: peakRssBytes(),
  };
}

/** What a user would otherwise write: split sentences, compare every sentence with every other source's. */
async function measureBaseline(size) {
  const require = createRequire(`${ROOT}packages/core/package.json`);
  const { ParseEnglish } = await import(pathToFileURL(require.resolve('parse-english')).href);
  const { compareTwoStrings } = createRequire(`${ROOT}package.json`)('string-similarity');

  const parser = new ParseEnglish();
  const sentencesOf = (text, tree) => {
    const out = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraph.children) {
        if (sentence.type === 'SentenceNode') out.push(text.slice(sentence.position.start.offset, sentence.position.end.offset));
      }
    }
    return out;
  };
  const comparePair = (a, b) => {
    let aligned = 0;
    for (const x of a) for (const y of b) if (compareTwoStrings(x, y) > SIMILARITY_THRESHOLD) aligned++;
    return aligned;
  };

  // Warm up both libraries.
  const warm = generateStory({ seed: 'warm-up', articles: 3 }).articles.map((a) => sentencesOf(a.text, parser.parse(a.text)));
  comparePair(warm[0], warm[1]);

  const texts = story(size).map((a) => a.text);
  const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);

  // The bare segmenter over the same text: the floor for any sentence-level tool.
  let t = performance.now();
  const trees = texts.map((text) => parser.parse(text));
  const segmentMs = performance.now() - t;
  const sentences = texts.map((text, i) => sentencesOf(text, trees[i]));
  trees.length = 0;
  const sentenceCount = sentences.reduce((n, s) => n + s.length, 0);

  const n = texts.length;
  const totalPairs = (n * (n - 1)) / 2;
  const comparisonsOf = (i, j) => sentences[i].length * sentences[j].length;
  let totalComparisons = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) totalComparisons += comparisonsOf(i, j);

  // Calibrate on a few pairs to decide between the full run and a sample.
  const rng = createRng(`baseline-sample:${size}`);
  const randomPair = () => {
    const i = rng.int(0, n - 1);
    let j = rng.int(0, n - 2);
    if (j >= i) j++;
    return i < j ? [i, j] : [j, i];
  };
  let calibrationPairs = 0;
  let calibrationComparisons = 0;
  t = performance.now();
  while (calibrationPairs < Math.min(50, totalPairs)) {
    const [i, j] = randomPair();
    comparePair(sentences[i], sentences[j]);
    calibrationComparisons += comparisonsOf(i, j);
    calibrationPairs++;
  }
  const perComparisonMs = (performance.now() - t) / Math.max(calibrationComparisons, 1);
  const estimatedFullMs = perComparisonMs * totalComparisons;

  let compareMs;
  let aligned;
  let sampled = null;
  if (estimatedFullMs <= BASELINE_FULL_LIMIT_MS) {
    aligned = 0;
    t = performance.now();
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) aligned += comparePair(sentences[i], sentences[j]);
    compareMs = performance.now() - t;
  } else {
    // A deterministic sample of source pairs; time and aligned pairs scale by comparisons (sentence pairs).
    let sampleComparisons = 0;
    let sampleAligned = 0;
    t = performance.now();
    for (let k = 0; k < BASELINE_SAMPLE_PAIRS; k++) {
      const [i, j] = randomPair();
      sampleAligned += comparePair(sentences[i], sentences[j]);
      sampleComparisons += comparisonsOf(i, j);
    }
    const sampleMs = performance.now() - t;
    const scale = totalComparisons / sampleComparisons;
    compareMs = sampleMs * scale;
    aligned = Math.round(sampleAligned * scale);
    sampled = { sourcePairs: BASELINE_SAMPLE_PAIRS, ofSourcePairs: totalPairs, sampleMs, estimatedFullMs };
  }
  const wallMs = segmentMs + compareMs;
  return {
    kind: 'baseline',
    articles: size,
    bytes,
    sentences: sentenceCount,
    segmentMs,
    segmenterMbPerSec: bytes / MB / (segmentMs / 1000),
    compareMs,
    wallMs,
    sentencePairs: totalComparisons,
    alignedPairs: aligned,
    sampled,
    peakRssBytes: peakRssBytes(),
  };
}

const [kind, sizeArg] = process.argv.slice(2);
const size = Number(sizeArg);
if (!Number.isInteger(size) || size < 2 || (kind !== 'corroborate' && kind !== 'baseline')) {
  process.stderr.write('usage: node bench/measure.mjs corroborate|baseline <articles>\n');
  process.exit(2);
}
const result = kind === 'corroborate' ? await measureCorroborate(size) : await measureBaseline(size);
process.stdout.write(`${JSON.stringify(result)}\n`);
