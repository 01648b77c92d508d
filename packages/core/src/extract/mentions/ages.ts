import { TENS, UNITS } from '../../lexicon/numbers.js';
import { nounClass, singular } from '../../lexicon/nouns.js';
import { isPersonNoun } from '../../lexicon/people.js';
import { DETERMINERS, STOPWORDS } from '../../lexicon/stopwords.js';
import type { Claim, EntityMention, Mention, QuantityMention, Quantity, Sentence, Token } from '../../model.js';
import { relateNames } from '../../shared/name-relations.js';
import { isCapitalised } from '../tokens.js';

/**
 * A person's age, as newsrooms write it: "Maria Lopez, 35,", "Lopez (35)", "aged 41", "who is 35", "35-year-old
 * Maria Lopez", "a 31-year-old man", "the 31-year-old", "died at 82", "at the age of 82". The age hangs on the
 * person it describes, so that only ages of one person are compared; "a 150-year-old bridge" and "the 35-year-old
 * law" are ages of things and are never read. A reference ("the 31-year-old", "he died at 82") is left open here
 * and pinned to a person of the source once the whole source is read (`resolveAges`).
 */

/** Ages are whole years of a life: anything else after "Lopez," is a count, a year or a page. */
const MAX_AGE = 125;
/** Class of an age whose person is to be found in the rest of the source. */
export const OPEN_AGE = 'age:';

