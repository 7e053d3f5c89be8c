/**
 * Lexicon: month name stems and day names for textual feed dates (dates.ts). Tokens are lower-cased
 * and folded (diacritics removed) before lookup; a month matches when a token starts with its stem.
 * Day names are recognised only to be ignored (publishers often get them wrong).
 */

export const MONTH_STEMS: Array<[string, number]> = [
  // Longest stems first where one is a prefix of another (juin/juil before jun/jul).
  ['juin', 6], ['juil', 7],
  ['jan', 1], ['feb', 2], ['fev', 2], ['mar', 3], ['mrz', 3], ['apr', 4], ['avr', 4], ['may', 5], ['mai', 5],
  ['maj', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['avg', 8], ['aou', 8], ['sep', 9], ['oct', 10], ['okt', 10],
  ['nov', 11], ['dec', 12], ['dez', 12],
  ['јан', 1], ['феб', 2], ['мар', 3], ['апр', 4], ['мај', 5], ['јун', 6], ['јул', 7], ['авг', 8], ['сеп', 9],
  ['окт', 10], ['нов', 11], ['дец', 12],
  // Albanian (janar, shkurt, mars, prill, maj, qershor, korrik, gusht, shtator, tetor, nëntor, dhjetor;
  // abbreviations Shk, Pri, Qer, Kor, Gsh/Gush, Sht, Tet, Nën, Dhj). Folded: ë → e.
  ['shk', 2], ['pri', 4], ['qer', 6], ['kor', 7], ['gsh', 8], ['gus', 8], ['sht', 9], ['tet', 10], ['nen', 11], ['dhj', 12],
  // Croatian / Bosnian (siječanj, veljača, ožujak, travanj, svibanj, lipanj, srpanj, kolovoz, rujan,
  // listopad, studeni, prosinac). Folded: č, ž → c, z.
  ['sij', 1], ['velj', 2], ['ozu', 3], ['trav', 4], ['svib', 5], ['lip', 6], ['srp', 7], ['kol', 8], ['ruj', 9],
  ['lis', 10], ['stu', 11], ['pros', 12],
  // Macedonian and Bulgarian Cyrillic where they differ from Serbian (февруари, ноември, декември).
  ['фев', 2], ['ное', 11], ['дек', 12],
];

/** Day names and abbreviations that may precede a date (ignored: publishers often get them wrong). */
export const DAY_NAMES = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'pon', 'uto', 'sre', 'cet', 'pet', 'sub', 'ned', 'ponedeljak', 'utorak', 'sreda', 'cetvrtak', 'petak', 'subota', 'nedelja', 'nedjelja', 'srijeda',
  'пон', 'уто', 'сре', 'чет', 'пет', 'суб', 'нед', 'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend',
  'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // Albanian (e hënë, e martë, e mërkurë, e enjte, e premte, e shtunë, e diel), folded.
  'e', 'hen', 'mar', 'mer', 'enj', 'pre', 'sht', 'die', 'hene', 'marte', 'merkure', 'enjte', 'premte', 'shtune', 'diel',
  // Croatian / Bosnian (ponedjeljak, utorak, srijeda, četvrtak, petak, subota, nedjelja), folded.
  'sri', 'ponedjeljak',
  // Macedonian (понеделник, вторник, среда, четврток, петок, сабота, недела).
  'вто', 'саб', 'понеделник', 'вторник', 'четврток', 'петок', 'сабота', 'недела',
]);

