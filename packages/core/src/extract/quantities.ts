import { COLLECTIVES, COMPARATORS, SCALES, TENS, UNITS, VAGUE } from '../lexicon/numbers.js';
import { CURRENCIES, DURATION_UNITS, MEASURES, NOT_NOUNS, PERSON_PREDICATES, isKnownCountedNoun, isPlural, nounClass, singular } from '../lexicon/nouns.js';
import { PHRASE_BREAKERS } from '../lexicon/stopwords.js';
import { predicateLemma } from '../lexicon/verbs.js';
import type { EntityMention, Quantity, QuantityMention, Sentence, Token } from '../model.js';
import { isCapitalised, isWord, longestPhrase, lower } from './tokens.js';

/**
 * Quantities as intervals with the thing they count: "seven French nationals" = [7,7] person,
 * "several companies" = [3,∞) organization, "over a decade" = (10,∞) years, "$10 million" = [1e7,1e7] USD.
 */

type Comparator = (typeof COMPARATORS)[keyof typeof COMPARATORS];
const COMPARATOR_TABLE = new Map<string, Comparator>(Object.entries(COMPARATORS));

interface NumberRead {
  value: number;
  end: number; // exclusive token index
  basis: Quantity['basis'];
  /** For vague quantifiers the interval is given directly. */
  interval?: { min: number; max: number | null };
  currency?: string;
}

function parseNumeral(text: string): number | undefined {
  const cleaned = text.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A year standing alone ("in 2021") is a date, not a count. */
function looksLikeYear(text: string): boolean {
  return /^(1[89]|20)\d\d$/.test(text);
}

function readWordNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    const parts = lower(t).split('-');
    let ok = true;
    for (const p of parts) {
      if (p in UNITS) current += UNITS[p] ?? 0;
      else if (p in TENS) current += TENS[p] ?? 0;
      else if (p === 'hundred' && any) current *= 100;
      else if (any && p in SCALES && p.length > 2) {
        total += current * (SCALES[p] ?? 1);
        current = 0;
      } else ok = false;
    }
    if (!ok) break;
    any = true;
    j++;
    if (lower(tokens[j]) === 'and' && any && (lower(tokens[j + 1]) in UNITS || lower(tokens[j + 1]) in TENS)) j++;
  }
  if (!any) return undefined;
  return { value: total + current, end: j, basis: 'word' };
}

function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  let j = i;
  let currency: string | undefined;
  const first = tokens[j];
  if (first && (first.kind === 'symbol' || first.kind === 'word') && CURRENCIES[first.lower] && tokens[j + 1]?.kind === 'number' && first.text.length <= 3) {
    currency = CURRENCIES[first.lower];
    j++;
  }
  const t = tokens[j];
  if (!t) return undefined;
  let read: NumberRead | undefined;
  if (t.kind === 'number') {
    // "2.5" arrives as "2" "." "5" from the tokenizer when not glued; handle the glued and the split form.
    let text = t.text;
    let end = j + 1;
    if (tokens[end]?.text === '.' && !tokens[end]?.spaceBefore && tokens[end + 1]?.kind === 'number' && !tokens[end + 1]?.spaceBefore) {
      text = `${text}.${tokens[end + 1]?.text}`;
      end += 2;
    }
    const suffixed = /^(\d[\d,.]*)(m|bn|k)$/i.exec(text);
    let value = parseNumeral(suffixed ? (suffixed[1] ?? '') : text);
    if (value === undefined) return undefined;
    if (suffixed) value *= SCALES[(suffixed[2] ?? '').toLowerCase()] ?? 1;
    if (!currency && !suffixed && looksLikeYear(text)) return undefined;
    read = { value, end, basis: 'numeral' };
  } else {
    read = readWordNumber(tokens, j);
    if (!read) {
      const w = lower(t);
      const next = lower(tokens[j + 1]);
      const article = w === 'a' || w === 'an';
      // "a decade" is one decade, counted by its unit later; "a dozen people" is twelve; "a few" is vague.
      if (article && (next === 'decade' || next === 'century')) return { value: 1, end: j + 1, basis: 'article' };
      const collective = article ? COLLECTIVES[next] : undefined;
      if (collective !== undefined) return { value: collective, end: j + 2 + (lower(tokens[j + 2]) === 'of' ? 1 : 0), basis: 'word' };
      if (article && next === 'few' && VAGUE.few) return { value: VAGUE.few.min, end: j + 2, basis: 'vague', interval: VAGUE.few };
      if (article || w === 'one' || w === 'single') return { value: 1, end: j + 1, basis: 'article' };
      const vague = VAGUE[w];
      if (vague) return { value: vague.min, end: j + 1, basis: 'vague', interval: vague };
      return undefined;
    }
  }
  // Scales: "40 million", "1.2 billion".
  const scale = SCALES[lower(tokens[read.end])];
  if (scale && scale >= 1000) read = { ...read, value: read.value * scale, end: read.end + 1 };
  if (currency) read.currency = currency;
  return read;
}

