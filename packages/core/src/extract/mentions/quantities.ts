import { COLLECTIVES, COMPARATORS, SCALES, TENS, UNITS, VAGUE } from '../../lexicon/numbers.js';
import { CURRENCIES, DURATION_HOLDERS, DURATION_UNITS, DURATION_VERBS, HARM_NOUNS, HARM_VERBS, MEASURES, NOT_NOUNS, PERSON_PREDICATES, isKnownCountedNoun, isPlural, nounClass, singular } from '../../lexicon/nouns.js';
import { PHRASE_BREAKERS, STOPWORDS } from '../../lexicon/stopwords.js';
import { BASE_UNITS, DIRECTIONS, GLUED_ONLY, toBase, UNIT_FORMS, type UnitDef } from '../../lexicon/units.js';
import { lookupPlace } from '../../lexicon/places.js';
import { predicateLemma } from '../../lexicon/verbs.js';
import type { EntityMention, Quantity, QuantityMention, Sentence, Token } from '../../model.js';
import { firstWordIndex, isCapitalised, isWord, longestPhrase, lower, tokenIndexFrom } from '../tokens.js';
import { basisPointsAfter, efficacyKey, GLUED_BASIS_POINTS, namedFigureAt, rateKey, rateNear } from './named-figures.js';

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
  /** A unit glued to the figure ("80km", "210-metre"), and whether a hyphen made it an adjective. */
  unit?: { def: UnitDef; adjective: boolean };
  /** The figure as written, for its rounding step. */
  digits?: string;
  /** Basis points glued to the figure ("25bp", "a 25-basis-point cut"). */
  basisPoints?: boolean;
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
    // "40-thousand", as broadcast scripts write it.
    const hyphenScale = /^(\d[\d,]*(?:\.\d+)?)-(thousand|million|billion)$/i.exec(text);
    if (hyphenScale) {
      const value = parseNumeral(hyphenScale[1] ?? '');
      if (value !== undefined) return { value: value * (SCALES[(hyphenScale[2] ?? '').toLowerCase()] ?? 1), end, basis: 'numeral' };
    }
    const bp = GLUED_BASIS_POINTS.exec(text);
    if (bp && !currency) return { value: Number(bp[1]), end, basis: 'numeral', basisPoints: true };
    const glued = /^(\d[\d,]*(?:\.\d+)?)(-?)([a-z°²³/]+)$/i.exec(text);
    const gluedUnit = glued && !((glued[3] ?? '').toLowerCase() in SCALES) ? UNIT_FORMS.get((glued[3] ?? '').toLowerCase()) : undefined;
    if (glued && gluedUnit && !currency) {
      const value = parseNumeral(glued[1] ?? '');
      if (value !== undefined) return { value, end, basis: 'numeral', unit: { def: gluedUnit, adjective: glued[2] === '-' }, digits: glued[1] ?? '' };
    }
    const suffixed = /^(\d[\d,.]*)(m|bn|k)$/i.exec(text);
    let value = parseNumeral(suffixed ? (suffixed[1] ?? '') : text);
    if (value === undefined) return undefined;
    if (suffixed) value *= SCALES[(suffixed[2] ?? '').toLowerCase()] ?? 1;
    if (!currency && !suffixed && looksLikeYear(text)) return undefined;
    read = { value, end, basis: 'numeral', digits: suffixed ? undefined : text };
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
      // "a million people", "a thousand homes": the article counts one of the scale.
      const scaled = article ? SCALES[next] : undefined;
      if (scaled !== undefined && scaled >= 100 && next.length > 2) return { value: scaled, end: j + 2, basis: 'word' };
      if (article || w === 'one' || w === 'single') return { value: 1, end: j + 1, basis: 'article' };
      const compound = compoundVague(tokens, j);
      if (compound) return compound;
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

const ORDERS: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, dozens: 12 };
const ORDER_SCALES: Readonly<Record<string, number>> = { thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000 };

/** "tens of thousands" is 20,000 to 99,999; "hundreds of thousands" 200,000 to 999,999: one vague figure. */
function compoundVague(tokens: readonly Token[], j: number): NumberRead | undefined {
  const order = ORDERS[lower(tokens[j])];
  const scale = ORDER_SCALES[lower(tokens[j + 2])];
  if (order === undefined || scale === undefined || lower(tokens[j + 1]) !== 'of') return undefined;
  const min = 2 * order * scale;
  const max = (order === 12 ? 100 : order * 10) * scale - 1;
  return { value: min, end: j + 3, basis: 'vague', interval: { min, max } };
}

interface Noun {
  noun: string;
  end: number;
  /** "dozens of helicopters": a partitive names what is counted, whatever the noun. */
  afterOf?: boolean;
  /** Where a figure written as a pre-modifier sits ("three 40-tonne trucks"): it is read again, as its own figure. */
  premodifier?: number;
}

/**
 * A figure glued into an adjective before the counted noun: "17th-century", "40-tonne", "two-storey" are part
 * of the noun phrase ("five 17th-century Flemish paintings"), never its end. An age ("10-year-old") is a figure
 * of its own and ends the phrase.
 */
const isPremodifier = (t: Token) => t.kind === 'number' && /^\d+(?:st|nd|rd|th)?-[a-z]/i.test(t.text) && !/-olds?$/i.test(t.text);

/**
 * The counted noun: after a plural number, the first plural word within four words;
 * after "a"/"one", the last word of the noun phrase, which must be a known counted noun.
 */
