import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Helpers for tests that run the built CLI (`npx -y pnpm@10 build` first), as a user would. */
export const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  return env;
}

/** Run the CLI; `onStart` gets the child, to signal it or feed it while it runs. */
export function corroborate(
  args: readonly string[],
  options: { cwd?: string; stdin?: string; onStart?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (options.onStart) options.onStart(child);
    else child.stdin.end(options.stdin ?? '');
  });
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Never a stack trace, whatever went wrong. */
export function hasStack(text: string): boolean {
  return /^\s+at /m.test(text) || /\bError:/.test(text);
}

/** Two small articles about one invented event, disagreeing on a count. */
export const WIRE = 'Firefighters said 12 people were injured when the warehouse fire broke out in Dunmore on Tuesday.\n\nThe mayor, Ellen Park, visited the site on Wednesday.\n';
export const DAILY = 'Fifteen people were injured in the Dunmore warehouse fire, firefighters said on Tuesday.\n\nMayor Ellen Park visited the site.\n';
