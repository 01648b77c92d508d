import { MONTHS, WEEKDAY_NAMES, WEEKDAYS } from '../lexicon/calendar.js';
import type { Claim, DateMention, EntityMention, ExtractedSource, Fact, FactItem, Predicate, Quantity, QuantityMention, TimeMention } from '../model.js';
import { isLexiconLemma, participle, SPEECH_VERBS } from '../lexicon/verbs.js';
import { dateText, pluralOf, quantityText, timeText } from '../values/format.js';
import { MEASURES, nounClass, PERSON_PREDICATES, singular } from '../lexicon/nouns.js';
import { DETERMINERS, STOPWORDS } from '../lexicon/stopwords.js';
import { lookupPlace } from '../lexicon/places.js';
import { diceCoefficient, wordDice } from '../shared/similarity.js';
import { byQuestion, figureLabel, spanBlock, splitBlocks } from './figures.js';
import { buildPostings, forEachSharedPair } from './postings.js';
import { UnionFind } from './union-find.js';
import { verbWording, type VerbForm } from '../language/wording.js';

/**
 * Quantity and date facts. Blocking key: the claim's predicate lemma with the kind of value (and, for counts,
 * the class of the counted thing). Inside a block, claims are linked only when their actors agree and,
 * where the predicate alone is weak, when they share an anchor (a named entity or a rarer content word)
 * and their wording is similar enough. Pairs are scored only inside blocks: cost grows with block sizes,
 * not with the square of the input.
 */

interface SlotItem {
  sourceId: string;
  claim: Claim;
  mention: QuantityMention | DateMention | TimeMention;
  block: string;
  strongPredicate: boolean;
}

const MAX_POSTING = 48;
/** Counted nouns too general to say what was counted without a verb: "people", "members", "times". */
const GENERIC_NOUNS = new Set(['person', 'people', 'individual', 'member', 'time', 'thing', 'part', 'case', 'year', 'country', 'other']);
const SIMILARITY = 0.15;
const BROAD_CLASSES = new Set(['person', 'organization']);
const DEATH_PHRASES = /\b(lost (their|his|her) lives|lives (were )?lost|loss of [\w,]+ lives|declared (dead|deceased)|died|were killed|killing|killed)\b/i;

/** The country acting: "the UK sanctioned" and "the US sanctioned" are different facts, whatever the figures. */
function agentKey(item: SlotItem): string | undefined {
  const a = item.mention.agent ?? item.claim.agent;
  if (!a) return undefined;
  if (a.kind === 'place') return `place:${a.key}`;
  const country = a.key.split('@')[1];
  return country ? `place:${country}` : undefined;
}

/** Named things and rarer words a claim is about, for linking claims inside a block. */
function anchors(item: SlotItem): string[] {
  const claim = item.claim;
  const verb = (item.mention.predicate ?? claim.predicate)?.text.toLowerCase() ?? '';
  // A claim with many figures is many items with one or two verbs: its anchors are worked out once per verb.
  let byVerb = ANCHORS.get(claim);
  if (!byVerb) ANCHORS.set(claim, (byVerb = new Map()));
  const known = byVerb.get(verb);
  if (known) return known;
  const out = new Set<string>();
  for (const m of claim.mentions) if (m.type === 'entity' && m.kind !== 'place') out.add(`e:${(m.key.split('@')[0] ?? '').split(' ').slice(-2).join(' ')}`);
  // The verb is the block already; a common one says nothing more ("opened in 2019" / "opened in 2012"), while a
  // long, specific one ("privatised", "nationalised") is itself a sign of one event within a story.
  for (const w of claim.words) {
    if (w.length < 5 || isDateWord(w) || (w === verb && (w.length < 9 || SPEECH_VERBS.has(w)))) continue;
    out.add(`w:${w.replace(/s$/, '')}`);
  }
  const list = [...out];
  byVerb.set(verb, list);
  return list;
}
const ANCHORS = new WeakMap<Claim, Map<string, string[]>>();

// "May" is also a modal verb, so it is no date word here.
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS.filter((m) => m !== 'may'), ...WEEKDAYS]);
const isDateWord = (w: string) => DATE_WORDS.has(w);

const CONTENT = new WeakMap<Claim, string[]>();