function findNoun(tokens: readonly Token[], from: number, plural: boolean, strict: boolean): Noun | undefined {
  let lastWord: Noun | undefined;
  // "dozens of protesters", "hundreds of people", "several of the companies".
  const afterOf = plural && lower(tokens[from]) === 'of';
  if (afterOf) from += lower(tokens[from + 1]) === 'the' ? 2 : 1;
  let premodifier: number | undefined;
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const t = tokens[j];
    if (!t) break;
    if (plural && isPremodifier(t) && j + 1 < tokens.length) {
      premodifier ??= j;
      continue;
    }
    if (!isWord(t) || t.kind === 'number') {
      if (t.text === '“' || t.text === '"' || t.text === '‘') continue;
      break;
    }
    const w = lower(t);
    if (PHRASE_BREAKERS.has(w) || NOT_NOUNS.has(w) || w in UNITS || w in TENS) break;
    // "450 Corps personnel": a capitalised word before another noun names whose they are.
    if (plural && isPlural(w) && isCapitalised(t) && tokens[j + 1]?.kind === 'word' && isPlural(lower(tokens[j + 1]))) continue;
    if (plural && isPlural(w)) {
      const noun: Noun = afterOf ? { noun: singular(w), end: j + 1, afterOf } : { noun: singular(w), end: j + 1 };
      if (premodifier !== undefined) noun.premodifier = premodifier;
      return noun;
    }
    if (w in DURATION_UNITS || singular(w) in DURATION_UNITS) return { noun: singular(w), end: j + 1 };
    if (!plural && isKnownCountedNoun(w)) return { noun: w, end: j + 1 };
    lastWord = { noun: w, end: j + 1 };
  }
  if (plural) return undefined;
  if (!lastWord) return undefined;
  if (strict && !isKnownCountedNoun(lastWord.noun) && !(lastWord.noun in DURATION_UNITS)) return undefined;
  return lastWord;
}

const round = (n: number, decimals = 3) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** An interval rounded to three decimals, scaled first (durations in their own unit). */
function rounded(iv: { min: number; max: number | null }, factor = 1, decimals = 3): { min: number; max: number | null } {
  return { min: round(iv.min * factor, decimals), max: iv.max === null ? null : round(iv.max * factor, decimals) };
}

/**
 * Lengths under a day are kept in hours to the second (six decimals): three would make "3 min 20 sec" and
 * "3 min 21 sec" one length.
 */
const durationDecimals = (unit: string) => (unit === 'hour' ? 6 : 3);

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
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE), ...Object.keys(ORDERS), 'a', 'an', 'one', 'single',
  ...[...COMPARATOR_TABLE.keys()].map((k) => k.split(' ')[0] ?? ''),
  ...Object.keys(CURRENCIES),
]);

/** "A magnitude 6.4 earthquake", "a magnitude of 6.2", "put the magnitude at 6.4": the measured noun, if any. */
function measureBefore(tokens: readonly Token[], numberAt: number): string | undefined {
  // "measuring 7.8 on the Richter scale" is a magnitude, written after the figure.
  if (lower(tokens[numberAt + 1]) === 'on' && lower(tokens[numberAt + 3]) === 'richter') return 'magnitude';
  let j = numberAt - 1;
  if (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'at') j--;
  const t = tokens[j];
  return t && t.kind === 'word' && MEASURES.has(t.lower) ? t.lower : undefined;
}

function measureAfter(tokens: readonly Token[], end: number): string | undefined {
  const t = tokens[end];
  return t && t.kind === 'word' && (t.lower === 'magnitude' || t.lower === 'percentile') ? t.lower : undefined;
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

/** A death toll named earlier in the sentence, with no other figure between it and this one. */
function followsToll(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 25; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'number') return false;
    if (t.lower === 'toll' || t.lower === 'tolls') return lower(tokens[j - 1]) === 'death' || lower(tokens[j + 1]) === 'from' || lower(tokens[j + 1]) === 'of';
  }
  return false;
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
  return t.kind === 'number' || ZERO_WORDS.has(t.lower) || t.kind === 'symbol' || STARTERS.has(t.lower) || (t.lower.includes('-') && STARTERS.has(t.lower.split('-')[0] ?? ''));
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
  // "One survivor said ...", "A rescuer found ...": the subject of a story, not a count of them.
  if (numberAt === 0) return false;
  if (followsVerb(tokens, numberAt)) return true;
  if (lower(tokens[end]) === 'and') {
    const next = tokens[end + 1];
    const w = lower(next);
    return next !== undefined && (next.kind === 'number' || w in UNITS || w in TENS || w === 'a' || w === 'an' || w in VAGUE);
  }
  return false;
}

/** Units of a duration written in parts ("1 hour and 47 minutes", "3 min 20 sec"), in years, with their short forms. */
const DURATION_PARTS: Readonly<Record<string, number>> = {
  year: 1, years: 1, yr: 1, yrs: 1, month: 1 / 12, months: 1 / 12, week: 7 / 365.25, weeks: 7 / 365.25, wk: 7 / 365.25, wks: 7 / 365.25,
  day: 1 / 365.25, days: 1 / 365.25, hour: 1 / 8766, hours: 1 / 8766, hr: 1 / 8766, hrs: 1 / 8766, h: 1 / 8766,
  minute: 1 / 525960, minutes: 1 / 525960, min: 1 / 525960, mins: 1 / 525960,
  second: 1 / 31557600, seconds: 1 / 31557600, sec: 1 / 31557600, secs: 1 / 31557600, s: 1 / 31557600,
};

interface CompoundDuration {
  /** The whole length, in the unit of its largest part. */
  value: number;
  scale: { unit: string; years: number };
  end: number;
  /** The last part carried the sentence's full stop ("20 sec."). */
  trimmed: boolean;
}

/**
 * A duration written in two or more parts, each unit smaller than the one before: "1 hour and 47 minutes",
 * "2 hours 10 minutes", "3 min 20 sec", "4 days, 6 hours". One length, so one figure: read as parts, "1 hour"
 * and "47 minutes" would be two durations of one event that disagree with each other and with "107 minutes".
 */