const YEAR_OLD = /^(.+?)-years?-old$/i;
const DEATH_VERBS = new Set(['died', 'dies', 'die', 'passed']);
/** Words a figure after "died at" may be followed by when it is an age, not an hour or a street number. */
const AFTER_DEATH_AGE = new Set(['after', 'on', 'in', 'following', 'from', 'of', 'surrounded', 'at', 'last', 'this', 'and', 'while', 'when']);
const PRONOUNS = new Set(['he', 'she', 'they']);
const BE = new Set(['is', 'was']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const POSSESSIVE = /^['’]s\b|['’]s$/;
/** Words after "the 31-year-old" that show it stands alone for a person: a verb or a function word. */
const REFERENCE_VERBS = /^(?:\p{L}+ed|said|says|told|tells|fled|ran|went|came|faces|remains|denies|admits|pleads|appears|spoke|gave|took|left|lives|lived|is|was|has|had|will|would|could|can)$/u;

const numberWord = (w: string): number | undefined => (Object.hasOwn(UNITS, w) ? UNITS[w] : Object.hasOwn(TENS, w) ? TENS[w] : undefined);

function wordNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  // Every token of a sentence comes here: one look-up, and a split only for "thirty-five".
  if (!lower.includes('-')) return numberWord(lower);
  let total = 0;
  for (const part of lower.split('-')) {
    const v = numberWord(part);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** A whole number of years a person can be: "35", "thirty-five". */
function ageNumber(text: string): number | undefined {
  const n = /^\d{1,3}$/.test(text) ? Number(text) : wordNumber(text);
  return n !== undefined && n >= 1 && n <= MAX_AGE ? n : undefined;
}

const ageQuantity = (years: number, unitClass: string, basis: Quantity['basis']): Quantity => ({ kind: 'age', min: years, max: years, unit: 'years old', unitClass, basis });

interface Holder {
  entity?: EntityMention;
  noun?: string;
}

function classOf(holder: Holder): string {
  if (holder.entity) return `age:${holder.entity.key}`;
  return holder.noun ? `age:${holder.noun}` : OPEN_AGE;
}

/** The person entity whose words end right before token `at` (a comma or bracket between). */
function entityEndingAt(entities: readonly EntityMention[], tokens: readonly Token[], at: number): EntityMention | undefined {
  const t = tokens[at];
  return t ? entities.find((e) => e.kind === 'person' && e.end === t.end) : undefined;
}

function entityStartingAt(entities: readonly EntityMention[], tokens: readonly Token[], at: number): EntityMention | undefined {
  const t = tokens[at];
  return t ? entities.find((e) => e.kind === 'person' && e.start === t.start) : undefined;
}

/** The person the age at token `at` stands after: "Lopez, 35", "the driver, 35", "John Smith, aged 41", "a man aged 41". */
function holderBefore(entities: readonly EntityMention[], tokens: readonly Token[], at: number): Holder | undefined {
  let j = at - 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j--;
  const entity = entityEndingAt(entities, tokens, j);
  if (entity) return { entity };
  const t = tokens[j];
  // "two men aged 41 and 45": ages of several people, none of them one person's.
  if (t && t.kind === 'word' && !isCapitalised(t) && isPersonNoun(t.lower) && singular(t.lower) === t.lower) return { noun: singular(t.lower) };
  return undefined;
}

/**
 * The subject of a sentence that gives an age after its verb ("Hale died at 82", "She died at the age of 82"): the
 * nearest person named before, unless another person's noun stands between ("Hale's mother died at 82"); a
 * pronoun leaves the person to the rest of the source.
 */
function subjectBefore(entities: readonly EntityMention[], tokens: readonly Token[], at: number, text: string): Holder | undefined {
  const start = tokens[at]?.start ?? 0;
  let noun: string | undefined;
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const entity = entities.find((e) => e.kind === 'person' && e.end === t.end && e.end <= start);
    if (entity) return POSSESSIVE.test(text.slice(entity.end, entity.end + 3)) ? (noun ? { noun } : undefined) : { entity };
    if (t.kind !== 'word') continue;
    if (PRONOUNS.has(t.lower)) return noun ? { noun } : {};
    if (!isCapitalised(t) && isPersonNoun(t.lower)) {
      if (singular(t.lower) !== t.lower) return undefined;
      // "his mother", "Hale's mother": someone else's relative, known by the noun only.
      if (POSSESSIVES.has(tokens[j - 1]?.lower ?? '') || POSSESSIVE.test(tokens[j - 1]?.text.slice(-2) ?? '')) return { noun: t.lower };
      noun ??= t.lower;
    }
  }
  return noun ? { noun } : undefined;
}

/** "35-year-old Maria Lopez", "a 31-year-old man", "the 31-year-old had fled"; not "a 150-year-old bridge". */
function yearOldHolder(entities: readonly EntityMention[], tokens: readonly Token[], i: number): Holder | undefined {
  const before = tokens[i - 1]?.lower ?? '';
  // "Lopez, a 35-year-old teacher," and "Lopez, 35-year-old teacher,": the apposed name is the person.
  const apposed = before === 'a' || before === 'an' || before === 'the' ? i - 2 : i - 1;
  const named = tokens[apposed]?.text === ',' ? entityEndingAt(entities, tokens, apposed - 1) : undefined;
  // "The driver, a 52-year-old man,": the noun apposed is who the age belongs to, the closer one only says man.
  const apposedWord = tokens[apposed]?.text === ',' && !named ? tokens[apposed - 1] : undefined;
  const apposedNoun = apposedWord && apposedWord.kind === 'word' && isPersonNoun(apposedWord.lower) && DETERMINERS.has(tokens[apposed - 2]?.lower ?? '') ? singular(apposedWord.lower) : undefined;
  const first = tokens[i + 1];
  const definite = before === 'the' || before === 'this';
  if (!first || first.kind === 'punctuation') return named ? { entity: named } : definite ? {} : undefined;
  const entity = entityStartingAt(entities, tokens, i + 1);
  if (entity) return { entity };
  if (first.kind === 'word' && (STOPWORDS.has(first.lower) || REFERENCE_VERBS.test(first.lower)) && !isPersonNoun(first.lower)) return named ? { entity: named } : definite ? {} : undefined;
  // Up to two words before the noun: "a 31-year-old British man", "the 35-year-old former soldier".
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return undefined;
    if (isPersonNoun(t.lower)) {
      if (named) return { entity: named };
      // "the 35-year-old teacher Ann Hale", "a 31-year-old driver, Tom Reed,".
      const after = tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
      const following = entityStartingAt(entities, tokens, after);
      if (following) return { entity: following };
      if (apposedNoun) return { noun: apposedNoun };
      return singular(t.lower) === t.lower ? { noun: t.lower } : undefined;
    }
    // "a 150-year-old stone bridge": a thing of another class, or a word that ends the phrase, is no person.
    const one = singular(t.lower);
    if (STOPWORDS.has(t.lower) || nounClass(one) !== one || POSSESSIVE.test(t.text)) return undefined;
  }
  return undefined;
}

