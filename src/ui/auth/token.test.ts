import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveUiToken } from './token.js';

describe('panel token', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-ui-token-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('takes WIREWATCH_UI_TOKEN or _FILE, never both, and refuses a short one', async () => {
    const t = await resolveUiToken({ WIREWATCH_UI_TOKEN: ' a-long-enough-token ' }, join(dir, 'x.db'));
    expect(t.source).toBe('env');
    expect(t.verify('a-long-enough-token')).toBe(true);
    expect(t.verify('a-long-enough-tokem')).toBe(false);
    expect(t.generated).toBeUndefined();
    await writeFile(join(dir, 'tok'), 'from-a-file-0123456789\n');
    const f = await resolveUiToken({ WIREWATCH_UI_TOKEN_FILE: join(dir, 'tok') }, join(dir, 'x.db'));
    expect(f.verify('from-a-file-0123456789')).toBe(true);
    await expect(resolveUiToken({ WIREWATCH_UI_TOKEN: 'x'.repeat(20), WIREWATCH_UI_TOKEN_FILE: join(dir, 'tok') }, ':memory:')).rejects.toThrow(/set only one/);
    await expect(resolveUiToken({ WIREWATCH_UI_TOKEN: 'short' }, ':memory:')).rejects.toThrow(/at least 16/);
  });

  it('makes one at the first start, keeps only its hash (mode 0600), and never hands it out again', async () => {
    const db = join(dir, 'w.db');
    const first = await resolveUiToken({}, db);
    expect(first.source).toBe('generated');
    expect(first.generated).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = await readFile(`${db}.ui-token`, 'utf8');
    expect(stored).not.toContain(first.generated!);
    expect((await stat(`${db}.ui-token`)).mode & 0o777).toBe(0o600);
    const again = await resolveUiToken({}, db);
    expect(again.source).toBe('stored');
    expect(again.generated).toBeUndefined();
    expect(again.verify(first.generated!)).toBe(true);
    expect(again.verify('not-it')).toBe(false);
  });
});
