import type { Evidence, FactItem, Finding } from '../../model.js';
import { quote, sourceList } from '../shared.js';
import { nameSpan } from '../../shared/spans.js';

/**
 * Who did it, as evidence: the actor of a figure or date (its own verb's actor) or of the claim. One value per
 * entity whatever the spelling ("Red Lynx Group" / "RedLynx Group", "KX 9" / "KX9"): the name rules report the
 * spelling, so spellings are never "different actors"; a country is `place:<country>`.
 */
export function entityValue(key: string): string {
  return key.replace(/[^\p{L}\p{N}@:]+/gu, '');
}

export function actorEvidence(item: FactItem): Evidence | undefined {
  const m = item.mention;
  const agent = (m && m.type !== 'entity' ? m.agent : undefined) ?? item.claim.agent;
  if (!agent) return undefined;
  const value = agent.kind === 'place' ? `place:${agent.key}` : entityValue(agent.key);
  return { sourceId: item.sourceId, claimId: item.claimId, ...nameSpan(agent), value };
}

/** Every source that names who did it names the same actor ("the UK government", "London", "Britain"). */
export function sameActor(items: readonly FactItem[], fact: string): Finding | undefined {
  // One piece of evidence per place in a source: a clause split into one claim per figure names its actor once.
  const byPlace = new Map<string, Evidence>();
  for (const item of items) {
    const e = actorEvidence(item);
    if (e && !byPlace.has(`${e.sourceId}|${e.start}`)) byPlace.set(`${e.sourceId}|${e.start}`, e);
  }
  const actors = [...byPlace.values()];
  if (new Set(actors.map((e) => e.sourceId)).size < 2 || new Set(actors.map((e) => e.value)).size !== 1) return undefined;
  return {
    kind: 'agreement',
    category: 'attribution',
    severity: 'info',
    rule: 'attribution/same-actor',
    fact,
    message: `${sourceList(actors)} credit it to the same actor: ${[...new Set(actors.map((e) => quote(e.text)))].join(' / ')}.`,
    evidence: actors,
  };
}
