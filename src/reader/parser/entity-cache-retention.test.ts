/**
 * The parser's character-reference cache keeps no document alive: its keys are cut from the decoded
 * text, and a long invented reference (`&averylongname;`) would otherwise be a view into the whole
 * feed (issue 24; see `ownCopy`). Measured as live V8 heap after a full collection — no timing involved.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { htmlToLine, ownCopy } from './html-text.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveMiB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

describe('character-reference cache', () => {
  it('ownCopy gives an equal string', () => {
    const s = 'Opština Niš i okrug '.repeat(10).slice(3, 50);
    expect(ownCopy(s)).toBe(s);
  });

  it('long invented references decoded from a large text do not pin the text', () => {
    htmlToLine('&nepoznatentitetwarm; <b>x</b> &amp; y'); // loads the parser and its decode tables
    const before = liveMiB();
    const decode = (seed: number): number => {
      const parts: string[] = [];
      for (let i = 0; i < 200; i++) parts.push(`&nepoznatentitet${seed}x${i}; ` + `Opština Niš je saopštila plan ${i}. `.repeat(600));
      const text = parts.join('');
      return htmlToLine(text).length + text.length;
    };
    const chars = decode(1) + decode(2);
    expect(chars).toBeGreaterThan(10_000_000);
    // V8 keeps the last subject of a RegExp match per realm (RegExp.input) until the next match: a small
    // decode replaces it, so what is left is what the module itself keeps.
    htmlToLine('&amp;amp; x');
    expect(liveMiB() - before).toBeLessThan(4);
  });
});
