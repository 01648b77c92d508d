/**
 * Node-only helpers of @corroborate/core: reading articles from files and folders.
 * Everything else in the package runs in a browser too.
 */
export { readSources, SUPPORTED_EXTENSIONS, type InputProblem, type ReadOptions, type ReadResult } from './io/read-sources.js';
