/**
 * Serbian and Albanian: a subject phrase headed by a noun for an unnamed source (`Izvori u Srpskoj listi`,
 * `Izvor upoznat sa pregovorima`, `Burime në qeveri`) names nobody, whatever names its modifiers hold
 * (the party, the talks, the ministry are where the source sits, not who speaks).
 */
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { sqKinshipNouns, sqSourceNouns } from './lexicon/sq.js';
import { srKinshipNouns, srPossessiveDeterminers, srSourceAdjectives, srSourceNouns } from './lexicon/sr.js';

const HEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  sr: new Set(srSourceNouns),
  sq: new Set(sqSourceNouns),
};

/** Words before the source noun that leave it unnamed (`jedan`, `neimenovani`); Albanian puts them after it. */
const BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  sr: new Set(srSourceAdjectives),
  sq: new Set(['nje']),
};

const SR_POSSESSIVES: ReadonlySet<string> = new Set(srPossessiveDeterminers);

const KIN: Readonly<Record<string, ReadonlySet<string>>> = {
  sr: new Set(srKinshipNouns.map(fold)),
  sq: new Set(sqKinshipNouns.map(fold)),
};

/**
 * Whether a subject phrase is headed by an unnamed-source noun. A source noun that is also a first name,
 * followed by a capitalised word, is a person's name (Albanian `Burim Gashi`: `burim` is `source`, and
 * `Burim` a man's name), not a source.
 * @param text the subject phrase (Latin view)
 * @param language the article lexicon's language code; English is never matched here
 * @returns true when the phrase's first word (after an indefinite such as `jedan`/`një`, or a Serbian adjective
 *   of anonymity such as `neimenovani`) is such a noun
 */
export function isSourceNounPhrase(text: string, language: string): boolean {
  const heads = HEADS[language];
  if (!heads) return false;
  const raw = text.trim().split(/\s+/);
  if (raw.length > 1 && isFirstName(raw[0]) && /^\p{Lu}\p{Ll}/u.test(raw[1])) return false;
  const ws = fold(text).split(/\s+/).filter(Boolean);
  // `jedan`/`një`, and Serbian adjectives of anonymity (`Neimenovani izvor`, `Dobro obavešteni izvori`).
  const before = BEFORE[language];
  let i = 0;
  while (i < 2 && i < ws.length - 1 && before.has(ws[i])) i++;
  return heads.has(ws[i] ?? '');
}

/**
 * Whether a subject phrase is an unnamed relative or neighbour: its first word is a kinship noun
 * (`Otac osumnjičenog`, `Мајка другог осумњиченог`, `Babai i të dyshuarit`; Serbian after a possessive,
 * `Moja baba`) and no capitalised word (a
 * name) follows it: `Otac Sava` and `Nëna Tereze` are titles before a name, `Brat uhapšenog Marko P.` names
 * the brother.
 * @param text the subject phrase (Latin view)
 * @param language the article lexicon's language code; English is never matched here
 */
export function isKinshipPhrase(text: string, language: string): boolean {
  const kin = KIN[language];
  if (!kin) return false;
  let ws = text.trim().split(/\s+/).filter(Boolean);
  // A possessive determiner before the noun (`Moja baba`, `Njegov otac`) names no one either.
  if (ws.length > 1 && language === 'sr' && SR_POSSESSIVES.has(fold(ws[0]))) ws = ws.slice(1);
  if (ws.length === 0 || !kin.has(fold(ws[0]).replace(/[,.;:]+$/, ''))) return false;
  return ws.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}
