/**
 * The store contract of first sight per topic (ADR 0281), run on every store (memory, SQLite,
 * PostgreSQL): when a stored item first matched each topic, what `itemsFirstSeen` returns for a window
 * in which an edit added a topic, and what `windowTimeFor` makes of it for channels of the old topic,
 * the new one and both. Test-only: import it from a `*.test.ts` file only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import { windowTimeFor, type AnalyzedItem } from '../model/story.js';
import type { TopicMatch } from '../model/watchlist.js';
import type { StoreFactory } from './contract.js';
import type { Store } from './store.js';
import { sampleItem } from './testdata/samples.js';

const KEY = 'urn:border-1';
const FIRST = new Date('2026-03-01T08:00:00.000Z');
const EDIT = new Date('2026-03-01T09:30:00.000Z');
const LATER = new Date('2026-03-01T11:00:00.000Z');

/** A topic match with one mention (a match a digest lists the item for). */
function match(topicId: string, word: string): TopicMatch {
  return { topicId, relevance: 0.5, mentions: [{ topicId, term: word, text: word, paragraph: 0, start: 0, end: word.length }] };
}

/** A version of the one story: its headline (each edit another), the poll that read it and its topics. */
function version(title: string, firstSeen: Date, topics: string[]): AnalyzedItem {
  const a = sampleItem({ key: KEY, title, firstSeen });
  return { ...a, matches: topics.map((t) => match(t, t)) };
}

const ids = (items: AnalyzedItem[]) => items.map((i) => i.id);

/** Registers the first-sight-per-topic suite for one store implementation. */
export function topicsSeenContract(name: string, factory: StoreFactory): void {
  describe(`first sight per topic (ADR 0281): ${name}`, () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await factory(new ManualClock(FIRST)));
    });
    afterEach(async () => {
      await close();
    });

    it('a new item matches its topics from its first sight and reads back as it was saved', async () => {
      const a = version('Border crossing closed', FIRST, ['kosovo', 'eu']);
      const { id } = await store.items.saveItem(a);
      const got = (await store.items.getItem(id))!;
      expect(got.topicsSeen).toBeUndefined();
      expect(windowTimeFor(got, new Set(['eu']))).toEqual(FIRST);
    });

    it('an edit that adds a topic: the new topic counts from the edit, the old one keeps the first sight', async () => {
      const { id } = await store.items.saveItem(version('Border crossing closed', FIRST, ['kosovo']));
      expect(await store.items.saveItem(version('Border crossing closed, EU envoy called in', EDIT, ['kosovo', 'eu']))).toEqual({
        id,
        inserted: false,
        newTopics: ['eu'],
      });
      const got = (await store.items.getItem(id))!;
      expect(got.firstSeen).toEqual(FIRST);
      expect(got.topicsSeen).toEqual({ kosovo: FIRST, eu: EDIT });
      expect(windowTimeFor(got, new Set(['kosovo']))).toEqual(FIRST); // a kosovo channel: received already
      expect(windowTimeFor(got, new Set(['eu']))).toEqual(EDIT); // an eu-only channel: new at the edit
      expect(windowTimeFor(got, new Set(['kosovo', 'eu']))).toEqual(FIRST); // both: received already
      expect(windowTimeFor(got, null)).toEqual(FIRST); // every topic
      // The candidates of both windows hold it: its first sight, and the edit that added a topic.
      expect(ids(await store.items.itemsFirstSeen(FIRST, new Date(FIRST.getTime() + 1)))).toEqual([id]);
      expect(ids(await store.items.itemsFirstSeen(new Date(EDIT.getTime() - 60_000), new Date(EDIT.getTime() + 60_000)))).toEqual([id]);
      expect(ids(await store.items.itemsFirstSeen(new Date(FIRST.getTime() + 1), EDIT))).toEqual([]);
      // A later edit with the same topics changes no first sight.
      expect(await store.items.saveItem(version('Border crossing closed, EU envoy arrives', LATER, ['kosovo', 'eu']))).toEqual({ id, inserted: false });
      expect((await store.items.getItem(id))!.topicsSeen).toEqual({ kosovo: FIRST, eu: EDIT });
      expect(ids(await store.items.itemsFirstSeen(new Date(LATER.getTime() - 60_000), new Date(LATER.getTime() + 60_000)))).toEqual([]);
    });

    it('a topic an edit drops keeps its first sight: an edit that brings it back is no news', async () => {
      const { id } = await store.items.saveItem(version('Border crossing closed', FIRST, ['kosovo']));
      await store.items.saveItem(version('Crossing closed', EDIT, ['eu']));
      let got = (await store.items.getItem(id))!;
      expect(got.firstSeen).toEqual(FIRST); // it matched a topic before: not first seen at the edit (ADR 0280)
      expect(got.topicsSeen).toEqual({ kosovo: FIRST, eu: EDIT });
      expect(await store.items.saveItem(version('Border crossing closed again', LATER, ['kosovo', 'eu']))).toEqual({ id, inserted: false });
      got = (await store.items.getItem(id))!;
      expect(got.topicsSeen).toEqual({ kosovo: FIRST, eu: EDIT });
      expect(windowTimeFor(got, new Set(['kosovo']))).toEqual(FIRST);
    });

    it('a story that matched nothing and is edited into a topic is first seen at the edit, its topic too (ADR 0280)', async () => {
      const { id } = await store.items.saveItem(version('Breaking: shots fired', FIRST, []));
      await store.items.saveItem(version('Shots fired near the border crossing', EDIT, ['kosovo']));
      const got = (await store.items.getItem(id))!;
      expect(got.firstSeen).toEqual(EDIT);
      expect(got.topicsSeen).toBeUndefined();
      expect(windowTimeFor(got, new Set(['kosovo']))).toEqual(EDIT);
    });

    it('prunes the first sights with their item', async () => {
      const { id } = await store.items.saveItem(version('Border crossing closed', FIRST, ['kosovo']));
      await store.items.saveItem(version('Border crossing closed, EU envoy called in', EDIT, ['kosovo', 'eu']));
      expect(await store.items.pruneItems(new Date(FIRST.getTime() + 1))).toBe(1);
      expect(await store.items.getItem(id)).toBeNull();
      expect(await store.items.itemsFirstSeen(new Date(0), LATER)).toEqual([]);
    });
  });
}
