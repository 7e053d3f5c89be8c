/**
 * "The same story, once" across digests (docs/digests.md), end to end through the real `Service` (SQLite
 * store, fetcher, parser, analyzer, scheduler, dispatcher, console adapter) on loopback feeds and an
 * injected clock (test/fixtures/story-service.ts). Each case is one a new user reported:
 * 1. a guid-less item whose link changes on every fetch was in every digest;
 * 2. the same story from a second outlet (or in Cyrillic) came again in a later digest;
 * 3. an alerts-mode channel got an instant alert and then the same story in its next digest;
 * 6. an outlet re-posted its stories as updates (new guid and link, "UPDATED:" headline, one word
 *    changed) and, in a feed whose stories share a template, one of them came again (nu3, ADR 0306).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startStoryService, storyText, type FeedItemSpec, type StoryService } from '../fixtures/story-service.js';
import { toSerbianCyrillic } from '../support/cyrillic.js';

const TOPICS = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo, Косово] }', '  - { id: serbia, name: Serbia, priority: instant, terms: [Belgrade, Београд] }'];
const HALF_HOURLY = '  - { platform: console, channel: news, cron: "0,30 * * * *", timezone: UTC }';

let h: StoryService | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function story(n: number, term: string, over: Partial<FeedItemSpec> = {}): FeedItemSpec {
  const { title, text } = storyText(n, term);
  return { guid: `g-${n}`, title, link: `{{BASE}}/a/${n}`, text, ...over };
}

/** How many digests (ledger lines) of `channel` show `title`. */
function timesShown(s: StoryService, channel: string, title: string): number {
  return s.ledger(channel).filter((l) => l.text.includes(title)).length;
}

