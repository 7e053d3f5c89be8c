/**
 * Item identity for feeds without guids whose links change on every fetch (a new user's feed): the same
 * feed, the same headline and the same publish time or text is the same item; a daily "Briefing" that
 * shares only its headline is not. Run on the in-memory store and SQLite (both answer `sameStory`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import { createMemoryStore } from './memory/memory-store.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';
import { sampleItem } from './testdata/samples.js';
import { headlineIdentity, sameStory } from './identity.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-same-story-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A guid-less item whose link carries a session id that changes on every fetch. */
function churned(session: string, over: { title?: string; published?: Date | null; body?: string } = {}): AnalyzedItem {
  const a = sampleItem({ title: over.title, published: over.published });
  const link = `https://churn.example/story?sid=${session}`;
  a.item = { ...a.item, guid: null, key: link, link, canonicalLink: link, title: over.title ?? a.item.title };
  if (over.body !== undefined) a.article = { ...a.article, paragraphs: [a.item.title, over.body] };
  return a;
}

const stores: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore({ clock: new ManualClock(new Date('2026-03-01T08:00:00Z')) })],
  ['sqlite', async () => openSqliteStore(join(dir, `${++n}.db`), { clock: new ManualClock(new Date('2026-03-01T08:00:00Z')) })],
];

describe('sameStory', () => {
  it('needs the headline and either the publish second or the content hash', () => {
    const t = new Date('2026-03-01T07:30:00Z');
    expect(headlineIdentity('  Vote  delayed. ')).toBe(headlineIdentity('vote delayed'));
    expect(sameStory({ title: 'Vote delayed', published: t }, { title: 'Vote delayed.', published: new Date(t.getTime() + 400) })).toBe(true);
    expect(sameStory({ title: 'Vote delayed', published: null, hash: 'h1' }, { title: 'Vote delayed', published: null, hash: 'h1' })).toBe(true);
    expect(sameStory({ title: 'Briefing', published: t, hash: 'h1' }, { title: 'Briefing', published: new Date('2026-03-02T07:30:00Z'), hash: 'h2' })).toBe(
      false,
    );
    expect(sameStory({ title: 'Vote delayed', published: t }, { title: 'Vote passed', published: t })).toBe(false);
    expect(sameStory({ title: '', published: t }, { title: '', published: t })).toBe(false);
  });
});

