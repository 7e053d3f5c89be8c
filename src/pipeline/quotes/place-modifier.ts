/** Place modifiers of a subject phrase (`Rade Milić iz Zupča`, `Residents of the village of Zupče`). */
import { isFirstName } from './lexicon/first-names.js';
import { isStop } from './name-runs.js';
import { orgHead, parseRole } from './roles.js';
import { isCapitalised } from './text.js';

const PLACE_TAIL =
  /\s(?:iz|from|nga|of|e)\s+(?:(?:the\s+)?(?:village|town|city|municipality)\s+of\s+|(?:sela|grada|opštine|opstine|fshatit|qytetit|komunës)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
const PLACE_NOUN = /\s(?:(?:the\s+)?(?:village|town|city)\s+of|sela|grada|fshatit|qytetit)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * Offset where a trailing place modifier of a subject phrase starts, or -1: `Rade Milić| iz Zupča`,
 * `Meštani| sela Zupče`, `Residents| of the village of Zupče`, `Banorët| e fshatit Zupça`. Only after a
 * person's name (two capitalised words, or a listed first name alone, right before `iz`/`from`/`nga`) or a lower-case group noun, so
 * organisation names (`Ministry of Health`, `Kancelarija za KiM`) are left whole. A group noun's
 * offset is returned negated (`-7` for `Meštani| sela Zupče`): an unnamed group is nobody we can name.
 */
export function placeModifier(text: string): number {
  const m = PLACE_TAIL.exec(text) ?? PLACE_NOUN.exec(text);
  if (!m || m.index === 0) return -1;
  const before = text.slice(0, m.index).trim();
  const words = before.split(/\s+/);
  const head = words[words.length - 1];
  const isPlaceNoun = PLACE_NOUN.test(text);
  const viaFrom = /^\s(?:iz|from|nga)\s/.test(m[0]);
  // `Rade Milić iz Zupča`: a two-word capitalised name (not an organisation) before `iz`/`from`/`nga`.
  // A source named by a listed first name alone (`Dragan iz sela Lug`, `Robert from Leeds`) too.
  const nameBefore =
    viaFrom &&
    ((words.length >= 2 && isCapitalised(head) && isCapitalised(words[words.length - 2]) && !orgHead(words[words.length - 2])) ||
      (words.length === 1 && isFirstName(head))) &&
    !orgHead(head) &&
    !isStop(head);
  // `Meštani sela Zupče`, `Residents of the village of Zupče`: a common group noun, no role or organisation.
  const groupBefore =
    (isPlaceNoun || viaFrom) &&
    words.length <= 2 &&
    !orgHead(before) &&
    (parseRole(before) === null || /s$/i.test(head)) &&
    !/['’]s$/.test(head) &&
    words.every((w) => !isCapitalised(w) || w === words[0]) &&
    /(?:i|s|ë|t|e)$/i.test(head);
  return nameBefore ? m.index : groupBefore ? -m.index : -1;
}
