import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { loadWatchlist, parseWatchlist, topicsSchema } from './watchlist-file.js';

const here = import.meta.dirname;
const testdata = (f: string) => path.join(here, 'testdata', f);
/** The corpus watchlist as the demo ships it (config/demo/watchlist.yaml is ../shared/corpus/watchlist.yaml). */
const corpusWatchlist = path.resolve(here, '../../../config/demo/watchlist.yaml');

async function failure(p: Promise<unknown>): Promise<WirewatchError> {
  try {
    await p;
  } catch (e) {
    return e as WirewatchError;
  }
  throw new Error('expected a failure');
}

describe('watchlist files', () => {
  it('says what the file should look like when the topics are not under `topics:`', () => {
    expect(() => parseWatchlist('- id: k\n  name: K\n  terms: [K]\n', 'w.yaml')).toThrow(
      /w\.yaml:1: a watchlist file is a mapping with a "topics" list.*a bare list/,
    );
    expect(() => parseWatchlist('id: k\nname: K\nterms: [K]\n', 'w.yaml')).toThrow(/no "topics" key/);
  });

  it('loads the corpus watchlist with defaults', async () => {
    const topics = await loadWatchlist(corpusWatchlist);
    expect(topics.map((t) => t.id)).toEqual(['kosovo', 'resolution-1244', 'nis-center']);
    expect(topics[0]).toEqual({ id: 'kosovo', name: 'Kosovo', terms: ['Kosovo', 'Kosova'], exclude: [], priority: 'digest', workspace: null });
    expect(topics[2].exclude).toContain('Crveni krst');
  });
  it('names file, line and key of an invalid term', async () => {
    const e = await failure(loadWatchlist(testdata('bad-term.yaml')));
    expect(e.code).toBe('invalid_watchlist');
    expect(e.message).toMatch(/bad-term\.yaml:9: topics\[1\]\.terms\[1\]: invalid term "centar NEAR\/99 Niš": NEAR distance/);
  });
  it('reports every shape problem with its line', async () => {
    const e = await failure(loadWatchlist(testdata('bad-shape.yaml')));
    expect(e.message).toMatch(/bad-shape\.yaml:5: topics\[0\]\.priority: expected one of "digest", "instant"/);
    expect(e.message).toMatch(/bad-shape\.yaml:8: topics\[1\]\.terms: a topic needs at least one term/);
    expect(e.message).toMatch(/bad-shape\.yaml:9: topics\[1\]\.colour: unknown key \(misspelt\? see docs\/term-syntax\.md\)/);
  });
  it("says what was expected in words, never zod's own wording", () => {
    const e = (() => {
      try {
        parseWatchlist('topics:\n  - id: k\n    terms: 5\n', 'w.yaml');
      } catch (err) {
        return err as Error;
      }
      throw new Error('no error');
    })();
    expect(e.message).toContain('w.yaml:2: topics[0].name: missing; expected string');
    expect(e.message).toContain('w.yaml:3: topics[0].terms: expected array, got number 5');
    expect(e.message).not.toMatch(/Invalid input|received/);
  });
  it('rejects duplicate topic ids at the second id', () => {
    const text = 'topics:\n  - id: a\n    name: A\n    terms: [x]\n  - id: a\n    name: B\n    terms: [y]\n';
    expect(() => parseWatchlist(text, 'dup.yaml')).toThrow(/^dup\.yaml:5: topics\[1\]\.id: duplicate topic id "a"$/);
  });
  it('reports YAML syntax errors with the line', async () => {
    const e = await failure(loadWatchlist(testdata('bad-yaml.yaml')));
    expect(e.code).toBe('invalid_watchlist');
    expect(e.message).toMatch(/^.*bad-yaml\.yaml:\d+: /);
  });
  it('reports a missing file as not_found', async () => {
    const e = await failure(loadWatchlist(testdata('nope.yaml')));
    expect(e.code).toBe('not_found');
    expect(e.message).toContain('nope.yaml');
  });
  it('parses text and keeps priority and workspace', () => {
    const text = readFileSync(testdata('bad-term.yaml'), 'utf8').replace('NEAR/99', 'NEAR/4') + '    priority: instant\n    workspace: "T123"\n';
    const topics = parseWatchlist(text, 'inline.yaml');
    expect(topics[1]).toMatchObject({ priority: 'instant', workspace: 'T123' });
  });
  it('exports a topics schema for the config loader', () => {
    expect(topicsSchema.safeParse([{ id: 'a', name: 'A', terms: ['x'] }]).success).toBe(true);
    expect(topicsSchema.safeParse([{ id: 'a', name: 'A', terms: ['x NEAR/2'] }]).success).toBe(false);
  });
});
