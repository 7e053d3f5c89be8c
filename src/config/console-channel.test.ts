import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './load.js';

function problemsOf(channel: string, platform = 'console') {
  const text = ['subscriptions:', '  - platform: ' + platform, '    workspace: "123"', `    channel: ${JSON.stringify(channel)}`, ''].join('\n');
  try {
    parseConfig(text, 'ww.yaml', {});
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
}

describe('config: console channel names', () => {
  it('refuses a path or a dot name with file, line and key (run would pause it with bad_channel)', () => {
    for (const bad of ['../../escape', '/tmp/abs', 'a/b', 'a\\b', '.hidden', '..']) {
      const [p, ...rest] = problemsOf(bad);
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ file: 'ww.yaml', line: 4, key: 'subscriptions[0].channel' });
      expect(p.message).toMatch(/plain file name/);
    }
  });
  it('accepts stdout and plain names, and any channel id on chat platforms', () => {
    expect(problemsOf('stdout')).toEqual([]);
    expect(problemsOf('news-desk.txt')).toEqual([]);
    expect(problemsOf('C0123/ABC', 'slack')).toEqual([]);
  });
});
