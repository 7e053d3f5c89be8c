import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const feed = (title: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` +
      `<item><title>${title}</title><link>https://x.example/1</link><guid>g1</guid><description>One.</description></item>` +
      `<item><title>Second</title><link>https://x.example/2</link><guid>g2</guid><description>Two.</description></item>` +
      `</channel></rss>`,
  );

describe('parseFeed skipTitles: known keys are left out unless their headline changed', () => {
  it('builds a skipped key again when the outlet retitled it', async () => {
    const skip = {
      skipKeys: ['g1', 'g2'],
      skipTitles: [
        ['g1', 'First'],
        ['g2', 'Second'],
      ] as [string, string][],
    };
    expect((await parseFeed(feed('First'), skip)).items).toEqual([]);
    expect((await parseFeed(feed('UPDATE: First'), skip)).items.map((i) => [i.key, i.title])).toEqual([['g1', 'UPDATE: First']]);
    // Without titles: skipped by key alone, as before.
    expect((await parseFeed(feed('UPDATE: First'), { skipKeys: ['g1', 'g2'] })).items).toEqual([]);
  });
});
