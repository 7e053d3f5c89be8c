import { describe, expect, it } from 'vitest';
import { composeDigest } from './compose.js';
import { DigestFanout } from './fanout.js';
import { analyzedItem, TOPICS } from './testdata/build.js';
import { renderDiscord } from './render/discord/index.js';
import { renderSlack } from './render/slack/index.js';
import { renderText } from './render/text.js';
import type { Digest } from '../model/digest.js';
import type { PlatformName } from '../model/subscription.js';

const WINDOW = { start: new Date('2026-11-26T12:00:00Z'), end: new Date('2026-11-27T12:00:00Z') };
const SHORT = { start: new Date('2026-11-27T06:00:00Z'), end: WINDOW.end };

const ITEMS = [
  analyzedItem({
    id: 'a#1',
    outlet: 'North Desk',
    link: 'https://north.example/talks/',
    published: '2026-11-27T08:00:00Z',
    text: 'Kosovo talks resume in Brussels\n\n"We will return to the table on Monday with a full delegation," the negotiator said after the meeting on Kosovo.\n\nOfficials from both sides confirmed the date.',
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
    quotes: [{ text: 'We will return to the table on Monday with a full delegation,', speaker: 'Ana Petrović', role: 'negotiator', salience: 0.7 }],
  }),
  analyzedItem({
    id: 'b#1',
    outlet: 'South Wire',
    link: 'https://south.example/un/',
    published: '2026-11-26T20:00:00Z',
    text: 'Council debates Resolution 1244 again\n\n"The text still binds every member of this council," the envoy told reporters before the vote on Resolution 1244.\n\nThe session lasted four hours.',
    topics: { 'resolution-1244': [['Resolution 1244', ['Resolution 1244']]] },
    quotes: [{ text: 'The text still binds every member of this council,', speaker: 'Marko Ilić', role: 'envoy', salience: 0.6 }],
  }),
];

function render(platform: PlatformName, d: Digest): unknown[] {
  if (platform === 'discord') return renderDiscord(d);
  if (platform === 'slack') return renderSlack(d);
  return [renderText(d)];
}

const subs = [
  { id: 's1', topics: [] as string[], timezone: 'UTC', locale: 'en', platform: 'discord' as const, window: WINDOW },
  { id: 's2', topics: [] as string[], timezone: 'UTC', locale: 'en', platform: 'discord' as const, window: WINDOW },
  { id: 's3', topics: [] as string[], timezone: 'Europe/Belgrade', locale: 'sr-Latn', platform: 'slack' as const, window: WINDOW },
  { id: 's4', topics: ['kosovo'], timezone: 'UTC', locale: 'en', platform: 'discord' as const, window: WINDOW },
  { id: 's5', topics: [] as string[], timezone: 'UTC', locale: 'en', platform: 'console' as const, window: SHORT },
];

describe('DigestFanout', () => {
  it('gives every subscription exactly the digest and payloads it would get alone, composing and rendering each shared one once', () => {
    const fanout = new DigestFanout(render);
    for (const s of subs) {
      const input = { subscription: s, topics: TOPICS, items: ITEMS, window: s.window, maxQuotesPerEntry: 2 };
      const alone = composeDigest(input);
      const shared = fanout.compose('tenant', input);
      expect(shared).toEqual(alone);
      expect(fanout.payloads(s.platform, shared)).toEqual(render(s.platform, alone));
    }
    // s1/s2/s3 share one composition (all topics, same window); s4 (one topic) and s5 (another window) their own.
    expect(fanout.stats).toEqual({ composeAsked: 5, composed: 3, renderAsked: 5, rendered: 4 });
  });

  it('keeps scopes apart and renders a digest with notices on its own', () => {
    const fanout = new DigestFanout(render);
    const input = { subscription: subs[0], topics: TOPICS, items: ITEMS, window: WINDOW };
    const a = fanout.compose('tenant-a', input);
    const b = fanout.compose('tenant-b', { ...input, items: ITEMS.slice(1) });
    expect(a.sections.map((s) => s.topicId)).toEqual(['kosovo', 'resolution-1244']);
    expect(b.sections.map((s) => s.topicId)).toEqual(['resolution-1244']);
    const noticed = fanout.compose('tenant-a', { ...input, notices: [{ kind: 'feed_failing', message: 'feed failing: https://x.example/feed' }] });
    expect(noticed.notices).toHaveLength(1);
    expect(a.notices).toHaveLength(0);
    fanout.payloads('discord', a);
    fanout.payloads('discord', noticed);
    fanout.payloads('discord', noticed);
    expect(fanout.stats.rendered).toBe(3);
  });

  it('shares a read for the round and forgets a failed one', async () => {
    const fanout = new DigestFanout(render);
    let reads = 0;
    const read = async () => ++reads;
    expect(await fanout.shared('k', read)).toBe(1);
    expect(await fanout.shared('k', read)).toBe(1);
    await expect(fanout.shared('bad', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await fanout.shared('bad', read)).toBe(2);
  });
});