/** A claim's content words, singular, once per claim: pairs inside a block are compared as word sets. */
function contentWordsOf(claim: Claim): string[] {
  let words = CONTENT.get(claim);
  if (words === undefined) {
    words = [...new Set(claim.words.map((w) => singular(w)))];
    CONTENT.set(claim, words);
  }
  return words;
}

/**
 * The blocks a figure is compared in, with whether its block is the fact by itself (a lexicon verb with a
 * counted class, a named measurement) or needs anchors and similarity to link claims.
 */
function quantityBlocks(q: Quantity, lemma: string | undefined, strong: boolean): [string, boolean][] {
  const split = splitBlocks(q);
  if (split) return split;
  // A measurement is named by its noun: one story has one magnitude, one turnout.
  if (q.kind === 'measure') {
    if (!q.statedUnit) return [[`quantity|-|measure|${q.unitClass}`, true]];
    // A distance, weight or speed with what it measures ("80 miles north", "a 210-metre ship") is the fact by
    // itself; one the sentence leaves bare is keyed by its verb as well.
    const qualified = !q.unitClass.endsWith(':');
    return qualified ? [[`quantity|-|measure|${q.unitClass}`, true]] : [[`quantity|${lemma ?? '-'}|measure|${q.unitClass}`, false]];
  }
  // "Nine hours later" is keyed by itself: a story's offsets are few, and each says when the next thing came.
  if (q.kind === 'duration' && q.unitClass.startsWith('offset:')) return [[`quantity|-|duration|${q.unitClass}`, true]];
  // "a five-year contract", "sentenced to 20 years": the length of a thing is the fact by itself.
  if (q.kind === 'duration' && q.unitClass.split(':').length === 3) return [[`quantity|-|duration|${q.unitClass}`, true]];
  // A share with its holder ("percent:@varga", "percent:turnout") is the fact by itself, whatever the verb.
  if (q.kind === 'percent' && q.unitClass.includes(':')) return [[`quantity|-|percent|${q.unitClass}`, true]];
  if (q.kind !== 'count') {
    // A duration, a sum or a share hangs on many verbs ("the first strike in 20 years" / "the strongest in over a
    // decade"; "agreed to buy for $2.1 billion" / "a deal worth $2.3 billion"): also keyed by itself.
    const own: [string, boolean] = [`quantity|${lemma ?? '-'}|${q.kind}|${q.unitClass}`, strong];
    return lemma ? [own, [`quantity|-|${q.kind}|${q.unitClass}`, false]] : [own];
  }
  const byNoun: [string, boolean][] = !GENERIC_NOUNS.has(q.unit) && !BROAD_CLASSES.has(q.unitClass.split(':')[0] ?? '') ? [[`quantity|-|count|${q.unit}`, true]] : [];
  // People killed are the dead however they are counted: "12 people were killed" / "the toll rose to 12" / "12 deaths".
  if (lemma === 'kill' && q.unitClass === 'person') byNoun.push([`quantity|-|count|death`, true]);
  if (strong) return [[`quantity|${lemma}|count|${q.unitClass}`, true], ...byNoun];
  // Without a verb of the lexicon, two keys: the verb's stem with the counted class ("met five officials" /
  // "five representatives met"), and the counted noun itself ("firefighters deployed" / "firefighters fought").
  const blocks: [string, boolean][] = [];
  if (lemma) blocks.push([`quantity|${lemma}|count|${q.unitClass}`, false]);
  // A specific counted thing ("helicopters", "aftershocks", "high-water vehicles") is the fact by itself; people
  // and organisations are counted in too many facts of one story to be keyed by the noun alone.
  if (!GENERIC_NOUNS.has(q.unit)) blocks.push([`quantity|-|count|${q.unit}`, !BROAD_CLASSES.has(q.unitClass.split(':')[0] ?? '')]);
  return blocks;
}

/**
 * The named bodies that scope a counted noun somewhere in the story ("41,200 Northgate ranges" → range:
 * northgate), so that a bare count of that noun in a claim naming the same body ("Northgate is recalling 412,000
 * ranges") is read in that scope.
 */
function scopesOf(sources: readonly ExtractedSource[]): Map<string, string[]> {
  const scopes = new Map<string, string[]>();
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const m of claim.mentions) {
        if (m.type !== 'quantity' || m.quantity.kind !== 'count' || m.quantity.basis === 'enumeration') continue;
        const [noun = '', scope] = m.quantity.unitClass.split(':');
        if (!scope) continue;
        const list = scopes.get(noun) ?? [];
        if (!list.includes(scope) && list.length < 8) list.push(scope);
        scopes.set(noun, list);
      }
    }
  }
  return scopes;
}

