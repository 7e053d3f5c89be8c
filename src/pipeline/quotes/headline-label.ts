/**
 * Whether the label of a `Label: claim` headline names who made the claim. News headlines use the same
 * form for places, roads and topics (`Autostrada Prishtinë–Nish: tuneli …`, `Fushë Kosovë: new pipes`),
 * which must not become speakers.
 */
import { fold } from '../text/fold.js';
import { pos, type Entity } from './entities.js';
import { maskedWords, type Paragraph } from './paragraph.js';
import { orgHead, parseRole } from './roles.js';
import { words } from './text.js';
import { WordIndex } from './word-index.js';

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
  const body = bodyWords(paras);
  const elsewhere = (found: Set<number>) => [...found].some((i) => i !== pi);
  // The body must name the speaker too: a label the headline alone holds is a topic, not a source.
  // A one-word label the index does not hold (`KFOR`, `Euleks`) counts when the body writes it.
  const inBody = entity
    ? entity.kind === 'org' || entity.mentions.some((m) => m < pos(pi, 0) || m >= pos(pi + 1, 0))
    : words(label).length === 1 && elsewhere(allWords(paras, body).candidates(first));
  if (!inBody) return false;
  // The body uses the label as a place (`in Fushë Kosovë`, `u Gračanici`, `në Fushë Kosovë`).
  return !elsewhere(body.afterLocative.candidates(first));
}

/**
 * The paragraphs of an article by the folded words they hold (`sameNameWord` matches, `WordIndex`):
 * every word, and every word right after a locative that is not a possessive (`in Roe's`). Built once
 * per article and masked texts: each headline label searched every paragraph (quadratic in length).
 */
interface BodyWords {
  masks: string[];
  /** Built the first time a label needs it (a one-word label nobody is indexed by). */
  words: WordIndex<number> | null;
  afterLocative: WordIndex<number>;
}

function bodyWords(paras: Paragraph[]): BodyWords {
  const got = bodyMemo.get(paras);
  if (got !== undefined && got.masks.length === paras.length && got.masks.every((m, i) => m === paras[i].masked)) return got;
  const body: BodyWords = { masks: paras.map((p) => p.masked), words: null, afterLocative: new WordIndex() };
  paras.forEach((p, i) => {
    const ws = maskedWords(p);
    for (let k = 1; k < ws.length; k++) if (LOCATIVE.has(ws[k - 1]) && ws[k + 1] !== 's') body.afterLocative.add(ws[k], i);
  });
  bodyMemo.set(paras, body);
  return body;
}

/** Every paragraph by the folded words it holds (see `bodyWords`). */
function allWords(paras: Paragraph[], body: BodyWords): WordIndex<number> {
  if (body.words === null) {
    const index = new WordIndex<number>();
    paras.forEach((p, i) => {
      for (const w of maskedWords(p)) index.add(w, i);
    });
    body.words = index;
  }
  return body.words;
}

const bodyMemo = new WeakMap<Paragraph[], BodyWords>();
