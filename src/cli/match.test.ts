import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../test/support/shared-corpus.js';
import type { CliIO } from './io.js';
import { matchCommand } from './match.js';

const repo = path.resolve(import.meta.dirname, '../..');
const watchlist = path.join(repo, 'src/pipeline/matcher/testdata/watchlist.yaml');

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {} };
}

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirewatch-match-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('wirewatch match', () => {
  it('prints one JSON line per file with topics, mentions and offsets', async () => {
    const io = capture();
    const file = tmpFile('a.txt', 'Hapšenja na Kosovu\n\nPolicija je saopštila da su osumnjičeni uhapšeni na Kosovu i da istraga traje.\n');
    const code = await matchCommand(['--watchlist', watchlist, '--json', file], io);
    expect(code).toBe(0);
    expect(io.stdout.length).toBe(1);
    const line = JSON.parse(io.stdout[0]);
    expect(line.file).toBe(file);
    expect(line.topics.map((t: { id: string }) => t.id)).toEqual(['kosovo']);
    expect(line.topics[0].mentions[0]).toEqual({ text: 'Kosovu', paragraph: 0, start: 12, end: 18, term: 'Kosovo' });
    expect(line.topics[0].relevance).toBeGreaterThan(0.5);
  });
  it('--explain adds the sentence with --json, and readable lines without', async () => {
    const file = tmpFile('b.txt', 'Title\n\nFirst sentence. The Russian-Serbian Humanitarian Centre in Niš opened. Last one.\n');
    const json = capture();
    await matchCommand(['--watchlist', watchlist, '--json', '--explain', file], json);
    const mention = JSON.parse(json.stdout[0]).topics[0].mentions[0];
    expect(mention.context).toBe('The Russian-Serbian Humanitarian Centre in Niš opened.');
    expect(mention.text).toBe('Russian-Serbian Humanitarian Centre in Niš');
    const text = capture();
    await matchCommand(['--watchlist', watchlist, '--explain', file], text);
    expect(text.stdout[0]).toBe(`${file}: nis-center`);
    expect(text.stdout.some((l) => l.includes('"Russian-Serbian Humanitarian Centre" ← "Russian-Serbian Humanitarian Centre in Niš"'))).toBe(true);
  });
  it('reads .html pages through the article extractor', async () => {
    const file = tmpFile(
      'c.html',
      '<!doctype html><html lang="sr"><head><meta charset="utf-8"><title>Vesti</title></head><body><article><h1>Rezolucija 1244 na snazi</h1>' +
        '<p>Ministar je rekao da je Rezolucija 1244 i dalje na snazi i da se o Kosovu odlučuje u Savetu bezbednosti.</p>' +
        '<p>On je dodao da Beograd neće odustati od svog stava o tom pitanju, bez obzira na pritiske.</p></article></body></html>',
    );
    const io = capture();
    expect(await matchCommand(['--watchlist', watchlist, '--json', file], io)).toBe(0);
    const ids = JSON.parse(io.stdout[0]).topics.map((t: { id: string }) => t.id);
    expect(ids).toEqual(['kosovo', 'resolution-1244']);
  });
  it('reports a missing file as an error line and exit code 1, without stopping the others', async () => {
    const ok = tmpFile('d.txt', 'Kosovo\n\nText.\n');
    const io = capture();
    const code = await matchCommand(['--watchlist', watchlist, '--json', '/nonexistent/x.txt', ok], io);
    expect(code).toBe(1);
    expect(JSON.parse(io.stdout[0]).error.code).toBe('not_found');
    expect(JSON.parse(io.stdout[1]).topics[0].id).toBe('kosovo');
  });
  it('rejects missing options as usage errors', async () => {
    await expect(matchCommand(['--json', 'x.txt'], capture())).rejects.toThrow(/--watchlist/);
    await expect(matchCommand(['--watchlist', watchlist], capture())).rejects.toThrow(/article file/);
  });
  it.skipIf(!needsShared('corpus/quotes/dev/dev-18-sr-nis-cene-goriva.txt'))('matches a corpus article', async () => {
    const io = capture();
    await matchCommand(
      ['--watchlist', path.join(repo, 'config/demo/watchlist.yaml'), '--json', sharedPath('corpus/quotes/dev/dev-18-sr-nis-cene-goriva.txt')],
      io,
    );
    expect(JSON.parse(io.stdout[0]).topics).toEqual([]);
  });
});

describe('wirewatch match --db (backtest)', () => {
  it('lists stored items the watchlist matches, with added and removed topics', async () => {
    const { openSqliteStore } = await import('../store/sqlite/index.js');
    const { sampleItem } = await import('../store/contract.js');
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'wirewatch-match-db-')), 'w.db');
    const store = await openSqliteStore(db, { lock: false });
    const item = sampleItem({ key: 'https://vesti.example/kosovo', title: 'Rezolucija 1244 i Kosovo', published: new Date('2026-03-01T07:30:00Z') });
    await store.items.saveItem({ ...item, article: { ...item.article, paragraphs: ['Rezolucija 1244 i Kosovo', 'Ministar o Rezoluciji 1244.'] } });
    await store.items.saveItem(sampleItem({ key: 'https://vesti.example/old', published: new Date('2026-01-01T00:00:00Z') }));
    await store.close();

    const io = capture();
    const code = await matchCommand(['--watchlist', watchlist, '--db', db, '--days', '7', '--now', '2026-03-03T00:00:00Z', '--json'], io);
    expect(code).toBe(0);
    const rows = io.stdout.map((l) => JSON.parse(l));
    expect(rows.length).toBe(1);
    expect(rows[0].title).toBe('Rezolucija 1244 i Kosovo');
    expect(rows[0].topics.map((t: { id: string }) => t.id)).toEqual(['kosovo', 'resolution-1244']);
    expect(rows[0].added).toEqual(['resolution-1244']);
    expect(rows[0].removed).toEqual(['eu']);
    expect(rows[0].topics[1].mentions.map((m: { text: string }) => m.text)).toEqual(['Rezolucija 1244', 'Rezoluciji 1244']);
  });
});
