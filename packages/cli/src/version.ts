import { readFile } from 'node:fs/promises';

/** The CLI's version, from its package.json (one directory up from both src/ and dist/). */
export async function cliVersion(): Promise<string> {
  const raw: unknown = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  if (typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'string') return raw.version;
  throw new Error('package.json has no version');
}
