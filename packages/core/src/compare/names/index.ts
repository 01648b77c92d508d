import { lettersOf, relateNames } from '../../shared/name-relations.js';
import type { EntityMention, Fact, FactItem, Finding } from '../../model.js';
import { compareOrigins } from './origins.js';
import { compareRoles } from './roles.js';
import { distinctBySourceValue, evidenceOf, quote, sourceList } from '../shared.js';

/**
 * Names: a source that gives less of a name than another (partial), or spells or styles it differently
 * (variant). A misspelling or a changed word in an official name is a warning; case, spacing or
 * punctuation alone is info. Agreement when two or more sources name it identically.
 */

const KIND_WORD: Record<string, string> = { person: 'person', organization: 'organisation', group: 'group', place: 'place' };

/** A whole value in capitals, any script: the typography of a dateline or a headline, not another spelling. */
const writtenInCapitals = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();

const styleOnly = (a: string, b: string) => lettersOf(a) === lettersOf(b);

/** The one word a name has more than the other ("… Housing Support Fund" / "… Housing Fund"), if so. */
function wordAdded(a: string, b: string): string | undefined {
  const norm = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
  const [x, y] = [norm(a), norm(b)];
  const [short, long, longRaw] = x.length < y.length ? [x, y, b] : [y, x, a];
  if (long.length !== short.length + 1) return undefined;
  const k = long.findIndex((w, i) => w !== short[i]);
  const at = k < 0 ? long.length - 1 : k;
  if (long.filter((_, i) => i !== at).join(' ') !== short.join(' ')) return undefined;
  return longRaw.split(/[^\p{L}\p{N}]+/u).filter(Boolean)[at];
}

/** "Richard B. Norland" / "Richard Norland": the same words but for an initial. */
function initialsDiffer(a: string, b: string): boolean {
  const initials = (s: string) => s.split(/\s+/).filter((w) => /^(\p{Lu}\.?)+$/u.test(w) && w.replace(/\./g, '').length <= 2).length;
  return initials(a) !== initials(b);
}

