/** Types of bench/corpus.mjs, the deterministic benchmark corpus. */

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: T[]): T[];
}

export interface CorpusArticle {
  id: string;
  text: string;
}

export interface CorpusStory {
  story: string;
  date: string;
  articles: CorpusArticle[];
}

export interface StoryOptions {
  seed?: string | number;
  articles?: number;
  targetBytes?: number;
  pool?: readonly string[];
}

export interface FeedOptions {
  seed?: string | number;
  stories?: number;
  articlesPerStory?: number;
  targetBytes?: number;
  pool?: readonly string[];
}

export const FIXTURES_DIR: string;
export const OWN_SENTENCES: readonly string[];
export const FILLER_SENTENCES: readonly string[];
export const SYNONYMS: Readonly<Record<string, readonly string[]>>;

export function hashSeed(seed: string | number): number;
export function createRng(seed: string | number): Rng;
export function splitSentences(text: string): string[];
export function loadFixtureSentences(dir?: string): string[];
export function loadSeedSentences(dir?: string): string[];
export function changeNumber(sentence: string, rng: Rng): string;
export function shortenName(sentence: string, rng: Rng): string;
export function paraphrase(sentence: string, rng: Rng, probability?: number): string;
export function varySentence(sentence: string, rng: Rng): string;
export function makeStoryBase(
  seed: string | number,
  pool: readonly string[],
  options?: { sentences?: number },
): { sentences: string[]; date: string };
export function generateStory(options?: StoryOptions): CorpusStory;
export function generateFeed(options?: FeedOptions): Generator<CorpusStory, void, undefined>;
