/**
 * Issue 23: extraction stays linear in the article's length. Instead of timing (the machine is
 * shared), the test counts calls of the shared text helpers every rule goes through (`fold`, `words`,
 * `sameNameWord`) over one article of 1×, 4× and 16× a block of paragraphs; a rule that reads every
 * earlier paragraph, entity or mention again for each new one makes the 16× count grow far past 16×.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractQuotes } from './extract.js';

const calls = vi.hoisted(() => ({ fold: 0, words: 0, sameNameWord: 0 }));

vi.mock('../text/fold.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../text/fold.js')>();
  return {
    ...m,
    fold: (s: string) => {
      calls.fold++;
      return m.fold(s);
    },
  };
});
vi.mock('./text.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('./text.js')>();
  return {
    ...m,
    words: (s: string) => {
      calls.words++;
      return m.words(s);
    },
    sameNameWord: (p: string, q: string) => {
      calls.sameNameWord++;
      return m.sameNameWord(p, q);
    },
  };
});

/** Made-up surnames, distinct for every block, so the article's people grow with its length. */
function surname(n: number): string {
  const syl = ['Bra', 'kel', 'mor', 'dun', 'fal', 'tes', 'ran', 'vol'];
  return `${syl[n % 8][0].toUpperCase()}${syl[n % 8].slice(1)}${syl[(n >> 3) % 8]}${syl[(n >> 6) % 8]}${syl[(n >> 9) % 8]}`;
}

/** Made-up first names, distinct for every block too (people who share a first name are all looked at for it). */
function first(n: number): string {
  return `${surname(n + 3).slice(0, 5)}o`;
}

/** One block of an English report: titles, reported clauses, quotes, pronouns, a `Name: claim` line, a source phrase. */
function block(k: number): string[] {
  const a = surname(2 * k);
  const b = surname(2 * k + 1);
  return [
    `Foreign Minister ${first(2 * k)} ${a} said on Monday that the talks on the river crossing would resume next week. "We are ready to talk," she added.`,
    `${a} met ${first(2 * k + 1)} ${b}, the mayor of the lower town, in the capital. He said the meeting had been useful and that both sides wanted the bridge open.`,
    `${b}: the bridge stays shut until spring`,
    `"Nothing has changed for the people who cross it every day," ${b} told reporters after the meeting.`,
    `According to ${a}, the next round will look at the ferry timetable as well. Officials from both towns said they expected a deal before the summer.`,
  ];
}

function article(copies: number) {
  const paragraphs = ['Talks on the river crossing to resume, ministers say'];
  for (let k = 0; k < copies; k++) paragraphs.push(...block(k));
  return { paragraphs, language: 'en' };
}

function count(copies: number): { ops: number; quotes: number } {
  for (const key of Object.keys(calls) as (keyof typeof calls)[]) calls[key] = 0;
  const quotes = extractQuotes(article(copies)).length;
  return { ops: calls.fold + calls.words + calls.sameNameWord, quotes, ...calls };
}

describe('extraction is linear in article length (issue 23)', () => {
  beforeEach(() => count(1)); // first-use work (lexicon tables) is not the article's

  it('does at most about 16× the helper calls for 16× the text', () => {
    // From 16 blocks on (a small article scans its few entities instead of using the key index, SCAN_MAX;
    // the code before issue 23's fixes measured 14× here for 4× the text).
    const one = count(16);
    const four = count(64);
    const sixteen = count(256);
    // The rules find the same quotes in every block.
    expect(one.quotes).toBeGreaterThan(4);
    expect(sixteen.quotes).toBeGreaterThan(15 * one.quotes);
    expect(four.ops / one.ops).toBeLessThan(4 * 1.25);
    expect(sixteen.ops / one.ops).toBeLessThan(16 * 1.25);
  }, 60_000); // a 1,280-paragraph article: seconds on a loaded machine (the test counts calls, not time)
});
