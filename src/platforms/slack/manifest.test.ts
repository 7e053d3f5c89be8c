/**
 * The app manifest in the repo root must give the adapter everything it calls: the slash command it
 * listens to, Socket Mode (its default), and a scope for every Web API method it uses
 * (scopes per method: https://docs.slack.dev/reference/methods).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

interface Manifest {
  features: { slash_commands: { command: string; should_escape: boolean; url?: string }[]; bot_user: { display_name: string } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean };
}

/** Web API methods → the bot scopes that allow them (any one of the list). */
const NEEDS: Record<string, string[][]> = {
  'chat.postMessage': [['chat:write']],
  'conversations.history': [['channels:history'], ['groups:history']],
  'users.info': [['users:read']],
  'conversations.open': [['im:write']],
  'files.getUploadURLExternal': [['files:write']],
  'files.completeUploadExternal': [['files:write']],
};

describe('slack-manifest.yaml', () => {
  const manifest = parse(readFileSync(join(repo, 'slack-manifest.yaml'), 'utf8')) as Manifest;

  it('declares /wirewatch (unescaped text), Socket Mode, and exactly the scopes of the issue', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/wirewatch']);
    expect(manifest.features.slash_commands[0].should_escape).toBe(false);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'channels:history',
      'chat:write',
      'chat:write.public',
      'commands',
      'files:write',
      'groups:history',
      'im:write',
      'users:read',
    ]);
  });

  it('has a scope for every Web API method the adapter calls', () => {
    const source = readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(here, f), 'utf8'))
      .join('\n');
    const called = [...source.matchAll(/client\.([a-z]+)\.([a-zA-Z]+)\(/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(new Set(called)).toEqual(
      new Set([
        'chat.postMessage',
        'conversations.history',
        'conversations.open',
        'users.info',
        'auth.test',
        'files.getUploadURLExternal',
        'files.completeUploadExternal',
      ]),
    );
    for (const method of called) {
      if (method === 'auth.test') continue; // needs no scope
      const options = NEEDS[method];
      expect(options, method).toBeDefined();
      for (const scopes of options) for (const s of scopes) expect(manifest.oauth_config.scopes.bot).toContain(s);
    }
  });
});
