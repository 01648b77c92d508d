import { participle } from '../../lexicon/verbs.js';
import { verbWording } from '../../language/wording.js';
import type { DateMention, Fact, FactItem, Finding, Quantity } from '../../model.js';
import { wordDice } from '../../shared/similarity.js';
import { sameActor } from '../statements/actors.js';
import { equal, type Interval, intervalOf, isRange, overlap, rangesMeet } from './intervals.js';
import { sameSplit, splitsMeet } from './splits.js';
import { compareTimes, compareWeekdays, hasUnpinnedWeekday } from './times.js';
import { distinctBySourceValue, evidenceOf, listed, MAX_LISTED, quote, sourceList } from '../shared.js';

/**
 * Quantities and dates as intervals. Values that cannot both be true (disjoint intervals) diverge;
 * values that overlap agree, exactly or with different precision ("in 2021" inside "between 2021 and 2022").
 * A value group is the set of sources stating one interval.
 */

interface ValueGroup {
  interval: Interval;
  items: FactItem[];
}

function isVague(item: FactItem): boolean {
  const m = item.mention;
  return m?.type === 'quantity' && m.quantity.basis === 'vague';
}

function groupsOf(items: readonly FactItem[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const item of items) {
    const interval = intervalOf(item);
    const group = groups.find((g) => equal(g.interval, interval) && sameSplit(g.items[0] as FactItem, item));
    if (group) group.items.push(item);
    else groups.push({ interval, items: [item] });
  }
  return groups.sort((a, b) => b.items.length - a.items.length || a.interval.min - b.interval.min);
}

function measureOf(g: ValueGroup): Quantity | undefined {
  const m = g.items[0]?.mention;
  return m?.type === 'quantity' && m.quantity.statedUnit ? m.quantity : undefined;
}

/**
 * Whether two values can both be true. Figures converted from different units meet within their rounding
 * ("a 210-metre ship" and "a 690-foot vessel"); the same unit is compared as written.
 */
function meets(a: ValueGroup, b: ValueGroup): boolean {
  if (differentFloors(a, b)) return false;
  const ra = a.items[0];
  const rb = b.items[0];
  const split = ra && rb ? splitsMeet(ra, rb) : undefined;
  if (split !== undefined) return split;
  if (ra && rb && isRange(ra) && isRange(rb)) return rangesMeet(ra.mention as DateMention, rb.mention as DateMention);
  if (overlap(a.interval, b.interval)) return true;
  const qa = measureOf(a);
  const qb = measureOf(b);
  if (!qa || !qb || qa.statedUnit === qb.statedUnit) return false;
  const pa = qa.precision ?? 0;
  const pb = qb.precision ?? 0;
  return overlap({ min: a.interval.min - pa, max: a.interval.max + pa }, { min: b.interval.min - pb, max: b.interval.max + pb });
}

const DEICTIC = /^(today|yesterday|tomorrow|tonight|this (morning|afternoon|evening|week)|last night)\b/i;
const allRelative = (g: ValueGroup) => g.items.every((i) => i.mention?.type === 'date' && DEICTIC.test(i.text));

/** A figure given as a floor ("more than 3,200", "at least 2,291"): precise, open above. */
function floorOf(g: ValueGroup): number | undefined {
  const m = g.items[0]?.mention;
  if (m?.type !== 'quantity' || m.quantity.max !== null || (m.quantity.basis !== 'numeral' && m.quantity.basis !== 'word')) return undefined;
  return m.quantity.min;
}

/**
 * "More than 3,200" and "more than 3,500" can both be true, yet a reporter gives the floor the count has reached:
 * two floors more than a tenth apart are two different figures for one count.
 */
function differentFloors(a: ValueGroup, b: ValueGroup): boolean {
  const fa = floorOf(a);
  const fb = floorOf(b);
  if (fa === undefined || fb === undefined || fa <= 0 || fb <= 0) return false;
  return Math.max(fa, fb) / Math.min(fa, fb) >= 1.1;
}

