import { describe, expect, it } from 'vitest';
import { checkDraft, type SourceInput } from '../../src/index.js';
import type { Report } from '../../src/report/schema.js';

/** The draft checks of issues 14 and 15: swaps, spellings, developing figures and undated drafts. Invented texts. */
const draftWords = (r: Report, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.evidence.filter((e) => e.sourceId === 'draft').map((e) => e.text).join(' '));

function spansAreSlices(r: Report, texts: Record<string, string>): void {
  for (const f of r.findings) for (const e of f.evidence) expect(texts[e.sourceId]?.slice(e.start.offset, e.end.offset)).toBe(e.text);
}

describe('draft: swapped names, figures and dates', () => {
  const sources: SourceInput[] = [
    { id: 'wire', text: 'Police said 12 people were injured in the Korvel depot fire on March 4. Inspector Clara Holm led the inquiry.' },
    { id: 'daily', text: 'Twelve people were injured in the fire at the Korvel depot on March 4, police said. Inspector Clara Holm is leading the inquiry.' },
  ];
  const draft = 'Police said 14 people were injured in the Korvel depot fire on March 3. Inspector Anna Berg led the inquiry.';
  const report = checkDraft({ id: 'draft', text: draft }, sources);

  it('a name in the slot where the sources have another is contradicted, not unsupported', () => {
    const found = report.findings.find((f) => f.rule === 'draft/contradicted' && f.evidence[0]?.text === 'Anna Berg');
    expect(found?.severity).toBe('error');
    expect(found?.evidence.map((e) => `${e.sourceId}:${e.text}`)).toEqual(['draft:Anna Berg', 'wire:Clara Holm']);
    expect(found?.message).toContain('"Clara Holm" in the same sentence');
    expect(draftWords(report, 'draft/unsupported')).toEqual([]);
  });

  it('a date and a figure swapped in the same sentence are contradicted', () => {
    expect(draftWords(report, 'draft/contradicted').sort()).toEqual(['14 people', 'Anna Berg', 'March 3']);
    spansAreSlices(report, { draft, wire: sources[0]?.text ?? '', daily: sources[1]?.text ?? '' });
  });

  it('a sentence about something else is no swap: the name stays unsupported', () => {
    const other = checkDraft({ id: 'draft', text: 'Mayor Anna Berg visited the families of the injured on Friday.' }, sources);
    expect(other.findings.filter((f) => f.rule === 'draft/contradicted')).toEqual([]);
  });
});

describe('draft: a name spelled a letter off', () => {
  it('"Rui Batelha" for "Rui Batalha" is contradicted, and never also confirmed', () => {
    const report = checkDraft({ id: 'draft', text: 'Fire commander Rui Batelha said the blaze at the terminal was under control.' }, [
      { id: 'wire', text: 'The heat forced crews back from the quay, fire commander Rui Batalha told reporters at the terminal.' },
      { id: 'daily', text: 'Rui Batalha, the fire commander, praised the crews who worked through the night.' },
    ]);
    const found = report.findings.filter((f) => f.rule === 'draft/contradicted');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('"Rui Batelha"');
    expect(found[0]?.evidence.map((e) => e.text)).toContain('Rui Batalha');
    expect(draftWords(report, 'draft/unsupported')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'draft/confirmed' && f.category === 'name')).toEqual([]);
  });

  it('a different short name is no misspelling ("Berg" / "Borg")', () => {
    const report = checkDraft({ id: 'draft', text: 'Officials named the driver as Lena Borg.' }, [
      { id: 'wire', text: 'Police named the driver as Lena Berg, 41.' },
      { id: 'daily', text: 'The driver, Lena Berg, was unhurt.' },
    ]);
    expect(report.findings.some((f) => f.message.includes('spells the name'))).toBe(false);
  });
});

