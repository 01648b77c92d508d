/**
 * @corroborate/core: check news articles about one event against each other.
 *
 * The pipeline is six pure stages over plain data, each exported on its own:
 * parseSource → segmentSource → extractClaims → alignClaims → compareFacts → buildReport.
 * `checkSources` runs them all. Nothing here touches the file system; see `@corroborate/core/node` for that.
 */
export type * from './model.js';
export { parseSource } from './parse/index.js';
export { segmentSource } from './segment/index.js';
export { extractClaims } from './extract/index.js';
export { forgetSentences } from './extract/sentence-cache.js';
export { alignClaims } from './align/index.js';
export { diceCoefficient } from './shared/similarity.js';
export { compareFacts, type CompareContext } from './compare/index.js';
export { buildReport, type BuildOptions } from './report/build.js';
export { sourceStances } from './report/stances.js';
export { findCopies, COPY_RESEMBLANCE, type CopyFamily as CopyFamilyFound } from './copies/index.js';
export { withCopies } from './copies/support.js';
export { singleSourceClaims, type SingleSourceOptions, type SingleSourceResult } from './compare/single-source/index.js';
export {
  findingFingerprint,
  formatNames,
  formatReport,
  formatReportPieces,
  formatterList,
  formatters,
  getFormatter,
  isFormatName,
  plainStyles,
  toSarifLog,
  type Formatter,
  type FormatterInfo,
  type FormatName,
  type FormatOptions,
  type RepositoryPaths,
  type Styles,
} from './format.js';
export {
  REPORT_VERSION,
  ReportSchema,
  reportJsonSchema,
  type Report,
  type ReportClaim,
  type ReportEvidence,
  type ReportFinding,
  type ReportMention,
  type ReportPoint,
  type SourceNotice,
  type SourceSummary,
  type SourceStance,
  type CopyFamily,
  type ReportTimelineStep,
} from './report/schema.js';
export { checkSources, type CheckOptions } from './check.js';
export { blankControls, visibleLine, visibleControls } from './shared/controls.js';
export { noticeLine, unlinkMarkdown, visibleReport } from './report/format/safe.js';
export { checkDraft, type DraftOptions } from './draft/index.js';
export { applyAliases, type Aliases } from './aliases/index.js';
export { applyRuleSettings, assertRuleSettings, type RuleSettings } from './config/rules.js';
export {
  findDirectives,
  findSuppressions,
  applySuppressions,
  suppressFindings,
  type Directive,
  type Suppressions,
  type SuppressionResult,
} from './suppress/index.js';
export { ruleList, ruleIds, isRuleId, ruleInfo, suggestRuleIds, unknownRuleMessage, type RuleInfo } from './rules/index.js';
export { closestMatches, didYouMean, editDistance } from './shared/suggest.js';
export {
  applyBaseline,
  baselineOf,
  inBaseline,
  parseBaseline,
  type Baseline,
  type BaselineEntry,
  type BaselineFile,
  type BaselineResult,
} from './baseline/index.js';
export {
  ConfigSchema,
  configJsonSchema,
  parseConfig,
  RULE_SETTINGS,
  type Config,
  type ConfigResult,
  type RuleSetting,
} from './config/schema.js';
