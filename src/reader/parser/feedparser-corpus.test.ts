/**
 * Python feedparser's test corpus (2,090 documents, BSD licence) through parseFeed: no crash on any
 * document, and per folder at least the pass count recorded in testdata/feedparser-baseline.json
 * (docs/robustness.md shows the table; regenerate with
 * `npx tsx src/reader/parser/testdata/feedparser-harness.ts --baseline`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEEDPARSER_REL, runFeedparserCorpus, type FolderStats } from './testdata/feedparser-harness.js';
import { needsShared } from '../../../test/support/shared-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const baseline = JSON.parse(fs.readFileSync(path.join(here, 'testdata/feedparser-baseline.json'), 'utf8')) as Record<
  string,
  { passed: number; applicable: number }
>;

describe.skipIf(!needsShared(FEEDPARSER_REL))('feedparser corpus', () => {
  let stats: FolderStats[] = [];
  beforeAll(async () => {
    stats = await runFeedparserCorpus();
  }, 60_000);

  it('never crashes (only WirewatchError not_a_feed is thrown)', () => {
    expect(stats.flatMap((s) => s.failures.filter((f) => f.includes('CRASH')))).toEqual([]);
    expect(stats.reduce((n, s) => n + s.files, 0)).toBe(2090);
  });

  it('keeps every folder at or above its recorded pass count', () => {
    for (const s of stats) {
      const want = baseline[s.folder];
      expect(want, `baseline for ${s.folder}`).toBeDefined();
      expect({ folder: s.folder, passed: s.passed >= want.passed }).toEqual({ folder: s.folder, passed: true });
      expect(s.applicable).toBe(want.applicable);
    }
  });

  it('passes every entity and ampersand check (titles decoded exactly once)', () => {
    for (const folder of ['entities', 'wellformed/amp']) {
      const s = stats.find((x) => x.folder === folder)!;
      expect(s.passed).toBe(s.applicable);
    }
  });
});
