import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { DEFAULT_MAX_SOURCE_BYTES, readSources } from '../../src/io/read-sources.js';
import type { SourceInput } from '../../src/model.js';

const WIRE = 'Firefighters said 12 people were injured when the warehouse fire broke out in Dunmore on Tuesday.\n';
const DAILY = 'Fifteen people were injured in the Dunmore warehouse fire, firefighters said on Tuesday.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-classes-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readOne = async (name: string, content: string | Uint8Array, maxSourceBytes?: number) => {
  await writeFile(join(dir, name), content);
  return readSources([name], maxSourceBytes === undefined ? { cwd: dir } : { cwd: dir, maxSourceBytes });
};

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe('encodings', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`UTF-16 ${endian.toUpperCase()} with a byte order mark is decoded, not called binary`, async () => {
      const { sources, problems } = await readOne('wire.txt', utf16(`${WIRE}Café “quoted”.\n`, endian));
      expect(problems).toEqual([]);
      expect(sources[0]?.text).toBe(`${WIRE}Café “quoted”.\n`);
    });
  }

  it('a NUL far past the first 8 KB still makes the file binary', async () => {
    const { sources, problems } = await readOne('late.txt', `${WIRE.repeat(200)}\u0000${WIRE}`);
    expect(sources).toEqual([]);
    expect(problems).toEqual([{ path: 'late.txt', code: 'binary', reason: 'binary file (contains NUL bytes), not UTF-8 text' }]);
  });
});

describe('size limit', () => {
  it('is 2 MiB by default, and a larger file is refused without being read', async () => {
    expect(DEFAULT_MAX_SOURCE_BYTES).toBe(2 * 1024 * 1024);
    const { sources, problems } = await readOne('huge.txt', 'A '.repeat(DEFAULT_MAX_SOURCE_BYTES / 2 + 1));
    expect(sources).toEqual([]);
    expect(problems[0]?.code).toBe('too-large');
    expect(problems[0]?.reason).toBe('too large (2097154 bytes, over the limit of 2 MB; raise it with --max-source-bytes)');
  });

  it('can be lowered and raised', async () => {
    expect((await readOne('wire.txt', WIRE, 50)).problems[0]?.reason).toBe(
      `too large (${WIRE.length} bytes, over the limit of 50 bytes; raise it with --max-source-bytes)`,
    );
    expect((await readOne('wire.txt', WIRE, WIRE.length)).sources).toHaveLength(1);
  });
});

describe('saved web pages', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><head><title>Fire</title><style>p { color: red }</style>',
    '<script>var teaser = "Police said 40 people were killed";</script></head>',
    '<body><nav><a href="/">Home</a> | 90 stories today</nav>',
    '<article><h1>Warehouse fire</h1>',
    '<p>Firefighters said 14 people were injured in the Dunmore fire &amp; its smoke on Tuesday.</p></article>',
    '<footer>Copyright 2024, 7 rights reserved</footer></body></html>',
    '',
  ].join('\n');

  for (const name of ['page.txt', 'page.md']) {
    it(`${name}: only the visible article text is read, with offsets into the page`, () => {
      const report = checkSources([
        { id: 'page', path: name, text: page },
        { id: 'wire', path: 'wire.txt', text: WIRE },
      ]);
      const mentions = report.claims.filter((c) => c.sourceId === 'page').flatMap((c) => c.mentions);
      const counts = mentions.filter((m) => m.type === 'quantity').map((m) => m.text);
      expect(counts).toEqual(['14 people']);
      const fourteen = mentions.find((m) => m.text === '14 people');
      expect(page.slice(fourteen?.start.offset, fourteen?.end.offset)).toBe('14 people');
      expect(report.notices).toBeUndefined();
    });
  }

  it('a Markdown article with inline HTML is still Markdown', () => {
    const report = checkSources([
      { id: 'md', path: 'md.md', text: `# Fire\n\nFirefighters said <b>12 people</b> were injured in Dunmore on Tuesday.\n` },
      { id: 'daily', path: 'daily.txt', text: DAILY },
    ]);
    expect(report.claims.filter((c) => c.sourceId === 'md').length).toBeGreaterThan(0);
  });
});

describe('sources that cannot take part', () => {
  const notices = (inputs: SourceInput[]) => (checkSources(inputs).notices ?? []).map((n) => [n.sourceId, n.code, n.message]);

  it('byte-identical sources are counted once, with a note', () => {
    const report = checkSources([
      { id: 'wire', path: 'wire.txt', text: WIRE },
      { id: 'copy', path: 'copy.txt', text: WIRE },
      { id: 'daily', path: 'daily.txt', text: DAILY },
    ]);
    expect(report.sources.map((s) => s.id)).toEqual(['copy', 'daily']);
    expect(report.notices).toEqual([{ sourceId: 'wire', path: 'wire.txt', code: 'duplicate', message: 'same text as copy.txt; counted once' }]);
    // The copy is no second witness: one source says 12.
    const twelve = report.findings.flatMap((f) => f.evidence).filter((e) => e.text === '12 people');
    expect(new Set(twelve.map((e) => e.sourceId))).toEqual(new Set(['copy']));
  });

  it('German and Spanish articles are skipped as unsupported, English ones are not', () => {
    const german =
      'Die Feuerwehr teilte am Dienstag mit, dass bei dem Brand in einer Lagerhalle in Dunmore zwölf Menschen verletzt wurden. Die Bürgermeisterin besuchte am Mittwoch den Ort.\n';
    const spanish =
      'Los bomberos informaron el martes que doce personas resultaron heridas en el incendio de un almacén en Dunmore. La alcaldesa visitó el lugar el miércoles por la tarde.\n';
    expect(notices([
      { id: 'de', text: german },
      { id: 'es', text: spanish },
      { id: 'wire', text: WIRE.repeat(3) },
      { id: 'daily', text: DAILY.repeat(3) },
    ])).toEqual([
      ['de', 'not-english', 'not English (it reads as German); only English articles are supported for now; skipped'],
      ['es', 'not-english', 'not English (it reads as Spanish); only English articles are supported for now; skipped'],
    ]);
  });

  it('a source without claims is kept but noted', () => {
    expect(notices([
      { id: 'menu', path: 'menu.md', text: 'Home\n\nSubscribe\n' },
      { id: 'wire', text: WIRE },
      { id: 'daily', text: DAILY },
    ])).toEqual([['menu', 'no-claims', 'no claims found in it; it is compared with nothing']]);
  });

  it('an error inside one source names it and the stage; the others are still checked', () => {
    const broken = { id: 'broken', path: 'broken.md', text: 42 as unknown as string };
    const report = checkSources([broken, { id: 'wire', text: WIRE }, { id: 'daily', text: DAILY }]);
    expect(report.sources.map((s) => s.id)).toEqual(['daily', 'wire']);
    expect(report.findings.some((f) => f.kind === 'divergence')).toBe(true);
    expect(report.notices?.[0]).toMatchObject({ sourceId: 'broken', path: 'broken.md', code: 'failed' });
    expect(report.notices?.[0]?.message).toMatch(/^could not be read in the parse stage: internal error: .+; skipped$/);
  });
});
