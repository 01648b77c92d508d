import { outsideReference } from '../../shared/spans.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import { DENIALS, HEDGES, NEGATIONS, SPEECH_VERBS } from '../../lexicon/verbs.js';
import type { Attribution, Cue, EntityMention, Hedge, Token } from '../../model.js';
import type { Clause } from './clauses.js';
import { isCapitalised, lower } from '../tokens.js';

/** Who asserts, how surely, whether it is negated, and what is quoted. */

const HEDGE_TABLE = new Map<string, { words: string[]; level: Hedge['level'] }[]>();
for (const [phrase, level] of Object.entries(HEDGES)) {
  const words = phrase.split(' ');
  const list = HEDGE_TABLE.get(words[0] ?? '') ?? [];
  list.push({ words, level });
  list.sort((a, b) => b.words.length - a.words.length);
  HEDGE_TABLE.set(words[0] ?? '', list);
}

/** Words between the comma that opens an aside and a hedge in it: ", which was allegedly ...". */
const ASIDE_OPENERS = new Set(['which', 'who', 'that', 'was', 'were', 'is', 'are', 'been', 'has', 'have', 'had']);

/**
 * A hedge inside an aside set off by commas ("the group, supposedly backed by the state, targeted ...") hedges
 * the description of a noun, not what the clause states.
 */
function inAside(tokens: readonly Token[], clause: Clause, at: number): boolean {
  let open = at - 1;
  while (open > clause.from && ASIDE_OPENERS.has(lower(tokens[open]))) open--;
  if (open <= clause.from || tokens[open]?.text !== ',' || tokens[open - 1]?.kind !== 'word') return false;
  for (let k = at + 1; k < clause.to; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

export function findHedge(tokens: readonly Token[], clause: Clause): Hedge | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    // "May" with a capital inside a sentence, or before a number, is the month.
    const t = tokens[i];
    if (t && lower(t) === 'may' && ((/^M/.test(t.text) && i > clause.from) || tokens[i + 1]?.kind === 'number')) continue;
    if (HEDGE_TABLE.has(lower(t)) && inAside(tokens, clause, i)) continue;
    for (const h of HEDGE_TABLE.get(lower(t)) ?? []) {
      if (h.words.every((w, k) => lower(tokens[i + k]) === w)) {
        const first = tokens[i] as Token;
        const last = tokens[i + h.words.length - 1] as Token;
        return { text: h.words.join(' '), start: first.start, end: last.end, level: h.level };
      }
    }
  }
  return undefined;
}

export function isNegated(tokens: readonly Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    const w = lower(tokens[i]);
    if (NEGATIONS.has(w) || DENIALS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) {
      // "not only ... but also" affirms.
      if (w === 'not' && lower(tokens[i + 1]) === 'only') continue;
      return true;
    }
  }
  return false;
}

const LEADING_PREPOSITIONS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'earlier', 'later', 'late', 'overnight', 'yesterday', 'today']);

const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_FOR: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '‘': ['’'] };

export function findQuotes(tokens: readonly Token[], source: string): Cue[] {
  const quotes: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!OPEN_QUOTES.has(t.text)) continue;
    if (t.text === '‘' && !t.spaceBefore && i > 0) continue;
    const closers = CLOSE_FOR[t.text] ?? [];
    for (let j = i + 1; j < tokens.length; j++) {
      const c = tokens[j] as Token;
      if (closers.includes(c.text) && !(c.text === '’' && tokens[j + 1] && !tokens[j + 1]?.spaceBefore && tokens[j + 1]?.kind === 'word')) {
        if (j > i + 1) {
          // Never a span that cuts a character reference written out ("&amp;") in two.
          const start = outsideReference(source, tokens[i + 1]?.start ?? t.end, -1);
          const end = outsideReference(source, tokens[j - 1]?.end ?? c.start, 1);
          quotes.push({ text: source.slice(start, end), start, end });
        }
        i = j;
        break;
      }
    }
  }
  return quotes;
}

function speakerKey(span: string, entities: readonly EntityMention[], start: number, end: number): string {
  const inside = entities.filter((e) => e.start >= start && e.end <= end);
  const person = inside.find((e) => e.kind === 'person');
  const named = person ?? inside[inside.length - 1];
  if (named) return named.key;
  return span
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOPWORDS.has(w))
    .join(' ');
}

/**
 * Attribution: "according to X", "X said/told/believes", and "…," said X. The speaker is a short span next
 * to the verb; its key is the named entity in it when there is one.
 */
