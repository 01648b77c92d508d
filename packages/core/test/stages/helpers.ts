/**
 * Small drivers for the stage tests: run the real stages on a short text, the way `checkSources` does,
 * and return what one stage produced. Not a test file (no `.test.ts`), so vitest does not collect it.
 */
import { alignClaims } from '../../src/align/index.js';
import { extractDates } from '../../src/extract/mentions/dates.js';
import { extractEntities, learnNames } from '../../src/extract/mentions/names.js';
import { extractClaims } from '../../src/extract/index.js';
import { enumerationCounts, extractQuantities } from '../../src/extract/mentions/quantities.js';
import type { Alignment, Claim, DateMention, EntityMention, ExtractedSource, QuantityMention, SegmentedSource, SourceInput } from '../../src/model.js';
import { parseSource } from '../../src/parse/index.js';
import { segmentSource } from '../../src/segment/index.js';

export function segment(text: string, id = 't'): SegmentedSource {
  return segmentSource(parseSource({ id, text }));
}

/** Entity mentions of every sentence, with the name context learnt from the whole text (as extract does). */
export function entitiesOf(text: string): EntityMention[][] {
  const source = segment(text);
  const context = learnNames(source.sentences, text);
  return source.sentences.map((s) => extractEntities(s, context, text));
}

/** Quantity mentions of the whole text, numbers and enumerations of named people, as extract gathers them. */
export function quantitiesOf(text: string): QuantityMention[] {
  const source = segment(text);
  const context = learnNames(source.sentences, text);
  return source.sentences.flatMap((s) => [...extractQuantities(s, text), ...enumerationCounts(s, extractEntities(s, context, text), text)]);
}

export function datesOf(text: string, sourceDate?: string): DateMention[] {
  return segment(text).sentences.flatMap((s) => extractDates(s, text, sourceDate));
}

export function extract(text: string, id = 't'): ExtractedSource {
  return extractClaims(segment(text, id));
}

export function claimsOf(text: string): Claim[] {
  return extract(text).claims;
}

export function inputs(texts: Readonly<Record<string, string>>): SourceInput[] {
  return Object.entries(texts).map(([id, text]) => ({ id, text }));
}

export function alignTexts(texts: Readonly<Record<string, string>>): Alignment {
  return alignClaims(inputs(texts).map((input) => extractClaims(segmentSource(parseSource(input)))));
}