const SOURCES = new WeakMap<ValueGroup, Set<string>>();
const sourcesOf = (g: ValueGroup): Set<string> => {
  let set = SOURCES.get(g);
  if (!set) SOURCES.set(g, (set = new Set(g.items.map((i) => i.sourceId))));
  return set;
};

/**
 * Two figures that cannot both be true are a contradiction only when sources set them against each other.
 * One article giving several figures for one noun ("13 counties ... 25 counties") is reporting several facts;
 * and when two sources each give both figures, the figures are two facts that both sources know apart
 * (a main shock and its aftershock, the first and the second aid package).
 */
/** For each value group, the groups whose values can hold beside it (itself included): computed once per fact. */
type Meeting = ReadonlyMap<ValueGroup, ReadonlySet<ValueGroup>>;

function meetingOf(groups: readonly ValueGroup[]): Meeting {
  const index = new Map<ValueGroup, Set<ValueGroup>>(groups.map((g) => [g, new Set([g])]));
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i] as ValueGroup;
      const b = groups[j] as ValueGroup;
      if (!meets(a, b)) continue;
      index.get(a)?.add(b);
      index.get(b)?.add(a);
    }
  }
  return index;
}

/** The sources that vouch for a group's value, once per group of a fact: pairs of groups ask it again and again. */
const VOICES = new WeakMap<Meeting, Map<ValueGroup, Set<string>>>();
function voicesOf(g: ValueGroup, meeting: Meeting): Set<string> {
  let byGroup = VOICES.get(meeting);
  if (!byGroup) VOICES.set(meeting, (byGroup = new Map()));
  let voices = byGroup.get(g);
  if (!voices) {
    voices = new Set([...(meeting.get(g) ?? [g])].filter((o) => o === g || !o.items.every(isVague)).flatMap((o) => [...sourcesOf(o)]));
    byGroup.set(g, voices);
  }
  return voices;
}

function isContradiction(a: ValueGroup, b: ValueGroup, meeting: Meeting): boolean {
  // "Today" in two releases of different days is each release's own day: two events, not one date disputed.
  if (allRelative(a) && allRelative(b)) return false;
  const [ia, ib] = [sourcesOf(a), sourcesOf(b)];
  if (ia.size + ib.size < 2 || (ia.size === 1 && ib.size === 1 && [...ia][0] === [...ib][0])) return restatesWithOtherFigure(a, b);
  // A source giving "$85 million" also vouches for "about $85 million": voices are counted over values that meet.
  // Only a precise value vouches: "thousands" meets every large figure and says nothing of which.
  const sa = voicesOf(a, meeting);
  const sb = voicesOf(b, meeting);
  let both = 0;
  for (const s of sa) if (sb.has(s)) both++;
  if (both >= 2) return false;
  // Where everyone who gives one figure also gives the other, it is those sources' second fact, unless one of
  // them hangs both on the same verb ("sanctioned an entity" ... "sanctioned several companies").
  const inner = [...sb].every((s) => sa.has(s)) ? [b, a] : [...sa].every((s) => sb.has(s)) ? [a, b] : undefined;
  if (inner) {
    const [fewer, more] = inner as [ValueGroup, ValueGroup];
    const alike = [...(meeting.get(more) ?? [more])].flatMap((o) => o.items);
    return fewer.items.some((x) => alike.some((y) => y.sourceId === x.sourceId && sameVerb(x, y)));
  }
  return true;
}

const verbOf = (item: FactItem) => (item.mention?.type === 'quantity' || item.mention?.type === 'date' ? item.mention.predicate : undefined) ?? item.claim.predicate;

function sameVerb(x: FactItem, y: FactItem): boolean {
  const vx = verbOf(x)?.lemma;
  return vx !== undefined && vx === verbOf(y)?.lemma;
}

