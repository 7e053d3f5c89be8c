/**
 * The held-out sets in the repository (test/holdout … test/holdout9) scored with the shared scorer at
 * their recorded figures (docs/quality.md): a drop of 0.01 in any measure fails. Every set has been
 * scored (the first two also read and tuned on), so these are regression guards, not blind measures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, REPO_ROOT, sharedPath } from '../../../test/support/shared-corpus.js';
import { scoreFolder } from './testdata/score-folder.js';

/** Recorded figures (docs/quality.md, issue 15 round). */
const FIGURES: Record<string, { directP: number; directR: number; attribution: number; indirectR: number; falseQ?: number }> = {
  holdout: { directP: 1.0, directR: 1.0, attribution: 1.0, indirectR: 0.988 },
  holdout2: { directP: 0.98, directR: 0.961, attribution: 0.994, indirectR: 0.932 },
  // Blind set 3 (issue 15), scored blind once before and once after that round; a guard from then on.
  holdout3: { directP: 1.0, directR: 0.962, attribution: 0.955, indirectR: 0.832 },
  // Blind set 4 (sr-Latn, sr-Cyrl, sq; session 3): its first run was blind (docs/quality.md); a guard from then on.
  holdout4: { directP: 1.0, directR: 1.0, attribution: 0.988, indirectR: 0.9 },
  // Blind set 5 (sr-Latn, sr-Cyrl, sq, en; session 4): first run blind at attribution 0.831 (docs/quality.md);
  // a guard from then on. Its one false quote (blind5-08) is recorded, not yet fixed.
  holdout5: { directP: 1.0, directR: 1.0, attribution: 0.955, indirectR: 0.897, falseQ: 1 },
  // Blind set 6 (sr-Latn, sr-Cyrl, sq, en; issue 15): first run blind at attribution 0.846 with 2 false
  // quotes (docs/quality.md); these are the figures after the round that read its misses (tuned, not blind).
  // Branch srsq (ADR 0284): one person across Albanian and Serbian spellings, 0.978 → 0.984.
  holdout6: { directP: 0.927, directR: 0.944, attribution: 0.984, indirectR: 0.88, falseQ: 0 },
  // Blind set 7 (sr-Latn, sr-Cyrl, sq; issue 15): first run blind at attribution 0.907 (docs/quality.md);
  // these are the figures after the round that read its misses (session 7, ADR 0273; tuned, not blind).
  // Branch srsq2: an organisation's acronym names it by the full name the article gives (`KEDS`), 0.987 → 1.000.
  holdout7: { directP: 0.979, directR: 0.906, attribution: 1.0, indirectR: 0.848, falseQ: 3 },
  // Blind set 8 (sr-Latn, sr-Cyrl, sq; session 7): its first run, on the session's final extractor, was
  // blind at 0.966 (docs/quality.md); a guard from then on. Its one false quote is recorded, not yet read.
  // Branch srsq read its misses (now a development set): 0.966 → 0.986 (`Vetë X`, `, na kojoj je X`, `tumači X`).
  // Branch srsq2: `Avokati i mbrojtjes, Burim Aliu,` (a first name that is also the noun `burim`), 0.986 → 1.000.
  // Branch h9srsq: its one false quote (a novel's title after `romana`, now a naming word) is gone, 1 → 0.
  holdout8: { directP: 0.947, directR: 0.973, attribution: 1.0, indirectR: 0.9, falseQ: 0 },
  // Blind set 9 (en, sr-Latn, sr-Cyrl, sq; session 10): first run blind at attribution 0.817 (0.824 in sr/sq,
  // docs/quality.md). Branch h9srsq read its Serbian and Albanian misses (tuned, not blind): 0.817 → 0.935
  // (sr/sq 0.824 → 0.973); the English misses are other branches'. One false quote (a split quote) is left.
  holdout9: { directP: 0.889, directR: 0.955, attribution: 0.935, indirectR: 0.889, falseQ: 1 },
};

describe.skipIf(!needsShared('tools/score-quotes.mjs'))('held-out sets at their recorded figures', () => {
  for (const [set, fig] of Object.entries(FIGURES)) {
    it(`${set} does not regress`, async () => {
      const f = await scoreFolder(path.join(REPO_ROOT, 'test', set), sharedPath('tools/score-quotes.mjs'));
      const slack = 0.0095;
      expect(f.directP).toBeGreaterThanOrEqual(fig.directP - slack);
      expect(f.directR).toBeGreaterThanOrEqual(fig.directR - slack);
      expect(f.attribution).toBeGreaterThanOrEqual(fig.attribution - slack);
      expect(f.indirectR).toBeGreaterThanOrEqual(fig.indirectR - slack);
      expect(f.falseQ).toBeLessThanOrEqual(fig.falseQ ?? 0);
    });
  }
});
