import { describe, expect, it } from 'vitest';
import { createRng, generateFeed, generateStory, loadSeedSentences, OWN_SENTENCES } from '../../../bench/corpus.mjs';

// The benchmark corpus (bench/corpus.mjs) must be the same bytes on every run, or benchmark runs do not compare.
describe('benchmark corpus', () => {
  const pool = loadSeedSentences();

  it('draws on the fixtures and on its own sentences', () => {
    expect(pool.length).toBeGreaterThan(OWN_SENTENCES.length + 50);
    expect(pool).toEqual(expect.arrayContaining([...OWN_SENTENCES]));
  });

  it('has a seeded PRNG that never changes', () => {
    const a = createRng('corroborate');
    const b = createRng('corroborate');
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    // mulberry32 from the FNV-1a hash of the seed: pinned, so that a refactor cannot silently change the corpus.
    expect(createRng(1).next()).toBeCloseTo(0.6270739405881613, 15);
    expect(createRng('x').int(0, 1000)).toBe(createRng('x').int(0, 1000));
  });

  it('gives the same story for the same seed and another for another seed', () => {
    const one = generateStory({ seed: 'test', articles: 6, pool });
    const two = generateStory({ seed: 'test', articles: 6, pool });
    expect(two).toEqual(one);
    const other = generateStory({ seed: 'other', articles: 6, pool });
    expect(other.articles.map((a) => a.text)).not.toEqual(one.articles.map((a) => a.text));
  });

  it('makes articles of about 5 KB that vary one story', () => {
    const { articles } = generateStory({ seed: 'sizes', articles: 20, pool });
    expect(new Set(articles.map((a) => a.id)).size).toBe(20);
    expect(new Set(articles.map((a) => a.text)).size).toBe(20);
    for (const a of articles) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThan(4500);
      expect(bytes).toBeLessThan(6500);
    }
    // Variants of one story share sentences: some sentence of the first article appears word for word in another.
    const sentences = articles[0]!.text.split(/(?<=\.)\s+/).filter((s) => s.length > 60);
    expect(articles.slice(1).some((a) => sentences.some((s) => a.text.includes(s)))).toBe(true);
  });

  it('nests sizes: a smaller story is the start of a larger one with the same seed', () => {
    const small = generateStory({ seed: 'nest', articles: 3, pool });
    const large = generateStory({ seed: 'nest', articles: 7, pool });
    expect(large.articles.slice(0, 3).map((a) => a.text)).toEqual(small.articles.map((a) => a.text));
  });

  it('generates a feed of distinct, deterministic stories', () => {
    const feed = [...generateFeed({ seed: 'f', stories: 3, articlesPerStory: 2, pool })];
    expect(feed.map((s) => s.story)).toEqual(['story-0001', 'story-0002', 'story-0003']);
    expect([...generateFeed({ seed: 'f', stories: 3, articlesPerStory: 2, pool })]).toEqual(feed);
    expect(feed[0]!.articles[0]!.text).not.toBe(feed[1]!.articles[0]!.text);
  });
});
