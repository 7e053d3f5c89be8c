/** `wirewatch config check`: every problem of a file at once, and warnings for a valid config that would poll nothing. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { configCommand } from './config.js';

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {} };
}

const dir = mkdtempSync(join(tmpdir(), 'ww-config-check-'));
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('wirewatch config check', () => {
  it('reports a YAML syntax error together with the problems before it, each with file, line and key', async () => {
    const f = file(
      'typos.yaml',
      'polling:\n  interval: soonish\nhttp:\n  prot: 8080\nfeeds:\n  - url: https://a.example/rss\ntopics:\n  - name: x\n    terms: [\n',
    );
    const io = capture();
    expect(await configCommand(['check', f], io)).toBe(1);
    const { problems } = JSON.parse(io.stdout[0]).error as { problems: { line: number; key: string; message: string }[] };
    expect(problems.map((p) => `${p.line} ${p.key}`)).toEqual(['2 polling.interval', '4 http.prot', '10 ']); // not topics[0]: its section is the broken one
    expect(problems[2].message).toMatch(/^YAML syntax/);
    expect(io.stderr).toEqual([
      expect.stringMatching(new RegExp(`^${f}:2:13: polling\\.interval: expected a duration`)),
      `${f}:4:3: http.prot: unknown key (misspelt? see docs/config-reference.md)`,
      expect.stringMatching(new RegExp(`^${f}:10:1: \\(top level\\): YAML syntax:`)),
    ]);
  });

  it('warns on stderr about an empty file and about a config with no feeds, and exits 0 (1 with --strict)', async () => {
    const empty = file('empty.yaml', '# nothing yet\n');
    const noFeeds = file('no-feeds.yaml', 'topics:\n  - id: kosovo\n    name: Kosovo\n    terms: [Kosovo]\n');
    const fine = file('fine.yaml', 'feeds:\n  - https://a.example/rss\n');
    const io = capture();
    expect(await configCommand(['check', empty, noFeeds, fine], io)).toBe(0);
    expect(io.stdout.map((l) => JSON.parse(l) as { ok: boolean; warnings?: string[] })).toEqual([
      expect.objectContaining({ ok: true, feeds: 0, warnings: [expect.stringMatching(/^the file is empty: .*nothing to poll/)] }),
      expect.objectContaining({ ok: true, feeds: 0, warnings: [expect.stringMatching(/^no feeds: the service has nothing to poll/)] }),
      { file: fine, ok: true, feeds: 1, topics: 0, subscriptions: 0 },
    ]);
    expect(io.stderr).toEqual([
      expect.stringMatching(new RegExp(`^${empty}: warning: the file is empty`)),
      expect.stringMatching(new RegExp(`^${noFeeds}: warning: no feeds`)),
    ]);
    expect(await configCommand(['check', '--strict', empty], capture())).toBe(1);
    expect(await configCommand(['check', '--strict', fine], capture())).toBe(0);
    expect(await configCommand(['check', file('braces.yaml', '{}\n')], capture())).toBe(0);
  });
});
