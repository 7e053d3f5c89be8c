import { describe, expect, it } from 'vitest';
import { processIO, type CliIO } from './io.js';
import { progressWanted, startProgress } from './progress.js';

const captured: CliIO = { out: () => {}, err: () => {}, env: {} };

describe('progress bars', () => {
  it('show only on the real standard error when it is a terminal, and never under CI', () => {
    const real = { ...processIO, env: {} };
    expect(progressWanted(real, { isTTY: true })).toBe(true);
    expect(progressWanted(real, { isTTY: false })).toBe(false); // a pipe or a log file
    expect(progressWanted(real, {})).toBe(false);
    expect(progressWanted({ ...real, env: { CI: 'true' } }, { isTTY: true })).toBe(false);
    expect(progressWanted({ ...real, env: { WIREWATCH_NO_PROGRESS: '1' } }, { isTTY: true })).toBe(false);
    expect(progressWanted(captured, { isTTY: true })).toBe(false); // a command run by a test or another program
  });

  it('is a silent no-op when off', () => {
    const p = startProgress(captured, 'x', 100);
    expect(() => {
      p.update(5, 200);
      p.tick();
      p.stop();
      p.stop();
    }).not.toThrow();
  });
});
