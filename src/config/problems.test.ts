/**
 * Config mistakes a newcomer makes (issue 20): each is reported with file:line:column and the key's
 * full path, all of them at once, with no doubled prefix and no secret repeated.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './load.js';
import { isSupportedLocale } from './cross-refs.js';

function problems(text: string, env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    parseConfig(text, 'w.yaml', env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const TOPICS = `topics:
  - id: kosovo
    name: Kosovo
    terms: [Kosovo]
  - id: nato
    name: NATO
    terms: [NATO]
`;

describe('keys named in YAML and cron problems', () => {
  it('names the duplicated key with its full path and line', () => {
    const e = problems('digests:\n  cron: "0 8 * * *"\n  cron: "0 9 * * *"\n');
    expect(e.problems).toEqual([expect.objectContaining({ key: 'digests.cron', line: 3, message: expect.stringMatching(/Map keys must be unique/) })]);
  });

  it('names the duplicated key inside a list item', () => {
    const e = problems('feeds:\n  - url: http://127.0.0.1/a.xml\n    url: http://127.0.0.1/b.xml\n');
    expect(e.problems[0]).toMatchObject({ key: 'feeds[0].url', line: 3 });
  });

  it('names no key for a syntax error that is not about a key (a wrong indent)', () => {
    const e = problems('store:\n  path: /tmp/x.db\n bad: 1\n');
    expect(e.problems[0]).toMatchObject({ key: '', line: 3 });
  });

  it('names the cron field that is wrong', () => {
    const e = problems('digests:\n  cron: "0 25 * * *"\n');
    expect(e.problems[0]).toMatchObject({ key: 'digests.cron', line: 2 });
    expect(e.problems[0].message).toMatch(/field 2 \(hour\) is "25": expected 0–23/);
  });
});

describe('config cross-references', () => {
  it('reports a duplicate topic id with every other problem, once, and lists each id once', () => {
    const e = problems(`${TOPICS}  - id: kosovo\n    name: Kosovo again\n    terms: [Kosova]\n  - id: broken\n    name: 7\n    terms: []\nsubscriptions:\n  - channel: stdout\n    topics: [natoo]\n`);
    const dup = e.problems.filter((p) => /duplicate topic id "kosovo"/.test(p.message));
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ line: 8, key: 'topics[2].id' });
    expect(e.problems.some((p) => p.key.startsWith('topics[3]'))).toBe(true);
    expect(e.problems.find((p) => p.key === 'subscriptions[0].topics[0]')!.message).toContain(`the config's topics are kosovo, nato, broken`);
  });

  it('names a subscription topic that no topic defines, at its line and column', () => {
    const e = problems(`${TOPICS}subscriptions:\n  - channel: stdout\n    topics: [kosovo, natoo]\n`);
    expect(e.problems).toEqual([
      { file: 'w.yaml', line: 10, column: 22, key: 'subscriptions[0].topics[1]', message: `unknown topic id "natoo" (the config's topics are kosovo, nato); its digests would stay empty` },
    ]);
    expect(e.message).toBe(`w.yaml:10:22: subscriptions[0].topics[1]: unknown topic id "natoo" (the config's topics are kosovo, nato); its digests would stay empty`);
  });

  it('accepts subscriptions whose topics exist, and empty topic lists (= every topic)', () => {
    const c = parseConfig(`${TOPICS}subscriptions:\n  - topics: [kosovo, nato]\n  - channel: other\n`, 'w.yaml');
    expect(c.subscriptions.map((s) => s.topics)).toEqual([['kosovo', 'nato'], []]);
  });

  it('rejects locales Intl does not support, in digests and in a subscription', () => {
    expect(isSupportedLocale('sr-Latn-RS')).toBe(true);
    expect(isSupportedLocale('en_GB')).toBe(false);
    expect(isSupportedLocale('klingon-tlh-xx-yy-zz')).toBe(false);
    const e = problems('digests:\n  locale: en_GB\nsubscriptions:\n  - locale: xx-invalid-@\n');
    expect(e.problems.map((p) => `${p.line}:${p.column} ${p.key}`)).toEqual(['2:11 digests.locale', '4:13 subscriptions[0].locale']);
  });

  it('rejects a feed that is not an http(s) URL', () => {
    const e = problems('feeds:\n  - https://ok.example/feed\n  - ftp://nope.example/feed\n  - url: kossev.info/feed\n');
    expect(e.problems.map((p) => `${p.line}:${p.column} ${p.key}: ${p.message}`)).toEqual([
      '3:5 feeds[1]: expected an http(s) URL',
      '4:10 feeds[2].url: expected an http(s) URL',
    ]);
  });
});

describe('config problems, all at once', () => {
  it('names the key inside a feed mapping (not "a value of another shape")', () => {
    const e = problems('feeds:\n  - https://a.example/rss\n  - https://b.example/rss\n  - url: https://c.example/rss\n    interval: 10 minutes\n');
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ line: 5, column: 15, key: 'feeds[2].interval' });
    expect(e.problems[0].message).not.toMatch(/another shape/);
  });

  it('reports a secret key beside every other problem, without echoing its value', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123';
    const e = problems(`discord:\n  token: ${token}\nhttp:\n  port: 99999\npolling:\n  tick: soon\n`);
    expect(e.problems.map((p) => p.key)).toEqual(['discord.token', 'http.port', 'polling.tick']);
    expect(e.message).toMatch(/^3 problems:\n {2}w\.yaml:2:3: discord\.token: secrets are never read from the config file/);
    expect(e.message).not.toContain(token);
    expect(e.message).not.toMatch(/config: /);
  });

  it('never repeats a token-looking value given to another key', () => {
    const e = problems('slack:\n  mode: xoxb-1234-5678-abcdefghijkl\n');
    expect(e.message).not.toContain('xoxb-1234');
  });

  it('names the environment variable when an override is wrong', () => {
    const e = problems(`${TOPICS}subscriptions:\n  - topics: [kosovo]\n`, { WIREWATCH_HTTP_PORT: 'eighty' });
    expect(e.problems).toEqual([expect.objectContaining({ file: 'environment WIREWATCH_HTTP_PORT', key: 'http.port' })]);
  });
});

describe('a YAML syntax error does not hide the other problems', () => {
  it('reports the schema problems before the error with it, in line order', () => {
    const e = problems('http:\n  port: 99999\npolling:\n  tick: soon\nstore:\n  path: /tmp/x.db\n bad: 1\n');
    expect(e.problems.map((p) => `${p.line} ${p.key}`)).toEqual(['2 http.port', '4 polling.tick', '7 ']);
    expect(e.problems[2].message).toMatch(/^YAML syntax/);
  });

  it('leaves out what comes after an error that breaks the structure (the recovered rest is a guess)', () => {
    const e = problems('http:\n  port: 99999\nfeeds:\n  - url: "https://a.example/rss\ntopics:\n  - name: 7\n');
    expect(e.problems.map((p) => `${p.line} ${p.key}`)).toEqual(['2 http.port', '4 feeds[0].url']);
  });

  it('keeps validating after a duplicate key, which leaves the structure whole', () => {
    const e = problems('digests:\n  cron: "0 8 * * *"\n  cron: "0 9 * * *"\nhttp:\n  port: 99999\n');
    expect(e.problems.map((p) => `${p.line} ${p.key}`)).toEqual(['3 digests.cron', '5 http.port']);
  });
});

describe('the key of a YAML syntax error', () => {
  it('an unclosed quote names the key whose value it opens', () => {
    const e = problems('feeds:\n  - url: https://a.example/rss\n    name: "Balkan wire\ntopics: []\n');
    expect(e.problems[0]).toMatchObject({ line: 3, column: 11, key: 'feeds[0].name', message: expect.stringMatching(/never closed/) });
  });
});