/** An RSS item without a guid whose link carries a new session id on every fetch. */
function guidless(title: string, text: string, pubDate: string, session: string): string {
  return `<item><title>${title}</title><link>{{BASE}}/s?sid=${session}</link><pubDate>${new Date(pubDate).toUTCString()}</pubDate><description>${text}</description></item>`;
}
function rssOf(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Churn</title><link>{{BASE}}/</link><description>x</description>\n${items.join('\n')}\n</channel></rss>\n`;
}

describe('the same story, once, across digests', () => {
  it('1. a guid-less item whose link changes on every fetch is in one digest only', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['churn.rss'] });
    const { title, text } = storyText(31, 'Kosovo');
    let fetches = 0;
    const write = () => h!.writeFile('churn.rss', rssOf([guidless(title, text, '2026-12-01T19:50:00Z', `s${++fetches}`)]));
    write();
    await h.runTo('2026-12-01T20:30:00Z');
    for (const at of ['2026-12-01T20:45:00Z', '2026-12-01T21:00:00Z', '2026-12-01T21:15:00Z', '2026-12-01T21:30:00Z']) {
      write();
      await h.runTo(at);
    }
    expect(timesShown(h, 'news', title)).toBe(1);
  }, 60_000);

  it('2. the same story from a second outlet, or its Cyrillic copy, is not delivered again in a later digest (also after a restart)', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['a.rss', 'b.rss', 'c.rss'] });
    const first = story(41, 'Kosovo');
    h.writeFeed('a.rss', 'Outlet A', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', first.title)).toBe(1);
    // After the digest: outlet B carries it under its own guid and link, outlet C in Cyrillic.
    await h.restart('2026-12-01T20:31:00Z');
    h.writeFeed('b.rss', 'Outlet B', [{ ...first, guid: 'b-41', link: '{{BASE}}/b/41' }]);
    h.writeFeed('c.rss', 'Outlet C', [{ guid: 'c-41', title: toSerbianCyrillic(first.title), text: toSerbianCyrillic(first.text), link: '{{BASE}}/c/41' }]);
    const other = story(42, 'Kosovo');
    h.writeFeed('a.rss', 'Outlet A', [first, other]);
    await h.runTo('2026-12-01T21:30:00Z');
    const items = await h.store.items.itemsFirstSeen(new Date('2026-12-01T20:30:00Z'), new Date('2026-12-01T21:30:00Z'));
    expect(items.map((i) => i.outlet).sort()).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    const later = h.ledger('news').slice(1);
    expect(later.some((l) => l.text.includes(other.title))).toBe(true);
    for (const l of later) {
      expect(l.text).not.toContain(first.title);
      expect(l.text).not.toContain(toSerbianCyrillic(first.title));
    }
  }, 60_000);

  it('2c. a copy of a Serbian story whose quote is split by its attribution is no update (Latin copy, Cyrillic copy)', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['a.rss', 'b.rss'] });
    const title = 'Dragić: pregovori o Kosovu se nastavljaju';
    const text = [
      'Ministar za saradnju Stevan Dragić razgovarao je juče u Briselu sa predstavnicima Evropske unije o Kosovu i o novom krugu pregovora.',
      '„Nismo se dogovorili“, rekao je Dragić posle sastanka, „ali razgovori o Kosovu idu dalje“.',
      'Sledeći sastanak zakazan je za utorak u Briselu, a delegacije će pre toga razmeniti predloge u pisanoj formi.',
    ].join('\n\n');
    const first = { guid: 'a-1', title, link: '{{BASE}}/a/1', text };
    h.writeFeed('a.rss', 'Outlet A', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', title)).toBe(1);
    expect(h.ledger('news')[0].text).toContain('Dragić');
    // Word-for-word copies under another outlet's headline: the Latin one and the Cyrillic one.
    h.writeFeed('b.rss', 'Outlet B', [
      { guid: 'b-1', title: `${title} (video)`, link: '{{BASE}}/b/1', text },
      { guid: 'b-2', title: toSerbianCyrillic(`${title} (видео)`), link: '{{BASE}}/b/2', text: toSerbianCyrillic(text) },
    ]);
    await h.runTo('2026-12-01T21:30:00Z');
    const later = h.ledger('news').slice(1);
    for (const l of later) expect(l.text).not.toMatch(/Dragić|Драгић/);
  }, 60_000);

  it("2b. /digest now and the panel's preview leave out a second outlet's copy of a story the channel already got", async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['a.rss', 'b.rss'] });
    const first = story(43, 'Kosovo');
    h.writeFeed('a.rss', 'Outlet A', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', first.title)).toBe(1);
    h.writeFeed('b.rss', 'Outlet B', [{ ...first, guid: 'b-43', link: '{{BASE}}/b/43' }]);
    await h.runTo('2026-12-01T20:40:00Z');
    const [sub] = await h.store.subscriptions.listSubscriptions();
    const window = { start: new Date('2026-12-01T20:30:00Z'), end: new Date('2026-12-01T20:40:00Z') };
    // composed plainly, the window holds outlet B's copy; as it would be posted now, nothing
    const plain = await h.service.composeFor(sub, window);
    expect(plain.sections.flatMap((s) => s.entries)).toHaveLength(1);
    const preview = await h.service.previewFor(sub, window);
    expect(preview.sections.flatMap((s) => s.entries)).toHaveLength(0);
  }, 60_000);

  it("3. an alerted story is not repeated in the channel's digest; a held-back alert (over the hourly cap) still is", async () => {
    h = await startStoryService({
      start: '2026-12-01T20:00:00Z',
      topics: TOPICS,
      subscriptions: ['  - { platform: console, channel: alerts, cron: "0,30 * * * *", timezone: UTC, mode: alerts }'],
      feeds: ['a.rss'],
      extra: ['digests: { grace: 6h, shutdownTimeout: 2s, retryBase: 1s, instantPerHour: 1 }'],
    });
    const alerted = story(51, 'Belgrade');
    const held = story(52, 'Belgrade');
    const plain = story(53, 'Kosovo');
    h.writeFeed('a.rss', 'Outlet A', [alerted, held, plain]);
    await h.runTo('2026-12-01T20:30:00Z');
    const lines = h.ledger('alerts');
    const alerts = lines.filter((l) => l.text.startsWith('wirewatch alert'));
    const digests = lines.filter((l) => l.text.startsWith('wirewatch digest'));
    expect(alerts).toHaveLength(1);
    const alertedTitle = [alerted.title, held.title].find((t) => alerts[0].text.includes(t))!;
    const heldTitle = alertedTitle === alerted.title ? held.title : alerted.title;
    expect(digests).toHaveLength(1);
    expect(digests[0].text).not.toContain(alertedTitle);
    expect(digests[0].text).toContain(heldTitle);
    expect(digests[0].text).toContain(plain.title);
  }, 60_000);
});

describe('a follow-up is not a repeat (ADR 0163)', () => {
  const BACKGROUND =
    'The Kosovo government closed the old border crossing near the lake last spring after a long dispute over customs fees. Since then lorries have taken a detour of ninety kilometres through the mountains, and the hauliers ask for a new crossing every month.';
  const OLD_QUOTE = 'We will open a new crossing before the winter, and the detour will end';
  const NEW_QUOTE = 'The contractor walked away, and we will not wait another year for a new one';

  it('5. after a restart: a follow-up repeating the background is delivered, an update with a new quote is marked, a copy is not', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['a.rss', 'b.rss', 'c.rss', 'd.rss'] });
    const first: FeedItemSpec = {
      guid: 'a-1',
      title: 'Kosovo approves a new border crossing by the lake',
      link: '{{BASE}}/a/1',
      text: `${BACKGROUND} On Monday the cabinet approved the plan and set aside the money for it. "${OLD_QUOTE}," minister Arta Dreni told reporters.`,
    };
    h.writeFeed('a.rss', 'Outlet A', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', first.title)).toBe(1);

    await h.restart('2026-12-01T20:31:00Z');
    // Outlet B: another story that repeats the two background sentences and reports a new event.
    const follow: FeedItemSpec = {
      guid: 'b-1',
      title: 'Contractor quits the lake crossing in Kosovo',
      link: '{{BASE}}/b/1',
      text: `${BACKGROUND} On Thursday the company chosen to build the crossing withdrew from the contract, citing the price of steel. "${NEW_QUOTE}," minister Arta Dreni told the assembly.`,
    };
    // Outlet C: a plain copy. Outlet D: the first story again, with a new closing paragraph and quote.
    const copy: FeedItemSpec = { ...first, guid: 'c-1', link: '{{BASE}}/c/1' };
    const update: FeedItemSpec = {
      ...first,
      guid: 'd-1',
      link: '{{BASE}}/d/1',
      text: `${first.text} Later in the week the contractor withdrew. "${NEW_QUOTE}," Dreni said in the assembly.`,
    };
    h.writeFeed('b.rss', 'Outlet B', [follow]);
    h.writeFeed('c.rss', 'Outlet C', [copy]);
    h.writeFeed('d.rss', 'Outlet D', [update]);
    await h.runTo('2026-12-01T21:30:00Z');
    const later = h.ledger('news').slice(1);
    const text = later.map((l) => l.text).join('\n');
    expect(text).toContain(follow.title);
    // The first story's headline only as an update, once, with the new quote and not the delivered one.
    expect(text).toContain(`Update: ${first.title}`);
    expect(text.split(first.title)).toHaveLength(2);
    expect(text).toContain(NEW_QUOTE);
    expect(text).not.toContain(OLD_QUOTE);
  }, 60_000);
});

describe('an edited article (same guid, new headline and text)', () => {
  it('4. is not posted again, but its new text and quotes replace the old ones in the store', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['e.rss'] });
    const before: FeedItemSpec = {
      guid: 'e-1',
      title: 'Kosovo minister of lakes resigns',
      link: '{{BASE}}/e/1',
      text: 'The Kosovo minister of lakes, Dorin Vaskelo, resigned on Monday after a long cabinet session. "I leave the office with the orange boats still sailing on every lake," Vaskelo told reporters in the capital. The prime minister thanked him for his years of work and said a successor would follow.',
    };
    const after: FeedItemSpec = {
      ...before,
      title: 'UPDATE: Kosovo minister of lakes resigns, successor named',
      text: 'The Kosovo minister of lakes, Dorin Vaskelo, resigned on Monday after a long cabinet session. "I leave the office with a clear conscience and a full harbour," Vaskelo told reporters in the capital. The prime minister thanked him and named Mira Tolanek as his successor.',
    };
    h.writeFeed('e.rss', 'Edits', [before]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', before.title)).toBe(1);
    const [stored] = await h.store.items.itemsFirstSeen(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-02T00:00:00Z'));
    expect(stored.quotes.map((q) => q.text).join(' ')).toContain('orange boats');

    h.writeFeed('e.rss', 'Edits', [after]);
    await h.runTo('2026-12-01T21:30:00Z');
    // Not a new story: no later digest carries it.
    expect(timesShown(h, 'news', 'successor named')).toBe(0);
    const items = await h.store.items.itemsFirstSeen(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-02T00:00:00Z'));
    expect(items).toHaveLength(1);
    const revised = items[0];
    expect(revised.id).toBe(stored.id);
    expect(revised.firstSeen).toEqual(stored.firstSeen);
    expect(revised.item.title).toBe(after.title);
    expect(revised.item.text).toContain('clear conscience');
    const quoted = revised.quotes.map((q) => q.text).join(' ');
    expect(quoted).toContain('clear conscience');
    expect(quoted).not.toContain('orange boats');
  }, 60_000);
});

describe('an update re-posted under a new guid and link, in a templated feed', () => {
  // Each story's own words (a town, a case number, a councillor, a subject); the rest is the feed's template.
  const ROWS: [string, string, string, string, string][] = [
    ['Zubin Potok', '4411', 'Dragana Ilić', 'water meters', 'water pipes'],
    ['Leposavić', '5823', 'Miloš Perić', 'bus timetables', 'bus routes'],
    ['Zvečan', '6197', 'Jelena Savić', 'street lighting', 'street paving'],
    ['Gračanica', '7302', 'Nikola Rakić', 'school heating', 'school meals'],
    ['Štrpce', '8054', 'Vesna Lazić', 'snow clearing', 'snow ploughs'],
  ];
  const text = ([town, num, who]: (typeof ROWS)[number], subject: string) =>
    [
      `Bulletin ${num}: the municipal assembly of ${town} in Kosovo met on Tuesday evening and argued for three hours about ${subject} in ${town}, case ${num}.`,
      `"We expect an answer on case ${num} from the ministry before the end of the month," said councillor ${who} of ${town}, chair of the budget committee.`,
    ].join('\n\n');

  it('6. is not delivered again, whichever of its own words the update changed (also after a restart)', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['t.rss'] });
    const first: FeedItemSpec[] = ROWS.map((r) => ({
      guid: `t-${r[1]}`,
      title: `Kosovo: assembly of ${r[0]} on case ${r[1]}`,
      link: `{{BASE}}/pages/case-${r[1]}.html`,
      pubDate: '2026-12-01T20:05:00Z',
      text: text(r, r[3]),
    }));
    h.writeFeed('t.rss', 'Bulletin', first);
    await h.runTo('2026-12-01T20:30:00Z');
    for (const f of first) expect(timesShown(h, 'news', f.title)).toBe(1);

    await h.restart('2026-12-01T20:31:00Z');
    // The outlet's rewrite: every story under a new guid and link, its headline marked, one word of it changed.
    const updated: FeedItemSpec[] = ROWS.map((r, n) => ({
      ...first[n],
      guid: `{{BASE}}/?p=${r[1]}-rev2`,
      title: `UPDATED: ${first[n].title}`,
      link: `{{BASE}}/2026/12/01/case-${r[1]}/`,
      text: text(r, r[4]),
    }));
    h.writeFeed('t.rss', 'Bulletin', updated);
    await h.runTo('2026-12-01T21:30:00Z');
    const items = await h.store.items.itemsFirstSeen(new Date('2026-12-01T20:30:00Z'), new Date('2026-12-01T21:30:00Z'));
    expect(items).toHaveLength(ROWS.length); // stored as new items: the check is the digest's
    for (const l of h.ledger('news').slice(1)) expect(l.text).not.toContain('UPDATED:');
  }, 60_000);
});