/** The same statement made twice in one article with a different figure: that article contradicts itself. */
function restatesWithOtherFigure(a: ValueGroup, b: ValueGroup): boolean {
  return a.items.some((x) => b.items.some((y) => x.claim.sentenceId !== y.claim.sentenceId && wordDice(figureless(x), figureless(y)) >= 0.6));
}

const figureless = (item: FactItem) => item.claim.words.filter((w) => !/\d/.test(w) && !item.text.toLowerCase().includes(w));

const describe = (g: ValueGroup) => `${listed([...new Set(g.items.map((i) => quote(i.text)))], ' / ')} (${sourceList(g.items)})`;

/** " 004 gives both "a company" and "several companies"." for each source on two sides of the conflict. */
function selfContradictions(groups: readonly ValueGroup[]): string {
  const sides = new Map<string, string[]>();
  for (const g of groups) {
    for (const item of g.items) {
      const texts = sides.get(item.sourceId) ?? [];
      if (!texts.includes(quote(item.text))) texts.push(quote(item.text));
      sides.set(item.sourceId, texts);
    }
  }
  const lines: string[] = [];
  for (const [source, texts] of [...sides.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (texts.length < 2) continue;
    const last = texts[texts.length - 1];
    lines.push(texts.length > MAX_LISTED ? ` ${source} gives ${listed(texts, ', ')}.` : ` ${source} gives both ${texts.slice(0, -1).join(', ')} and ${last}.`);
  }
  return lines.join('');
}

/** Groups linked by values that can both hold, as connected sets, in the order of their largest group. */
function meetingClusters(groups: readonly ValueGroup[], meeting: Meeting): ValueGroup[][] {
  const clusters: ValueGroup[][] = [];
  for (const g of groups) {
    const near = meeting.get(g);
    const touching = clusters.filter((c) => c.some((o) => near?.has(o)));
    const merged = [...touching.flat(), g];
    for (const c of touching) clusters.splice(clusters.indexOf(c), 1);
    clusters.push(merged);
  }
  return clusters.sort((a, b) => b.flat().length - a.flat().length);
}

/** The agreement of the sources of some value groups, when two or more of them give a precise value. */
function agreementOn(fact: Fact, groups: readonly ValueGroup[], label: string): Finding[] {
  const items = groups.flatMap((g) => g.items);
  const sources = new Set(items.map((i) => i.sourceId));
  const precise = items.filter((i) => !isVague(i));
  if (sources.size < 2 || new Set(precise.map((i) => i.sourceId)).size < 2) return [];
  const same = groups.length === 1;
  const prefix = fact.category === 'date' ? 'date' : 'quantity';
  return [
    {
      kind: 'agreement',
      category: fact.category,
      severity: 'info',
      rule: `${prefix}/${same ? 'same' : 'precision'}`,
      fact: label,
      message: same
        ? `${sources.size} sources agree on ${label}: ${describe(groups[0] as ValueGroup)}.`
        : `${sources.size} sources are consistent on ${label}, with different precision: ${listed(groups.map(describe), ', ')}.`,
      evidence: [...items].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start)).map(evidenceOf),
    },
  ];
}

