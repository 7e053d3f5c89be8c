/**
 * The store contract of a quote's form (ADR 0295), run on every store (memory, SQLite, PostgreSQL): an
 * interview answer (`form: 'answer'`, kind `indirect`) comes back as one from every read path (the
 * item, a digest window, the quote search), and every other quote comes back without a `form`.
 * Test-only: import it from a `*.test.ts` file only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { StoreFactory } from './contract.js';
import type { Store } from './store.js';
import { itemWithAnswer, sampleItem, SAMPLE_ANSWER } from './testdata/samples.js';

/** Registers the quote-form contract for one implementation. */
export function quoteFormContract(name: string, factory: StoreFactory): void {
  describe(`store contract, quote form: ${name}`, () => {
    let store: Store;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ store, close } = await factory(new ManualClock('2026-03-10T08:00:00.000Z')));
    });
    afterEach(async () => {
      await close();
    });

    it('keeps an interview answer as one; the other quotes have no form at all', async () => {
      const a = itemWithAnswer();
      const { id } = await store.items.saveItem(a);
      const back = (await store.items.getItem(id))!;
      expect(back.quotes).toEqual(a.quotes);
      expect(back.quotes.map((q) => ('form' in q ? q.form : 'none'))).toEqual(['none', 'none', 'answer']);
      const window = await store.items.itemsInWindow(new Date('2020-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
      expect(window.find((w) => w.id === id)?.quotes[2]).toEqual(SAMPLE_ANSWER);
    });

    it('shows the form in the quote search', async () => {
      await store.items.saveItem(itemWithAnswer());
      const ids = (await store.speakers.findSpeakers('Edwin Lowe')).map((s) => s.id);
      const { hits } = await store.speakers.searchQuotes({ speakerIds: ids, offset: 0, limit: 10 });
      expect(hits.map((h) => h.quote)).toEqual([SAMPLE_ANSWER]);
      const others = await store.speakers.searchQuotes({ outlets: [sampleItem().outlet!], offset: 0, limit: 10 });
      expect(others.hits.filter((h) => h.quote.speaker !== 'Edwin Lowe').every((h) => !('form' in h.quote))).toBe(true);
    });

    it('an edit that is no longer an interview stores the quote without its form', async () => {
      const a = itemWithAnswer();
      const { id } = await store.items.saveItem(a);
      const { form: _form, ...plain } = SAMPLE_ANSWER;
      await store.items.saveItem({ ...a, item: { ...a.item, title: 'Ferries: the harbour master on winter' }, quotes: [...sampleItem().quotes, plain] });
      expect((await store.items.getItem(id))!.quotes[2]).toEqual(plain);
      expect('form' in (await store.items.getItem(id))!.quotes[2]).toBe(false);
    });
  });
}
