/** Every label, count, date and notice of a rendered digest in the channel's language. */
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../model/digest.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { renderDiscord } from './discord/index.js';
import { renderSlack } from './slack/index.js';

function digest(locale: string, stories = 2): Digest {
  const entry = (i: number) => ({
    id: `e${i}`,
    title: `Naslov ${i}`,
    link: `https://outlet.example/${i}`,
    outlet: 'Vesti',
    alsoIn: [{ outlet: 'Koha', link: null }],
    published: new Date('2026-11-27T09:30:00Z'),
    topics: ['kosovo'],
    why: [{ topicId: 'kosovo', term: 'Kosovo', forms: ['Kosovu'] }],
    quotes: [
      {
        kind: 'direct' as const,
        text: 'Ovo su reči govornika.',
        speaker: 'Ana Petrović',
        speakerRole: 'ministarka',
        link: null,
        outlet: 'Koha',
        salience: 0.5,
      },
      {
        kind: 'indirect' as const,
        text: 'Ona je rekla da se razgovori nastavljaju.',
        speaker: 'Ana Petrović',
        speakerRole: null,
        link: null,
        outlet: 'Vesti',
        salience: 0.4,
        namesSpeaker: false,
      },
    ],
    score: 1,
  });
  return {
    id: 'x',
    subscriptionId: 's',
    windowStart: new Date('2026-11-26T12:00:00Z'),
    windowEnd: new Date('2026-11-27T12:00:00Z'),
    timezone: 'Europe/Belgrade',
    locale,
    sections: [{ topicId: 'kosovo', topicName: 'Kosovo', entries: Array.from({ length: stories }, (_, i) => entry(i)) }],
    notices: [
      {
        kind: 'feed_failing',
        message: 'Feed https://lajme.example/rss has been failing',
        feed: { url: 'https://lajme.example/rss', since: new Date('2026-11-27T08:00:00Z'), failures: 3, error: 'HTTP 503' },
      },
    ],
  };
}

describe("a digest in the channel's language", () => {
  it('Serbian (Latin): labels, counts, dates, notices and quote marks', () => {
    const text = renderText(digest('sr-Latn'));
    expect(text).toMatch(/^wirewatch pregled · 2 vesti · 26\. 11\. 2026\. 13:00\s–\s27\. 11\. 2026\. 13:00 \(Europe\/Belgrade\)/);
    expect(text).toContain('! Izvor ne radi: https://lajme.example/rss ne radi od 27. 11. 2026. 09:00 (3 neuspela pokušaja zaredom): HTTP 503');
    expect(text).toContain('Takođe: Koha');
    expect(text).toContain('„Ovo su reči govornika.“ — Ana Petrović, ministarka (izvor: Koha)');
    expect(text).toContain('Iz teksta: Ona je rekla da se razgovori nastavljaju. (Ana Petrović)');
    expect(text).toContain('Zašto: Kosovo (Kosovu)');
    expect(text).not.toMatch(/\b(also|why|reported|stories|story|feed failing)\b/);
  });

  it('Serbian (Cyrillic) and Albanian summaries and labels', () => {
    const cyr = renderText(digest('sr-Cyrl', 5));
    expect(cyr).toContain('wirewatch преглед · 5 вести');
    expect(cyr).toContain('! Извор не ради:');
    expect(cyr).toContain('Такође: Koha');
    expect(cyr).toContain('Зашто:');
    const sq = renderText(digest('sq', 1));
    expect(sq).toMatch(/^wirewatch përmbledhje · 1 lajm · 26 nën 2026, 13:00\s–\s27 nën 2026, 13:00/);
    expect(sq).toContain('«Ovo su reči govornika.» — Ana Petrović, ministarka (burimi: Koha)');
    expect(sq).toContain('Nga teksti: Ona je rekla');
    expect(sq).toContain('Pse: Kosovo');
    expect(sq).toContain('(3 dështime radhazi)');
  });

  it('every platform uses the same language', () => {
    const d = digest('sr-Latn');
    expect(renderMarkdown(d)).toContain('> **Izvor ne radi:**');
    expect(renderMarkdown(d)).toContain('<sub>Zašto: Kosovo \\(Kosovu\\)</sub>');
    const discord = renderDiscord(d);
    expect(discord[0].content).toContain('wirewatch pregled · 2 vesti');
    expect(discord[0].embeds[0].title).toBe('Obaveštenja');
    expect(discord[0].embeds[1].description).toContain('-# Zašto:');
    const slack = renderSlack(d);
    expect(slack[0].blocks[0]).toMatchObject({ type: 'header', text: { text: 'wirewatch pregled · 2 vesti' } });
    expect(JSON.stringify(slack)).toContain('Iz teksta:');
  });

  it('an empty digest and an instant alert', () => {
    const empty = { ...digest('sr-Latn'), sections: [], notices: [] };
    expect(renderText(empty)).toContain('wirewatch pregled · nema novih vesti');
    expect(renderText(empty)).toContain('U ovom periodu nema novih vesti o vašim temama.');
    expect(renderText({ ...digest('en', 1), kind: 'alert', notices: [] }).split('\n')[0]).toMatch(/^wirewatch alert · /);
    expect(renderSlack({ ...digest('sq', 1), kind: 'alert', notices: [] })[0].blocks[0]).toMatchObject({ text: { text: 'wirewatch · lajm i fundit' } });
  });
});
