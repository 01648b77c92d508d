import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model.js';
import { clutterRule } from '../../src/parse/clutter.js';
import { findDateline } from '../../src/parse/dateline.js';
import { parseSource, sourceOffset } from '../../src/parse/index.js';

const parse = (text: string) => parseSource({ id: 't', text });

/** Every character of a block's plain text that maps to the original maps to the same character there. */
function expectFaithfulMap(block: Block, original: string): void {
  for (const run of block.runs) {
    if (run.length === 0) continue;
    expect(original.slice(run.sourceOffset, run.sourceOffset + run.length)).toBe(block.text.slice(run.textOffset, run.textOffset + run.length));
  }
}

describe('parse: dateline', () => {
  const text = ' date 2024-03-26 Amid mounting concerns, the UK sanctioned two people.\n\nOfficials gave no details.';

  it('reads " date 2024-03-26 Amid ..." as the source date', () => {
    const parsed = parse(text);
    expect(parsed.date).toBe('2024-03-26');
    expect(parsed.dateline).toEqual({ start: 1, end: 17, text: 'date 2024-03-26' });
    expect(text.slice(parsed.dateline?.start, parsed.dateline?.end).trim()).toBe('date 2024-03-26');
  });

  it('keeps the dateline out of every block; the first block starts at "Amid"', () => {
    const parsed = parse(text);
    expect(parsed.blocks.map((b) => b.text)).toEqual(['Amid mounting concerns, the UK sanctioned two people.', 'Officials gave no details.']);
    for (const block of parsed.blocks) expect(block.text).not.toMatch(/date|2024/);
    expect(parsed.blocks[0]?.start).toBe(text.indexOf('Amid'));
    expect(parsed.clutter).toEqual([]);
  });

  it('finds no dateline in plain text that starts "The ..."', () => {
    const plain = 'The UK sanctioned two people on 2024-03-26.\n\nOfficials gave no details.';
    const parsed = parse(plain);
    expect(parsed.date).toBeUndefined();
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.blocks[0]?.text).toBe('The UK sanctioned two people on 2024-03-26.');
    expect(findDateline(plain)).toBeUndefined();
  });

  it('reads "Date: 2024-03-26" and "Published 26 March 2024" datelines', () => {
    expect(parse('Date: 2024-03-26\n\nThe UK acted.').date).toBe('2024-03-26');
    const published = parse('Published 26 March 2024 The UK acted.');
    expect(published.date).toBe('2024-03-26');
    expect(published.blocks.map((b) => b.text)).toEqual(['The UK acted.']);
  });

  it('rejects a dateline with an impossible day', () => {
    expect(findDateline(' date 2024-02-30 The UK acted.')).toBeUndefined();
    expect(parse(' date 2024-02-30 The UK acted.').date).toBeUndefined();
  });

  it('does not take a bare ISO date that is the subject of the first sentence as a dateline', () => {
    const parsed = parse('2024-03-26 was the day the UK acted.');
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.blocks[0]?.text).toBe('2024-03-26 was the day the UK acted.');
  });
});

