import { describe, expect, it } from 'vitest';
import type { Delivery } from '../model/delivery.js';
import { windowSubject } from '../model/delivery.js';
import type { AnalyzedItem } from '../model/story.js';
import { composeDigest } from './compose.js';
import { deliveredItems, repeatedItems, REPEAT_LOOKBACK_MS } from './repeats.js';
import { analyzedItem, TOPICS } from './testdata/build.js';

const WINDOW = { start: new Date('2026-11-27T12:00:00Z'), end: new Date('2026-11-28T12:00:00Z') };
const SUB = { id: 'sub-1', topics: [] as string[], timezone: 'UTC', locale: 'en' };

/** A story of my own: headline, then a body long enough for the lead comparison. */
function item(id: string, outlet: string, title: string, body: string, published: string): AnalyzedItem {
  return analyzedItem({
    id,
    outlet,
    link: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${id}`,
    published,
    firstSeen: published,
    text: `${title}\n\n${body}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
}

const BODY =
  'The assembly in Kosovo voted late on Tuesday to delay the municipal elections by three months, citing the unfinished voter register and a dispute over polling stations in the north.';
const delivered = item('1', 'Outlet A', 'Kosovo assembly delays municipal elections by three months', BODY, '2026-11-27T08:00:00Z');

function digestOf(items: AnalyzedItem[]) {
  return composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW });
}

describe('repeatedItems: a story already delivered is left out of a later digest', () => {
  it('a second outlet (another link and guid, near-same headline and text) repeats it', () => {
    const copy = item('2', 'Outlet B', 'Kosovo assembly delays municipal elections by three months', BODY, '2026-11-27T14:00:00Z');
    const other = item(
      '3',
      'Outlet B',
      'Kosovo police open a new station in Zubin Potok',
      'The police in Kosovo opened a station in Zubin Potok on Wednesday, the first built there in ten years, with twelve officers from the region.',
      '2026-11-27T15:00:00Z',
    );
    const digest = digestOf([copy, other]);
    expect([...repeatedItems(digest, [copy, other], [delivered])]).toEqual(['2']);
    expect(repeatedItems(digest, [copy, other], []).size).toBe(0);
  });

  it('a Cyrillic copy of a Latin story repeats it (the clustering folds scripts)', () => {
    const cyr = item(
      '4',
      'Вести',
      'Скупштина Косова одложила локалне изборе за три месеца',
      'Скупштина Косова је у уторак касно одложила локалне изборе за три месеца због недовршеног бирачког списка и спора око бирачких места на северу.',
      '2026-11-27T14:00:00Z',
    );
    const lat = item(
      '5',
      'Outlet A',
      'Skupština Kosova odložila lokalne izbore za tri meseca',
      'Skupština Kosova je u utorak kasno odložila lokalne izbore za tri meseca zbog nedovršenog biračkog spiska i spora oko biračkih mesta na severu.',
      '2026-11-27T09:00:00Z',
    );
    cyr.matches = lat.matches = [
      { topicId: 'kosovo', relevance: 0.9, mentions: [{ topicId: 'kosovo', term: 'Kosovo', text: 'Kosova', paragraph: 0, start: 10, end: 16 }] },
    ];
    const digest = digestOf([cyr]);
    expect([...repeatedItems(digest, [cyr], [lat])]).toEqual(['4']);
  });

  it('a copy from the same feed under a new guid and link repeats it, also when the channel got several such copies before (ADR 0280)', () => {
    // One feed serves the story under a new guid and link on every fetch: every earlier window held a copy.
    const copyAt = (id: string, firstSeen: string) => ({
      ...delivered,
      id,
      firstSeen: new Date(firstSeen),
      item: { ...delivered.item, link: `https://outleta.example/1?session=${id}`, canonicalLink: `https://outleta.example/1?session=${id}` },
    });
    const old = [copyAt('o1', '2026-11-27T08:00:00Z'), copyAt('o2', '2026-11-27T09:00:00Z'), copyAt('o3', '2026-11-27T10:00:00Z')];
    const fresh = [copyAt('n1', '2026-11-27T12:10:00Z'), copyAt('n2', '2026-11-27T12:20:00Z')];
    const digest = digestOf(fresh);
    expect([...repeatedItems(digest, fresh, old)].sort()).toEqual(['n1', 'n2']);
  });

  it('an alerted item of this very window takes its whole entry (every outlet of it) out', () => {
    const a = item('6', 'Outlet A', 'Kosovo assembly delays municipal elections by three months', BODY, '2026-11-27T14:00:00Z');
    const b = item('7', 'Outlet B', 'Kosovo assembly delays municipal elections by three months', BODY, '2026-11-27T14:10:00Z');
    const digest = digestOf([a, b]);
    expect([...repeatedItems(digest, [a, b], [a])].sort()).toEqual(['6', '7']);
  });
});

