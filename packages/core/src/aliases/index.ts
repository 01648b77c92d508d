import type { Claim, EntityMention, ExtractedSource, Mention } from '../model.js';

/**
 * A desk's own dictionary of names: each canonical name with the other names of the same entity
 * (`{ "China": ["Beijing"], "Lin Haoran": ["Haoran Lin"] }`). Applied between extract and align: a mention
 * written as any of the names takes the key (and, for people, the name words) of the canonical one, so
 * alignment puts them in one fact and comparison calls them the same entity rather than a variant.
 */
export type Aliases = Readonly<Record<string, readonly string[]>>;

/** Case, punctuation and spacing do not make a different name. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

interface Target {
  canonical: string;
  /** The key extraction gave the canonical name in these sources, when one of them writes it. */
  key?: string;
}

/** Which group each written form belongs to; a form listed under two names keeps the first. */
function indexAliases(aliases: Aliases): Map<string, Target> {
  const byForm = new Map<string, Target>();
  for (const [canonical, others] of Object.entries(aliases)) {
    const target: Target = { canonical: normalise(canonical) };
    for (const form of [canonical, ...others]) {
      const n = normalise(form);
      if (n && !byForm.has(n)) byForm.set(n, target);
    }
  }
  return byForm;
}

function* entitiesOf(claim: Claim): Generator<EntityMention> {
  for (const m of claim.mentions) {
    if (m.type === 'entity') yield m;
    else if (m.agent) yield m.agent;
  }
  if (claim.agent) yield claim.agent;
}

/**
 * The sources with the aliases applied. Pure: extraction memoises claims per sentence, so nothing it returned
 * is changed; the claims and mentions that change are copies.
 */
export function applyAliases(sources: readonly ExtractedSource[], aliases: Aliases | undefined): ExtractedSource[] {
  if (!aliases || Object.keys(aliases).length === 0) return [...sources];
  const byForm = indexAliases(aliases);
  // Places are keyed by country ("Chinese", "China" → china): the canonical's own key keeps those together.
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const m of entitiesOf(claim)) {
        const target = byForm.get(normalise(m.name));
        if (target && target.key === undefined && normalise(m.name) === target.canonical) target.key = m.key;
      }
    }
  }
  const renamed = new Map<string, string>();
  const rewrite = <M extends EntityMention>(m: M): M => {
    const target = byForm.get(normalise(m.name));
    if (!target) return m;
    const key = target.key ?? target.canonical;
    renamed.set(m.key, key);
    const words = m.kind === 'person' ? target.canonical.split(' ') : m.words;
    return key === m.key && words === m.words ? m : { ...m, key, words };
  };
  const rewriteMention = (m: Mention): Mention => {
    if (m.type === 'entity') return rewrite(m);
    if (m.agent) {
      const agent = rewrite(m.agent);
      return agent === m.agent ? m : { ...m, agent };
    }
    return m;
  };
  return sources.map((source) => ({
    ...source,
    claims: source.claims.map((claim) => {
      const mentions = claim.mentions.map(rewriteMention);
      const agent = claim.agent ? rewrite(claim.agent) : undefined;
      const changed = mentions.some((m, i) => m !== claim.mentions[i]) || agent !== claim.agent;
      const attributionKey = claim.attribution ? renamed.get(claim.attribution.key) : undefined;
      if (!changed && attributionKey === undefined) return claim;
      const out: Claim = { ...claim, mentions };
      if (agent) out.agent = agent;
      if (claim.attribution && attributionKey !== undefined) out.attribution = { ...claim.attribution, key: attributionKey };
      return out;
    }),
  }));
}
