import type { Finding } from '../model.js';
import type { CopyFamily } from './index.js';

/**
 * What copies mean for findings. An agreement is only as strong as the independent texts behind it: "3 sources,
 * 2 independent: 002 and 003 are copies of one text". A divergence between two copies of one text is an editing
 * change (someone changed the figure or the name while copying), which the message says.
 */

function names(ids: readonly string[]): string {
  if (ids.length <= 2) return ids.join(' and ');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

export function withCopies(findings: readonly Finding[], families: readonly CopyFamily[]): Finding[] {
  // Without copies every source is its own text: nothing to add.
  if (families.length === 0) return [...findings];
  const familyOf = new Map<string, CopyFamily>();
  for (const family of families) for (const id of family.sources) familyOf.set(id, family);
  return findings.map((finding) => {
    const sources = [...new Set(finding.evidence.map((e) => e.sourceId))].sort();
    if (finding.kind === 'agreement') {
      const groups = new Map<string, string[]>();
      for (const id of sources) {
        const key = familyOf.get(id)?.id ?? `self:${id}`;
        const list = groups.get(key);
        if (list) list.push(id);
        else groups.set(key, [id]);
      }
      const copies = [...groups.values()].filter((g) => g.length > 1);
      const support = { sources: sources.length, independent: groups.size, copies };
      if (copies.length === 0) return { ...finding, support };
      const which = copies.map((g) => `${names(g)} are copies of one text`).join('; ');
      return { ...finding, support, message: `${finding.message} (${sources.length} sources, ${groups.size} independent: ${which}.)` };
    }
    if (finding.kind === 'divergence') {
      // Two copies on different sides: the evidence items of different values from two sources of one family.
      const editing = new Set<string>();
      for (const a of finding.evidence) {
        for (const b of finding.evidence) {
          if (a.sourceId >= b.sourceId || (a.value ?? a.text) === (b.value ?? b.text)) continue;
          const fa = familyOf.get(a.sourceId);
          if (fa && fa === familyOf.get(b.sourceId)) {
            editing.add(a.sourceId);
            editing.add(b.sourceId);
          }
        }
      }
      if (editing.size < 2) return { ...finding };
      const ids = [...editing].sort();
      return { ...finding, editing: ids, message: `${finding.message} ${names(ids)} are copies of one text: this difference is an editing change.` };
    }
    return { ...finding };
  });
}
