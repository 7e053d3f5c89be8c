/**
 * The dev corpus (../shared/corpus/quotes/dev) scored with the project's scorer functions: guards the
 * targets of issue 6. Skipped when the shared corpus is not checked out beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/support/shared-corpus.js';
import { scoreFolder } from './testdata/score-folder.js';

describe.skipIf(!needsShared('corpus/quotes/dev', 'tools/score-quotes.mjs'))('dev corpus', () => {
  it('meets the issue 6 targets', async () => {
    const f = await scoreFolder(sharedPath('corpus/quotes/dev'), sharedPath('tools/score-quotes.mjs'));
    expect(f.directP).toBeGreaterThanOrEqual(0.97);
    expect(f.directR).toBeGreaterThanOrEqual(0.97);
    expect(f.attribution).toBeGreaterThanOrEqual(0.95);
    expect(f.indirectR).toBeGreaterThanOrEqual(0.8);
    expect(f.falseQ).toBe(0);
  });
});
