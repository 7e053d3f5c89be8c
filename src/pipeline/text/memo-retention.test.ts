/**
 * The text memos (fold, words, token forms, language evidence, roles, word keys) are bounded in bytes,
 * not only in entries: a key cut from a long article must not keep the article alive (issue 24, the
 * soak's RSS; see `detach`). Measured as live V8 heap after a full collection — no timing involved.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detach, fold } from './fold.js';
import { words } from '../quotes/text.js';
import { tokenize } from './tokens.js';
import { languageScores } from './language.js';
import { WordKeys } from './stem.js';
import { orgHead, parseRole } from '../quotes/roles.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveMiB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

/** A long two-byte text (Serbian letters), about 8 MiB of heap, of my own words. */
function longText(seed: number): string {
  const sentence = `Zvaničnici u Nišu rekli su ${seed} da će se plan za okrug nastaviti, prema saopštenju opštine. `;
  return sentence.repeat(Math.ceil(4_000_000 / sentence.length)).slice(1);
}

describe('text memos keep no long text alive', () => {
  it('detach gives an equal string', () => {
    const s = longText(1).slice(100, 160);
    expect(detach(s)).toBe(s);
    expect(detach('Niš')).toBe('Niš');
  });

  it('slices of a long text memoised by fold, words, tokenize, languageScores, roles and word keys do not pin the text', () => {
    const keys = new WordKeys();
    const before = liveMiB();
    const use = (seed: number): number => {
      const text = longText(seed);
      for (let i = 0; i < 300; i++) {
        const at = i * 97;
        const piece = text.slice(at, at + 20 + (i % 40));
        fold(piece);
        words(piece);
        languageScores(tokenize(piece));
        parseRole(piece);
        orgHead(piece);
        for (const w of piece.match(/\p{L}{13,}/gu) ?? []) keys.key('sr', w, w);
        keys.key('en', piece, piece);
      }
      return text.length;
    };
    // Three different texts: each would stay alive through its own memo keys.
    const chars = use(1) + use(2) + use(3);
    expect(chars).toBeGreaterThan(11_000_000);
    // Three texts are about 24 MiB as UTF-16; what the memos keep of them is a few hundred short keys.
    expect(liveMiB() - before).toBeLessThan(4);
  });

  it('the fold memo stays bounded in bytes under many distinct strings', () => {
    const before = liveMiB();
    for (let i = 0; i < 200_000; i++) fold(`Opština broj ${i} i okrug Niš ${i}`);
    // 50 000 entries at most, each a short key and value.
    expect(liveMiB() - before).toBeLessThan(24);
  });
});