describe('parse: clutter', () => {
  it.each([
    ['Share this post', 'clutter/share'],
    ['Please enter your comment!', 'clutter/comment-prompt'],
    ['Please enter your name here', 'clutter/comment-prompt'],
    ['Request a Quote - Web Design', 'clutter/call-to-action'],
    ['× Chat Now', 'clutter/call-to-action'],
    ['Latest news', 'clutter/navigation'],
    ['Related news', 'clutter/navigation'],
    ['© 2024 Harbour Gazette. All rights reserved.', 'clutter/copyright'],
    ['× Close', 'clutter/close-button'],
  ])('sets "%s" aside under %s', (line, rule) => {
    expect(clutterRule(line)).toBe(rule);
    const parsed = parse(line);
    expect(parsed.blocks).toEqual([]);
    expect(parsed.clutter.map((c) => [c.text, c.rule])).toEqual([[line, rule]]);
  });

  it('sets clutter aside at the end of an article and keeps the article text', () => {
    const text = 'The storm damaged 40 homes on Monday.\n\nShare this post\n\nRequest a Quote - Web Design & Development\n\n× Chat Now\n\nLatest news';
    const parsed = parse(text);
    expect(parsed.blocks.map((b) => b.text)).toEqual(['The storm damaged 40 homes on Monday.']);
    expect(parsed.clutter.map((c) => c.rule)).toEqual(['clutter/share', 'clutter/call-to-action', 'clutter/call-to-action', 'clutter/navigation']);
    for (const c of parsed.clutter) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps "Related companies were fined." as article text', () => {
    expect(clutterRule('Related companies were fined.')).toBeUndefined();
    expect(parse('Related companies were fined.').blocks.map((b) => b.text)).toEqual(['Related companies were fined.']);
  });

  it('keeps a long sentence that starts with a navigation word', () => {
    const line = 'Latest figures show that 40 homes were damaged by the storm on Monday night.';
    expect(clutterRule(line)).toBeUndefined();
  });

  it('keeps "Share prices fell 3% on Monday." as article text', () => {
    expect(clutterRule('Share prices fell 3% on Monday.')).toBeUndefined();
    expect(parse('Share prices fell 3% on Monday.').blocks.map((b) => b.text)).toEqual(['Share prices fell 3% on Monday.']);
  });
});

describe('parse: headings', () => {
  it('reads a short plain-text line with no closing punctuation as a heading', () => {
    const parsed = parse('Harbour Fire Spreads to Warehouses\n\nThe fire spread to two warehouses on Monday. Nobody was hurt.');
    expect(parsed.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Harbour Fire Spreads to Warehouses'],
      ['paragraph', 'The fire spread to two warehouses on Monday. Nobody was hurt.'],
    ]);
  });

  it('keeps a short line that ends a sentence, and a long line, as paragraphs', () => {
    const long = 'The fire spread from the harbour to two warehouses and a depot before crews from three towns contained it';
    const parsed = parse(`Nobody was hurt.\n\n${long}`);
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads Markdown headings as headings', () => {
    const parsed = parse('# Harbour fire\n\nThe fire spread on Monday.');
    expect(parsed.blocks.map((b) => [b.kind, b.text, b.start])).toEqual([
      ['heading', 'Harbour fire', 2],
      ['paragraph', 'The fire spread on Monday.', 16],
    ]);
  });
});

describe('parse: Markdown inline syntax and offsets', () => {
  it('drops emphasis marks from the text and maps every word back to the original', () => {
    const text = 'The **UK** sanctioned *two* people.';
    const [block] = parse(text).blocks;
    expect(block?.text).toBe('The UK sanctioned two people.');
    if (!block) return;
    expect(sourceOffset(block, block.text.indexOf('two'))).toBe(text.indexOf('two'));
    expect(sourceOffset(block, block.text.indexOf('UK'))).toBe(text.indexOf('UK'));
    expect(sourceOffset(block, block.text.indexOf('people'))).toBe(text.indexOf('people'));
    expect(block.start).toBe(0);
    expect(block.end).toBe(text.length);
    expectFaithfulMap(block, text);
  });

  it('unescapes backslash escapes and maps each escaped character to itself in the original', () => {
    const text = 'The fine was \\*not\\* paid \\& more.';
    const [block] = parse(text).blocks;
    expect(block?.text).toBe('The fine was *not* paid & more.');
    if (!block) return;
    const star = sourceOffset(block, block.text.indexOf('*'));
    expect(text[star]).toBe('*');
    expect(text[star - 1]).toBe('\\');
    expect(text[sourceOffset(block, block.text.indexOf('&'))]).toBe('&');
    expect(sourceOffset(block, block.text.indexOf('paid'))).toBe(text.indexOf('paid'));
    expectFaithfulMap(block, text);
  });

  it('maps links and inline code to their visible text', () => {
    const text = 'See the [harbour report](https://example.org/r) and `rule 7` for details.';
    const [block] = parse(text).blocks;
    expect(block?.text).toBe('See the harbour report and rule 7 for details.');
    if (!block) return;
    expect(sourceOffset(block, block.text.indexOf('report'))).toBe(text.indexOf('report'));
    expect(sourceOffset(block, block.text.indexOf('rule 7'))).toBe(text.indexOf('rule 7'));
    expectFaithfulMap(block, text);
  });

  it('keeps the original text unchanged and passes the path through', () => {
    const text = 'The **UK** acted.';
    const parsed = parseSource({ id: 'x', text, path: 'in/x.md' });
    expect(parsed.text).toBe(text);
    expect(parsed.path).toBe('in/x.md');
    expect(parsed.id).toBe('x');
  });
});

