/**
 * Items alike in everything a rule's tests read are one kind: a person or a figure named in hundreds of sources
 * has few kinds, so a rule that sets sources against each other costs kinds² tests, not sources².
 */
export interface Kind<T> {
  sample: T;
  /** The kind's items, by source id, in order of first appearance. */
  holders: Map<string, T[]>;
}

export function kindsOf<T>(items: readonly T[], keyOf: (item: T) => string, sourceOf: (item: T) => string): Kind<T>[] {
  const kinds = new Map<string, Kind<T>>();
  for (const item of items) {
    const key = keyOf(item);
    let kind = kinds.get(key);
    if (!kind) kinds.set(key, (kind = { sample: item, holders: new Map() }));
    const source = sourceOf(item);
    const list = kind.holders.get(source);
    if (list) list.push(item);
    else kind.holders.set(source, [item]);
  }
  return [...kinds.values()];
}

/**
 * The items that clash: an item of one source clashes with an item of another when `clash` holds between them and
 * neither source also gives something `covers` the other's (a source that gives both has no quarrel with either).
 */
export function clashingItems<T>(kinds: readonly Kind<T>[], covers: (held: T, other: T) => boolean, clash: (x: T, y: T) => boolean): Set<T> {
  const covering = kinds.map((k) => new Set(kinds.filter((o) => covers(o.sample, k.sample)).flatMap((o) => [...o.holders.keys()])));
  const clashing = new Set<T>();
  kinds.forEach((kx, a) => {
    kinds.forEach((ky, b) => {
      if (a === b || !clash(kx.sample, ky.sample)) return;
      const xs = [...kx.holders.keys()].filter((id) => !covering[b]?.has(id));
      const ys = [...ky.holders.keys()].filter((id) => !covering[a]?.has(id));
      if (xs.length === 0 || ys.length === 0) return;
      for (const id of xs) for (const item of kx.holders.get(id) ?? []) clashing.add(item);
      for (const id of ys) for (const item of ky.holders.get(id) ?? []) clashing.add(item);
    });
  });
  return clashing;
}
