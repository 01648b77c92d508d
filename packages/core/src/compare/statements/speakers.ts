import { ORGANISATION_HEADS, SPEAKER_BODIES, SPEAKER_BODY_PHRASES } from '../../lexicon/organisations.js';
import { singular } from '../../lexicon/nouns.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import { NOT_NAME_WORDS, SPEAKER_ROLES, THIRD_PARTY_POSTS, TITLE_WORDS } from '../../lexicon/titles.js';
import type { EntityMention, Evidence, Fact, FactItem, Finding } from '../../model.js';
import { quote, sourceList } from '../shared.js';
import { diceCoefficient } from '../../shared/similarity.js';
import { lettersOf } from '../../shared/name-relations.js';
import { escapeRegExp } from '../../shared/ordered.js';
import { statementWords } from '../../shared/statement-words.js';

/**
 * Who a source credits a statement to, read from its attribution: a person, the organisation named with the
 * speaker ("a spokesperson for Acme"), a body in common words ("the embassy", "police") and the post the
 * speaker holds ("chief executive"). "Officials" or "sources" identify nobody and are never compared.
 */
export interface Speaker {
  item: FactItem;
  /** The speaker's words, with the article before them: "the foreign ministry". */
  evidence: Evidence;
  person?: string;
  /** A named organisation or country the speaker is or speaks for. */
  organisation?: string;
  /** The class of a body named in common words ("ministry", "police"), with the words that narrow it ("foreign"). */
  body?: string;
  narrowing: string[];
  /** The speaker's post, with its qualifier: "spokesperson", "deputy mayor". */
  post?: string;
  /** Lower-case words of the speaker, left out when the rest of the statement is compared. */
  words: Set<string>;
}

/** How the names of two entities relate across the sources, from the name facts: same entity, other entity, or unknown. */
export type EntityJudge = (a: string, b: string) => boolean | undefined;

const ARTICLES = new Set(['the', 'a', 'an']);
const POST_QUALIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'former', 'shadow']);
/** Words that narrow nothing: "local police" are the police of the place the story is about. */
const LOOSE = new Set(['local', 'senior', 'junior', 'top', 'new', 'own', 'official', 'officials', 'its', 'their', 'his', 'her', 'our', 'national', 'state-run', 'spokesperson']);

const lowerWords = (text: string) => text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** Where the words of `wanted` stand in `text`, whatever white space is between them; the whole text if nowhere. */
function locate(text: string, wanted: string): { offset: number; length: number } {
  const exact = text.indexOf(wanted);
  if (exact >= 0 && wanted) return { offset: exact, length: wanted.length };
  const words = wanted.split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
    if (match) return { offset: match.index, length: match[0].length };
  }
  return { offset: 0, length: text.length };
}

