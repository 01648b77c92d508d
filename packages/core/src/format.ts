/**
 * @corroborate/core/format: the formatter registry alone, without the pipeline, for tools that only render
 * reports they already have (and for the CLI, which lists the formats before it loads anything else).
 */
export {
  formatNames,
  formatReport,
  formatReportPieces,
  formatterList,
  formatters,
  getFormatter,
  isFormatName,
  plainStyles,
  type Formatter,
  type FormatterInfo,
  type FormatName,
  type FormatOptions,
  type Styles,
} from './report/format/index.js';
export type { RepositoryPaths } from './report/format/styles.js';
export { toSarifLog } from './report/format/sarif.js';
export { escapeData, escapeProperty, GITHUB_ANNOTATIONS_PER_LEVEL } from './report/format/github.js';
export { findingFingerprint } from './report/format/fingerprint.js';
// "Did you mean" for the CLI's options, which it parses before loading the pipeline.
export { closestMatches, didYouMean } from './shared/suggest.js';
