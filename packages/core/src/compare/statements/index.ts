import type { Evidence, Fact, FactItem, Finding } from '../../model.js';
import { diceCoefficient, wordDice } from '../../shared/similarity.js';
import { statementWords } from '../../shared/statement-words.js';
import { antonymBase, areOpposite } from '../../lexicon/antonyms.js';
import { isLexiconLemma } from '../../lexicon/verbs.js';
import { actorEvidence, entityValue, sameActor } from './actors.js';
import { currencyNote, itemsDifferInValue, valuesDiffer } from './values.js';
import { quote, shorten, sourceList } from '../shared.js';
import { readSpeaker, relateSpeakers, reportedWords, namesOther, type EntityJudge, type Speaker } from './speakers.js';

const CLOSE = 0.6;

/** Each source's own words, briefly: an agreement never lends one source's sentence to the others. */
function ownWords(items: readonly FactItem[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const item of items) {
    if (seen.has(item.sourceId)) continue;
    seen.add(item.sourceId);
    parts.push(`${item.sourceId} ${quote(shorten(item.text, 70))}`);
  }
  return parts.join('; ');
}
const NEGATION_CLOSE = 0.65;
const words = (i: FactItem) => statementWords(i.claim);

/**
 * Statements said alike by several sources: a divergence when one source negates what another affirms,
 * or when sources credit the same act to different named actors ("the Treasury imposed" / "the Foreign Office
 * imposed"). Places are not compared here: "the UK" and "London" are the same government, and different
 * countries doing the same thing are different facts.
 */

/** Values that differ only as spellings of one name ("helenpark" / "helenparks") become the first one seen. */
function unifySpellings(evidence: Evidence[]): Evidence[] {
  const seen: string[] = [];
  return evidence.map((e) => {
    const value = e.value ?? '';
    const same = seen.find((v) => v === value || (!v.startsWith('place:') && !value.startsWith('place:') && diceCoefficient(v, value) >= 0.8));
    if (!same) {
      seen.push(value);
      return e;
    }
    return { ...e, value: same };
  });
}

/** Named organisations and people are compared; a country is not, since two countries can do the same thing. */
function agentEvidence(item: FactItem): Evidence | undefined {
  const e = actorEvidence(item);
  // Whoever speaks ("Jo Reed's lawyer said") is for the speaker rules, which know whom a speaker speaks for.
  const a = item.claim.attribution;
  if (e && a && e.start >= a.start && e.end <= a.end) return undefined;
  return e && !e.value?.startsWith('place:') ? e : undefined;
}

const evidenceOfItem = (i: FactItem): Evidence => ({ sourceId: i.sourceId, claimId: i.claimId, text: i.text, start: i.start, end: i.end, value: i.value });

/** The antonym-pair verb a claim rests on, as written and as its base, if any. */
function opposableVerb(i: FactItem): { word: string; base: string } | undefined {
  for (const w of i.claim.text.split(/[^\p{L}]+/u)) {
    const base = antonymBase(w);
    if (base) return { word: w.toLowerCase(), base };
  }
  return undefined;
}

/**
 * "The talks resumed" / "the talks were suspended": the same statement with opposite verbs. Compared only
 * between claims that are close once the verbs are set aside, and never where one of them is negated.
 */
function opposedVerbs(fact: Fact): Finding[] {
  const verbed = fact.items.map((i) => ({ i, v: opposableVerb(i) })).filter((x) => x.v !== undefined && !x.i.claim.negated) as { i: FactItem; v: { word: string; base: string } }[];
  for (const a of verbed) {
    for (const b of verbed) {
      if (a.i.sourceId >= b.i.sourceId || !areOpposite(a.v.base, b.v.base)) continue;
      const rest = (x: { i: FactItem; v: { word: string } }) => words(x.i).filter((w) => antonymBase(w) === undefined);
      if (wordDice(rest(a), rest(b)) < NEGATION_CLOSE) continue;
      return [
        {
          kind: 'divergence',
          category: 'statement',
          severity: 'error',
          rule: 'statement/contradiction',
          fact: fact.label,
          message: `${a.i.sourceId} says ${quote(a.v.word)} where ${b.i.sourceId} says ${quote(b.v.word)} about the same thing: ${quote(shorten(a.i.text, 90))} vs ${quote(shorten(b.i.text, 90))}.`,
          evidence: [evidenceOfItem(a.i), evidenceOfItem(b.i)],
        },
      ];
    }
  }
  return [];
}

