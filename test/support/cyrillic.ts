/**
 * A Serbian Cyrillic copy of a Latin test text, letter for letter (the one-to-one letters of the Serbian
 * alphabets; digraphs are left as two letters, and letters Serbian lacks — q, w, x, y — stay Latin), so a
 * test can publish "the same story in the other script" that wirewatch's folding maps back to the Latin.
 * @param latin text written in Latin letters
 */
export function toSerbianCyrillic(latin: string): string {
  return [...latin]
    .map((c) => {
      const lower = c.toLowerCase();
      const cyr = LETTERS[lower];
      if (cyr === undefined) return c;
      return c === lower ? cyr : cyr.toUpperCase();
    })
    .join('');
}

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};
