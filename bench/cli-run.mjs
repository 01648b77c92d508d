/**
 * Run the CLI in this process (what bin/corroborate.js does) and, on exit, write the process's peak RSS and CPU
 * time — worker threads included — to the file named by BENCH_RSS_FILE. Used by scripts/bench.mjs for the feed runs.
 *
 *   BENCH_RSS_FILE=/tmp/rss.json node bench/cli-run.mjs batch --ndjson feed.ndjson --jobs 2
 */
import { writeFileSync } from 'node:fs';

const rssFile = process.env.BENCH_RSS_FILE;
if (rssFile) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage(); // the whole process: main thread and workers
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(rssFile, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuMs, exitCode: code }));
  });
}
const { main } = await import(new URL('../packages/cli/dist/main.js', import.meta.url).href);
await main(process.argv.slice(2));
