/**
 * One name in every spelling wirewatch reads (ADR 0284): `Hoxha` (Albanian), `Hodža` (Serbian Latin)
 * and `Хоџа` (Serbian Cyrillic) fold to one skeleton, `hodza`. Speaker identity
 * (`pipeline/speakers/identity.ts`) compares stored spellings with it, and the quote extractor
 * (`pipeline/quotes/entities.ts`) finds one person in an article that writes the name two ways.
 * The letters and digraphs are data in `lexicon/spellings.ts`.
 */
import { CYRILLIC_TO_LATIN, LATIN_SOUND_RULES } from './lexicon/spellings.js';
import { detach } from './fold.js';

/**
 * The comparable skeleton of a written name: lower case, Latin, ASCII letters, single spaces and
 * hyphens. `Вучић` → `vucic`, `Vuçiq` → `vucic`, `Đurić` → `djuric`, `Gjuriq` → `djuric`,
 * `Botsan-Kharchenko` → `bocan-harcenko`.
 * @param s any text (a name as written)
 * @returns the skeleton; '' when it holds no letter
 */
export function foldName(s: string): string {
  let t = s.normalize('NFC').toLowerCase();
  t = [...t].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  // y: a consonant before a vowel at a word's start (Yanukovych = Janukovič), else a vowel (Albanian y)
  t = t.replace(/(^|[\s-])y(?=[aeiou])/g, '$1j').replace(/y/g, 'i');
  for (const [from, to] of LATIN_SOUND_RULES) t = t.split(from).join(to);
  t = t.replace(/đ/g, 'dj').normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/['’`]/g, '').replace(/[^a-z\s-]/g, ' ');
  return t
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `foldName` of one word, remembered (the quote extractor asks for the same name words again and
 * again; bounded like the other text memos, ADR 0231). A word `fold` has already folded (`hoxha`,
 * `thaci`) gives the same skeleton as the word as written (`hodza`, `taci`).
 * @param word one word, as written or folded
 */
export function nameSkeleton(word: string): string {
  let k = skeletonMemo.get(word);
  if (k === undefined) {
    if (skeletonMemo.size >= 20_000) skeletonMemo.clear();
    const key = detach(word);
    k = foldName(key);
    skeletonMemo.set(key, k);
  }
  return k;
}
const skeletonMemo = new Map<string, string>();
