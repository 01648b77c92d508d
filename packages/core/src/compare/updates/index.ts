import type { Fact, FactItem, Finding, TimelineStep } from '../../model.js';
import { type Interval, intervalOf, overlap } from '../values/intervals.js';
import { timeOf } from '../../shared/calendar.js';
import { distinctBySourceValue, evidenceOf, quote, sourceList } from '../shared.js';
import { DEVELOPING_NOUNS, DEVELOPING_PREDICATES, DEVELOPING_SUMS } from '../../lexicon/nouns.js';

/**
 * Updates, not contradictions. A figure that moves one way across reports published at different times (a toll
 * that rises, a count of missing that falls) is what a developing story looks like: the later report updates the
 * earlier one. Such a disjoint-value divergence becomes one `update` finding with the timeline of values and the
 * source of each step. Without dates nothing can be decided: the divergence stays, and its message says that the
 * dates would decide it.
 *
 * Pure: it reads the fact, the findings the value rules made of it, and each source's date.
 */

/** Source id → publication date (ISO date or date-time). */
export type SourceDates = ReadonlyMap<string, string>;

interface Step {
  item: FactItem;
  interval: Interval;
  date: string;
  time: number;
}


const width = (i: Interval) => i.max - i.min;

/**
 * Only a figure can be updated: "several vessels" then "one vessel", or "a subcontractor" then "two", are
 * different readings, not a count that moved.
 */
function isFigure(item: FactItem): boolean {
  const m = item.mention;
  return m?.type === 'quantity' && m.quantity.basis !== 'vague' && m.quantity.basis !== 'article';
}

/**
 * One step per source, in date order, or undefined when the sources cannot make a timeline: a source that
 * contradicts itself, or two reports of the same time that disagree.
 */
function stepsOf(items: readonly FactItem[], dates: SourceDates): Step[] | undefined {
  const bySource = new Map<string, FactItem[]>();
  for (const item of items) {
    const list = bySource.get(item.sourceId);
    if (list) list.push(item);
    else bySource.set(item.sourceId, [item]);
  }
  const steps: Step[] = [];
  for (const [sourceId, list] of bySource) {
    const date = dates.get(sourceId);
    if (date === undefined || Number.isNaN(timeOf(date))) return undefined;
    const intervals = list.map(intervalOf);
    if (intervals.some((a) => intervals.some((b) => !overlap(a, b)))) return undefined;
    // The most precise of the source's compatible values stands for it.
    let best = 0;
    for (let k = 1; k < list.length; k++) if (width(intervals[k] as Interval) < width(intervals[best] as Interval)) best = k;
    steps.push({ item: list[best] as FactItem, interval: intervals[best] as Interval, date, time: timeOf(date) });
  }
  steps.sort((a, b) => a.time - b.time || (a.item.sourceId < b.item.sourceId ? -1 : a.item.sourceId > b.item.sourceId ? 1 : 0));
  return steps;
}

/** +1 when the values only rise with time, -1 when they only fall, 0 when they do neither. */
function directionOf(steps: readonly Step[]): number {
  let direction = 0;
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      const a = steps[i] as Step;
      const b = steps[j] as Step;
      if (overlap(a.interval, b.interval)) continue;
      // Two reports of the same moment that cannot both be true are a contradiction, whatever the others say.
      if (a.time === b.time) return 0;
      const d = b.interval.min > a.interval.max ? 1 : -1;
      if (direction !== 0 && d !== direction) return 0;
      direction = d;
    }
  }
  return direction;
}

function toTimelineStep(step: Step): TimelineStep {
  const { item } = step;
  return { sourceId: item.sourceId, date: step.date, text: item.text, value: item.value, claimId: item.claimId, start: item.start, end: item.end };
}

const isValueDivergence = (f: Finding) => f.kind === 'divergence' && f.rule === 'quantity/disjoint';

/**
 * The findings of a quantity fact, with a disjoint-value divergence turned into an update when the dated sources
 * show the value moving one way, or with a note on the missing dates when some sources have none.
 */
