/**
 * Other written forms of an organisation the article names in full: an abbreviation of its words
 * (`Kancelarija za KiM` ↔ `Kancelarija za Kosovo i Metohiju`, `MSP` ↔ `Ministarstvo spoljnih poslova`)
 * and an inflected head noun alone (`Prema rečima Kancelarije` → the office named before).
 */
import { fold } from '../text/fold.js';
import type { Entity, EntityIndex } from './entities.js';
import { orgHead } from './roles.js';
import { words } from './text.js';

/** Folded words of `full`, from word `from` on, whose initials spell `abbr` (`kim` ↔ kosovo i metohiju). */
function initialsMatch(abbr: string, full: string[], from: number): boolean {
  const rest = full.slice(from);
  return rest.length >= 2 && rest.length === abbr.length && rest.every((w, i) => w[0] === abbr[i]);
}

/** True when `short` (folded words) abbreviates `full`: equal leading words, then an abbreviation of the rest. */
export function abbreviates(short: string[], full: string[]): boolean {
  if (short.length === 0 || short.length > full.length) return false;
  const k = short.length - 1;
  for (let i = 0; i < k; i++) if (!sameStem(short[i], full[i])) return false;
  return initialsMatch(short[k], full, k);
}

/** Two folded words share a stem when they differ only in an ending of at most two letters (`kancelarije`/`kancelarija`). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= 5 && a.length - p <= 2 && b.length - p <= 2;
}

/**
 * The indexed organisation a short or inflected form refers to, most recently mentioned first.
 * @param text the form as written (Latin view), e.g. `Kancelarija za KiM`, `Kancelarije`, `MSP`
 * @param index the article's entity index
 * @param at the position of the form (see `pos`): organisations mentioned before it come first
 * @returns the organisation, or undefined when none fits; never throws
 */
export function orgByForm(text: string, index: EntityIndex, at: number): Entity | undefined {
  const original = text.trim();
  const ws = words(fold(original));
  if (ws.length === 0 || ws.length > 6) return undefined;
  const lastWord = words(original)[words(original).length - 1] ?? '';
  // An abbreviation is written with capitals (`KiM`, `MSP`, `КиМ`).
  const isAbbr = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}$/u.test(lastWord) && /\p{Lu}.*\p{Lu}/u.test(lastWord);
  const headAlone = ws.length === 1 && orgHead(original) !== null;
  if (!isAbbr && !headAlone) return undefined;
  // Most recent mention before `at` first; organisations first named later come last.
  const lastBefore = (e: Entity) => Math.max(-1, ...e.mentions.filter((m) => m < at));
  const orgs = index.entities.filter((e) => e.kind === 'org' && e.name !== null).sort((a, b) => lastBefore(b) - lastBefore(a));
  for (const e of orgs) {
    const full = words(fold(e.name!));
    if (isAbbr && abbreviates(ws, full)) return e;
    if (headAlone && full.length > 1 && sameStem(ws[0], full[0])) return e;
  }
  return undefined;
}
