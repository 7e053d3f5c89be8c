/**
 * First names with their usual gender, for pronoun and role resolution (`she` after `Hillary …`).
 *
 * Source: the person first-name tables of @faker-js/faker (pinned in package.json; MIT), which are
 * public name lists per locale — English, Serbian (Latin), Croatian, Russian, Ukrainian, Polish,
 * German, French, Italian, Spanish. Faker ships no Albanian locale, so `SQ_NAMES` below is a short
 * list written for this project from common Albanian usage (never from the evaluation corpora).
 * A name listed for both genders in any locale is left ambiguous.
 */
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as sr } from '@faker-js/faker/locale/sr_RS_latin';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as ru } from '@faker-js/faker/locale/ru';
import { faker as uk } from '@faker-js/faker/locale/uk';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as es } from '@faker-js/faker/locale/es';
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
const SOUTH_SLAVIC_MALE = new Set<string>([...(sr.rawDefinitions.person?.first_name?.male ?? []), ...(hr.rawDefinitions.person?.first_name?.male ?? [])].map((n) => fold(n)));

function add(names: readonly string[] | undefined, g: G): void {
  for (const n of names ?? []) {
    const k = fold(n);
    const had = TABLE.get(k);
    TABLE.set(k, had === undefined || had === g ? g : 'both');
  }
}

for (const f of [en, sr, hr, ru, uk, pl, de, fr, it, es]) {
  const fn = f.rawDefinitions.person?.first_name;
  add(fn?.female, 'f');
  add(fn?.male, 'm');
}
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

/** True when the word is a man's name of the Serbian or Croatian public lists (`Marko`, `Petar`, `Luka`). */
export function isSouthSlavicMaleName(name: string): boolean {
  return SOUTH_SLAVIC_MALE.has(fold(name));
}
