/**
 * The gender a quote's own words give its speaker: a Serbian first-person past or passive participle
 * agrees with whoever says it (`Izabran sam` is a man's words, `Izabrana sam` a woman's), so a quote with
 * no cue of its own is never handed to a speaker of the other gender (`lexicon/*.ts` `firstPersonGender`).
 */
import { fold } from '../text/fold.js';
import type { Entity, Gender } from './entities.js';
import type { QuoteLexicon } from './lexicon/index.js';
import { escapeRe } from './text.js';

const memo = new WeakMap<QuoteLexicon, { m: RegExp; f: RegExp } | null>();

function patterns(lex: QuoteLexicon): { m: RegExp; f: RegExp } | null {
  let p = memo.get(lex);
  if (p !== undefined) return p;
  const g = lex.firstPersonGender;
  if (!g) p = null;
  else {
    const aux = g.aux.map(escapeRe).join('|');
    // The participle beside its auxiliary, before (`izabran sam`) or after it (`nisam rekla`).
    const re = (ends: string[]) => {
      const e = ends.map(escapeRe).join('|');
      return new RegExp(`(?:^|[^\\p{L}])(?:\\p{L}+(?:${e})\\s+(?:${aux})|(?:${aux})\\s+\\p{L}+(?:${e}))(?![\\p{L}])`, 'u');
    };
    p = { m: re(g.m), f: re(g.f) };
  }
  memo.set(lex, p);
  return p;
}

/** The gender a quote's first-person words show, or null when they show none or both. */
export function quoteGender(text: string, lex: QuoteLexicon): Gender | null {
  const p = patterns(lex);
  if (!p) return null;
  const f = fold(text);
  const m = p.m.test(f);
  const w = p.f.test(f);
  return m === w ? null : m ? 'm' : 'f';
}

/** True when a speaker of known gender cannot have said a quote whose words show the other gender. */
export function genderClash(entity: Entity | null | undefined, gender: Gender | null): boolean {
  return !!entity && entity.kind === 'person' && gender !== null && entity.gender !== null && entity.gender !== gender;
}
