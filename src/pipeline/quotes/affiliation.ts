/**
 * Serbian and Albanian subject phrases: an affiliation after a person's name (`Ekonomistkinja Marija Pavić
 * sa Pravnog fakulteta u Kragujevcu`, `Analistja Vera Lika nga Universiteti i Prishtinës`) describes the
 * person; the institution or place in it is never the speaker, so the phrase is cut before the
 * preposition. Only after a name of two capitalised words, neither an organisation noun nor a function
 * word, so organisation names with `iz`/`nga` inside them are left whole. An adverbial participle after
 * the subject (`tha ajo duke qeshur`, `rekla je ona smejući se`) is cut too.
 */
import { AFFILIATION_BLOCKERS, AFFILIATION_PREPOSITIONS, GERUNDS } from './lexicon/name-cases.js';
import { isStop } from './name-runs.js';
import { orgHead } from './roles.js';
import type { Phrase } from './subject-phrase.js';
import { escapeRe, isCapitalised } from './text.js';

const RES = new Map(
  Object.entries(AFFILIATION_PREPOSITIONS).map(([lang, ps]) => [lang, new RegExp(`\\s(?:${[...new Set(ps)].map(escapeRe).join('|')})\\s+\\S`, 'giu')]),
);

const nameWord = (w: string | undefined) => w !== undefined && isCapitalised(w) && !orgHead(w) && !isStop(w);

/**
 * Cuts an affiliation off a subject phrase, in place.
 * @param ph the phrase (Latin view and original script, same word count)
 * @param language the article lexicon's language code; other languages are left alone
 */
export function cutAffiliation(ph: Phrase, language: string): void {
  const re = RES.get(language);
  if (!re) return;
  for (const m of ph.text.matchAll(re)) {
    const words = ph.text.slice(0, m.index).trim().split(/\s+/);
    if (!nameWord(words[words.length - 1]) || !nameWord(words[words.length - 2])) continue;
    if ((AFFILIATION_BLOCKERS[language] ?? []).includes((words[words.length - 3] ?? '').toLowerCase())) continue;
    ph.text = ph.text.slice(0, m.index).trim();
    ph.original = ph.original.trim().split(/\s+/).slice(0, words.length).join(' ');
    return;
  }
}

/**
 * Cuts an adverbial participle (`duke qeshur`, `smejući se`, `dodavši`) and what follows it off a subject
 * phrase, in place, when a subject word precedes it.
 * @param ph the phrase (Latin view and original script, same word count)
 * @param language the article lexicon's language code; other languages are left alone
 */
export function cutGerund(ph: Phrase, language: string): void {
  const g = GERUNDS[language];
  if (!g) return;
  const words = ph.text.trim().split(/\s+/);
  const at = words.findIndex(
    (w, i) => i > 0 && (g.openers.includes(w.toLowerCase()) || g.endings.some((e) => w.toLowerCase().endsWith(e) && w.length > e.length + 2)),
  );
  if (at < 0) return;
  ph.text = words.slice(0, at).join(' ');
  ph.original = ph.original.trim().split(/\s+/).slice(0, at).join(' ');
}
