import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ManualClock } from '../model/clock.js';
import type { Digest } from '../model/digest.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Topic } from '../model/watchlist.js';
import { fold } from '../pipeline/text/fold.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Command, CommandName, Invoker } from './command.js';
import { createCommands } from './handler.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const admin: Invoker = { userId: 'u-admin', canEditWatchlists: true, canManageSubscriptions: true };
const mod: Invoker = { userId: 'u-mod', canEditWatchlists: false, canManageSubscriptions: true };
const member: Invoker = { userId: 'u-member', canEditWatchlists: false, canManageSubscriptions: false };

/** A phrase matcher over folded headline + text, standing in for compileWatchlist in the backtest. */
function phraseMatcher(topics: Topic[]) {
  return (a: AnalyzedItem) => {
    const hay = fold(`${a.item.title} ${a.item.text}`);
    return topics.filter((t) => t.terms.some((term) => hay.includes(fold(term)))).map((t) => t.id);
  };
}

function item(id: string, title: string, text: string, published: string): AnalyzedItem {
  return {
    id,
    feedUrl: 'https://news.example/rss',
    outlet: 'News Example',
    item: {
      guid: id,
      key: id,
      title,
      link: `https://news.example/${id}`,
      canonicalLink: null,
      published: new Date(published),
      author: null,
      categories: [],
      summary: null,
      contentHtml: null,
      text,
      enclosures: [],
    },
    article: { paragraphs: [title, text] },
    firstSeen: new Date(published),
    matches: [],
    quotes: [],
  };
}

function setup() {
  const clock = new ManualClock('2026-11-29T12:00:00Z');
  const store = createMemoryStore({ clock });
  const previews: string[] = [];
  const fetched: string[] = [];
  const digest: Digest = {
    id: 'd1',
    subscriptionId: null,
    windowStart: new Date('2026-11-28T07:00:00Z'),
    windowEnd: clock.now(),
    timezone: 'UTC',
    locale: 'en',
    sections: [
      {
        topicId: 'kosovo',
        topicName: 'Kosovo',
        entries: [{ id: 'i1', title: 'T', link: null, outlet: null, alsoIn: [], published: null, topics: ['kosovo'], why: [], quotes: [], score: 1 }],
      },
    ],
    notices: [],
  };
  const { handle, complete } = createCommands({
    store,
    clock,
    preview: async (sub) => {
      previews.push(sub.id);
      return digest;
    },
    fetchOpml: async (url) => {
      fetched.push(url);
      return readFileSync(path.join(here, 'testdata', 'feeds.opml'), 'utf8');
    },
    validateTerm: (t) => {
      if (t.includes('NEAR/0')) throw new Error('matcher: NEAR needs a distance of at least 1');
    },
    matchTopics: phraseMatcher,
  });
  const run = (name: CommandName, invoker: Invoker, options: Command['options'] = {}, channel = 'c1') =>
    handle({ name, platform: 'discord', workspace: 'g1', channel, invoker, options });
  return { clock, store, run, complete, previews, fetched };
}