/**
 * The same statement made as fact in one source and hedged in another ("is believed to have triggered",
 * "reportedly", "one possibility is", "may have"): the sources agree on what they say but not on how sure it
 * is, which an editor must settle before stating it flatly. A flat statement credited to a speaker ("…, the
 * coast guard said") is stated as fact too. A forecast ("is expected to") and modal "could" ("could be seen")
 * are no doubt about a fact.
 */
function hedgedAgainstFact(fact: Fact): Finding[] {
  const doubts = (i: FactItem) => i.claim.hedge !== undefined && i.claim.hedge.level !== 'expected' && i.claim.hedge.text.toLowerCase() !== 'could';
  const hedged = fact.items.filter((i) => doubts(i) && !i.claim.negated);
  const plain = fact.items.filter((i) => i.claim.hedge === undefined && !i.claim.negated);
  const pairs = hedged.flatMap((h) => plain.filter((p) => p.sourceId !== h.sourceId && !valuesDiffer(h.claim, p.claim) && wordDice(words(h), words(p)) >= CLOSE).map((p) => [h, p] as const));
  const [first] = pairs;
  if (!first) return [];
  const [h, p] = first;
  return [
    {
      kind: 'divergence',
      category: 'statement',
      severity: 'warning',
      rule: 'statement/hedged',
      fact: fact.label,
      message: `${h.sourceId} hedges (${quote(h.claim.hedge?.text ?? '')}) what ${p.sourceId} states as fact: ${quote(shorten(h.text, 90))} vs ${quote(shorten(p.text, 90))}.`,
      evidence: [evidenceOfItem(p), evidenceOfItem(h)],
    },
  ];
}

export function compareStatements(fact: Fact, judge: EntityJudge = () => undefined): Finding[] {
  const findings: Finding[] = [];
  // Negation is judged only between nearly identical statements: a "not" in a loosely similar sentence is noise.
  const pairs = fact.items.filter((i) => fact.items.some((o) => o.sourceId !== i.sourceId && o.claim.negated !== i.claim.negated && wordDice(words(i), words(o)) >= NEGATION_CLOSE));
  const negated = pairs.filter((i) => i.claim.negated);
  const affirmed = pairs.filter((i) => !i.claim.negated);
  if (negated.length > 0 && affirmed.length > 0 && new Set([...negated, ...affirmed].map((i) => i.sourceId)).size >= 2) {
    findings.push({
      kind: 'divergence',
      category: 'statement',
      severity: 'error',
      rule: 'statement/negation',
      fact: fact.label,
      message: `${sourceList(negated)} negate${negated.length > 1 ? '' : 's'} what ${sourceList(affirmed)} state${affirmed.length > 1 ? '' : 's'}: ${quote(negated[0]?.text ?? '')} vs ${quote(affirmed[0]?.text ?? '')}.`,
      evidence: [...affirmed, ...negated].map((i) => ({ sourceId: i.sourceId, claimId: i.claimId, text: i.text, start: i.start, end: i.end, value: i.value })),
    });
  }
  findings.push(...opposedVerbs(fact), ...hedgedAgainstFact(fact));
  const currencies = currencyNote(fact);
  if (currencies) findings.push(currencies);
  // Only claims that say nearly the same thing can be said to credit it to different actors.
  const withActor = fact.items.filter((i) => agentEvidence(i) !== undefined);
  // A claim that names the other source's actor too ("the Ministry of Health and the Ministry of Finance met")
  // credits it as well.
  const names = (i: FactItem, value: string | undefined) => i.claim.mentions.some((m) => m.type === 'entity' && entityValue(m.key) === value);
  const close = withActor.filter((i) => withActor.some((o) => o.sourceId !== i.sourceId && agentEvidence(o)?.value !== agentEvidence(i)?.value && !names(i, agentEvidence(o)?.value) && !names(o, agentEvidence(i)?.value) && wordDice(words(o), words(i)) >= CLOSE));
  const actors = unifySpellings(close.map(agentEvidence).filter((e): e is Evidence => e !== undefined));
  const keys = new Set(actors.map((e) => e.value));
  if (keys.size >= 2 && new Set(actors.map((e) => e.sourceId)).size >= 2) {
    const byKey = [...keys].map((k) => actors.filter((e) => e.value === k));
    findings.push({
      kind: 'divergence',
      category: 'attribution',
      severity: 'warning',
      rule: 'attribution/actor',
      fact: fact.label,
      message: `Sources credit this to different actors: ${byKey.map((list) => `${quote(list[0]?.text ?? '')} (${[...new Set(list.map((e) => e.sourceId))].join(', ')})`).join(' vs ')}.`,
      evidence: actors,
    });
  }
  findings.push(...compareSpeakers(fact, judge, findings.some((f) => f.rule === 'attribution/actor')));
  const actor = sameActor(fact.items, fact.label);
  if (actor && !findings.some((f) => f.category === 'attribution')) findings.push(actor);
  // A statement agreement only for acts (a lexicon predicate): commentary that happens to share words is not news.
  const acts = fact.items.every((i) => i.claim.predicate !== undefined && isLexiconLemma(i.claim.predicate.lemma));
  if (acts && !findings.some((f) => f.kind === 'divergence') && new Set(fact.items.map((i) => i.sourceId)).size >= 2 && !itemsDifferInValue(fact.items)) {
    findings.push({
      kind: 'agreement',
      category: 'statement',
      severity: 'info',
      rule: 'statement/same',
      fact: fact.label,
      message: `${sourceList(fact.items)} say the same thing, each in its own words: ${ownWords(fact.items)}.`,
      evidence: fact.items.map((i) => ({ sourceId: i.sourceId, claimId: i.claimId, text: i.text, start: i.start, end: i.end, value: i.value })),
    });
  }
  return findings;
}

