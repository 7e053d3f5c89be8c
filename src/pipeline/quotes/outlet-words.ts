/**
 * Outlets an article names: the agency in its dateline (`KOSOVSKA MITROVICA, 6. decembra (Tanjug) –`) and
 * the medium a speech verb's words were given to (`rekla je za Tanjug`, `izjavila je za list Glas`, `tha
 * për Kohën`). Such a word is a medium, never a person: when it opens a clause (`Tanjug je razgovarao sa
 * …`) it is no lone person's name, so `On je rekao` after it finds the person the outlet spoke with, not
 * the outlet. Only Serbian and Albanian (the prepositions of `lexicon/outlet.ts`).
 */
import { fold } from '../text/fold.js';
import { regexesFor } from './frames.js';
import { MEDIA_NOUNS, OUTLET_PREPOSITIONS } from './lexicon/outlet.js';
import type { QuoteLexicon } from './lexicon/types.js';
import type { Paragraph } from './paragraph.js';
import { escapeRe, sameNameWord } from './text.js';
import { matchAllOf } from './match-all.js';

/** `(Tanjug) –` in a dateline of the first body paragraphs. */
const AGENCY_TAG = /^[^()]{2,80}\((\p{Lu}[\p{L}-]+)\)\s*[–—-]/u;

/**
 * The folded outlet words of an article (see the module comment).
 * @param paras the article's prepared paragraphs (paragraph 0 is the headline)
 */
export function outletWords(paras: Paragraph[], lex: QuoteLexicon): Set<string> {
  const out = new Set<string>();
  const preps = OUTLET_PREPOSITIONS[lex.language];
  if (!preps) return out;
  paras.slice(1, 3).forEach((p) => {
    const tag = AGENCY_TAG.exec(p.view.text);
    if (tag) out.add(fold(tag[1]));
  });
  const media = (MEDIA_NOUNS[lex.language] ?? []).map((m) => `${escapeRe(m)}\\p{L}*`).join('|');
  const after = new RegExp(`^\\s+(?:${preps.map(escapeRe).join('|')})\\s+(?:(?:${media})\\s+)?(\\p{Lu}[\\p{L}-]+)`, 'u');
  const verb = regexesFor(lex).verb;
  for (const p of paras.slice(1)) {
    for (const m of matchAllOf(verb, p.masked)) {
      const hit = after.exec(p.masked.slice(m.index + m[0].length));
      if (hit) out.add(fold(hit[1]));
    }
  }
  return out;
}

/** True when the folded word is one of the outlets, in any inflected form (`Kohën` for `Koha`). */
export function isOutlet(key: string, outlets: Set<string>): boolean {
  if (outlets.has(key)) return true;
  for (const o of outlets) if (sameNameWord(o, key)) return true;
  return false;
}
