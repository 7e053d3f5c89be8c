/**
 * "The same story, once" for instant alerts and for follow-ups (docs/digests.md, ADR 0288), end to end
 * through the real `Service` (SQLite store, fetcher, parser, analyzer, dispatcher, console adapter) on
 * loopback feeds and an injected clock (test/fixtures/story-service.ts). Each case is one a new user
 * reported:
 * a. the Latin and the Cyrillic copy of one Serbian story in the same poll round gave two alerts;
 * b. the Cyrillic copy one round after the Latin alert gave a second alert (here across a restart);
 * c. a word-for-word copy of an English story from another outlet a minute later gave a second alert;
 * d. a verbatim copy from another outlet came back as `Update:` for a two-word partial quote that the
 *    delivered article holds (not among the quotes shown); a copy with a new quote is still an update.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startStoryService, type FeedItemSpec, type StoryService } from '../fixtures/story-service.js';

const TOPICS = ['  - { id: pier, name: Pier, terms: [pier] }', '  - { id: nis, name: Niš, priority: instant, terms: [Niš] }'];
const ALERTS = '  - { platform: console, channel: alerts, cron: "0,30 * * * *", timezone: UTC, mode: alerts, topics: [nis] }';
const NEWS = '  - { platform: console, channel: news, cron: "0,30 * * * *", timezone: UTC }';

let h: StoryService | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ', Lj: 'Љ', Nj: 'Њ', Dž: 'Џ' };
const LETTERS: Record<string, string> = Object.fromEntries([...'abcčćdđefghijklmnoprsštuvzž'].map((c, i) => [c, [...'абцчћдђефгхијклмнопрсштувзж'][i]]));
/** Serbian Latin to Cyrillic (the digraphs lj, nj, dž first). */
function cyrillic(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const two = s.slice(i, i + 2);
    if (DIGRAPHS[two]) {
      out += DIGRAPHS[two];
      i++;
      continue;
    }
    const c = s[i];
    const lower = LETTERS[c.toLowerCase()];
    out += lower === undefined ? c : c === c.toLowerCase() ? lower : lower.toUpperCase();
  }
  return out;
}

const LIBRARY = {
  title: 'U Nišu otvorena nova gradska biblioteka',
  text:
    'Gradonačelnik Niša Petar Ilić otvorio je u sredu novu gradsku biblioteku u naselju Duvanište. ' +
    '„Ovo je najveća biblioteka na jugu zemlje i imaće sto hiljada knjiga“, rekao je Ilić. ' +
    'Biblioteka će raditi svakog dana od osam do dvadeset časova, a upis je besplatan za sve učenike osnovnih škola. ' +
    'Zgrada je obnovljena novcem iz gradskog budžeta, a radovi su trajali dve godine.',
};

const RUNWAY = {
  title: 'Niš airport to get a longer runway by autumn, officials say',
  text:
    'Transport officials said on Monday that the airport of Niš would get a runway four hundred metres longer by the autumn. ' +
    '"The contract is signed and the works start next week," said airport director Milan Stojković. ' +
    'The longer runway will let larger aircraft land in all weather, the officials said, and the terminal will be extended next year.',
};

/** Console lines of `channel` that are instant alerts. */
const alerts = (s: StoryService, channel = 'alerts') => s.ledger(channel).filter((l) => l.text.startsWith('wirewatch alert'));