function compoundDuration(tokens: readonly Token[], at: number): CompoundDuration | undefined {
  const parts: { value: number; years: number; end: number; trimmed: boolean }[] = [];
  let j = at;
  while (j < tokens.length) {
    const read = readNumber(tokens, j);
    if (!read || read.currency || read.unit || read.interval || (read.basis !== 'numeral' && read.basis !== 'word')) break;
    const unit = tokens[read.end];
    const word = lower(unit).replace(/\.$/, '');
    const years = DURATION_PARTS[word];
    const previous = parts[parts.length - 1];
    if (unit?.kind !== 'word' || years === undefined || (previous && years >= previous.years)) break;
    parts.push({ value: read.value, years, end: read.end + 1, trimmed: word !== lower(unit) });
    j = read.end + 1;
    if (tokens[j]?.text === ',') j++;
    if (lower(tokens[j]) === 'and') j++;
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last || parts.length < 2) return undefined;
  const scale = durationScale(first.years);
  const value = parts.reduce((sum, p) => sum + (p.value * p.years) / scale.years, 0);
  return { value, scale, end: last.end, trimmed: last.trimmed };
}

/** The quantities of a sentence, each with its counted thing. */
export function extractQuantities(sentence: Sentence, source: string): QuantityMention[] {
  const tokens = sentence.tokens;
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const named = namedFigureAt(tokens, i);
    if (named) {
      const first = tokens[named.from] as Token;
      const last = tokens[named.end - 1] as Token;
      out.push({ type: 'quantity', text: source.slice(first.start, last.end), start: first.start, end: last.end, quantity: named.quantity });
      i = named.end;
      continue;
    }
    if (!mayStartQuantity(token) || ((token.lower === 'a' || token.lower === 'an') && (adjectiveDuration(tokens, i + 1) !== undefined || ORDINALS.has(lower(tokens[i + 1])) || !mayCountWithArticle(tokens, i)))) {
      i++;
      continue;
    }
    const special = ZERO_WORDS.has(token.lower) ? zeroCount(tokens, i) : adjectiveDuration(tokens, i);
    if (special) {
      const last = tokens[special.end - 1] as Token;
      const quantity = special.quantity.kind === 'count' ? withPeriod(special.quantity, tokens, i, special.end) : special.quantity;
      out.push({ type: 'quantity', text: source.slice(token.start, last.end), start: token.start, end: last.end, quantity });
      i = special.end;
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
    if (read && !read.currency && numberToken?.kind === 'word' && isCapitalised(numberToken) && numberAt > 0 && tokens[numberAt - 1]?.kind === 'word') {
      i = numberAt + 1;
      continue;
    }
    if (!read) {
      i++;
      continue;
    }
    const percentToken = tokens[read.end];
    // "magnitude 6.4", "6.4 on the Richter scale", "the 7.5 magnitude quake".
    const measured = read.basis === 'numeral' ? (measureBefore(tokens, numberAt) ?? measureAfter(tokens, read.end)) : undefined;
    let quantity: Quantity | undefined;
    let end = read.end;
    let trimmedStop = false;
    let rescan: number | undefined;
    const basisPoints = read.basisPoints ? read.end : read.basis === 'numeral' ? basisPointsAfter(tokens, read.end) : undefined;
    const compound = read.basis === 'numeral' || read.basis === 'word' ? compoundDuration(tokens, numberAt) : undefined;
    if (compound) {
      end = compound.end;
      trimmedStop = compound.trimmed;
      const iv = rounded(applyComparator(compound.value, comparator, false), 1, durationDecimals(compound.scale.unit));
      const offset = lower(tokens[end]);
      if (OFFSET_WORDS.has(offset) && !trimmedStop) {
        // "1 hour and 47 minutes later": how long after, as for a duration of one part.
        const from = offset === 'later' || offset === 'earlier' || offset === 'ago' ? offset : `after:${headOf(tokens, end + 1) ?? ''}`;
        quantity = { kind: 'duration', ...iv, unit: compound.scale.unit, unitClass: `offset:${compound.scale.unit}:${from}`, basis: read.basis };
        end++;
      } else quantity = { kind: 'duration', ...iv, unit: compound.scale.unit, unitClass: `duration:${compound.scale.unit}`, basis: read.basis };
    } else if (basisPoints !== undefined || (percentToken && lower(percentToken) === 'percentage' && (lower(tokens[read.end + 1]) === 'points' || lower(tokens[read.end + 1]) === 'point'))) {
      // "rose 3 percentage points" is a change between two shares, never a share of 3%; a basis point is a
      // hundredth of one ("cut by 25 basis points" is a quarter of a point).
      end = basisPoints ?? read.end + 2;
      const iv = rounded(applyComparator(basisPoints !== undefined ? read.value / 100 : read.value, comparator, false));
      // A change of a rate named beside it is that rate's ("cut interest rates by 25 basis points").
      const rate = rateNear(tokens, i, end);
      quantity = { kind: 'percent', ...iv, unit: 'percentage point', unitClass: rate ? `points:${rate}` : 'points', basis: read.basis };
    } else if (percentToken && (percentToken.text === '%' || (lower(percentToken) === 'per' && lower(tokens[read.end + 1]) === 'cent') || lower(percentToken) === 'percent')) {
      end = read.end + (lower(percentToken) === 'per' ? 2 : 1);
      const iv = applyComparator(read.value, comparator, false);
      quantity = { kind: 'percent', ...iv, unit: 'percent', unitClass: 'percent', basis: read.basis };
    } else if (read.currency) {
      const iv = applyComparator(read.value, comparator, false);
      quantity = { kind: 'money', ...iv, unit: read.currency, unitClass: `money:${read.currency}`, basis: read.basis };
    } else if ((read.basis === 'numeral' || read.basis === 'word') && (read.unit || unitAfter(tokens, read.end))) {
      const found = read.unit ? { def: read.unit.def, end: read.end, adjective: read.unit.adjective } : (unitAfter(tokens, read.end) as UnitAfter);
      end = found.end;
      if (found.trimmed) trimmedStop = true;
      quantity = measureQuantity(read, comparator, found.def, measureQualifier(tokens, found.end, found.adjective));
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
        if (currencyWord === 'GBP' && noun.noun === 'pound' && lower(tokens[noun.end]) === 'of') {
          // "24 million pounds of food" is a weight; "£24 million" and "24 million pounds to the fund" are money.
          quantity = measureQuantity(read, comparator, UNIT_FORMS.get('lb') as UnitDef, headOf(tokens, noun.end + 1) ?? '');
        } else if (currencyWord) {
          quantity = { kind: 'money', ...applyComparator(read.value, comparator, false), unit: currencyWord, unitClass: `money:${currencyWord}`, basis: read.basis };
        } else if (years !== undefined && OFFSET_WORDS.has(lower(tokens[noun.end]))) {
          // "nine hours later", "two days after the quake": how long after, which is a time, never a duration.
          const scale = durationScale(years);
          const iv = rounded(read.interval ?? applyComparator(read.value, comparator, false), years / scale.years, durationDecimals(scale.unit));
          // Keyed by what it counts from: "later" (the thing just told) or "after the quake".
          const word = lower(tokens[noun.end]);
          const from = word === 'later' || word === 'earlier' || word === 'ago' ? word : `after:${headOf(tokens, noun.end + 1) ?? ''}`;
          quantity = { kind: 'duration', ...iv, unit: scale.unit, unitClass: `offset:${scale.unit}:${from}`, basis: read.basis };
          end = noun.end + 1;
        } else if (years !== undefined) {
          const scale = durationScale(years);
          const iv = rounded(read.interval ?? applyComparator(read.value, comparator, false), years / scale.years, durationDecimals(scale.unit));
          quantity = { kind: 'duration', ...iv, unit: scale.unit, unitClass: `duration:${scale.unit}`, basis: read.basis };
        } else if (!(read.basis === 'vague' && !isKnownCountedNoun(noun.noun) && !noun.afterOf)) {
          const iv = rounded(read.interval ?? applyComparator(read.value, comparator, true));
          // "7.5 earthquakes" is no count of earthquakes: things are counted in whole numbers.
          if (!Number.isInteger(read.value)) {
            i = numberAt + 1;
            continue;
          }
          const scope = scopeOf(tokens, read.end, noun.end - 1);
          const unitClass = scope ? `${nounClass(noun.noun)}:${scope}` : nounClass(noun.noun);
          quantity = { kind: 'count', ...iv, unit: scope ? `${scope} ${noun.noun}` : noun.noun, unitClass, basis: read.basis };
          rescan = noun.premodifier;
        }
      } else if ((read.basis === 'numeral' || read.basis === 'word') && followsToll(tokens, i)) {
        // "the death toll had risen to at least 5,300": a count of the dead, however the verb runs.
        quantity = { kind: 'count', ...rounded(applyComparator(read.value, comparator, true)), unit: 'death', unitClass: 'death', basis: read.basis };
      } else if ((read.basis === 'numeral' || read.basis === 'word') && countsPeople(tokens, i, read.end)) {
        quantity = { kind: 'count', ...rounded(applyComparator(read.value, comparator, true)), unit: 'people', unitClass: 'person', basis: read.basis };
      }
    }
    const single = quantity?.kind === 'count' && quantity.min === 1 && quantity.max === 1;
    // "a" counts only where a count is stated; "one" counts anywhere but as the subject opening a sentence.
    const notCount = single && (read.basis === 'article' ? !isAssertedSingle(tokens, numberAt, end) : read.basis === 'word' && numberAt === 0);
    if (!quantity || notCount) {
      i = numberAt + 1;
      continue;
    }
    if (quantity.kind === 'count') quantity = withPeriod(quantity, tokens, i, end);
    const startToken = tokens[i];
    const endToken = tokens[end - 1];
    if (!startToken || !endToken) break;
    const stop = trimmedStop ? endToken.end - 1 : endToken.end;
    out.push({ type: 'quantity', text: source.slice(startToken.start, stop), start: startToken.start, end: stop, quantity });
    i = rescan ?? end;
  }
  return out;
}