export function readSpeaker(item: FactItem): Speaker | undefined {
  const a = item.claim.attribution;
  if (!a) return undefined;
  // The speaker is normalised (one space between words); its place is found in the cue as written.
  const found = locate(a.text, a.speaker);
  let start = a.start + found.offset;
  const end = start + found.length;
  // The article belongs to the editor's reading of the speaker: "the embassy", "a spokesperson".
  const inClaim = start - item.claim.start;
  const before = inClaim > 0 && end <= item.claim.end ? item.claim.text.slice(0, inClaim) : '';
  const article = /(?:^|\s)(the|a|an)\s+$/i.exec(before);
  if (article) start -= article[0].trimStart().length;
  // Evidence is always the original slice: from the claim when the speaker stands in it, else from the cue.
  const text = start >= item.claim.start && end <= item.claim.end ? item.claim.text.slice(start - item.claim.start, end - item.claim.start) : a.text.slice(found.offset, found.offset + found.length);
  const entities = item.claim.mentions.filter((m): m is EntityMention => m.type === 'entity' && m.start >= start && m.end <= end);
  const speaker: Speaker = { item, evidence: { sourceId: item.sourceId, claimId: item.claimId, text, start, end, value: a.key }, narrowing: [], words: new Set(lowerWords(text)) };
  // "a spokesperson for Jo Reed", "an aide to Reed", "Reed's lawyer": the person is whom the speaker speaks for.
  const spokenFor = (m: EntityMention) => {
    const before = item.claim.text.slice(Math.max(0, start - item.claim.start), Math.max(0, m.start - item.claim.start));
    const after = item.claim.text.slice(Math.max(0, m.end - item.claim.start), Math.max(0, end - item.claim.start));
    return /\b(for|of|to)\s+$/i.test(before) || /^[’']s\b/.test(after);
  };
  const person = entities.find((m) => m.kind === 'person' && !spokenFor(m));
  if (person) speaker.person = person.key;
  const organisation = [...entities].reverse().find((m) => m.kind !== 'person' || spokenFor(m));
  if (organisation) speaker.organisation = organisation.kind === 'place' ? `place:${organisation.key}` : organisation.kind === 'person' ? `person:${organisation.key}` : organisation.key;
  const named = new Set(entities.flatMap((m) => lowerWords(m.text)));
  // Tokens as written, so that a capitalised word the name rules left alone ("for Acme") is still a name.
  const raw = text.replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const words = raw.map((w) => w.toLowerCase());
  const opensClaim = start === item.claim.start;
  // "the fire service", "the meteorological service": a body named in two words, its class from both.
  const phrase = words.findIndex((w, k) => SPEAKER_BODY_PHRASES.has(`${w} ${words[k + 1] ?? ''}`));
  if (phrase >= 0) speaker.body = SPEAKER_BODY_PHRASES.get(`${words[phrase]} ${words[phrase + 1]}`);
  const inPhrase = (k: number) => phrase >= 0 && (k === phrase || k === phrase + 1);
  words.forEach((w, k) => {
    if (named.has(w) || inPhrase(k)) return;
    const post = w === 'executive' && words[k - 1] === 'chief' ? 'ceo' : SPEAKER_ROLES.get(w);
    if (post && !speaker.post) {
      const q = words[k - 1];
      speaker.post = q && POST_QUALIFIERS.has(q) ? `${q} ${post}` : post;
      return;
    }
    const body = SPEAKER_BODIES.get(w);
    if (body && !speaker.body) {
      speaker.body = body;
      return;
    }
    if (speaker.organisation || ARTICLES.has(w) || STOPWORDS.has(w) || TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || SPEAKER_BODIES.get(w) || SPEAKER_ROLES.get(w)) return;
    // A capitalised word that is no common word of a speaker names the organisation ("Acme's chief executive").
    // At the opening of a sentence a capital proves nothing for a plural ("Residents said").
    // Nor for a word that describes ("Local police", "Federal prosecutors").
    const first = k === 0 && opensClaim;
    if (/^\p{Lu}/u.test(raw[k] ?? '') && !ORGANISATION_HEADS.has(w) && !LOOSE.has(w) && !(first && /(s|al)$/.test(w))) speaker.organisation = w;
  });
  if (speaker.body) {
    speaker.narrowing = words.filter((w, k) => !inPhrase(k) && !named.has(w) && w !== speaker.organisation && !ARTICLES.has(w) && !STOPWORDS.has(w) && !LOOSE.has(w) && !SPEAKER_BODIES.get(w) && !SPEAKER_ROLES.get(w) && w !== 'chief' && w !== 'executive' && !POST_QUALIFIERS.has(w)).map((w) => singular(w));
  }
  if (!speaker.person && !speaker.organisation && !speaker.body && !speaker.post) return undefined;
  return speaker;
}

export type SpeakerRelation = 'same' | 'compatible' | 'different';

function samePerson(a: string, b: string, judge: EntityJudge): boolean {
  if (a === b) return true;
  const verdict = judge(a, b);
  if (verdict !== undefined) return verdict;
  const wa = a.split(' ');
  const wb = b.split(' ');
  // "Reed" and "Jo Reed": the surname alone is the same person.
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

function sameOrganisation(a: string, b: string, judge: EntityJudge): boolean {
  if (a === b || lettersOf(a) === lettersOf(b)) return true;
  if (a.startsWith('place:') || b.startsWith('place:')) return false;
  const verdict = judge(a, b);
  if (verdict !== undefined) return verdict;
  const wa = a.split(' ');
  const wb = b.split(' ');
  // "Acme" and "Acme Group", or a misspelling the name rules report on their own.
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)) || diceCoefficient(a, b) >= 0.8;
}

/** The class of body a named organisation is ("Ministry of Health": ministry), when its words say so. */
const bodyOfName = (key: string) => key.split(/[\s@]+/).map((w) => SPEAKER_BODIES.get(w)).find((b) => b !== undefined);

/**
 * Can the two speakers be the same? A person and the organisation they speak for can; two people, two
 * organisations, two kinds of body, or two posts of one organisation cannot. What is vague is compatible.
 */
