import { lookupPlace } from '../../lexicon/places.js';
import { TITLE_WORDS } from '../../lexicon/titles.js';
import type { EntityMention, Evidence, Fact, FactItem, Finding } from '../../model.js';
import { clashingItems, kindsOf } from '../kinds.js';
import { quote, sourceList } from '../shared.js';

/**
 * A person's role as each source gives it. Roles that cannot both be current ("Chair of the committee" /
 * "Ranking Member of the committee", "Senator" / "Vice President", "deputy mayor" / "mayor") are a warning.
 * A role given more or less fully ("Ambassador" / "Special Envoy Ambassador") is style, unless a body is named inside it (below).
 */

interface Role {
  item: FactItem;
  text: string;
  start: number;
  end: number;
  words: Set<string>;
  titles: Set<string>;
  /** Public offices held ("senator", "vice president", "deputy mayor"): one person holds one at a time. */
  offices: Set<string>;
  /** Seats inside a body ("chair", "ranking member"): exclusive within the same body. */
  seats: Set<string>;
  /** Military and police ranks. */
  ranks: Set<string>;
}

const OFFICES = new Set(`president prime minister senator representative congressman congresswoman governor mayor secretary
  ambassador envoy chargé charge chancellor judge justice king queen premier commissioner attorney general administrator
  mp mep councillor councilor sheriff coach ceo cfo coo cto`.split(/\s+/));
const SEATS = new Set('chair chairman chairwoman chairperson ranking member director head chief spokesperson spokesman spokeswoman'.split(' '));
const RANKS = new Set('gen general maj major col colonel lt lieutenant capt captain sgt sergeant adm admiral cmdr commander cpl pvt brig marshal constable inspector superintendent'.split(' '));
const QUALIFIERS = new Set(['vice', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'shadow', 'former']);

/** The offices, seats and ranks a role names, each with its qualifier ("deputy mayor", "vice president"). */
function classify(words: readonly string[]): Pick<Role, 'offices' | 'seats' | 'ranks'> {
  const offices = new Set<string>();
  const seats = new Set<string>();
  const ranks = new Set<string>();
  words.forEach((w, k) => {
    const before = words[k - 1];
    const qualified = before && QUALIFIERS.has(before) ? `${before} ${w}` : w;
    if (w === 'minister' && before === 'prime') offices.add('prime minister');
    // Wire copy calls a head of government "premier" as often as "prime minister"; no one holds both.
    else if (w === 'premier') offices.add(before && QUALIFIERS.has(before) ? `${before} prime minister` : 'prime minister');
    // A club's coach and its assistant coach, a firm's chief executive and its finance chief: one post each.
    else if (w === 'executive' && before === 'chief') offices.add('ceo');
    else if (w === 'chief' && words[k + 1] === 'executive') return;
    else if (w === 'coach' && before === 'head') offices.add('coach');
    else if (OFFICES.has(w)) offices.add(qualified);
    else if (w === 'member' && before === 'ranking') seats.add('ranking member');
    else if (SEATS.has(w) && w !== 'ranking') seats.add(qualified);
    else if (RANKS.has(w)) ranks.add(w);
  });
  // "Prime" alone is no office; "ranking member" is one seat.
  offices.delete('prime');
  return { offices, seats, ranks };
}

const FILLER = new Set(['the', 'of', 'for', 'on', 'and', 'a', 'an', 'at', 'in', 'to', 'now', 'then', 'its', 'his', 'her', 'their']);

/** Abbreviated titles, written in full so that "Sen." and "Senator" are one office. */
const ABBREVIATED: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', maj: 'major', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', adm: 'admiral', cmdr: 'commander', pres: 'president', amb: 'ambassador',
  supt: 'superintendent', insp: 'inspector', brig: 'brigadier', sec: 'secretary', senators: 'senator',
  representatives: 'representative', governors: 'governor', ministers: 'minister', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
};

function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/[.’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w) && !lookupPlace(w))
    .map((w) => ABBREVIATED[w] ?? w);
}

