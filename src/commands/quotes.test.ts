import { beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Store } from '../store/store.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Command, Invoker } from './command.js';
import { createCommands } from './handler.js';
import { parseSince } from './since.js';

const member: Invoker = { userId: 'u1', canEditWatchlists: false, canManageSubscriptions: false };

function item(n: number, day: number, quotes: [string | null, string][], over: Partial<AnalyzedItem> = {}): AnalyzedItem {
  const iso = `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`;
  return {
    id: '',
    feedUrl: 'https://news.example/rss',
    outlet: 'News Example',
    item: {
      guid: `g${n}`,
      key: `g${n}`,
      title: `Headline ${n}`,
      link: `https://news.example/${n}`,
      canonicalLink: null,
      published: new Date(iso),
      author: null,
      categories: [],
      summary: null,
      contentHtml: null,
      text: '',
      enclosures: [],
    },
    article: { paragraphs: [`Headline ${n}`] },
    firstSeen: new Date(iso),
    matches: [],
    quotes: quotes.map(([speaker, text]) => ({
      kind: 'direct',
      text,
      speaker,
      speakerRole: null,
      paragraph: 1,
      start: 0,
      end: 1,
      confidence: 0.9,
      salience: 0.5,
    })),
    ...over,
  };
}

const cmd = (platform: Command['platform'], options: Record<string, string>): Command => ({
  name: 'quotes',
  platform,
  workspace: 'T1',
  channel: 'C1',
  invoker: member,
  options,
});