describe('draft: a developing story', () => {
  const toll: SourceInput[] = [
    { id: 'morning', date: '2025-03-03', text: 'Officials said 12 people were killed when the river burst its banks in Tarnow on Saturday.' },
    { id: 'evening', date: '2025-03-04', text: 'Rescuers in Tarnow said 19 people were killed in the flood.' },
    { id: 'after', date: '2025-03-05', text: 'The regional governor said 27 people were killed in the Tarnow flood.' },
  ];

  it('an undated draft with the latest figure is confirmed by the latest report, once, not disputed', () => {
    const report = checkDraft({ id: 'draft', text: 'The flood in Tarnow killed 27 people, the governor said.' }, toll);
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    const confirmed = report.findings.filter((f) => f.rule === 'draft/confirmed' && f.category === 'quantity');
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]?.evidence.map((e) => e.sourceId)).toEqual(['draft', 'after']);
  });

  it('an undated draft with an earlier figure is outdated, naming the latest report', () => {
    const report = checkDraft({ id: 'draft', text: 'The flood in Tarnow killed 19 people, rescuers said.' }, toll);
    const outdated = report.findings.filter((f) => f.rule === 'draft/outdated');
    expect(outdated).toHaveLength(1);
    expect(outdated[0]?.message).toContain('after (2025-03-05)');
  });

  it('an undated draft is read as of its sources\' latest day: "yesterday" is the day before', () => {
    const sources: SourceInput[] = [
      { id: 'wire', date: '2026-03-11', text: 'The fire broke out at the Korvel depot on Tuesday, police said.' },
      { id: 'daily', date: '2026-03-11', text: 'Police said the fire at the Korvel depot broke out on March 10.' },
    ];
    const right = checkDraft({ id: 'draft', text: 'The fire at the Korvel depot broke out yesterday, police said.' }, sources);
    expect(right.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(right.findings.some((f) => f.rule === 'draft/confirmed' && f.evidence[0]?.text === 'yesterday')).toBe(true);
    const wrong = checkDraft({ id: 'draft', text: 'The fire at the Korvel depot broke out on Monday, police said.' }, sources);
    expect(draftWords(wrong, 'draft/contradicted')).toEqual(['Monday']);
  });
});

describe('draft: evidence', () => {
  it('lists each span once', () => {
    const report = checkDraft({ id: 'draft', text: 'Twelve people were hurt, police said. Police later said 12 people were hurt in the fire.' }, [
      { id: 'a', text: 'Police said 12 people were hurt in the fire.' },
      { id: 'b', text: 'Twelve people were hurt in the fire, police said.' },
    ]);
    for (const f of report.findings) {
      const keys = f.evidence.map((e) => `${e.sourceId}:${e.start.offset}:${e.end.offset}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('draft: names the sources misspell', () => {
  it('a name the draft writes as one source does is not contradicted by another source\'s misspelling', () => {
    const report = checkDraft(
      { id: 'draft', text: 'Crews fought the blaze for hours, fire commander Rui Batalha told reporters at the scene. Lina Sousa, a spokeswoman for the port, said the sprinklers had failed.' },
      [
        { id: 'b', text: 'Port spokeswoman Lina Sousa said the sprinklers would be inspected.' },
        { id: 'c', text: 'Rui Batalha, the fire commander, praised crews who worked through the night.' },
        { id: 'd', text: 'The blaze was fought for hours, said fire commander Rui Batalia. Port spokeswoman Lina Souza said the sprinklers had failed.' },
      ],
    );
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'draft/confirmed').every((f) => (f.support?.sources ?? 1) > 0)).toBe(true);
  });
});

describe('draft: an article of fixtures/harbour-fire checked against the other four', () => {
  it('lists each span of evidence once', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../../fixtures/harbour-fire/', import.meta.url);
    const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    const [first, ...rest] = files;
    const report = checkDraft(
      { id: 'draft', text: readFileSync(new URL(first as string, dir), 'utf8') },
      rest.map((n) => ({ id: n.slice(0, 3), text: readFileSync(new URL(n, dir), 'utf8') })),
    );
    expect(report.findings.length).toBeGreaterThan(5);
    for (const f of report.findings) {
      const keys = f.evidence.map((e) => `${e.sourceId}:${e.start.offset}:${e.end.offset}`);
      expect(new Set(keys).size, f.message).toBe(keys.length);
    }
  });
});
