import type { Alignment, Finding } from '../model.js';
import { compareNames } from './names/index.js';
import { compareStatements, sharedQuote } from './statements/index.js';
import { compareDenial } from './statements/denials.js';
import { creditedToDifferentSpeakers } from './statements/speakers.js';
import { quote, shorten } from './shared.js';
import { datedValues, type SourceDates } from './updates/index.js';
import { compareQuotations } from './statements/quotations.js';
import { datedRoles } from './updates/roles.js';
import { compareAges } from './values/ages.js';
import { compareValues } from './values/index.js';

export interface CompareContext {
  /** Each source's publication date: a figure that moves one way across dated reports is an update. */
  dates?: SourceDates;
}

/**
 * Compare stage: every aligned fact becomes zero or more findings, each with the words of every source.
 * One rule module per category, so a rule is found by its folder and file name.
 */
export function compareFacts(alignment: Alignment, context: CompareContext = {}): Finding[] {
  const findings: Finding[] = [];
  const dates: SourceDates = context.dates ?? new Map<string, string>();
  // Two names are one entity when the name rules put them in one fact: speakers are judged by the same verdict.
  const nameFact = new Map<string, string>();
  for (const fact of alignment.facts) {
    if (fact.category !== 'name') continue;
    for (const item of fact.items) if (item.mention?.type === 'entity') nameFact.set(item.mention.key, fact.key);
  }
  const judge = (a: string, b: string): boolean | undefined => {
    const fa = nameFact.get(a);
    const fb = nameFact.get(b);
    return fa !== undefined && fb !== undefined ? fa === fb : undefined;
  };
  for (const fact of alignment.facts) {
    if (fact.category === 'name') findings.push(...datedRoles(compareNames(fact), dates));
    else if (fact.key.startsWith('age|')) findings.push(...compareAges(fact, dates));
    else if (fact.category === 'quantity' || fact.category === 'date') {
      findings.push(...datedValues(fact, compareValues(fact), dates));
      if (fact.category === 'quantity') findings.push(...creditedToDifferentSpeakers(fact, judge, (i) => `the figure ${quote(i.text)}`));
    } else if (fact.key.startsWith('quote|')) findings.push(sharedQuote(fact), ...creditedToDifferentSpeakers(fact, judge, (i) => `the quotation ${quote(shorten(i.text, 80))}`));
    else if (fact.key.startsWith('misquote|')) findings.push(...compareQuotations(fact));
    else if (fact.key.startsWith('denial|')) findings.push(...compareDenial(fact));
    else findings.push(...compareStatements(fact, judge));
  }
  // "They say the same thing" is wrong when the same words carry a figure or date that differs.
  const diverging = new Map<string, number[]>();
  for (const f of findings) {
    if ((f.kind !== 'divergence' && f.kind !== 'update') || f.rule === 'statement/denial') continue;
    for (const e of f.evidence) {
      const starts = diverging.get(e.sourceId);
      if (starts) starts.push(e.start);
      else diverging.set(e.sourceId, [e.start]);
    }
  }
  const hidesDivergence = (f: Finding) => f.evidence.some((e) => (diverging.get(e.sourceId) ?? []).some((start) => start >= e.start && start < e.end));
  // One "same actor" per verb and actor: a clause split into one claim per figure names its actor once.
  const actorsSeen = new Set<string>();
  const repeatsActor = (f: Finding) => {
    const key = `${f.fact}|${f.evidence[0]?.value ?? ''}`;
    if (actorsSeen.has(key)) return true;
    actorsSeen.add(key);
    return false;
  };
  // A denial the statement or value rules already set against the same claims is told once, by them.
  const toldOnce = (f: Finding) => f.evidence.every((e) => (diverging.get(e.sourceId) ?? []).some((start) => start >= e.start && start < e.end));
  // The same two speakers credited with a figure or a quotation and with the statement that holds it: one
  // finding, the figure's or the quotation's, which says what was credited.
  const speakersOf = (f: Finding) => f.evidence.map((e) => `${e.sourceId}@${e.start}`).sort().join('|');
  const fromStatement = (f: Finding) => f.fact.startsWith('statement: ');
  const credited = new Set(findings.filter((f) => f.rule === 'attribution/speaker' && !fromStatement(f)).map(speakersOf));
  const speakersSeen = new Set<string>();
  const repeatsSpeakers = (f: Finding) => {
    const key = speakersOf(f);
    if ((fromStatement(f) && credited.has(key)) || speakersSeen.has(key)) return true;
    speakersSeen.add(key);
    return false;
  };
  return findings.filter((f) => {
    if (f.rule === 'attribution/same-actor') return !repeatsActor(f);
    if (f.rule === 'attribution/speaker') return !repeatsSpeakers(f);
    if (f.rule === 'statement/denial') return !toldOnce(f);
    if (f.rule === 'statement/same') return !hidesDivergence(f);
    return true;
  });
}