function rolesOf(items: readonly FactItem[]): Role[] {
  const out: Role[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const m = item.mention as EntityMention | undefined;
    if (!m || m.kind !== 'person') continue;
    const spans = [...(m.role && m.roleSpan ? [{ text: m.role, ...m.roleSpan }] : []), ...(m.apposedRole ? [m.apposedRole] : [])];
    for (const span of spans) {
      const words = roleWords(span.text);
      const titles = words.filter((w) => TITLE_WORDS.has(w) || RANKS.has(w) || OFFICES.has(w));
      if (titles.length === 0) continue;
      const key = `${item.sourceId}|${words.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ item, text: span.text, start: span.start, end: span.end, words: new Set(words), titles: new Set(titles), ...classify(words) });
    }
  }
  return out;
}

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((w) => b.has(w));
const clash = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size > 0 && b.size > 0 && !shares(a, b);
const bodyWords = (r: Role) => new Set([...r.words].filter((w) => !r.titles.has(w)));

/**
 * Two roles that cannot both be current: two different offices, two different ranks, or two different seats
 * in the same body. A senator who is also a committee's ranking member holds both.
 */
function exclusive(x: Role, y: Role): boolean {
  if (clash(x.offices, y.offices) || clash(x.ranks, y.ranks)) return true;
  if (chairAgainstExecutive(x, y) || chairAgainstExecutive(y, x)) return true;
  return clash(x.seats, y.seats) && shares(bodyWords(x), bodyWords(y));
}

const EXECUTIVES = new Set(['ceo', 'cfo', 'coo', 'cto']);
/** Words that name the firm itself, not another body: "the company's chairman" chairs the company. */
const OWN_BODY = new Set(['company', 'companys', 'firm', 'firms', 'group', 'groups', 'club', 'clubs', 'board', 'boards', 'corporation', 'business', 'bank', 'banks']);

/**
 * "X, the company's chairman" / "chief executive X": the chair of a firm and its chief executive are two posts.
 * A chair of some other body ("chair of the Senate committee") may well be a chief executive elsewhere.
 */
function chairAgainstExecutive(x: Role, y: Role): boolean {
  if (!x.seats.has('chair') || x.offices.size > 0 || ![...y.offices].some((o) => EXECUTIVES.has(o)) || y.seats.has('chair')) return false;
  return [...bodyWords(x)].every((w) => OWN_BODY.has(w));
}


const tokensOf = (text: string) => text.split(/\s+/).map((w) => w.replace(/[,;]$/, '')).filter(Boolean);

/**
 * The same title with a body or service named inside it: "Press Secretary Maj. Gen." / "Press Secretary Army
 * Maj. Gen.". Only a capitalised insertion strictly inside the title counts; one before it ("Harbour Board
 * Chair" / "Board Chair") is a qualifier of style.
 */
function inserted(short: readonly string[], long: readonly string[]): string[] | undefined {
  if (long.length <= short.length || short.length < 2) return undefined;
  let i = 0;
  while (i < short.length && short[i]?.toLowerCase() === long[i]?.toLowerCase()) i++;
  const extra = long.length - short.length;
  if (i === 0 || i >= short.length) return undefined;
  for (let k = i; k < short.length; k++) if (short[k]?.toLowerCase() !== long[k + extra]?.toLowerCase()) return undefined;
  const words = long.slice(i, i + extra);
  return words.every((w) => /^\p{Lu}/u.test(w)) ? words : undefined;
}

function insertedQualifier(roles: readonly Role[], name: string, fact: Fact): Finding[] {
  // One test per pair of distinct wordings, not per pair of roles: a name in hundreds of sources has few titles.
  const byText = new Map<string, Role[]>();
  for (const r of roles) {
    const list = byText.get(r.text);
    if (list) list.push(r);
    else byText.set(r.text, [r]);
  }
  const texts = [...byText.keys()];
  const tokens = new Map(texts.map((t) => [t, tokensOf(t)]));
  for (const x of roles) {
    for (const ty of texts) {
      const words = inserted(tokens.get(x.text) ?? [], tokens.get(ty) ?? []);
      if (!words) continue;
      const y = byText.get(ty)?.find((r) => r.item.sourceId !== x.item.sourceId);
      if (!y) continue;
      return [
        {
          kind: 'divergence',
          category: 'name',
          severity: 'warning',
          rule: 'name/role-detail',
          fact: fact.label,
          message: `${y.item.sourceId} gives ${name}'s title with ${quote(words.join(' '))} inside it, which ${x.item.sourceId} leaves out: ${quote(y.text)} / ${quote(x.text)}.`,
          evidence: [evidenceOfRole(x), evidenceOfRole(y)],
        },
      ];
    }
  }
  return [];
}

/** The same office, seat and rank: a source that also gives the other role has no quarrel with it. */
const sameRole = (x: Role, y: Role) => [...y.offices, ...y.seats, ...y.ranks].every((w) => x.offices.has(w) || x.seats.has(w) || x.ranks.has(w));

const evidenceOfRole = (r: Role): Evidence => ({ sourceId: r.item.sourceId, claimId: r.item.claimId, text: r.text, start: r.start, end: r.end, value: r.text });

function describe(roles: readonly Role[]): string {
  const byText = new Map<string, Role[]>();
  for (const r of roles) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  return [...byText.entries()].map(([text, rs]) => `${quote(text)} (${sourceList(rs.map((r) => r.item))})`).join(' / ');
}

export function compareRoles(fact: Fact, name: string): Finding[] {
  const roles = rolesOf(fact.items);
  const sources = [...new Set(roles.map((r) => r.item.sourceId))].sort();
  if (sources.length < 2) return [];
  // A source that gives both roles somewhere has no quarrel with the other over either.
  const kinds = kindsOf(roles, (r) => [r.words, r.titles, r.offices, r.seats, r.ranks].map((set) => [...set].sort().join(' ')).join('|'), (r) => r.item.sourceId);
  const clashing = clashingItems(kinds, sameRole, exclusive);
  const findings: Finding[] = [];
  if (clashing.size === 0) return insertedQualifier(roles, name, fact);
  if (clashing.size > 0) {
    const involved = roles.filter((r) => clashing.has(r));
    findings.push({
      kind: 'divergence',
      category: 'name',
      severity: 'warning',
      rule: 'name/role',
      fact: fact.label,
      message: `Sources give ${name} different roles: ${describe(involved)}. Both cannot be current; check whether the role changed.`,
      evidence: involved.map(evidenceOfRole),
    });
  }
  return findings;
}
