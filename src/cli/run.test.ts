import { describe, expect, it } from 'vitest';
import { UsageError, type CliIO } from './io.js';
import { runCommand } from './run.js';

const io: CliIO = { out: () => undefined, err: () => undefined, env: {} };

describe('wirewatch run', () => {
  it('refuses to start without a config file instead of polling nothing from the current folder', async () => {
    await expect(runCommand([], io)).rejects.toBeInstanceOf(UsageError);
    await expect(runCommand([], io)).rejects.toThrow(/--config FILE/);
  });
});
