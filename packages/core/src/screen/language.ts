import { francAll } from 'franc-min';
import type { ParsedSource } from '../model.js';

/** Enough visible text to tell a language from: franc is unreliable on a line or two. */
const MIN_LETTERS = 100;
/** How much of the article is looked at: the opening paragraphs tell, and the cost stays flat. */
const SAMPLE_CHARS = 4000;
/**
 * English trigram score relative to the best language's, at or above which the text counts as English: short
 * English passages often score Scots or Dutch a hair higher, a German or Spanish article scores English far lower
 * (about 0.5 here).
 */
const ENGLISH_CLOSE_ENOUGH = 0.85;

const NAMES: Readonly<Record<string, string>> = {
  deu: 'German', spa: 'Spanish', fra: 'French', por: 'Portuguese', ita: 'Italian', nld: 'Dutch', pol: 'Polish',
  rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', arb: 'Arabic', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean',
  ces: 'Czech', ron: 'Romanian', swe: 'Swedish', hun: 'Hungarian', ell: 'Greek', hin: 'Hindi', ind: 'Indonesian',
  vie: 'Vietnamese', pes: 'Persian', heb: 'Hebrew', uzn: 'Uzbek', ben: 'Bengali', tgl: 'Tagalog', swh: 'Swahili',
};

function sample(parsed: ParsedSource): string {
  let out = '';
  for (const block of parsed.blocks) {
    if (out.length >= SAMPLE_CHARS) break;
    out += `${block.text}\n`;
  }
  return out.slice(0, SAMPLE_CHARS);
}

/**
 * Why the source is not English enough to be read, or undefined when it is (or is too short to tell). The
 * lexicons and the sentence reader are English only, so another language gives bogus names and counts.
 */
export function notEnglish(parsed: ParsedSource): string | undefined {
  const text = sample(parsed);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const scores = francAll(text, { minLength: 1 });
  const [best] = scores;
  if (!best || best[0] === 'und' || best[0] === 'eng') return undefined;
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (english >= ENGLISH_CLOSE_ENOUGH) return undefined;
  const name = NAMES[best[0]] ?? `language "${best[0]}"`;
  return `not English (it reads as ${name}); only English articles are supported for now`;
}
