/**
 * English: how far back a closing attribution reaches (issue 15). `…, X said.` takes the run of unattributed
 * sentences before it when its own sentence is a fragment that continues them (`Primarily, the repair of the
 * pier.`); a sentence that is a clause of its own (`The pier will close in May, X said.`) is the whole report,
 * and the sentences before it are the writer's.
 */
import { finiteLooking } from './postposed-subject-en.js';

/** Words that open a relative or subordinate clause: a verb after one is not the sentence's own. */
const SUBORDINATE = /^(?:that|which|who|whom|whose|where|when|if|because|while|as|since|after|before|until)$/i;
/** A short fronted adverbial before the clause (`In May,`, `Primarily,`, `With that settled,`). */
const FRONTED = /^[^,]{1,40},\s+/u;

/**
 * Where the content of an English closing attribution starts: `sentStart` when the text from there to the
 * cue holds a finite verb of its own (before any relative or subordinate clause), else `runStart`.
 */
export function closingRunStart(text: string, sentStart: number, runStart: number): number {
  if (runStart >= sentStart) return runStart;
  const main = text.replace(FRONTED, '');
  const ws = main.split(/\s+/).filter(Boolean);
  for (let i = 0; i < ws.length && !SUBORDINATE.test(ws[i]); i++) if (finiteLooking(ws, i)) return sentStart;
  return runStart;
}