describe('an instant alert is not repeated from another outlet or the other script', () => {
  it('a. the Latin and the Cyrillic copy in one poll round give one alert, the other copy as "also:"', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [ALERTS], feeds: ['lat.rss', 'cyr.rss'] });
    h.writeFeed('lat.rss', 'Vesti Lat', [{ guid: 'l-1', link: '{{BASE}}/lat/1', ...LIBRARY }]);
    h.writeFeed('cyr.rss', 'Вести', [{ guid: 'c-1', link: '{{BASE}}/cyr/1', title: cyrillic(LIBRARY.title), text: cyrillic(LIBRARY.text) }]);
    await h.runTo('2026-12-01T20:10:00Z');
    const sent = alerts(h);
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toMatch(/also: (Vesti Lat|Вести)/);
    // and not in the digest either
    await h.runTo('2026-12-01T20:31:00Z');
    expect(h.ledger('alerts').filter((l) => l.text.startsWith('wirewatch digest'))).toHaveLength(0);
  }, 60_000);

  it('b. the Cyrillic copy one round after the Latin alert (after a restart) gives no second alert', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [ALERTS], feeds: ['lat.rss', 'cyr.rss'] });
    h.writeFeed('lat.rss', 'Vesti Lat', [{ guid: 'l-1', link: '{{BASE}}/lat/1', ...LIBRARY }]);
    await h.runTo('2026-12-01T20:02:00Z');
    expect(alerts(h)).toHaveLength(1);
    await h.restart('2026-12-01T20:03:00Z');
    h.writeFeed('cyr.rss', 'Вести', [{ guid: 'c-1', link: '{{BASE}}/cyr/1', title: cyrillic(LIBRARY.title), text: cyrillic(LIBRARY.text) }]);
    await h.runTo('2026-12-01T20:10:00Z');
    expect(alerts(h)).toHaveLength(1);
  }, 60_000);

  it('b2. a crash after the alert was begun: reconciled, and the later Cyrillic copy gives no second alert', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [ALERTS], feeds: ['lat.rss', 'cyr.rss'] });
    h.writeFeed('lat.rss', 'Vesti Lat', [{ guid: 'l-1', link: '{{BASE}}/lat/1', ...LIBRARY }]);
    await h.tickUntilCrash('2026-12-01T20:01:00Z', { method: 'deliveries.markSent', phase: 'before' });
    await h.crashAndRestart('2026-12-01T20:02:00Z');
    h.writeFeed('cyr.rss', 'Вести', [{ guid: 'c-1', link: '{{BASE}}/cyr/1', title: cyrillic(LIBRARY.title), text: cyrillic(LIBRARY.text) }]);
    await h.runTo('2026-12-01T20:10:00Z');
    expect(alerts(h)).toHaveLength(1);
  }, 60_000);

  it('c. a word-for-word copy from another outlet a minute later gives no second alert', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [ALERTS], feeds: ['x.rss', 'y.rss'] });
    h.writeFeed('x.rss', 'Outlet X', [{ guid: 'x-1', link: '{{BASE}}/x/runway', ...RUNWAY }]);
    await h.runTo('2026-12-01T20:01:00Z');
    expect(alerts(h)).toHaveLength(1);
    h.writeFeed('y.rss', 'Outlet Y', [{ guid: 'y-1', link: '{{BASE}}/y/niš-runway-story', ...RUNWAY }]);
    await h.runTo('2026-12-01T20:10:00Z');
    expect(alerts(h)).toHaveLength(1);
  }, 60_000);
});

describe('a follow-up needs a quote the delivered text does not hold (ADR 0163)', () => {
  const PIER: FeedItemSpec = {
    guid: 'a-1',
    link: '{{BASE}}/a/pier',
    title: 'Harbour council vows to rebuild pier after storm',
    text: [
      'The head of the Lowmoor harbour council, Peter Osgood, said on Friday that the town would rebuild the old pier "before the summer season, whatever the price."',
      '"We will not leave the fishing boats without a berth. They have waited long enough," Osgood told reporters at the harbour office.',
      'His deputy, councillor Nadia Ferris, was doubtful. "This is a pledge he cannot honour," she said. "The money is simply not there."',
      'The regional transport office declined to comment, but its spokesman, Omar Haddad, said the office was "monitoring developments".',
      'Osgood added that divers had told him the old piles were still sound.',
      '"I am staying put," said the council head, "until that pier is rebuilt."',
    ].join(' '),
  };
  const NEW_QUOTE = 'The first barge of timber arrives on Monday and the crews are ready';

  it('d. a verbatim copy from another outlet is not an update; a copy with a new quote is, once', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [NEWS], feeds: ['a.rss', 'b.rss', 'c.rss'] });
    h.writeFeed('a.rss', 'Outlet A', [PIER]);
    await h.runTo('2026-12-01T20:30:00Z');
    const news = () => h!.ledger('news').filter((l) => l.text.startsWith('wirewatch digest'));
    expect(news()).toHaveLength(1);
    expect(news()[0].text).toContain(PIER.title);
    expect(news()[0].text).not.toContain('monitoring developments'); // not among the two quotes shown

    h.writeFeed('b.rss', 'Outlet B', [{ ...PIER, guid: 'b-1', link: '{{BASE}}/b/pier-copy' }]);
    await h.runTo('2026-12-01T21:00:00Z');
    expect(
      news()
        .map((l) => l.text)
        .join('\n'),
    ).not.toContain('Update:');

    const update = {
      ...PIER,
      guid: 'c-1',
      link: '{{BASE}}/c/pier',
      text: `${PIER.text} Later on Friday the site manager, Lena Brook, spoke to the crews. "${NEW_QUOTE}," Brook said.`,
    };
    h.writeFeed('c.rss', 'Outlet C', [update]);
    await h.runTo('2026-12-01T22:00:00Z');
    const later = news()
      .slice(1)
      .map((l) => l.text)
      .join('\n');
    expect(later.split(`Update: ${PIER.title}`)).toHaveLength(2);
    expect(later).toContain(NEW_QUOTE);
    expect(later).not.toContain('monitoring developments');
  }, 60_000);
});
