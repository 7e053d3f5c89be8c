/**
 * Recovery measurement on real feeds: each of rss-parser's 31 peer inputs
 * (`../shared/corpus/feeds/peers/rss-parser/input`) is broken the way issue 16 reports — the end tag of
 * the first item's description / summary / content removed — and read by the current path and by the
 * legacy rss-parser path. Prints items found in the intact feeds and in the broken ones, per path.
 * Run: `npx tsx src/reader/parser/testdata/break-one-item.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../../../../test/support/shared-corpus.js';
import { parseFeed } from '../parse-feed.js';
import type { RecoveryStrategy } from '../xml.js';

/** Removes the first end tag of a text element inside the first item/entry; null when there is none. */
export function breakFirstItem(xml: string): string | null {
  const start = xml.search(/<(?:item|entry)[\s>]/);
  if (start < 0) return null;
  const m = /<\/(description|summary|content|content:encoded)>/.exec(xml.slice(start));
  if (!m) return null;
  const at = start + m.index;
  return xml.slice(0, at) + xml.slice(at + m[0].length);
}

async function count(doc: Buffer, recovery: RecoveryStrategy): Promise<number> {
  try {
    return (await parseFeed(doc, { recovery })).items.length;
  } catch {
    return 0;
  }
}

const dir = sharedPath('corpus/feeds/peers/rss-parser/input');
if (fs.existsSync(dir)) {
  const totals = { intact: 0, broken: 0, legacyIntact: 0, legacyBroken: 0, feeds: 0 };
  for (const f of fs.readdirSync(dir)) {
    const bytes = fs.readFileSync(path.join(dir, f));
    const broken = breakFirstItem(bytes.toString('utf8'));
    if (broken === null) continue;
    const b = Buffer.from(broken, 'utf8');
    totals.feeds++;
    totals.intact += await count(bytes, 'preclean');
    totals.broken += await count(b, 'preclean');
    totals.legacyIntact += await count(bytes, 'rss-parser');
    totals.legacyBroken += await count(b, 'rss-parser');
  }
  console.log(JSON.stringify(totals));
} else console.log(`no ${dir}`);