describe('quotes command', () => {
  let store: Store;
  let commands: ReturnType<typeof createCommands>;
  const clock = new ManualClock('2026-11-30T12:00:00Z');

  beforeEach(async () => {
    store = createMemoryStore({ clock });
    commands = createCommands({
      store,
      clock,
      preview: async () => {
        throw new Error('unused');
      },
    });
    await store.watchlists.upsertTopic({ workspace: null, id: 'kosovo', name: 'Kosovo', priority: 'digest', terms: ['Kosovo'], exclude: [] });
    for (let i = 1; i <= 7; i++) {
      await store.items.saveItem(
        item(
          i,
          20 + i,
          [
            [i % 2 ? 'Aleksandar Vučić' : 'Вучић', `Words number ${i}`],
            ['Albin Kurti', `Other words ${i}`],
          ],
          i === 7 ? { matches: [{ topicId: 'kosovo', relevance: 1, mentions: [] }] } : {},
        ),
      );
    }
    await store.items.saveItem(
      item(9, 29, [['Vuçiq', 'Fjalë @everyone <@123> **bold** [x](https://evil.example) <https://evil.example|click>']], { outlet: 'Koha *Ditore*' }),
    );
  });

  it('finds one speaker under every spelling, newest first, five a page, with the next page command', async () => {
    const r = await commands.handle(cmd('discord', { speaker: 'Vucic' }));
    expect(r.ephemeral).toBe(true);
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('**8 quotes · page 1/2**');
    expect(lines.slice(1, 6).map((l) => /“(.*?)”/.exec(l)?.[1])).toEqual([
      expect.stringContaining('Fjal'),
      'Words number 7',
      'Words number 6',
      'Words number 5',
      'Words number 4',
    ]);
    expect(lines[2]).toContain('**Aleksandar Vučić** · News Example · ');
    expect(lines[2]).toContain('[Headline 7](https://news.example/7)');
    expect(lines[6]).toBe('Next page: `/wirewatch quotes speaker: Vucic page: 2`');
    const p2 = await commands.handle(cmd('discord', { speaker: 'Вучић', page: '2' }));
    expect(
      p2.text
        .split('\n')
        .slice(1)
        .map((l) => /“(.*?)”/.exec(l)?.[1]),
    ).toEqual(['Words number 3', 'Words number 2', 'Words number 1']);
    expect(p2.text).not.toContain('Next page');
  });

  it('filters by topic, outlet and since, and refuses unknown topics and bad pages', async () => {
    expect((await commands.handle(cmd('discord', { topic: 'kosovo' }))).text.match(/^\d\./gm)).toHaveLength(2);
    expect((await commands.handle(cmd('discord', { outlet: 'koha' }))).text).toContain('**1 quote · page 1/1**');
    expect((await commands.handle(cmd('discord', { speaker: 'Kurti', since: '5d' }))).text).toContain('**2 quotes');
    expect((await commands.handle(cmd('discord', { topic: 'nope' }))).text).toBe('There is no topic `nope` here.');
    expect((await commands.handle(cmd('discord', { page: '0' }))).text).toMatch(/`page` is a whole number/);
    expect((await commands.handle(cmd('discord', { speaker: 'Dačić' }))).text).toBe('No speaker called “Dačić” in the stored quotes.');
  });

  it('speaks the channel language', async () => {
    await store.subscriptions.upsertSubscription({
      id: '',
      platform: 'discord',
      workspace: 'T1',
      channel: 'C1',
      topics: [],
      cron: '0 8 * * *',
      timezone: 'Europe/Belgrade',
      locale: 'sr-Cyrl',
      mode: 'digest',
      postEmpty: false,
      paused: false,
      pausedReason: null,
      createdBy: null,
      lastWindowEnd: null,
    });
    const r = await commands.handle(cmd('discord', { speaker: 'Kurti' }));
    expect(r.text.split('\n')[0]).toBe('**7 цитата · страна 1/2**');
    expect(r.text).toContain('Следећа страна:');
  });

  it('lists an interview answer under its label and a paraphrase as reported, never in quote marks (ADR 0295)', async () => {
    const a = item(10, 29, [['Edwin Lowe', 'No, they will run every day.']], { outlet: 'Harbour News' });
    a.quotes.push({ ...a.quotes[0], text: 'the ferries would stop', start: 2, end: 3 });
    a.quotes[0] = { ...a.quotes[0], kind: 'indirect', form: 'answer' };
    a.quotes[1] = { ...a.quotes[1], kind: 'indirect' };
    await store.items.saveItem(a);
    const d = (await commands.handle(cmd('discord', { outlet: 'Harbour News' }))).text;
    expect(d).toContain('1. _interview:_ No, they will run every day. — **Edwin Lowe**');
    expect(d).toContain('2. _reported:_ the ferries would stop — **Edwin Lowe**');
    const s = (await commands.handle(cmd('slack', { outlet: 'Harbour News' }))).text;
    expect(s).toContain('1. _interview:_ No, they will run every day. — *Edwin Lowe*');
    expect(s).not.toContain('“');
  });

  it('keeps feed text inert: no mention, no markup, no link of its own, on Discord and Slack', async () => {
    const d = (await commands.handle(cmd('discord', { outlet: 'koha' }))).text;
    expect(d).not.toMatch(/@everyone|<@123>|\*\*bold\*\*|\[x\]\(|<https/);
    expect(d).toContain('Koha \\*Ditore\\*');
    const s = await commands.handle(cmd('slack', { outlet: 'koha', speaker: 'x <!channel>' }));
    expect(s.text).toMatch(/No speaker called “x &lt;!channel&gt;”/);
    const s2 = await commands.handle(cmd('slack', { outlet: 'koha' }));
    expect(s2.mrkdwn).toBe(true);
    expect(s2.text).not.toMatch(/@everyone|<@123>|<https:\/\/evil/);
    expect(s2.text).toContain('<https://news.example/9|Headline 9>');
    expect(s2.text).toContain('&lt;@123&gt;');
  });

  it('autocompletes speakers in any script and outlets', async () => {
    const names = await commands.complete({ platform: 'discord', workspace: 'T1', field: 'speaker', prefix: 'вуч' });
    expect(names).toEqual([{ name: 'Aleksandar Vučić', value: 'Aleksandar Vučić' }]);
    expect(await commands.complete({ platform: 'discord', workspace: 'T1', field: 'outlet', prefix: 'KOH' })).toEqual([
      { name: 'Koha *Ditore*', value: 'Koha *Ditore*' },
    ]);
  });
});

describe('parseSince', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('reads durations and past dates, and refuses the rest', () => {
    expect(parseSince('24h', now).toISOString()).toBe('2026-11-29T12:00:00.000Z');
    expect(parseSince('7', now).toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(parseSince('2w', now).toISOString()).toBe('2026-11-16T12:00:00.000Z');
    expect(parseSince('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(() => parseSince('2027-01-01', now)).toThrow(/past date/);
    expect(() => parseSince('yesterday', now)).toThrow(/duration/);
  });
});