interface UnitAfter {
  def: UnitDef;
  end: number;
  adjective: boolean;
  /** The last token carried the sentence's full stop, which is not part of the figure. */
  trimmed?: boolean;
}

/** A unit written after the figure, in one to three tokens: "80 miles", "13 metric tons", "25 °C", "5 sq km". */
function unitAfter(tokens: readonly Token[], at: number): UnitAfter | undefined {
  for (let n = 3; n >= 1; n--) {
    if (at + n > tokens.length) continue;
    const parts = tokens.slice(at, at + n);
    if (parts.some((t) => t.kind === 'punctuation' || t.kind === 'number')) continue;
    // The tokenizer keeps a full stop on a closing letter ("°F."): it ends the sentence, not the unit.
    const lowers = parts.map((t, k) => (k === n - 1 ? t.lower.replace(/\.$/, '') : t.lower));
    const spaced = lowers.join(' ');
    const joined = lowers.join('');
    const def = UNIT_FORMS.get(spaced) ?? (n > 1 ? UNIT_FORMS.get(joined) : undefined);
    if (!def) continue;
    // A lone letter after a bare number is too often something else ("5 m" people, "Grade 3 C").
    if (n === 1 && GLUED_ONLY.has(spaced)) continue;
    return { def, end: at + n, adjective: false, trimmed: lowers[n - 1] !== parts[n - 1]?.lower };
  }
  return undefined;
}

const DISTANCE_FILLERS = new Set(['further', 'farther', 'due', 'to', 'the', 'more', 'or', 'so']);

