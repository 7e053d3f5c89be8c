import { describe, expect, it } from 'vitest';
import type { AnalyzedItem } from '../../model/story.js';
import type { Topic } from '../../model/watchlist.js';
import { BacktestCache, passage, runBacktest } from './backtest.js';

function item(id: string, headline: string, ...body: string[]): AnalyzedItem {
  return {
    id,
    feedUrl: 'http://127.0.0.1/feed',
    outlet: 'Wire',
    item: {
      key: id,
      guid: id,
      title: headline,
      link: `http://127.0.0.1/${id}`,
      published: new Date(`2026-11-2${id.length}T10:00:00Z`),
      author: null,
      summary: null,
      text: null,
    },
    article: { paragraphs: [headline, ...body], language: 'en' },
    firstSeen: new Date('2026-11-27T10:00:00Z'),
    matches: [],
    quotes: [],
  } as unknown as AnalyzedItem;
}

const topic: Topic = { id: 'north', name: 'North', terms: ['Mitrovica'], exclude: [], priority: 'digest', workspace: '1' };
const items = [
  item('a', 'Bridge in Mitrovica reopens', 'The mayor said the bridge in Mitrovica would stay open at night.'),
  item('bb', 'Leposavić council meets', 'Councillors in Leposavić voted on the budget.'),
  item('ccc', 'Mitrovicans welcome the decision', 'Shops stayed open late.'),
  item('dddd', 'Weather turns cold', 'Snow is expected in the hills.'),
];

describe('panel backtest', () => {
  it('lists what the topic matches, with the mention marked and the why line', () => {
    const r = runBacktest(topic, null, items, 7);
    expect(r.stories).toBe(4);
    expect(r.matching).toBe(1);
    expect(r.hits[0].id).toBe('a');
    expect(r.hits[0].passage.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Mitrovica']);
    expect(r.hits[0].why).toEqual([{ term: 'Mitrovica', forms: ['Mitrovica'] }]);
  });

  it('adds what a tried term brings, marked new, and counts the saved matches apart', () => {
    const r = runBacktest(topic, 'Leposavić', items, 7, new BacktestCache());
    expect(r.before).toBe(1);
    expect(r.matching).toBe(2);
    expect(r.added).toBe(1);
    const added = r.hits.find((h) => h.added)!;
    expect(added.id).toBe('bb');
    expect(added.passage.parts.some((p) => p.mark && p.text === 'Leposavić')).toBe(true);
  });

  it("shows look-alikes it does not match: a word with the term word's beginning", () => {
    const r = runBacktest(topic, null, items, 7);
    expect(r.hits.map((h) => h.id)).not.toContain('ccc');
    expect(r.lookAlikes.map((l) => [l.id, l.word, l.like])).toEqual([['ccc', 'Mitrovicans', 'Mitrovica']]);
  });

  it('gives the same answer from its cache, and refuses an invalid term', () => {
    const cache = new BacktestCache();
    const first = runBacktest(topic, 'Leposavić', items, 7, cache);
    expect(runBacktest(topic, 'Leposavić', items, 7, cache)).toEqual(first);
    expect(() => runBacktest(topic, 'A NEAR/99 B', items, 7, cache)).toThrow(/NEAR/);
  });

  it('cuts a passage at word boundaries around the mention', () => {
    const text = `${'word '.repeat(60)}Mitrovica ${'more '.repeat(60)}`;
    const at = text.indexOf('Mitrovica');
    const p = passage(text, at, at + 9, [{ start: at, end: at + 9 }]);
    expect(p.cutStart && p.cutEnd).toBe(true);
    expect(p.parts[0].text.startsWith('word')).toBe(true);
    expect(p.parts[1]).toEqual({ text: 'Mitrovica', mark: true });
  });
});
