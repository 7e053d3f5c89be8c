/**
 * No crash on any ill-formed document: random damage to real feeds (truncation, stray markup
 * characters, random bytes) gives a ParsedFeed or a WirewatchError('not_a_feed'), nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { parseFeed } from './parse-feed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The newsroom feeds, as the demo ships them. */
const NEWSROOM = path.resolve(here, '../../../config/demo');
const seeds = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss'].map((f) => fs.readFileSync(path.join(NEWSROOM, f)));

/** A uniform fraction in [0, 1] (fc.double favours values near 0). */
const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

const damage = fc.record({
  seed: fc.integer({ min: 0, max: seeds.length - 1 }),
  cut: unit,
  inserts: fc.array(
    fc.record({
      at: unit,
      text: fc.constantFrom('&', '<', '>', ']]>', '<![CDATA[', '</item>', '<item>', '&nbsp;', '\u0000', '\uFFFF', '"', '<!DOCTYPE x [<!ENTITY a "b">]>'),
    }),
    { maxLength: 6 },
  ),
  bytes: fc.array(fc.record({ at: unit, b: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
});

describe('parseFeed on damaged feeds', () => {
  it('returns a feed or throws not_a_feed, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async ({ seed, cut, inserts, bytes }) => {
        let buf = Buffer.from(seeds[seed]);
        for (const { at, text } of inserts) {
          const i = Math.floor(at * buf.length);
          buf = Buffer.concat([buf.subarray(0, i), Buffer.from(text, 'utf8'), buf.subarray(i)]);
        }
        for (const { at, b } of bytes) buf[Math.min(buf.length - 1, Math.floor(at * buf.length))] = b;
        buf = buf.subarray(0, Math.max(0, Math.floor(buf.length * (0.2 + 0.8 * cut))));
        try {
          const r = await parseFeed(buf, { contentType: 'application/rss+xml' });
          expect(Array.isArray(r.items)).toBe(true);
          for (const item of r.items) expect(typeof item.key).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(WirewatchError);
          expect((e as WirewatchError).code).toBe('not_a_feed');
        }
      }),
      { numRuns: 40, seed: 20261127 },
    );
  }, 90_000);
});