describe('subscriptions', () => {
  it('subscribes with a time and zone, stores the cron, and a member may not change it', async () => {
    const { store, run } = setup();
    await run('watch add', admin, { topic: 'kosovo', term: 'Kosovo' });
    const r = await run('subscribe', mod, { topics: 'kosovo', time: '08:30 weekdays', timezone: 'Europe/Belgrade' });
    expect(r.ephemeral).toBe(false);
    expect(r.text).toContain('next 2026-11-30 08:30');
    const sub = await store.subscriptions.findSubscription('discord', 'g1', 'c1');
    expect(sub).toMatchObject({ topics: ['kosovo'], cron: '30 8 * * 1-5', timezone: 'Europe/Belgrade', createdBy: 'u-mod', paused: false });

    const refused = await run('unsubscribe', member);
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(/Manage Channels/);
    expect(await store.subscriptions.findSubscription('discord', 'g1', 'c1')).not.toBeNull();
  });

  it('rejects unknown zones, offsets, bad times and unknown topics in plain words', async () => {
    const { store, run } = setup();
    for (const [options, pattern] of [
      [{ timezone: 'Mars/Olympus' }, /not a time zone I know/],
      [{ timezone: '+01:00' }, /not a time zone/],
      [{ time: '25:00' }, /not a time I understand/],
      [{ time: '8:30,9:45' }, /share the minute/],
      [{ time: '61 * * * *' }, /not a valid schedule/],
      [{ topics: 'nope' }, /Unknown topic/],
    ] as const) {
      const r = await run('subscribe', admin, options);
      expect(r.ephemeral).toBe(true);
      expect(r.text).toMatch(pattern);
    }
    expect(await store.subscriptions.listSubscriptions()).toEqual([]);
  });

  it('keeps earlier choices on re-subscribe and un-pauses a paused subscription', async () => {
    const { store, run } = setup();
    await run('subscribe', admin, { time: '7:00', timezone: 'America/New_York' });
    const sub = (await store.subscriptions.findSubscription('discord', 'g1', 'c1'))!;
    await store.subscriptions.updateSubscription(sub.id, { paused: true, pausedReason: 'Missing Permissions (50013) in <#c1> @everyone' });
    const st = await run('status', member);
    expect(st.text).toContain('**Paused**');
    expect(st.text).toContain('50013');
    expect(st.text).not.toMatch(/<#c1>|@everyone/);
    const r = await run('subscribe', admin, {});
    expect(r.text).toContain('resumed');
    expect(await store.subscriptions.getSubscription(sub.id)).toMatchObject({
      paused: false,
      pausedReason: null,
      cron: '0 7 * * *',
      timezone: 'America/New_York',
    });
  });

  it('schedule shows and changes; alerts toggles the mode', async () => {
    const { store, run } = setup();
    expect((await run('schedule', admin)).text).toMatch(/no subscription/);
    await run('subscribe', admin, {});
    expect((await run('schedule', member)).text).toContain('`0 8 * * *` in UTC, next 2026-11-30 08:00');
    expect((await run('schedule', member, { time: '9:00' })).text).toMatch(/Manage Channels/);
    await run('schedule', admin, { time: '06:15,18:15' });
    expect((await store.subscriptions.findSubscription('discord', 'g1', 'c1'))!.cron).toBe('15 6,18 * * *');
    expect((await run('alerts', admin, { state: 'maybe' })).text).toMatch(/alerts on/);
    await run('alerts', admin, { state: 'on' });
    expect((await store.subscriptions.findSubscription('discord', 'g1', 'c1'))!.mode).toBe('alerts');
  });

  it('status lists failing feeds of this workspace and global ones, not other workspaces', async () => {
    const { store, run } = setup();
    await store.feeds.upsertFeed({ url: 'https://a.example/rss', workspace: 'g1' });
    await store.feeds.upsertFeed({ url: 'https://b.example/rss', workspace: null });
    await store.feeds.upsertFeed({ url: 'https://c.example/rss', workspace: 'g2' });
    for (const url of ['https://a.example/rss', 'https://c.example/rss']) {
      await store.feeds.updateFeed(url, { failingSince: new Date('2026-11-28T10:00:00Z'), lastError: 'fetcher: HTTP 404', errorCount: 3 });
    }
    const r = await run('status', member);
    expect(r.text).toContain('Feeds: 2, failing: 1');
    expect(r.text).toContain('https://a.example/rss');
    expect(r.text).toContain('fetcher: HTTP 404');
    expect(r.text).not.toContain('c.example');
  });

  it('digest preview is ephemeral and open to members; posting needs the permission', async () => {
    const { run, previews } = setup();
    await run('subscribe', admin, {});
    const p = await run('digest', member, { preview: 'true' });
    expect(p.ephemeral).toBe(true);
    expect(p.digest?.sections[0].entries).toHaveLength(1);
    expect((await run('digest', member, {})).text).toMatch(/Manage Channels/);
    const now = await run('digest', admin, {});
    expect(now.ephemeral).toBe(false);
    expect(now.digest).toBeDefined();
    expect(previews).toEqual(['discord:g1:c1', 'discord:g1:c1']);
  });
});

describe('watchlists', () => {
  it('admins add and remove terms; members are refused; global topics are read-only', async () => {
    const { store, run } = setup();
    await store.watchlists.upsertTopic({ id: 'serbia', name: 'Serbia', terms: ['Srbija'], exclude: [], priority: 'digest', workspace: null });
    const refused = await run('watch add', mod, { topic: 'kosovo', term: 'Kurti' });
    expect(refused.text).toMatch(/Manage Server/);
    expect(await store.watchlists.listTopics('g1')).toHaveLength(1);

    expect((await run('watch add', admin, { topic: 'Kosovo', term: 'Kurti', name: 'Kosovo politics' })).text).toContain('New topic');
    await run('watch add', admin, { topic: 'kosovo', term: '"Albin Kurti"' });
    expect((await run('watch add', admin, { topic: 'kosovo', term: 'Kurti' })).text).toContain('already watches');
    expect((await run('watch add', admin, { topic: 'serbia', term: 'Vučić' })).text).toMatch(/configuration/);
    expect((await run('watch add', admin, { topic: 'bad id!', term: 'x' })).text).toMatch(/not a topic id/);
    expect((await run('watch add', admin, { topic: 'x', term: 'a NEAR/0 b' })).text).toMatch(/not a valid term: NEAR needs/);

    const list = await run('watch list', member);
    expect(list.text).toContain('`kosovo` (Kosovo politics): `Kurti`, `"Albin Kurti"`');
    expect(list.text).toContain('`serbia` (Serbia) [global]');

    await run('watch remove', admin, { topic: 'kosovo', term: 'Kurti' });
    expect((await store.watchlists.listTopics('g1')).find((t) => t.id === 'kosovo')!.terms).toEqual(['"Albin Kurti"']);
    expect((await run('watch remove', admin, { topic: 'kosovo', term: '"Albin Kurti"' })).text).toContain('removed');
    expect((await store.watchlists.listTopics('g1')).map((t) => t.id)).toEqual(['serbia']);
    // another workspace never sees g1's topics
    expect((await store.watchlists.listTopics('g2')).map((t) => t.id)).toEqual(['serbia']);
  });

  it('watch preview backtests the change over stored items of the last N days', async () => {
    const { store, run } = setup();
    await run('watch add', admin, { topic: 'energy', term: 'pipeline' });
    const items = [
      item('a', 'Pipeline deal signed', 'The pipeline will carry gas.', '2026-11-28T09:00:00Z'),
      item('b', 'Power plant closes', 'The Obilić power plant closes a unit.', '2026-11-27T09:00:00Z'),
      item('c', 'Elektroprivreda raises prices', 'Power prices rise in December.', '2026-11-26T09:00:00Z'),
      item('d', 'Old power story', 'Power cuts hit the north.', '2026-11-10T09:00:00Z'),
      item('e', 'Football', 'Nothing about energy.', '2026-11-28T10:00:00Z'),
    ];
    for (const a of items) await store.items.saveItem(a);
    const r = await run('watch preview', admin, { topic: 'energy', term: 'power', days: '7' });
    expect(r.ephemeral).toBe(true);
    expect(r.text).toContain('last 7 days (4 stored items)');
    expect(r.text).toContain('with `power`: 3 matching items (now 1, 2 new)');
    expect(r.text.indexOf('Power plant closes')).toBeLessThan(r.text.indexOf('Elektroprivreda'));
    expect(r.text).not.toContain('Old power story');
    expect(r.text).not.toContain('Pipeline deal');
    const wide = await run('watch preview', admin, { topic: 'energy', term: 'power', days: '30' });
    expect(wide.text).toContain('(now 1, 3 new)');
    expect((await run('watch preview', admin, { topic: 'energy', days: '99' })).text).toMatch(/from 1 to 30/);
    expect((await run('watch preview', member, { topic: 'energy', term: 'x' })).text).toMatch(/Manage Server/);
    // the preview changed nothing
    expect((await store.watchlists.listTopics('g1'))[0].terms).toEqual(['pipeline']);
  });
});

describe('feeds', () => {
  it('adds, lists, refuses duplicates and bad URLs, removes only own feeds', async () => {
    const { store, run, clock } = setup();
    await store.feeds.upsertFeed({ url: 'https://global.example/rss', workspace: null });
    expect((await run('feed add', member, { url: 'https://x.example/rss' })).text).toMatch(/Manage Server/);
    expect((await run('feed add', admin, { url: 'ftp://x.example/rss' })).text).toMatch(/http/);
    expect((await run('feed add', admin, { url: 'https://user:pw@x.example/rss' })).text).toMatch(/password/);
    expect((await run('feed add', admin, { url: '<https://X.example/rss#top>' })).text).toContain('Added `https://x.example/rss`');
    expect((await run('feed add', admin, { url: 'https://x.example/rss' })).text).toContain('already');
    const rec = await store.feeds.getFeed('https://x.example/rss');
    expect(rec).toMatchObject({ workspace: 'g1', intervalSeconds: 600 });
    expect(rec!.nextCheckAt.getTime()).toBe(clock.now().getTime());
    const list = await run('feed list', member);
    expect(list.text).toContain('2 feeds');
    expect(list.text).toContain('`https://global.example/rss` [global]');
    expect((await run('feed remove', admin, { url: 'https://global.example/rss' })).text).toMatch(/configuration/);
    expect((await run('feed remove', admin, { url: 'https://x.example/rss' })).text).toContain('Removed');
    expect(await store.feeds.getFeed('https://x.example/rss')).toBeNull();
  });

  it('imports OPML from text and from a URL, skipping invalid and known feeds', async () => {
    const { store, run, fetched } = setup();
    await store.feeds.upsertFeed({ url: 'https://kossev.info/feed/', workspace: null });
    const r = await run('feed import', admin, { url: 'https://cdn.example/attachments/feeds.opml' });
    expect(fetched).toEqual(['https://cdn.example/attachments/feeds.opml']);
    expect(r.text).toContain('Imported 3 feeds, 1 already read');
    expect(r.text).toContain('Skipped 1 invalid URL');
    const urls = (await store.feeds.listFeeds())
      .filter((f) => f.workspace === 'g1')
      .map((f) => f.url)
      .sort();
    expect(urls).toEqual(['https://lajme.example/rss', 'https://vesti.example/rss.xml', 'https://wire.example/atom']);
    expect((await store.feeds.getFeed('https://vesti.example/rss.xml'))!.title).toBe('Vesti');
    expect((await run('feed import', admin, { opml: '<html>nope</html>' })).text).toMatch(/OPML|no feeds/);
  });
});

describe('hostile input to /feed add (issue 24)', () => {
  it('refuses a 2 MB URL before parsing it, without echoing it; refuses credentials; stores nothing', async () => {
    const { store, run } = setup();
    const huge = `https://127.0.0.1/${'a'.repeat(2_000_000)}`;
    const r = await run('feed add', admin, { url: huge });
    expect(r.text.length).toBeLessThan(200);
    expect(r.text).toMatch(/too long/);
    const cred = await run('feed add', admin, { url: 'https://user:s3cret@127.0.0.1/feed.xml' });
    expect(cred.text).not.toContain('s3cret');
    expect(cred.text).toMatch(/user name or password/);
    expect((await store.feeds.listFeeds()).filter((f) => f.workspace === 'g1')).toEqual([]);
  });
});

describe('safety and autocomplete', () => {
  it('never lets a reply mention anyone', async () => {
    const { run } = setup();
    const r = await run('watch add', admin, { topic: 'x', term: '@everyone <@123> <@&456>' });
    expect(r.text).not.toMatch(/@everyone|<@123>|<@&456>/);
    const list = await run('watch list', member);
    expect(list.text).not.toMatch(/@everyone|<@\d+>|<@&\d+>/);
  });

  it('completes topic ids and feed URLs of the workspace, prefix matches first, at most 25', async () => {
    const { store, complete } = setup();
    for (let i = 0; i < 30; i++) {
      await store.watchlists.upsertTopic({
        id: `t${String(i).padStart(2, '0')}`,
        name: `Topic ${i}`,
        terms: ['x'],
        exclude: [],
        priority: 'digest',
        workspace: 'g1',
      });
    }
    await store.watchlists.upsertTopic({ id: 'secret', name: 'Secret', terms: ['x'], exclude: [], priority: 'digest', workspace: 'g2' });
    const all = await complete({ platform: 'discord', workspace: 'g1', field: 'topic', prefix: '' });
    expect(all).toHaveLength(25);
    expect(all.map((c) => c.value)).not.toContain('secret');
    const t1 = await complete({ platform: 'discord', workspace: 'g1', field: 'topic', prefix: 't1' });
    expect(t1.map((c) => c.value)).toEqual(['t10', 't11', 't12', 't13', 't14', 't15', 't16', 't17', 't18', 't19']);
    await store.feeds.upsertFeed({ url: 'https://kossev.info/feed/', title: 'KoSSev', workspace: 'g1' });
    await store.feeds.upsertFeed({ url: 'https://other.example/feed', workspace: 'g2' });
    expect(await complete({ platform: 'discord', workspace: 'g1', field: 'url', prefix: 'koss' })).toEqual([
      { name: 'KoSSev: https://kossev.info/feed/', value: 'https://kossev.info/feed/' },
    ]);
    expect(await complete({ platform: 'discord', workspace: 'g1', field: 'url', prefix: 'other' })).toEqual([]);
  });
});

describe('replies speak the platform they are shown on (issue 21)', () => {
  it('names /digest subscribe on Discord and /wirewatch subscribe on Slack, never the bare code name', async () => {
    const { run, store, clock } = setup();
    expect((await run('status', member)).text).toContain('Start one with `/digest subscribe`.');
    expect((await run('digest', mod)).text).toContain('`/digest subscribe`');
    expect((await run('feed list', member)).text).toBe('No feeds yet. Add one with `/feed add`.');
    expect((await run('watch list', member)).text).toBe('No topics yet. Add one with `/watch add`.');
    const { handle } = createCommands({
      store,
      clock,
      preview: async () => {
        throw new Error('unused');
      },
    });
    const slack = await handle({ name: 'status', platform: 'slack', workspace: 'T1', channel: 'C1', invoker: member, options: {} });
    expect(slack.text).toContain('Start one with `/wirewatch subscribe`.');
  });

  it("shows a paused reason with the channel's name (a mention) and real backticks, and the fix in words", async () => {
    const { run, store, clock } = setup();
    await run('subscribe', mod, {});
    const sub = (await store.subscriptions.findSubscription('discord', 'g1', 'c1'))!;
    await store.subscriptions.updateSubscription(sub.id, {
      channel: 'C0NEWS1',
      paused: true,
      pausedReason:
        'slack refused delivery (slack_not_in_channel): slack: post to channel C0NEWS1: the app is not in this channel (Slack error not_in_channel): invite it with `/invite @wirewatch`',
    });
    const { handle } = createCommands({
      store,
      clock,
      preview: async () => {
        throw new Error('unused');
      },
    });
    // the stored subscription is a Discord one; ask as Slack would, in the same channel id, to see Slack's words
    await store.subscriptions.updateSubscription(sub.id, { platform: 'slack', workspace: 'T1' });
    const r = await handle({ name: 'status', platform: 'slack', workspace: 'T1', channel: 'C0NEWS1', invoker: member, options: {} });
    expect(r.text).toContain('post to <#C0NEWS1>');
    expect(r.text).toContain('`/invite @wirewatch`');
    expect(r.text).not.toContain('ˋ');
    expect(r.text).toContain('then run `/wirewatch subscribe` in <#C0NEWS1> to resume');
  });

  it('says how to take over a config topic instead of only refusing', async () => {
    const { run, store } = setup();
    await store.watchlists.upsertTopic({ id: 'kosovo', name: 'Kosovo', terms: ['Kosovo'], exclude: [], priority: 'digest', workspace: null });
    const r = await run('watch add', admin, { topic: 'kosovo', term: 'Kurti' });
    expect(r.text).toContain('global topic from the service configuration');
    expect(r.text).toContain('`/watch add` `kosovo-local`');
    expect(r.text).toContain('--reset-from-config');
    expect((await store.watchlists.listTopics('g1')).map((t) => `${t.workspace}:${t.id}:${t.terms.join('|')}`)).toEqual(['null:kosovo:Kosovo']);
  });
});

describe('help on Discord', () => {
  it('lists the slash commands as Discord spells them', async () => {
    const { run } = setup();
    const text = (await run('help', member)).text;
    for (const c of ['/digest subscribe', '/digest now', '/watch add', '/feed add', '/wirewatch status']) expect(text).toContain(c);
    expect(text).not.toMatch(/`subscribe /);
  });
});
