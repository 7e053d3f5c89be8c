/**
 * First sight per topic in the digest (ADR 0281): a story that matched one topic and, after an edit,
 * another belongs for each channel to the window of its first match with one of that channel's topics.
 */
import { describe, expect, it } from 'vitest';
import { composeDigest } from './compose.js';
import { analyzedItem, TOPICS } from './testdata/build.js';
import { windowTimeFor, type AnalyzedItem } from '../model/story.js';
import { visibleMatches } from '../model/tenant.js';

const FIRST = new Date('2026-11-27T08:00:00Z');
const EDIT = new Date('2026-11-27T09:10:00Z');
const BEFORE = { start: new Date('2026-11-27T07:30:00Z'), end: new Date('2026-11-27T08:30:00Z') };
const AFTER = { start: new Date('2026-11-27T09:00:00Z'), end: new Date('2026-11-27T09:30:00Z') };

/** The stored story after the edit: it matches both topics; Kosovo since its first sight, Resolution 1244 since the edit. */
function edited(): AnalyzedItem {
  const a = analyzedItem({
    id: 'wire#1',
    outlet: 'Wire',
    link: 'https://wire.example/a/1',
    published: '2026-11-27T07:55:00Z',
    firstSeen: FIRST.toISOString(),
    text: 'Kosovo assembly debates Resolution 1244 after the border closure\n\nThe Kosovo assembly met on Friday morning. Deputies asked whether Resolution 1244 still binds the mission at the border.',
    topics: { kosovo: [['Kosovo', ['Kosovo']]], 'resolution-1244': [['Resolution 1244', ['Resolution 1244']]] },
  });
  return { ...a, topicsSeen: { kosovo: FIRST, 'resolution-1244': EDIT } };
}

const ids = (topics: string[], window: { start: Date; end: Date }) =>
  composeDigest({ subscription: { id: 's', topics, timezone: 'UTC', locale: 'en' }, topics: TOPICS, items: [edited()], window }).sections.flatMap((s) =>
    s.entries.map((e) => e.id),
  );

describe('the window of an item for a channel (windowTimeFor, ADR 0281)', () => {
  it('is the earliest first sight among the channel’s topics; without topicsSeen, the first sight', () => {
    const a = edited();
    expect(windowTimeFor(a, new Set(['kosovo']))).toEqual(FIRST);
    expect(windowTimeFor(a, new Set(['resolution-1244']))).toEqual(EDIT);
    expect(windowTimeFor(a, new Set(['kosovo', 'resolution-1244']))).toEqual(FIRST);
    expect(windowTimeFor(a, null)).toEqual(FIRST);
    expect(windowTimeFor({ firstSeen: FIRST }, new Set(['resolution-1244']))).toEqual(FIRST);
  });

  it('composes the story for the new topic’s channel in the edit’s window, for the others in the first one', () => {
    expect(ids(['kosovo'], BEFORE)).toHaveLength(1);
    expect(ids(['kosovo'], AFTER)).toHaveLength(0);
    expect(ids(['resolution-1244'], BEFORE)).toHaveLength(0);
    expect(ids(['resolution-1244'], AFTER)).toHaveLength(1);
    expect(ids(['kosovo', 'resolution-1244'], BEFORE)).toHaveLength(1);
    expect(ids(['kosovo', 'resolution-1244'], AFTER)).toHaveLength(0);
    expect(ids([], AFTER)).toHaveLength(0); // every topic: the first sight counts
  });

  it('a tenant sees the first sights of its visible topics under their plain ids', () => {
    const a = { ...edited(), topicsSeen: { 'kosovo@T1': FIRST, 'resolution-1244': EDIT } };
    const seen = visibleMatches(a, [
      { id: 'kosovo', workspace: 'T1' },
      { id: 'resolution-1244', workspace: null },
    ]);
    expect(seen.topicsSeen).toEqual({ kosovo: FIRST, 'resolution-1244': EDIT });
    expect(visibleMatches(a, [{ id: 'resolution-1244', workspace: null }]).topicsSeen).toEqual({ 'resolution-1244': EDIT });
  });
});
