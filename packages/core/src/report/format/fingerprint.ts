import type { ReportFinding } from '../schema.js';
import { oneLine } from './shared.js';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-16 code units: tiny, dependency-free and the same in a browser. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * An identity for a finding that survives what does not change it: the order the files were given in, the
 * finding's number, and edits elsewhere in the articles that move its lines. It is made of the rule, the fact
 * and each source's words (case and spacing folded), so changing the words (a "12" becoming "15") makes a new
 * finding. Positions are left out on purpose.
 */
export function findingFingerprint(finding: ReportFinding): string {
  const sides = finding.evidence.map((e) => `${e.sourceId}\u0001${oneLine(e.text).toLowerCase()}`).sort();
  return fnv1a64([finding.rule, finding.fact, ...sides].join('\u0000'));
}