interface Noun {
  noun: string;
  end: number;
}

/**
 * The counted noun: after a plural number, the first plural word within four words;
 * after "a"/"one", the last word of the noun phrase, which must be a known counted noun.
 */
function findNoun(tokens: readonly Token[], from: number, plural: boolean, strict: boolean): Noun | undefined {
  let lastWord: Noun | undefined;
  // "dozens of protesters", "hundreds of people", "several of the companies".
  if (plural && lower(tokens[from]) === 'of') from += lower(tokens[from + 1]) === 'the' ? 2 : 1;
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const t = tokens[j];
    if (!t) break;
    if (!isWord(t) || t.kind === 'number') {
      if (t.text === '“' || t.text === '"' || t.text === '‘') continue;
      break;
    }
    const w = lower(t);
    if (PHRASE_BREAKERS.has(w) || NOT_NOUNS.has(w)) break;
    if (plural && isPlural(w)) return { noun: singular(w), end: j + 1 };
    if (w in DURATION_UNITS || singular(w) in DURATION_UNITS) return { noun: singular(w), end: j + 1 };
    if (!plural && isKnownCountedNoun(w)) return { noun: w, end: j + 1 };
    lastWord = { noun: w, end: j + 1 };
  }
  if (plural) return undefined;
  if (!lastWord) return undefined;
  if (strict && !isKnownCountedNoun(lastWord.noun) && !(lastWord.noun in DURATION_UNITS)) return undefined;
  return lastWord;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** An interval rounded to three decimals, scaled first (durations in their own unit). */
function rounded(iv: { min: number; max: number | null }, factor = 1): { min: number; max: number | null } {
  return { min: round(iv.min * factor), max: iv.max === null ? null : round(iv.max * factor) };
}

function applyComparator(value: number, comparator: Comparator | undefined, integer: boolean): { min: number; max: number | null } {
  const step = integer ? 1 : 0;
  switch (comparator) {
    case 'more':
      return { min: value + step, max: null };
    case 'atLeast':
      return { min: value, max: null };
    case 'less':
      return { min: 0, max: Math.max(0, value - step) };
    case 'atMost':
      return { min: 0, max: value };
    case 'about':
      return { min: round(value * 0.9), max: round(value * 1.1) };
    case 'nearly':
      return { min: round(value * 0.9), max: value };
    default:
      return { min: value, max: value };
  }
}

/** Words a quantity can start with; every other token is skipped without reading. */
const STARTERS = new Set<string>([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE), 'a', 'an', 'one', 'single',
  ...[...COMPARATOR_TABLE.keys()].map((k) => k.split(' ')[0] ?? ''),
  ...Object.keys(CURRENCIES),
]);

/** "A magnitude 6.4 earthquake", "a magnitude of 6.2", "put the magnitude at 6.4": the measured noun, if any. */
function measureBefore(tokens: readonly Token[], numberAt: number): string | undefined {
  let j = numberAt - 1;
  if (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'at') j--;
  const t = tokens[j];
  return t && t.kind === 'word' && MEASURES.has(t.lower) ? t.lower : undefined;
}

/**
 * A bare number next to a verb that counts people ("killing at least 12", "84 were injured", "12 dead") is a
 * count of people, as every newsroom writes it.
 */
