/**
 * Node-only helpers of @corroborate/core: reading articles from files and folders.
 * Everything else in the package runs in a browser too.
 */
export { DEFAULT_MAX_SOURCE_BYTES, readSources, SUPPORTED_EXTENSIONS, type InputProblem, type ReadOptions, type ReadResult } from './io/read-sources.js';
// Also here, so that the CLI can make stderr safe without loading the pipeline.
export { visibleLine, visibleControls } from './shared/controls.js';
export { findRepositoryRoot, repositoryPaths } from './io/repository.js';
export { ignoreMatcher } from './io/ignore.js';
