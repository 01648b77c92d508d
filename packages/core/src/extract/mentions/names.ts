import { LEGAL_SUFFIXES, LOCATION_HEADS, NAME_JOINERS, ORGANISATION_HEADS, SPORT_WORDS } from '../../lexicon/organisations.js';
import { lookupPlace, normalisePlace, regionAbbreviation } from '../../lexicon/places.js';
import { COMMON_ABBREVIATIONS, HONORIFICS, NOT_NAME_WORDS, TITLE_WORDS } from '../../lexicon/titles.js';
import type { EntityKind, EntityMention, Sentence, Token } from '../../model.js';
import { isAllCaps, isCapitalised, isSentenceInitial, joinedTokens, lower, sentenceSignature } from '../tokens.js';

/**
 * Names: runs of capitalised words, split at roles and coordination, classified by general rules
 * (place lexicon, legal suffixes and organisation head nouns, codes with digits, titles before people).
 */

/** What a source teaches about its own names, gathered before mentions are read. */
export interface NameContext {
  /** Lower-case words seen capitalised away from the start of a sentence. */
  capitalised: Set<string>;
  /** Abbreviation (as written) → key of the full name it abbreviates, from "Full Name (ABBR)". */
  abbreviations: Map<string, { key: string; kind: EntityKind; name: string }>;
  /** Lower-case word → keys of multi-word person names containing it. */
  personWords: Map<string, Set<string>>;
}

export function emptyNameContext(): NameContext {
  return { capitalised: new Set(), abbreviations: new Map(), personWords: new Map() };
}

interface Run {
  from: number;
  to: number; // exclusive
}

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'district', 'county', 'region', 'port', 'state']);
const PLACE_ADJECTIVES = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'north-western', 'north-eastern', 'south-western', 'south-eastern', 'northwestern', 'northeastern', 'southwestern', 'southeastern', 'downtown', 'rural', 'coastal']);

/** "the city of X", "in central X", "near northern X": a slot only a place fills. */
function isPlaceSlot(tokens: readonly Token[], at: number): boolean {
  const before = lower(tokens[at - 1]);
  if (before === 'of' && PLACE_NOUNS.has(lower(tokens[at - 2]))) return true;
  return PLACE_ADJECTIVES.has(before) && ['in', 'near', 'from', 'across', 'around', 'outside'].includes(lower(tokens[at - 2]));
}

/** Token ranges of quotations written in title case: most of their longer words capitalised. */
function titleSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]?.text;
    if (t === '“' || (t === '"' && open < 0)) open = i + 1;
    // A quotation still open at the end of the sentence ends there: the sentence break fell inside it.
    else if (open >= 0 && (t === '”' || t === '"' || i === tokens.length)) {
      let long = 0;
      let capitalised = 0;
      for (let k = open; k < i; k++) {
        const w = tokens[k] as Token;
        if (w.kind !== 'word' || w.text.length < 4) continue;
        long++;
        if (isCapitalised(w)) capitalised++;
      }
      if (long >= 4 && capitalised / long >= 0.7) spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

const EVENT_HEADS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'tornado', 'wildfire', 'earthquake', 'operation']);

/** A word a name is made of: "Norland", "O’Neill", "Jean-Luc", and initials ("B.", "J.D."). */
const isNameWord = (text: string) => /^\p{Lu}[\p{L}'’-]*$/u.test(text) || /^(\p{Lu}\.){1,3}$/u.test(text) || /^\p{Lu}$/u.test(text);

const clean = (w: string) => (/[.’']/.test(w) ? w.toLowerCase().replace(/[.’']/g, '') : w.toLowerCase());

