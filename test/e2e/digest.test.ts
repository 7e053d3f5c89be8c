/**
 * Walking skeleton end to end: the built CLI reads the newsroom feeds from the bundled fixture
 * server on 127.0.0.1 and prints a digest of the seed story with its topics and key quotes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli/main.js`;
const demoDir = `${root}config/demo`;
const NOW = '2026-11-27T12:00:00Z';

interface DigestJson {
  sections: {
    topicId: string;
    entries: {
      title: string;
      link: string | null;
      topics: string[];
      alsoIn: { outlet: string; link: string | null }[];
      quotes: { kind: string; text: string; speaker: string | null }[];
    }[];
  }[];
}

async function digest(server: FixtureServer, format: string, feeds: string[]) {
  return run(
    'node',
    [
      cli,
      'digest',
      '--feed',
      ...feeds.map((f) => `${server.origin}/${f}`),
      '--watchlist',
      `${demoDir}/watchlist.yaml`,
      '--since',
      '3d',
      '--now',
      NOW,
      '--format',
      format,
    ],
    { env: { ...process.env, WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32', WIREWATCH_LOG_LEVEL: 'silent' } },
  );
}

describe('wirewatch digest (built CLI against the fixture feeds)', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(demoDir);
  });
  afterAll(() => server.close());

  it('digests the seed article with its topics and an attributed quote on Resolution 1244', async () => {
    const { stdout } = await digest(server, 'json', ['kossev-en.rss']);
    const d = JSON.parse(stdout) as DigestJson;
    const entries = d.sections.flatMap((s) => s.entries);
    const seed = entries.find((e) => e.title.startsWith('Botsan-Kharchenko: A compromise for Russia'));
    expect(seed, 'seed story in the digest').toBeDefined();
    expect(seed!.link).toBe(`${server.origin}/kossev-botsan-kharchenko/`);
    expect(seed!.topics).toEqual(expect.arrayContaining(['kosovo', 'resolution-1244', 'nis-center']));
    const q = seed!.quotes.find((x) => /Resolution 1244/i.test(x.text));
    expect(q, 'a quote about Resolution 1244').toBeDefined();
    expect(q!.kind).toBe('direct');
    expect(q!.speaker).toMatch(/Botsan-Kharchenko/);
  });

  it('shows the seed story once when the wire carries it under its own headline', async () => {
    const { stdout } = await digest(server, 'json', ['kossev-en.rss', 'wire-en.atom']);
    const entries = (JSON.parse(stdout) as DigestJson).sections.flatMap((s) => s.entries);
    const seedLink = `${server.origin}/kossev-botsan-kharchenko/`;
    const carrying = entries.filter((e) => e.link === seedLink || e.alsoIn.some((a) => a.link === seedLink));
    expect(carrying).toHaveLength(1);
    expect(carrying[0].alsoIn.length).toBeGreaterThanOrEqual(1);
    expect(carrying[0].quotes.some((q) => /Botsan-Kharchenko/.test(q.speaker ?? ''))).toBe(true);
  });

  it('prints Serbian Cyrillic headlines in readable Cyrillic (windows-1251 declared in HTTP only)', async () => {
    const { stdout } = await digest(server, 'text', ['vesti-cyr.rss']);
    expect(stdout).toMatch(/[\u0400-\u04ff]{4,}/);
    expect(stdout).not.toMatch(/[ÐÑ][\u0080-\u00ff]/); // no UTF-8-as-Latin-1 mojibake
    expect(stdout).not.toContain('\ufffd');
  });

  it('reports a failing feed on stderr, keeps the others and exits 1', async () => {
    const err = await digest(server, 'text', ['kossev-en.rss', 'missing.rss']).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/missing\.rss/);
    expect(err.stdout).toContain('Botsan-Kharchenko');
  });
});
