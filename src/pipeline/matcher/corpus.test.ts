// The matcher against the annotated corpora (../shared/corpus/quotes/dev and the held-out sets in test/):
// topic precision and recall, 1.0 on each.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, REPO_ROOT, sharedPath } from '../../../test/support/shared-corpus.js';
import { articleFromText } from '../../model/article.js';
import { compileWatchlist } from './compile.js';
import { loadWatchlist } from './watchlist-file.js';

const corpus = sharedPath('corpus');
const SETS: Record<string, string> = {
  dev: path.join(corpus, 'quotes', 'dev'),
  holdout: path.join(REPO_ROOT, 'test', 'holdout'),
  holdout2: path.join(REPO_ROOT, 'test', 'holdout2'),
  holdout3: path.join(REPO_ROOT, 'test', 'holdout3'),
};

describe.skipIf(!needsShared('corpus/quotes/dev', 'corpus/watchlist.yaml'))('corpus topics', () => {
  for (const [set, dev] of Object.entries(SETS))
    it(`${set}: finds every annotated topic and no other (precision and recall 1.0)`, async () => {
      const matcher = compileWatchlist(await loadWatchlist(path.join(corpus, 'watchlist.yaml')));
      const errors: string[] = [];
      let tp = 0;
      let predicted = 0;
      let gold = 0;
      for (const name of readdirSync(dev).filter((n) => n.endsWith('.txt'))) {
        const goldDoc = JSON.parse(readFileSync(path.join(dev, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as { topics: Record<string, boolean> };
        // Language deliberately left out: the matcher must guess it, as for the CLI's .txt input.
        const got = new Set(matcher.match(articleFromText(readFileSync(path.join(dev, name), 'utf8'), name)).map((m) => m.topicId));
        for (const [id, on] of Object.entries(goldDoc.topics)) {
          if (on) gold++;
          if (got.has(id)) predicted++;
          if (on && got.has(id)) tp++;
          if (on !== got.has(id)) errors.push(`${name}: ${on ? 'missed' : 'false'} ${id}`);
        }
      }
      expect(errors).toEqual([]);
      expect(gold).toBeGreaterThan(10);
      expect(tp / predicted).toBe(1);
      expect(tp / gold).toBe(1);
    });
});
