/**
 * The default digest locale (ADR 0303) is the one the README, docs/digests.md, the demo and
 * config/wirewatch.yaml show: English with day-month dates and a 24-hour clock.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load.js';
import { DEFAULTS } from '../commands/deps.js';
import { DEFAULT_LOCALE } from '../model/digest.js';
import { composeDigest } from './compose.js';
import { formatTime } from './render/format.js';

const root = new URL('../../', import.meta.url);
const at = new Date('2026-11-27T09:30:00Z');

describe('the default digest locale', () => {
  it('is en-GB wherever no locale is set: the config, chat commands, a digest without a subscription', () => {
    expect(DEFAULT_LOCALE).toBe('en-GB');
    expect(defaultConfig().digests.locale).toBe(DEFAULT_LOCALE);
    expect(DEFAULTS.locale).toBe(DEFAULT_LOCALE);
    const window = { start: new Date('2026-11-26T12:00:00Z'), end: new Date('2026-11-27T12:00:00Z') };
    expect(composeDigest({ subscription: null, items: [], topics: [], window }).locale).toBe(DEFAULT_LOCALE);
  });

  it('dates a story as the README and docs/digests.md show it (27 Nov 2026, 09:30), not US-style', () => {
    const shown = formatTime({ locale: defaultConfig().digests.locale, timezone: 'UTC' }, at);
    expect(shown).toBe('27 Nov 2026, 09:30');
    expect(readFileSync(new URL('README.md', root), 'utf8')).toContain(`KoSSev English · ${shown} ·`);
    expect(readFileSync(new URL('docs/digests.md', root), 'utf8')).toMatch(/KoSSev English · 27 Nov 2026, 10:30 ·/);
    expect(formatTime({ locale: 'en-US', timezone: 'UTC' }, at)).toMatch(/^Nov 27, 2026, 9:30\sAM$/);
  });
});
