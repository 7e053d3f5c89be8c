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
}
