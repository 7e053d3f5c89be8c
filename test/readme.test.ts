/** README.md's long sections are copies of docs/*.md: this fails when one was edited without the other. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { renderReadme } from '../scripts/readme.js';

describe('README.md', () => {
  it('holds the current text of every included doc (npm run docs:readme refreshes it)', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme.match(/<!-- include /g)?.length).toBeGreaterThanOrEqual(8);
    expect(await renderReadme(readme)).toBe(readme);
  });
});
