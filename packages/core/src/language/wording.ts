import type { Predicate } from '../model.js';
import { pastParticiple, pastTense } from './inflect.js';

/**
 * How a fact's verb reads in its question, from the sources' own verbs (their lemmas and particles):
 * - `participle`: "number of people laid off", "when struck", "amount paid";
 * - `past`: "what time the fire started", "who ordered";
 * - `count`: a participle, unless every source makes the counted thing the doer ("Five climbers died"), which
 *   reads "number of climbers who died".
 * The verb most sources use wins, ties by its spelling; undefined when no predicate carries a lemma.
 */
export type VerbForm = 'participle' | 'past' | 'count';

export function verbWording(predicates: readonly (Predicate | undefined)[], form: VerbForm): string | undefined {
  const uses = new Map<string, { n: number; agentive: number; base: string; particle: string }>();
  for (const p of predicates) {
    if (!p?.base) continue;
    const particle = p.particle ?? '';
    const key = particle ? `${p.base} ${particle}` : p.base;
    const use = uses.get(key) ?? { n: 0, agentive: 0, base: p.base, particle };
    use.n++;
    if (p.agentive) use.agentive++;
    uses.set(key, use);
  }
  const best = [...uses.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]?.[1];
  if (!best) return undefined;
  const tail = best.particle ? ` ${best.particle}` : '';
  if (form === 'past') return `${pastTense(best.base)}${tail}`;
  if (form === 'count' && best.agentive === best.n) return `who ${pastTense(best.base)}${tail}`;
  return `${pastParticiple(best.base)}${tail}`;
}
