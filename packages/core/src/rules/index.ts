import type { FindingKind, Severity } from '../model.js';
import { closestMatches, didYouMean } from '../shared/suggest.js';

/**
 * Every rule the pipeline can report, in one table: the id a finding carries, what kind of finding it is, the
 * severity the pipeline gives it, and what it means for an editor. Config files, `checkSources(…, { rules })`
 * and inline comments are checked against it (an unknown id is a mistake, not a rule that never fires), SARIF
 * describes its rules from it, and `corroborate check --list-rules` prints it. A rule added to a compare module
 * must be added here too; a test checks that every rule id in the source is.
 */
export interface RuleInfo {
  id: string;
  kind: FindingKind;
  /** The severity the pipeline gives the rule's findings (a config may change it). */
  severity: Severity;
  /** When the pipeline gives another severity than `severity`, in a few words. */
  severityNote?: string;
  /** One line: what the rule reports. */
  summary: string;
  /** What an editor should do about it. */
  help: string;
}

function rule(id: string, kind: FindingKind, severity: Severity, summary: string, help: string, severityNote?: string): RuleInfo {
  const info: RuleInfo = { id, kind, severity, summary, help };
  if (severityNote !== undefined) info.severityNote = severityNote;
  return Object.freeze(info);
}

/** The rules by family (quantity, date, time, age, name, attribution, statement, single-source, draft). */
export const ruleList: readonly RuleInfo[] = Object.freeze([
  rule('quantity/disjoint', 'divergence', 'error', 'Sources give counts or amounts that cannot both be true.',
    'Check each source\'s figure against the primary source (the authority quoted, the court filing, the official statement) and correct or attribute the one that is wrong.',
    'warning when every figure is vague or each is only a lower bound'),
  rule('quantity/same', 'agreement', 'info', 'Two or more sources state the same precise figure.',
    'Nothing to fix: the figure is corroborated. Check the sources are independent before relying on it.'),
  rule('quantity/precision', 'agreement', 'info', 'Figures overlap but differ in precision ("about 40" and "42").',
    'Nothing is contradicted; prefer the more precise figure if its source is reliable.'),
  rule('quantity/update', 'update', 'info', 'A figure moves one way across reports published at different times (12 → 19 → 27 killed).',
    'Not a contradiction: use the latest figure and say when and by whom it was given.'),
  rule('date/disjoint', 'divergence', 'error', 'Sources give dates that cannot both be true.',
    'Check which date the event really happened on; one source may give the date of the announcement rather than of the event.',
    'warning when every date is vague, or only weekday names are compared'),
  rule('date/same', 'agreement', 'info', 'Two or more sources state the same precise date.',
    'Nothing to fix: the date is corroborated.'),
  rule('date/precision', 'agreement', 'info', 'Dates overlap but differ in precision ("in 2021" and "between 2021 and 2022").',
    'Nothing is contradicted; prefer the more precise date if its source is reliable.'),
  rule('time/disjoint', 'divergence', 'error', 'Sources give times of day for one event that cannot both be true ("1:30 a.m." / "2:30 a.m.").',
    'Check the time against the primary source; times in different zones are never compared, so a conflict is in one zone.',
    'warning unless every time is exact to the minute on a 24-hour clock'),
  rule('time/same', 'agreement', 'info', 'Two or more sources state the same time of day for one event.',
    'Nothing to fix: the time is corroborated.'),
  rule('time/precision', 'agreement', 'info', 'Times of day overlap but differ in precision ("shortly after midnight" and "12:15 a.m.").',
    'Nothing is contradicted; prefer the more precise time if its source is reliable.'),
  rule('age/disjoint', 'divergence', 'error', 'Sources give one person different ages ("Maria Lopez, 35," / "Maria Lopez, 36,").',
    'Check the age against the police statement, the court record or the family, and say when it was given: a report from a year earlier may be right for its day.'),
  rule('age/same', 'agreement', 'info', 'Two or more sources give one person the same age.',
    'Nothing to fix: the age is corroborated.'),
  rule('name/partial', 'divergence', 'warning', 'A source gives only part of a name that another source gives in full ("Lin" / "Lin Haoran").',
    'Check that both refer to the same person or organisation and give the full name on first mention.'),
  rule('name/variant', 'divergence', 'warning', 'A name is spelled differently, or with another legal form ("Company Ltd" / "Corporation").',
    'Check the official spelling (the organisation\'s own site, a register, the court record) and use it.'),
  rule('name/style', 'divergence', 'warning', 'A name differs in case, spacing or punctuation only ("KX 9" / "KX9").',
    'Follow the house style or the official form consistently.'),
  rule('name/short-form', 'divergence', 'info', 'A source uses a short form of a given name ("Tom" / "Thomas").',
    'Check which form the person uses publicly.'),
  rule('name/same', 'agreement', 'info', 'Sources name the entity alike.',
    'Nothing to fix.'),
  rule('name/equivalent', 'agreement', 'info', 'Sources name the entity alike but for a qualifier or a suffix spelling ("Ltd" / "Limited").',
    'Nothing to fix.'),
  rule('name/role', 'divergence', 'warning', 'Sources give one person different roles or offices ("Deputy Mayor" / "Mayor").',
    'Check the person\'s current title with their office or organisation, and correct the source that is wrong.'),
  rule('name/role-detail', 'divergence', 'warning', 'One source names a detail of the role (a service, a department) that another leaves out.',
    'Usually nothing to fix; check that the detail is right.'),
  rule('name/role-update', 'update', 'info', 'A role changes across dated reports, each holding for one stretch of time.',
    'Nothing to fix if the dates are right: use the latest role.'),
  rule('name/initial', 'divergence', 'warning', 'One source drops or adds a middle initial of a name.',
    'Check the house style and the person\'s own usage; make the sources consistent.'),
  rule('name/renamed', 'divergence', 'warning', 'A place is given under its current and its former name ("Türkiye" / "Turkey").',
    'Use the name the house style prescribes.'),
  rule('attribution/actor', 'divergence', 'warning', 'Nearly the same statement is credited to different named actors ("the regulator fined" / "the ministry fined").',
    'Check who actually took the action and attribute it correctly.'),
  rule('attribution/speaker', 'divergence', 'warning', 'Nearly the same statement is credited to different speakers.',
    'Check who said it (the transcript, the press release) and attribute the quote correctly.'),
  rule('attribution/same', 'agreement', 'info', 'Sources credit the same speaker, however they name them.',
    'Nothing to fix.'),
  rule('attribution/same-actor', 'agreement', 'info', 'Sources credit the same actor, however they name it ("London" / "the UK government").',
    'Nothing to fix.'),
  rule('statement/denial', 'divergence', 'error', 'One source states what another denies, calls false, says there is no plan for, or says did not happen.',
    'Check who denies what and whether the denial came before or after the statement; report both sides or the state of the record.'),
  rule('name/hometown', 'divergence', 'warning', 'Sources give a person different hometowns ("of Calgary" / "the Cochrane woman").',
    'Check where the person lives; a town and the region or country that holds it are never reported.'),
  rule('name/birthplace', 'divergence', 'warning', 'Sources give a person different birthplaces ("born in Lyon" / "born in Marseille").',
    'Check the record (an official biography, the person); correct the source that is wrong.'),
  rule('statement/contradiction', 'divergence', 'error', 'Sources make opposite statements about one fact ("resumed" / "suspended").',
    'Check which is true with the primary source; at most one can stand.'),
  rule('statement/hedged', 'divergence', 'warning', 'One source hedges what another states as fact ("is believed to have", "reportedly", "may have").',
    'Check whether the fact is established; if not, hedge it in every copy.'),
  rule('statement/misquote', 'divergence', 'warning', 'The same quotation is worded differently in two sources.',
    'Check the quotation against the recording or the transcript and correct the wrong wording.'),
  rule('statement/currency', 'divergence', 'info', 'One sum is given in two currencies; the sums are not compared.',
    'Check which currency the original figure was in, and whether one source converted it.'),
  rule('statement/negation', 'divergence', 'error', 'One source negates or denies what another states.',
    'Check whether the claim was made, denied, or later retracted, and report the state of the record.'),
  rule('statement/same', 'agreement', 'info', 'Two or more sources say nearly the same thing in nearly the same words.',
    'Nothing to fix. Very close wording may mean one source copied another: they may not be independent.'),
  rule('statement/quote', 'agreement', 'info', 'Two or more sources carry the same quotation.',
    'Nothing to fix: the quotation is corroborated.'),
  rule('single-source/number', 'single-source', 'info', 'Only one source gives this figure; no other states or contradicts it.',
    'Verify the figure with its origin (the authority, the document) before relying on it, or attribute it to the source.'),
  rule('single-source/quotation', 'single-source', 'info', 'Only one source carries this quotation.',
    'Check the quotation against a recording, a transcript or the speaker before using it.'),
  rule('single-source/named', 'single-source', 'info', 'Only one source reports this act by a named actor.',
    'Verify it independently, or attribute it to the source that reports it.'),
  rule('single-source/date', 'single-source', 'info', 'Only one source gives this date.',
    'Verify the date before relying on it.'),
  rule('draft/style', 'divergence', 'info', 'The draft writes a name or figure in another style than the sources.',
    'Follow the house style; nothing is wrong in substance.'),
  rule('draft/contradicted', 'divergence', 'error', 'The sources give the draft\'s figure, date or name otherwise, and none gives it as the draft does.',
    'Correct the draft from the sources (the full name, the figure they agree on), or attribute the draft\'s version to who says it.'),
  rule('draft/disputed', 'divergence', 'warning', 'The sources disagree among themselves and the draft follows some of them.',
    'Say the figure is disputed, attribute it, or check the primary source before publishing.'),
  rule('draft/unsupported', 'divergence', 'warning', 'A figure, date or name in the draft that no source speaks about.',
    'Find where it comes from and add that source, or take it out.'),
  rule('draft/outdated', 'divergence', 'warning', 'In a developing story, a later report gives another figure than the draft.',
    'Update the draft to the latest figure and say when it was given.'),
  rule('draft/inconsistent', 'divergence', 'warning', 'The draft disagrees with itself.',
    'Use one figure, date or spelling throughout the draft.'),
  rule('draft/confirmed', 'agreement', 'info', 'The sources confirm the draft\'s words.',
    'Nothing to fix. Copies of one agency text count once among the independent sources.'),
]);

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(ruleList.map((r) => [r.id, r]));

/** Every rule id, in `ruleList` order. */
export const ruleIds: readonly string[] = Object.freeze(ruleList.map((r) => r.id));

export function isRuleId(id: string): boolean {
  return BY_ID.has(id);
}

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/**
 * The rule ids nearest to a misspelt one. A name without its family ("partial") is matched against the part
 * after the slash, so that it still finds "name/partial".
 */
export function suggestRuleIds(id: string): string[] {
  const whole = closestMatches(id, ruleIds);
  if (whole.length > 0 || id.includes('/')) return whole;
  const names = ruleIds.map((r) => r.slice(r.indexOf('/') + 1));
  const near = new Set(closestMatches(id, names, Infinity));
  return ruleIds.filter((r) => near.has(r.slice(r.indexOf('/') + 1))).slice(0, 3);
}

/** `unknown rule "name/partal"; did you mean "name/partial"?`: the same words in the config, the API and comments. */
export function unknownRuleMessage(id: string): string {
  const hint = didYouMean(suggestRuleIds(id));
  return `unknown rule "${id}"${hint || ' (corroborate check --list-rules lists them)'}`;
}
