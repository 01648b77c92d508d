/**
 * The accuracy harness itself: the gold files (fixtures/<set>/expected.json) and the scoring rules of
 * scripts/eval-score.mjs. Nothing here runs the pipeline; `pnpm eval` does that.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  KINDS,
  SEVERITIES,
  checkFailures,
  combineScores,
  evidenceOverlaps,
  impliedAgreements,
  matchFinding,
  scoreSet,
  validateGold,
  violatesParaphrase,
  type GoldFact,
  type GoldFile,
  type ScoredEvidence,
  type ScoredFinding,
  type SourceTexts,
} from '../../../scripts/eval-score.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

interface FixtureSet {
  name: string;
  gold: GoldFile;
  texts: SourceTexts;
}

function loadSet(name: string): FixtureSet {
  const dir = join(FIXTURES, name);
  const texts: SourceTexts = {};
  for (const file of readdirSync(dir)) {
    const ext = extname(file);
    if (SOURCE_EXTENSIONS.has(ext)) texts[file.slice(0, -ext.length)] = readFileSync(join(dir, file), 'utf8');
  }
  const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as GoldFile;
  return { name, gold, texts };
}

const SETS: FixtureSet[] = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
  .sort()
  .map(loadSet);

describe('fixture groups', () => {
  it('put every fixture set in exactly one group, so --check scores real, invented and blind sets apart', () => {
    const groups = JSON.parse(readFileSync(join(FIXTURES, 'groups.json'), 'utf8')) as Record<string, unknown>;
    const real = groups.real as string[];
    const invented = groups.invented as string[];
    const blind = groups.blind as string[];
    for (const set of SETS) expect([real.includes(set.name), invented.includes(set.name), blind.includes(set.name)].filter(Boolean), set.name).toHaveLength(1);
    // The real group holds every corpus event, whose about/ folder records where the texts came from.
    for (const set of SETS) if (existsSync(join(FIXTURES, set.name, 'about'))) expect(real, set.name).toContain(set.name);
  });
});

/** An evidence item with the offsets of the first occurrence of `text` in its source. */
function at(texts: SourceTexts, sourceId: string, text: string, occurrence = 0): ScoredEvidence {
  const source = texts[sourceId] ?? '';
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in ${sourceId}`);
  return { sourceId, text, start: { offset: start }, end: { offset: start + text.length } };
}

/** A finding that states a gold fact exactly, with every gold evidence item. */
function findingFor(fact: GoldFact, texts: SourceTexts, id: string): ScoredFinding {
  return {
    id,
    kind: fact.kind,
    category: fact.category,
    severity: fact.severity,
    rule: 'test/perfect',
    message: fact.description,
    evidence: fact.evidence.map((e) => at(texts, e.sourceId, e.text)),
  };
}

function perfectReport(set: FixtureSet): { findings: ScoredFinding[] } {
  return {
    findings: set.gold.facts.filter((f) => !f.optional).map((f, i) => findingFor(f, set.texts, `P${i + 1}`)),
  };
}

describe('gold files', () => {
  it('include apt31 and at least two invented sets', () => {
    const names = SETS.map((s) => s.name);
    expect(names).toContain('apt31');
    expect(names.filter((n) => n !== 'apt31').length).toBeGreaterThanOrEqual(2);
  });

  for (const set of SETS) {
    describe(set.name, () => {
      it('names its fixture and passes validateGold', () => {
        expect(set.gold.fixture).toBe(set.name);
        expect(validateGold(set.gold, set.texts)).toEqual([]);
      });

      it('uses only known sourceIds and verbatim evidence texts', () => {
        const items = [
          ...set.gold.facts.flatMap((f) => f.evidence.map((e) => ({ where: f.id, ...e }))),
          ...(set.gold.paraphrases ?? []).flatMap((p) => p.texts.map((t) => ({ where: p.description, ...t }))),
        ];
        for (const item of items) {
          expect(Object.keys(set.texts), `${item.where}: sourceId`).toContain(item.sourceId);
          expect(set.texts[item.sourceId]?.includes(item.text), `${item.where}: "${item.text}" in ${item.sourceId}`).toBe(true);
        }
      });

      it('uses valid categories, kinds and severities and unique ids', () => {
        const ids = new Set<string>();
        for (const fact of set.gold.facts) {
          expect(CATEGORIES, fact.id).toContain(fact.category);
          expect(KINDS, fact.id).toContain(fact.kind);
          expect(SEVERITIES, fact.id).toContain(fact.severity);
          expect(ids.has(fact.id), `duplicate id ${fact.id}`).toBe(false);
          ids.add(fact.id);
          expect(fact.evidence.length, fact.id).toBeGreaterThanOrEqual(2);
        }
      });

      it('scores a perfect report 1.0', () => {
        const score = scoreSet(set.gold, perfectReport(set), set.texts);
        for (const kind of KINDS) {
          expect(score.kinds[kind].recall, kind).toBe(1);
          expect(score.kinds[kind].precision, kind).toBe(1);
          expect(score.kinds[kind].f1, kind).toBe(1);
        }
        expect(score.missed).toEqual([]);
        expect(score.duplicates).toEqual([]);
        expect(score.falsePositives).toEqual([]);
        expect(score.paraphraseViolations).toEqual([]);
        expect(checkFailures(score)).toEqual([]);
      });
    });
  }

  it('annotate the facts the brief requires in apt31', () => {
    const apt31 = SETS.find((s) => s.name === 'apt31');
    expect(apt31).toBeDefined();
    const facts = apt31?.gold.facts ?? [];
    const has = (kind: string, texts: string[]) =>
      facts.some((f) => f.kind === kind && texts.every((t) => f.evidence.some((e) => e.text === t)));
    expect(has('divergence', ['Ni Gaobin', 'Ni'])).toBe(true);
    expect(has('divergence', ['a front company', 'a company', 'an entity', 'several companies'])).toBe(true);
    expect(has('agreement', ['seven Chinese nationals', 'seven individuals', 'seven alleged Chinese hackers'])).toBe(true);
    expect(
      has('agreement', ['two individuals', 'two Chinese citizens', 'two members', 'Zhao Guangzong and Ni Gaobin']),
    ).toBe(true);
  });

  // The invented sets were written to a recipe; real coverage is whatever the events gave.
  const invented = (JSON.parse(readFileSync(join(FIXTURES, 'groups.json'), 'utf8')) as { invented: string[] }).invented;
  for (const set of SETS.filter((s) => invented.includes(s.name))) {
    it(`${set.name}: 4–5 articles and every kind of difference planted`, () => {
      const ids = Object.keys(set.texts);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      expect(ids.length).toBeLessThanOrEqual(5);
      const divergent = new Set(set.gold.facts.filter((f) => f.kind === 'divergence').map((f) => f.category));
      expect([...divergent].sort()).toEqual([...CATEGORIES].sort());
      const agreeing = set.gold.facts.filter((f) => f.kind === 'agreement' && !f.optional);
      expect(agreeing.length).toBeGreaterThanOrEqual(5);
      // A contradiction inside one source: a divergence whose evidence all comes from one file.
      expect(
        set.gold.facts.some((f) => f.kind === 'divergence' && new Set(f.evidence.map((e) => e.sourceId)).size === 1),
      ).toBe(true);
      expect((set.gold.paraphrases ?? []).length).toBeGreaterThanOrEqual(5);
      // Some sources carry a dateline, some web clutter.
      expect(ids.some((id) => /^ date \d{4}-\d{2}-\d{2} /.test(set.texts[id] ?? ''))).toBe(true);
      expect(ids.some((id) => /Please enter your comment!|Share this post|Latest news/.test(set.texts[id] ?? ''))).toBe(true);
    });
  }
});

describe('scoring rules', () => {
  // A small hand-made set: three sources, one divergence with an internal contradiction, one agreement.
  const texts: SourceTexts = {
    a: 'The ministry fined two firms. Officials named Anna Berg.',
    b: 'The regulator fined one firm. Officials named Berg. Ministry staff agreed.',
    c: 'The ministry fined a firm, and later several firms. Officials named Anna Berg.',
  };
  const gold: GoldFile = {
    fixture: 'unit',
    facts: [
      {
        id: 'firms-count',
        category: 'quantity',
        kind: 'divergence',
        severity: 'error',
        description: 'two firms vs one firm',
        evidence: [
          { sourceId: 'a', text: 'two firms', value: '2' },
          { sourceId: 'b', text: 'one firm', value: '1' },
          { sourceId: 'c', text: 'a firm', value: '1' },
        ],
      },
      {
        id: 'firms-internal',
        category: 'quantity',
        kind: 'divergence',
        severity: 'error',
        description: 'c contradicts itself',
        evidence: [
          { sourceId: 'c', text: 'a firm', value: '1' },
          { sourceId: 'c', text: 'several firms', value: 'several' },
        ],
      },
      {
        id: 'berg-partial',
        category: 'name',
        kind: 'divergence',
        severity: 'warning',
        description: 'Anna Berg vs Berg',
        evidence: [
          { sourceId: 'a', text: 'Anna Berg' },
          { sourceId: 'b', text: 'Berg' },
        ],
      },
      {
        id: 'berg-full',
        category: 'name',
        kind: 'agreement',
        severity: 'info',
        description: 'Anna Berg in a and c',
        evidence: [
          { sourceId: 'a', text: 'Anna Berg' },
          { sourceId: 'c', text: 'Anna Berg' },
        ],
      },
    ],
    paraphrases: [
      {
        description: 'who fined, reworded',
        texts: [
          { sourceId: 'a', text: 'The ministry fined two firms.' },
          { sourceId: 'c', text: 'The ministry fined a firm' },
        ],
      },
    ],
  };
  const div = (id: string, category: ScoredFinding['category'], evidence: ScoredEvidence[]): ScoredFinding => ({
    id,
    kind: 'divergence',
    category,
    message: id,
    evidence,
  });
  const agr = (id: string, category: ScoredFinding['category'], evidence: ScoredEvidence[]): ScoredFinding => ({
    id,
    kind: 'agreement',
    category,
    message: id,
    evidence,
  });
  const perfect: ScoredFinding[] = [
    div('F1', 'quantity', [at(texts, 'a', 'two firms'), at(texts, 'b', 'one firm')]),
    div('F2', 'quantity', [at(texts, 'c', 'a firm'), at(texts, 'c', 'several firms')]),
    div('F3', 'name', [at(texts, 'a', 'Anna Berg'), at(texts, 'b', 'Berg')]),
    agr('F4', 'name', [at(texts, 'a', 'Anna Berg'), at(texts, 'c', 'Anna Berg')]),
  ];

  it('the hand-made gold is valid', () => {
    expect(validateGold(gold, texts)).toEqual([]);
  });

  it('a perfect report scores 1.0', () => {
    const s = scoreSet(gold, { findings: perfect }, texts);
    expect(s.kinds.divergence).toMatchObject({ gold: 3, findings: 3, matched: 3, precision: 1, recall: 1, f1: 1 });
    expect(s.kinds.agreement).toMatchObject({ gold: 1, findings: 1, matched: 1, precision: 1, recall: 1, f1: 1 });
    expect(s.categories.quantity.divergence).toMatchObject({ gold: 2, matched: 2, recall: 1 });
    expect(s.findings).toEqual({ total: 4, divergences: 3, agreements: 1, unscored: 0 });
  });

  it('severity agreement counts matched divergences whose severity is the gold\'s, and --check gates it', () => {
    const severities: ScoredFinding['severity'][] = ['error', 'info', 'warning'];
    const rated = perfect.map((f, i) => (f.kind === 'divergence' ? { ...f, severity: severities[i] } : f));
    const s = scoreSet(gold, { findings: rated }, texts);
    // F1 error = gold error, F2 info ≠ gold error, F3 warning = gold warning.
    expect(s.severity).toMatchObject({ matched: 3, agree: 2 });
    expect(s.severity.rate).toBeCloseTo(2 / 3);
    expect(s.severity.confusions).toEqual([{ finding: 'F2', fact: 'firms-internal', severity: 'info', gold: 'error' }]);
    const gate = { divergenceRecall: 0, divergencePrecision: 0, agreementRecall: 0, severityAgreement: 0.8 };
    expect(checkFailures(s, gate)).toEqual(['severity agreement 0.67 < 0.8']);
    expect(combineScores([s, s]).severity).toMatchObject({ matched: 6, agree: 4 });
  });

  it('a missing divergence lowers recall, not precision', () => {
    const s = scoreSet(gold, { findings: perfect.filter((f) => f.id !== 'F3') }, texts);
    expect(s.kinds.divergence.recall).toBeCloseTo(2 / 3);
    expect(s.kinds.divergence.precision).toBe(1);
    expect(s.missed.map((m) => m.id)).toEqual(['berg-partial']);
    expect(s.categories.name.divergence.recall).toBe(0);
  });

  it('an extra divergence lowers precision, not recall, and is listed as a false positive', () => {
    const extra = div('X1', 'attribution', [at(texts, 'a', 'ministry'), at(texts, 'b', 'regulator')]);
    const s = scoreSet(gold, { findings: [...perfect, extra] }, texts);
    expect(s.kinds.divergence.recall).toBe(1);
    expect(s.kinds.divergence.precision).toBeCloseTo(3 / 4);
    expect(s.falsePositives.map((f) => f.id)).toEqual(['X1']);
    expect(s.categories.attribution.divergence.falsePositives).toBe(1);
  });

  it('a duplicate counts against precision and is reported', () => {
    const dup = div('D1', 'quantity', [at(texts, 'a', 'two firms'), at(texts, 'c', 'a firm')]);
    const s = scoreSet(gold, { findings: [...perfect, dup] }, texts);
    expect(s.kinds.divergence.recall).toBe(1);
    expect(s.kinds.divergence.precision).toBeCloseTo(3 / 4);
    expect(s.kinds.divergence.duplicates).toBe(1);
    expect(s.duplicates.map((d) => [d.finding.id, d.of])).toEqual([['D1', ['firms-count']]]);
    expect(s.falsePositives).toEqual([]);
  });

  it('an empty report scores zero without failing', () => {
    const s = scoreSet(gold, { findings: [] }, texts);
    expect(s.kinds.divergence).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(s.kinds.agreement).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(checkFailures(s)).toHaveLength(3);
    const total = combineScores([s, scoreSet(gold, { findings: perfect }, texts)]);
    expect(total.kinds.divergence.recall).toBeCloseTo(3 / 6);
    expect(total.kinds.divergence.precision).toBe(1);
  });

  it('an update is scored exactly like a divergence: it matches one, and counts against precision when it matches none', () => {
    const asUpdate = perfect.map((f): ScoredFinding => (f.id === 'F1' ? { ...f, kind: 'update' } : f));
    const s = scoreSet(gold, { findings: asUpdate }, texts);
    expect(s.kinds.divergence).toMatchObject({ gold: 3, findings: 3, matched: 3, precision: 1, recall: 1 });
    expect(s.matches.find((m) => m.finding === 'F1')?.fact).toBe('firms-count');
    const stray: ScoredFinding = { ...div('U1', 'quantity', [at(texts, 'a', 'two firms'), at(texts, 'b', 'Ministry staff')]), kind: 'update' };
    const t = scoreSet(gold, { findings: [...perfect, stray] }, texts);
    expect(t.kinds.divergence.precision).toBeCloseTo(3 / 4);
    expect(t.falsePositives.map((f) => f.id)).toEqual(['U1']);
    expect(t.kinds.agreement.findings).toBe(1);
  });

  it('single-source findings are neither false positives nor agreements when the gold has none', () => {
    const single: ScoredFinding = { id: 'S9', kind: 'single-source', category: 'quantity', message: 'only b', evidence: [at(texts, 'b', 'one firm')] };
    const s = scoreSet(gold, { findings: [...perfect, single] }, texts);
    expect(s.kinds.divergence).toMatchObject({ findings: 3, precision: 1 });
    expect(s.kinds.agreement).toMatchObject({ findings: 1, precision: 1 });
    expect(s.falsePositives).toEqual([]);
    expect(s.findings).toEqual({ total: 4, divergences: 3, agreements: 1, unscored: 1 });
  });

  it('the kind must match', () => {
    const wrongKind = agr('W1', 'name', [at(texts, 'a', 'Anna Berg'), at(texts, 'b', 'Berg')]);
    expect(matchFinding(wrongKind, gold.facts[2] as GoldFact, texts)).toBeNull();
  });

  it('a divergence must oppose two different values of the gold fact', () => {
    // "one firm" and "a firm" state the same value: reporting them as a divergence is wrong.
    const sameSide = div('S1', 'quantity', [at(texts, 'b', 'one firm'), at(texts, 'c', 'a firm')]);
    const s = scoreSet(gold, { findings: [...perfect, sameSide] }, texts);
    expect(s.falsePositives.map((f) => f.id)).toEqual(['S1']);
  });

  it('across categories, a whole sentence cited as evidence does not match a name inside it', () => {
    const sentences = [at(texts, 'a', 'Officials named Anna Berg.'), at(texts, 'b', 'Officials named Berg.')];
    const berg = gold.facts[2] as GoldFact;
    expect(matchFinding(div('S1', 'statement', sentences), berg, texts)).toBeNull();
    expect(matchFinding(div('S2', 'name', sentences), berg, texts)).not.toBeNull();
    // Tight spans still match across categories.
    expect(matchFinding(div('S3', 'statement', [at(texts, 'a', 'Anna Berg'), at(texts, 'b', 'Berg')]), berg, texts)).not.toBeNull();
  });

  it('an internal contradiction matches with two items of one source', () => {
    const s = scoreSet(gold, { findings: [perfect[1] as ScoredFinding] }, texts);
    expect(s.matches.map((m) => m.fact)).toEqual(['firms-internal']);
  });

  it('evidence overlaps by containment at word boundaries or by offsets', () => {
    const item = { sourceId: 'b', text: 'Berg' };
    expect(evidenceOverlaps({ sourceId: 'b', text: 'Officials named Berg.' }, item, texts)).toBe(true);
    expect(evidenceOverlaps({ sourceId: 'b', text: 'BERG' }, item, texts)).toBe(true);
    expect(evidenceOverlaps({ sourceId: 'a', text: 'Berg' }, item, texts)).toBe(false);
    // "Ni" must not hit "Ministry": containment needs word boundaries.
    const ni = { sourceId: 'b', text: 'Ni' };
    expect(evidenceOverlaps({ sourceId: 'b', text: 'Ministry staff' }, ni, { b: 'Ministry staff and Ni.' })).toBe(false);
    // Different words, overlapping offsets.
    const s = texts.b ?? '';
    const start = s.indexOf('named Berg');
    expect(
      evidenceOverlaps({ sourceId: 'b', text: 'named B', start: { offset: start }, end: { offset: start + 7 } }, item, texts),
    ).toBe(true);
  });

  it('agreements inside a divergence are correct but not required', () => {
    expect(impliedAgreements(gold.facts[0] as GoldFact).map((f) => f.id)).toEqual(['firms-count~1']);
    const implied = agr('I1', 'quantity', [at(texts, 'b', 'one firm'), at(texts, 'c', 'a firm')]);
    const s = scoreSet(gold, { findings: [...perfect, implied] }, texts);
    expect(s.kinds.agreement).toMatchObject({ gold: 1, matched: 1, findings: 2, correct: 2, precision: 1 });
    expect(s.matches.find((m) => m.finding === 'I1')).toMatchObject({ implied: true });
  });

  it('optional facts count for precision, not recall', () => {
    const optionalGold: GoldFile = {
      ...gold,
      facts: [...gold.facts, { ...(gold.facts[3] as GoldFact), id: 'opt', optional: true, evidence: [{ sourceId: 'a', text: 'The ministry' }, { sourceId: 'c', text: 'The ministry' }] }],
    };
    const without = scoreSet(optionalGold, { findings: perfect }, texts);
    expect(without.kinds.agreement).toMatchObject({ gold: 1, optional: 1, recall: 1, precision: 1 });
    const withIt = scoreSet(
      optionalGold,
      { findings: [...perfect, agr('O1', 'attribution', [at(texts, 'a', 'The ministry'), at(texts, 'c', 'The ministry')])] },
      texts,
    );
    expect(withIt.kinds.agreement).toMatchObject({ recall: 1, precision: 1, correct: 2 });
  });

  it('flags a divergence between the two texts of a paraphrase pair', () => {
    const para = (gold.paraphrases ?? [])[0];
    expect(para).toBeDefined();
    if (!para) return;
    const bad = div('B1', 'attribution', [at(texts, 'a', 'The ministry'), at(texts, 'c', 'The ministry')]);
    expect(violatesParaphrase(bad, para, texts)).toBe(true);
    const s = scoreSet(gold, { findings: [...perfect, bad] }, texts);
    expect(s.paraphraseViolations).toEqual([{ finding: 'B1', paraphrase: 'who fined, reworded' }]);
    // Same value on both items: they sit on the same side of the divergence, which is no claim that they differ.
    const sameSide = div('B2', 'attribution', [
      { ...at(texts, 'a', 'The ministry'), value: 'ministry' },
      { ...at(texts, 'c', 'The ministry'), value: 'ministry' },
      { ...at(texts, 'b', 'The regulator'), value: 'regulator' },
    ]);
    expect(violatesParaphrase(sameSide, para, texts)).toBe(false);
  });

  it('validateGold reports a text that is not verbatim, an unknown source and a bad enum', () => {
    const broken = {
      fixture: 'unit',
      facts: [
        {
          id: 'x',
          category: 'colour',
          kind: 'divergence',
          severity: 'error',
          description: 'broken',
          evidence: [
            { sourceId: 'a', text: 'three firms', value: '3' },
            { sourceId: 'zzz', text: 'one firm', value: '1' },
          ],
        },
      ],
    };
    const problems = validateGold(broken, texts);
    expect(problems.some((p) => p.includes('category'))).toBe(true);
    expect(problems.some((p) => p.includes('not a verbatim substring'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown sourceId'))).toBe(true);
  });
});
