import type { ReportFinding } from '../schema.js';

/** What a rule checks, for formats that describe their rules (SARIF's `rules[]`). */
export interface RuleHelp {
  /** One line: what the rule reports. */
  summary: string;
  /** What an editor should do about it. */
  help: string;
}

// The table in docs/architecture.md#findings, for readers who only see a SARIF viewer.
const RULES: Readonly<Record<string, RuleHelp>> = {
  'quantity/disjoint': {
    summary: 'Sources give counts or amounts that cannot both be true.',
    help: 'Check each source\'s figure against the primary source (the authority quoted, the court filing, the official statement) and correct or attribute the one that is wrong.',
  },
  'date/disjoint': {
    summary: 'Sources give dates that cannot both be true.',
    help: 'Check which date the event really happened on; one source may give the date of the announcement rather than of the event.',
  },
  'time/disjoint': {
    summary: 'Sources give times of day for one event that cannot both be true ("1:30 a.m." / "2:30 a.m.").',
    help: 'Check the time against the primary source; times in different zones are never compared, so a conflict is in one zone.',
  },
  'time/same': {
    summary: 'Two or more sources state the same time of day for one event.',
    help: 'Nothing to fix: the time is corroborated.',
  },
  'time/precision': {
    summary: 'Times of day overlap but differ in precision ("shortly after midnight" and "12:15 a.m.").',
    help: 'Nothing is contradicted; prefer the more precise time if its source is reliable.',
  },
  'quantity/same': {
    summary: 'Two or more sources state the same precise figure.',
    help: 'Nothing to fix: the figure is corroborated. Check the sources are independent before relying on it.',
  },
  'date/same': {
    summary: 'Two or more sources state the same precise date.',
    help: 'Nothing to fix: the date is corroborated.',
  },
  'quantity/precision': {
    summary: 'Figures overlap but differ in precision ("about 40" and "42").',
    help: 'Nothing is contradicted; prefer the more precise figure if its source is reliable.',
  },
  'date/precision': {
    summary: 'Dates overlap but differ in precision ("in 2021" and "between 2021 and 2022").',
    help: 'Nothing is contradicted; prefer the more precise date if its source is reliable.',
  },
  'age/disjoint': {
    summary: 'Sources give one person different ages ("Maria Lopez, 35," / "Maria Lopez, 36,").',
    help: 'Check the age against the police statement, the court record or the family, and say when it was given: a report from a year earlier may be right for its day.',
  },
  'age/same': {
    summary: 'Two or more sources give one person the same age.',
    help: 'Nothing to fix: the age is corroborated.',
  },
  'name/partial': {
    summary: 'A source gives only part of a name that another source gives in full ("Lin" / "Lin Haoran").',
    help: 'Check that both refer to the same person or organisation and give the full name on first mention.',
  },
  'name/variant': {
    summary: 'A name is spelled differently, or with another legal form ("Company Ltd" / "Corporation").',
    help: 'Check the official spelling (the organisation\'s own site, a register, the court record) and use it.',
  },
  'name/style': {
    summary: 'A name differs in case, spacing or punctuation only ("KX 9" / "KX9").',
    help: 'Follow the house style or the official form consistently.',
  },
  'name/short-form': {
    summary: 'A source uses a short form of a given name ("Tom" / "Thomas").',
    help: 'Check which form the person uses publicly.',
  },
  'name/same': {
    summary: 'Sources name the entity alike.',
    help: 'Nothing to fix.',
  },
  'name/equivalent': {
    summary: 'Sources name the entity alike but for a qualifier or a suffix spelling ("Ltd" / "Limited").',
    help: 'Nothing to fix.',
  },
  'attribution/actor': {
    summary: 'Nearly the same statement is credited to different named actors ("the regulator fined" / "the ministry fined").',
    help: 'Check who actually took the action and attribute it correctly.',
  },
  'name/role': {
    summary: 'Sources give one person different roles or offices ("Deputy Mayor" / "Mayor").',
    help: 'Check the person\'s current title with their office or organisation, and correct the source that is wrong.',
  },
  'name/role-detail': {
    summary: 'One source names a detail of the role (a service, a department) that another leaves out.',
    help: 'Usually nothing to fix; check that the detail is right.',
  },
  'name/role-update': {
    summary: 'A role changes across dated reports, each holding for one stretch of time.',
    help: 'Nothing to fix if the dates are right: use the latest role.',
  },
  'name/hometown': {
    summary: 'Sources give a person different hometowns ("of Calgary" / "the Cochrane woman").',
    help: 'Check where the person lives; a town and the region or country that holds it are never reported.',
  },
  'name/birthplace': {
    summary: 'Sources give a person different birthplaces ("born in Lyon" / "born in Marseille").',
    help: 'Check the record (an official biography, the person); correct the source that is wrong.',
  },
  'name/initial': {
    summary: 'One source drops or adds a middle initial of a name.',
    help: 'Check the house style and the person\'s own usage; make the sources consistent.',
  },
  'name/renamed': {
    summary: 'A place is given under its current and its former name ("Türkiye" / "Turkey").',
    help: 'Use the name the house style prescribes.',
  },
  'statement/contradiction': {
    summary: 'Sources make opposite statements about one fact ("resumed" / "suspended").',
    help: 'Check which is true with the primary source; at most one can stand.',
  },
  'statement/hedged': {
    summary: 'One source hedges what another states as fact ("is believed to have", "reportedly", "may have").',
    help: 'Check whether the fact is established; if not, hedge it in every copy.',
  },
  'statement/denial': {
    summary: 'One source states what another denies, calls false, says there is no plan for, or says did not happen.',
    help: 'Check who denies what and whether the denial came before or after the statement; report both sides or the state of the record.',
  },
  'statement/misquote': {
    summary: 'The same quotation is worded differently in two sources.',
    help: 'Check the quotation against the recording or the transcript and correct the wrong wording.',
  },
  'draft/style': {
    summary: 'The draft writes a name or figure in another style than the sources.',
    help: 'Follow the house style; nothing is wrong in substance.',
  },
  'statement/currency': {
    summary: 'One sum is given in two currencies; the sums are not compared.',
    help: 'Check which currency the original figure was in, and whether one source converted it.',
  },
  'attribution/speaker': {
    summary: 'Nearly the same statement, the same figure or estimate, or the same quotation is credited to different speakers.',
    help: 'Check who said it (the transcript, the press release) and attribute the quote correctly.',
  },
  'attribution/same': {
    summary: 'Sources credit the same speaker, however they name them.',
    help: 'Nothing to fix.',
  },
  'attribution/same-actor': {
    summary: 'Sources credit the same actor, however they name it ("London" / "the UK government").',
    help: 'Nothing to fix.',
  },
  'statement/negation': {
    summary: 'One source negates or denies what another states.',
    help: 'Check whether the claim was made, denied, or later retracted, and report the state of the record.',
  },
  'statement/same': {
    summary: 'Two or more sources say nearly the same thing in nearly the same words.',
    help: 'Nothing to fix. Very close wording may mean one source copied another: they may not be independent.',
  },
  'quantity/update': {
    summary: 'A figure moves one way across reports published at different times (12 → 19 → 27 killed).',
    help: 'Not a contradiction: use the latest figure and say when and by whom it was given.',
  },
  'single-source/number': {
    summary: 'Only one source gives this figure; no other states or contradicts it.',
    help: 'Verify the figure with its origin (the authority, the document) before relying on it, or attribute it to the source.',
  },
  'single-source/quotation': {
    summary: 'Only one source carries this quotation.',
    help: 'Check the quotation against a recording, a transcript or the speaker before using it.',
  },
  'single-source/named': {
    summary: 'Only one source reports this act by a named actor.',
    help: 'Verify it independently, or attribute it to the source that reports it.',
  },
  'single-source/date': {
    summary: 'Only one source gives this date.',
    help: 'Verify the date before relying on it.',
  },
  'statement/quote': {
    summary: 'Two or more sources carry the same quotation.',
    help: 'Nothing to fix: the quotation is corroborated.',
  },
  // A draft checked against its sources (checkDraft, docs/draft-check.md).
  'draft/contradicted': {
    summary: 'The sources give the draft\'s figure, date or name otherwise, and none gives it as the draft does.',
    help: 'Correct the draft from the sources (the full name, the figure they agree on), or attribute the draft\'s version to who says it.',
  },
  'draft/disputed': {
    summary: 'The sources disagree among themselves and the draft follows some of them.',
    help: 'Say the figure is disputed, attribute it, or check the primary source before publishing.',
  },
  'draft/unsupported': {
    summary: 'A figure, date or name in the draft that no source speaks about.',
    help: 'Find where it comes from and add that source, or take it out.',
  },
  'draft/outdated': {
    summary: 'In a developing story, a later report gives another figure than the draft.',
    help: 'Update the draft to the latest figure and say when it was given.',
  },
  'draft/inconsistent': {
    summary: 'The draft disagrees with itself.',
    help: 'Use one figure, date or spelling throughout the draft.',
  },
  'draft/confirmed': {
    summary: 'The sources confirm the draft\'s words.',
    help: 'Nothing to fix. Copies of one agency text count once among the independent sources.',
  },
};

/** The help for a rule id; a rule this table does not know yet gets a description built from the finding. */
export function ruleHelp(rule: string, finding?: Pick<ReportFinding, 'kind' | 'category'>): RuleHelp {
  const known = Object.hasOwn(RULES, rule) ? RULES[rule] : undefined;
  if (known) return known;
  const what = finding ? `${finding.kind} about a ${finding.category}` : 'finding';
  return {
    summary: `corroborate ${what} (${rule}).`,
    help: 'Compare the words of each source shown with the finding, and check them against the primary source.',
  };
}
