/**
 * Serbian and Albanian: an organisation written in sentence case and followed by its acronym in brackets
 * (`Pokrajinska agencija za zaštitu voda (PAZV) saopštila je`, `Регионална компанија за грејање (РКГ)`,
 * `Agjencia për mbrojtjen e ujërave (AMU)`) is one organisation with two names. Its words after the first
 * are lower case, so the run of capitalised words that finds `Ministry of Health (MOH)` sees only its
 * first word; this scan walks back from the bracket to the capitalised word that opens the name. Later
 * mentions by the acronym (`u saopštenju PAZV-a`, `PAZV je naveo`) are that organisation, and readers are
 * given the fullest name the article writes, not the acronym.
 */
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { orgHead } from './roles.js';
import { isSerbianOrgHead } from './sr-org-case.js';

/** One organisation name before a bracketed acronym, in offsets of the scanned text. */
export interface AcronymOrg {
  /** Start of the name (its first, capitalised word). */
  start: number;
  /** End of the name (before the space and the bracket). */
  end: number;
  /** Start and end of the acronym inside the brackets. */
  acronym: [number, number];
}

const LANGUAGES = new Set(['sr', 'sq']);
const ACRONYM = /\((\p{Lu}[\p{Lu}\d]+)\)/gu;
/** The words a name may hold: letters, with an inner hyphen (`Rusko-srpski`); anything else ends the walk. */
const NAME_WORD = /^\p{L}+(?:-\p{L}+)*$/u;
/** Words looked at before the bracket: institution names are long, a clause is longer. */
const MAX_WORDS = 12;

/** Whether a word is the head noun of an institution's name in the language (`agencija`, `Ministarstvo`, `Agjencia`). */
function isHead(word: string, language: string): boolean {
  return orgHead(word) !== null || (language === 'sr' && isSerbianOrgHead(word));
}

/**
 * The sentence-case organisation names written right before a bracketed acronym. The name opens at the
 * nearest capitalised word that is, or stands right before, an institution head noun (`Pokrajinska
 * agencija`, `Ministarstvo`); it holds no punctuation and no listed first name (`poslanik Skupštine Goran
 * Ilić (SNS)` is a person and his party), and the acronym starts with the name's first letter (a letter
 * check that keeps a party or a foreign acronym after some other phrase from being taken for its name).
 * @param text the paragraph's masked Latin view (quoted text blanked)
 * @param language the article lexicon's language code; other languages give no names
 * @returns each name's span and its acronym's span, in text offsets
 */
export function sentenceCaseAcronymOrgs(text: string, language: string): AcronymOrg[] {
  if (!LANGUAGES.has(language) || !text.includes('(')) return [];
  const out: AcronymOrg[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const at = m.index;
    const words = [...text.slice(Math.max(0, at - 240), at).matchAll(/\S+/g)].map((w) => ({ w: w[0], at: Math.max(0, at - 240) + w.index }));
    const tail = words.slice(-MAX_WORDS);
    let start = -1;
    for (let i = tail.length - 1; i >= 0; i--) {
      const { w } = tail[i];
      if (!NAME_WORD.test(w) || isFirstName(w)) break;
      if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
      const next = tail[i + 1]?.w;
      if (isHead(w, language) || (next !== undefined && NAME_WORD.test(next) && /^\p{Ll}/u.test(next) && isHead(next, language))) {
        start = i;
        break;
      }
    }
    if (start < 0 || fold(tail[start].w)[0] !== fold(m[1])[0]) continue;
    const last = tail[tail.length - 1];
    out.push({ start: tail[start].at, end: last.at + last.w.length, acronym: [at + 1, at + 1 + m[1].length] });
  }
  return out;
}
