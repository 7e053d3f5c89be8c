/**
 * Issue 24: one hostile story must not block a channel's digest. Every field of every story 100 KB
 * long (title, outlet, topic name, quote, speaker, notices): the payloads still fit every platform
 * limit, so the builders' validation and Slack's `invalid_blocks` never refuse the digest.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, DigestEntry } from '../../model/digest.js';
import { renderDiscord, withDeliveryKey as discordKey } from './discord/index.js';
import { renderSlack, withDeliveryKey as slackKey } from './slack/index.js';
import { checkDiscord, checkSlack } from './testdata/checks.js';

const HUGE = 'Huge words of a hostile outlet. '.repeat(3200); // ~100 KB

function entry(i: number): DigestEntry {
  return {
    id: `e${i}`,
    title: HUGE,
    link: `http://127.0.0.1/${i}`,
    outlet: HUGE,
    alsoIn: [{ outlet: HUGE, link: 'http://127.0.0.1/also' }],
    published: new Date('2026-11-27T10:00:00Z'),
    topics: ['t'],
    why: [{ topicId: 't', term: HUGE, forms: [HUGE] }],
    quotes: [{ kind: 'direct', text: HUGE, speaker: HUGE, speakerRole: HUGE, link: 'http://127.0.0.1/q', outlet: HUGE, salience: 1 }],
    score: 1,
  };
}

const digest: Digest = {
  id: '0123456789ab',
  subscriptionId: 's',
  windowStart: new Date('2026-11-26T12:00:00Z'),
  windowEnd: new Date('2026-11-27T12:00:00Z'),
  timezone: 'UTC',
  locale: 'en-GB',
  sections: [{ topicId: 't', topicName: HUGE, entries: [entry(1), entry(2), entry(3)] }],
  notices: [{ kind: 'feed_failing', message: HUGE }],
} as Digest;

const KEY = 'ww-0123456789ab-00000001';

describe('100 KB fields (issue 24)', () => {
  it('Discord: every message within every limit and every story present', () => {
    const payloads = discordKey(renderDiscord(digest), KEY);
    checkDiscord(payloads);
    expect(payloads.flatMap((p) => p.embeds.filter((e) => e.author !== undefined))).toHaveLength(3);
  });

  it('Slack: every message within every limit and every story present', () => {
    const payloads = slackKey(renderSlack(digest), KEY);
    checkSlack(payloads);
    expect(payloads.flatMap((p) => p.blocks.filter((b) => b.type === 'section' && b.text?.text.startsWith('*')))).toHaveLength(3);
  });
});

describe('the fit pass on its own', () => {
  it('splits a Discord message over 6000 characters and cuts without leaving half a link', async () => {
    const { fitDiscordPayloads, cutMarkdown } = await import('./discord/index.js');
    const embed = (n: number) => ({ title: `Story ${n}`, description: 'x'.repeat(3000), author: { name: 'topic' } });
    const out = fitDiscordPayloads([{ content: 'digest', embeds: [embed(1), embed(2), embed(3)], allowed_mentions: { parse: [] } }]);
    expect(out.length).toBeGreaterThan(1);
    expect(out.flatMap((p) => p.embeds.map((e) => e.title))).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(cutMarkdown('see [the passage](https://127.0.0.1/a-long-path)', 30)).toBe('see …');
  });

  it('drops a Discord embed link longer than Discord takes (2048) and keeps the title', async () => {
    const payloads = discordKey(
      renderDiscord({
        ...digest,
        sections: [{ topicId: 't', topicName: 'T', entries: [{ ...entry(1), title: 'Long link', link: `http://127.0.0.1/${'a'.repeat(3000)}` }] }],
      }),
      KEY,
    );
    const story = payloads.flatMap((p) => p.embeds).find((e) => e.title === 'Long link')!;
    expect(story.url).toBeUndefined();
    const short = discordKey(renderDiscord({ ...digest, sections: [{ topicId: 't', topicName: 'T', entries: [{ ...entry(1), title: 'Short link' }] }] }), KEY);
    expect(short.flatMap((p) => p.embeds).find((e) => e.title === 'Short link')!.url).toBe('http://127.0.0.1/1');
  });

  it('splits a Slack message over 50 blocks and cuts mrkdwn without leaving half a link', async () => {
    const { fitSlackPayloads, cutMrkdwn } = await import('./slack/index.js');
    const blocks = Array.from({ length: 120 }, (_, i) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text: `story ${i}` } }));
    const out = fitSlackPayloads([{ blocks, text: 'digest', unfurl_links: false, unfurl_media: false }]);
    expect(out.map((p) => p.blocks.length)).toEqual([49, 49, 22]);
    expect(cutMrkdwn('read <https://127.0.0.1/a|the story> now', 20)).toBe('read …');
  });
});