const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function scopedLike(q: Quantity, claim: Claim, scopes: ReadonlyMap<string, string[]>): Quantity {
  if (q.kind !== 'count' || q.unitClass.includes(':')) return q;
  const known = scopes.get(q.unitClass);
  if (!known) return q;
  // The claims of one clause share its words: the set is made once per clause, not once per figure.
  let words = WORD_SETS.get(claim.words);
  if (!words) WORD_SETS.set(claim.words, (words = new Set(claim.words)));
  const scope = known.find((s) => s.split(' ').every((w) => words?.has(w)));
  return scope ? { ...q, unit: `${scope} ${q.unit}`, unitClass: `${q.unitClass}:${scope}` } : q;
}

function slotItems(sources: readonly ExtractedSource[], strongLemmas: (lemma: string) => boolean): SlotItem[] {
  const items: SlotItem[] = [];
  const scopes = scopesOf(sources);
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const m of claim.mentions) {
        if (m.type === 'entity') continue;
        const lemma = keyLemma(m.predicate ?? claim.predicate);
        // A time of day is keyed like a date, by its verb: "started at 1:30 a.m." / "began at 2:30 a.m.".
        if (m.type === 'time') {
          if (lemma) items.push({ sourceId: source.id, claim, mention: m, block: `time|${lemma}`, strongPredicate: false });
          continue;
        }
        if (m.type === 'date') {
          // An unpinned weekday is still compared, by its name.
          if (!m.date.resolved && m.weekday === undefined) continue;
          if (lemma) items.push({ sourceId: source.id, claim, mention: m, block: `date|${lemma}`, strongPredicate: false });
          // "the February 3 derailment", "the June 2023 dive": the event is the noun the date qualifies.
          // A calendar date ("March 4", "June 2023"), not a weekday or "yesterday", which move with the report.
          const calendar = m.date.precision === 'day' || m.date.precision === 'month' || (m.date.precision === 'relative' && /\d/.test(m.text));
          const event = calendar ? eventNounAfter(claim, m) : undefined;
          if (event) items.push({ sourceId: source.id, claim, mention: m, block: `date|-|${event}`, strongPredicate: true });
          const span = spanBlock(m, claim);
          if (span) items.push({ sourceId: source.id, claim, mention: m, block: span, strongPredicate: false });
          continue;
        }
        const q = m.quantity;
        // An age is a fact of its person, aligned by name (`ages.ts`), whatever verb its clause has.
        if (q.kind === 'age') continue;
        if (!lemma && q.basis !== 'numeral' && q.basis !== 'word') continue;
        // "lost their lives", "were declared dead", "the loss of five lives": deaths, however the verb runs.
        // Only where the figure's own verb says nothing else of people ("injuring more than 80" stays injured).
        const deaths = q.kind === 'count' && (q.unitClass === 'person' || q.unit === 'life') && !(lemma && PERSON_PREDICATES.has(lemma)) && DEATH_PHRASES.test(claim.text);
        const counted = deaths ? 'kill' : lemma;
        const strong = counted !== undefined && strongLemmas(counted);
        const keyed = q.unit === 'life' ? { ...q, unitClass: 'person' } : scopedLike(q, claim, scopes);
        for (const [block, strongPredicate] of quantityBlocks(keyed, counted, strong)) items.push({ sourceId: source.id, claim, mention: m, block, strongPredicate });
      }
    }
  }
  return items;
}

/**
 * The verb a figure is keyed by: the lexicon's synonym group when it has the verb ("indicted" and "charged"
 * are one), else the verb's own lemma from the language layer ("collapsed" → "collapse"), else its stem.
 */
function keyLemma(predicate: Predicate | undefined): string | undefined {
  if (!predicate) return undefined;
  return isLexiconLemma(predicate.lemma) ? predicate.lemma : (predicate.base ?? predicate.lemma);
}

