import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/io/read-sources.js';
import { checkSources } from '../../src/check.js';
import { findWireDateline, readDate } from '../../src/parse/metadata.js';
import { parseSource } from '../../src/parse/index.js';

const MARKDOWN = `---
title: "Ferry fire: crew evacuated"
date: 2025-06-03
publisher: Harbour Herald
url: https://example.org/ferry-fire
tags: [fire, ferry]
---

# Ferry fire

Fire crews said 14 passengers were treated for smoke on Tuesday after the blaze on the Morvah ferry.
`;

const OTHER = 'Fire crews said 14 passengers were treated for smoke after the blaze on the Morvah ferry.';

describe('metadata: front matter', () => {
  it('a Markdown source with front matter gets its date, outlet, title and url, and no claim from it', () => {
    const report = checkSources([
      { id: 'herald', text: MARKDOWN, path: 'herald.md' },
      { id: 'other', text: OTHER },
    ]);
    const herald = report.sources.find((s) => s.id === 'herald');
    expect(herald).toMatchObject({
      id: 'herald',
      date: '2025-06-03',
      outlet: 'Harbour Herald',
      title: 'Ferry fire: crew evacuated',
      url: 'https://example.org/ferry-fire',
    });
    const claims = report.claims.filter((c) => c.sourceId === 'herald');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.text).not.toMatch(/publisher|example\.org|tags|crew evacuated/);
      // Offsets still point into the original file, front matter included.
      expect(MARKDOWN.slice(claim.start.offset, claim.end.offset)).toBe(claim.text);
      expect(claim.start.line).toBeGreaterThan(7);
    }
    // The front matter's date is the day "on Tuesday" is read against (the Tuesday on or before 3 June 2025).
    const tuesday = claims.flatMap((c) => c.mentions).find((m) => m.type === 'date');
    expect(tuesday?.value).toBe('2025-06-03');
  });

  it('an author is not an outlet: a byline alone leaves the source called by its id', () => {
    const parsed = parseSource({ id: 'v', text: `---\nauthor: Jane Okafor\n---\nPolice said 9 people were hurt.\n`, path: 'v.md' });
    expect(parsed.meta?.outlet).toBeUndefined();
    const both = parseSource({ id: 'w', text: `---\nauthor: Jane Okafor\npublisher: Valley Post\n---\nPolice said 9 people were hurt.\n`, path: 'w.md' });
    expect(both.meta?.outlet).toBe('Valley Post');
  });

  it('front matter in a .txt file is set aside too, and the input wins over it', () => {
    const text = `---\noutlet: Valley Post\ndate: 3 June 2025\n---\nPolice said 9 people were hurt.\n`;
    const parsed = parseSource({ id: 'v', text, path: 'v.txt', outlet: 'Given Outlet' });
    expect(parsed.meta).toEqual({ outlet: 'Given Outlet', date: '2025-06-03' });
    expect(parsed.frontMatter).toEqual({ start: 0, end: text.indexOf('Police') });
    expect(parsed.blocks.map((b) => b.text.trim())).toEqual(['Police said 9 people were hurt.']);
    expect(parsed.blocks[0]?.start).toBe(text.indexOf('Police'));
  });

  it('broken YAML is still kept out of the claims', () => {
    const text = `---\ntitle: [unclosed\n---\nPolice said 9 people were hurt.\n`;
    const parsed = parseSource({ id: 'b', text, path: 'b.md' });
    expect(parsed.meta).toBeUndefined();
    expect(parsed.blocks.map((b) => b.text.trim())).toEqual(['Police said 9 people were hurt.']);
  });
});

describe('metadata: datelines', () => {
  it('a wire dateline sets the date and the outlet, and is not a claim', () => {
    const text = 'WASHINGTON, Feb. 20, 2025 (Reuters) - The agency said 40 inspectors were sent to the plant.';
    const parsed = parseSource({ id: 'w', text });
    expect(parsed.meta).toEqual({ date: '2025-02-20', outlet: 'Reuters' });
    expect(parsed.date).toBe('2025-02-20');
    expect(parsed.blocks[0]?.start).toBe(text.indexOf('The agency'));
    const report = checkSources([{ id: 'w', text }, { id: 'x', text: 'The agency said 40 inspectors went to the plant.' }]);
    expect(report.sources[0]).toMatchObject({ id: 'w', date: '2025-02-20', outlet: 'Reuters' });
    expect(report.claims.every((c) => !c.text.includes('WASHINGTON') && !c.text.includes('Reuters'))).toBe(true);
  });

  it('reads the common wire forms, and a yearless one takes the year it is given', () => {
    expect(findWireDateline('LONDON (AP) — Rail workers walked out.')).toMatchObject({ outlet: 'AP', text: 'LONDON (AP) —' });
    expect(findWireDateline('LONDON (AP) — Rail workers walked out.')?.date).toBeUndefined();
    expect(findWireDateline('WASHINGTON, Feb 20 (Reuters) - Talks resumed.', 2026)).toMatchObject({ date: '2026-02-20', outlet: 'Reuters' });
    expect(findWireDateline('NORTH CHARLESTON, S.C., Sept. 16, 2024 - The hearing began.')).toMatchObject({ date: '2024-09-16' });
    // A place alone says nothing about the source: it stays part of the text.
    expect(findWireDateline('WASHINGTON – The Coast Guard said.')).toBeUndefined();
    expect(findWireDateline('The UK (London) - said.')).toBeUndefined();
  });

  it('"Published July 8, 2025", "Published 8 July 2025" and " date 2025-07-08" all give the date', () => {
    for (const head of ['Published July 8, 2025', 'Published 8 July 2025', ' date 2025-07-08']) {
      const parsed = parseSource({ id: 'p', text: `${head}\n\nThe council said 3 bridges were closed.` });
      expect(parsed.meta?.date, head).toBe('2025-07-08');
      expect(parsed.blocks.map((b) => b.text.trim()), head).toEqual(['The council said 3 bridges were closed.']);
    }
  });

  it('reads dates the way people write them, and nothing else', () => {
    expect(readDate('2025-03-04 14:05')).toBe('2025-03-04T14:05');
    expect(readDate('2025-03-04T14:05:00+02:00')).toBe('2025-03-04T14:05:00+02:00');
    expect(readDate('March 4, 2025')).toBe('2025-03-04');
    expect(readDate('2025-02-30')).toBeUndefined();
    expect(readDate('soon')).toBeUndefined();
  });
});

describe('metadata: the file reader', () => {
  it('fills date, outlet, title and url from the front matter and the dateline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-meta-'));
    try {
      writeFileSync(join(dir, 'herald.md'), MARKDOWN);
      writeFileSync(join(dir, 'wire.txt'), 'LONDON, March 3, 2025 (AP) — Police said 9 people were hurt.');
      const { sources } = await readSources([dir]);
      expect(sources.map(({ id, date, outlet, title }) => ({ id, date, outlet, title }))).toEqual([
        { id: 'herald', date: '2025-06-03', outlet: 'Harbour Herald', title: 'Ferry fire: crew evacuated' },
        { id: 'wire', date: '2025-03-03', outlet: 'AP', title: undefined },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
