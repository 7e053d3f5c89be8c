import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestCommand } from './digest.js';
import type { CliIO } from './io.js';

function captureIO(): CliIO & { stdout: string[] } {
  const stdout: string[] = [];
  return { out: (s: string) => stdout.push(s), err: () => {}, env: {}, stdout } as unknown as CliIO & { stdout: string[] };
}

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local desk</title><link>http://127.0.0.1/</link>
<item><title>Council debates the Kosovo report</title><link>http://127.0.0.1/a</link><guid>a</guid>
<description>The council debated the Kosovo report on Monday.</description></item>
<item><title>Kosovo budget passes</title><link>http://127.0.0.1/b</link><guid>b</guid>
<pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate>
<description>Kosovo's assembly passed the budget.</description></item>
</channel></rss>`;

const WATCHLIST = `topics:\n  - id: kosovo\n    name: Kosovo\n    terms: [Kosovo]\n`;

describe('wirewatch digest: items without a date', () => {
  it('keeps an undated item, as `run` does (it counts as first seen now)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-undated-'));
    writeFileSync(join(dir, 'feed.rss'), FEED);
    writeFileSync(join(dir, 'watchlist.yaml'), WATCHLIST);
    const io = captureIO();
    const code = await digestCommand(
      [
        '--feed',
        join(dir, 'feed.rss'),
        '--watchlist',
        join(dir, 'watchlist.yaml'),
        '--now',
        '2026-12-07T12:00:00Z',
        '--since',
        '1d',
        '--no-full-text',
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(0);
    const digest = JSON.parse(io.stdout.join('\n')) as { sections: { entries: { title: string }[] }[] };
    const titles = digest.sections.flatMap((s) => s.entries.map((e) => e.title));
    expect(titles).toEqual(expect.arrayContaining(['Council debates the Kosovo report', 'Kosovo budget passes']));
  });
});