/** The noun a date stands before as an adjective: "the February 3, 2023, train derailment" → "derailment". */
function eventNounAfter(claim: Claim, m: DateMention): string | undefined {
  const rest = claim.text.slice(m.end - claim.start, m.end - claim.start + 80).replace(/^[\s,]+/, '');
  const words = rest.split(/\s+/).slice(0, 6);
  let head: string | undefined;
  for (const raw of words) {
    const word = raw.replace(/[,.;:!?)”"’]+$/, '');
    const lower = word.toLowerCase();
    if (!/^[\p{L}-]+$/u.test(word) || STOPWORDS.has(lower)) break;
    if (word === lower && lower.length >= 5 && !/(ed|ing|ly)$/.test(lower)) head = singular(lower);
    if (word !== raw) break;
  }
  return head;
}

function agentsCompatible(a: SlotItem, b: SlotItem): boolean {
  const ka = agentKey(a);
  const kb = agentKey(b);
  const sa = scopeKey(a);
  const sb = scopeKey(b);
  return (ka === undefined || kb === undefined || ka === kb) && (sa === '' || sb === '' || sa === sb);
}

const SCOPES = new WeakMap<SlotItem, string>();

/**
 * The countries or regions a figure is about, named in its claim: "deaths in Turkey", "in Syria", "in Turkey
 * and Syria" are three tolls. Nationalities ("two Chinese nationals") and the actor are not a scope.
 */
function scopeKey(item: SlotItem): string {
  let key = SCOPES.get(item);
  // Only what is counted has a scope: a quake's magnitude is the quake's wherever the sentence places it.
  if (item.mention.type !== 'quantity' || item.mention.quantity.kind !== 'count') return '';
  if (key === undefined) {
    const agent = item.mention.agent ?? item.claim.agent;
    const places = new Set<string>();
    const claim = item.claim;
    for (const m of claim.mentions) {
      if (m.type !== 'entity' || m.kind !== 'place' || m === agent || (agent && m.key === agent.key)) continue;
      if (lookupPlace(m.name)?.form !== 'name') continue;
      // Only a place the figure is "in": "deaths in Syria", "in Turkey and Syria"; not a country that acts.
      const before = claim.text.slice(Math.max(0, m.start - claim.start - 12), Math.max(0, m.start - claim.start)).toLowerCase();
      if (!/\b(in|across|inside|throughout)\s+(the\s+)?$|\band\s+$/.test(before)) continue;
      places.add(m.key);
    }
    key = [...places].sort().join('+');
    SCOPES.set(item, key);
  }
  return key;
}

export function alignSlots(sources: readonly ExtractedSource[], strongLemmas: (lemma: string) => boolean, counter: { pairs: number }): Fact[] {
  const items = slotItems(sources, strongLemmas);
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => {
    const list = blocks.get(item.block);
    if (list) list.push(i);
    else blocks.set(item.block, [i]);
  });
  const facts: Fact[] = [];
  for (const [block, all] of blocks) {
    const members = withoutTables(all, items);
    // A block one source fills alone is a fact only as a few figures it gives for one thing ("two companies" ...
    // "five companies"): a source can contradict itself. Dozens of them are a table or a list, not a claim.
    if (members.length === 0 || (!spansSources(members, items) && (members.length < 2 || members.length > MAX_ONE_SOURCE))) continue;
    const uf = new UnionFind(members.length);
    const first = items[members[0] as number] as SlotItem;
    if (first.strongPredicate && (block.startsWith('quantity|') || block.startsWith('date|-|'))) {
      // A counting verb with its counted class is the fact; actors only split it ("US charged" vs "UK charged").
      const byAgent = new Map<string, number[]>();
      members.forEach((i, local) => {
        const item = items[i] as SlotItem;
        // A measurement has no actor: "Turkey was hit by a 7.8 quake" and "the 7.8 quake" measure one quake.
        const agent = item.mention.type === 'quantity' && item.mention.quantity.kind === 'measure' ? undefined : agentKey(item);
        const scope = scopeKey(item);
        const key = agent === undefined && scope === '' ? '' : `${agent ?? ''}|${scope}`;
        const list = byAgent.get(key);
        if (list) list.push(local);
        else byAgent.set(key, [local]);
      });
      const named = [...byAgent.entries()].filter(([k]) => k !== '').sort((a, b) => b[1].length - a[1].length);
      const anonymous = byAgent.get('') ?? [];
      const home = named[0]?.[1] ?? anonymous;
      for (const [, locals] of named) for (const l of locals) uf.union(locals[0] as number, l);
      for (const l of anonymous) uf.union(home[0] as number, l);
      counter.pairs += members.length;
    } else {
      const postings = buildPostings(members.length, (local) => anchors(items[members[local] as number] as SlotItem));
      forEachSharedPair(postings, members.length, MAX_POSTING, (p, q) => {
        const a = items[members[p] as number] as SlotItem;
        const b = items[members[q] as number] as SlotItem;
        if (a.claim.id === b.claim.id || !agentsCompatible(a, b)) return;
        counter.pairs++;
        if (wordDice(contentWordsOf(a.claim), contentWordsOf(b.claim)) >= SIMILARITY || sharesEntity(a.claim, b.claim) || sharesSpecificVerb(a, b)) uf.union(p, q);
      });
    }
    for (const group of uf.groups().flatMap((g) => byPeriod(g.map((local) => items[members[local] as number] as SlotItem))).flatMap((g) => byQuestion(block, g))) {
      const groupItems = group;
      if (groupItems.length < 2) continue;
      const factItems: FactItem[] = groupItems.map((it) => ({
        sourceId: it.sourceId,
        claimId: it.claim.id,
        text: it.mention.text,
        start: it.mention.start,
        end: it.mention.end,
        value: it.mention.type === 'quantity' ? quantityText(it.mention.quantity) : it.mention.type === 'time' ? timeText(it.mention.time) : weekdayOrDate(it.mention),
        mention: it.mention,
        claim: it.claim,
      }));
      const [kind = '', lemma = '-', quantityKind = '', unitClass = ''] = block.split('|');
      // "date|-|derailment": the date of an event named by its noun.
      const label =
        figureLabel(block, groupItems) ??
        (kind === 'time'
          ? timeLabel(groupItems, lemma)
          : kind === 'date' && lemma === '-' && quantityKind
            ? `date of the ${quantityKind}`
            : kind === 'date' && lemma !== '-'
              ? dateLabel(groupItems, lemma)
            : quantityKind === 'percent' && unitClass.includes(':')
              ? shareLabel(unitClass, groupItems)
              : factLabel(kind, lemma === '-' ? '-' : verbWordOf(groupItems, lemma, kind === 'quantity' && quantityKind === 'count' ? 'count' : 'participle'), quantityKind, sameHead(groupItems, quantityKind, unitClass)));
      facts.push({ id: '', category: kind === 'date' || kind === 'time' ? 'date' : 'quantity', label: kind === 'quantity' && quantityKind === 'count' ? asWrittenNames(label, groupItems) : label, key: block, items: factItems });
    }
  }
  return withoutRepeats(facts);
}

