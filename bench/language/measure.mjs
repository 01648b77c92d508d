#!/usr/bin/env node
/**
 * Compares part-of-speech taggers and lemmatisers for the language layer (packages/core/src/language/):
 * (a) accuracy on the hand-tagged sentences of sentences.txt (the head noun of each figure, its governing verb,
 * the subject: tag and lemma), (b) speed in MB/s on the fixtures' texts.
 *
 *   node bench/language/measure.mjs [--candidates DIR]
 *
 * wink-nlp is a dependency of the core; the other candidates are not, so they are looked up in DIR (a folder
 * with its own node_modules: `npm i compromise@14 en-pos@1 wink-lemmatizer@3` there). A candidate that cannot
 * be loaded is reported and skipped. Results are printed as a Markdown table (docs/architecture.md keeps one).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const args = process.argv.slice(2);
const at = args.indexOf('--candidates');
const candidatesDir = at >= 0 ? resolve(args[at + 1] ?? '.') : undefined;
const coreRequire = createRequire(join(ROOT, 'packages', 'core', 'package.json'));
const candidateRequire = candidatesDir ? createRequire(join(candidatesDir, 'package.json')) : coreRequire;

function load(name) {
  for (const req of [coreRequire, candidateRequire]) {
    try {
      return req(name);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

// ---- gold ----
function readGold() {
  const out = [];
  for (const line of readFileSync(join(HERE, 'sentences.txt'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [sentence = '', rest = ''] = line.split(' || ');
    const [figure, head, verb, voice, subject] = rest.split(' | ').map((s) => s.trim());
    const words = [];
    const word = (spec, pos, role) => {
      if (!spec || spec === '-') return;
      const [text, lemma, tag] = spec.split('/');
      words.push({ text, lemma, pos: tag ?? pos, role });
    };
    word(head, 'NOUN', 'head');
    word(verb, 'VERB', 'verb');
    if (subject && subject.split('/')[0] !== head?.split('/')[0]) word(subject, 'NOUN', 'subject');
    out.push({ sentence, figure, voice, words });
  }
  return out;
}

// ---- candidates: each returns tokens { text, pos, lemma } for a text ----
const PENN = (tag) => {
  if (/^NNPS?$/.test(tag)) return 'PROPN';
  if (/^NN/.test(tag)) return 'NOUN';
  if (tag === 'MD') return 'AUX';
  if (/^VB/.test(tag)) return 'VERB';
  if (/^JJ/.test(tag)) return 'ADJ';
  if (tag === 'CD') return 'NUM';
  if (/^RB/.test(tag)) return 'ADV';
  if (tag === 'IN') return 'ADP';
  if (tag === 'DT') return 'DET';
  if (/^PRP/.test(tag)) return 'PRON';
  return tag;
};

function compromiseCoarse(tags) {
  const has = (t) => tags.includes(t);
  if (has('Pronoun')) return 'PRON';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Value')) return 'NUM';
  if (has('Noun')) return 'NOUN';
  if (has('Auxiliary') || has('Copula') || has('Modal')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Preposition')) return 'ADP';
  if (has('Determiner')) return 'DET';
  return tags[0] ?? 'X';
}

const WORDS = /\$|\d[\d,.]*\d|\w+(?:[-'’]\w+)*|[^\s\w]/g;

function candidates() {
  const list = [];
  const winkNLP = load('wink-nlp');
  const model = load('wink-eng-lite-web-model');
  if (winkNLP && model) {
    const nlp = winkNLP(model);
    const its = nlp.its;
    list.push({
      name: 'wink-nlp 2.4 + wink-eng-lite-web-model 1.8',
      tag: (text) => {
        const doc = nlp.readDoc(text);
        const values = doc.tokens().out(its.value);
        const pos = doc.tokens().out(its.pos);
        const lemmas = doc.tokens().out(its.lemma);
        return values.map((v, i) => ({ text: v, pos: pos[i], lemma: lemmas[i] }));
      },
    });
    // Its one systematic miss: a capitalised common noun opening a sentence ("Rescuers pulled ...") reads as a
    // name. Read with the first letter in lower case, as the layer does when the first word is no known name.
    list.push({
      name: 'wink-nlp, first letter lower-cased',
      tag: (text) => {
        const doc = nlp.readDoc(text.charAt(0).toLowerCase() + text.slice(1));
        const values = doc.tokens().out(its.value);
        const pos = doc.tokens().out(its.pos);
        const lemmas = doc.tokens().out(its.lemma);
        return values.map((v, i) => ({ text: i === 0 ? text.slice(0, v.length) : v, pos: pos[i], lemma: lemmas[i] }));
      },
    });
  } else list.push({ name: 'wink-nlp + wink-eng-lite-web-model', missing: true });
  const compromise = load('compromise');
  if (compromise) {
    list.push({
      name: 'compromise 14',
      tag: (text) => {
        const doc = compromise(text);
        doc.compute('root');
        return doc.json({ terms: { root: true, normal: true } }).flatMap((s) =>
          s.terms.map((t) => ({ text: t.text, pos: compromiseCoarse(t.tags), lemma: t.root ?? t.normal })),
        );
      },
    });
  } else list.push({ name: 'compromise 14', missing: true });
  const enPos = load('en-pos');
  const lemmatizer = load('wink-lemmatizer');
  if (enPos && lemmatizer) {
    list.push({
      name: 'en-pos 1.0 + wink-lemmatizer 3.0',
      tag: (text) => {
        const words = text.match(WORDS) ?? [];
        const tags = new enPos.Tag(words).initial().smooth().tags;
        return words.map((w, i) => {
          const tag = tags[i] ?? '';
          const lower = w.toLowerCase();
          const lemma = /^NNP/.test(tag) ? w : /^NN/.test(tag) ? lemmatizer.noun(lower) : /^VB/.test(tag) ? lemmatizer.verb(lower) : /^JJ/.test(tag) ? lemmatizer.adjective(lower) : lower;
          return { text: w, pos: PENN(tag), lemma };
        });
      },
    });
  } else list.push({ name: 'en-pos 1.0 + wink-lemmatizer 3.0', missing: true });
  return list;
}

// ---- scoring ----
function score(candidate, gold) {
  const by = { head: [0, 0, 0], verb: [0, 0, 0], subject: [0, 0, 0] };
  const misses = [];
  for (const g of gold) {
    const tokens = candidate.tag(g.sentence);
    for (const w of g.words) {
      const t = tokens.find((x) => x.text === w.text);
      const cell = by[w.role];
      cell[2]++;
      if (!t) {
        misses.push(`${w.text}: no token`);
        continue;
      }
      const posOk = t.pos === w.pos;
      const lemmaOk = (t.lemma ?? '').toLowerCase() === w.lemma.toLowerCase();
      if (posOk) cell[0]++;
      if (lemmaOk) cell[1]++;
      if (!posOk || !lemmaOk) misses.push(`${w.text}: ${t.pos}/${t.lemma} (want ${w.pos}/${w.lemma})`);
    }
  }
  return { by, misses };
}

function fixtureTexts() {
  const dir = join(ROOT, 'fixtures');
  const texts = [];
  for (const set of readdirSync(dir)) {
    const path = join(dir, set);
    if (!statSync(path).isDirectory()) continue;
    for (const f of readdirSync(path)) if (/\.(txt|md)$/.test(f)) texts.push(readFileSync(join(path, f), 'utf8'));
  }
  return texts;
}

function speed(candidate, texts) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // The best of three passes after a warm-up pass: the machine is shared, and the first pass compiles.
  let best = Infinity;
  for (let pass = 0; pass < 4; pass++) {
    const t0 = performance.now();
    for (const t of texts) candidate.tag(t);
    const seconds = (performance.now() - t0) / 1000;
    if (pass > 0) best = Math.min(best, seconds);
  }
  return { mb: bytes / 1e6, mbPerS: bytes / 1e6 / best };
}

const gold = readGold();
const texts = fixtureTexts();
const pct = (a, b) => `${a}/${b}`;
console.log(`${gold.length} sentences; fixtures ${(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6).toFixed(2)} MB\n`);
console.log('| candidate | head noun tag | head lemma | verb tag | verb lemma | subject tag | subject lemma | all tags | all lemmas | MB/s (fixtures) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const details = [];
for (const c of candidates()) {
  if (c.missing) {
    console.log(`| ${c.name} | not installed |  |  |  |  |  |  |  |  |`);
    continue;
  }
  const { by, misses } = score(c, gold);
  const { mbPerS } = speed(c, texts);
  const all = (k) => Object.values(by).reduce((n, cell) => n + cell[k], 0);
  console.log(`| ${c.name} | ${pct(by.head[0], by.head[2])} | ${pct(by.head[1], by.head[2])} | ${pct(by.verb[0], by.verb[2])} | ${pct(by.verb[1], by.verb[2])} | ${pct(by.subject[0], by.subject[2])} | ${pct(by.subject[1], by.subject[2])} | ${pct(all(0), all(2))} | ${pct(all(1), all(2))} | ${mbPerS.toFixed(2)} |`);
  details.push(`${c.name}: ${misses.join('; ')}`);
}
console.log(`\nmisses\n${details.join('\n\n')}`);
