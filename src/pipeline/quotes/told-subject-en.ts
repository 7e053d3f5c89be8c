/**
 * English `…, Jane Roe, a transit advocate, told the Ledger.` (issue 15): after `tell` the noun phrase is
 * the one spoken to (a reporter, an outlet, a crowd), never the subject, as it is after an inverted `said`
 * (`…, said the mayor.`). When nothing stands between the content's comma and the verb, the subject is the
 * comma segment before it, or, when that segment is a lower-case apposition, the name before the apposition.
 */
import { enClauseWords } from './lexicon/en.js';
import { nameRun } from './name-runs.js';

const ADDRESSEE_VERBS = new Set(enClauseWords.addresseeVerbs);

/** True when `verb` (a cue verb's text) is a form of `tell`, whose object is the one spoken to. */
export function addresseeVerb(verb: string): boolean {
  return ADDRESSEE_VERBS.has(verb.trim().toLowerCase());
}

/** A lower-case apposition segment (`a transit advocate`, `the group’s director`, `67`). */
const APPOSITION = /^\s*(?:\p{Ll}|\d)/u;

/**
 * The subject of a `tell` verb that follows a comma directly (`…, Jane Roe, an advocate, told the Ledger`),
 * read backwards over comma segments of `before` (the sentence up to the comma before the verb): the
 * segment before the comma when it is a name, or the name before a lower-case apposition.
 * @returns the subject's [start, end) and where the content ends (offsets into `before`), or null
 */
export function subjectBeforeTell(before: string): { np: [number, number]; contentEnd: number } | null {
  const b1 = boundaryBefore(before, before.length);
  if (!b1) return null;
  const seg1 = before.slice(b1.segStart);
  if (isWholeName(seg1)) return { np: [b1.segStart, before.length], contentEnd: b1.contentEnd };
  if (!APPOSITION.test(seg1) || seg1.split(/\s+/).filter(Boolean).length > 12) return null;
  const b0 = boundaryBefore(before, b1.contentEnd);
  if (!b0 || !isWholeName(before.slice(b0.segStart, b1.contentEnd))) return null;
  return { np: [b0.segStart, before.length], contentEnd: b0.contentEnd };
}

/** A closing quote mark after masked quoted words (`…q,” Roe, an advocate, told`): its comma stands inside it. */
const CLOSING_MARK = /q[”"’'](?=\s)/g;

/**
 * The last comma segment boundary before `upto`: a comma, or a closing quote mark (the content keeps the
 * mark); the segment starts after it.
 */
function boundaryBefore(text: string, upto: number): { segStart: number; contentEnd: number } | null {
  const c = text.lastIndexOf(',', upto - 1);
  let mark = -1;
  for (const m of text.slice(0, upto).matchAll(CLOSING_MARK)) mark = m.index + 2;
  if (mark > c) return { segStart: mark, contentEnd: mark };
  return c < 0 ? null : { segStart: c + 1, contentEnd: c };
}

/** True when a comma segment is a name and nothing else (up to four capitalised words, a title allowed). */
function isWholeName(seg: string): boolean {
  const t = seg.trim();
  if (t === '' || t.split(/\s+/).length > 5) return false;
  const r = nameRun(t);
  return r !== null && r[1] === t.length && /^\p{Lu}/u.test(t);
}
