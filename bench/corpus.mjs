/**
 * Deterministic benchmark corpus: clusters of news articles about one story each.
 *
 * A story is a set of base sentences (taken from the fixtures and from the sentences below); each article of
 * the story is a variant of it, the way different outlets retell one event: names cut short, numbers changed,
 * light paraphrase from a synonym table, sentences reordered, some sentences left out and unrelated ones mixed in.
 * Everything is driven by a seeded PRNG (mulberry32), never Math.random: the same seed and the same fixtures give
 * the same bytes on every machine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the fixtures live, relative to this file. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** 32-bit string hash (FNV-1a), to turn a readable seed into PRNG state. */
export function hashSeed(seed) {
  let h = 0x811c9dc5;
  const s = String(seed);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns a source of floats in [0, 1). */
export function createRng(seed) {
  let a = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [min, max], both inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Fisher–Yates, in place. */
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
  return rng;
}

/**
 * Sentences of our own, in the register of wire copy about a handful of events, full of the things corroborate
 * compares: names with titles, counts, money, dates, attributions and hedges.
 */
export const OWN_SENTENCES = [
  'Firefighters battled the blaze at the Port of Rotterdam for 14 hours before bringing it under control on Tuesday morning.',
  'Harbour master Willem de Vries said 230 containers were destroyed and another 45 were damaged by smoke and water.',
  'The fire broke out shortly after 2 a.m. in a storage area used by the shipping company Maersk Line.',
  'Police arrested two men on suspicion of arson, according to a statement released by the Rotterdam prosecutor’s office.',
  'Insurers estimate the damage at around 85 million euros, though the final figure could be considerably higher.',
  'About 300 workers were evacuated from nearby terminals, and three people were treated for smoke inhalation.',
  'Mayor Ahmed Aboutaleb told reporters that the city would open an independent inquiry into the response.',
  'Shipping traffic was suspended for six hours, delaying at least 40 vessels waiting to enter the harbour.',
  'The European Central Bank raised its main interest rate by 0.25 percentage points to 4.5 percent on Thursday.',
  'ECB President Christine Lagarde said inflation was expected to remain too high for too long.',
  'Economists polled by Reuters had been split almost evenly between a hike and a pause.',
  'The decision was backed by a solid majority of the governing council, Lagarde told a press conference in Frankfurt.',
  'Consumer prices in the euro area rose 5.3 percent in August, more than twice the bank’s 2 percent target.',
  'Markets reacted calmly, with the euro falling 0.6 percent against the dollar after the announcement.',
  'A magnitude 6.8 earthquake struck the Atlas Mountains south of Marrakesh late on Friday, killing at least 2,900 people.',
  'The epicentre was located near the town of Ighil, about 72 kilometres southwest of Marrakesh, the US Geological Survey said.',
  'King Mohammed VI declared three days of national mourning and ordered the army to deploy search and rescue teams.',
  'More than 5,500 people were injured, many of them in remote villages that rescuers struggled to reach.',
  'Spain, Qatar, the United Kingdom and the United Arab Emirates sent rescue teams after Morocco accepted their offers of help.',
  'The interior ministry said the death toll was likely to rise as rubble was cleared in the hardest-hit areas.',
  'Boeing agreed to pay 200 million dollars to settle charges that it misled investors about the safety of the 737 MAX.',
  'Former chief executive Dennis Muilenburg will pay one million dollars personally, the Securities and Exchange Commission said.',
  'The company neither admitted nor denied the findings, according to the settlement documents.',
  'Two crashes of the 737 MAX in Indonesia and Ethiopia killed 346 people in 2018 and 2019.',
  'SEC Chair Gary Gensler said the company had put profits ahead of its duty to be truthful with investors.',
  'Boeing said in a statement that it had made broad and fundamental changes to strengthen its safety processes.',
  'The city council voted 9 to 4 on Monday night to approve the new stadium, ending a debate that lasted nearly two years.',
  'Construction is expected to begin next spring and cost an estimated 1.2 billion dollars, most of it privately financed.',
  'Councillor Maria Gonzalez, who voted against the plan, said taxpayers would end up covering hidden costs.',
  'The team’s owner, Richard Blake, promised that at least 600 local jobs would be created during construction.',
  'Opponents have collected more than 15,000 signatures calling for a referendum on the project.',
  'The stadium would seat 42,000 spectators and host its first match in the 2027 season, officials said.',
  'Researchers at the University of Oslo reported that the glacier had lost 12 percent of its volume since 2010.',
  'Lead author Ingrid Solberg said the rate of melting had roughly doubled over the past decade.',
  'The study, published in the journal Nature Geoscience, was based on satellite measurements and field surveys.',
  'The Norwegian government said it would increase funding for climate research by 300 million kroner next year.',
  'Health officials confirmed 17 new cases of measles in the county, bringing the total this year to 64.',
  'Most of those infected were children under the age of five who had not been vaccinated, the health department said.',
  'Dr Sarah Whitfield, the county’s director of public health, urged parents to check their children’s vaccination records.',
  'Two schools were temporarily closed last week as a precaution, and a vaccination clinic opened on Saturday.',
  'The airline cancelled 1,400 flights over the weekend after a software failure grounded its fleet for several hours.',
  'Chief executive Robert Isom apologised to customers and said the problem had been fixed by Sunday afternoon.',
  'Passengers reported waiting up to eight hours at airports in Dallas, Chicago and Miami.',
  'The Transportation Department said it was monitoring the situation and would ensure that travellers received refunds.',
  'Prosecutors allege that the group laundered more than 40 million dollars through a network of shell companies.',
  'Eleven people were charged in the indictment unsealed in federal court in Brooklyn on Wednesday.',
  'The alleged ringleader, Viktor Sokolov, was arrested in Cyprus and is awaiting extradition, officials said.',
  'If convicted, the defendants face up to 20 years in prison on the most serious charges.',
];

/** Sentences about nothing in particular, mixed into articles as the unrelated copy that real pages carry. */
export const FILLER_SENTENCES = [
  'Temperatures are expected to climb to 28 degrees by the weekend, forecasters said.',
  'The local football club confirmed that its captain would miss the next three matches with a knee injury.',
  'Shares in the supermarket chain rose 3 percent after it reported better than expected quarterly sales.',
  'The museum’s new exhibition on Bronze Age jewellery opens to the public on 12 May.',
  'Roadworks on the ring road will continue until the end of the month, the council said.',
  'Subscribe to our newsletter to get the day’s most important stories delivered to your inbox.',
  'The festival drew more than 80,000 visitors over four days, organisers said.',
  'A new bakery has opened on the high street, offering sourdough bread and pastries.',
  'Petrol prices fell for the second week in a row, according to the motoring association.',
  'The university announced that tuition fees would remain unchanged for the coming academic year.',
  'Heavy rain is forecast for the north of the country, with local flooding possible.',
  'Readers can share their views in the comments section below this article.',
];

/** A small synonym table for light paraphrase: each word may be swapped for one of its alternatives. */
export const SYNONYMS = {
  said: ['stated', 'told reporters', 'added', 'noted'],
  accused: ['blamed', 'charged'],
  hackers: ['attackers', 'cybercriminals'],
  government: ['administration', 'authorities'],
  officials: ['authorities', 'representatives'],
  targeting: ['aimed at', 'directed at'],
  targeted: ['aimed at', 'went after'],
  sanctions: ['penalties', 'restrictions'],
  announced: ['declared', 'revealed'],
  significant: ['major', 'substantial'],
  about: ['around', 'roughly', 'some'],
  'more than': ['over', 'upwards of'],
  'at least': ['no fewer than', 'a minimum of'],
  people: ['individuals', 'residents'],
  company: ['firm', 'business'],
  attack: ['assault', 'intrusion'],
  attacks: ['assaults', 'intrusions'],
  arrested: ['detained', 'held'],
  expected: ['likely', 'set'],
  estimated: ['projected', 'approximate'],
  killed: ['left dead', 'claimed the lives of'],
  damaged: ['harmed', 'hit'],
  approve: ['back', 'endorse'],
  increase: ['raise', 'boost'],
  confirmed: ['verified', 'reported'],
  urged: ['called on', 'pressed'],
  statement: ['press release', 'written statement'],
  campaign: ['operation', 'effort'],
  serious: ['grave', 'severe'],
  major: ['big', 'large'],
};

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const NUMBER_WORD_RE = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'gi');
const SYNONYM_RE = new RegExp(
  `\\b(${Object.keys(SYNONYMS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);
/** Two to four capitalised words in a row: a person, organisation or place name. */
const NAME_RE = /\b([A-Z][a-z’'-]+(?: (?:de |van |al-)?[A-Z][a-z’'-]+){1,3})\b/g;
const DIGITS_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Split one text into sentences with a plain regex: good enough to harvest seed sentences. */
export function splitSentences(text) {
  const out = [];
  for (const block of text.split(/\n\s*\n|\n/)) {
    const trimmed = block.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').trim();
    if (!/[.!?]["”’]?$/.test(trimmed)) continue; // headings, bylines, "Related news"
    for (const s of trimmed.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)) {
      const sentence = s.trim();
      if (sentence.length >= 40 && sentence.length <= 420) out.push(sentence);
    }
  }
  return out;
}

/** Every sentence of the fixtures (fixtures/<set>/*.txt), in a stable order. */
export function loadFixtureSentences(dir = FIXTURES_DIR) {
  const files = [];
  for (const set of readdirSync(dir).sort()) {
    const setDir = join(dir, set);
    if (!statSync(setDir).isDirectory()) continue;
    for (const name of readdirSync(setDir).sort()) if (name.endsWith('.txt')) files.push(join(setDir, name));
  }
  const seen = new Set();
  const out = [];
  for (const file of files) {
    for (const sentence of splitSentences(readFileSync(file, 'utf8'))) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}

/** The fixture sentences and ours: the pool stories are drawn from. */
export function loadSeedSentences(dir = FIXTURES_DIR) {
  return [...loadFixtureSentences(dir), ...OWN_SENTENCES];
}

function formatLike(original, value) {
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  const fixed = value.toFixed(decimals);
  if (!original.includes(',')) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** Change one number of the sentence (digits or a number word). */
export function changeNumber(sentence, rng) {
  const digitMatches = [...sentence.matchAll(DIGITS_RE)];
  const wordMatches = [...sentence.matchAll(NUMBER_WORD_RE)];
  const all = [...digitMatches.map((m) => ({ m, word: false })), ...wordMatches.map((m) => ({ m, word: true }))];
  if (all.length === 0) return sentence;
  const { m, word } = rng.pick(all);
  let replacement;
  if (word) {
    const index = NUMBER_WORDS.indexOf(m[0].toLowerCase());
    const next = NUMBER_WORDS[Math.max(0, Math.min(NUMBER_WORDS.length - 1, index + rng.pick([-2, -1, 1, 2])))];
    replacement = m[0][0] === m[0][0].toUpperCase() ? next[0].toUpperCase() + next.slice(1) : next;
  } else {
    const value = Number(m[0].replace(/,/g, ''));
    if (value >= 1900 && value <= 2100 && !m[0].includes(',')) {
      replacement = String(value + rng.pick([-1, 1])); // a year: off by one
    } else if (value < 30 && !m[0].includes('.')) {
      replacement = String(Math.max(0, value + rng.pick([-3, -2, -1, 1, 2, 3])));
    } else {
      replacement = formatLike(m[0], value * (0.6 + rng.next() * 0.8));
    }
  }
  return sentence.slice(0, m.index) + replacement + sentence.slice(m.index + m[0].length);
}

/** Cut one multi-word name short: drop its first or its last word ("David Cameron" → "Cameron"). */
export function shortenName(sentence, rng) {
  // Not sentence-initial, and not after "the" ("the United Kingdom"): mostly people, as editors shorten them.
  const names = [...sentence.matchAll(NAME_RE)].filter((m) => m.index > 0 && !/\bthe $/i.test(sentence.slice(0, m.index)));
  if (names.length === 0) return sentence;
  const m = rng.pick(names);
  const words = m[1].split(' ');
  const kept = rng.chance(0.7) ? words.slice(1) : words.slice(0, -1);
  return sentence.slice(0, m.index) + kept.join(' ') + sentence.slice(m.index + m[1].length);
}

/** Swap some words for synonyms from the table. */
export function paraphrase(sentence, rng, probability = 0.35) {
  return sentence.replace(SYNONYM_RE, (word) => (rng.chance(probability) ? rng.pick(SYNONYMS[word]) : word));
}

/** Vary one sentence the way another outlet might write it. */
export function varySentence(sentence, rng) {
  let s = sentence;
  if (rng.chance(0.3)) s = shortenName(s, rng);
  if (rng.chance(0.2)) s = changeNumber(s, rng);
  if (rng.chance(0.5)) s = paraphrase(s, rng);
  return s;
}

function isoDay(base, deltaDays) {
  const d = new Date(Date.UTC(base[0], base[1] - 1, base[2] + deltaDays));
  return d.toISOString().slice(0, 10);
}

/**
 * The base of one story: a seeded pick of sentences from the pool, in an order, with story-level number changes
 * so that the stories of a feed differ from each other. Topics are not kept apart: what matters for the cost of a
 * check is that the articles of one story share sentences, names and numbers, with variations.
 */
export function makeStoryBase(seed, pool, { sentences = 48 } = {}) {
  const rng = createRng(`base:${seed}`);
  const picked = rng.shuffle([...pool]).slice(0, Math.min(sentences, pool.length));
  const base = picked.map((s) => (rng.chance(0.5) ? changeNumber(s, rng) : s));
  const date = isoDay([2024, 1, 1], rng.int(0, 365));
  return { sentences: base, date };
}

/**
 * Generate one story cluster: `articles` articles of about `targetBytes` bytes each.
 * Returns `{ story, date, articles: [{ id, text }] }`; article ids are `a0001`, `a0002`, ... (sortable).
 */
export function generateStory({ seed = 'corroborate', articles = 5, targetBytes = 5000, pool } = {}) {
  const sentences = pool ?? loadSeedSentences();
  const base = makeStoryBase(seed, sentences);
  const [y, mo, d] = base.date.split('-').map(Number);
  const out = [];
  const width = Math.max(4, String(articles).length);
  for (let i = 0; i < articles; i++) {
    const rng = createRng(`article:${seed}:${i}`);
    // Each outlet leaves out a few of the story's sentences and mixes in unrelated ones.
    const kept = base.sentences.filter(() => rng.chance(0.85)).map((s) => varySentence(s, rng));
    const fillers = rng.int(1, 4);
    for (let f = 0; f < fillers; f++) {
      kept.splice(rng.int(0, kept.length), 0, rng.pick(FILLER_SENTENCES));
    }
    // Reorder: swap a few neighbours and, now and then, move a whole sentence far away.
    for (let s = rng.int(2, 6); s > 0; s--) {
      const a = rng.int(0, kept.length - 2);
      [kept[a], kept[a + 1]] = [kept[a + 1], kept[a]];
    }
    if (rng.chance(0.5)) kept.push(...kept.splice(rng.int(0, kept.length - 1), 1));

    // Like the fixtures: either a leading dateline ("date 2024-03-26 ") or a headline line.
    const parts = [];
    if (rng.chance(0.5)) {
      parts.push(`date ${isoDay([y, mo, d], rng.int(0, 2))} `);
    } else {
      parts.push(kept[0].split(' ').slice(0, rng.int(6, 11)).join(' ').replace(/[,.;:]$/, ''), '\n\n');
    }
    let bytes = Buffer.byteLength(parts.join(''));
    let paragraph = 0;
    let index = 0;
    let round = 0;
    while (bytes < targetBytes) {
      let s = kept[index];
      if (round > 0) s = varySentence(s, rng); // a long article: retell the story once more, reworded
      parts.push(s);
      bytes += Buffer.byteLength(s) + 1;
      index++;
      if (index === kept.length) {
        index = 0;
        round++;
      }
      paragraph++;
      if (paragraph >= 2 + (index % 3) && bytes < targetBytes) {
        parts.push('\n\n');
        paragraph = 0;
      } else if (bytes < targetBytes) {
        parts.push(' ');
      }
    }
    parts.push('\n');
    out.push({ id: `a${String(i + 1).padStart(width, '0')}`, text: parts.join('') });
  }
  return { story: String(seed), date: base.date, articles: out };
}

/** A feed: `stories` stories of `articlesPerStory` articles each, generated lazily (one story at a time). */
export function* generateFeed({ seed = 'feed', stories = 1000, articlesPerStory = 10, targetBytes = 5000, pool } = {}) {
  const sentences = pool ?? loadSeedSentences();
  const width = Math.max(4, String(stories).length);
  for (let i = 0; i < stories; i++) {
    const story = generateStory({ seed: `${seed}:${i}`, articles: articlesPerStory, targetBytes, pool: sentences });
    yield { ...story, story: `story-${String(i + 1).padStart(width, '0')}` };
  }
}
