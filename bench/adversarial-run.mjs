/**
 * `pnpm bench --adversarial`: every hostile pattern of bench/adversarial.mjs at 100 KB, 1 MB and 4 MB, each in a
 * child process of its own (bench/adversarial-measure.mjs), through the core's stage functions directly (the
 * CLI's per-source size limit is not in the way). Prints seconds per MB and peak RSS per MB of input and checks
 * the targets of issue 8: at most 2 s per MB and 500 MB of peak RSS per MB, and time(4 MB) <= 5 x time(1 MB).
 * Both targets per MB are judged from 1 MB up: at 100 KB the process's own ~80 MB and the JIT's first compilation
 * of each code path (a few hundred ms) would dominate; 100 KB is printed to show the growth. On a machine whose
 * load average is above its number of cores, wall time measures the other processes as much as this one: the
 * time target is then judged on the child's CPU time (both are printed), and the output says so.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATTERNS } from './adversarial.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = 1024 * 1024;
const SIZES = { '100k': 100 * 1024, '1m': MB, '4m': 4 * MB };
const TARGET_S_PER_MB = 2;
const TARGET_RSS_PER_MB = 500 * MB;
const TARGET_GROWTH = 5;

function measure(id, bytes, format, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench/adversarial-measure.mjs'), id, String(bytes), format], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return resolve({ id, format, bytes, error: `killed (${signal}) after ${Math.round(timeoutMs / 1000)} s` });
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? ''));
      } catch {
        resolve({ id, format, bytes, error: `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 200)}` });
      }
    });
  });
}

const fmt = (n, digits = 2) => (n === undefined ? '-' : n.toFixed(digits));

export async function runAdversarial({ sizes = ['100k', '1m', '4m'], patterns, timeoutMinutes = 5 } = {}) {
  const chosen = PATTERNS.filter((p) => !patterns || patterns.includes(p.id));
  const load = loadavg()[0];
  const busy = load > availableParallelism();
  const seconds = (r) => (busy ? Math.min(r.wallMs, r.cpuMs) : r.wallMs) / 1000;
  const rows = [];
  for (const pattern of chosen) {
    for (const format of pattern.formats ?? ['markdown', 'text']) {
      const row = { id: pattern.id, format, what: pattern.what, runs: {} };
      for (const size of sizes) {
        const r = await measure(pattern.id, SIZES[size], format, timeoutMinutes * 60 * 1000);
        row.runs[size] = r;
        const mb = (r.bytes ?? SIZES[size]) / MB;
        const line = r.error
          ? `FAILED ${r.error}`
          : `${fmt(r.wallMs / 1000 / mb)} s/MB wall, ${fmt(r.cpuMs / 1000 / mb)} s/MB CPU, peak RSS ${fmt(r.peakRssBytes / MB, 0)} MB (${fmt(r.peakRssBytes / MB / mb, 0)} MB/MB), ${r.claims} claims`;
        process.stderr.write(`  ${pattern.id} ${format} ${size}: ${line}\n`);
      }
      rows.push(row);
    }
  }
  // Verdicts.
  const verdicts = rows.map((row) => {
    const problems = [];
    for (const [size, r] of Object.entries(row.runs)) {
      if (r.error) {
        problems.push(`${size}: ${r.error}`);
        continue;
      }
      const mb = r.bytes / MB;
      if (size !== '100k' && seconds(r) / mb > TARGET_S_PER_MB) problems.push(`${size}: ${fmt(seconds(r) / mb)} s/MB`);
      if (size !== '100k' && r.peakRssBytes / mb > TARGET_RSS_PER_MB) problems.push(`${size}: ${fmt(r.peakRssBytes / MB / mb, 0)} MB/MB`);
    }
    const one = row.runs['1m'];
    const four = row.runs['4m'];
    const growth = one && four && !one.error && !four.error ? seconds(four) / seconds(one) : undefined;
    if (growth !== undefined && growth > TARGET_GROWTH) problems.push(`time(4 MB) = ${fmt(growth, 1)} x time(1 MB)`);
    return { ...row, growth, pass: problems.length === 0, problems };
  });
  const header = ['pattern', 'format', ...sizes.flatMap((s) => [`s/MB ${s}`, `CPU s/MB ${s}`, `RSS MB/MB ${s}`]), 't(4M)/t(1M)', 'target'];
  const lines = verdicts.map((v) => [
    v.id,
    v.format,
    ...sizes.flatMap((s) => {
      const r = v.runs[s];
      if (!r || r.error) return ['fail', '-', '-'];
      const mb = r.bytes / MB;
      return [fmt(r.wallMs / 1000 / mb), fmt(r.cpuMs / 1000 / mb), fmt(r.peakRssBytes / MB / mb, 0)];
    }),
    v.growth === undefined ? '-' : fmt(v.growth, 1),
    v.pass ? 'PASS' : `FAIL (${v.problems.join('; ')})`,
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...lines.map((l) => String(l[k]).length)));
  const show = (cells) => `| ${cells.map((c, k) => String(c).padEnd(widths[k])).join(' | ')} |`;
  process.stdout.write(
    `\nAdversarial patterns (load average ${load.toFixed(1)} at the start on ${availableParallelism()} cores${busy ? ': a busy machine, so the time target is judged on CPU time' : ''})\n\n`,
  );
  process.stdout.write(`${show(header)}\n${show(widths.map((w) => '-'.repeat(w)))}\n${lines.map(show).join('\n')}\n`);
  const failed = verdicts.filter((v) => !v.pass).length;
  process.stdout.write(`\n${verdicts.length - failed} of ${verdicts.length} pass: <= ${TARGET_S_PER_MB} s/MB and <= 500 MB RSS per MB (from 1 MB), time(4 MB) <= ${TARGET_GROWTH} x time(1 MB)\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/adversarial.json'), `${JSON.stringify({ loadAverage: load, date: new Date().toISOString(), rows: verdicts }, null, 2)}\n`);
  return failed === 0;
}