function countsPeople(tokens: readonly Token[], from: number, end: number): boolean {
  const before = tokens[from - 1];
  if (before?.kind === 'word' && PERSON_PREDICATES.has(predicateLemma(before.lower) ?? '')) return true;
  let j = end;
  while (j < tokens.length && j < end + 3 && ['were', 'was', 'had', 'have', 'has', 'been', 'are', 'is', 'people', 'others'].includes(tokens[j]?.lower ?? '')) j++;
  const after = tokens[j];
  return after !== undefined && after.kind === 'word' && PERSON_PREDICATES.has(predicateLemma(after.lower) ?? '') && (j > end || ['dead', 'died', 'missing', 'injured'].includes(after.lower));
}

/** "a" starts a count only before a counted noun, "few", a collective, or after a verb: a cheap look first. */
function mayCountWithArticle(tokens: readonly Token[], i: number): boolean {
  if (followsVerb(tokens, i)) return true;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return false;
    if (t.lower === 'few' || COLLECTIVES[t.lower] !== undefined || isKnownCountedNoun(t.lower) || isKnownCountedNoun(singular(t.lower)) || t.lower in DURATION_UNITS) return true;
    if (PHRASE_BREAKERS.has(t.lower)) return false;
  }
  return false;
}

function mayStartQuantity(t: Token): boolean {
  return t.kind === 'number' || t.kind === 'symbol' || STARTERS.has(t.lower) || (t.lower.includes('-') && STARTERS.has(t.lower.split('-')[0] ?? ''));
}

/**
 * Durations compare only within a time scale: "an hour" and "twenty years" are never the same fact,
 * while "over a decade" and "more than ten years" are.
 */
function durationScale(yearsPerUnit: number): { unit: string; years: number } {
  if (yearsPerUnit >= 1) return { unit: 'year', years: 1 };
  if (yearsPerUnit >= 1 / 12) return { unit: 'month', years: 1 / 12 };
  if (yearsPerUnit >= 1 / 365.25) return { unit: 'day', years: 1 / 365.25 };
  return { unit: 'hour', years: 1 / 8766 };
}

/**
 * "a" is a count only where a count is being stated: the object of a counting verb ("sanctioned an entity",
 * "imposed sanctions on a company") or coordinated with another count ("a shell company and three directors").
 * Everywhere else ("a significant operation", "a House of Commons researcher") it is just an article.
 */
function followsVerb(tokens: readonly Token[], numberAt: number): boolean {
  let j = numberAt - 1;
  while (j >= 0 && ['on', 'against', 'upon', 'of'].includes(lower(tokens[j]))) j--;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || isCapitalised(t)) return false;
  return predicateLemma(t.lower) !== undefined || (t.lower.endsWith('ed') && t.text.length > 4);
}

function isAssertedSingle(tokens: readonly Token[], numberAt: number, end: number): boolean {
  if (isCapitalised(tokens[end - 1])) return false;
  if (followsVerb(tokens, numberAt)) return true;
  if (lower(tokens[end]) === 'and') {
    const next = tokens[end + 1];
    const w = lower(next);
    return next !== undefined && (next.kind === 'number' || w in UNITS || w in TENS || w === 'a' || w === 'an' || w in VAGUE);
  }
  return false;
}