/** The last telling word of a short noun phrase: "the Turkish-Syrian border" → "border", "Ankara" → "ankara". */
function headOf(tokens: readonly Token[], from: number): string | undefined {
  let j = from;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j++;
  let head: string | undefined;
  for (let k = j; k < tokens.length && k < j + 3; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || PHRASE_BREAKERS.has(t.lower) || STOPWORDS.has(t.lower) || (k > j && !isCapitalised(t) && predicateLemma(t.lower) !== undefined)) break;
    head = singular(t.lower);
    if (k > j && isCapitalised(tokens[k - 1]) && !isCapitalised(t)) break;
  }
  return head;
}

/**
 * What a measure measures, so that only like measures compare: the noun after an adjective ("a 210-metre ship"
 * → vehicle), a direction with its landmark ("80 miles north of the border" → north:border), or what was
 * weighed or poured ("270 tons of aid" → aid). Empty when the sentence says none; the verb then keys it.
 */
function measureQualifier(tokens: readonly Token[], at: number, adjective: boolean): string {
  if (adjective) {
    let j = at;
    while (tokens[j] && (tokens[j]?.text === '-' || ['long', 'high', 'tall', 'deep', 'wide'].includes(tokens[j]?.lower ?? ''))) j++;
    const t = tokens[j];
    if (t && t.kind === 'word') return nounClass(singular(t.lower));
    return '';
  }
  let j = at;
  while (tokens[j] && DISTANCE_FILLERS.has(tokens[j]?.lower ?? '') && j < at + 2) j++;
  const t = tokens[j];
  if (t && DIRECTIONS.has(t.lower)) {
    const direction = t.lower.replace('-', '');
    const next = tokens[j + 1];
    if (direction === 'off' || direction === 'from') {
      const landmark = headOf(tokens, j + 1);
      return landmark ? `${direction}:${landmark}` : direction;
    }
    if (next?.lower === 'of') {
      const landmark = headOf(tokens, j + 2);
      return landmark ? `${direction}:${landmark}` : direction;
    }
    return direction;
  }
  if (tokens[at]?.lower === 'of') return headOf(tokens, at + 1) ?? '';
  return '';
}

/** Half the rounding step of a written figure: "80" → 5, "33" → 0.5, "192.5" → 0.05. */
function roundingStep(digits: string | undefined, value: number): number {
  if (!digits) return value * 0.05;
  const plain = digits.replace(/,/g, '');
  const decimals = plain.includes('.') ? (plain.split('.')[1]?.length ?? 0) : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const zeros = /0*$/.exec(plain)?.[0].length ?? 0;
  return 0.5 * 10 ** Math.min(zeros, Math.max(0, plain.length - 1));
}

function measureQuantity(read: NumberRead, comparator: Comparator | undefined, unit: UnitDef, qualifier: string): Quantity {
  const iv = applyComparator(read.value, comparator, false);
  // Six decimals: a millimetre in kilometres, a gram in kilograms.
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  const base = (v: number) => round6(toBase(v, unit));
  return {
    kind: 'measure',
    min: base(iv.min),
    max: iv.max === null ? null : base(iv.max),
    unit: BASE_UNITS[unit.dimension],
    unitClass: `measure:${unit.dimension}:${qualifier}`,
    basis: read.basis,
    statedUnit: unit.name,
    precision: round6(roundingStep(read.digits, read.value) * unit.factor),
  };
}

/**
 * A named body between the figure and the noun says whose they are: "450 Corps personnel", "3,500 Federal
 * staff" are other people than "200 personnel" of another agency. Nationalities do not scope ("seven Chinese
 * nationals" are "seven individuals").
 */
function scopeOf(tokens: readonly Token[], from: number, nounAt: number): string | undefined {
  const words: string[] = [];
  for (let k = from; k < nounAt; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !isCapitalised(t) || lookupPlace(t.text)) continue;
    words.push(t.lower.replace(/[.]/g, ''));
  }
  return words.length ? words.join(' ') : undefined;
}

const OFFSET_WORDS = new Set(['later', 'earlier', 'ago', 'after', 'before', 'afterwards', 'since']);