for (const [name, open] of stores) {
  describe(`${name} store: a guid-less item whose link changes on every fetch`, () => {
    it('is one item: same headline and pubDate, or same headline and text (hasItem before any page, saveItem)', async () => {
      const store = await open();
      const first = await store.items.saveItem(churned('aaa'));
      expect(first.inserted).toBe(true);
      const again = churned('bbb');
      expect(await store.items.hasItem(again.feedUrl, again.item.key, again.item)).toBe(true);
      expect(await store.items.saveItem(again)).toEqual({ id: first.id, inserted: false });
      // No pubDate at all: the text tells.
      const undated = await store.items.saveItem(churned('c1', { title: 'Undated', published: null, body: 'The same words as before, unchanged.' }));
      expect(undated.inserted).toBe(true);
      expect((await store.items.saveItem(churned('c2', { title: 'Undated', published: null, body: 'The same words as before, unchanged.' }))).inserted).toBe(
        false,
      );
      await store.close();
    });

    it('keeps a daily "Briefing" (same headline, another date and text) a new item', async () => {
      const store = await open();
      const day1 = churned('d1', { title: 'Briefing', published: new Date('2026-03-01T06:00:00Z'), body: 'Monday: the council meets.' });
      const day2 = churned('d2', { title: 'Briefing', published: new Date('2026-03-02T06:00:00Z'), body: 'Tuesday: the vote is delayed.' });
      expect((await store.items.saveItem(day1)).inserted).toBe(true);
      expect(await store.items.hasItem(day2.feedUrl, day2.item.key, day2.item)).toBe(false);
      expect((await store.items.saveItem(day2)).inserted).toBe(true);
      // Undated briefings with other text stay apart too.
      expect((await store.items.saveItem(churned('u1', { title: 'Briefing', published: null, body: 'Wednesday: quiet.' }))).inserted).toBe(true);
      expect((await store.items.saveItem(churned('u2', { title: 'Briefing', published: null, body: 'Thursday: a strike.' }))).inserted).toBe(true);
      await store.close();
    });

    it('does not merge items that carry guids unless one is an identical copy of the other (their guid is their identity)', async () => {
      const store = await open();
      const a = sampleItem({ key: 'urn:a' });
      const b = sampleItem({ key: 'urn:b' });
      // The same headline and date, another text: another story under its own guid and link.
      const text = 'Razgovori su prekinuti posle dva sata, a nova runda nije zakazana.';
      b.item = { ...b.item, canonicalLink: 'https://other.example/b', link: 'https://other.example/b', text };
      b.article = { ...b.article, paragraphs: [b.item.title, text] };
      expect((await store.items.saveItem(a)).inserted).toBe(true);
      expect(await store.items.hasItem(b.feedUrl, b.item.key, b.item)).toBe(false);
      expect((await store.items.saveItem(b)).inserted).toBe(true);
      await store.close();
    });
  });

  describe(`${name} store: an item whose guid AND link change on every fetch (ADR 0280)`, () => {
    /** The same story as a CMS serves it on each fetch: a made-up guid, a session id in the link. */
    function regenerated(session: string, over: { published?: Date | null; text?: string } = {}): AnalyzedItem {
      const a = sampleItem({ key: `churn-${session}`, published: over.published });
      const link = `https://churn.example/a/churn-1?session=${session}`;
      a.item = { ...a.item, guid: a.item.key, link, canonicalLink: link, ...(over.text !== undefined ? { text: over.text } : {}) };
      if (over.text !== undefined) a.article = { ...a.article, paragraphs: [a.item.title, over.text] };
      return a;
    }

    it('is one item: the same headline, publish time and feed text (hasItem before any page) or content hash (saveItem)', async () => {
      const store = await open();
      const first = await store.items.saveItem(regenerated('s1'));
      expect(first.inserted).toBe(true);
      const again = regenerated('s2');
      expect(await store.items.hasItem(again.feedUrl, again.item.key, again.item)).toBe(true);
      expect(await store.items.saveItem(again)).toEqual({ id: first.id, inserted: false });
      // The same analysed text (content hash) under another feed text (markup): the same item too.
      const marked = regenerated('s3');
      marked.item = { ...marked.item, text: `${marked.item.text} ` + '\u00a0' };
      expect(await store.items.saveItem(marked)).toEqual({ id: first.id, inserted: false });
      // Undated: not enough to tell a copy from another story with a guid of its own; two items (the
      // digest leaves the second out as a repeat).
      const undated = await store.items.saveItem(regenerated('u1', { published: null, text: 'Isti tekst, bez datuma, u svakom preuzimanju.' }));
      expect(undated.inserted).toBe(true);
      expect((await store.items.saveItem(regenerated('u2', { published: null, text: 'Isti tekst, bez datuma, u svakom preuzimanju.' }))).inserted).toBe(true);
      await store.close();
    });

    it('stays two items when the text differs (another story under the same headline and date)', async () => {
      const store = await open();
      expect((await store.items.saveItem(regenerated('d1', { text: 'Prvi izveštaj: pregovori nastavljeni u ponedeljak.' }))).inserted).toBe(true);
      const other = regenerated('d2', { text: 'Drugi izveštaj: delegacije napustile sastanak posle sat vremena.' });
      expect(await store.items.hasItem(other.feedUrl, other.item.key, other.item)).toBe(false);
      expect((await store.items.saveItem(other)).inserted).toBe(true);
      await store.close();
    });
  });
}
