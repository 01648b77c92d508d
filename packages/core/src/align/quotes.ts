import { STOPWORDS } from '../lexicon/stopwords.js';
import type { Claim, ExtractedSource, Fact, FactItem } from '../model.js';
import { escapeRegExp, firstAtOrAfter } from '../shared/ordered.js';
import { outsideReference } from '../shared/spans.js';

/**
 * Shared quotations: words one source puts in quotation marks that another source reports too, quoted or not
 * ("political manipulation"). Candidates come from an index of claim words keyed by the quotation's longest
 * word; only those claims are searched for the quotation.
 */
const MIN_WORDS = 2;
const MIN_CHARS = 12;

const normalise = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

export function alignQuotes(sources: readonly ExtractedSource[], counter: { pairs: number }): Fact[] {
  const claims = sources.flatMap((s) => s.claims);
  const normalised: (string | undefined)[] = [];
  const textOf = (i: number) => (normalised[i] ??= normalise((claims[i] as Claim).text));
  // Claims of one source stand together: where each claim's source ends.
  const sourceEnd: number[] = [];
  for (let i = claims.length - 1; i >= 0; i--) sourceEnd[i] = claims[i + 1]?.sourceId === claims[i]?.sourceId ? (sourceEnd[i + 1] ?? claims.length) : i + 1;
  const byWord = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const w of new Set(c.words)) {
      if (w.length < 5) continue;
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const quote of claim.quotes) {
      const wanted = normalise(quote.text);
      const words = wanted.trim().split(' ');
      // A quoted term ("cyber-attacks") is a word choice, not a statement.
      if (quote.text.trim().split(/\s+/).length < MIN_WORDS || words.length < MIN_WORDS || wanted.trim().length < MIN_CHARS) continue;
      const key = words.filter((w) => !STOPWORDS.has(w)).reduce((a, b) => (b.length > a.length ? b : a), '');
      // One search per distinct quotation: its first occurrence finds every source that carries it, so the cost
      // is linear in the number of claims, not quadratic in the number of sources that quote it.
      if (seen.has(wanted)) continue;
      seen.add(wanted);
      let pattern: RegExp | undefined;
      const items: FactItem[] = [{ sourceId: claim.sourceId, claimId: claim.id, text: quote.text, start: quote.start, end: quote.end, value: wanted.trim(), claim }];
      const sourcesIn = new Set([claim.sourceId]);
      const keyed = byWord.get(key);
      if (!keyed) continue;
      // Every claim that holds the quotation holds each of its words: the rarest word's claims are the fewest to
      // search, and those without the key word are left out as before.
      let candidates = keyed;
      for (const w of words) {
        const list = w.length >= 5 ? byWord.get(w) : undefined;
        if (list && list.length < candidates.length) candidates = list;
      }
      for (let k = 0; k < candidates.length; k++) {
        const i = candidates[k] as number;
        const other = claims[i] as Claim;
        // A source that carries the quotation already is passed over whole: a quotation repeated through one long
        // source would otherwise cost a look at each of its claims.
        if (sourcesIn.has(other.sourceId)) {
          k = firstAtOrAfter(candidates.length, sourceEnd[i] ?? claims.length, (c) => candidates[c] as number) - 1;
          continue;
        }
        if (candidates !== keyed && !other.words.includes(key)) continue;
        counter.pairs++;
        if (!textOf(i).includes(wanted)) continue;
        pattern ??= wordsPattern(wanted);
        const at = findWords(other, pattern);
        if (!at) continue;
        sourcesIn.add(other.sourceId);
        items.push({ sourceId: other.sourceId, claimId: other.id, text: other.text.slice(at.start - other.start, at.end - other.start), start: at.start, end: at.end, value: wanted.trim(), claim: other });
      }
      if (items.length >= 2) facts.push({ id: '', category: 'statement', label: `quoted: “${quote.text}”`, key: `quote|${wanted.trim()}`, items });
    }
  }
  return facts;
}

function wordsPattern(wanted: string): RegExp {
  const words = wanted.trim().split(' ');
  return new RegExp(words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+'), 'iu');
}

/** Where the quotation's words stand in the claim, as offsets in the original text. */
function findWords(claim: Claim, re: RegExp): { start: number; end: number } | undefined {
  const match = re.exec(claim.text);
  if (!match) return undefined;
  // Words are matched on letters, so a match can begin or end inside "&amp;": the span takes the whole reference.
  const start = outsideReference(claim.text, match.index, -1);
  const end = outsideReference(claim.text, match.index + match[0].length, 1);
  return { start: claim.start + start, end: claim.start + end };
}