export function compareValues(fact: Fact): Finding[] {
  if (fact.key.startsWith('time|')) return compareTimes(fact);
  if (hasUnpinnedWeekday(fact)) return compareWeekdays(fact);
  const items = distinctBySourceValue(fact.items);
  const groups = groupsOf(items);
  const meeting = meetingOf(groups);
  const sources = new Set(items.map((i) => i.sourceId));
  const category = fact.category;

  // Find the largest set of mutually disjoint pairs: each group against the groups it cannot coexist with.
  const conflicts: [ValueGroup, ValueGroup][] = [];
  for (let a = 0; a < groups.length; a++) {
    for (let b = a + 1; b < groups.length; b++) {
      const ga = groups[a] as ValueGroup;
      const gb = groups[b] as ValueGroup;
      if (!meeting.get(ga)?.has(gb) && isContradiction(ga, gb, meeting)) conflicts.push([ga, gb]);
    }
  }
  if (conflicts.length > 0) {
    // One finding for the fact: the editor reads every side at once.
    const involved = groups.filter((g) => conflicts.some(([x, y]) => x === g || y === g));
    const bothVague = involved.every((g) => g.items.every(isVague));
    const floorsOnly = conflicts.every(([x, y]) => differentFloors(x, y));
    const involvedSources = [...new Set(involved.flatMap((g) => g.items.map((i) => i.sourceId)))];
    const message =
      involvedSources.length === 1
        ? `${involvedSources[0]} contradicts itself on ${fact.label}: ${listed(involved.map((g) => g.items.map((i) => quote(i.text)).join(' / ')), ' vs ')}.`
        : `Sources disagree on ${fact.label}: ${listed(involved.map(describe), ' vs ')}.${selfContradictions(involved)}${floorsOnly ? ' Each is a lower bound, so both can hold, but they report different figures.' : ''}`;
    // Vague against exact ("dozens" / "eight") is a question for the editor, not a proven contradiction, unless
    // one article says both and so contradicts itself.
    const selfContradicting = involvedSources.some((id) => involved.filter((g) => g.items.some((i) => i.sourceId === id)).length > 1);
    const vagueAgainstExact = !selfContradicting && involved.some((g) => g.items.every(isVague)) && involved.some((g) => !g.items.some(isVague));
    const divergence: Finding = {
      kind: 'divergence',
      category,
      severity: bothVague || floorsOnly || vagueAgainstExact ? 'warning' : 'error',
      rule: category === 'date' ? 'date/disjoint' : 'quantity/disjoint',
      fact: fact.label,
      message,
      evidence: involved.flatMap((g) => g.items).map(evidenceOf),
    };
    // What two or more sources agree on inside the disagreement is itself confirmed: "$12 million" in three
    // reports against "$1 million" in one is a divergence and a three-source agreement.
    const agreed = groups.filter((g) => new Set(g.items.filter((i) => !isVague(i)).map((i) => i.sourceId)).size >= 2);
    return [divergence, ...agreed.flatMap((g) => agreementOn(fact, [g], `${fact.label}: ${g.items[0]?.value ?? ''}`))];
  }
  if (sources.size < 2) return [];
  // Figures that cannot both hold yet contradict nobody (two sources each give both) are several facts under
  // one key: the main shock and the aftershock. Each is agreed on by its own sources.
  const clusters = meetingClusters(groups, meeting);
  if (clusters.length > 1) return clusters.flatMap((cluster) => agreementOn(fact, cluster, `${fact.label} (${cluster[0]?.items[0]?.value ?? ''})`));
  // "who ordered": the sources' own verb in the past tense (language layer), else the lexicon's form.
  const did = verbWording(fact.items.map(verbOf), 'past') ?? participle(fact.key.split('|')[1] ?? '');
  const actor = sameActor(fact.items, `who ${did}`);
  const precise = items.filter((i) => !isVague(i));
  if (new Set(precise.map((i) => i.sourceId)).size < 2) return actor ? [actor] : [];
  // One value: the sources agree; several overlapping values: they agree with different precision.
  const same = groups.length === 1;
  const prefix = category === 'date' ? 'date' : 'quantity';
  const agreement: Finding = {
    kind: 'agreement',
    category,
    severity: 'info',
    rule: `${prefix}/${same ? 'same' : 'precision'}`,
    fact: fact.label,
    message: same
      ? `${sources.size} sources agree on ${fact.label}: ${describe(groups[0] as ValueGroup)}.`
      : `${sources.size} sources are consistent on ${fact.label}, with different precision: ${listed(groups.map(describe), ', ')}.`,
    evidence: items.map(evidenceOf),
  };
  return actor ? [actor, agreement] : [agreement];
}



