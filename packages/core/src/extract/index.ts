import type { Claim, DateMention, EntityMention, ExtractedSource, Mention, Predicate, QuantityMention, SegmentedSource, Sentence, TimeMention, Token } from '../model.js';
import { type Clause, splitClauses } from './claims/clauses.js';
import { contentWords, findAttribution, findHedge, findQuotes, isNegated } from './claims/cues.js';
import { assertedCore, readStance } from './claims/stance.js';
import { extractAges, isAge, resolveAges } from './mentions/ages.js';
import { extractDates } from './mentions/dates.js';
import { extractTimes } from './mentions/times.js';
import { attachQuotations } from './claims/quotations.js';
import { extractEntities, learnNames, type NameContext } from './mentions/names.js';
import { attachOrigins, originReferences, resolveOrigins } from './mentions/origins.js';
import { agentFor, framedPredicate, predicateFor, withBase } from './claims/predicates.js';
import { tagTokens, type WordTag } from '../language/tagger.js';
import { enumerationCounts, extractQuantities, keepShareHolders, lengthOfThing } from './mentions/quantities.js';
import { type Draft, memoKey, recall, remember, shifted } from './sentence-cache.js';
import { wholeReferences } from '../shared/spans.js';

const within = (m: { start: number; end: number }, start: number, end: number) => m.start >= start && m.end <= end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** An actor named by its function is built from tokens ("the rail regulator"): its text is the original, spaces and all. */
function asWritten(agent: EntityMention | undefined, text: string): EntityMention | undefined {
  if (!agent) return undefined;
  const written = text.slice(agent.start, agent.end);
  return written === agent.text ? agent : { ...agent, text: written };
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Extract stage: every sentence of the article body becomes one or more claims. A clause is a claim;
 * a clause with several counted things ("a shell company and three directors") gives one claim per count.
 * Headlines and section headings are left out: they repeat the body in fewer words.
 */
export function extractClaims(source: SegmentedSource): ExtractedSource {
  const text = source.text;
  const names = learnNames(source.sentences, text);
  const claims: Claim[] = [];
  for (const sentence of source.sentences) {
    if (sentence.blockKind === 'heading') continue;
    for (const draft of sentenceDrafts(sentence, names, text, source.date)) {
      claims.push({ id: `${source.id}:c${claims.length + 1}`, sourceId: source.id, sentenceId: sentence.id, ...draft });
    }
  }
  attachQuotations(claims, text);
  const out: ExtractedSource = { id: source.id, text, claims: resolveOrigins(resolveAges(claims, text)), clutter: source.clutter };
  if (source.path !== undefined) out.path = source.path;
  if (source.date !== undefined) out.date = source.date;
  if (source.meta !== undefined) out.meta = source.meta;
  return out;
}

const MEMO_MAX_TOKENS = 160;
/** The most counted things a clause is split into claims for; the fixtures' clauses have at most five. */
const MAX_COUNTS_SPLIT = 12;

/** One sentence's claims, from the memo when the same sentence was read before in the same circumstances. */
function sentenceDrafts(sentence: Sentence, names: NameContext, text: string, date: string | undefined): Draft[] {
  // Only sentences that repeat pay for the memo's key and copy; wire copy repeats sentences of a few dozen words,
  // never one of hundreds of tokens.
  if (sentence.tokens.length > MEMO_MAX_TOKENS) return readSentence(sentence, names, text, date);
  const key = memoKey(sentence, names, date);
  const known = recall<Draft[]>(key);
  if (known) {
    for (const [abbreviation, target] of known.abbreviations) names.abbreviations.set(abbreviation, target);
    return shifted(known.value, sentence.start - known.sentenceStart);
  }
  // Abbreviations the sentence defines or redefines, replayed on a memo hit.
  const before = new Map(names.abbreviations);
  const drafts = readSentence(sentence, names, text, date);
  const defined = [...names.abbreviations].filter(([abbreviation, target]) => before.get(abbreviation) !== target);
  remember(key, { sentenceStart: sentence.start, value: shifted(drafts, 0), abbreviations: defined });
  return drafts;
}

function readSentence(sentence: Sentence, names: NameContext, text: string, date: string | undefined): Draft[] {
  const drafts: Draft[] = [];
  // What depends on the clause alone is read once per clause, not once per figure in it: a clause of many
  // figures would otherwise be read whole for each of them.
  const perClause = new Map<Clause, { negated: boolean; quotes: Draft['quotes']; words: string[]; hedge: Draft['hedge']; stance: Draft['stance']; core: Draft['core'] }>();
  const clauseCues = (clause: Clause, shared: SentenceCues, start: number, end: number) => {
    let cues = perClause.get(clause);
    if (!cues) {
      const tokens = sentence.tokens;
      const negated = isNegated(tokens, clause);
      // The speaker's words ("…, police said") are no part of what the clause denies.
      const said = shared.attribution;
      const outside = (i: number) => said !== undefined && (tokens[i]?.start ?? 0) >= said.start && (tokens[i]?.end ?? 0) <= said.end;
      const stance = readStance(tokens, clause, text, outside);
      cues = { negated, quotes: shared.quotes.filter((q) => overlaps(q, { start, end })), words: contentWords(tokens, clause.from, clause.to), hedge: findHedge(tokens, clause), stance, core: stance ? undefined : assertedCore(tokens, clause, negated) };
      perClause.set(clause, cues);
    }
    return cues;
  };
  // The actor of one verb in one clause, found once however many figures hang on that verb.
  const agents = new Map<Clause, Map<string, EntityMention | undefined>>();
  const agentOf = (clause: Clause, predicate: Predicate | undefined, entities: readonly EntityMention[]) => {
    if (!predicate) return undefined;
    let byVerb = agents.get(clause);
    if (!byVerb) agents.set(clause, (byVerb = new Map()));
    const key = `${predicate.start}|${predicate.text}`;
    if (!byVerb.has(key)) byVerb.set(key, agentFor(sentence.tokens, clause, predicate, entities));
    return byVerb.get(key);
  };
  const addClaim = (clause: Clause, mentions: Mention[], focus: QuantityMention | DateMention | TimeMention | undefined, shared: SentenceCues, entities: EntityMention[]) => {
    const tokens = sentence.tokens;
    const first = tokens[clause.from] as Token;
    const last = tokens[clause.to - 1] as Token;
    const cues = clauseCues(clause, shared, first.start, last.end);
    // An age says who someone is, not what the clause is about: it never picks the clause's verb.
    const anchor = focus ?? mentions.find((m) => m.type !== 'entity' && !isAge(m));
    const attached = anchor?.predicate;
    const predicate = attached ?? (anchor ? predicateFor(tokens, clause, anchor.start, anchor.end) : predicateFor(tokens, clause, last.end, last.end));
    const claim: Draft = {
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      mentions,
      negated: cues.negated,
      quotes: cues.quotes,
      words: cues.words,
    };
    if (predicate) claim.predicate = predicate;
    const agent = asWritten(agentOf(clause, predicate, entities), text);
    if (agent) claim.agent = agent;
    if (shared.attribution) claim.attribution = shared.attribution;
    if (cues.hedge) claim.hedge = cues.hedge;
    if (cues.stance) claim.stance = cues.stance;
    if (cues.core) claim.core = cues.core;
    drafts.push(claim);
  };

  // Tags are read only for a sentence with a figure or a date, once.
  let tags: WordTag[] | undefined;
  const tagsOf = () => (tags ??= tagTokens(sentence.tokens));
  const named = attachOrigins(sentence, text, extractEntities(sentence, names, text));
  const references = originReferences(sentence, text, named);
  const calendar = extractDates(sentence, text, date);
  const clocks = extractTimes(sentence, text, calendar);
  // Times go with the dates: a day and an hour both say when, and neither is a figure.
  const dates: (DateMention | TimeMention)[] = [...calendar, ...clocks.times].sort(byPosition);
  const notFigure = [...dates, ...clocks.covered];
  const ages = extractAges(sentence, text, named).filter((a) => !notFigure.some((d) => overlaps(d, a)));
  // "35 years old" is an age, never a duration.
  const figures = extractQuantities(sentence, text).filter((q) => !notFigure.some((d) => overlaps(d, q)) && !ages.some((a) => overlaps(a, q)));
  // A capitalised currency code or unit is part of a figure ("EUR 12 million"), not a name.
  const entities = named.filter((e) => !figures.some((q) => overlaps(q, e)) && ![...clocks.times, ...clocks.covered].some((d) => overlaps(d, e)));
  const quantities = [...figures, ...enumerationCounts(sentence, entities, text).filter((q) => !notFigure.some((d) => overlaps(d, q)))];
  keepShareHolders(sentence.tokens, figures, entities);
  for (const m of [...entities, ...dates, ...quantities, ...ages]) wholeReferences(m, text);
  const shared: SentenceCues = { quotes: findQuotes(sentence.tokens, text), attribution: findAttribution(sentence.tokens, text, entities) };
  for (const clause of splitClauses(sentence.tokens)) {
    const start = sentence.tokens[clause.from]?.start ?? 0;
    const end = sentence.tokens[clause.to - 1]?.end ?? 0;
    const clauseEntities = entities.filter((m) => within(m, start, end));
    const clauseDates = dates.filter((m) => within(m, start, end));
    const clauseQuantities = quantities.filter((m) => within(m, start, end));
    // An age goes with the clause's first claim: it is no counted thing of its own, so it never splits the clause.
    const clauseAges = ages.filter((m) => within(m, start, end));
    for (const m of [...clauseDates, ...clauseQuantities]) {
      // A figure's verb is the one it is the subject or object of ("Twelve workers were laid off", "cut 15 jobs");
      // elsewhere, and for a date, the nearest verb: a date hangs on the verb before it ("broke out on Tuesday").
      const tags = tagsOf();
      const nearest = predicateFor(sentence.tokens, clause, m.start, m.end, m.type === 'quantity' ? 1.5 : 3);
      // A lexicon word inside the figure says what it counts whatever the verb: "caused four injuries" counts injuries.
      const inside = nearest !== undefined && nearest.start >= m.start && nearest.end <= m.end;
      const framed = m.type === 'quantity' && !inside ? framedPredicate(sentence.tokens, tags, clause, m.start, m.end) : undefined;
      const predicate = framed ?? (nearest && withBase(sentence.tokens, tags, nearest));
      if (!predicate) continue;
      m.predicate = predicate;
      if (m.type === 'quantity') m.quantity = lengthOfThing(m.quantity, predicate.lemma);
      const agent = asWritten(agentOf(clause, predicate, entities), text);
      if (agent) m.agent = agent;
    }
    // A clause of one count is one claim; so is a clause of more counts than any sentence reports one by one (a
    // list or a flattened table): split, each of its claims would repeat the clause and all its other mentions.
    if (clauseQuantities.length <= 1 || clauseQuantities.length > MAX_COUNTS_SPLIT) {
      addClaim(clause, [...clauseEntities, ...clauseDates, ...clauseQuantities, ...clauseAges].sort(byPosition), clauseQuantities[0] ?? clauseDates[0], shared, entities);
      continue;
    }
    // One claim per counted thing: the facts are compared one by one.
    clauseQuantities.forEach((q, k) => {
      const others = clauseEntities.filter((e) => !within(e, q.start, q.end) || q.quantity.basis === 'enumeration');
      addClaim(clause, [...others, ...clauseDates, q, ...(k === 0 ? clauseAges : [])].sort(byPosition), q, shared, entities);
    });
  }
  // An origin of someone the sentence does not name goes with the claim it stands in.
  for (const r of references) {
    const holder = drafts.find((d) => d.start <= r.start && d.end >= r.end) ?? drafts[0];
    if (holder) holder.references = [...(holder.references ?? []), r];
  }
  return drafts;
}

interface SentenceCues {
  quotes: ReturnType<typeof findQuotes>;
  attribution: ReturnType<typeof findAttribution>;
}