export function datedValues(fact: Fact, findings: readonly Finding[], dates: SourceDates): Finding[] {
  if (fact.category !== 'quantity') return [...findings];
  const divergence = findings.find(isValueDivergence);
  if (!divergence) {
    const bounds = findings.find((f) => f.kind === 'agreement' && f.rule === 'quantity/precision');
    return bounds ? movedBounds(fact, findings, bounds, dates) : [...findings];
  }
  const sources = [...new Set(divergence.evidence.map((e) => e.sourceId))].sort();
  if (sources.length < 2) return [...findings];
  const undated = sources.filter((id) => !dates.has(id));
  const items = distinctBySourceValue(fact.items);
  const tally = isTally(fact);
  const days = new Set(sources.filter((id) => dates.has(id)).map((id) => (dates.get(id) ?? '').slice(0, 10)));
  // A count or a sum from reports of different days, or beside a report of unknown day, may have been updated:
  // the editor checks which is current; it is no contradiction to fix. Reports none of which is dated are taken
  // as one moment, as a user who hands in texts without dates means them.
  // Beside an undated report the figure may have moved or not: a warning to check, where reports of different
  // days make the move likely.
  const mayBeUpdated = (f: Finding): Finding => {
    if (f !== divergence || !tally) return f;
    if (days.size > 1) return { ...f, severity: 'info', message: undated.length > 0 ? f.message : `${f.message} The reports are of different days, so the later one may have updated the figure.` };
    if (undated.length > 0 && days.size > 0 && f.severity === 'error') return { ...f, severity: 'warning' };
    return f;
  };
  // A source that gives two values that cannot both be true contradicts itself: no date can make that an update.
  // Two figures in one report are often a part and its whole ("three states" of "nine states"), so they do not
  // make the difference between reports more than a possible update; "an entity" and "several companies" do.
  const own = (id: string) => items.filter((i) => i.sourceId === id);
  const selfContradicting = sources.filter((id) => {
    const intervals = own(id).map(intervalOf);
    return intervals.some((a) => intervals.some((b) => !overlap(a, b)));
  });
  if (selfContradicting.length > 0) {
    return selfContradicting.every((id) => own(id).every(isFigure)) ? findings.map(mayBeUpdated) : [...findings];
  }
  // A figure no report would revise is a contradiction, whatever the days: no update, no note on dates.
  if (!tally) return [...findings];
  if (undated.length > 0) {
    const note =
      undated.length === sources.length
        ? ' No report is dated, so a later update cannot be ruled out.'
        : ` ${undated.join(', ')} ${undated.length === 1 ? 'is' : 'are'} not dated, so a later update cannot be ruled out.`;
    return findings.map((f) => (f === divergence ? { ...mayBeUpdated(f), message: f.message + note } : f));
  }
  if (!items.every(isFigure)) return findings.map(mayBeUpdated);
  // The same figure in miles and in kilometres is a conversion gone wrong, not a measure that moved.
  const units = new Set(items.map((i) => (i.mention?.type === 'quantity' ? (i.mention.quantity.statedUnit ?? '') : '')));
  if (units.size > 1) return [...findings];
  const steps = stepsOf(items, dates);
  if (!steps || new Set(steps.map((s) => s.time)).size < 2) return findings.map(mayBeUpdated);
  // Values that cannot both be true, or bounds that only move one way ("at least 12", then "at least 19").
  const direction = directionOf(steps) || envelopeDirection(steps);
  // A figure that rose and fell again across the days was revised at least once: not a contradiction proven,
  // but more than an update to take on trust.
  if (direction === 0) return findings.map((f) => (f === divergence && tally ? { ...f, severity: 'warning', message: `${f.message} The figure moved both up and down across reports of different days: check which is current.` } : f));
  return findings.map((f) => (f === divergence ? updateOf(fact, steps, direction) : f));
}

/**
 * Counts and sums of what a developing story revises (the dead, the missing, aid pledged); a measure, a
 * duration, a share or an age, and a count of anything else (a deal's value, jobs cut, paintings stolen), is a
 * property of the event that a later report has no reason to change. A report that says the figure moved
 * ("rose to", "so far", "the latest toll") vouches for it whatever it counts.
 */
