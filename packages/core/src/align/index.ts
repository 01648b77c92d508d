import { isLexiconLemma } from '../lexicon/verbs.js';
import type { Alignment, ExtractedSource, Fact } from '../model.js';
import { alignAges } from './ages.js';
import { alignNames } from './names.js';
import { alignRenamedPlaces } from './places.js';
import { alignSlots } from './slots.js';
import { alignMisquotes } from './misquotes.js';
import { alignQuotes } from './quotes.js';
import { alignDenials, alignStatements } from './statements.js';

/**
 * Align stage: facts that two or more claims speak about, from candidates found through shared keys
 * (name words, predicate lemmas with counted classes, anchors) and scored with Dice similarity.
 * See docs/architecture.md for the cost.
 */
export function alignClaims(sources: readonly ExtractedSource[]): Alignment {
  const counter = { pairs: 0 };
  const facts: Fact[] = [...alignNames(sources, counter), ...alignRenamedPlaces(sources), ...alignSlots(sources, isLexiconLemma, counter), ...alignAges(sources, counter), ...alignStatements(sources, counter), ...alignDenials(sources, counter), ...alignQuotes(sources, counter), ...alignMisquotes(sources, counter)];
  facts.forEach((f, i) => {
    f.id = `fact${i + 1}`;
  });
  return { facts, pairsScored: counter.pairs };
}
