import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../model/clock.js';
import type { Topic } from '../../model/watchlist.js';
import { sampleItem } from '../../store/contract.js';
import { createMemoryStore } from '../../store/memory/memory-store.js';
import { backtest } from './backtest.js';
import { compileWatchlist } from './compile.js';

const topics: Topic[] = [
  { id: 'kosovo', name: 'Kosovo', terms: ['Kosovo', 'Priština'], exclude: [], priority: 'digest', workspace: null },
  { id: 'brussels', name: 'Brussels', terms: ['Brisel'], exclude: [], priority: 'digest', workspace: null },
];

describe('backtest', () => {
  it('re-matches stored items in the window and reports added and removed topics', async () => {
    const store = createMemoryStore({ clock: new ManualClock('2026-03-02T00:00:00Z') });
    // Stored with topics kosovo + eu; the new watchlist finds kosovo (Prištine) and brussels (Briselu).
    await store.items.saveItem(sampleItem());
    // Stored without matches; now matches kosovo through an inflected form.
    const second = sampleItem({ key: 'https://vesti.example/2', title: 'Hapšenja na Kosovu', published: new Date('2026-03-01T09:00:00Z') });
    await store.items.saveItem({ ...second, article: { ...second.article, paragraphs: ['Hapšenja na Kosovu', 'Policija je saopštila.'] }, matches: [] });
    // Outside the window.
    await store.items.saveItem(sampleItem({ key: 'https://vesti.example/old', published: new Date('2026-02-01T09:00:00Z') }));

    const rows = await backtest(store.items, compileWatchlist(topics), new Date('2026-02-25T00:00:00Z'), new Date('2026-03-02T00:00:00Z'));
    expect(rows.map((r) => [r.title, r.matches.map((m) => m.topicId), r.added, r.removed])).toEqual([
      ['Dijalog Beograda i Prištine nastavljen u Briselu', ['kosovo', 'brussels'], ['brussels'], ['eu']],
      ['Hapšenja na Kosovu', ['kosovo'], ['kosovo'], []],
    ]);
    expect(rows[1].matches[0].mentions[0].text).toBe('Kosovu');
  });
});