function isTally(fact: Fact): boolean {
  if (!fact.items.every((i) => i.mention?.type === 'quantity' && (i.mention.quantity.kind === 'count' || i.mention.quantity.kind === 'money'))) return false;
  return fact.items.some((i) => {
    const m = i.mention;
    if (m?.type !== 'quantity') return false;
    const verb = m.predicate ?? i.claim.predicate;
    if (verb && (DEVELOPING_PREDICATES.has(verb.lemma) || (verb.base !== undefined && DEVELOPING_PREDICATES.has(verb.base)))) return true;
    const counted = m.quantity.unit.toLowerCase();
    if (DEVELOPING_NOUNS.has(counted) || DEVELOPING_NOUNS.has(counted.replace(/(?:ies)$/, 'y').replace(/s$/, ''))) return true;
    // A sum is named by the words around it: "$12 million in humanitarian assistance".
    if (m.quantity.kind === 'money' && i.claim.words.some((w) => DEVELOPING_SUMS.has(w))) return true;
    return MOVED.test(i.claim.text);
  });
}

/** Words with which a report says its figure is new: "rose to", "has climbed", "so far", "the latest". */
const MOVED = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|grown|mounted|reached|revised|updated|so far|latest|toll|now stands|now at)\b/i;


/** -1, 0 or +1; two unbounded ends are equal. */
function compareEnds(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Bounds that move one way: "at least 2,291 deaths" then "at least 31,643", or "thousands" then "more than 5,000".
 * The values overlap, so the value rules call them consistent; but when, in date order, both ends of the value
 * only rise (or only fall) and the sources do not all say the same, the later report has a new figure. A precise
 * value inside an earlier bound ("more than 200", then "250") lowers the upper end: that stays an agreement.
 */
function movedBounds(fact: Fact, findings: readonly Finding[], agreement: Finding, dates: SourceDates): Finding[] {
  const items = distinctBySourceValue(fact.items);
  const counted = items.every((i) => i.mention?.type === 'quantity' && i.mention.quantity.basis !== 'article');
  if (!counted || !isTally(fact) || items.some((i) => !dates.has(i.sourceId))) return [...findings];
  const steps = stepsOf(items, dates);
  if (!steps || new Set(steps.map((s) => s.time)).size < 2) return [...findings];
  const direction = envelopeDirection(steps);
  if (direction === 0) return [...findings];
  return findings.map((f) => (f === agreement ? updateOf(fact, steps, direction) : f));
}

/** +1 when, in date order, both ends of the value only rise (and some rise), -1 when they only fall, else 0. */
function envelopeDirection(steps: readonly Step[]): number {
  let direction = 0;
  for (let k = 1; k < steps.length; k++) {
    const a = steps[k - 1] as Step;
    const b = steps[k] as Step;
    const dMin = compareEnds(a.interval.min, b.interval.min);
    const dMax = compareEnds(a.interval.max, b.interval.max);
    if (dMin === 0 && dMax === 0) continue;
    // Two reports of one moment with different values, or ends that move apart, are not a figure moving.
    if (a.time === b.time || dMin * dMax < 0) return 0;
    const d = dMin !== 0 ? -dMin : -dMax;
    if (direction !== 0 && d !== direction) return 0;
    direction = d;
  }
  return direction;
}

function updateOf(fact: Fact, steps: readonly Step[], direction: number): Finding {
  // Reports of one moment that give the same value are one step for the reader.
  const shown: { text: string; ids: string[]; date: string; value: string }[] = [];
  for (const s of steps) {
    const last = shown[shown.length - 1];
    if (last && last.date === s.date && last.value === s.item.value) last.ids.push(s.item.sourceId);
    else shown.push({ text: s.item.text, ids: [s.item.sourceId], date: s.date, value: s.item.value });
  }
  const timeline = shown.map((s) => `${quote(s.text)} (${s.ids.join(', ')}, ${s.date})`).join(' → ');
  const update: Finding = {
    kind: 'update',
    category: 'quantity',
    severity: 'info',
    rule: 'quantity/update',
    fact: fact.label,
    message:
      `${fact.label.charAt(0).toUpperCase()}${fact.label.slice(1)} ${direction > 0 ? 'rose' : 'fell'} over time: ${timeline}. ` +
      `Each report updates the one before; use the latest figure (${sourceList([steps[steps.length - 1] as Step].map((s) => s.item))}) and say when it was given.`,
    evidence: steps.map((s) => evidenceOf(s.item)),
    timeline: steps.map(toTimelineStep),
  };
  return update;
}
