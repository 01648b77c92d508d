import { describe, expect, it } from 'vitest';
import { pastParticiple, pastTense } from '../../src/language/inflect.js';
import { verbLemma } from '../../src/language/frames.js';
import { agreements, check, divergences } from '../rules/check.js';

/**
 * A figure's question is built from its head noun, the verb it is the subject or object of (that verb's own
 * lemma and particle) and whether it does the verb or has it done to it. Texts written for these tests, on
 * topics the fixtures do not cover: a factory, a school, a court, a match, a crash, a harbour, a mountain.
 */
const facts = (texts: Record<string, string>) =>
  check(texts).findings.filter((f) => f.category === 'quantity' && f.kind !== 'single-source').map((f) => `${f.kind}: ${f.fact}`);

describe('English verb forms from lemmas', () => {
  it('inflects irregular and regular verbs as English spells them', () => {
    expect(['lay', 'strike', 'suspend', 'ban', 'admit', 'open', 'close', 'carry'].map(pastParticiple)).toEqual(['laid', 'struck', 'suspended', 'banned', 'admitted', 'opened', 'closed', 'carried']);
    expect(['sit', 'die', 'begin'].map(pastTense)).toEqual(['sat', 'died', 'began']);
  });

  it('mends the model’s lemmas against the word: "fined" is "fine", "privatised" keeps its spelling', () => {
    expect(verbLemma('fined', 'fin')).toBe('fine');
    expect(verbLemma('privatised', 'privatize')).toBe('privatise');
    expect(verbLemma('cancelled', 'cancel')).toBe('cancel');
    expect(verbLemma('struck', 'strike')).toBe('strike');
  });
});

describe('one question for paraphrases', () => {
  it('asks one question of a passive and an active report of the same lay-offs', () => {
    expect(facts({ a: 'Twelve workers were laid off when the Dunmore plant closed on Friday.', b: 'The company laid off 15 workers at the plant on Friday, a union official said.' })).toEqual([
      'divergence: number of workers laid off',
    ]);
  });

  it('asks one question of a subject and an object: "four were suspended" / "suspended three"', () => {
    expect(facts({ a: 'The academy suspended three teachers after exam papers leaked online.', b: 'Four teachers were suspended after exam papers leaked online.' })).toEqual([
      'divergence: number of teachers suspended',
    ]);
  });

  it('asks one question of a jury that convicted and defendants who were convicted', () => {
    expect(facts({ a: 'A jury convicted three defendants of fraud at Leeds Crown Court on Thursday.', b: 'Four defendants were convicted of fraud at Leeds Crown Court on Thursday.' })).toEqual([
      'divergence: number of defendants convicted',
    ]);
  });

  // Jobs are posts and workers are people: "cut 15 jobs" may count vacancies and posts lost by attrition, so
  // 12 workers laid off and 15 jobs cut can both be true. Two questions, never a divergence.
  it('keeps workers laid off and jobs cut apart', () => {
    const report = check({ a: 'Twelve workers were laid off when the Dunmore plant closed on Friday.', b: 'The company cut 15 jobs when it closed the Dunmore plant on Friday.' });
    expect(divergences(report)).toEqual([]);
  });
});

describe('different questions for different things', () => {
  it('sets the injured against the injured, never against the dead', () => {
    expect(facts({ a: 'Three people died and nine were injured when the coach overturned near Selby.', b: 'Three people were killed and 12 others were injured when the coach overturned near Selby.' })).toEqual([
      'divergence: number of people injured',
      'agreement: number of people who died',
    ]);
  });

  it('reads the verb of a figure past a participle that only says which ones ("vessels moored ... were damaged")', () => {
    expect(facts({ a: 'Six vessels moored in the harbour were damaged by the storm surge.', b: 'The storm surge damaged eight vessels in the harbour.' })).toEqual([
      'divergence: number of vessels damaged',
    ]);
  });
});

describe('labels read as English', () => {
  it('says who did the verb when every source makes the counted people its doers', () => {
    expect(facts({ a: 'Five climbers died in an avalanche on the north face.', b: 'Seven climbers died in an avalanche on the north face.' })).toEqual(['divergence: number of climbers who died']);
    expect(facts({ a: 'Some 2,400 pupils sat the mathematics exam on Tuesday, the exam board said.', b: '2,900 pupils sat the mathematics exam on Tuesday.' })).toEqual([
      'divergence: number of pupils who sat',
    ]);
  });

  it('names a result by the thing counted and its verb', () => {
    expect(facts({ a: 'Okonjo scored two goals as Rovers beat Athletic on Saturday.', b: 'Okonjo scored three goals as Rovers beat Athletic on Saturday.' })).toEqual(['divergence: number of goals scored']);
    expect(facts({ a: 'The manager signed a five-year contract with the club.', b: 'The manager agreed a four-year deal with the club.' })).toEqual(['divergence: length of the contract']);
  });

  it('words a date by the source’s own verb: a quake "struck", never "on strike"', () => {
    const report = check({ a: 'The earthquake struck on Monday, the agency said.', b: 'The earthquake struck on Tuesday.' });
    expect(divergences(report).map((f) => f.fact)).toEqual(['when the earthquake struck']);
    expect(agreements(report)).toEqual([]);
  });
});