function isNameToken(tokens: readonly Token[], i: number, context: NameContext): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return false;
  const w = lower(t);
  if (NOT_NAME_WORDS.has(w) && !isAllCaps(t.text)) return false;
  if (isAllCaps(t.text) && COMMON_ABBREVIATIONS.has(w.replace(/\./g, ''))) return false;
  if (!isSentenceInitial(tokens, i)) return true;
  // At the start of a sentence capitals prove nothing: accept only what the rest of the text vouches for.
  if (isAllCaps(t.text) || /\d/.test(t.text) || lookupPlace(t.text)) return true;
  if (context.capitalised.has(w)) return true;
  const next = tokens[i + 1];
  return isCapitalised(next) && !NOT_NAME_WORDS.has(lower(next)) && next?.spaceBefore === true && t.text.length > 1 && !/(ly|ing)$/.test(w);
}

/** Runs of name tokens, with joiners ("of", "and", "&") kept when a name word follows. */
function findRuns(tokens: readonly Token[], context: NameContext): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i, context)) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    for (;;) {
      const t = tokens[to];
      if (!t) break;
      if (isNameToken(tokens, to, context) && t.spaceBefore) {
        to++;
        continue;
      }
      if (t.kind === 'number' && t.spaceBefore && isAllCaps(tokens[to - 1]?.text ?? '') && /^\d{1,4}$/.test(t.text) && !/^(1[89]|20)\d\d$/.test(t.text)) {
        to++;
        continue;
      }
      // Initials: "B." in "Merrick B. Garland".
      if (t.kind === 'punctuation' && t.text === '.' && !t.spaceBefore && (tokens[to - 1]?.text.length ?? 0) === 1 && isCapitalised(tokens[to + 1])) {
        to++;
        continue;
      }
      if (t.kind === 'word' && NAME_JOINERS.has(lower(t)) && !isCapitalised(t) && isNameToken(tokens, to + 1, context)) {
        to += 1;
        continue;
      }
      break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}

const wordsOf = (tokens: readonly Token[], run: Run) =>
  tokens.slice(run.from, run.to).filter((t) => t.kind === 'word' || t.kind === 'number');

function isOrganisationWords(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_HEADS.has(w) || w in LEGAL_SUFFIXES);
}

