import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  files?: string[];
}

const packages = readdirSync(`${ROOT}packages`).filter((dir) => existsSync(`${ROOT}packages/${dir}/package.json`));

describe('what is published', () => {
  const licence = readFileSync(`${ROOT}LICENSE`, 'utf8');

  it('the root is MIT, with the licence text', () => {
    expect(licence).toMatch(/^MIT License\n/);
    expect((JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as Manifest).license).toBe('MIT');
  });

  it.each(packages)('packages/%s ships the MIT LICENSE and a README', (dir) => {
    const base = `${ROOT}packages/${dir}/`;
    const manifest = JSON.parse(readFileSync(`${base}package.json`, 'utf8')) as Manifest;
    if (manifest.private) return;
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(`${base}LICENSE`, 'utf8')).toBe(licence);
    const readme = readFileSync(`${base}README.md`, 'utf8');
    expect(readme.startsWith(`# ${manifest.name}\n`)).toBe(true);
    expect(manifest.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md']));
  });
});
