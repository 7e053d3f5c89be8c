/** The channel's language is set per subscription by the slash commands and refused when unknown. */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Command, CommandName, Invoker } from './command.js';
import { createCommands } from './handler.js';
import { parseCommandText } from '../platforms/slack/command-text.js';
import { commandDefinitions } from '../platforms/discord/definitions.js';
import { parseConfig } from '../config/load.js';

const mod: Invoker = { userId: 'u-mod', canEditWatchlists: false, canManageSubscriptions: true };

function setup() {
  const clock = new ManualClock('2026-11-29T12:00:00Z');
  const store = createMemoryStore({ clock });
  const { handle } = createCommands({
    store,
    clock,
    preview: async () => {
      throw new Error('not used');
    },
    fetchOpml: async () => '',
    validateTerm: () => {},
    matchTopics: () => () => [],
  });
  const run = (name: CommandName, options: Command['options'] = {}) =>
    handle({ name, platform: 'slack', workspace: 'T1', channel: 'C1', invoker: mod, options });
  return { store, run };
}

describe("the channel's language", () => {
  it('subscribe sets it, keeps it when not given, and status shows it', async () => {
    const { store, run } = setup();
    const r = await run('subscribe', { locale: 'sr-latn' });
    expect(r.text).toContain('in `sr-Latn`');
    expect((await store.subscriptions.findSubscription('slack', 'T1', 'C1'))!.locale).toBe('sr-Latn');
    await run('subscribe', { time: '09:00' });
    expect((await store.subscriptions.findSubscription('slack', 'T1', 'C1'))!.locale).toBe('sr-Latn');
    expect((await run('status')).text).toContain('Language: `sr-Latn`');
  });

  it('an unknown locale is refused with the list of supported ones, and nothing changes', async () => {
    const { store, run } = setup();
    await run('subscribe', { locale: 'sq' });
    const r = await run('subscribe', { locale: 'de' });
    expect(r.ephemeral).toBe(true);
    expect(r.text).toBe('Unknown language `de`. Supported: `en`, `sr-Latn`, `sr-Cyrl`, `sq` (or a regional variant such as `en-GB`).');
    expect((await store.subscriptions.findSubscription('slack', 'T1', 'C1'))!.locale).toBe('sq');
  });

  it('the Slack command takes locale=…, lang=… or a tag with a script or region', () => {
    expect(parseCommandText('subscribe kosovo 08:30 Europe/Belgrade sr-Latn')).toEqual({
      name: 'subscribe',
      options: { topics: 'kosovo', time: '08:30', timezone: 'Europe/Belgrade', locale: 'sr-Latn' },
    });
    expect(parseCommandText('subscribe locale=sq')).toEqual({ name: 'subscribe', options: { locale: 'sq' } });
    expect(parseCommandText('subscribe lang=sr-Cyrl kosovo')).toEqual({ name: 'subscribe', options: { locale: 'sr-Cyrl', topics: 'kosovo' } });
  });

  it('Discord /digest subscribe offers exactly the supported languages', () => {
    const digest = commandDefinitions().find((c) => c.name === 'digest')!;
    const sub = digest.options!.find((o) => o.name === 'subscribe') as { options: { name: string; choices?: { value: string }[] }[] };
    expect(sub.options.find((o) => o.name === 'locale')!.choices!.map((c) => c.value)).toEqual(['en', 'sr-Latn', 'sr-Cyrl', 'sq']);
  });

  it('the config refuses an unknown locale with file, line and key, and accepts regional variants', () => {
    expect(() => parseConfig('subscriptions:\n  - platform: console\n    locale: fr\n', 'x.yaml')).toThrow(
      /x\.yaml:3:\d+: subscriptions\[0\]\.locale: unsupported locale "fr"; supported: en, sr-Latn, sr-Cyrl, sq/,
    );
    expect(parseConfig('digests:\n  locale: sr-Latn-RS\n', 'x.yaml').digests.locale).toBe('sr-Latn-RS');
  });
});
