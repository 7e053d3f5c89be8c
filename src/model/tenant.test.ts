import { describe, expect, it } from 'vitest';
import { qualifiedTopicId, tenantOf, visibleMatches } from './tenant.js';
import type { AnalyzedItem } from './story.js';

const item = (topicIds: string[]): AnalyzedItem =>
  ({
    id: '1',
    feedUrl: 'https://a.example/rss',
    outlet: null,
    item: {} as AnalyzedItem['item'],
    article: { paragraphs: ['t'] },
    firstSeen: new Date(0),
    matches: topicIds.map((topicId) => ({ topicId, relevance: 1, mentions: [{ topicId, term: 'x', text: 'x', paragraph: 0, start: 0, end: 1 }] })),
    quotes: [],
  }) as AnalyzedItem;

describe('tenancy helpers', () => {
  it('treats the console as the global scope and a workspace as its own tenant', () => {
    expect(tenantOf({ platform: 'console', workspace: 'console' })).toBeNull();
    expect(tenantOf({ platform: 'slack', workspace: 'T1' })).toBe('T1');
  });

  it("keeps only the matches of a tenant's visible topics, under their plain ids", () => {
    const stored = item(['kosovo', qualifiedTopicId({ id: 'unmik', workspace: 'g1' }), qualifiedTopicId({ id: 'unmik', workspace: 'T1' })]);
    const seen = visibleMatches(stored, [
      { id: 'kosovo', workspace: null },
      { id: 'unmik', workspace: 'T1' },
    ]);
    expect(seen.matches.map((m) => m.topicId)).toEqual(['kosovo', 'unmik']);
    expect(seen.matches[1].mentions[0].topicId).toBe('unmik');
    expect(stored.matches[1].topicId).toBe('unmik@g1'); // input untouched
    expect(visibleMatches(stored, [{ id: 'unmik', workspace: 'g2' }]).matches).toEqual([]);
  });
});