/** The ages a sentence gives, each with the person it describes when the sentence says. */
export function extractAges(sentence: Sentence, source: string, entities: readonly EntityMention[]): QuantityMention[] {
  const tokens = sentence.tokens;
  const out: QuantityMention[] = [];
  const push = (from: number, to: number, years: number, holder: Holder | undefined, basis: Quantity['basis']) => {
    const a = tokens[from] as Token;
    const b = tokens[to] as Token;
    if (!holder) return;
    const mention: QuantityMention = { type: 'quantity', text: source.slice(a.start, b.end), start: a.start, end: b.end, quantity: ageQuantity(years, classOf(holder), basis) };
    if (holder.entity) mention.holder = holder.entity;
    out.push(mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const glued = t.lower.endsWith('-old') ? YEAR_OLD.exec(t.text) : null;
    if (glued) {
      const years = ageNumber(glued[1] ?? '');
      if (years !== undefined) push(i, i, years, yearOldHolder(entities, tokens, i), t.kind === 'number' ? 'numeral' : 'word');
      continue;
    }
    if (t.kind !== 'number' && t.kind !== 'word') continue;
    const years = ageNumber(t.text);
    if (years === undefined) continue;
    const basis: Quantity['basis'] = t.kind === 'number' ? 'numeral' : 'word';
    // "35 years old": the age runs to "old".
    const yearsOld = /^years?$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'old' ? i + 2 : i;
    const next = tokens[yearsOld + 1];
    const prev = tokens[i - 1];
    const closes = !next || next.text === ',' || next.text === '.' || next.text === ';' || next.text === ')' || next.lower === 'and';
    const lowerPrev = prev?.lower ?? '';
    if (lowerPrev === 'aged') {
      // "John Smith, aged 41", "a man aged 41"; "Aged 41, he" leaves the person to the rest of the source.
      const holder = holderBefore(entities, tokens, i - 1) ?? (i - 1 === 0 ? {} : undefined);
      push(i - 1, yearsOld, years, holder, basis);
    } else if (lowerPrev === 'of' && tokens[i - 2]?.lower === 'age' && tokens[i - 3]?.lower === 'the' && tokens[i - 4]?.lower === 'at') {
      push(i - 4, yearsOld, years, subjectBefore(entities, tokens, i - 4, source), basis);
    } else if (lowerPrev === 'age' && tokens[i - 2]?.lower === 'at') {
      push(i - 2, yearsOld, years, subjectBefore(entities, tokens, i - 2, source), basis);
    } else if (lowerPrev === 'at' && (DEATH_VERBS.has(tokens[i - 2]?.lower ?? '') || (tokens[i - 2]?.lower === 'away' && tokens[i - 3]?.lower === 'passed')) && (!next || next.kind === 'punctuation' && next.text !== ':' || AFTER_DEATH_AGE.has(next.lower))) {
      const verb = tokens[i - 2]?.lower === 'away' ? i - 3 : i - 2;
      push(verb, yearsOld, years, subjectBefore(entities, tokens, verb, source), basis);
    } else if (BE.has(lowerPrev) && tokens[i - 2]?.lower === 'who' && tokens[i - 3]?.text === ',' && closes) {
      // "Ann Hale, who is 35,".
      push(i, yearsOld, years, holderBefore(entities, tokens, i - 3), basis);
    } else if ((lowerPrev === ',' && closes && next?.text !== ')') || (lowerPrev === '(' && next?.text === ')')) {
      const holder = holderBefore(entities, tokens, i);
      // "Hale, thirty-six," is an age only after a name: after a noun a number word is too often a count.
      if (t.kind !== 'number' && yearsOld === i && !holder?.entity) continue;
      push(i, yearsOld, years, holder, basis);
    } else if (yearsOld > i && BE.has(lowerPrev)) {
      // "Hale is 35 years old", "she was 35 years old".
      push(i, yearsOld, years, subjectBefore(entities, tokens, i - 1, source), basis);
    }
  }
  return out;
}

export const isAge = (m: Mention): m is QuantityMention => m.type === 'quantity' && m.quantity.kind === 'age';

/** How far back a reference may look for the person it stands for: this sentence and the two before. */
const REFERENCE_REACH = 2;

/**
 * Ages left open by their sentence, pinned to one person of the source: "the 31-year-old" is the one person the
 * source gives that age, else the person the sentence or the two before name last ("Lopez was arrested. The
 * 35-year-old had fled."), unless the source gives that person another age (then it is someone else). "The
 * 31-year-old man" is pinned only to the one person of that age. An age left open is dropped: whose it is
 * is unknown. Returns new claims; the memoised ones are never changed.
 */
/** The fullest name of one person, when every name given is a name of that person ("Maria Lopez", "Lopez"). */
function onePerson(names: readonly EntityMention[]): EntityMention | undefined {
  if (names.length === 0 || !names.every((a) => names.every((b) => a.key === b.key || relateNames(a, b) !== undefined))) return undefined;
  return [...names].sort((a, b) => b.words.length - a.words.length || a.start - b.start)[0];
}

export function resolveAges(claims: readonly Claim[], text: string): Claim[] {
  if (!claims.some((c) => c.mentions.some(isAge))) return [...claims];
  const named = claims.flatMap((c) => c.mentions.filter((m): m is QuantityMention => isAge(m) && m.holder !== undefined));
  const sentenceOrder = new Map<string, number>();
  for (const c of claims) if (!sentenceOrder.has(c.sentenceId)) sentenceOrder.set(c.sentenceId, sentenceOrder.size);
  const people: { at: number; sentence: number; entity: EntityMention }[] = [];
  for (const c of claims) {
    for (const m of c.mentions) if (m.type === 'entity' && m.kind === 'person') people.push({ at: m.start, sentence: sentenceOrder.get(c.sentenceId) ?? 0, entity: m });
  }
  people.sort((a, b) => a.at - b.at);
  const agesOf = (entity: EntityMention) => new Set(named.filter((m) => m.holder && (m.holder.key === entity.key || relateNames(m.holder, entity))).map((m) => m.quantity.min));
  const pin = (m: QuantityMention, sentence: number): QuantityMention | undefined => {
    const open = m.quantity.unitClass === OPEN_AGE;
    const definite = open || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start));
    if (!definite) return m;
    let holder = onePerson(named.filter((o) => o.quantity.min === m.quantity.min).map((o) => o.holder as EntityMention));
    if (!holder && open) {
      const last = [...people].reverse().find((p) => p.at < m.start && sentence - p.sentence <= REFERENCE_REACH && !POSSESSIVE.test(text.slice(p.entity.end, p.entity.end + 3)));
      const ages = last ? agesOf(last.entity) : undefined;
      if (last && ages && (ages.size === 0 || (ages.size === 1 && ages.has(m.quantity.min)))) holder = last.entity;
    }
    if (!holder) return open ? undefined : m;
    return { ...m, holder, quantity: { ...m.quantity, unitClass: `age:${holder.key}` } };
  };
  return claims.map((c) => {
    if (!c.mentions.some(isAge)) return c;
    const sentence = sentenceOrder.get(c.sentenceId) ?? 0;
    const mentions: Mention[] = [];
    for (const m of c.mentions) {
      if (!isAge(m) || m.holder) mentions.push(m);
      else {
        const pinned = pin(m, sentence);
        if (pinned) mentions.push(pinned);
      }
    }
    return { ...c, mentions };
  });
}
