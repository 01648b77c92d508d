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

describe('FORCE_COLOR', () => {
  it('forces colour on a pipe unless it is 0 or false, as chalk and Node read it', () => {
    const pipe = { ...base, stdoutIsTTY: false };
    for (const value of ['1', '2', '3', 'true', '']) expect(useColor({ ...pipe, env: { FORCE_COLOR: value } }), value).toBe(true);
    for (const value of ['0', 'false']) expect(useColor({ ...base, env: { FORCE_COLOR: value } }), value).toBe(false);
  });

  it('wins over NO_COLOR, loses to a flag, and never colours a file or JSON', () => {
    expect(useColor({ ...base, stdoutIsTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...base, env: { FORCE_COLOR: '1' }, flag: false })).toBe(false);
    expect(useColor({ ...base, env: { FORCE_COLOR: '0' }, flag: true })).toBe(true);
    expect(useColor({ ...base, toFile: true, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...base, format: 'json', env: { FORCE_COLOR: '1' } })).toBe(false);
  });

  it('a dumb terminal gets no colour unless asked', () => {
    expect(useColor({ ...base, env: { TERM: 'dumb' } })).toBe(false);
    expect(useColor({ ...base, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).toBe(true);
  });
});

describe('stylesFor', () => {
  it('adds escape codes only when enabled', () => {
    expect(stylesFor(true).red('x')).toContain('\u001b[');
    expect(stylesFor(false).red('x')).toBe('x');
  });
});