/** The quantities of a sentence, each with its counted thing. */
export function extractQuantities(sentence: Sentence, source: string): QuantityMention[] {
  const tokens = sentence.tokens;
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!mayStartQuantity(token) || ((token.lower === 'a' || token.lower === 'an') && !mayCountWithArticle(tokens, i))) {
      i++;
      continue;
    }
    // A comparator counts only before a number: "some 40 people" is about 40, "some people" is vague.
    const cmp = longestPhrase(tokens, i, COMPARATOR_TABLE, 3);
    const afterComparator = cmp ? readNumber(tokens, i + cmp.length) : undefined;
    const comparator = afterComparator ? cmp?.value : undefined;
    const numberAt = afterComparator && cmp ? i + cmp.length : i;
    const read = afterComparator ?? readNumber(tokens, numberAt);
    const numberToken = tokens[numberAt];
    // "Group of Seven", "Big Four": a capitalised number word inside a name is not a count.
    if (read && isCapitalised(numberToken) && numberAt > 0 && tokens[numberAt - 1]?.kind === 'word') {
      i = numberAt + 1;
      continue;
    }
    if (!read) {
      i++;
      continue;
    }
    const percentToken = tokens[read.end];
    const measured = read.basis === 'numeral' ? measureBefore(tokens, numberAt) : undefined;
    let quantity: Quantity | undefined;
    let end = read.end;
    if (percentToken && (percentToken.text === '%' || (lower(percentToken) === 'per' && lower(tokens[read.end + 1]) === 'cent') || lower(percentToken) === 'percent')) {
      end = read.end + (lower(percentToken) === 'per' ? 2 : 1);
      const iv = applyComparator(read.value, comparator, false);
      quantity = { kind: 'percent', ...iv, unit: 'percent', unitClass: 'percent', basis: read.basis };
    } else if (read.currency) {
      const iv = applyComparator(read.value, comparator, false);
      quantity = { kind: 'money', ...iv, unit: read.currency, unitClass: 'money', basis: read.basis };
    } else if (measured) {
      quantity = { kind: 'measure', ...applyComparator(read.value, comparator, false), unit: measured, unitClass: `measure:${measured}`, basis: read.basis };
    } else {
      const plural = read.basis === 'vague' || read.value !== 1;
      const strict = read.value === 1 && !followsVerb(tokens, numberAt);
      const noun = findNoun(tokens, read.end, plural, strict);
      if (noun) {
        end = noun.end;
        const currencyWord = CURRENCIES[noun.noun];
        const years = DURATION_UNITS[noun.noun];
        if (currencyWord) {
          quantity = { kind: 'money', ...applyComparator(read.value, comparator, false), unit: currencyWord, unitClass: 'money', basis: read.basis };
        } else if (years !== undefined) {
          const scale = durationScale(years);
          const iv = rounded(read.interval ?? applyComparator(read.value, comparator, false), years / scale.years);
          quantity = { kind: 'duration', ...iv, unit: scale.unit, unitClass: `duration:${scale.unit}`, basis: read.basis };
        } else if (!(read.basis === 'vague' && !isKnownCountedNoun(noun.noun))) {
          const iv = rounded(read.interval ?? applyComparator(read.value, comparator, true));
          quantity = { kind: 'count', ...iv, unit: noun.noun, unitClass: nounClass(noun.noun), basis: read.basis };
        }
      } else if ((read.basis === 'numeral' || read.basis === 'word') && countsPeople(tokens, i, read.end)) {
        quantity = { kind: 'count', ...rounded(applyComparator(read.value, comparator, true)), unit: 'people', unitClass: 'person', basis: read.basis };
      }
    }
    if (!quantity || (quantity.kind === 'count' && read.basis === 'article' && !isAssertedSingle(tokens, numberAt, end))) {
      i = numberAt + 1;
      continue;
    }
    const startToken = tokens[i];
    const endToken = tokens[end - 1];
    if (!startToken || !endToken) break;
    out.push({ type: 'quantity', text: source.slice(startToken.start, endToken.end), start: startToken.start, end: endToken.end, quantity });
    i = end;
  }
  return out;
}

const LIST_PREFIXES = new Set(['including', 'like', 'notably', 'among']);

/** "Sanctions were imposed on A and B": two named people are a count of two people. */
export function enumerationCounts(sentence: Sentence, entities: readonly EntityMention[], source: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  const people = entities.filter((e) => e.kind === 'person');
  let group: EntityMention[] = [];
  const flush = () => {
    if (group.length >= 2) {
      const first = group[0] as EntityMention;
      const last = group[group.length - 1] as EntityMention;
      const firstIndex = sentence.tokens.findIndex((t) => t.start >= first.start);
      const before = lower(sentence.tokens[firstIndex - 1]);
      const beforeTwo = `${lower(sentence.tokens[firstIndex - 2])} ${before}`;
      const open = LIST_PREFIXES.has(before) || beforeTwo === 'such as';
      out.push({
        type: 'quantity',
        text: source.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        quantity: { kind: 'count', min: group.length, max: open ? null : group.length, unit: 'person', unitClass: 'person', basis: 'enumeration' },
      });
    }
    group = [];
  };
  for (const p of people) {
    const prev = group[group.length - 1];
    if (prev) {
      const between = source.slice(prev.end, p.start).trim().toLowerCase();
      if (between === 'and' || between === ',' || between === ', and' || between === 'or') {
        group.push(p);
        continue;
      }
      flush();
    }
    group.push(p);
  }
  flush();
  return out;
}
