// `pnpm build` without the build log: the output is kept and shown only when the build fails, so the Quick
// start's first command prints the report and nothing before it, and a failing build still explains itself.
import { spawn } from 'node:child_process';

const env = { ...process.env };
// `pnpm --silent` passes itself on; the inner build must log, so that there is something to show on failure.
for (const key of Object.keys(env)) if (/^npm_config_(loglevel|reporter|silent)$/i.test(key)) delete env[key];
const pnpm = process.env.npm_execpath;
const [command, args] = pnpm ? [process.execPath, [pnpm, '-r', 'run', 'build']] : ['pnpm', ['-r', 'run', 'build']];
const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
const chunks = [];
child.stdout.on('data', (d) => chunks.push(d));
child.stderr.on('data', (d) => chunks.push(d));
child.on('error', (error) => {
  process.stderr.write(`build failed to start: ${error.message}\n`);
  process.exitCode = 1;
});
child.on('close', (code) => {
  if (code !== 0) {
    process.stderr.write(Buffer.concat(chunks));
    process.stderr.write(`\nThe build failed (exit ${code}); the log is above.\n`);
  }
  process.exitCode = code ?? 1;
});
