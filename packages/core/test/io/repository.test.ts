import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findRepositoryRoot, repositoryPaths } from '../../src/io/repository.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-repo-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const sources = (...paths: string[]) => ({ sources: paths.map((path, i) => ({ id: `s${i}`, path, claimCount: 0 })) });

describe('findRepositoryRoot', () => {
  it('finds the nearest .git folder or file above the working directory, else gives the directory itself', () => {
    mkdirSync(join(tmp, 'repo', '.git'), { recursive: true });
    mkdirSync(join(tmp, 'repo', 'desk', 'wires'), { recursive: true });
    expect(findRepositoryRoot(join(tmp, 'repo', 'desk', 'wires'))).toBe(join(tmp, 'repo'));
    // A worktree or submodule has a .git file, not a folder.
    mkdirSync(join(tmp, 'repo', 'desk', 'sub'), { recursive: true });
    writeFileSync(join(tmp, 'repo', 'desk', 'sub', '.git'), 'gitdir: ../../.git/worktrees/sub\n');
    expect(findRepositoryRoot(join(tmp, 'repo', 'desk', 'sub'))).toBe(join(tmp, 'repo', 'desk', 'sub'));
    mkdirSync(join(tmp, 'loose'));
    // No repository up to the file system root: the working directory, as before (tmp is not in a repository).
    expect(findRepositoryRoot(join(tmp, 'loose'))).toBe(join(tmp, 'loose'));
  });
});

describe('repositoryPaths', () => {
  it('gives each source its path from the root with slashes; outside the root, absolute; stdin keeps "-"', () => {
    mkdirSync(join(tmp, 'repo', '.git'), { recursive: true });
    mkdirSync(join(tmp, 'repo', 'desk'), { recursive: true });
    const cwd = join(tmp, 'repo', 'desk');
    const result = repositoryPaths(sources('wires/a.md', '../b.txt', join(tmp, 'elsewhere.md'), '-'), { cwd });
    expect(result.rootUri).toMatch(/^file:\/\/\/.*\/repo\/$/);
    expect([...result.paths]).toEqual([
      ['s0', 'desk/wires/a.md'],
      ['s1', 'b.txt'],
      ['s2', join(tmp, 'elsewhere.md')],
      ['s3', '-'],
    ]);
  });
});
