import { describe, expect, it } from 'vitest';
import { digestCommand } from './digest.js';
import type { CliIO } from './io.js';

const io: CliIO = { out: () => {}, err: () => {}, env: {} } as unknown as CliIO;

describe('wirewatch digest --locale', () => {
  it('refuses an unknown locale with the supported list, before reading any feed', async () => {
    await expect(digestCommand(['--feed', '/nonexistent.rss', '--watchlist', '/nonexistent.yaml', '--locale', 'de'], io)).rejects.toThrow(
      /--locale: unsupported locale "de"; supported: en, sr-Latn, sr-Cyrl, sq/,
    );
  });
});

describe('wirewatch digest --timezone', () => {
  it('refuses an unknown time zone, before reading any feed', async () => {
    await expect(digestCommand(['--feed', '/nonexistent.rss', '--watchlist', '/nonexistent.yaml', '--timezone', 'Mars/Olympus'], io)).rejects.toThrow(
      /--timezone: "Mars\/Olympus" is not a time zone I know/,
    );
  });
});
