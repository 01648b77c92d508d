#!/usr/bin/env node
/**
 * Accuracy harness: `pnpm eval` (= `node scripts/eval.mjs`).
 *
 * For every fixtures/<set>/expected.json, runs checkSources on the articles of that folder and scores the
 * findings against the hand-annotated gold facts (rules in scripts/eval-score.mjs and docs/accuracy.md).
 * Needs the packages built first (`npx -y pnpm@10 build`).
 *
 *   node scripts/eval.mjs [--set NAME]... [--json] [--verbose] [--check]
 *
 * Sets are grouped (fixtures/groups.json) into real coverage and invented sets; each group is micro-averaged.
 * Exit code: 0 whatever the scores, unless --check is given: then 1 when a group's micro-averaged scores fall
 * below its thresholds (CHECK_THRESHOLDS in eval-score.mjs), a set failed to run, a set is in no group, or a
 * gold file has problems. 2 on a usage error or missing build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  CATEGORIES,
  CHECK_THRESHOLDS,
  MAX_DIVERGENCES_PER_150_WORDS,
  wordCount,
  REAL_TARGETS,
  checkFailures,
  combineScores,
  scoreSet,
  validateGold,
} from './eval-score.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let FIXTURES = join(ROOT, 'fixtures');
/** With --root, the sets come from another folder (a blind round not yet moved into fixtures/): all in `blind`. */
let ROOT_GROUP = null;
const CORE_DIST = join(ROOT, 'packages', 'core', 'dist');
const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

const USAGE = `Usage: node scripts/eval.mjs [options]

Scores corroborate's findings against the gold annotations in fixtures/*/expected.json.

Options:
  --set NAME   only this fixture set (repeatable, or comma-separated)
  --root DIR   read the sets from DIR instead of fixtures/ (a blind round before it joins fixtures/);
               every set there is scored in the group "blind"
  --json       print the scores as JSON on stdout
  --verbose    also list matches, duplicates and unmatched agreements, and every category
  --check      exit 1 if a group (fixtures/groups.json) falls below its thresholds:
               ${Object.entries(CHECK_THRESHOLDS).map(([g, t]) => `${g}: div R >= ${t.divergenceRecall}, div P >= ${t.divergencePrecision}, agr R >= ${t.agreementRecall}`).join('; ')}
  -h, --help   show this help
`;

