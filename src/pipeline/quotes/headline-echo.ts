/**
 * A headline that repeats words the body quotes (`…, opozita: «Buxhet pa zhvillim»`, `Drejtoresha e
 * KOSTT-it: Reduktime do të ketë …`) carries the speaker the body gives those words, when the headline
 * itself names nobody: the headline is a summary of the body's quote, not a quote of its own.
 */
import { fold } from '../text/fold.js';
import type { Ctx, Draft } from './context.js';
import { words } from './text.js';

/** Share of a headline item's words that a body item must hold to be the same words. */
const ECHO = 0.8;

/** Gives a headline item with no speaker the speaker of the body item that holds its words; in place. */
export function headlineEcho(ctx: Ctx): void {
  for (const d of ctx.drafts) {
    if (d.paragraph !== 0 || d.speaker !== null) continue;
    const head = [...new Set(words(fold(d.text)))];
    if (head.length < 2) continue;
    const source = ctx.drafts.find((b) => b.paragraph > 0 && b.speaker !== null && b.speaker.kind !== 'anon' && holds(b, head));
    if (source) {
      d.speaker = source.speaker;
      d.role = null;
    }
  }
}

function holds(b: Draft, head: string[]): boolean {
  const body = new Set(words(fold(b.text)));
  return head.filter((w) => body.has(w)).length >= ECHO * head.length;
}