describe('parse: character references', () => {
  it('decodes named and numeric references to the character, mapped to the place of the "&"', () => {
    const text = 'The Caf&eacute; Orla &amp; Sons hired &#51; cooks and &#x31;0 waiters.';
    const [block] = parse(text).blocks;
    expect(block?.text).toBe('The Café Orla & Sons hired 3 cooks and 10 waiters.');
    if (!block) return;
    expect(sourceOffset(block, block.text.indexOf('é'))).toBe(text.indexOf('&eacute;'));
    expect(sourceOffset(block, block.text.indexOf('Sons'))).toBe(text.indexOf('Sons'));
    expectFaithfulMap(block, text);
  });

  it('keeps an escaped reference, an unknown name and a code span as written', () => {
    const text = 'Write \\&amp; for &notaname; and `&eacute;` in code.';
    const [block] = parse(text).blocks;
    expect(block?.text).toBe('Write &amp; for &notaname; and &eacute; in code.');
    if (block) expectFaithfulMap(block, text);
  });

  it('reads references as plain text in a .txt source', () => {
    const [block] = parseSource({ id: 't', text: 'Smith &amp; Sons said so.', format: 'text' }).blocks;
    expect(block?.text).toBe('Smith &amp; Sons said so.');
  });
});

describe('parse: long Markdown documents in pieces', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, k) => `Paragraph ${k} says the harbour reopened on Tuesday.\n\n`).join('');

  it('cuts a long document only where no construct spans the cut, with every offset in the whole original', () => {
    // A fenced block and a comment each hold blank lines and straddle the first 64 KB; neither may leak text.
    const head = filler(1300);
    const text = `${head}\`\`\`\ncode line\n\nPolice said Quenby people were hurt.\n\`\`\`\n\n<!--\n\nHidden said Varrow people left.\n-->\n\n${filler(1400)}The last paragraph says *nine* ships sailed.\n`;
    expect(text.length).toBeGreaterThan(2 * 64 * 1024);
    const blocks = parse(text).blocks;
    expect(blocks.some((b) => b.text.includes('Quenby') || b.text.includes('Varrow'))).toBe(false);
    expect(blocks).toHaveLength(2700 + 1);
    const last = blocks[blocks.length - 1];
    expect(last?.text).toBe('The last paragraph says nine ships sailed.');
    if (!last) return;
    expect(sourceOffset(last, last.text.indexOf('nine'))).toBe(text.indexOf('*nine*') + 1);
    for (const b of blocks) expectFaithfulMap(b, text);
  });

  it('counts a paragraph from after a long fenced block, so prose after 40 KB of code is read whole', () => {
    const code = `\`\`\`\n${'let x = 1;\n'.repeat(4000)}\`\`\`\n`;
    const text = `${code}The ferry sailed at noon, the crew said.\n\n${filler(600)}`;
    const blocks = parse(text).blocks;
    expect(blocks[0]?.text).toBe('The ferry sailed at noon, the crew said.');
    expect(blocks).toHaveLength(601);
  });

  it('keeps front matter with blank lines whole, and reads a paragraph past 16 KB in pieces with exact offsets', () => {
    const line = 'the crew said the ferry sailed at noon and ';
    const text = `---\ntitle: A ferry\n\n${'note: x\n'.repeat(9000)}---\n${line.repeat(4000)}end.\n`;
    const parsed = parse(text);
    expect(parsed.frontMatter?.start).toBe(0);
    expect(parsed.blocks.every((b) => !b.text.includes('note: x'))).toBe(true);
    const words = parsed.blocks.map((b) => b.text).join(' ').split(/\s+/).filter(Boolean);
    expect(words).toHaveLength(line.trim().split(' ').length * 4000 + 1);
    for (const b of parsed.blocks) expectFaithfulMap(b, text);
  });
});
