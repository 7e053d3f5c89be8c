/**
 * The smaller forms a refused payload is posted in (ADR 0241): every story keeps its title at every
 * level, the delivery key (Discord footer, Slack closing block and metadata) is kept, each level is
 * smaller than the one before, and the Discord forms lose their links from level 2.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, DigestEntry } from '../../model/digest.js';
import { renderDiscord, withDeliveryKey as discordKey } from './discord/index.js';
import { renderSlack, withDeliveryKey as slackKey } from './slack/index.js';
import { DISCORD_SHRINK_LEVELS, messageEmbedChars, shrinkDiscordPayload } from './discord/shrink.js';
import { SLACK_SHRINK_LEVELS, shrinkSlackPayload, unlinkMrkdwn } from './slack/shrink.js';

const LONG = 'Officials said the talks would resume next week in Brussels, with both delegations present. '.repeat(12);

function entry(i: number): DigestEntry {
  return {
    id: `e${i}`,
    title: `Story number ${i} about the talks`,
    link: `http://127.0.0.1/story/${i}`,
    outlet: `Outlet ${i}`,
    alsoIn: [],
    published: new Date('2026-11-27T10:00:00Z'),
    topics: ['t'],
    why: [{ topicId: 't', term: 'talks', forms: ['talks'] }],
    quotes: [1, 2, 3].map((q) => ({
      kind: 'direct',
      text: `${q}: ${LONG}`,
      speaker: 'A Minister',
      speakerRole: null,
      link: `http://127.0.0.1/story/${i}#q${q}`,
      outlet: `Outlet ${i}`,
      salience: 1,
    })),
    score: 1,
  };
}

const digest = {
  id: '0123456789ab',
  subscriptionId: 's',
  windowStart: new Date('2026-11-26T12:00:00Z'),
  windowEnd: new Date('2026-11-27T12:00:00Z'),
  timezone: 'UTC',
  locale: 'en-GB',
  sections: [{ topicId: 't', topicName: 'Talks', entries: [1, 2, 3, 4, 5].map(entry) }],
  notices: [],
} as unknown as Digest;
const KEY = 'ww-0123456789ab-00000001';
const titles = [1, 2, 3, 4, 5].map((i) => `Story number ${i} about the talks`);

describe('shrinkDiscordPayload', () => {
  it('keeps every story title and the delivery footer at every level, each level smaller, no links from level 2', () => {
    const [p] = discordKey(renderDiscord(digest), KEY);
    expect(p.embeds.length).toBeGreaterThanOrEqual(2);
    let before = messageEmbedChars(p);
    for (let level = 1; level <= DISCORD_SHRINK_LEVELS; level++) {
      const s = shrinkDiscordPayload(p, level);
      const text = JSON.stringify(s.embeds);
      for (const e of p.embeds.filter((x) => x.title)) expect(text, `level ${level}`).toContain(e.title);
      expect(s.embeds).toHaveLength(p.embeds.length);
      expect(s.embeds.at(-1)!.footer).toEqual(p.embeds.at(-1)!.footer);
      expect(messageEmbedChars(s)).toBeLessThan(before);
      before = messageEmbedChars(s);
      if (level >= 2) expect(text).not.toContain('http://');
      else expect(s.embeds.some((e) => e.url === 'http://127.0.0.1/story/1')).toBe(true);
    }
  });
});

describe('shrinkSlackPayload', () => {
  it('keeps every story title, the key block and the metadata at every level, each level smaller, no links from level 2', () => {
    const [p] = slackKey(renderSlack(digest), KEY);
    let before = JSON.stringify(p.blocks).length + p.text.length;
    for (let level = 1; level <= SLACK_SHRINK_LEVELS; level++) {
      const s = shrinkSlackPayload(p, level);
      const all = JSON.stringify(s.blocks) + s.text;
      for (const t of titles) expect(all, `level ${level}`).toContain(t);
      expect(s.blocks.at(-1)).toEqual(p.blocks.at(-1));
      expect(s.metadata).toEqual(p.metadata);
      const size = JSON.stringify(s.blocks).length + s.text.length;
      expect(size).toBeLessThan(before);
      before = size;
      if (level >= 2) expect(all).not.toContain('http://');
    }
    expect(shrinkSlackPayload(p, 3).blocks).toHaveLength(1);
  });

  it('unlinks Slack link markup to its label', () => {
    expect(unlinkMrkdwn('*<http://127.0.0.1/a|The story>* and <https://127.0.0.1/b>')).toBe('*The story* and https://127.0.0.1/b');
  });
});