export function findAttribution(tokens: readonly Token[], source: string, entities: readonly EntityMention[]): Attribution | undefined {
  const make = (from: number, to: number, cueFrom: number, cueTo: number): Attribution | undefined => {
    // "On Friday the fire brigade forecast …": a phrase of time or place before the speaker is not the speaker.
    if (LEADING_PREPOSITIONS.has(lower(tokens[from]))) {
      let k = from + 1;
      while (k < to && !['the', 'a', 'an'].includes(lower(tokens[k]))) k++;
      if (k < to - 1) from = k;
    }
    while (from < to && ['the', ',', 'a', 'an', 'and', 'but', 'while'].includes(lower(tokens[from]))) from++;
    while (to > from && tokens[to - 1]?.kind === 'punctuation') to--;
    if (to <= from) return undefined;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    const speaker = source.slice(start, end);
    const cueStart = (tokens[cueFrom] as Token).start;
    const cueEnd = (tokens[cueTo - 1] as Token).end;
    return { text: source.slice(Math.min(start, cueStart), Math.max(end, cueEnd)), start: Math.min(start, cueStart), end: Math.max(end, cueEnd), speaker, key: speakerKey(speaker, entities, start, end) };
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(tokens[i]);
    if (w === 'according' && lower(tokens[i + 1]) === 'to') {
      let j = i + 2;
      while (j < tokens.length && tokens[j]?.text !== ',' && j - i < 12) j++;
      return make(i + 2, j, i, i + 2);
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const w = lower(tokens[i]);
    if (!SPEECH_VERBS.has(w)) continue;
    const prev = tokens[i - 1] as Token;
    const next = lower(tokens[i + 1]);
    // "believed to be" is a hedge and "seven alleged hackers" an adjective, not someone speaking.
    if (next === 'to' || (tokens[i + 1]?.kind === 'word' && /ed$/.test(w) && !['that', 'the', 'a', 'an', 'in', 'on', 'it', 'this', 'he', 'she', 'they', 'we', 'there'].includes(next) && !isCapitalised(tokens[i + 1]) && !['has', 'have', 'had', 'was', 'were', 'is', 'also'].includes(lower(prev)) && prev.kind === 'word' && /^(a|an|the|\d+|seven|two|three|four|five|six|eight|nine|ten|several|many)$/i.test(prev.text))) continue;
    // "The savings were estimated at $60 million by the companies": the speaker of a passive is its "by" agent,
    // and a passive without one names nobody (not "the savings").
    if (['was', 'were', 'is', 'are', 'been', 'being'].includes(lower(prev)) && /ed$/.test(w)) {
      let by = i + 1;
      while (by < tokens.length && lower(tokens[by]) !== 'by' && tokens[by]?.text !== ';' && by - i < 12) by++;
      if (lower(tokens[by]) !== 'by') continue;
      let end = by + 1;
      while (end < tokens.length && tokens[end]?.kind !== 'punctuation' && !['and', 'but', 'while', 'on', 'in', 'at', 'after', 'before', 'last', 'this'].includes(lower(tokens[end])) && end - by < 8) end++;
      if (end > by + 1) return make(by + 1, end, i, i + 1);
      continue;
    }
    // "The union, which represents 4,000 drivers, said ...": the speaker stands before the relative clause.
    if (prev.text === ',') {
      let open = i - 2;
      while (open > 0 && tokens[open]?.text !== ',') open--;
      if (open > 0 && ['which', 'who', 'whose'].includes(lower(tokens[open + 1]))) {
        let j = open - 1;
        while (j > 0 && tokens[j - 1]?.kind !== 'punctuation' && open - j < 8) j--;
        if (open > j) return make(j, open, i, i + 1);
      }
    }
    // "Maria Lenz, the assistant coach, said ...": a name opening the sentence, then its role set off by commas.
    if (prev.text === ',') {
      let open = i - 2;
      while (open > 0 && tokens[open]?.text !== ',' && i - open < 8) open--;
      const apposed = tokens.slice(open + 1, i - 1);
      const named = tokens.slice(0, open);
      if (open > 0 && tokens[open]?.text === ',' && ['the', 'a', 'an', 'its', 'their'].includes(lower(apposed[0])) && apposed.every((t) => t.kind === 'word') && named.length > 0 && named.length <= 4 && named.every((t) => isCapitalised(t))) {
        return make(0, i - 1, i, i + 1);
      }
    }
    // "…," said the spokesperson.
    if (prev.text === ',' || prev.text === '”' || prev.text === '"' || prev.text === '.') {
      let j = i + 1;
      while (j < tokens.length && tokens[j]?.kind !== 'punctuation' && j - i < 10) j++;
      if (j > i + 1) return make(i + 1, j, i, i + 1);
      continue;
    }
    let j = i - 1;
    // "Acme's chief executive said": a possessive is part of the speaker.
    const possessive = (t: Token | undefined) => t?.kind === 'punctuation' && (t.text === "'s" || t.text === '’s') && !t.spaceBefore;
    while (j > 0 && (tokens[j - 1]?.kind !== 'punctuation' || possessive(tokens[j - 1])) && i - j < 8 && !['that', 'which', 'who'].includes(lower(tokens[j - 1]))) j--;
    const subject = tokens.slice(j, i).filter((t) => !['has', 'have', 'had', 'also', 'publicly', 'previously', 'reportedly'].includes(lower(t)));
    if (subject.length === 0) continue;
    let to = i;
    while (to > j && ['has', 'have', 'had', 'also', 'publicly', 'previously', 'reportedly', 'further'].includes(lower(tokens[to - 1]))) to--;
    return make(j, to, i, i + 1);
  }
  return undefined;
}

/** Lower-case content words, for similarity and blocking. */
export function contentWords(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const w = t.lower.endsWith('s') && (t.lower.includes("'") || t.lower.includes('’')) ? t.lower.replace(/[’']s$/, '') : t.lower;
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    words.push(w);
  }
  return words;
}
