/**
 * First names with their usual gender, for pronoun and role resolution (`she` after `Hillary …`).
 *
 * Source: the person first-name tables of @faker-js/faker (pinned in package.json; MIT; folded into
 * `first-names.faker.ts`, which `first-names.faker.test.ts` checks against faker), which are
 * public name lists per locale — English, Serbian (Latin), Croatian, Russian, Ukrainian, Polish,
 * German, French, Italian, Spanish. Faker ships no Albanian locale, so `SQ_NAMES` below is a short
 * list written for this project from common Albanian usage (never from the evaluation corpora).
 * A name listed for both genders in any locale is left ambiguous.
 */
import { FAKER_FIRST_NAMES } from './first-names.faker.js';
import { fold } from '../../text/fold.js';

/** Common Albanian given names (written for this project; faker has no Albanian locale). */
const SQ_NAMES = {
  female: [
    'Albana', 'Albulena', 'Alketa', 'Anila', 'Arbana', 'Arbnora', 'Ardita', 'Blerina', 'Blerta', 'Dafina', 'Donika', 'Drita',
    'Edona', 'Elira', 'Elona', 'Entela', 'Eranda', 'Fatime', 'Fitore', 'Flaka', 'Floriana', 'Genta', 'Gentiana', 'Hana',
    'Hafije', 'Jehona', 'Kaltrina', 'Kimete', 'Liridona', 'Lirije', 'Majlinda', 'Mimoza', 'Mirlinda', 'Nora', 'Pranvera',
    'Qendresa', 'Rina', 'Shqipe', 'Shpresa', 'Teuta', 'Valbona', 'Valdete', 'Vjosa', 'Vlora', 'Vjollca', 'Zana',
  ],
  male: [
    'Adem', 'Afrim', 'Agim', 'Albin', 'Albulen', 'Arben', 'Ardian', 'Arian', 'Arianit', 'Artan', 'Astrit', 'Avni', 'Bajram',
    'Bekim', 'Besim', 'Besnik', 'Blerim', 'Burim', 'Driton', 'Edi', 'Enver', 'Fatmir', 'Fadil', 'Fatos', 'Fisnik', 'Gazmend',
    'Genc', 'Hashim', 'Ibrahim', 'Ilir', 'Isa', 'Kadri', 'Kreshnik', 'Lulzim', 'Mentor', 'Milaim', 'Naim', 'Petrit', 'Ramush',
    'Rexhep', 'Sali', 'Shpend', 'Skender', 'Taulant', 'Valon', 'Visar', 'Xhafer', 'Ylber', 'Zef',
  ],
};

type G = 'm' | 'f';
const TABLE = new Map<string, G | 'both'>();
/** Men's names of the Serbian and Croatian tables (folded), to choose among nominatives of a declined name. */
const SOUTH_SLAVIC_MALE = new Set<string>(FAKER_FIRST_NAMES.southSlavicMale.split('|'));

function add(names: readonly string[] | undefined, g: G): void {
  for (const n of names ?? []) {
    const k = fold(n);
    const had = TABLE.get(k);
    TABLE.set(k, had === undefined || had === g ? g : 'both');
  }
}

// Faker's tables, folded and merged at build time (`first-names.faker.ts`; loading ten faker locales
// here cost ≈ 0.1 s of every start, ADR 0233): the same table the loop over faker's locales built.
for (const g of ['f', 'm', 'both'] as const) for (const k of FAKER_FIRST_NAMES[g].split('|')) if (k) TABLE.set(k, g);
add(SQ_NAMES.female, 'f');
add(SQ_NAMES.male, 'm');

/**
 * The usual gender of a first name (any script, any case), from public name lists.
 * @returns `m`, `f`, or null when the name is unknown or used for both
 */
export function firstNameGender(name: string): G | null {
  const g = TABLE.get(fold(name));
  return g === 'm' || g === 'f' ? g : null;
}

/** True when the word is a known first name (either gender). */
export function isFirstName(name: string): boolean {
  return TABLE.has(fold(name));
}

const SQ_FEMALE = new Set(SQ_NAMES.female.map((n) => fold(n)));

/** True when the word is a woman's name of the Albanian list above (`Vjosa`, `Donika`): Serbian text declines them (`Vjose`). */
export function isAlbanianFemaleName(name: string): boolean {
  return SQ_FEMALE.has(fold(name));
}

/** True when the word is a man's name of the Serbian or Croatian public lists (`Marko`, `Petar`, `Luka`). */
export function isSouthSlavicMaleName(name: string): boolean {
  return SOUTH_SLAVIC_MALE.has(fold(name));
}