/** "Sanctions were imposed on A and B": two named people are a count of two people. */
export function enumerationCounts(sentence: Sentence, entities: readonly EntityMention[], source: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  const people = entities.filter((e) => e.kind === 'person');
  let group: EntityMention[] = [];
  const flush = () => {
    if (group.length >= 2) {
      const first = group[0] as EntityMention;
      const last = group[group.length - 1] as EntityMention;
      out.push({
        type: 'quantity',
        text: source.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        // Naming two people shows there were at least two: a list of two of the seven defendants is no count.
        quantity: { kind: 'count', min: group.length, max: null, unit: 'person', unitClass: 'person', basis: 'enumeration' },
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

/** Words between a share and what holds it: "Turnout was 61%", "unemployment rose to 5.1%", "a turnout of 58%". */
const SHARE_LINKS = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'stood', 'stands', 'at', 'rose', 'risen', 'fell', 'fallen', 'to', 'reached', 'hit', 'climbed', 'dropped', 'of', 'now', 'just', 'only',
  // A change is the changing thing's: "shares gained 6%", "sales slipped 2%".
  'gained', 'jumped', 'slipped', 'slid', 'increased', 'decreased', 'grew', 'declined', 'plunged', 'soared', 'tumbled', 'surged', 'edged', 'by',
  // A level is the levelled thing's: "inflation peaked at 9%", "the rate averaged 4.1%", "growth slowed to 2%".
  'peaked', 'topped', 'averaged', 'hovered', 'remained', 'stayed', 'sat', 'eased', 'slowed', 'accelerated', 'cooled', 'dipped', 'touched', 'settled', 'ended']);
/** What a share is taken of when an election is counted: the holder is then the candidate or party. */
const VOTE_WHOLES = new Set(['vote', 'votes', 'ballot', 'ballots', 'poll', 'polls']);
/** Nouns that only say "a share" without saying whose: "the figure was 30%". */
const SHARE_WORDS = new Set(['share', 'figure', 'number', 'total', 'percentage', 'proportion', 'portion', 'part', 'rate', 'amount', 'level', 'which', 'that', 'this', 'it', 'about', 'around', 'some', 'than', 'nearly', 'almost', 'over']);
const HOLDER_PREPOSITIONS = new Set(['of', 'on', 'at', 'in', 'to', 'against', 'with', 'from', 'into', 'about', 'over', 'by', 'than', 'like']);
const HOLDER_REACH = 14;
/** Verbs of winning a share: "took", "won", "polled". */
const SHARE_VERBS = new Set(['took', 'takes', 'won', 'wins', 'got', 'gets', 'had', 'has', 'received', 'secured', 'gained', 'captured', 'polled', 'garnered', 'drew', 'claimed', 'obtained', 'holds', 'held']);


/** An entity stands for the holder of a share by its surname (people) or its whole name (bodies, places). */
function holderKey(e: EntityMention): string {
  const key = e.key.split('@')[0] ?? e.key;
  return e.kind === 'person' ? (key.split(' ').pop() ?? key) : key;
}

/**
 * A share belongs to whoever or whatever holds it, and only shares of one holder are one fact: "Varga won with
 * 54.2%" and "41.8% for Reiner" are two candidates' results, "Turnout was 61%" a third figure. The holder is the
 * entity after "for", the thing the share is "of" (unless that is the vote itself), the noun a copula ties it to,
 * or the nearest subject before it ("Reiner, who took 41.8%", "Varga ..., taking 54.2%"). Shares without one keep
 * their plain class. Each look is bounded, so a sentence of many figures stays linear.
 */
export function keepShareHolders(tokens: readonly Token[], quantities: readonly QuantityMention[], entities: readonly EntityMention[]): void {
  const shares = quantities.filter((q) => q.quantity.kind === 'percent');
  if (shares.length === 0) return;
  const startsAt = new Map<number, EntityMention>();
  const endsAt = new Map<number, EntityMention>();
  for (const e of entities) {
    startsAt.set(tokenIndexFrom(tokens, e.start), e);
    endsAt.set(tokenIndexFrom(tokens, e.end) - 1, e);
  }
  const isFigure = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || t.text === '%');
  for (const m of shares) {
    // A holder read with the figure ("points:rate") stays.
    if (m.quantity.unitClass.includes(':')) continue;
    const from = tokenIndexFrom(tokens, m.start);
    const to = tokenIndexFrom(tokens, m.end);
    const efficacy = m.quantity.unitClass === 'percent' ? efficacyKey(tokens, from, to) : undefined;
    let holder = efficacy ?? shareHolder(tokens, from, to, startsAt, endsAt, isFigure);
    // "raised its key rate by a quarter point to 5.25%": the level the rate was taken to.
    if ((holder === undefined || holder === 'point') && ['to', 'at', 'from'].includes(lower(tokens[from - 1]))) holder = rateNear(tokens, from, to, true) ?? holder;
    if (holder) m.quantity = { ...m.quantity, unitClass: `${m.quantity.unitClass}:${holder}` };
  }
}

function shareHolder(tokens: readonly Token[], from: number, to: number, startsAt: ReadonlyMap<number, EntityMention>, endsAt: ReadonlyMap<number, EntityMention>, isFigure: (t: Token | undefined) => boolean): string | undefined {
  const entityAt = (j: number) => startsAt.get(j) ?? (lower(tokens[j]) === 'the' ? startsAt.get(j + 1) : undefined);
  // "41.8% for Tomas Reiner", "30% of the vote for the Greens".
  for (let j = to; j < tokens.length && j < to + 6; j++) {
    const t = tokens[j] as Token;
    if (isFigure(t) || t.text === ',' || t.text === ';') break;
    if (t.lower === 'for') {
      const e = entityAt(j + 1);
      if (e) return `@${holderKey(e)}`;
      break;
    }
  }
  // "58% of registered voters", "40% of the budget", "a third of Acme": what it is a share of, unless the vote.
  if (lower(tokens[to]) === 'of') {
    const e = entityAt(to + 1);
    if (e) return `@${holderKey(e)}`;
    let j = to + 1;
    if (lower(tokens[j]) === 'the' || lower(tokens[j]) === 'all') j++;
    const words: string[] = [];
    for (let k = j; k < tokens.length && k < j + 3; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || PHRASE_BREAKERS.has(t.lower) || STOPWORDS.has(t.lower)) break;
      words.push(t.lower);
    }
    if (!words.some((w) => VOTE_WHOLES.has(w))) {
      // The first plural is the head ("registered voters took part"); else the last word that is no participle.
      const head = words.find((w) => isPlural(w)) ?? words.filter((w) => !/(ed|ing)$/.test(w)).pop();
      if (head && !SHARE_WORDS.has(head)) return singular(head);
    }
  }
  // "Turnout was 61%", "unemployment rose to 5.1%", "a turnout of 58%", "Varga had 54%".
  let j = from - 1;
  let linked = 0;
  while (j >= 0 && linked < 4 && SHARE_LINKS.has(lower(tokens[j]))) {
    j--;
    linked++;
  }
  if (linked > 0 && j >= 0) {
    const e = endsAt.get(j);
    // "Shares of Orbion rose 4%", "shares in Orbion": the shares rose, not Orbion.
    const start = e ? tokenIndexFrom(tokens, e.start) : j;
    // A place stays the holder: "prices in Germany rose 2%" is Germany's figure, never France's.
    const head = (lower(tokens[start - 1]) === 'of' || lower(tokens[start - 1]) === 'in') && e?.kind !== 'place' ? tokens[start - 2] : undefined;
    if (head && head.kind === 'word' && isPlural(head.lower) && !STOPWORDS.has(head.lower)) return singular(head.lower);
    if (e) return `@${holderKey(e)}`;
    // "The bank's rate peaked at 5%", "the unemployment rate was 4.1%": which rate it is.
    const rate = rateKey(tokens, j);
    if (rate) return rate;
    const t = tokens[j] as Token;
    if (t.kind === 'word' && t.text.length > 2 && !STOPWORDS.has(t.lower) && !SHARE_WORDS.has(t.lower) && predicateLemma(t.lower) === undefined && !t.lower.endsWith('ed')) return singular(t.lower);
  }
  // "Of the union's 3,000 members, 92 per cent voted": a partitive opening the sentence names the whole.
  const first = firstWordIndex(tokens);
  if (lower(tokens[first]) === 'of' && tokens[from - 1]?.text === ',' && from - first <= 10) {
    const words = tokens.slice(first + 1, from - 1).filter((t) => t.kind === 'word' && !STOPWORDS.has(t.lower)).map((t) => t.lower);
    const head = words.filter((w) => isPlural(w)).pop() ?? words.pop();
    if (head && !SHARE_WORDS.has(head)) return singular(head);
  }
  // The subject before it: the nearest name not governed by a preposition, with no other figure between.
  for (let k = from - 1; k >= 0 && k >= from - HOLDER_REACH; k--) {
    const t = tokens[k] as Token;
    if (isFigure(t) || t.text === ';') return undefined;
    const e = endsAt.get(k);
    if (!e) {
      // "Varga took 52.4%": a lone capitalised word opening the sentence is read as a name by no one else.
      if (k === firstWordIndex(tokens) && isCapitalised(t) && SHARE_VERBS.has(lower(tokens[k + 1])) && !STOPWORDS.has(t.lower) && !isKnownCountedNoun(singular(t.lower))) return `@${t.lower}`;
      continue;
    }
    const start = tokenIndexFrom(tokens, e.start);
    let p = start - 1;
    while (p >= 0 && (lower(tokens[p]) === 'the' || lower(tokens[p]) === 'a')) p--;
    if (HOLDER_PREPOSITIONS.has(lower(tokens[p])) || lower(tokens[p]) === 'for') {
      k = start;
      continue;
    }
    return `@${holderKey(e)}`;
  }
  return undefined;
}

const ZERO_WORDS = new Set(['no', 'none', 'nobody']);
/** "a second term", "a third goal": which one, never how many. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Words of "no serious injuries" that still leave the harm counted as none; "no other deaths" counts others. */
const ZERO_SKIPS = new Set(['serious', 'major', 'reported', 'known', 'confirmed', 'immediate', 'life-threatening', 'significant', 'fatal']);
const HARM_FILLERS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being', 'reportedly', 'seriously', 'badly', 'critically', 'else']);

interface Special {
  quantity: Quantity;
  end: number;
}

/** A verb of harm right after: "no one was killed", "none of the passengers was hurt". */
function harmFollows(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && k < j + 4 && HARM_FILLERS.has(lower(tokens[k]))) k++;
  return HARM_VERBS.has(lower(tokens[k]));
}

