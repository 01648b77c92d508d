import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'corroborate-setup-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** scripts/build-quiet.mjs with a stand-in for pnpm that logs and exits with `code`. */
async function quietBuild(code: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const fake = join(work, 'fake-pnpm.mjs');
  await writeFile(fake, `console.log('tsup: building ' + process.argv.slice(2).join(' ')); console.error('a warning'); process.exit(${code});\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build-quiet.mjs')], { env: { ...process.env, npm_execpath: fake, npm_config_loglevel: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (exit) => resolve({ code: exit, stdout, stderr }));
  });
}

describe('Quick start', () => {
  it('is one line that installs, builds quietly and prints the report, then the tests', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(commands).toEqual([
      'npx -y pnpm@10 install --loglevel=error && npx -y pnpm@10 --silent build:quiet && npx corroborate check fixtures/apt31 --fail-on never',
      'npx -y pnpm@10 test',
    ]);
  });

  it('the quiet build prints nothing when the build passes', async () => {
    const run = await quietBuild(0);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the quiet build shows the whole log and fails when the build fails', async () => {
    const run = await quietBuild(1);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('tsup: building -r run build');
    expect(run.stderr).toContain('a warning');
    expect(run.stderr).toContain('The build failed (exit 1)');
  });
});

describe('config.schema.json', () => {
  it('is the JSON Schema of the zod schema the CLI validates with (no drift)', async () => {
    const shipped = JSON.parse(await readFile(join(ROOT, 'packages/core/config.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(shipped['$id']).toBe('https://corroborate.dev/schema/config.schema.json');
    const { $id: _id, title: _title, ...rest } = shipped;
    expect(rest).toEqual(configJsonSchema());
  });
});
