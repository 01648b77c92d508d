/** Types of scripts/eval-score.mjs (the scoring rules of `pnpm eval`), for the TypeScript tests. */

export type GoldCategory = 'name' | 'quantity' | 'date' | 'attribution' | 'statement';
export type GoldKind = 'agreement' | 'divergence';
export type GoldSeverity = 'error' | 'warning' | 'info';

/** One source's exact words in a gold fact. `value` labels the side of a divergence. */
export interface GoldEvidence {
  sourceId: string;
  text: string;
  value?: string;
}

export interface GoldFact {
  id: string;
  category: GoldCategory;
  kind: GoldKind;
  severity: GoldSeverity;
  description: string;
  /** Correct when reported, not required for recall. */
  optional?: boolean;
  evidence: GoldEvidence[];
}

export interface GoldParaphrase {
  description: string;
  texts: { sourceId: string; text: string }[];
}

/** The content of fixtures/<set>/expected.json. */
export interface GoldFile {
  fixture: string;
  description?: string;
  facts: GoldFact[];
  paraphrases?: GoldParaphrase[];
}

/** The parts of a report finding the scorer reads (report findings fit). */
export interface ScoredEvidence {
  sourceId: string;
  text: string;
  start?: number | { offset: number; line?: number; column?: number };
  end?: number | { offset: number; line?: number; column?: number };
  value?: string;
}

/** The kinds a report finding can have; `update` is scored as a divergence, `single-source` only against such gold. */
export type ReportedKind = GoldKind | 'update' | 'single-source';

export interface ScoredFinding {
  id?: string;
  kind: ReportedKind;
  category: GoldCategory;
  severity?: GoldSeverity;
  rule?: string;
  message?: string;
  evidence: ScoredEvidence[];
}

export interface Counts {
  /** Required gold facts. */
  gold: number;
  /** Optional gold facts. */
  optional: number;
  findings: number;
  /** Required gold facts matched by a finding (recall numerator). */
  matched: number;
  /** Findings matched to a gold fact, required or optional (precision numerator). */
  correct: number;
  duplicates: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FindingSummary {
  id: string;
  kind: GoldKind;
  category: GoldCategory;
  severity?: GoldSeverity;
  rule?: string;
  message?: string;
  evidence: { sourceId: string; text: string; line?: number; column?: number }[];
}

export interface SetScore {
  fixture: string | undefined;
  /** `unscored`: single-source findings left out because the gold has none. */
  findings: { total: number; divergences: number; agreements: number; unscored: number };
  kinds: Record<GoldKind, Counts>;
  categories: Record<GoldCategory, Record<GoldKind, Counts>>;
  matches: {
    finding: string;
    fact: string;
    optional: boolean;
    implied: boolean;
    category: GoldCategory;
    factCategory: GoldCategory;
    kind: ReportedKind;
    severity?: GoldSeverity;
    factSeverity: GoldSeverity;
  }[];
  severity: SeverityScore;
  missed: (Omit<GoldFact, 'optional'>)[];
  duplicates: { finding: FindingSummary; of: string[] }[];
  falsePositives: FindingSummary[];
  paraphraseViolations: { finding: string; paraphrase: string }[];
}

/** How many matched divergences carry the gold's severity (`rate` = agree / matched; 1 when none matched). */
export interface SeverityScore {
  matched: number;
  agree: number;
  rate: number;
  confusions: { finding: string; fact: string; severity?: GoldSeverity; gold: GoldSeverity }[];
}

export interface TotalScore {
  findings: { total: number; divergences: number; agreements: number };
  severity: SeverityScore;
  kinds: Record<GoldKind, Counts>;
  categories: Record<GoldCategory, Record<GoldKind, Counts>>;
  paraphraseViolations: number;
}

export type SourceTexts = Record<string, string>;

export const CATEGORIES: readonly GoldCategory[];
export const KINDS: readonly GoldKind[];
export const SEVERITIES: readonly GoldSeverity[];
export interface Thresholds {
  divergenceRecall: number;
  divergencePrecision: number;
  agreementRecall: number;
  /** Share of matched divergences whose severity is the gold's. */
  severityAgreement?: number;
}
export const CHECK_THRESHOLDS: Readonly<Record<'invented' | 'real' | 'blind', Readonly<Thresholds>>>;

export function normalizeText(text: string): string;
export function containsAtWordBoundary(hay: string, needle: string): boolean;
export function findOccurrences(text: string, needle: string): number[];
export function spanOf(evidence: ScoredEvidence): [number, number] | null;
export function evidenceOverlaps(
  evidence: ScoredEvidence,
  item: GoldEvidence,
  texts?: SourceTexts,
  ranges?: [number, number][],
  tight?: boolean,
): boolean;
export function matchFinding(finding: ScoredFinding, fact: GoldFact, texts?: SourceTexts): { covered: number[] } | null;
export function impliedAgreements(fact: GoldFact): (GoldFact & { implied: true })[];
export function violatesParaphrase(finding: ScoredFinding, paraphrase: GoldParaphrase, texts?: SourceTexts): boolean;
export function scoredKind(kind: ReportedKind): ReportedKind;
export function prf(
  correct: number,
  findings: number,
  matched: number,
  gold: number,
): { precision: number; recall: number; f1: number };
export function scoreSet(gold: GoldFile, report: { findings: ScoredFinding[] }, texts?: SourceTexts): SetScore;
export function combineScores(scores: SetScore[]): TotalScore;
export function severityAgreement(matches: SetScore['matches']): SeverityScore;
export function checkFailures(score: { kinds: Record<GoldKind, Counts>; severity?: SeverityScore }, thresholds?: Thresholds): string[];
export function validateGold(gold: unknown, texts: SourceTexts): string[];