/**
 * A report of no harm is a count of none: "No injuries have been reported", "there were no deaths", "no one
 * was killed", "none of the passengers was hurt" are 0, and diverge from "three injuries" on the same fact.
 * Only harm is counted so: "no comment", "no evidence", "no longer" are no figures.
 */
function zeroCount(tokens: readonly Token[], i: number): Special | undefined {
  const w = lower(tokens[i]);
  const zero = (unit: string, unitClass: string, end: number): Special => ({ quantity: { kind: 'count', min: 0, max: 0, unit, unitClass, basis: 'word' }, end });
  if (w === 'no') {
    let j = i + 1;
    if (ZERO_SKIPS.has(lower(tokens[j]))) j++;
    const noun = lower(tokens[j]);
    if (HARM_NOUNS.has(noun)) return zero(singular(noun), nounClass(singular(noun)), j + 1);
    if (lower(tokens[i + 1]) === 'one' && harmFollows(tokens, i + 2)) return zero('people', 'person', i + 2);
    return undefined;
  }
  if (w === 'nobody') return harmFollows(tokens, i + 1) ? zero('people', 'person', i + 1) : undefined;
  // "none of the passengers was hurt", "none were injured".
  if (lower(tokens[i + 1]) !== 'of') return harmFollows(tokens, i + 1) ? zero('people', 'person', i + 1) : undefined;
  let j = i + 2;
  if (['the', 'its', 'their', 'his', 'her'].includes(lower(tokens[j]))) j++;
  for (let k = j; k < tokens.length && k < j + 3; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return undefined;
    if (isPlural(t.lower)) {
      const noun = singular(t.lower);
      return harmFollows(tokens, k + 1) ? zero(noun, nounClass(noun), k + 1) : undefined;
    }
  }
  return undefined;
}

/**
 * "a five-year contract", "a 20-year sentence", "a 12-month ban": how long the thing lasts, a duration keyed by
 * the thing (a deal is a contract), never a count of one contract. "a five-year-old" is an age, not read here.
 */