describe('deliveredItems: what the ledger says the subscription received', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const row = (over: Partial<Delivery>): Delivery => ({
    id: 1,
    subscriptionId: 'sub-1',
    kind: 'digest',
    subject: '',
    idempotencyKey: 'k',
    state: 'sent',
    messageIds: [],
    attempts: 1,
    lastError: null,
    createdAt: now,
    updatedAt: now,
    ...over,
  });
  const inWindow = item('10', 'Outlet A', 'Kosovo story in a sent window', BODY, '2026-11-27T10:00:00Z');
  const inFailed = item('11', 'Outlet A', 'Kosovo story in a failed window', BODY, '2026-11-27T06:00:00Z');
  const offTopic = item('12', 'Outlet A', 'Another story', BODY, '2026-11-27T10:30:00Z');
  const alerted = item('13', 'Outlet A', 'Kosovo alert', BODY, '2026-11-28T11:00:00Z');
  const source = {
    listDeliveries: async () => [
      row({ subject: windowSubject(new Date('2026-11-27T05:00:00Z'), new Date('2026-11-27T08:00:00Z')), state: 'failed' }),
      row({ subject: windowSubject(new Date('2026-11-27T08:00:00Z'), new Date('2026-11-27T12:00:00Z')) }),
      row({ subject: windowSubject(WINDOW.start, WINDOW.end), state: 'pending' }),
      row({ kind: 'item', subject: '13' }),
      row({ kind: 'item', subject: '99', createdAt: new Date(now.getTime() - REPEAT_LOOKBACK_MS - 1) }),
      row({ kind: 'item', subject: '14', state: 'failed' }),
    ],
    getItem: async (id: string) => (id === '13' ? alerted : id === '14' || id === '99' ? inWindow : null),
    itemsFirstSeen: async () => [inFailed, inWindow, offTopic],
  };
  it('reads sent digest windows (topic matches only) and alerts not failed, within the lookback', async () => {
    const got = await deliveredItems({ id: 'sub-1', tenant: null }, windowSubject(WINDOW.start, WINDOW.end), now, source, (a) =>
      a.id !== '12' ? a.firstSeen : null,
    );
    expect(got.map((a) => a.id).sort()).toEqual(['10', '13']);
  });

  it('with `before`, reads only the rows created before it (a past digest recomposed as it was posted)', async () => {
    const later = {
      ...source,
      listDeliveries: async () =>
        (await source.listDeliveries()).map((d) => (d.kind === 'item' && d.subject === '13' ? { ...d, createdAt: new Date(now.getTime() + 60_000) } : d)),
    };
    const before = new Date(now.getTime() + 1);
    const got = await deliveredItems(
      { id: 'sub-1', tenant: null },
      windowSubject(WINDOW.start, WINDOW.end),
      now,
      later,
      (a) => (a.id !== '12' ? a.firstSeen : null),
      before,
    );
    expect(got.map((a) => a.id).sort()).toEqual(['10']);
  });

  it('with `beingSent` (the alert check), a digest being sent counts too; the current window never does', async () => {
    const pendingItem = item('15', 'Outlet A', 'Kosovo story in a digest being sent', BODY, '2026-11-28T10:00:00Z');
    const withPending = { ...source, itemsFirstSeen: async () => [inFailed, inWindow, offTopic, pendingItem] };
    const relevant = (a: AnalyzedItem) => (a.id !== '12' ? a.firstSeen : null);
    const sub = { id: 'sub-1', tenant: null };
    const alertCheck = await deliveredItems(sub, '', now, withPending, relevant, undefined, true);
    expect(alertCheck.map((a) => a.id).sort()).toEqual(['10', '13', '15']);
    const digestCheck = await deliveredItems(sub, windowSubject(WINDOW.start, WINDOW.end), now, withPending, relevant, undefined, true);
    expect(digestCheck.map((a) => a.id).sort()).toEqual(['10', '13']);
  });
});
