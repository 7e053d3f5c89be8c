import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, parseConfig, type ConfigProblem } from './load.js';
import { envSettings } from './env.js';
import { loadSecrets } from './secrets.js';
import { parseDuration } from './duration.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');

function problems(text: string, env: NodeJS.ProcessEnv = {}): ConfigProblem[] {
  try {
    parseConfig(text, 'x.yaml', env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('reports every problem with file, line, column and key', async () => {
    const file = join(here, 'testdata', 'bad.yaml');
    const err = await loadConfig(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const byKey = new Map((err as ConfigError).problems.map((p) => [p.key, p]));
    expect(byKey.get('http.port')).toMatchObject({ file, line: 4, column: 9 });
    expect(byKey.get('http.port')!.message).toMatch(/expected number, got string "eighty"/);
    expect(byKey.get('polling.interval')).toMatchObject({ line: 6 });
    expect(byKey.get('polling.interval')!.message).toMatch(/duration such as/);
    expect(byKey.get('digests.cron')).toMatchObject({ line: 9 });
    expect(byKey.get('digests.timezone')!.message).toMatch(/IANA time zone/);
    expect(byKey.get('subscriptions[0].quietHours.from')).toMatchObject({ line: 14 });
    expect(byKey.get('subscriptions[1].platform')).toMatchObject({ line: 15 });
    expect(byKey.get('subscriptions[1].platform')!.message).toMatch(/"console", "discord", "slack"/);
    expect(byKey.get('fetchh')).toMatchObject({ line: 16, column: 1 });
    expect((err as ConfigError).message).toContain(`${file}:4:9: http.port:`);
  });

  it('rejects secrets in the YAML with a pointer to the environment', () => {
    const text = readFileSync(join(here, 'testdata', 'secret.yaml'), 'utf8');
    const [p] = problems(text);
    expect(p).toMatchObject({ key: 'discord.token', line: 3, column: 3 });
    expect(p.message).toMatch(/DISCORD_TOKEN/);
  });

  it('reports YAML syntax errors with their line', () => {
    const [p] = problems('store:\n  path: [unclosed\nhttp: {}\n');
    expect(p.message).toMatch(/YAML syntax/);
    expect(p.line).toBeGreaterThan(1);
  });

  it('fills defaults and converts durations to milliseconds', () => {
    const c = parseConfig('polling:\n  interval: 1h30m\nfeeds:\n  - https://example.org/feed\n  - { url: "https://example.org/b", interval: 600 }\n', 'x.yaml');
    expect(c.polling.interval).toBe(5_400_000);
    expect(c.polling.perHost).toBe(2);
    expect(c.digests.grace).toBe(6 * 3_600_000);
    expect(c.feeds[1]).toEqual({ url: 'https://example.org/b', interval: 600_000 });
  });

  it('applies WIREWATCH_ environment overrides and blames the variable for a bad value', () => {
    const c = parseConfig('http:\n  port: 8080\n', 'x.yaml', { WIREWATCH_HTTP_PORT: '9090', WIREWATCH_POLLING_PER_HOST: '4', WIREWATCH_FETCH_ALLOW_CIDRS: '[127.0.0.1/32]' });
    expect(c.http.port).toBe(9090);
    expect(c.polling.perHost).toBe(4);
    expect(c.fetch.allowCidrs).toEqual(['127.0.0.1/32']);
    const [p] = problems('{}', { WIREWATCH_DIGESTS_TIMEZONE: 'Mars/Olympus' });
    expect(p).toMatchObject({ file: 'environment WIREWATCH_DIGESTS_TIMEZONE', key: 'digests.timezone' });
    const names = envSettings().map((s) => s.name);
    expect(names).toContain('WIREWATCH_STORE_PATH');
    expect(names).not.toContain('WIREWATCH_FEEDS');
  });

  it('defaults follow issue 3: 15 MiB decoded body cap, 10-minute polls, backoff capped at 24 h', () => {
    const c = parseConfig('{}', 'x.yaml');
    expect(c.fetch.maxBytes).toBe(15 * 1024 * 1024);
    expect(c.polling.interval).toBe(10 * 60_000);
    expect(c.polling.backoffMax).toBe(24 * 3_600_000);
    expect(c.fetch.allowCidrs).toEqual([]);
  });

  it('reads the allow-list from WIREWATCH_ALLOW_CIDRS (list or comma-separated), keeps WIREWATCH_FETCH_ALLOW_CIDRS as an alias, and refuses both disagreeing', () => {
    expect(parseConfig('{}', 'x.yaml', { WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' }).fetch.allowCidrs).toEqual(['127.0.0.1/32']);
    expect(parseConfig('{}', 'x.yaml', { WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32, 10.0.0.0/8' }).fetch.allowCidrs).toEqual(['127.0.0.1/32', '10.0.0.0/8']);
    expect(parseConfig('fetch:\n  allowCidrs: [192.168.0.0/16]\n', 'x.yaml', { WIREWATCH_ALLOW_CIDRS: '[127.0.0.1/32, "::1/128"]' }).fetch.allowCidrs).toEqual(['127.0.0.1/32', '::1/128']);
    expect(parseConfig('{}', 'x.yaml', { WIREWATCH_FETCH_ALLOW_CIDRS: '10.1.0.0/16' }).fetch.allowCidrs).toEqual(['10.1.0.0/16']);
    expect(parseConfig('{}', 'x.yaml', { WIREWATCH_ALLOW_CIDRS: '10.1.0.0/16', WIREWATCH_FETCH_ALLOW_CIDRS: '10.1.0.0/16' }).fetch.allowCidrs).toEqual(['10.1.0.0/16']);
    const [p] = problems('{}', { WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32', WIREWATCH_FETCH_ALLOW_CIDRS: '10.0.0.0/8' });
    expect(p).toMatchObject({ file: 'environment WIREWATCH_FETCH_ALLOW_CIDRS', key: 'fetch.allowCidrs' });
    expect(p.message).toContain('set only WIREWATCH_ALLOW_CIDRS');
    const setting = envSettings().find((e) => e.path.join('.') === 'fetch.allowCidrs');
    expect(setting).toMatchObject({ name: 'WIREWATCH_ALLOW_CIDRS', aliases: ['WIREWATCH_FETCH_ALLOW_CIDRS'], list: true });
  });

  it('reads secrets from NAME or NAME_FILE, not both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-secret-'));
    writeFileSync(join(dir, 'tok'), 'file-token\n');
    expect(await loadSecrets({ DISCORD_TOKEN_FILE: join(dir, 'tok'), SLACK_BOT_TOKEN: 'xoxb' })).toEqual({ DISCORD_TOKEN: 'file-token', SLACK_BOT_TOKEN: 'xoxb' });
    await expect(loadSecrets({ DISCORD_TOKEN: 'a', DISCORD_TOKEN_FILE: join(dir, 'tok') })).rejects.toThrow(/both DISCORD_TOKEN and DISCORD_TOKEN_FILE/);
    await expect(loadSecrets({ SLACK_APP_TOKEN_FILE: join(dir, 'missing') })).rejects.toThrow(/SLACK_APP_TOKEN_FILE: cannot read/);
  });

  it('parses durations', () => {
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration(2.5)).toBe(2500);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('15 minutes')).toBeNull();
    expect(parseDuration(-1)).toBeNull();
  });

  it('accepts the example configs shipped in config/', async () => {
    for (const name of ['wirewatch.yaml']) {
      await expect(loadConfig(join(repo, 'config', name))).resolves.toBeTruthy();
    }
  });
});

describe('secrets in config errors (issue 24)', () => {
  it('refuses a feed URL with a user name or password, without repeating it', () => {
    const e = (() => {
      try {
        parseConfig('feeds: [ "https://user:s3cretpass@127.0.0.1/feed.xml" ]\n', 'w.yaml');
        return null;
      } catch (err) {
        return err as Error;
      }
    })();
    expect(e?.message).toMatch(/w\.yaml:1:\d+: feeds\[0\]: .*user name or password/);
    expect(e?.message).not.toContain('s3cretpass');
  });

  it('never echoes a value that looks like a token pasted under an ordinary key', () => {
    for (const token of ['xoxb-1234567890-abcdefghijklmnop', 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789']) {
      let message = '';
      try {
        parseConfig(`http: { port: "${token}" }\n`, 'w.yaml');
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/http\.port: .*looks like a secret/);
      expect(message).not.toContain(token);
    }
  });
});