const MAX_ONE_SOURCE = 64;

/**
 * The members of a block without the tables in it: a source that gives one thing more than MAX_ONE_SOURCE
 * different values ("1 were killed. 2 were killed. ..." for thousands of rows) is listing, not reporting, whoever
 * else fills the block. Kept, they would make the fact's comparison grow with the square of the rows.
 */
function withoutTables(members: readonly number[], items: readonly SlotItem[]): readonly number[] {
  if (members.length <= MAX_ONE_SOURCE) return members;
  const values = new Map<string, Set<string>>();
  for (const i of members) {
    const item = items[i] as SlotItem;
    let set = values.get(item.sourceId);
    if (!set) values.set(item.sourceId, (set = new Set()));
    if (set.size <= MAX_ONE_SOURCE) set.add(valueKey(item.mention));
  }
  const tables = new Set([...values].filter(([, set]) => set.size > MAX_ONE_SOURCE).map(([id]) => id));
  return tables.size === 0 ? members : members.filter((i) => !tables.has((items[i] as SlotItem).sourceId));
}

function valueKey(m: QuantityMention | DateMention | TimeMention): string {
  if (m.type === 'quantity') return `${m.quantity.min}|${m.quantity.max ?? ''}|${m.quantity.unit ?? ''}`;
  if (m.type === 'time') return `${m.time.start}|${m.time.end}`;
  return `${m.date.start}|${m.date.end}|${m.weekday ?? ''}`;
}

function spansSources(members: readonly number[], items: readonly SlotItem[]): boolean {
  const first = items[members[0] as number]?.sourceId;
  return members.some((i) => items[i]?.sourceId !== first);
}


function weekdayOrDate(m: DateMention): string {
  return m.weekday !== undefined && !m.date.resolved ? (WEEKDAY_NAMES[m.weekday] ?? '') : dateText(m.date);
}