export function relateSpeakers(x: Speaker, y: Speaker, judge: EntityJudge): SpeakerRelation {
  if (x.person && y.person) return samePerson(x.person, y.person, judge) ? 'same' : 'different';
  let organisation: SpeakerRelation = 'compatible';
  if (x.organisation && y.organisation) organisation = sameOrganisation(x.organisation, y.organisation, judge) ? 'same' : 'different';
  else if (x.body && y.body) {
    if (x.body !== y.body) organisation = 'different';
    else if (x.narrowing.length > 0 && y.narrowing.length > 0 && !x.narrowing.some((w) => y.narrowing.includes(w))) organisation = 'different';
    else if (x.narrowing.join(' ') === y.narrowing.join(' ')) organisation = 'same';
  } else {
    // A named organisation against a body in common words: different only when its name says it is another kind.
    const [named, common] = x.organisation ? [x, y] : [y, x];
    const kind = named.organisation ? bodyOfName(named.organisation) : undefined;
    if (kind && common.body && kind !== common.body && !named.organisation?.startsWith('place:')) organisation = 'different';
  }
  if (organisation === 'different') return 'different';
  if (x.post && y.post && x.post !== y.post) return 'different';
  // An analyst's figure is not the company's own, nor an economist's the ministry's.
  const third = (s: Speaker) => s.post !== undefined && THIRD_PARTY_POSTS.has(s.post);
  if (third(x) !== third(y)) return 'different';
  if (organisation === 'same' && x.post === y.post && !x.person && !y.person) return 'same';
  return 'compatible';
}

/** What the statement says, without who says it: "the talks had been cancelled". */
export function reportedWords(s: Speaker): string[] {
  return statementWords(s.item.claim).filter((w) => !s.words.has(w) && ![...s.words].some((v) => singular(v) === w));
}

/** Does the claim name the other speaker elsewhere ("Acme and Brix said ...")? Then it credits both. */
export function namesOther(x: Speaker, y: Speaker): boolean {
  const other = y.person ?? y.organisation;
  if (!other) return false;
  return x.item.claim.mentions.some((m) => m.type === 'entity' && (m.key === other || (m.kind === 'place' && `place:${m.key}` === other)));
}

/**
 * The same figure, estimate, forecast or quotation credited to speakers that cannot be one ("estimated at
 * $60 million by the companies" / "analysts at Banco Ferreira estimated $60 million"; one quotation said by the
 * chairman in one report and by the manager in another). Only a speaker named in the claim that carries the
 * words counts: a sentence's speaker is not the speaker of every clause in it. `what` names the words for the
 * message. Items of one fact with different values are the value rules' business and are never set against
 * each other here.
 */
export function creditedToDifferentSpeakers(fact: Fact, judge: EntityJudge, what: (item: FactItem) => string): Finding[] {
  const said = fact.items
    .filter((i) => i.claim.attribution !== undefined && i.claim.attribution.start < i.claim.end && i.claim.attribution.end > i.claim.start)
    .map(readSpeaker)
    .filter((x): x is Speaker => x !== undefined);
  // Speakers alike in every field the relation reads relate alike: one test per pair of kinds, and only items
  // of one value are ever set against each other, so a quotation carried by thousands costs kinds², not items².
  const kinds = new Map<Speaker, string>(said.map((sp) => [sp, [sp.person ?? '', sp.organisation ?? '', sp.body ?? '', sp.narrowing.join(' '), sp.post ?? ''].join('\u0000')]));
  const relations = new Map<string, boolean>();
  const differ = (x: Speaker, y: Speaker) => {
    const key = `${kinds.get(x)}\u0001${kinds.get(y)}`;
    let known = relations.get(key);
    if (known === undefined) relations.set(key, (known = relateSpeakers(x, y, judge) === 'different'));
    return known;
  };
  const byValue = new Map<string, Speaker[]>();
  for (const sp of said) {
    const list = byValue.get(sp.item.value);
    if (list) list.push(sp);
    else byValue.set(sp.item.value, [sp]);
  }
  // A value whose kinds of speaker never differ gives no pair: most do not.
  const mayDiffer = new Set<string>();
  for (const [value, list] of byValue) {
    const samples = [...new Map(list.map((sp) => [kinds.get(sp), sp])).values()];
    if (samples.some((x) => samples.some((y) => differ(x, y)))) mayDiffer.add(value);
  }
  const differing = said.flatMap((x) => (mayDiffer.has(x.item.value) ? (byValue.get(x.item.value) ?? []) : []).filter((y) => x.item.sourceId < y.item.sourceId && differ(x, y) && !namesOther(x, y) && !namesOther(y, x)).map((y) => [x, y] as const));
  if (differing.length === 0) return [];
  const involved = [...new Set(differing.flatMap(([x, y]) => [x, y]))];
  const byText = new Map<string, Speaker[]>();
  for (const s of involved) byText.set(s.evidence.text, [...(byText.get(s.evidence.text) ?? []), s]);
  return [
    {
      kind: 'divergence',
      category: 'attribution',
      severity: 'warning',
      rule: 'attribution/speaker',
      fact: fact.label,
      message: `Sources credit ${what((involved[0] as Speaker).item)} to different speakers: ${[...byText.entries()].map(([text, list]) => `${quote(text)} (${sourceList(list.map((s) => s.item))})`).join(' vs ')}.`,
      evidence: involved.map((s) => s.evidence),
    },
  ];
}
