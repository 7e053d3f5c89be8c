/**
 * Whether the label of a `Label: claim` headline names who made the claim. News headlines use the same
 * form for places, roads and topics (`Autostrada Prishtinë–Nish: tuneli …`, `Fushë Kosovë: new pipes`),
 * which must not become speakers.
 */
import { fold } from '../text/fold.js';
import { pos, type Entity } from './entities.js';
import { maskedWords, type Paragraph } from './paragraph.js';
import { orgHead, parseRole } from './roles.js';
import { sameNameWord, words } from './text.js';

/**
 * Locative prepositions (en `in`/`at`/`near`, sr `u`, sq `në`, folded `ne`): a label the body uses after
 * one of them is a place. Prepositions that also take people (`to`, `from`, `na`, `kod`, `nga`) are left out.
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'u', 'ne']);

/**
 * @param label the headline label (Latin view), e.g. `Kurti`, `Bivši ambasador pri UN`
 * @param entity the indexed person or organisation the label names (null: none; an organisation named
 *   by its type, `Ministria e Jashtme`, may still speak)
 * @param paras the article's paragraphs; `pi` the headline-like paragraph holding the label
 * @returns true when the label may be reported as the claim's speaker (or, for a role label that
 *   names nobody in the body, as an unnamed source); false for places, routes and topics
 */
export function labelIsSpeaker(label: string, entity: Entity | null, paras: Paragraph[], pi: number): boolean {
  // A route or span between two places (`Prishtinë–Nish`, `Beograd—Niš`).
  if (/\p{L}\s?[–—]\s?\p{Lu}/u.test(label)) return false;
  if (parseRole(label) && !orgHead(label)) return true;
  if (!entity && orgHead(label) !== null) return true;
  const first = words(fold(label))[0];
  if (!first) return false;
  const others = paras.filter((_, i) => i !== pi).map(maskedWords);
  // The body must name the speaker too: a label the headline alone holds is a topic, not a source.
  // A one-word label the index does not hold (`KFOR`, `Euleks`) counts when the body writes it.
  const inBody = entity
    ? entity.kind === 'org' || entity.mentions.some((m) => m < pos(pi, 0) || m >= pos(pi + 1, 0))
    : words(label).length === 1 && others.some((ws) => ws.some((w) => sameNameWord(w, first)));
  if (!inBody) return false;
  // The body uses the label as a place (`in Fushë Kosovë`, `u Gračanici`, `në Fushë Kosovë`).
  for (const p of paras) {
    if (p === paras[pi]) continue;
    for (const [w, next] of afterLocatives(p)) if (sameNameWord(w, first) && next !== 's') return false;
  }
  return true;
}

/** Each word right after a locative in a paragraph, with the word after it; once per paragraph and text. */
function afterLocatives(p: Paragraph): [string, string | undefined][] {
  const ws = maskedWords(p);
  const got = locativeMemo.get(p);
  if (got !== undefined && got.ws === ws) return got.pairs;
  const pairs: [string, string | undefined][] = [];
  for (let k = 1; k < ws.length; k++) if (LOCATIVE.has(ws[k - 1])) pairs.push([ws[k], ws[k + 1]]);
  locativeMemo.set(p, { ws, pairs });
  return pairs;
}

const locativeMemo = new WeakMap<Paragraph, { ws: readonly string[]; pairs: [string, string | undefined][] }>();
