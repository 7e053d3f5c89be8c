/** docs/config-reference.md is generated from the zod schema: this fails when it is stale. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { configReference } from '../src/config/reference.js';

describe('docs/config-reference.md', () => {
  it('is what the schema generates (npm run docs:config refreshes it)', async () => {
    const doc = await readFile(new URL('../docs/config-reference.md', import.meta.url), 'utf8');
    expect(doc.trimEnd()).toBe(configReference().trimEnd());
  });
});
