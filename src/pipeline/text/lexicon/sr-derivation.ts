/**
 * Word lists for the Serbian (Croatian, Bosnian) derived forms of a term word (`../sr-derivation.ts`):
 * the exceptions to its rules, lower case, Latin, diacritics kept.
 */

/**
 * Monosyllabic masculine nouns ending in a hard consonant whose plural takes `-ev-` (alone or beside
 * the regular `-ov-`), with the plural stem written out: `put` → *putevi* (beside *putovi*), `car` →
 * *carevi*, `knez` → *kneževi* (z → ž before e). The rule gives `-ov-` after a hard consonant; these add
 * their own stem to it.
 */
export const PLURAL_EV_STEMS: Readonly<Record<string, readonly string[]>> = {
  put: ['putev'],
  car: ['carev'],
  sir: ['sirev'],
  mraz: ['mrazev'],
  knez: ['knežev'],
};
