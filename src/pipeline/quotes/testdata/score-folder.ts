/**
 * Scores a folder of annotated articles (`NAME.txt` + `NAME.gold.json`, the corpus format) with the
 * shared scorer's own `scoreArticle`, for the corpus and held-out guards. The caller guards the scorer
 * path with `needsShared`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromText } from '../../../model/article.js';
import { extractQuotes } from '../extract.js';

/** The scorer's counts, summed over the folder. */
export interface Totals {
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

/** The ratios the quality doc records. */
export interface Figures {
  directP: number;
  directR: number;
  attribution: number;
  indirectR: number;
  falseQ: number;
}

/**
 * Extracts and scores every article of `dir`.
 * @param dir folder of `NAME.txt` + `NAME.gold.json`
 * @param scorer path of `score-quotes.mjs`
 */
export async function scoreFolder(dir: string, scorer: string): Promise<Figures> {
  const { scoreArticle } = (await import(pathToFileURL(scorer).href)) as { scoreArticle: (gold: unknown, preds: unknown[]) => Totals };
  const t: Totals = { dTP: 0, dPred: 0, dFound: 0, dGold: 0, attrOk: 0, attrN: 0, iFound: 0, iGold: 0, falseQ: 0 };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const gold = JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.gold.json')), 'utf8'));
    const s = scoreArticle(gold, extractQuotes(articleFromText(readFileSync(path.join(dir, name), 'utf8'), name)));
    for (const k of Object.keys(t) as (keyof Totals)[]) t[k] += s[k];
  }
  return { directP: t.dTP / t.dPred, directR: t.dFound / t.dGold, attribution: t.attrOk / t.attrN, indirectR: t.iFound / t.iGold, falseQ: t.falseQ };
}
