import { outsideReference } from '../../shared/spans.js';
import type { Claim, Cue } from '../../model.js';

/**
 * Quotations that run over more than one sentence: “We will help. We stand ready.” A sentence reads only the
 * quotation marks inside it, so the second sentence of a quote would carry none. One linear pass over the
 * source pairs double quotation marks within a paragraph; each claim then carries the part of a quotation
 * that falls inside it.
 */

const MAX_SPAN = 1_500;

interface Span {
  start: number;
  end: number;
}

function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      open = -1; // a quotation never runs over a paragraph break here: a reporter reopens it
      continue;
    }
    if (ch === '“' || (ch === '"' && open < 0)) {
      open = i + 1;
      straight = ch === '"';
      continue;
    }
    if (open >= 0 && (ch === '”' || (ch === '"' && straight))) {
      if (i - open <= MAX_SPAN && i > open) spans.push({ start: open, end: i });
      open = -1;
      continue;
    }
    if (open >= 0 && i - open > MAX_SPAN) open = -1;
  }
  return spans;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Add to each claim the part of every quotation that falls inside it, when its own sentence could not see it. */
export function attachQuotations(claims: Claim[], text: string): void {
  const spans = quotationSpans(text);
  if (spans.length === 0) return;
  let k = 0;
  for (const claim of claims) {
    while (k < spans.length && (spans[k] as Span).end <= claim.start) k++;
    for (let j = k; j < spans.length && (spans[j] as Span).start < claim.end; j++) {
      const span = spans[j] as Span;
      let start = Math.max(span.start, claim.start);
      let end = Math.min(span.end, claim.end);
      // Trim to words, so the cue is the quoted words as written; a character reference written out ("&amp;") is
      // one character of the text, so a trim that stops inside one takes it whole again.
      while (start < end && /[\s\p{P}]/u.test(text[start] ?? '') && text[start] !== '$') start++;
      while (end > start && /[\s,;:]/u.test(text[end - 1] ?? '')) end--;
      start = outsideReference(text, start, -1);
      end = outsideReference(text, end, 1);
      const part = text.slice(start, end);
      if ((part.match(WORDS) ?? []).length < 3) continue;
      if (claim.quotes.some((q: Cue) => q.start <= start && q.end >= end)) continue;
      claim.quotes = [...claim.quotes.filter((q) => !(q.start >= start && q.end <= end)), { text: part, start, end }];
    }
  }
}
