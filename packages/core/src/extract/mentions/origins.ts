import { ORGANISATION_HEADS } from '../../lexicon/organisations.js';
import { isPersonNoun } from '../../lexicon/people.js';
import { lookupPlace, normalisePlace } from '../../lexicon/places.js';
import { NOT_NAME_WORDS, TITLE_WORDS } from '../../lexicon/titles.js';
import type { Claim, EntityMention, Mention, Origin, Sentence, Token } from '../../model.js';
import { isCapitalised, lower, tokenIndexFrom } from '../tokens.js';

/**
 * Where a person is from and where they were born, as newsrooms write it beside the name: "Dana Whitfield, 29,
 * of Calgary", "Whitfield, from Calgary,", "the Cochrane woman, Dana Whitfield,", "Calgary resident Dana
 * Whitfield", "Marc Dubois was born in Lyon", "Lyon-born Marc Dubois", "a native of Lyon". A place is a run of
 * capitalised words that names no organisation. "The Cochrane woman" with no name beside it is pinned after
 * the source is read to the person named last (`resolveOrigins`).
 */

/** Nouns of someone who lives in a place ("a Calgary resident"): a hometown. */
const RESIDENT_NOUNS = new Set(['resident', 'residents', 'local', 'man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'mother', 'father', 'grandmother', 'grandfather', 'student', 'pensioner', 'couple', 'family']);

interface Place {
  from: number;
  to: number;
}

/** A place named at token `at`: one to three capitalised words, no organisation, no title. */
function placeAt(tokens: readonly Token[], at: number, entities: readonly EntityMention[]): Place | undefined {
  const first = tokens[at];
  if (!first || !isCapitalised(first)) return undefined;
  const entity = entities.find((e) => e.start === first.start);
  if (entity && entity.kind !== 'place') return undefined;
  let to = at;
  while (to < tokens.length && to - at < 3 && isCapitalised(tokens[to]) && (to === at || tokens[to]?.spaceBefore)) to++;
  if (entity) while (to > at && (tokens[to - 1] as Token).end > entity.end) to--;
  const words = tokens.slice(at, to).map((t) => lower(t));
  if (to === at || words.some((w) => ORGANISATION_HEADS.has(w) || TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w))) return undefined;
  return { from: at, to };
}

/** The origin's key: a country by its canonical key, a capital or any other place by its own name. */
export function originKey(text: string): string {
  const entry = lookupPlace(text);
  if (entry && entry.form === 'name') return entry.key;
  return normalisePlace(text);
}

function origin(tokens: readonly Token[], source: string, place: Place, relation: Origin['relation']): Origin {
  const a = tokens[place.from] as Token;
  const b = tokens[place.to - 1] as Token;
  const text = source.slice(a.start, b.end);
  return { relation, text, start: a.start, end: b.end, key: originKey(text) };
}

/** After the name: ", 29, of Calgary", ", from Calgary", ", who was born in Lyon", " was born in Lyon", ", a Lyon native". */
function after(tokens: readonly Token[], at: number, entities: readonly EntityMention[]): { place: Place; relation: Origin['relation'] } | undefined {
  let k = at;
  const comma = tokens[k]?.text === ',';
  if (comma) k++;
  // An age between the name and its place: "Dana Whitfield, 29, of Calgary".
  if (comma && tokens[k]?.kind === 'number' && tokens[k + 1]?.text === ',') k += 2;
  const w = lower(tokens[k]);
  if (w === 'of' && comma) {
    const place = placeAt(tokens, k + 1, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  if (w === 'of') {
    // "Dana Whitfield of Calgary": without a comma only a known place, never "Jo Reed of Acme".
    const place = placeAt(tokens, k + 1, entities);
    const entity = place && entities.find((e) => e.start === tokens[place.from]?.start);
    return place && (entity?.kind === 'place' || lookupPlace(placeText(tokens, place))) ? { place, relation: 'hometown' } : undefined;
  }
  if (w === 'from' && comma) {
    const place = placeAt(tokens, k + 1, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  let j = k;
  if (comma && lower(tokens[j]) === 'who') j++;
  if (['is', 'was', 'comes'].includes(lower(tokens[j])) && lower(tokens[j + 1]) === 'from' && (comma || j > k)) {
    const place = placeAt(tokens, j + 2, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  if (lower(tokens[j]) === 'grew' && lower(tokens[j + 1]) === 'up' && lower(tokens[j + 2]) === 'in') {
    const place = placeAt(tokens, j + 3, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  if (['was', 'were'].includes(lower(tokens[j])) && lower(tokens[j + 1]) === 'born' && lower(tokens[j + 2]) === 'in') {
    const place = placeAt(tokens, j + 3, entities);
    return place ? { place, relation: 'birthplace' } : undefined;
  }
  if (comma && lower(tokens[k]) === 'born' && lower(tokens[k + 1]) === 'in') {
    const place = placeAt(tokens, k + 2, entities);
    return place ? { place, relation: 'birthplace' } : undefined;
  }
  if (comma && ['a', 'an', 'the'].includes(w)) {
    // ", a native of Lyon", ", a resident of Calgary", ", a Lyon native", ", the Cochrane woman".
    const noun = lower(tokens[k + 1]);
    if ((noun === 'native' || RESIDENT_NOUNS.has(noun)) && lower(tokens[k + 2]) === 'of') {
      const place = placeAt(tokens, k + 3, entities);
      return place ? { place, relation: noun === 'native' ? 'birthplace' : 'hometown' } : undefined;
    }
    const place = placeAt(tokens, k + 1, entities);
    const head = place ? lower(tokens[place.to]) : '';
    if (place && (head === 'native' || RESIDENT_NOUNS.has(head)) && [',', '.', ';'].includes(tokens[place.to + 1]?.text ?? '.')) return { place, relation: head === 'native' ? 'birthplace' : 'hometown' };
  }
  return undefined;
}

const placeText = (tokens: readonly Token[], place: Place) => tokens.slice(place.from, place.to).map((t) => t.text).join(' ');

/** Before the name: "the Cochrane woman, Dana Whitfield", "Calgary resident Dana Whitfield", "Lyon-born Marc Dubois". */
function before(tokens: readonly Token[], at: number, entities: readonly EntityMention[], text: string): Origin | undefined {
  const prev = tokens[at - 1];
  // "Lyon-born Marc Dubois".
  if (prev && /^\p{Lu}[\p{L}'’ -]*-born$/u.test(prev.text)) {
    const name = prev.text.slice(0, -'-born'.length);
    return { relation: 'birthplace', text: name, start: prev.start, end: prev.start + name.length, key: originKey(name) };
  }
  let k = at - 1;
  const comma = prev?.text === ',';
  if (comma) k--;
  const noun = lower(tokens[k]);
  if (noun !== 'native' && !RESIDENT_NOUNS.has(noun)) return undefined;
  // "Calgary resident Dana Whitfield" needs no article; "the Cochrane woman, Dana Whitfield" needs the comma.
  if (!comma && noun !== 'resident' && noun !== 'native') return undefined;
  let from = k - 1;
  while (from > 0 && isCapitalised(tokens[from - 1]) && !NOT_NAME_WORDS.has(lower(tokens[from - 1])) && k - from < 3) from--;
  const place = placeAt(tokens, from, entities);
  if (!place || place.to !== k) return undefined;
  return origin(tokens, text, place, noun === 'native' ? 'birthplace' : 'hometown');
}

/** Adds to each person mention of the sentence the origins written beside its name; returns new mentions. */
export function attachOrigins(sentence: Sentence, source: string, entities: readonly EntityMention[]): EntityMention[] {
  const tokens = sentence.tokens;
  return entities.map((e) => {
    if (e.kind !== 'person') return e;
    const first = tokenIndexFrom(tokens, e.start);
    const end = tokenIndexFrom(tokens, e.end);
    const found: Origin[] = [];
    const b = before(tokens, first, entities, source);
    if (b) found.push(b);
    const a = after(tokens, end, entities);
    if (a) found.push(origin(tokens, source, a.place, a.relation));
    return found.length > 0 ? { ...e, origins: found } : e;
  });
}

/** What follows "he" or "she" to give an origin: "is from", "was born in", "grew up in". */
function pronounOrigin(tokens: readonly Token[], i: number, entities: readonly EntityMention[]): { place: Place; relation: Origin['relation'] } | undefined {
  const [a, b, c] = [lower(tokens[i + 1]), lower(tokens[i + 2]), lower(tokens[i + 3])];
  if ((a === 'is' || a === 'was' || a === 'comes') && b === 'from') {
    const place = placeAt(tokens, i + 3, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  if (a === 'grew' && b === 'up' && c === 'in') {
    const place = placeAt(tokens, i + 4, entities);
    return place ? { place, relation: 'hometown' } : undefined;
  }
  if (a === 'was' && b === 'born' && c === 'in') {
    const place = placeAt(tokens, i + 4, entities);
    return place ? { place, relation: 'birthplace' } : undefined;
  }
  return undefined;
}

/** "The Cochrane woman said …", "She is from Calgary": an origin given to a person the sentence does not name. */
export function originReferences(sentence: Sentence, source: string, entities: readonly EntityMention[]): Origin[] {
  const tokens = sentence.tokens;
  const out: Origin[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (lower(tokens[i]) !== 'he' && lower(tokens[i]) !== 'she') continue;
    const found = pronounOrigin(tokens, i, entities);
    if (found) out.push(origin(tokens, source, found.place, found.relation));
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    if (lower(tokens[i - 1]) !== 'the' || !isCapitalised(tokens[i])) continue;
    const place = placeAt(tokens, i, entities);
    if (!place) continue;
    const noun = tokens[place.to];
    if (!noun || noun.kind !== 'word' || isCapitalised(noun) || !isPersonNoun(noun.lower) || !RESIDENT_NOUNS.has(noun.lower) || /s$/.test(noun.lower)) continue;
    // With a name beside it the name carries it (above).
    const next = tokens[place.to + 1];
    if (next?.text === ',' && entities.some((e) => e.kind === 'person' && e.start === tokens[place.to + 2]?.start)) continue;
    if (entities.some((e) => e.kind === 'person' && e.start === next?.start)) continue;
    out.push(origin(tokens, source, place, 'hometown'));
  }
  return out;
}

/** How far back a reference looks for its person: its own sentence and the two before. */
const REACH = 2;

/**
 * References pinned to the person named last before them, within reach; a reference with nobody in reach is
 * dropped. Returns new claims: the memoised ones are never changed.
 */
export function resolveOrigins(claims: readonly Claim[]): Claim[] {
  if (!claims.some((c) => c.references)) return [...claims];
  const order = new Map<string, number>();
  for (const c of claims) if (!order.has(c.sentenceId)) order.set(c.sentenceId, order.size);
  const people: { claim: number; mention: number; at: number; sentence: number }[] = [];
  claims.forEach((c, ci) => c.mentions.forEach((m, mi) => {
    if (m.type === 'entity' && m.kind === 'person') people.push({ claim: ci, mention: mi, at: m.start, sentence: order.get(c.sentenceId) ?? 0 });
  }));
  const added = new Map<string, Origin[]>();
  for (const c of claims) {
    for (const r of c.references ?? []) {
      const sentence = order.get(c.sentenceId) ?? 0;
      const last = [...people].reverse().find((p) => p.at < r.start && sentence - p.sentence <= REACH);
      if (!last) continue;
      const key = `${last.claim}|${last.mention}`;
      if (!added.get(key)?.some((o) => o.start === r.start)) added.set(key, [...(added.get(key) ?? []), r]);
    }
  }
  return claims.map((c, ci) => {
    const { references: _references, ...rest } = c;
    if (!c.mentions.some((_, mi) => added.has(`${ci}|${mi}`))) return c.references ? rest : c;
    const mentions: Mention[] = c.mentions.map((m, mi) => {
      const extra = added.get(`${ci}|${mi}`);
      return extra && m.type === 'entity' ? { ...m, origins: [...(m.origins ?? []), ...extra] } : m;
    });
    return { ...rest, mentions };
  });
}
