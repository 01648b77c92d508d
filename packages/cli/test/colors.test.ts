import { describe, expect, it } from 'vitest';
import { stylesFor, useColor } from '../src/colors.js';

const base = { flag: undefined, toFile: false, format: 'text', stdoutIsTTY: true, env: {} };

describe('useColor', () => {
  it('colours a terminal by default', () => {
    expect(useColor(base)).toBe(true);
  });

  it('does not colour a pipe, a file, or anything but text', () => {
    expect(useColor({ ...base, stdoutIsTTY: false })).toBe(false);
    expect(useColor({ ...base, toFile: true, flag: true })).toBe(false);
    expect(useColor({ ...base, format: 'json', flag: true })).toBe(false);
    expect(useColor({ ...base, format: 'markdown' })).toBe(false);
  });

  it('honours a non-empty NO_COLOR, and flags over it', () => {
    expect(useColor({ ...base, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...base, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ ...base, env: { NO_COLOR: '1' }, flag: true })).toBe(true);
    expect(useColor({ ...base, stdoutIsTTY: false, flag: true })).toBe(true);
    expect(useColor({ ...base, flag: false })).toBe(false);
  });
});

describe('stylesFor', () => {
  it('adds escape codes only when enabled', () => {
    expect(stylesFor(true).red('x')).toContain('\u001b[');
    expect(stylesFor(false).red('x')).toBe('x');
  });
});
