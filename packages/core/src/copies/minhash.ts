/**
 * MinHash signatures and locality-sensitive hashing (banding), with integer arithmetic only, so that every
 * machine and every process gives the same signatures.
 *
 * A signature keeps, for each of `HASHES` hash functions, the smallest hash of any shingle: two signatures agree
 * in a slot with probability equal to the Jaccard resemblance of the shingle sets. Banding splits the signature
 * into `BANDS` bands of `ROWS` slots; two texts are candidates when some band is identical, which happens with
 * probability 1 - (1 - J^ROWS)^BANDS: about 0.83 at J = 0.3, 0.9996 at J = 0.5, 0.01 at J = 0.05.
 */
export const ROWS = 3;
export const BANDS = 64;
export const HASHES = ROWS * BANDS;

/** FNV-1a over UTF-16 code units: a 32-bit hash of a shingle. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3 fmix32): spreads `x ^ seed` into an independent-looking hash. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function, from a linear congruential sequence. */
const SEEDS: readonly number[] = (() => {
  const seeds: number[] = [];
  let s = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    seeds.push(s);
  }
  return seeds;
})();

/** The MinHash signature of a set of shingle hashes: O(|set| × HASHES). */
export function signature(hashes: readonly number[]): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ (SEEDS[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band: texts that share a key are candidate copies. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = `${b}:`;
    for (let r = 0; r < ROWS; r++) key += `${(sig[b * ROWS + r] as number).toString(36)}.`;
    keys.push(key);
  }
  return keys;
}
