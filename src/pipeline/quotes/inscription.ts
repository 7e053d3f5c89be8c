/**
 * Words carried by a thing, not said by a person: a quote whose own frame has a banner, sign, placard,
 * slogan or headline as its subject (`“…,” read a banner carried by protesters`, `“…,” said the sign`,
 * `„…“, pisalo je na transparentu`, `A placard read: “…”`) has no speaker, never the previous one.
 */
import { fold } from '../text/fold.js';
import type { QuoteLexicon } from './lexicon/index.js';

/** How many lower-case words (verb, auxiliary, preposition, determiner, adjective) may come before the noun. */
const MAX_BEFORE = 4;

/**
 * True when `frame` (the words of a quote's own frame up to the sentence end, or the head before a colon)
 * opens with lower-case words and an inscription noun (`read a banner`, `pisalo je na transparentu`) or,
 * before a colon, with a determiner phrase whose head is one (`A banner read:`).
 */
export function inscriptionFrame(frame: string, lex: QuoteLexicon, beforeColon = false): boolean {
  const nouns = lex.inscriptionNouns;
  if (!nouns?.length) return false;
  const ws = frame
    .replace(/^[\s,–—-]+/u, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  // A colon frame is the inscription's own short clause (`A sign on the gate read:`), naming nobody after its first word.
  if (beforeColon && (ws.length > 8 || ws.slice(1).some((w) => !/^\p{Ll}/u.test(w)))) return false;
  const pronouns = new Set([...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural]);
  // Before a colon the noun heads the subject (`A banner read:`), not an adjunct (`She said in a message:`).
  const max = beforeColon ? 2 : MAX_BEFORE;
  for (let i = 0; i < Math.min(ws.length, max + 1); i++) {
    const w = ws[i].replace(/[.,;:!?]+$/u, '');
    if (nouns.includes(fold(w))) return true;
    // A subject pronoun before it (`“…,” she wrote in a message`) is the speaker.
    if (pronouns.has(fold(w))) return false;
    // Before the noun only lower-case words, except the determiner opening a colon frame (`A banner read:`).
    if (!/^\p{Ll}/u.test(w) && !(beforeColon && i === 0)) return false;
    if (/[.,;:!?]$/u.test(ws[i])) return false;
  }
  return false;
}
