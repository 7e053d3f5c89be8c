/**
 * "+N more" overflow in every rendering: each story over a section's cap gets its own line (headline
 * and link) within the platform's limits, however many there are.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, DigestEntry, DigestOverflowLine } from '../../model/digest.js';
import { renderDiscord } from './discord/index.js';
import { renderSlack } from './slack/index.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { checkDiscord, checkSlack } from './testdata/checks.js';

function entry(i: number, topic: string): DigestEntry {
  return {
    id: `e${i}`,
    title: `Entry story ${i}`,
    link: `https://a.example/e/${i}`,
    outlet: 'Outlet',
    alsoIn: [],
    published: new Date('2026-11-27T10:00:00Z'),
    topics: [topic],
    why: [],
    quotes: [],
    score: 1,
    itemIds: [`e${i}`],
  };
}
function more(i: number): DigestOverflowLine {
  // Long headlines and links, hostile text: the worst case for the limits.
  return {
    id: `m${i}`,
    title: `Overflow story ${i} @everyone <@123> ${'long headline words '.repeat(12)}`,
    link: `https://b.example/${'path/'.repeat(30)}${i}?q=${i}`,
    outlet: `Outlet ${i % 7}`,
    itemIds: [`m${i}`],
  };
}

/** 3 topics, 10 entries each, 170 stories over the caps: a burst of 200. */
function burst(): Digest {
  const sections = ['kosovo', 'serbia', 'albania'].map((t, k) => ({
    topicId: t,
    topicName: t,
    entries: Array.from({ length: 10 }, (_, i) => entry(k * 100 + i, t)),
    more: Array.from({ length: [80, 60, 30][k] }, (_, i) => more(k * 100 + i)),
  }));
  return {
    id: 'd',
    subscriptionId: 's',
    windowStart: new Date('2026-11-27T00:00:00Z'),
    windowEnd: new Date('2026-11-27T12:00:00Z'),
    timezone: 'UTC',
    locale: 'en',
    sections,
    notices: [],
  };
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe('overflow rendering', () => {
  const d = burst();
  const ids = d.sections.flatMap((s) => (s.more ?? []).map((m) => Number(m.id.slice(1))));

  it('text: a "+N more" block per section, one line per story with its link', () => {
    const t = renderText(d);
    expect(t).toContain('+80 more in kosovo:');
    for (const i of ids) expect(count(t, new RegExp(`Overflow story ${i} `, 'g'))).toBe(1);
    for (const i of ids) expect(t).toContain(`/path/${i}?q=${i}`);
    expect(t.startsWith('wirewatch digest · 200 stories')).toBe(true);
  });

  it('markdown: one linked line per story', () => {
    const t = renderMarkdown(d);
    for (const i of ids) expect(count(t, new RegExp(`Overflow story ${i} `, 'g'))).toBe(1);
  });

  it('discord: every overflow story linked once, messages within limits, no mention', () => {
    const payloads = renderDiscord(d);
    checkDiscord(payloads);
    const all = JSON.stringify(payloads);
    for (const i of ids) {
      expect(count(all, new RegExp(`Overflow story ${i} `, 'g'))).toBe(1);
      expect(all).toContain(`/path/${i}?q=${i})`);
    }
    expect(all).not.toMatch(/@everyone/);
  });

  it('slack: every overflow story linked once, messages within limits', () => {
    const payloads = renderSlack(d);
    checkSlack(payloads);
    const blocks = JSON.stringify(payloads.map((p) => p.blocks));
    for (const i of ids) {
      expect(count(blocks, new RegExp(`Overflow story ${i} `, 'g'))).toBe(1);
      expect(blocks).toContain(`/path/${i}?q=${i}|`);
    }
  });
});
