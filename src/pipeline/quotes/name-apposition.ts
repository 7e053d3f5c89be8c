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
import { nationOf, orgHead, parseRole } from './roles.js';
import type { Phrase, SubjectEnv } from './subject-phrase.js';

/** Newspaper and broadcaster name words (`the Harbour Gazette`, `the Times`). */
const MASTHEADS = new RegExp(`(?:^|\\s)(?:${enClauseWords.mastheadWords.join('|')})$`, 'u');
const OPENERS = new Set(enClauseWords.appositionOpeners);
/** A lower-case description before a name (`the economist Jane Roe`, `a former aide Jane Roe`): no part of it is a name. */
const DESCRIPTIVE_PREFIX = new RegExp(`^(?:${enClauseWords.attributiveDeterminers.join('|')})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}$`, 'u');
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
  if (!r || r[1] !== seg0.length || (r[0] > 0 && !npIsh(seg0.slice(0, r[0])) && !DESCRIPTIVE_PREFIX.test(seg0.slice(0, r[0])))) return false;
  const name = seg0.slice(r[0], r[1]);
  const known = env.index.byName(name);
  const person = known ? known.kind === 'person' : /\s/.test(name) && isFirstName(fold(name.split(/\s+/)[0]));
  if (!person) return false;
  // An age between the name and the apposition (`Jane Roe, 67, a retired teacher in Dover, Kent`) is skipped.
  const k = /^\s*\d{1,3}\s*$/.test(segs[1]) && segs.length > 2 ? 2 : 1;
  const first = segs[k].trim().split(/\s+/)[0] ?? '';
  if (/^\p{Ll}/u.test(first) && (OPENERS.has(first) || PARTICIPLE.test(first) || parseRole(segs[k]) !== null)) return true;
  return ownedApposition(segs[k]);
}

/** `or`, `and`, `nor` coordinate subjects: a capitalised segment holding one is a list of names, no apposition. */
const COORDINATING = new Set(enClauseWords.appositionCoordinators);
const CAP = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;

/**
 * A segment after a person's name that describes the person although it does not open with an opener word:
 * a possessive of the person's employer or principal (`Roe’s campaign manager`, `Mayor Roe's envoy to …`),
 * capitalised modifiers before a role (`North Dover director for Roe`), or a lower-case noun with a
 * post-modifier (`historian at the harbour museum`, `pastor of …`, `at a firm called …`). The names in it
 * are what it says about the person, never the speaker (issue 15).
 */
function ownedApposition(seg: string): boolean {
  const ws = seg.trim().split(/\s+/);
  if (LOWER.test(ws[0])) return !COORDINATING.has(ws[0]) && (ws[0] === 'at' || ['of', 'at', 'for', 'with', 'to', 'in'].includes(ws[1] ?? ''));
  if (ws.some((w) => COORDINATING.has(w))) return false;
  const lower = ws.findIndex((w) => LOWER.test(w));
  if (lower <= 0 || lower > 4 || !ws.slice(0, lower).every((w) => CAP.test(w))) return false;
  // `Roe’s campaign manager`, `Mayor Roe's special envoy`: a possessive right before the first lower-case word.
  if (POSSESSIVE.test(ws[lower - 1])) return true;
  return parseRole(ws[lower]) !== null;
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

/**
 * English: `the BBC`, `the Harbour Gazette` as a whole subject phrase is the named organisation; the
 * article is no part of its name. A role or nationality after `the` (`the Republican`, `the Wisconsin
 * senator`) is left for the role resolver.
 * @returns true when the phrase was cut
 */
export function theBeforeName(ph: Phrase, language: string): boolean {
  if (language !== 'en') return false;
  const m = /^the\s+((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’.-]*){0,4})$/u.exec(ph.text.trim());
  if (!m || parseRole(m[1]) !== null || nationOf(fold(m[1].split(/\s+/)[0])) !== null) return false;
  const acronym = /^\p{Lu}{2,6}$/u.test(m[1]);
  if (!acronym && !orgHead(m[1]) && !MASTHEADS.test(m[1])) return false;
  ph.text = m[1];
  ph.original = ph.original.trim().replace(/^the\s+/i, '');
  return true;
}

/** Lower-case words that can sit inside an English name (`Bank of England`, `Ludwig van Beethoven`). */
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'de', 'van', 'von', 'der', 'da', 'di', 'del', 'la', 'le', 'on', 'in', 'to', 'at', '&']);

/**
 * English: a phrase with lower-case words that no name holds (`Most of the vulnerable Senate Republicans
 * have already`, `Now, 52 percent`) is a clause, not a speaker's name; an organisation noun keeps it.
 * @param type the phrase's organisation head, if any
 */
export function clauseNotName(name: string, type: string | null, language: string): boolean {
  if (language !== 'en' || type) return false;
  return name.split(/[\s,]+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_LINKS.has(w));
}
