/**
 * Spelling data for names (`../name-fold.ts`, used by speaker identity and the quote extractor, ADR
 * 0284): how the scripts and orthographies wirewatch reads write one name, and the case endings a
 * surname takes in running text.
 *
 * Sources: Serbian Cyrillic ↔ Latin is the official one-to-one mapping (Pravopis srpskoga jezika);
 * Albanian writes the same sounds ç = č, q = ć, xh = dž, gj = đ, sh = š, zh = ž, th ≈ t, dh ≈ d, ë ≈ e
 * (Albanian orthography of 1972); English press romanisations use ch, sh, zh, kh, ts (BGN/PCGN for
 * Russian, Ukrainian). Russian, Ukrainian and Macedonian Cyrillic letters are included so foreign
 * officials quoted in Serbian Cyrillic (`Боцан-Харченко`) meet their English spellings.
 */

/** Cyrillic letter → Serbian Latin (lower case). */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  // Russian, Ukrainian, Belarusian
  ё: 'e',
  й: 'j',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  щ: 'šč',
  і: 'i',
  ї: 'ji',
  є: 'je',
  ґ: 'g',
  ў: 'u',
  // Macedonian
  ѓ: 'đ',
  ќ: 'ć',
  ѕ: 'dz',
};

/**
 * Latin digraphs and letters of other orthographies → the Serbian Latin letter for the same sound,
 * applied in this order (longest first) after transliteration.
 */
export const LATIN_SOUND_RULES: readonly (readonly [string, string])[] = [
  ['xh', 'dž'], // Albanian
  ['gj', 'đ'], // Albanian
  ['dj', 'đ'], // Serbian Latin without diacritics (Djokovic)
  ['sh', 'š'], // Albanian, English
  ['zh', 'ž'], // Albanian, English
  ['ch', 'č'], // English
  ['kh', 'h'], // English romanisation of х
  ['ts', 'c'], // English romanisation of ц
  ['th', 't'], // Albanian (Thaçi → Tači)
  ['dh', 'd'], // Albanian
  ['ll', 'l'], // Albanian
  ['rr', 'r'], // Albanian
  ['ç', 'č'], // Albanian
  ['q', 'ć'], // Albanian
  ['ë', 'e'], // Albanian
  ['w', 'v'],
];

/**
 * Endings a name takes in running text (folded, diacritics removed): Serbian cases
 * (Vučić-a, -u, -em, -om; Kurti-ja, -ju, -jem), Albanian definite and case forms (Vuçiq-i, -it, -in,
 * -n, -t), English possessive `s`. Two written forms are one word when they differ only by these.
 */
export const NAME_ENDINGS: readonly string[] = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'om',
  'em',
  'og',
  'om',
  'ima',
  'ama',
  'oj',
  'ja',
  'ju',
  'je',
  'jem',
  'ju',
  'ija',
  'iju',
  'ije',
  'ijem',
  'it',
  'in',
  'n',
  't',
  'ne',
  'se',
  'es',
  's',
];

/** Shortest common stem for surnames / given names to count as one word (`Rama`/`Rame`: `ram`). */
export const MIN_SURNAME_STEM = 3;
export const MIN_GIVEN_STEM = 2;
