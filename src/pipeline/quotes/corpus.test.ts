/**
 * The dev corpus (../shared/corpus/quotes/dev) scored with the project's scorer functions: guards the
 * targets of issue 6. Skipped when the shared corpus is not checked out beside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/support/shared-corpus.js';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

const corpus = sharedPath('corpus/quotes/dev');
const scorer = sharedPath('tools/score-quotes.mjs');

interface Totals {
  dTP: number;
  dPred: number;
  dFound: number;
  dGold: number;
  attrOk: number;
  attrN: number;
  iFound: number;
  iGold: number;
  falseQ: number;
}

describe.skipIf(!needsShared('corpus/quotes/dev', 'tools/score-quotes.mjs'))('dev corpus', () => {
  it('meets the issue 6 targets', async () => {
    const { scoreArticle } = (await import(pathToFileURL(scorer).href)) as { scoreArticle: (gold: unknown, preds: unknown[]) => Totals };
    const t: Totals = { dTP: 0, dPred: 0, dFound: 0, dGold: 0, attrOk: 0, attrN: 0, iFound: 0, iGold: 0, falseQ: 0 };
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(path.join(corpus, name.replace(/\.txt$/, '.gold.json')), 'utf8'));
      const quotes = extractQuotes(articleFromText(readFileSync(path.join(corpus, name), 'utf8'), name));
      const s = scoreArticle(gold, quotes);
      for (const k of Object.keys(t) as (keyof Totals)[]) t[k] += s[k];
    }
    expect(t.dTP / t.dPred).toBeGreaterThanOrEqual(0.97);
    expect(t.dFound / t.dGold).toBeGreaterThanOrEqual(0.97);
    expect(t.attrOk / t.attrN).toBeGreaterThanOrEqual(0.95);
    expect(t.iFound / t.iGold).toBeGreaterThanOrEqual(0.8);
    expect(t.falseQ).toBe(0);
  });
});
