/**
 * An edited article (same guid, new headline and text) is not a new item, but its new version is what
 * the store keeps: text, article and quotes of the old one are replaced (quote search must not show
 * words the outlet removed). In-memory store and SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import { createMemoryStore } from './memory/memory-store.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';
import { sampleItem } from './testdata/samples.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-edited-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const clock = () => new ManualClock(new Date('2026-03-01T08:00:00Z'));
const stores: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore({ clock: clock() })],
  ['sqlite', async () => openSqliteStore(join(dir, `${++n}.db`), { clock: clock() })],
];

for (const [name, open] of stores) {
  describe(`${name} store: an edited item`, () => {
    it('keeps its id and first sight, stores the new text and replaces its quotes', async () => {
      const store = await open();
      const old = sampleItem();
      const first = await store.items.saveItem(old);
      const edited = sampleItem({ firstSeen: new Date('2026-03-01T09:45:00Z') });
      const body = 'Pregovori su odloženi za sledeću nedelju, rekao je portparol misije.';
      edited.item = { ...edited.item, title: 'IZMENJENO: Dijalog odložen', text: body };
      edited.article = { ...edited.article, paragraphs: ['IZMENJENO: Dijalog odložen', body] };
      edited.quotes = [
        {
          kind: 'indirect',
          text: 'Pregovori su odloženi za sledeću nedelju',
          speaker: 'portparol misije',
          speakerRole: null,
          paragraph: 1,
          start: 0,
          end: 40,
          confidence: 0.7,
          salience: 0.4,
        },
      ];
      expect(await store.items.itemEdited!(edited.feedUrl, edited.item)).toBe(true);
      expect(await store.items.itemEdited!(old.feedUrl, old.item)).toBe(false);
      expect(await store.items.saveItem(edited)).toEqual({ id: first.id, inserted: false });
      const got = (await store.items.getItem(first.id))!;
      expect(got.item.title).toBe('IZMENJENO: Dijalog odložen');
      expect(got.item.text).toBe(body);
      expect(got.article.paragraphs).toEqual(['IZMENJENO: Dijalog odložen', body]);
      expect(got.firstSeen).toEqual(old.firstSeen);
      expect(got.item.published).toEqual(old.item.published);
      expect(got.quotes.map((q) => q.text)).toEqual(['Pregovori su odloženi za sledeću nedelju']);
      expect(await store.items.itemEdited!(edited.feedUrl, edited.item)).toBe(false);
      expect((await store.items.itemKeyTitles!(edited.feedUrl)).map(([, t]) => t)).toEqual(['IZMENJENO: Dijalog odložen']);
      await store.close();
    });
  });

  describe(`${name} store: an edit that makes a story match a topic for the first time (ADR 0280)`, () => {
    it('is first seen at the edit (no channel received it), in one write; an edit of a matching story keeps its first sight', async () => {
      const store = await open();
      const unmatched = sampleItem({ key: 'urn:a-2', title: 'Breaking: shots fired near border crossing' });
      unmatched.matches = [];
      const first = await store.items.saveItem(unmatched);
      const editedAt = new Date('2026-03-01T09:45:00Z');
      const matching = sampleItem({ key: 'urn:a-2', title: 'Shots fired near Kosovo border crossing', firstSeen: editedAt });
      // the topics it matches now are new to it: the instant alerts hear of them (ADR 0281)
      expect(await store.items.saveItem(matching)).toEqual({ id: first.id, inserted: false, newTopics: ['kosovo', 'eu'] });
      const got = (await store.items.getItem(first.id))!;
      expect(got.firstSeen).toEqual(editedAt);
      expect(got.item.published).toEqual(unmatched.item.published);
      expect((await store.items.itemsFirstSeen(editedAt, new Date('2026-03-01T10:00:00Z'))).map((i) => i.id)).toEqual([first.id]);
      // Matching now, a later edit is an edit of a story the channels may have received: first sight kept.
      const later = sampleItem({ key: 'urn:a-2', title: 'Shots fired near Kosovo border crossing, one wounded', firstSeen: new Date('2026-03-01T11:00:00Z') });
      await store.items.saveItem(later);
      expect((await store.items.getItem(first.id))!.firstSeen).toEqual(editedAt);
      // An edit that still matches nothing keeps the first sight too.
      const quiet = sampleItem({ key: 'urn:q', title: 'Weather: rain' });
      quiet.matches = [];
      const q = await store.items.saveItem(quiet);
      const quietEdit = sampleItem({ key: 'urn:q', title: 'Weather: rain all week', firstSeen: editedAt });
      quietEdit.matches = [];
      await store.items.saveItem(quietEdit);
      expect((await store.items.getItem(q.id))!.firstSeen).toEqual(quiet.firstSeen);
      await store.close();
    });
  });
}
