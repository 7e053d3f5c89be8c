/**
 * Serbian: an institution named in an oblique case (`U Crvenom krstu kažu`, `Из Црвеног крста Ниш кажу`,
 * `U Ministarstvu zdravlja navode`, `iz Kancelarije za KiM`) is reported in the nominative (`Crveni krst`,
 * `Црвени крст Ниш`, `Ministarstvo zdravlja`, `Kancelarija za KiM`): the preposition goes, the head noun
 * (`lexicon/sr-org-heads.ts`) takes its nominative form and the adjectives before it agree with it; the
 * genitive complement after the head (`zdravlja`, `Srbije`, `za KiM`) is kept as written. A document
 * named before the institution (`U saopštenju Ministarstva zdravlja navodi se`) is not part of its name.
 */
import { cyrillicToLatin, fold } from '../text/fold.js';
import { nationOf } from './roles.js';
import { SOURCE_DOCUMENTS } from './lexicon/source-documents.js';
import { SR_ORG_ADJECTIVE_ENDINGS, SR_ORG_HEAD_ENDINGS, SR_ORG_HEADS, SR_ORG_PREPOSITIONS } from './lexicon/sr-org-heads.js';

type Gender = 'm' | 'f' | 'n';
const CYR = /[\u0400-\u04ff]/;
const TO_CYR: Record<string, string> = { a: 'а', e: 'е', i: 'и', o: 'о', u: 'у', m: 'м', g: 'г', j: 'ј', k: 'к', c: 'ц', r: 'р' };
const inScript = (latin: string, cyr: boolean) => (cyr ? [...latin].map((ch) => TO_CYR[ch] ?? ch).join('') : latin);
const lower = (w: string) => cyrillicToLatin(w).toLowerCase();

/**
 * Every head noun (masculine, feminine, neuter, in lexicon order) with the stems its oblique forms are
 * built on: a fleeting `a` (`centar` → `centra`) and a feminine `-ka` → `-ci` (`stranka` → `stranci`,
 * `klinici`). Built once: `headOf` runs for every word of every Serbian organisation name (issue 23).
 */
const HEAD_STEMS = (['m', 'f', 'n'] as const).flatMap((gender) =>
  SR_ORG_HEADS[gender].map((h) => {
    const stem = gender === 'm' ? h : h.slice(0, -1);
    return { gender, h, stems: [stem, stem.replace(/a([^aeiou])$/, '$1'), stem.replace(/k$/, 'c')] };
  }),
);

/** A head noun's nominative for an inflected word (Latin, lower case), or null. */
function headOf(w: string): { gender: Gender; nominative: string; cut: number } | null {
  for (const { gender, h, stems } of HEAD_STEMS) {
    if (w === h) return { gender, nominative: h, cut: 0 };
    for (const s of stems) {
      if (w.startsWith(s) && SR_ORG_HEAD_ENDINGS[gender].includes(w.slice(s.length))) return { gender, nominative: h, cut: w.length - s.length };
    }
  }
  return null;
}

/** Whether a word (either script, any case) is a form of an institution head noun (`agencija`, `Ministarstvu`, `предузећа`). */
export function isSerbianOrgHead(word: string): boolean {
  return headOf(lower(word)) !== null;
}

/** The Latin nominative of an institution head noun in any case and script (`Ministarstva`, `министарство` → `ministarstvo`), or null. */
export function serbianOrgHead(word: string): string | null {
  return headOf(lower(word))?.nominative ?? null;
}

/** The word in the nominative: its oblique ending cut and the nominative's end added, in the word's script. */
function rebuild(word: string, cut: number, nominativeLatin: string): string {
  const cyr = CYR.test(word);
  const stemLatin = lower(word).slice(0, lower(word).length - cut);
  const stem = word.slice(0, word.length - cut);
  // What the nominative adds after the shared stem (`krst` + ``, `kancelarij` + `a`, `centr` → `centar`).
  let k = 0;
  while (k < stemLatin.length && k < nominativeLatin.length && stemLatin[k] === nominativeLatin[k]) k++;
  if (k === stemLatin.length) return stem + inScript(nominativeLatin.slice(k), cyr);
  // Fleeting `a` or `k`/`c`: the stem's last letter differs; rebuild its tail from the nominative.
  const keep = stem.slice(0, stem.length - (stemLatin.length - k));
  return keep + inScript(nominativeLatin.slice(k), cyr);
}

/**
 * The nominative name of a Serbian institution written in an oblique case, in its own script.
 * @param name the phrase as written, possibly opened by `u`/`iz`/`od`/`kod`/`na` and a document (`saopštenju`)
 * @returns the nominative name, or `name` unchanged when no institution head noun is in it
 */
export function serbianOrgNominative(name: string): string {
  let ws = name.trim().split(/\s+/);
  if (ws.length > 1 && SR_ORG_PREPOSITIONS.includes(lower(ws[0]))) ws = ws.slice(1);
  if (ws.length > 1 && /^\p{Lu}/u.test(ws[1]) && SOURCE_DOCUMENTS.sr.stems.some((d) => lower(ws[0]).startsWith(d))) ws = ws.slice(1);
  const h = ws.findIndex((w) => headOf(lower(w)) !== null);
  if (h < 0 || h > 3) return name;
  const head = headOf(lower(ws[h]))!;
  if (head.cut === 0 && h === 0) return ws.join(' ');
  const out = ws.slice();
  out[h] = rebuild(ws[h], head.cut, head.nominative);
  // `u` after a masculine head's adjectives is no adjective ending (`Crvenu` is accusative of a feminine).
  for (let i = h - 1; i >= 0; i--) {
    const w = lower(ws[i]);
    const hit = SR_ORG_ADJECTIVE_ENDINGS[head.gender].find(([end]) => w.endsWith(end) && w.length - end.length >= 3);
    if (!hit) {
      if (/[ioa]$/.test(w) || /-/.test(w)) continue; // already nominative (`Rusko-srpski`, `Crveni`)
      return name;
    }
    const base = w.slice(0, -hit[0].length);
    out[i] = rebuild(ws[i], hit[0].length, base + hit[1]);
  }
  return out.join(' ');
}

/**
 * Serbian: a capitalised noun phrase closed by a country or city in the genitive (`Elektroprivreda Srbije`,
 * `Pošta Srbije`, `Народна банка Србије`, `Železnice Srbije`) is an institution of that country, never a
 * person: a person's name is not followed by a genitive place. The first word must not be a first name.
 * @param name the phrase as written
 * @param isFirst tells a listed first name
 */
export function isCountryInstitution(name: string, isFirst: (w: string) => boolean): boolean {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 5 || !/^\p{Lu}\p{Ll}/u.test(ws[0]) || isFirst(ws[0])) return false;
  const last = lower(ws[ws.length - 1]);
  return /^\p{Lu}/u.test(ws[ws.length - 1]) && /(?:ije|e|a)$/.test(last) && nationOf(fold(last)) !== null;
}