/**
 * Who says so. Sources agree on the speaker when every one names the same person, organisation or body in
 * the same post; they diverge when two of them credit nearly the same words to speakers that cannot be one
 * ("the embassy" / "the foreign ministry", "a spokesperson for Acme" / "Acme's chief executive"). A person
 * and the organisation they speak for, or "officials" and "the ministry", are neither.
 */
function compareSpeakers(fact: Fact, judge: EntityJudge, actorsDiffer: boolean): Finding[] {
  const said = fact.items.map(readSpeaker).filter((x): x is Speaker => x !== undefined);
  if (new Set(said.map((x) => x.item.sourceId)).size < 2) return [];
  const pairs = said.flatMap((x) => said.filter((y) => x.item.sourceId < y.item.sourceId).map((y) => [x, y, relateSpeakers(x, y, judge)] as const));
  if (pairs.every(([, , r]) => r === 'same')) {
    return [
      {
        kind: 'agreement',
        category: 'attribution',
        severity: 'info',
        rule: 'attribution/same',
        fact: fact.label,
        message: `${sourceList(said.map((x) => x.item))} credit this to the same speaker: ${[...new Set(said.map((x) => quote(x.evidence.text)))].join(' / ')}.`,
        evidence: said.map((x) => x.evidence),
      },
    ];
  }
  // Only what is said alike, once the speakers' own words are set aside, can be said to be credited to two.
  const differing = pairs.filter(([x, y, r]) => r === 'different' && !valuesDiffer(x.item.claim, y.item.claim) && !namesOther(x, y) && !namesOther(y, x) && reportedWords(x).length >= 2 && reportedWords(y).length >= 2 && wordDice(reportedWords(x), reportedWords(y)) >= CLOSE);
  if (differing.length === 0 || actorsDiffer) return [];
  const involved = [...new Set(differing.flatMap(([x, y]) => [x, y]))];
  const byText = new Map<string, Speaker[]>();
  for (const s of involved) byText.set(s.evidence.text, [...(byText.get(s.evidence.text) ?? []), s]);
  return [
    {
      kind: 'divergence',
      category: 'attribution',
      severity: 'warning',
      rule: 'attribution/speaker',
      fact: fact.label,
      message: `Sources credit this to different speakers: ${[...byText.entries()].map(([text, list]) => `${quote(text)} (${[...new Set(list.map((s) => s.item.sourceId))].join(', ')})`).join(' vs ')}.`,
      evidence: involved.map((s) => s.evidence),
    },
  ];
}

/** Two sources carry the same quoted words: they report the same statement, whoever they credit it to. */
export function sharedQuote(fact: Fact): Finding {
  return {
    kind: 'agreement',
    category: 'statement',
    severity: 'info',
    rule: 'statement/quote',
    fact: fact.label,
    message: `${sourceList(fact.items)} report the same words: ${quote(fact.items[0]?.text ?? '')}.`,
    evidence: fact.items.map((i) => ({ sourceId: i.sourceId, claimId: i.claimId, text: i.text, start: i.start, end: i.end, value: i.value })),
  };
}