/** The few words before the verb that say what happened: "the fire" in "The fire started at 1:30 a.m.". */
function subjectOf(item: SlotItem): string | undefined {
  const predicate = item.mention.predicate ?? item.claim.predicate;
  if (!predicate) return undefined;
  const words = item.claim.text.slice(0, Math.max(0, predicate.start - item.claim.start)).trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^[\p{L}'’-]+$/u.test(w) || RELATIVES.has(w.toLowerCase()))) return undefined;
  const first = (words[0] ?? '').toLowerCase();
  if (!DETERMINERS.has(first)) return undefined;
  return [first, ...words.slice(1)].join(' ');
}

/** The subject most sources give the verb ("the fire"), ties by spelling. */
function commonSubject(items: readonly SlotItem[]): string | undefined {
  const uses = new Map<string, number>();
  for (const it of items) {
    const s = subjectOf(it);
    if (s) uses.set(s, (uses.get(s) ?? 0) + 1);
  }
  return [...uses.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where']);

/** The verb has an object in the claim ("damaged the warehouse"): its subject and verb alone are no question. */
function hasObject(item: SlotItem): boolean {
  const predicate = item.mention.predicate ?? item.claim.predicate;
  if (!predicate) return false;
  const after = item.claim.text.slice(predicate.end - item.claim.start).trim();
  const rest = predicate.particle && after.toLowerCase().startsWith(predicate.particle) ? after.slice(predicate.particle.length).trim() : after;
  return /^(the|a|an|its|their|his|her|it|them|this|that|these|those|\p{Lu}|\d)/u.test(rest) && !/^(the|a|an) (day|week|month|year|morning|afternoon|evening|night)\b/i.test(rest);
}

/** "what time the fire started": the subject most sources give, then the verb. */
function timeLabel(items: readonly SlotItem[], lemma: string): string {
  const subject = commonSubject(items) ?? 'it';
  const verb = verbWordOf(items, lemma, 'past');
  return verb ? `what time ${subject} ${verb}` : 'what time';
}

/** "when the fire broke out", with the subject most sources give; "when privatised" without one. */
function dateLabel(items: readonly SlotItem[], lemma: string): string {
  const subject = items.some(hasObject) ? undefined : commonSubject(items);
  const past = verbWordOf(items, lemma, 'past');
  if (subject) return past ? `when ${subject} ${past}` : 'when';
  const participle = verbWordOf(items, lemma, 'participle');
  if (!participle) return 'when';
  // "when begun" is no English: an irregular verb whose forms differ reads "when it began".
  return past && past !== participle && !items.some(hasObject) ? `when it ${past}` : `when ${participle}`;
}

/** A body named in a count's label is spelt as the sources spell it: "number of Corps personnel", not "corps". */
function asWrittenNames(label: string, items: readonly SlotItem[]): string {
  const written = new Map<string, string>();
  for (const it of items) {
    for (const w of it.mention.text.split(/\s+/).slice(1)) if (/^\p{Lu}/u.test(w)) written.set(w.toLowerCase().replace(/[.]/g, ''), w);
  }
  if (written.size === 0) return label;
  return label.split(' ').map((w) => written.get(w) ?? w).join(' ');
}

const periodOf = (item: SlotItem) => (item.mention.type === 'quantity' ? (item.mention.quantity.period ?? '') : '');

/**
 * Counts of different periods ("last season" / "over three seasons") answer different questions: one group per
 * period. A count with no period joins the period when there is only one; beside several it says nothing of
 * which it answers, and is compared with none of them.
 */
function byPeriod(group: readonly SlotItem[]): SlotItem[][] {
  const periods = new Map<string, SlotItem[]>();
  const bare: SlotItem[] = [];
  for (const it of group) {
    const p = periodOf(it);
    if (!p) bare.push(it);
    else {
      const list = periods.get(p);
      if (list) list.push(it);
      else periods.set(p, [it]);
    }
  }
  if (periods.size <= 1) return [[...group]];
  return [...periods.values(), bare];
}

/** A fact found under two keys is one fact: keep the larger when one's mentions contain the other's. */
function withoutRepeats(facts: Fact[]): Fact[] {
  const sets = facts.map((f) => new Set(f.items.map((i) => `${i.sourceId}|${i.start}`)));
  // Only facts that share a mention can contain each other: look them up through the mentions.
  const factsOf = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const k of set) factsOf.set(k, [...(factsOf.get(k) ?? []), i]);
  });
  return facts.filter((_, i) => {
    const mine = sets[i] as Set<string>;
    const first = mine.values().next().value as string;
    return !(factsOf.get(first) ?? []).some((j) => {
      const other = sets[j] as Set<string>;
      return j !== i && other.size >= mine.size && (other.size > mine.size || j < i) && [...mine].every((k) => other.has(k));
    });
  });
}

