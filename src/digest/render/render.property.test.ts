import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Digest, DigestEntry, DigestQuote } from '../../model/digest.js';
import { renderDiscord, withDeliveryKey as discordKey } from './discord/index.js';
import { renderSlack, withDeliveryKey as slackKey } from './slack/index.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { checkDiscord, checkSlack } from './testdata/checks.js';

/** Pieces an attacker would put into a headline, a quote or an outlet name. */
const HOSTILE = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!42>',
  '<@&987654321>',
  '<#555555555>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U012ABCDEF>',
  '<#C0123|general>',
  '@channel',
  '**',
  '__',
  '~~',
  '`',
  '```',
  '||',
  '>',
  '> ',
  '\n# Title\n',
  '\n- item',
  '1. ',
  '[click](javascript:alert(1))',
  '[x](https://evil.example)',
  '<https://evil.example|ok>',
  '](',
  '\\',
  '&amp;',
  '&',
  '<',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u001b[31m',
  '\r\n',
  '\u2028',
  '😀',
  '\ud83d',
  'Ћирилица',
  ':warning:',
  '<t:1700000000:R>',
  '#',
  'http://x.example/a',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const longText = fc.oneof(
  hostileText,
  hostileText.map((s) => s.repeat(40)),
  fc.tuple(fc.string({ minLength: 1, maxLength: 60 }), fc.integer({ min: 50, max: 120 })).map(([s, n]) => `${s} `.repeat(n)),
);
const link = fc.oneof(
  fc.constant(null),
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://x.example/f', '//evil.example', 'http://ok.example/a b(c)|d>e<f', 'mailto:a@b.c'),
);

const quote: fc.Arbitrary<DigestQuote> = fc.record({
  kind: fc.constantFrom('direct', 'partial', 'indirect'),
  text: longText,
  speaker: fc.option(hostileText),
  speakerRole: fc.option(hostileText),
  link,
  outlet: fc.option(hostileText),
  salience: fc.double({ min: 0, max: 1, noNaN: true }),
});

const entry: fc.Arbitrary<DigestEntry> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  title: longText,
  link,
  outlet: fc.option(hostileText),
  alsoIn: fc.array(fc.record({ outlet: hostileText, link }), { maxLength: 30 }),
  published: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })),
  topics: fc.constant(['t']),
  why: fc.array(fc.record({ topicId: fc.constant('t'), term: hostileText, forms: fc.array(hostileText, { maxLength: 5 }) }), { maxLength: 6 }),
  quotes: fc.array(quote, { maxLength: 4 }),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
});

const digest: fc.Arbitrary<Digest> = fc.record({
  id: fc.constant('0123456789ab'),
  subscriptionId: fc.option(fc.string()),
  windowStart: fc.constant(new Date('2026-11-26T12:00:00Z')),
  windowEnd: fc.constant(new Date('2026-11-27T12:00:00Z')),
  timezone: fc.constantFrom('Europe/Belgrade', 'UTC', 'America/New_York', 'Not/AZone'),
  locale: fc.constantFrom('en-GB', 'sr-Cyrl-RS', 'sq', 'xx-invalid-locale-!!'),
  sections: fc.array(fc.record({ topicId: fc.constant('t'), topicName: longText, entries: fc.array(entry, { minLength: 1, maxLength: 25 }) }), {
    maxLength: 3,
  }),
  notices: fc.array(fc.record({ kind: fc.constantFrom('feed_failing', 'subscription_paused'), message: longText }), { maxLength: 40 }),
});

const KEY = 'ww-0123456789ab-00000001'; // 24 characters, within Discord's 25-character nonce

describe('rendering random hostile digests', () => {
  it('Discord: every message within every limit, no live mention, only http(s) links, every story once', () => {
    fc.assert(
      fc.property(digest, (d) => {
        const payloads = discordKey(renderDiscord(d), KEY);
        checkDiscord(payloads);
        const stories = payloads.flatMap((p) => p.embeds.filter((e) => e.author !== undefined));
        expect(stories).toHaveLength(d.sections.reduce((n, s) => n + s.entries.length, 0));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('Slack: every message within every limit, no live mention, only http(s) links, every story once', () => {
    fc.assert(
      fc.property(digest, (d) => {
        const payloads = slackKey(renderSlack(d), KEY);
        checkSlack(payloads);
        const stories = payloads.flatMap((p) => p.blocks.filter((b) => b.type === 'section' && b.text?.text.startsWith('*')));
        expect(stories).toHaveLength(d.sections.reduce((n, s) => n + s.entries.length, 0));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('text and markdown: no control characters, no bidi overrides, no non-http(s) links', () => {
    fc.assert(
      fc.property(digest, (d) => {
        for (const out of [renderText(d), renderMarkdown(d)]) {
          // eslint-disable-next-line no-control-regex
          expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
        expect(renderMarkdown(d)).not.toMatch(/(?<!\\)\]\((?!https?:\/\/)/);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
