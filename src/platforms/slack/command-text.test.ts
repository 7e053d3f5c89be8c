import { describe, expect, it } from 'vitest';
import type { CommandName } from '../../commands/command.js';
import { HELP_TEXT } from '../../commands/handler.js';
import { parseCommandText, SLACK_HELP_TEXT, tokenize, unescapeSlackText } from './command-text.js';

const ok = (text: string) => {
  const r = parseCommandText(text);
  if ('error' in r) throw new Error(`did not parse: ${text}: ${r.error}`);
  return r;
};

describe('parseCommandText (/wirewatch …)', () => {
  it('reaches every neutral command (parity with Discord)', () => {
    const cases: [string, CommandName][] = [
      ['', 'help'],
      ['help', 'help'],
      ['subscribe', 'subscribe'],
      ['unsubscribe', 'unsubscribe'],
      ['status', 'status'],
      ['digest', 'digest'],
      ['schedule', 'schedule'],
      ['alerts on', 'alerts'],
      ['watch add t x', 'watch add'],
      ['watch remove t', 'watch remove'],
      ['watch list', 'watch list'],
      ['watchlist', 'watch list'],
      ['watch preview t', 'watch preview'],
      ['feed add https://a.example/f', 'feed add'],
      ['feed remove https://a.example/f', 'feed remove'],
      ['feed list', 'feed list'],
      ['feed import https://a.example/f.opml', 'feed import'],
    ];
    for (const [text, name] of cases) expect(ok(text).name, text).toBe(name);
    const names = new Set(cases.map((c) => c[1]));
    expect([...names].sort()).toEqual(
      [
        'subscribe',
        'unsubscribe',
        'status',
        'digest',
        'schedule',
        'alerts',
        'help',
        'watch add',
        'watch remove',
        'watch list',
        'watch preview',
        'feed add',
        'feed remove',
        'feed list',
        'feed import',
      ].sort(),
    );
  });

  it('subscribe: topics, a time with a day word and a zone in any order; key=value works too', () => {
    expect(ok('subscribe kosovo, serbia 08:30 weekdays Europe/Belgrade').options).toEqual({
      topics: 'kosovo,serbia',
      time: '08:30 weekdays',
      timezone: 'Europe/Belgrade',
    });
    expect(ok('subscribe UTC 7:00,19:00 kosovo').options).toEqual({ topics: 'kosovo', time: '7:00,19:00', timezone: 'UTC' });
    expect(ok('subscribe time="0 8 * * 1-5" tz=America/Argentina/Buenos_Aires').options).toEqual({
      time: '0 8 * * 1-5',
      timezone: 'America/Argentina/Buenos_Aires',
    });
    expect(ok('subscribe').options).toEqual({});
    expect(ok('schedule 09:15 Europe/Tirane').options).toEqual({ time: '09:15', timezone: 'Europe/Tirane' });
    expect(parseCommandText('schedule tomorrow')).toMatchObject({ error: expect.stringContaining('`tomorrow`') });
  });

  it('watch: the topic, then the rest of the line as the term with its quotes; name and priority as options', () => {
    expect(ok('watch add kosovo "Resolution 1244" name="UN resolution" priority=instant').options).toEqual({
      topic: 'kosovo',
      term: '"Resolution 1244"',
      name: 'UN resolution',
      priority: 'instant',
    });
    expect(ok('watch add eu Lajčák NEAR/5 Brussels').options).toEqual({ topic: 'eu', term: 'Lajčák NEAR/5 Brussels' });
    // Slack clients turn quotes curly; term syntax needs straight ones
    expect(ok('watch add kosovo “Resolution 1244”').options.term).toBe('"Resolution 1244"');
    expect(ok('watch preview kosovo Pristina days=14').options).toEqual({ topic: 'kosovo', term: 'Pristina', days: '14' });
    expect(ok('watch remove kosovo').options).toEqual({ topic: 'kosovo' });
    expect(parseCommandText('watch add kosovo')).toHaveProperty('error');
    expect(parseCommandText('watch frob')).toHaveProperty('error');
  });

  it('feed: URLs as typed or wrapped by Slack (<url> / <url|label>, &amp;)', () => {
    expect(ok('feed add <https://news.example/rss?a=1&amp;b=2>').options).toEqual({ url: 'https://news.example/rss?a=1&b=2' });
    expect(ok('feed import <https://news.example/list.opml|news.example/list.opml>').options).toEqual({ url: 'https://news.example/list.opml' });
    expect(ok('feed add url=https://x.example/f').options).toEqual({ url: 'https://x.example/f' });
    expect(parseCommandText('feed add')).toHaveProperty('error');
    expect(parseCommandText('feed add https://a.example https://b.example')).toHaveProperty('error');
  });

  it('digest preview and alerts state', () => {
    expect(ok('digest preview').options).toEqual({ preview: 'true' });
    expect(ok('digest').options).toEqual({});
    expect(parseCommandText('digest now please')).toHaveProperty('error');
    expect(ok('alerts OFF').options).toEqual({ state: 'off' });
    expect(parseCommandText('alerts')).toHaveProperty('error');
  });

  it('unknown commands say so, safely', () => {
    const r = parseCommandText('`rm -rf` now');
    expect(r).toEqual({ error: expect.stringContaining('Unknown command') });
    expect((r as { error: string }).error).not.toContain('``');
  });

  it('trend: the topic and optional days, as words or key=value', () => {
    expect(parseCommandText('trend kosovo 14')).toEqual({ name: 'trend', options: { topic: 'kosovo', days: '14' } });
    expect(parseCommandText('trend topic=kosovo days=30')).toEqual({ name: 'trend', options: { topic: 'kosovo', days: '30' } });
    expect(parseCommandText('trend')).toEqual({ error: expect.stringContaining('/wirewatch trend <topic>') });
    expect(parseCommandText('trend kosovo many days')).toEqual({ error: expect.stringContaining('/wirewatch trend <topic>') });
  });

  it('quotes: the words name the speaker, options as key=value', () => {
    expect(parseCommandText('quotes Aleksandar Vučić topic=kosovo since=7d page=2')).toEqual({
      name: 'quotes',
      options: { speaker: 'Aleksandar Vučić', topic: 'kosovo', since: '7d', page: '2' },
    });
    expect(parseCommandText('quotes outlet="Koha Ditore"')).toEqual({ name: 'quotes', options: { outlet: 'Koha Ditore' } });
    expect(parseCommandText('quotes speaker=Kurti extra')).toEqual({ error: expect.stringContaining('did not understand') });
  });

  it('tokenize keeps quoted runs together and unescapes nothing it should not', () => {
    expect(tokenize('a "b c" d="e f"').map((t) => [t.raw, t.value, t.key])).toEqual([
      ['a', 'a', undefined],
      ['"b c"', 'b c', undefined],
      ['d="e f"', 'd="e f"', undefined],
    ]);
    expect(unescapeSlackText('&lt;@U1&gt; &amp;amp;')).toBe('<@U1> &amp;');
  });

  it('the Slack help names every command the neutral help names', () => {
    for (const word of [
      'subscribe',
      'unsubscribe',
      'schedule',
      'alerts',
      'digest',
      'digest preview',
      'watch add',
      'watch remove',
      'watch preview',
      'feed add',
      'feed remove',
      'feed import',
      'status',
      'watch list',
      'feed list',
      'help',
    ]) {
      expect(HELP_TEXT).toContain(word);
      expect(SLACK_HELP_TEXT).toContain(`/wirewatch ${word}`);
    }
  });
});