/**
 * "share of the vote for Elena Varga", "turnout", "share of the budget", "change in unemployment (percentage
 * points)": whose share it is, in the sources' own name for the holder.
 */
const CHANGE_LEMMAS = new Set(['raise', 'rise', 'fall', 'gain', 'climb', 'drop', 'jump', 'slip', 'slide', 'increase', 'decrease', 'grow', 'decline', 'plunge', 'soar', 'tumble', 'surge', 'edge', 'lose', 'cut']);

function shareLabel(unitClass: string, items: readonly SlotItem[]): string {
  const [base = '', holder = ''] = unitClass.split(':');
  const points = base === 'points';
  if (!holder.startsWith('@')) {
    if (MEASURES.has(holder)) return points ? `change in ${holder} (percentage points)` : holder;
    // "Shares gained 6%", "sales slipped 2%": a change of the thing, not a share of it.
    const changes = items.every((it) => CHANGE_LEMMAS.has((it.mention.type === 'quantity' ? it.mention.predicate : undefined)?.lemma ?? it.claim.predicate?.lemma ?? ''));
    if (changes && !points) return `change in ${pluralOf(holder)} (%)`;
    const whole = nounClass(holder) === 'person' ? pluralOf(holder) : `the ${holder}`;
    return points ? `change in the share of ${whole} (percentage points)` : `share of ${whole}`;
  }
  const key = holder.slice(1);
  let name = '';
  let ofVote = false;
  for (const it of items) {
    if (it.claim.words.some((w) => w === 'vote' || w === 'votes' || w === 'ballots')) ofVote = true;
    for (const m of it.claim.mentions) {
      if (m.type !== 'entity') continue;
      const mine = m.kind === 'person' ? (m.key.split('@')[0] ?? '').split(' ').pop() : m.key.split('@')[0];
      if (mine === key && m.name.length > name.length) name = m.name;
    }
  }
  const whom = name || key;
  if (points) return `change in the share for ${whom} (percentage points)`;
  return ofVote ? `share of the vote for ${whom}` : `share for ${whom}`;
}

const CLASS_PLURALS: Readonly<Record<string, string>> = {
  person: 'people', organization: 'organisations', building: 'buildings', vehicle: 'vehicles', message: 'messages', attack: 'attacks',
};

/**
 * The verb an editor reads in the label, built by the language layer from the sources' own verbs ("laid off",
 * "suspended", "who died"); where no source's verb has a lemma, the lexicon's participle, or the sources' own
 * past form ("collapsed", "mobilized"); never a stem ("collaps").
 */
