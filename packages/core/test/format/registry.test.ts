import { describe, expect, it } from 'vitest';
import * as publicApi from '../../src/format.js';
import { formatNames, formatReport, formatterList, formatters, getFormatter, isFormatName } from '../../src/report/format/index.js';
import { apt31Report, apt31Sources } from './apt31.js';
import { checkSources } from '../../src/check.js';

describe('formatter registry', () => {
  it('lists every built-in format once, each with a description and an extension', () => {
    expect(formatNames).toEqual(['text', 'json', 'markdown', 'html', 'sarif', 'github', 'ndjson']);
    expect(Object.keys(formatters)).toEqual(formatNames);
    for (const info of formatterList) {
      expect(info.description.length).toBeGreaterThan(5);
      expect(info.extension).toMatch(/^[a-z]+$/);
      expect(formatters[info.name]).toBe(info.format);
      expect(getFormatter(info.name)).toBe(info.format);
    }
  });

  it('answers an unknown name with undefined, and does not see inherited keys', () => {
    for (const name of ['xml', 'toString', '__proto__', 'constructor', '']) {
      expect(getFormatter(name)).toBeUndefined();
      expect(isFormatName(name)).toBe(false);
    }
    // @ts-expect-error: a JavaScript caller can pass anything
    expect(() => formatReport(apt31Report(), 'toString')).toThrow(/Unknown report format "toString"; use one of text, json/);
  });

  it('is frozen: a plug-in cannot replace a built-in format behind the CLI\'s back', () => {
    expect(Object.isFrozen(formatters)).toBe(true);
    expect(formatterList.every((f) => Object.isFrozen(f))).toBe(true);
  });

  it('gives the same bytes in every format whatever order the articles come in', () => {
    const sources = apt31Sources();
    const forward = checkSources(sources);
    const backward = checkSources([...sources].reverse());
    for (const name of formatNames) expect(formatReport(backward, name), name).toBe(formatReport(forward, name));
  });

  it('is exported without the pipeline from @corroborate/core/format', () => {
    expect(publicApi.formatNames).toBe(formatNames);
    expect(typeof publicApi.toSarifLog).toBe('function');
    expect(typeof publicApi.findingFingerprint).toBe('function');
  });
});