function adjectiveDuration(tokens: readonly Token[], i: number): Special | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || (t.kind !== 'word' && t.kind !== 'number') || !t.lower.includes('-') || !next || next.kind !== 'word' || isCapitalised(next)) return undefined;
  const parts = t.lower.split('-');
  const unitWord = parts.pop() ?? '';
  const years = DURATION_UNITS[unitWord] ?? DURATION_UNITS[singular(unitWord)];
  if (years === undefined || parts.length === 0) return undefined;
  let value = 0;
  if (parts.length === 1 && parseNumeral(parts[0] ?? '') !== undefined) value = parseNumeral(parts[0] ?? '') ?? 0;
  else {
    for (const p of parts) {
      const n = UNITS[p] ?? TENS[p];
      if (n === undefined) return undefined;
      value += n;
    }
  }
  if (value <= 0 || STOPWORDS.has(next.lower) || PHRASE_BREAKERS.has(next.lower)) return undefined;
  const noun = singular(next.lower);
  // "the 12-month timeline for the investigation" is the length of the investigation.
  const of = TIMELINES.has(noun) && (lower(tokens[i + 2]) === 'for' || lower(tokens[i + 2]) === 'of') ? headOf(tokens, i + 3) : undefined;
  const holder = of ?? DURATION_HOLDERS[noun] ?? noun;
  // Months and years of one thing are one scale ("a 12-month timeline" / "a two-year investigation"), in years.
  const scale = years >= 1 / 12 ? { unit: 'year', years: 1 } : durationScale(years);
  const iv = rounded({ min: value, max: value }, years / scale.years, durationDecimals(scale.unit));
  return { quantity: { kind: 'duration', ...iv, unit: scale.unit, unitClass: `duration:${scale.unit}:${holder}`, basis: t.kind === 'number' ? 'numeral' : 'word' }, end: i + 2 };
}

/**
 * "sentenced to 18 months" is the length of a sentence, as "an 18-month sentence" is: keyed by the thing and
 * in the same scale (years), so that the two meet.
 */
export function lengthOfThing(q: Quantity, lemma: string): Quantity {
  const holder = DURATION_VERBS[lemma];
  if (q.kind !== 'duration' || !holder || q.unitClass.split(':').length !== 2) return q;
  const [, unit] = q.unitClass.split(':');
  if (unit !== 'month' && unit !== 'year') return { ...q, unitClass: `${q.unitClass}:${holder}` };
  const factor = unit === 'month' ? 1 / 12 : 1;
  return { ...q, ...rounded({ min: q.min, max: q.max }, factor), unit: 'year', unitClass: `duration:year:${holder}` };
}

const TIMELINES = new Set(['timeline', 'timeframe', 'schedule', 'window', 'period', 'deadline']);

const PERIOD_UNITS = new Set(['season', 'year', 'month', 'week', 'campaign', 'quarter', 'decade', 'term', 'tournament']);
const PERIOD_DEICTICS: Readonly<Record<string, string>> = { last: 'last', this: 'this', previous: 'last', current: 'this', past: 'past', next: 'next' };
const PERIOD_SPANS = new Set(['over', 'after', 'across', 'in', 'during', 'for', 'within', 'throughout']);
const PERIOD_REACH = 12;

function smallNumber(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'number') return parseNumeral(t.text);
  return UNITS[t.lower] ?? TENS[t.lower];
}

/** A period phrase starting at j, normalised: "last season", "this year", "2023", "since 2019", "3 seasons", "career". */
function periodAt(tokens: readonly Token[], j: number): string | undefined {
  const period = periodPhrase(tokens, j);
  if (!period || PERIOD_DEICTICS[lower(tokens[j])]) return period;
  // "the first strike in over two decades", "the worst since 2019": how rare the event is, not what a count covers.
  for (let k = j - 1; k >= 0 && k >= j - 8; k--) {
    const w = lower(tokens[k]);
    if (w === 'first' || w === 'only' || (w.length > 5 && w.endsWith('est'))) return undefined;
  }
  return period;
}

function periodPhrase(tokens: readonly Token[], j: number): string | undefined {
  const a = lower(tokens[j]);
  const b = tokens[j + 1];
  const bw = lower(b);
  const deictic = PERIOD_DEICTICS[a];
  if (deictic) {
    if (PERIOD_UNITS.has(bw)) return `${deictic} ${bw}`;
    const n = smallNumber(b);
    const unit = singular(lower(tokens[j + 2]));
    if (n !== undefined && PERIOD_UNITS.has(unit)) return `${deictic} ${n} ${unit}s`;
    return undefined;
  }
  if (b?.kind === 'number' && looksLikeYear(b.text) && (PERIOD_SPANS.has(a) || a === 'since')) return a === 'since' ? `since ${b.text}` : b.text;
  if (PERIOD_SPANS.has(a)) {
    const n = smallNumber(b);
    const unit = lower(tokens[j + 2]);
    if (n !== undefined && isPlural(unit) && PERIOD_UNITS.has(singular(unit))) return `${n} ${unit}`;
    if (bw === 'his' || bw === 'her' || bw === 'their' || bw === 'its') return lower(tokens[j + 2]) === 'career' ? 'career' : undefined;
    if (bw === 'the' && (lower(tokens[j + 2]) === 'first' || lower(tokens[j + 2]) === 'second') && lower(tokens[j + 3]) === 'half') return `${lower(tokens[j + 2])} half`;
  }
  if (a === 'first-half' || a === 'second-half') return a.replace('-', ' ');
  return undefined;
}

/**
 * The period a count is scoped to, the nearest period phrase within a dozen words and the same clause
 * (";" ends it): "21 goals in 33 league games last season", "three seasons in which he scored 58 goals".
 */
function withPeriod(q: Quantity, tokens: readonly Token[], from: number, to: number): Quantity {
  let after: string | undefined;
  let afterAt = Infinity;
  for (let j = to; j < tokens.length && j < to + PERIOD_REACH; j++) {
    if (tokens[j]?.text === ';') break;
    after = periodAt(tokens, j);
    if (after) {
      afterAt = j - to;
      break;
    }
  }
  let before: string | undefined;
  for (let j = from - 1; j >= 0 && j >= from - PERIOD_REACH && from - 1 - j < afterAt; j--) {
    if (tokens[j]?.text === ';') break;
    before = periodAt(tokens, j);
    if (before) break;
  }
  const period = before ?? after;
  return period ? { ...q, period } : q;
}