/** Split a run at "and"/"&" unless the whole run is one organisation's name ("Science and Technology Company"). */
function splitCoordination(tokens: readonly Token[], run: Run): Run[] {
  const words = wordsOf(tokens, run).map((t) => clean(t.text));
  const last = words[words.length - 1] ?? '';
  if (ORGANISATION_HEADS.has(last) || last in LEGAL_SUFFIXES) return [run];
  const parts: Run[] = [];
  let from = run.from;
  for (let i = run.from; i < run.to; i++) {
    const w = lower(tokens[i]);
    if (w === 'and' || w === '&') {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  if (from < run.to) parts.push({ from, to: run.to });
  return parts;
}

/** Strip leading "the" and possessive leftovers, trailing joiners. */
function trimRun(tokens: readonly Token[], run: Run): Run {
  let { from, to } = run;
  // "Lyon-born Marc Dubois": where someone was born describes the name, it is none of it.
  while (from < to && (['the', 'of', 'and', 'for', '&'].includes(lower(tokens[from])) || /.-born$/.test(lower(tokens[from])))) from++;
  while (to > from && (['the', 'of', 'and', 'for', '&'].includes(lower(tokens[to - 1])) || tokens[to - 1]?.kind === 'punctuation')) to--;
  return { from, to };
}

interface Classified {
  kind: EntityKind;
  run: Run;
  role?: Run;
  /** A key the words alone do not give: a region's, for its abbreviation. */
  key?: string;
}

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * A wire dateline opening a sentence: a place in capitals, perhaps its region, then a dash ("NORTH CHARLESTON,
 * S.C. —", "PORT TALBOT, Wales –", "BOISE —"). The capitals are typography: the run is a place, whatever its
 * words would make of it otherwise.
 */
function isDatelinePlace(tokens: readonly Token[], run: Run): boolean {
  if (run.from !== 0) return false;
  for (let k = run.from; k < run.to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !isAllCaps(t.text)) return false;
  }
  let j = run.to;
  if (tokens[j]?.text === ',') {
    // The region: a few capitalised words or an abbreviation ("S.C.", "Calif.").
    j++;
    const regionFrom = j;
    while (j < tokens.length && j < regionFrom + 4 && (isCapitalised(tokens[j]) || tokens[j]?.text === '.')) j++;
    if (j === regionFrom) return false;
  }
  return DASHES.has(tokens[j]?.text ?? '') && tokens[j]?.spaceBefore === true;
}

/**
 * "North Charleston, South Carolina", "Lyon, France", "Santa Rosa, Calif.": a name followed by a comma, a region
 * or country, and the end of the phrase is a city. Not before "'s" ("Ana Kell, France's envoy") nor inside a
 * longer name.
 */
function isCityOfRegion(tokens: readonly Token[], run: Run): boolean {
  if (tokens[run.to]?.text !== ',') return false;
  const from = run.to + 1;
  for (let n = 3; n >= 1; n--) {
    const parts = tokens.slice(from, from + n);
    if (parts.length < n || !parts.every((t) => isCapitalised(t))) continue;
    const next = tokens[from + n];
    const written = parts.map((t) => t.text).join(' ');
    const dotted = next?.text === '.' && !next.spaceBefore ? `${written}.` : written;
    const place = lookupPlace(written);
    const isRegion = (place !== undefined && place.form === 'name') || (n === 1 && (regionAbbreviation(written) ?? regionAbbreviation(dotted)) !== undefined);
    if (!isRegion) continue;
    const after = next?.text === '.' && !next.spaceBefore ? tokens[from + n + 1] : next;
    if (after === undefined) return true;
    return after.kind === 'punctuation' ? !/^['’]s?$/.test(after.text) : !isCapitalised(after);
  }
  return false;
}

/** "S.C.", or "Calif." after a place and a comma ("Santa Rosa, Calif."): a region written as its abbreviation. */
function abbreviatedRegion(tokens: readonly Token[], run: Run): string | undefined {
  if (run.to - run.from !== 1) return undefined;
  const t = tokens[run.from] as Token;
  const dotted = /\.\p{Lu}/u.test(t.text);
  const written = dotted || /\.$/.test(t.text) ? t.text : tokens[run.to]?.text === '.' && !tokens[run.to]?.spaceBefore ? `${t.text}.` : undefined;
  const key = written === undefined ? undefined : regionAbbreviation(written);
  if (!key) return undefined;
  // Most single abbreviations are also words ("Miss.", "Mass."): only after "City," are they surely regions.
  if (dotted) return key;
  return tokens[run.from - 1]?.text === ',' && isCapitalised(tokens[run.from - 2]) ? key : undefined;
}

function classify(tokens: readonly Token[], whole: Run, context: NameContext, sentenceHasPerson: boolean): Classified | undefined {
  let run = whole;
  // "Acme Rail CEO", "the Harbour Board Chair": a title closing a run belongs to no name in it. After a joiner
  // it is the name's own last word: "Ministry of Health", "Department of State".
  while (run.to - run.from > 1 && TITLE_WORDS.has(clean(tokens[run.to - 1]?.text ?? '')) && !ORGANISATION_HEADS.has(clean(tokens[run.to - 1]?.text ?? '')) && !NAME_JOINERS.has(lower(tokens[run.to - 2]))) {
    run = { from: run.from, to: run.to - 1 };
  }
  const toks = wordsOf(tokens, run);
  const words = toks.map((t) => clean(t.text));
  const text = toks.map((t) => t.text).join(' ');
  if (words.length === 0) return undefined;
  if (lookupPlace(text) || isDatelinePlace(tokens, run)) return { kind: 'place', run };
  const region = abbreviatedRegion(tokens, run);
  if (region) return { kind: 'place', run, key: region };

  // A title inside the run: the role ends at the last title word, the person follows.
  let lastTitle = -1;
  for (let k = 0; k < words.length; k++) if (TITLE_WORDS.has(words[k] ?? '')) lastTitle = k;
  if (lastTitle >= 0 && lastTitle < words.length - 1 && !isOrganisationWords(words.slice(lastTitle + 1))) {
    const personFrom = tokens.indexOf(toks[lastTitle + 1] as Token, run.from);
    const personTokens = toks.slice(lastTitle + 1);
    if (personTokens.every((t) => isNameWord(t.text) && !lookupPlace(t.text))) {
      return { kind: 'person', run: { from: personFrom, to: run.to }, role: { from: run.from, to: personFrom } };
    }
  }
  if (isOrganisationWords(words)) return { kind: 'organization', run };
  // "Storm Orla", "Hurricane Bram", "Typhoon Kesi": a named event, never a person.
  if (words.length >= 2 && words.some((w) => EVENT_HEADS.has(w))) return { kind: 'group', run };
  // "Harwell City beat Brenmoor": a football club is named after its city.
  if (words.length >= 2 && words[words.length - 1] === 'city' && tokens.some((t) => SPORT_WORDS.has(lower(t)))) return { kind: 'organization', run };
  if (words.length >= 2 && LOCATION_HEADS.has(words[words.length - 1] ?? '')) return { kind: 'place', run };
  if (/\d/.test(text)) return { kind: 'group', run };
  if (words.length === 1 && isAllCaps(toks[0]?.text ?? '')) {
    const defined = context.abbreviations.get(toks[0]?.text ?? '');
    return { kind: defined?.kind ?? 'organization', run };
  }
  if (words.every((w) => TITLE_WORDS.has(w))) return undefined;
  const nameLike = toks.every((t) => isNameWord(t.text));
  if (!nameLike) return undefined;
  if (words.some((w) => lookupPlace(w) || NOT_NAME_WORDS.has(w))) {
    // Aliases such as "Acme XRT" are handled through abbreviations; other mixes are not people.
    const defined = context.abbreviations.get(text);
    return defined ? { kind: defined.kind, run } : undefined;
  }
  if (words.length >= 2 && words.length <= 3 && isPlaceSlot(tokens, run.from)) return { kind: 'place', run };
  // A name the source gives a person elsewhere stays a person ("Ana Kell, Texas, said").
  if (words.length <= 3 && !words.some((w) => context.personWords.has(w)) && isCityOfRegion(tokens, run)) return { kind: 'place', run };
  // "the Model X", "the Aurora Deluxe": an article does not stand before a person's name, but before a
  // product's, a ship's or a building's.
  if (words.length >= 2 && lower(tokens[run.from - 1]) === 'the') return { kind: 'group', run };
  if (words.length >= 2 && words.length <= 4) return { kind: 'person', run };
  if (words.length === 1) {
    const w = words[0] ?? '';
    const before = lower(tokens[run.from - 1]);
    // "Brandt-Keller", "Rolls-Royce": two capitalised parts in one word name a firm, rarely a person.
    if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(toks[0]?.text ?? '')) return { kind: 'organization', run };
    if (isPlaceSlot(tokens, run.from)) return { kind: 'place', run };
    if (HONORIFICS.has(before.replace(/\.$/, ''))) return { kind: 'person', run };
    if (TITLE_WORDS.has(before) && tokens[run.from - 1]?.kind === 'word' && !isCapitalised(tokens[run.from - 1]) && !isSentenceInitial(tokens, run.from)) return { kind: 'person', run };
    if (context.personWords.has(w)) return { kind: 'person', run };
    if (context.abbreviations.has(toks[0]?.text ?? '')) return { kind: context.abbreviations.get(toks[0]?.text ?? '')?.kind ?? 'organization', run };
    if (sentenceHasPerson) return { kind: 'person', run };
  }
  return undefined;
}

function nameWords(kind: EntityKind, toks: readonly Token[]): string[] {
  const words = toks.map((t) => clean(t.text)).filter((w) => w.length > 0);
  if (kind === 'person') return words.filter((w) => w.length > 1);
  return words;
}

/**
 * The name that decides an organisation's identity: without legal suffix, and with a leading country word
 * ("UK Competition Authority", "French Foreign Ministry") moved into a qualifier, so that "Competition Authority"
 * still matches while the British and the French foreign ministries stay apart.
 */
export function organisationCore(words: readonly string[]): { core: string[]; country?: string; legalForm?: string } {
  let core = words.filter((w) => w !== 'the');
  let country: string | undefined;
  while (core.length > 2 && lookupPlace(core[0] ?? '') !== undefined) {
    country = lookupPlace(core[0] ?? '')?.key;
    core = core.slice(1);
  }
  // "Ministry of Foreign Affairs of Chile": a trailing "of <country>" qualifies too.
  const n = core.length;
  if (n > 3 && core[n - 2] === 'of' && lookupPlace(core[n - 1] ?? '')) {
    country = lookupPlace(core[n - 1] ?? '')?.key;
    core = core.slice(0, -2);
  }
  const legal: string[] = [];
  while (core.length > 1 && (core[core.length - 1] ?? '') in LEGAL_SUFFIXES) {
    legal.unshift(LEGAL_SUFFIXES[core[core.length - 1] ?? ''] ?? '');
    core = core.slice(0, -1);
  }
  const out: { core: string[]; country?: string; legalForm?: string } = { core };
  if (country) out.country = country;
  if (legal.length) out.legalForm = legal.join(' ');
  return out;
}

function keyOf(kind: EntityKind, words: readonly string[], text: string): string {
  if (kind === 'place') return lookupPlace(text)?.key ?? normalisePlace(text);
  if (kind === 'organization') {
    const { core, country } = organisationCore(words);
    return country ? `${core.join(' ')}@${country}` : core.join(' ');
  }
  return words.join(' ');
}

/**
 * A role in apposition after a name: "Maria Lenz, head coach of the club, said" → "head coach of the club".
 * Only when a title word opens it, so that "Lenz, 35," or "Lenz, who ..." are not roles.
 */
function appositiveRole(tokens: readonly Token[], at: number): { start: number; end: number } | undefined {
  let after = at;
  // "Maria Lenz (D-Wash.), chair of …": a party and state in brackets stand between the name and its role.
  if (tokens[after]?.text === '(') {
    let close = after + 1;
    while (close < tokens.length && close < after + 8 && tokens[close]?.text !== ')') close++;
    if (tokens[close]?.text !== ')') return undefined;
    after = close + 1;
  }
  if (tokens[after]?.text !== ',') return undefined;
  const from = after + 1;
  let opens = false;
  let reach = from + 3;
  for (let k = from; k < tokens.length && k < reach; k++) {
    const w = clean(tokens[k]?.text ?? '');
    if (TITLE_WORDS.has(w) && !HONORIFICS.has(w)) {
      opens = true;
      break;
    }
    // "Helen Marsh, the company's chairman,": a possessive noun names whose post it is.
    if (w !== 'the' && isPossessive(tokens[k + 1]) && tokens[k]?.kind === 'word') {
      k++;
      reach += 2;
      continue;
    }
    if (!['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(w) && !isCapitalised(tokens[k])) return undefined;
  }
  if (!opens) return undefined;
  let to = from;
  while (to < tokens.length && to < from + 14 && tokens[to]?.text !== ',' && tokens[to]?.text !== '.' && tokens[to]?.text !== ';' && tokens[to]?.text !== '(') to++;
  // A role that runs into the verb ("Lenz, coach said") is no apposition.
  if (tokens[to]?.text !== ',' && tokens[to]?.text !== '.' && to < tokens.length) return undefined;
  // "X, Ohio Governor Mike DeWine and …" lists another person: a capitalised word after the last title word.
  let lastTitle = -1;
  for (let k = from; k < to; k++) if (TITLE_WORDS.has(clean(tokens[k]?.text ?? ''))) lastTitle = k;
  for (let k = lastTitle + 1; k < to; k++) {
    const t = tokens[k];
    if (t?.lower === 'of' || t?.lower === 'on' || t?.lower === 'for' || t?.lower === 'at') break;
    if (isCapitalised(t) || t?.lower === 'and') return undefined;
  }
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return undefined;
  return { start: first.start, end: last.end };
}

const isPossessive = (t: Token | undefined) => t !== undefined && t.kind === 'punctuation' && !t.spaceBefore && /^['’]s$/.test(t.text);

/** Title words that are no post standing alone before a name: qualifiers, departments, forms of address. */
const NOT_POSTS = new Set(`vice deputy prime foreign home interior defence defense justice health finance treasury trade
  security state shadow acting interim former assistant associate senior junior general major member ranking hon
  father sister brother king queen prince princess speaker charge chargé d’affaires d'affaires daffaires head`.split(/\s+/));

/**
 * A post in lower case right before a name: "chief executive Helen Marsh", "club chairman Tom Ridley", "said
 * manager Alan Pearce". The word next to the name must be a post; up to three words before it that are titles
 * or the body's own noun ("club", "company") belong to it.
 */
function postBefore(tokens: readonly Token[], at: number): { start: number; end: number } | undefined {
  const last = tokens[at - 1];
  if (!last || last.kind !== 'word' || isCapitalised(last) && !isSentenceInitial(tokens, at - 1)) return undefined;
  const w = clean(last.text);
  if (!TITLE_WORDS.has(w) || HONORIFICS.has(w) || NOT_POSTS.has(w)) return undefined;
  let from = at - 1;
  while (from - 1 >= 0 && at - from < 4) {
    const p = tokens[from - 1] as Token;
    const pw = clean(p.text);
    if (p.kind !== 'word' || HONORIFICS.has(pw)) break;
    const body = ORGANISATION_HEADS.has(pw) && !isCapitalised(p);
    // "Chief executive": a capital opening the sentence is still the title's.
    if (!(TITLE_WORDS.has(pw) || body) || (isCapitalised(p) && !isSentenceInitial(tokens, from - 1))) break;
    from--;
  }
  return { start: (tokens[from] as Token).start, end: last.end };
}

/**
 * A title set off by a comma before the name: "U.S. Chargé d'Affaires, a.i., Richard Hale issued …",
 * "Defence Secretary, Ana Kell, said". The title words must open the sentence or follow a break.
 */
function roleBeforeComma(tokens: readonly Token[], at: number): { start: number; end: number } | undefined {
  let j = at - 1;
  if (tokens[j]?.text !== ',') return undefined;
  j--;
  // "a.i." (ad interim) and "(acting)" qualify the title.
  if (/^a\.?i\.?$/i.test(tokens[j]?.text ?? '')) {
    j--;
    if (tokens[j]?.text === ',') j--;
  }
  const end = tokens[at - 1] && j >= 0 ? j : -1;
  if (end < 0) return undefined;
  let from = end;
  let titled = false;
  while (from >= 0) {
    const t = tokens[from] as Token;
    const w = clean(t.text);
    if (t.kind !== 'word' || !(isCapitalised(t) || TITLE_WORDS.has(w))) break;
    if (TITLE_WORDS.has(w) && !HONORIFICS.has(w)) titled = true;
    from--;
  }
  if (!titled || from === end) return undefined;
  const opener = tokens[from];
  if (opener && opener.kind === 'word') return undefined;
  const first = tokens[from + 1] as Token;
  const last = tokens[at - 2]?.text === ',' ? (tokens[at - 3] as Token) : (tokens[end] as Token);
  return { start: first.start, end: Math.max(last.end, (tokens[end] as Token).end) };
}

/** Does a person stand in this sentence's enumeration? Then a lone capitalised word beside it is a person too. */
function isEnumerationNeighbour(tokens: readonly Token[], a: Run, b: Run): boolean {
  const between = tokens.slice(Math.min(a.to, b.to), Math.max(a.from, b.from)).map((t) => lower(t));
  return between.length > 0 && between.length <= 2 && between.every((w) => w === 'and' || w === ',' || w === 'or');
}

/** Runs per name context, then per sentence: the same sentence in another source may be read differently. */
const RUNS = new WeakMap<NameContext, WeakMap<readonly Token[], Run[]>>();

export function extractEntities(sentence: Sentence, context: NameContext, source: string, learning = false): EntityMention[] {
  const tokens = sentence.tokens;
  // Runs depend only on what the source capitalises, known before the first pass: found once per sentence.
  let known = RUNS.get(context);
  if (!known) {
    known = new WeakMap();
    RUNS.set(context, known);
  }
  let all = known.get(tokens);
  if (!all) {
    all = findRuns(tokens, context)
      .flatMap((r) => splitCoordination(tokens, r))
      .map((r) => trimRun(tokens, r))
      .filter((r) => r.to > r.from);
    known.set(tokens, all);
  }
  // While learning, only names of two words or more, and names with an abbreviation after them, can teach anything.
  const runs = learning ? all.filter((r) => r.to - r.from > 1 || tokens[r.to]?.text === '(') : all;
  const titles = titleSpans(tokens);
  // Inside a quoted title ("a hearing titled “Rebuilding After the Brandt Keller Bridge Collapse”") capitals
  // mark the title, not names: a long run there is no person.
  const first = runs.map((run) => {
    const c = classify(tokens, run, context, false);
    if (c && c.kind === 'person' && !c.role && c.run.to - c.run.from >= 2 && titles.some(([a, b]) => run.from >= a && run.to <= b)) return undefined;
    return c;
  });
  const mentions: EntityMention[] = [];
  for (let k = 0; k < runs.length; k++) {
    let c = first[k];
    const run = runs[k] as Run;
    if (!c) {
      // A lone capitalised word coordinated with a person is a person ("Anna Berg and Lund").
      const neighbours = [k - 1, k + 1].filter((n) => first[n]?.kind === 'person' && isEnumerationNeighbour(tokens, runs[n] as Run, run));
      if (neighbours.length > 0) c = classify(tokens, run, context, true);
      if (c && c.kind === 'person' && titles.some(([a, b]) => run.from >= a && run.to <= b)) c = undefined;
    }
    if (!c) continue;
    const toks = wordsOf(tokens, c.run);
    if (toks.length === 0) continue;
    const start = toks[0]?.start ?? 0;
    const end = tokens[c.run.to - 1]?.end ?? start;
    // The name is its words: Markdown emphasis between them ("Anna **Berg**") is not part of it; the text is
    // the original as written, so that it is always the slice at its offsets.
    const raw = source.slice(start, end);
    const name = /[*_`[\]<>]/.test(raw) ? joinedTokens(tokens.slice(c.run.from, c.run.to)) : raw;
    const words = nameWords(c.kind, toks);
    const mention: EntityMention = { type: 'entity', kind: c.kind, text: raw, start, end, name, words, key: c.key ?? keyOf(c.kind, words, name) };
    if (c.kind === 'organization') {
      const legalForm = organisationCore(words).legalForm;
      if (legalForm) mention.legalForm = legalForm;
    }
    if (c.role) {
      const roleToks = wordsOf(tokens, c.role);
      if (roleToks.length) {
        const roleStart = roleToks[0]?.start ?? 0;
        const roleEnd = roleToks[roleToks.length - 1]?.end ?? 0;
        mention.role = source.slice(roleStart, roleEnd);
        mention.roleSpan = { start: roleStart, end: roleEnd };
      }
      mention.start = roleToks[0]?.start ?? start;
      mention.text = source.slice(mention.start, end);
    }
    if (c.kind === 'person' && !mention.role) {
      const before = roleBeforeComma(tokens, c.run.from) ?? postBefore(tokens, c.run.from);
      if (before) {
        mention.role = source.slice(before.start, before.end);
        mention.roleSpan = before;
      }
    }
    if (c.kind === 'person') {
      const apposed = appositiveRole(tokens, c.run.to);
      if (apposed && !mention.role) {
        mention.role = source.slice(apposed.start, apposed.end);
        mention.roleSpan = apposed;
      } else if (apposed) mention.apposedRole = { text: source.slice(apposed.start, apposed.end), ...apposed };
    }
    // "Full Name (ABBR)": the abbreviation names the same thing from here on.
    const open = tokens[c.run.to];
    if (open?.text === '(' && c.kind !== 'place') {
      let close = c.run.to + 1;
      while (close < tokens.length && tokens[close]?.text !== ')' && close - c.run.to <= 4) close++;
      const inner = tokens.slice(c.run.to + 1, close);
      if (tokens[close]?.text === ')' && inner.length > 0 && inner.every((t) => isCapitalised(t) || t.kind === 'number')) {
        const abbreviation = source.slice(inner[0]?.start ?? 0, inner[inner.length - 1]?.end ?? 0);
        mention.abbreviation = abbreviation;
        context.abbreviations.set(abbreviation, { key: mention.key, kind: c.kind, name });
      }
    }
    const defined = context.abbreviations.get(name);
    if (defined && defined.key !== mention.key && !mention.abbreviation) {
      mention.key = defined.key;
      mention.kind = defined.kind;
    }
    mentions.push(mention);
  }
  // An abbreviation defined right after a name is not a mention of its own.
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.abbreviation === m.text && m.start > o.end && m.start - o.end <= 3));
}

/** First pass over a source: which words it capitalises mid-sentence, and which names are people. */
export function learnNames(sentences: readonly Sentence[], source: string): NameContext {
  const context = emptyNameContext();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (isCapitalised(t) && !isSentenceInitial(s.tokens, i)) context.capitalised.add(lower(t));
    });
  }
  for (const s of sentences) {
    if (s.blockKind === 'heading') continue;
    // What a sentence teaches depends on its words and on what the context says of them: remembered as such.
    const key = learningKey(s, context);
    let lesson = LESSONS.get(key);
    if (!lesson) {
      const before = new Map(context.abbreviations);
      const people = extractEntities(s, context, source, true)
        .filter((m) => m.kind === 'person' && m.words.length >= 2)
        .map((m) => ({ words: m.words, key: m.key }));
      const abbreviations = [...context.abbreviations].filter(([a, target]) => before.get(a) !== target);
      lesson = { people, abbreviations };
      if (LESSONS.size >= 10_000) LESSONS.clear();
      LESSONS.set(key, lesson);
    } else {
      for (const [a, target] of lesson.abbreviations) context.abbreviations.set(a, target);
    }
    for (const person of lesson.people) {
      for (const w of person.words) {
        const set = context.personWords.get(w) ?? new Set<string>();
        set.add(person.key);
        context.personWords.set(w, set);
      }
    }
  }
  return context;
}

interface Lesson {
  people: { words: string[]; key: string }[];
  abbreviations: [string, { key: string; kind: EntityKind; name: string }][];
}

const LESSONS = new Map<string, Lesson>();

/** Forget what sentences taught: for tests that compare memoised and fresh extraction. */
export function forgetLessons(): void {
  LESSONS.clear();
}

/** Keyed by the sentence's tokens, not its text alone: Markdown and plain text of the same words differ. */
function learningKey(s: Sentence, context: NameContext): string {
  let signature = '';
  for (const t of s.tokens) if (isCapitalised(t)) signature += context.capitalised.has(t.lower) ? 'c' : '-';
  if (context.abbreviations.size > 0) {
    const joined = joinedTokens(s.tokens);
    for (const [a, target] of context.abbreviations) if (s.text.includes(a) || joined.includes(a)) signature += `|${a}=${target.kind}:${target.key}:${target.name}`;
  }
  return `${sentenceSignature(s)}\u0000${signature}`;
}