function verbWordOf(items: readonly SlotItem[], lemma: string, form: VerbForm): string {
  // Only the verbs the fact is keyed by: "were declared dead" counts the dead, and is not worded "declared".
  const worded = verbWording(items.map((it) => it.mention.predicate ?? it.claim.predicate).filter((p) => keyLemma(p) === lemma), form);
  if (worded) return worded;
  if (isLexiconLemma(lemma)) return participle(lemma);
  const uses = new Map<string, number>();
  for (const it of items) {
    const words = ((it.mention.predicate ?? it.claim.predicate)?.text ?? '').toLowerCase().split(/\s+/);
    const word = words[words.length - 1] ?? '';
    if (/^[a-z]+(ed|en|wn|ught|id|ne)$/.test(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  const best = [...uses.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : '';
}

/** Nouns that say only "people": a count of them is labelled by its class. */
const PLAIN_PEOPLE = new Set(['people', 'person', 'individual']);

/**
 * The thing a count's label names: the counted noun itself when every source counts the same one ("vessels",
 * "subcontractors"), the class of the nouns when they differ ("workers" / "employees": people).
 */
function sameHead(items: readonly SlotItem[], quantityKind: string, unitClass: string): string {
  if (quantityKind !== 'count' || unitClass.includes(':')) return unitClass;
  const units = new Set(items.map((it) => (it.mention.type === 'quantity' ? it.mention.quantity.unit : '')));
  const [unit] = units;
  if (units.size !== 1 || !unit || unit.includes(' ') || PLAIN_PEOPLE.has(unit) || unit === unitClass) return unitClass;
  return unit;
}

/** What the fact is about, in words: "organisations sanctioned", "how long (attacked)", "when attacked". */
export function factLabel(kind: string, verbWord: string, quantityKind: string, unitClass: string): string {
  const verb = verbWord === '-' ? '' : verbWord;
  if (kind === 'date') return verb ? `when ${verb}` : 'when';
  if (quantityKind === 'duration' && unitClass.startsWith('offset:')) return unitClass.split(':')[2] === 'later' ? 'how long after' : `how long after the ${unitClass.split(':').slice(3).join(' ') || 'event'}`;
  if (quantityKind === 'duration' && unitClass.split(':').length === 3) return `length of the ${unitClass.split(':')[2]}`;
  if (quantityKind === 'duration') return verb ? `how long (${verb})` : 'how long';
  // "cost" is its own question: "amount cost" is no English.
  if (quantityKind === 'money') return verb === 'cost' ? 'cost' : verb ? `amount ${verb}` : `amount in ${unitClass.split(':')[1] ?? 'money'}`;
  if (quantityKind === 'percent' && unitClass === 'points') return verb ? `change in percentage points (${verb})` : 'change in percentage points';
  if (quantityKind === 'percent') return verb ? `share ${verb}` : 'share';
  if (quantityKind === 'measure') return measureLabel(unitClass, verb);
  // "personnel:corps" is Corps personnel: the scope reads before the noun.
  const [noun = unitClass, scope] = unitClass.split(':');
  const things = scope ? `${scope} ${CLASS_PLURALS[noun] ?? pluralOf(noun)}` : (CLASS_PLURALS[unitClass] ?? pluralOf(unitClass));
  // "number of deaths", never "number of deaths killed".
  if (unitClass === 'death') return 'number of deaths';
  // "number of injuries", never "number of injuries injured": the verb is the noun again.
  if (verb && things.slice(0, 5) === verb.slice(0, 5)) return `number of ${things}`;
  return `number of ${things} ${verb}`.trim();
}

const DIMENSION_WORDS: Readonly<Record<string, string>> = { length: 'distance', mass: 'weight', temperature: 'temperature', speed: 'speed', area: 'area', volume: 'volume' };
const DIRECTION_WORDS: Readonly<Record<string, string>> = { off: 'off', from: 'from' };

/** "distance north of the border", "length of the vessel", "weight of aid", "magnitude". */
function measureLabel(unitClass: string, verb: string): string {
  const [, dimension = '', qualifier = ''] = unitClass.split(':');
  const rest = unitClass.split(':').slice(3).join(' ');
  const word = DIMENSION_WORDS[dimension];
  if (!word) return unitClass.replace(/^measure:/, '');
  if (!qualifier) return `${word} ${verb}`.trim();
  if (DIRECTION_WORDS[qualifier]) return `${word} ${qualifier}${rest ? ` the ${rest}` : ''}`;
  if (/^(north|south|east|west|inland|offshore|away|deep|high|long|wide|tall|below|above|beneath|underground|upstream|downstream)/.test(qualifier)) return `${word} ${qualifier}${rest ? ` of ${rest}` : ''}`;
  return dimension === 'length' ? `length of the ${qualifier}` : `${word} of ${qualifier}`;
}

/** The same long, specific verb ("privatised") for the same kind of value: one event within a story. */
function sharesSpecificVerb(a: SlotItem, b: SlotItem): boolean {
  const va = (a.mention.predicate ?? a.claim.predicate)?.text.toLowerCase() ?? '';
  const vb = (b.mention.predicate ?? b.claim.predicate)?.text.toLowerCase() ?? '';
  return va === vb && va.length >= 9 && !SPEECH_VERBS.has(va);
}

function sharesEntity(a: Claim, b: Claim): boolean {
  const keys = (c: Claim) => c.mentions.filter((m): m is EntityMention => m.type === 'entity' && m.kind !== 'place').map((m) => m.key.split('@')[0] ?? '');
  const kb = keys(b);
  return keys(a).some((k) => kb.some((o) => o === k || diceCoefficient(o, k) >= 0.75));
}
