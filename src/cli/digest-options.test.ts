import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestCommand } from './digest.js';
import { UsageError, type CliIO } from './io.js';

function captureIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (s: string) => stdout.push(s), err: (s: string) => stderr.push(s), env: {}, stdout, stderr } as unknown as CliIO & {
    stdout: string[];
    stderr: string[];
  };
}

const WATCHLIST = `topics:\n  - id: kosovo\n    name: Kosovo\n    terms: [Kosovo]\n`;

function files(): { dir: string; watchlist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ww-digest-opts-'));
  writeFileSync(join(dir, 'watchlist.yaml'), WATCHLIST);
  return { dir, watchlist: join(dir, 'watchlist.yaml') };
}

describe('wirewatch digest: options and failures', () => {
  it('caps --max-quotes as the config caps digests.maxQuotes (10)', async () => {
    const { dir, watchlist } = files();
    const run = (n: string) => digestCommand(['--feed', join(dir, 'missing.rss'), '--watchlist', watchlist, '--max-quotes', n, '--no-full-text'], captureIO());
    await expect(run('999')).rejects.toBeInstanceOf(UsageError);
    await expect(run('11')).rejects.toThrow(/0 to 10/);
    await expect(run('-1')).rejects.toBeInstanceOf(UsageError);
    await expect(run('2.5')).rejects.toBeInstanceOf(UsageError);
  });

  it('checks --quote-words and --entry-words against the bounds of their config keys (0 would drop every quote)', async () => {
    const { dir, watchlist } = files();
    const run = (flag: string, n: string) =>
      digestCommand(['--feed', join(dir, 'missing.rss'), '--watchlist', watchlist, flag, n, '--no-full-text'], captureIO());
    await expect(run('--quote-words', '0')).rejects.toThrow(/--quote-words must be a whole number from 5 to 500/);
    await expect(run('--quote-words', 'x')).rejects.toBeInstanceOf(UsageError);
    await expect(run('--entry-words', '4')).rejects.toThrow(/from 5 to 2000/);
    await expect(run('--entry-words', '2001')).rejects.toBeInstanceOf(UsageError);
    // in range: the flags pass and the missing feed is what fails (exit 1, not a usage error)
    expect(await run('--quote-words', '5')).toBe(1);
  });

  it('prints nothing on stdout when every feed failed (errors on stderr, exit 1)', async () => {
    const { dir, watchlist } = files();
    const io = captureIO();
    const code = await digestCommand(
      [
        '--feed',
        join(dir, 'missing.rss'),
        '--feed',
        join(dir, 'also-missing.rss'),
        '--watchlist',
        watchlist,
        '--no-full-text',
        '--now',
        '2026-12-07T12:00:00Z',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(2);
  });
});
