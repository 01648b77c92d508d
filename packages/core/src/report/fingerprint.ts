import type { ReportFinding } from './schema.js';

/**
 * A finding's identity across runs, for baselines: the rule, the fact and what each source says (its normalised
 * value, or its words), never offsets or ids. Re-ordering files, editing other paragraphs or adding an unrelated
 * article leaves it unchanged; changing one of the compared values changes it. Works for any finding kind.
 */
export function findingFingerprint(finding: Pick<ReportFinding, 'rule' | 'fact' | 'evidence'>): string {
  const sides = [...new Set(finding.evidence.map((e) => `${e.sourceId}=${normalise(e.value ?? e.text)}`))].sort();
  return hash64([finding.rule, normalise(finding.fact), ...sides].join('\u0000'));
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** 64 bits from two 32-bit multiplicative lanes (cyrb53's mixing); pure JS, so it runs in a browser. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
