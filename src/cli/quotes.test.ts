import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { quotesCommand } from './quotes.js';

const fixture = path.resolve(import.meta.dirname, '../pipeline/quotes/testdata/seed-excerpt.txt');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), env: {} };
  return { cli, out, err };
}

describe('wirewatch quotes', () => {
  it('prints one JSON line per file with the quotes and their speakers', async () => {
    const { cli, out, err } = io();
    expect(await quotesCommand(['--json', fixture], cli)).toBe(0);
    expect(err).toEqual([]);
    const line = JSON.parse(out[0]);
    expect(line.file).toBe(fixture);
    const direct = line.quotes.filter((q: { kind: string }) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]).toMatchObject({
      text: 'Resolution 1244 is not on the negotiating table. It is more than that',
      speaker: 'Alexander Botsan-Kharchenko',
      paragraph: 2,
    });
    expect(line.quotes.some((q: { text: string }) => q.text.includes('VIRUSSIA'))).toBe(false);
  });

  it('reports a missing file as an error line and exit code 1, and no files as usage', async () => {
    const { cli, out } = io();
    expect(await quotesCommand(['--json', '/nonexistent/file.txt'], cli)).toBe(1);
    expect(JSON.parse(out[0]).error.code).toBe('not_found');
    await expect(quotesCommand(['--json'], io().cli)).rejects.toThrow(/FILE/);
  });
});
