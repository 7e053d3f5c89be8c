/**
 * English subject phrases that open with a person's name and go on with a lower-case apposition
 * (`Jane Roe, a delegate from Austin, Texas,` / `Roe, speaking to students,` / `Jane Roe, chairman of the
 * board of Acme Partners,`): the speaker is the name; capitalised words inside the apposition (a place, an
 * employer) are what the apposition says about that person, never the speaker. ADR 0134.
 */
import { fold } from '../text/fold.js';
import { enClauseWords } from './lexicon/en.js';
import { isFirstName } from './lexicon/first-names.js';
import { nameRun, npIsh } from './name-runs.js';
import type { Phrase, SubjectEnv } from './subject-phrase.js';

const OPENERS = new Set(enClauseWords.appositionOpeners);
const PARTICIPLE = new RegExp(`^\\p{Ll}+(?:${enClauseWords.participleEndings.join('|')})$`, 'u');

/**
 * True when comma segment 0 of an English subject phrase is a person's name (with any title or role words
 * before it) and segment 1 is a lower-case apposition about that person.
 * @param segs the phrase's comma segments (Latin view)
 */
export function leadsWithNameApposition(segs: string[], env: SubjectEnv): boolean {
  if (env.lex.language !== 'en' || segs.length < 2) return false;
  const seg0 = segs[0].trimEnd();
  const r = nameRun(seg0);
  if (!r || r[1] !== seg0.length || (r[0] > 0 && !npIsh(seg0.slice(0, r[0])))) return false;
  const name = seg0.slice(r[0], r[1]);
  const known = env.index.byName(name);
  const person = known ? known.kind === 'person' : /\s/.test(name) && isFirstName(fold(name.split(/\s+/)[0]));
  if (!person) return false;
  const first = segs[1].trim().split(/\s+/)[0] ?? '';
  return /^\p{Ll}/u.test(first) && (OPENERS.has(first) || PARTICIPLE.test(first));
}

/**
 * Cuts an English subject phrase that opens with a name and a lower-case apposition down to the name
 * (`Jane Roe, a delegate from Austin, Texas` → `Jane Roe`).
 * @returns true when the phrase was cut
 */
export function nameBeforeApposition(ph: Phrase, env: SubjectEnv): boolean {
  const segs = ph.text.split(/,\s*/);
  if (!leadsWithNameApposition(segs, env)) return false;
  const oSegs = ph.original.split(/,\s*/);
  ph.text = segs[0].trim();
  ph.original = (oSegs.length === segs.length ? oSegs[0] : segs[0]).trim();
  return true;
}

/** True when a segment after a subject opens with a lower-case participle (`wearing a cap`, `asked about it`): an aside, not the subject. */
export function participleAside(seg: string, language: string): boolean {
  if (language !== 'en') return false;
  return PARTICIPLE.test(seg.trim().split(/\s+/)[0] ?? '');
}