function parseArgs(argv) {
  const opts = { sets: [], json: false, verbose: false, check: false, help: false, root: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--verbose' || arg === '-v') opts.verbose = true;
    else if (arg === '--check') opts.check = true;
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else if (arg === '--root' || arg.startsWith('--root=')) {
      const value = arg === '--root' ? argv[++i] : arg.slice('--root='.length);
      if (!value) throw new UsageError('--root needs a folder');
      opts.root = resolve(value);
    }
    else if (arg === '--set' || arg.startsWith('--set=')) {
      const value = arg === '--set' ? argv[++i] : arg.slice('--set='.length);
      if (!value) throw new UsageError('--set needs a fixture set name');
      opts.sets.push(...value.split(',').map((s) => s.trim()).filter(Boolean));
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  return opts;
}

class UsageError extends Error {}

function readGroups() {
  if (ROOT_GROUP) return Object.fromEntries(listSets().map((set) => [set, ROOT_GROUP]));
  const file = join(FIXTURES, 'groups.json');
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const out = {};
  for (const group of Object.keys(CHECK_THRESHOLDS)) for (const set of parsed[group] ?? []) out[set] = group;
  return out;
}

function listSets() {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
    .sort();
}

/** The articles of a folder as the CLI would name them: file name without extension → text. */
function readFolder(dir) {
  const files = readdirSync(dir)
    .filter((f) => SOURCE_EXTENSIONS.has(extname(f).toLowerCase()) && statSync(join(dir, f)).isFile())
    .sort();
  return files.map((f) => ({ id: basename(f, extname(f)), path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

async function loadCore() {
  const index = join(CORE_DIST, 'index.js');
  const node = join(CORE_DIST, 'node.js');
  if (!existsSync(index) || !existsSync(node)) {
    throw new UsageError(`packages/core is not built (${relative(ROOT, index)} is missing): run \`npx -y pnpm@10 build\` first`);
  }
  const core = await import(pathToFileURL(index).href);
  const io = await import(pathToFileURL(node).href);
  if (typeof core.checkSources !== 'function') throw new UsageError('packages/core/dist/index.js exports no checkSources');
  return { checkSources: core.checkSources, readSources: io.readSources };
}

/**
 * Sources through the package's own reader when it gives every annotated source; otherwise (reader still a stub,
 * or naming sources differently) the folder's files are read here, so that the pipeline is still scored.
 */
async function loadSources(readSources, dir, goldIds, notes) {
  const own = readFolder(dir);
  if (typeof readSources === 'function') {
    try {
      const result = await readSources([dir]);
      const sources = result?.sources ?? [];
      const ids = new Set(sources.map((s) => s.id));
      if (sources.length > 0 && goldIds.every((id) => ids.has(id))) return sources;
      notes.push(
        sources.length === 0
          ? 'readSources returned no sources; read the folder directly'
          : `readSources ids do not cover the gold sourceIds (got ${[...ids].slice(0, 3).join(', ')}…); read the folder directly`,
      );
    } catch (err) {
      notes.push(`readSources failed (${err?.message ?? err}); read the folder directly`);
    }
  }
  return own.map(({ id, path, text }) => ({ id, path: relative(ROOT, path), text }));
}

async function evaluateSet(name, core) {
  const dir = join(FIXTURES, name);
  const notes = [];
  const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const goldIds = [
    ...new Set([
      ...(gold.facts ?? []).flatMap((f) => (f.evidence ?? []).map((e) => e.sourceId)),
      ...(gold.paraphrases ?? []).flatMap((p) => (p.texts ?? []).map((t) => t.sourceId)),
    ]),
  ];
  const sources = await loadSources(core.readSources, dir, goldIds, notes);
  const texts = Object.fromEntries(sources.map((s) => [s.id, s.text]));
  const goldProblems = validateGold(gold, texts);

  const started = performance.now();
  let report;
  try {
    report = core.checkSources(sources);
  } catch (err) {
    return { set: name, sources: sources.length, error: String(err?.stack ?? err), goldProblems, notes };
  }
  const ms = performance.now() - started;
  const score = scoreSet(gold, report, texts);
  const words = wordCount(sources.map((s) => s.text));
  const goldDivergences = (gold.facts ?? []).filter((f) => f.kind === 'divergence' && !f.optional).length;
  const density = { words, divergences: (score.findings.divergences * 150) / Math.max(words, 1), goldDivergences: (goldDivergences * 150) / Math.max(words, 1) };
  return { set: name, sources: sources.length, ms: Math.round(ms), goldProblems, notes, ...score, density };
}

// ---------------------------------------------------------------------------------------------- printing

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function countsRow(label, c) {
  return (
    pad(label, 24) +
    lpad(c.gold, 5) +
    lpad(c.optional, 5) +
    lpad(c.findings, 7) +
    lpad(c.matched, 7) +
    lpad(c.correct, 7) +
    lpad(c.duplicates, 5) +
    lpad(c.falsePositives, 5) +
    lpad(fmt(c.precision), 7) +
    lpad(fmt(c.recall), 7) +
    lpad(fmt(c.f1), 7)
  );
}

const HEADER =
  pad('', 24) +
  lpad('gold', 5) +
  lpad('opt', 5) +
  lpad('found', 7) +
  lpad('match', 7) +
  lpad('right', 7) +
  lpad('dup', 5) +
  lpad('fp', 5) +
  lpad('P', 7) +
  lpad('R', 7) +
  lpad('F1', 7);

function evidenceLine(evidence) {
  return evidence
    .map((e) => `${e.sourceId.slice(0, 3)}${e.line ? `:${e.line}:${e.column}` : ''} "${e.text}"${e.value !== undefined ? ` (${e.value})` : ''}`)
    .join('  |  ');
}

function printTable(lines, score, verbose) {
  lines.push(HEADER);
  for (const kind of ['divergence', 'agreement']) {
    lines.push(countsRow(`${kind}s`, score.kinds[kind]));
    for (const c of CATEGORIES) {
      const k = score.categories[c][kind];
      if (verbose || k.gold + k.optional + k.findings > 0) lines.push(countsRow(`  ${c}`, k));
    }
  }
}

function printSet(r, verbose) {
  const lines = [];
  lines.push('');
  if (r.error) {
    lines.push(`== ${r.set} ==  ${r.sources} sources · checkSources FAILED`);
    lines.push(r.error);
    return lines.join('\n');
  }
  lines.push(
    `== ${r.set} ==  ${r.sources} sources · ${r.findings.total} findings for the editor (${r.findings.divergences} divergences, ${r.findings.agreements} agreements) · ${r.ms} ms`,
    `   ${r.density.words} words · ${fmt(r.density.divergences)} divergence findings per 150 words (the gold's own: ${fmt(r.density.goldDivergences)})`,
  );
  for (const note of r.notes) lines.push(`  note: ${note}`);
  for (const p of r.goldProblems) lines.push(`  GOLD PROBLEM: ${p}`);
  printTable(lines, r, verbose);
  if (r.severity.confusions.length > 0) {
    lines.push('', `severity differs from the gold (${r.severity.confusions.length} of ${r.severity.matched} matched divergences):`);
    for (const c of r.severity.confusions) lines.push(`  - ${c.finding} → ${c.fact}: ${c.severity ?? 'none'}, gold ${c.gold}`);
  }

  if (r.missed.length > 0) {
    lines.push('', `missed gold facts (${r.missed.length}):`);
    for (const m of r.missed) {
      lines.push(`  - [${m.kind}/${m.category}] ${m.id}: ${m.description}`);
      lines.push(`      ${evidenceLine(m.evidence)}`);
    }
  }
  const fpDiv = r.falsePositives.filter((f) => f.kind === 'divergence');
  if (fpDiv.length > 0) {
    lines.push('', `unmatched divergences, false positives (${fpDiv.length}):`);
    for (const f of fpDiv) {
      const para = r.paraphraseViolations.filter((p) => p.finding === f.id).map((p) => p.paraphrase);
      lines.push(`  - ${f.id} [${f.category}/${f.severity}] ${f.rule}: ${f.message}`);
      lines.push(`      ${evidenceLine(f.evidence)}`);
      for (const p of para) lines.push(`      ! inside paraphrase pair: ${p}`);
    }
  }
  const dupDiv = r.duplicates.filter((d) => d.finding.kind === 'divergence');
  const dupShown = verbose ? r.duplicates : dupDiv;
  if (dupShown.length > 0) {
    lines.push('', `duplicates (${dupShown.length}${verbose ? '' : ' divergences; --verbose for agreements'}):`);
    for (const d of dupShown) {
      lines.push(`  - ${d.finding.id} [${d.finding.kind}/${d.finding.category}] repeats ${d.of.join(' / ')}: ${d.finding.message}`);
    }
  }
  const fpAgr = r.falsePositives.filter((f) => f.kind === 'agreement');
  if (fpAgr.length > 0) {
    if (verbose) {
      lines.push('', `unmatched agreements, noise (${fpAgr.length}):`);
      for (const f of fpAgr) {
        lines.push(`  - ${f.id} [${f.category}] ${f.rule}: ${f.message}`);
        lines.push(`      ${evidenceLine(f.evidence)}`);
      }
    } else {
      lines.push('', `unmatched agreements (noise): ${fpAgr.length} (--verbose lists them)`);
    }
  }
  if (verbose && r.matches.length > 0) {
    lines.push('', `matches (${r.matches.length}):`);
    for (const m of r.matches) {
      const tags = [];
      if (m.implied) tags.push('implied agreement');
      else if (m.optional) tags.push('optional');
      if (m.category !== m.factCategory) tags.push(`category ${m.category} ≠ gold ${m.factCategory}`);
      lines.push(`  - ${m.finding} → ${m.fact}${tags.length ? ` (${tags.join('; ')})` : ''}`);
    }
  }
  return lines.join('\n');
}

function printSummary(results, total, groupTotals) {
  const lines = ['', '== summary =='];
  const head =
    pad('set', 36) +
    lpad('div P', 7) +
    lpad('div R', 7) +
    lpad('div F1', 7) +
    lpad('agr P', 7) +
    lpad('agr R', 7) +
    lpad('agr F1', 7) +
    lpad('findings', 10) +
    lpad('div/150w', 10) +
    lpad('para!', 7) +
    lpad('sev', 9);
  lines.push(head);
  const sev = (s) => (s.severity && s.severity.matched > 0 ? `${s.severity.agree}/${s.severity.matched}` : '-');
  const row = (name, s, para, density) =>
    pad(name, 36) +
    lpad(fmt(s.kinds.divergence.precision), 7) +
    lpad(fmt(s.kinds.divergence.recall), 7) +
    lpad(fmt(s.kinds.divergence.f1), 7) +
    lpad(fmt(s.kinds.agreement.precision), 7) +
    lpad(fmt(s.kinds.agreement.recall), 7) +
    lpad(fmt(s.kinds.agreement.f1), 7) +
    lpad(s.findings.total, 10) +
    lpad(density === undefined ? '' : fmt(density), 10) +
    lpad(para, 7) +
    lpad(sev(s), 9);
  for (const r of results) {
    if (r.error) lines.push(pad(r.set, 36) + '  checkSources failed');
    else lines.push(row(r.set, r, r.paraphraseViolations.length, r.density.divergences));
  }
  for (const [group, t] of Object.entries(groupTotals)) if (t) lines.push(row(`${group} (micro)`, t, t.paraphraseViolations));
  if (total) lines.push(row('all (micro)', total, total.paraphraseViolations));
  const real = groupTotals.real;
  if (real) {
    lines.push(
      '',
      `real coverage against the targets of issue 7: div R ${fmt(real.kinds.divergence.recall)} / ${REAL_TARGETS.divergenceRecall}, ` +
        `div P ${fmt(real.kinds.divergence.precision)} / ${REAL_TARGETS.divergencePrecision}, agr R ${fmt(real.kinds.agreement.recall)} / ${REAL_TARGETS.agreementRecall}, ` +
        `severity agreement ${fmt(real.severity.rate)} / ${REAL_TARGETS.severityAgreement}`,
    );
  }
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------- main

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`eval: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  if (opts.root) {
    if (!existsSync(opts.root)) {
      process.stderr.write(`eval: no folder ${opts.root}\n`);
      return 2;
    }
    FIXTURES = opts.root;
    ROOT_GROUP = 'blind';
  }
  const available = listSets();
  const unknown = opts.sets.filter((s) => !available.includes(s));
  if (unknown.length > 0) {
    process.stderr.write(`eval: no fixture set ${unknown.map((s) => `"${s}"`).join(', ')} (have: ${available.join(', ') || 'none'})\n`);
    return 2;
  }
  const sets = opts.sets.length > 0 ? available.filter((s) => opts.sets.includes(s)) : available;
  if (sets.length === 0) {
    process.stderr.write('eval: no fixtures/*/expected.json found\n');
    return 2;
  }

  let core;
  try {
    core = await loadCore();
  } catch (err) {
    process.stderr.write(`eval: ${err.message}\n`);
    return 2;
  }

  const results = [];
  for (const name of sets) results.push(await evaluateSet(name, core));
  const scored = results.filter((r) => !r.error);
  const total = scored.length > 0 ? combineScores(scored) : null;

  const groupOf = readGroups();
  const groupTotals = {};
  for (const group of Object.keys(CHECK_THRESHOLDS)) {
    const members = scored.filter((r) => groupOf[r.set] === group);
    groupTotals[group] = members.length > 0 ? combineScores(members) : null;
  }
  const failures = [];
  for (const r of results) {
    const reasons = r.error ? ['checkSources threw'] : [];
    if (!groupOf[r.set]) reasons.push('in no group of fixtures/groups.json');
    if (r.goldProblems?.length > 0) reasons.push(`${r.goldProblems.length} problem(s) in expected.json`);
    const limit = MAX_DIVERGENCES_PER_150_WORDS[groupOf[r.set]];
    if (!r.error && limit !== undefined && r.density.divergences > limit) {
      reasons.push(`${fmt(r.density.divergences)} divergence findings per 150 words (at most ${limit})`);
    }
    if (reasons.length > 0) failures.push({ set: r.set, reasons });
  }
  for (const [group, t] of Object.entries(groupTotals)) {
    if (!t) continue;
    const reasons = checkFailures(t, CHECK_THRESHOLDS[group]);
    if (reasons.length > 0) failures.push({ set: `${group} (micro)`, reasons });
  }

  if (opts.json) {
    const out = { thresholds: CHECK_THRESHOLDS, targets: { real: REAL_TARGETS }, groups: groupOf, sets: results, groupTotals, total };
    if (opts.check) out.check = { passed: failures.length === 0, failures };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const blocks = results.map((r) => printSet(r, opts.verbose));
    process.stdout.write(`${blocks.join('\n')}\n${printSummary(results, total, groupTotals)}\n`);
    if (results.some((r) => r.goldProblems?.length > 0)) {
      process.stdout.write('\nThe gold files have problems (see GOLD PROBLEM above); fix them before trusting the scores.\n');
    }
    if (opts.check) {
      if (failures.length === 0) process.stdout.write('\ncheck: passed\n');
      else {
        process.stdout.write('\ncheck: FAILED\n');
        for (const f of failures) process.stdout.write(`  ${f.set}: ${f.reasons.join('; ')}\n`);
      }
    }
  }
  return opts.check && failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`eval: ${err?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