/** One place under its current and its former name: which form each source uses. */
function renamedPlace(fact: Fact): Finding[] {
  const forms = new Map<string, FactItem[]>();
  for (const item of distinctBySourceValue(fact.items)) forms.set(item.value, [...(forms.get(item.value) ?? []), item]);
  const ranked = [...forms.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const described = ranked.map(([form, items]) => `${quote(form)} in ${sourceList(items)}`).join(' but ');
  return [
    {
      kind: 'divergence',
      category: 'name',
      severity: 'warning',
      rule: 'name/renamed',
      fact: fact.label,
      message: `The place is written ${described}: its current and its former name. Use one form throughout.`,
      evidence: ranked.flatMap(([, items]) => items).map(evidenceOf),
    },
  ];
}

export function compareNames(fact: Fact): Finding[] {
  if (fact.key.startsWith('place|')) return renamedPlace(fact);
  const first = fact.items[0]?.mention as EntityMention | undefined;
  const name = fact.label.replace(/^name: /, '');
  const person = first?.kind === 'person' ? [...compareRoles(fact, name), ...compareOrigins(fact, name)] : [];
  return [...namesCompared(fact), ...person];
}

function namesCompared(fact: Fact): Finding[] {
  const items = distinctBySourceValue(fact.items);
  const mention = (i: FactItem) => i.mention as EntityMention;
  const kindWord = KIND_WORD[mention(items[0] as FactItem).kind] ?? 'name';
  const findings: Finding[] = [];
  const forms = new Map<string, FactItem[]>();
  for (const item of items) forms.set(item.value, [...(forms.get(item.value) ?? []), item]);
  // The reference form is what most sources write; a fuller form of a person's name wins, since a shorter
  // one is then the thing to flag.
  const byUse = [...forms.values()].sort((a, b) => b.length - a.length || mention(b[0] as FactItem).words.length - mention(a[0] as FactItem).words.length || (b[0]?.value.length ?? 0) - (a[0]?.value.length ?? 0));
  let fullest = byUse[0]?.[0] as FactItem;
  for (const group of byUse) {
    const candidate = group[0] as FactItem;
    if (mention(candidate).kind === 'person' && relateNames(mention(candidate), mention(fullest)) === 'partial' && mention(candidate).words.length > mention(fullest).words.length) fullest = candidate;
  }

  if (forms.size === 1) {
    // Places named alike are not news; only their spellings are.
    if (new Set(items.map((i) => i.sourceId)).size < 2 || mention(fullest).kind === 'place') return [];
    return [
      {
        kind: 'agreement',
        category: 'name',
        severity: 'info',
        rule: 'name/same',
        fact: fact.label,
        message: `${items.length} sources name the ${kindWord} ${quote(fullest.value)} alike (${sourceList(items)}).`,
        evidence: items.map(evidenceOf),
      },
    ];
  }

  // Compare every other form with the fullest one: that is what an editor checks against.
  const fullForms = forms.get(fullest.value) ?? [fullest];
  // The form that several sources share is confirmed, whatever the others write (once: an equivalence below
  // that names the same sources says it already).
  const shared = byUse[0] ?? [];
  const majority: Finding[] = [];
  if (new Set(shared.map((i) => i.sourceId)).size >= 2 && mention(shared[0] as FactItem).kind !== 'place') {
    majority.push({
      kind: 'agreement',
      category: 'name',
      severity: 'info',
      rule: 'name/same',
      fact: fact.label,
      message: `${shared.length} sources name the ${kindWord} ${quote((shared[0] as FactItem).value)} alike (${sourceList(shared)}).`,
      evidence: shared.map(evidenceOf),
    });
  }
  for (const [value, group] of forms) {
    if (value === fullest.value) continue;
    const relation = relateNames(mention(group[0] as FactItem), mention(fullest));
    const evidence = [...fullForms, ...group].map(evidenceOf);
    if (value.toLowerCase() === fullest.value.toLowerCase() && (writtenInCapitals(value) || writtenInCapitals(fullest.value))) {
      // Capitals of a dateline, a heading or a speaker label are typography, not another spelling.
      continue;
    } else if (styleOnly(value, fullest.value)) {
      findings.push({ kind: 'divergence', category: 'name', severity: 'warning', rule: 'name/style', fact: fact.label, message: `The ${kindWord} is written ${quote(value)} in ${sourceList(group)} but ${quote(fullest.value)} in ${sourceList(fullForms)} (case, spacing or punctuation only).`, evidence });
    } else if (relation === 'partial') {
      findings.push({ kind: 'divergence', category: 'name', severity: 'warning', rule: 'name/partial', fact: fact.label, message: `${sourceList(group)} give${group.length > 1 ? '' : 's'} only ${quote(value)} where ${sourceList(fullForms)} name${fullForms.length > 1 ? '' : 's'} the ${kindWord} ${quote(fullest.value)}.`, evidence });
    } else if (relation === 'short-form') {
      findings.push({ kind: 'divergence', category: 'name', severity: 'info', rule: 'name/short-form', fact: fact.label, message: `${sourceList(group)} call${group.length > 1 ? '' : 's'} the person ${quote(value)} where ${sourceList(fullForms)} write${fullForms.length > 1 ? '' : 's'} ${quote(fullest.value)}: a short form of the given name.`, evidence });
    } else if (relation === 'same' && mention(group[0] as FactItem).kind === 'person' && initialsDiffer(value, fullest.value)) {
      findings.push({ kind: 'divergence', category: 'name', severity: 'warning', rule: 'name/initial', fact: fact.label, message: `The person is ${quote(value)} in ${sourceList(group)} but ${quote(fullest.value)} in ${sourceList(fullForms)}: with and without an initial.`, evidence });
    } else if (relation === 'same') {
      // Same identity, same legal form, written with a different suffix spelling ("Ltd" / "Limited").
      findings.push({ kind: 'agreement', category: 'name', severity: 'info', rule: 'name/equivalent', fact: fact.label, message: `${quote(value)} (${sourceList(group)}) and ${quote(fullest.value)} (${sourceList(fullForms)}) are the same ${kindWord}.`, evidence });
    } else {
      const legalA = mention(group[0] as FactItem).legalForm;
      const legalB = mention(fullest).legalForm;
      const added = wordAdded(value, fullest.value);
      const what = legalA !== legalB && legalA && legalB ? 'with a different legal form' : added ? `one has the word ${quote(added)} the other lacks` : 'spelled differently';
      findings.push({ kind: 'divergence', category: 'name', severity: 'warning', rule: 'name/variant', fact: fact.label, message: `The ${kindWord} is ${quote(value)} in ${sourceList(group)} but ${quote(fullest.value)} in ${sourceList(fullForms)}: ${what}.`, evidence });
    }
  }
  return findings.some((f) => f.rule === 'name/equivalent') ? findings : [...findings, ...majority];
}
