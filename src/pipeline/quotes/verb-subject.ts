/**
 * The subject phrase beside a speech verb: after it (`said Botsan-Kharchenko`, `rekao je ruski kodirektor
 * Andrej Kalinjin`, `tha për RTK Kurti`), before it within its clause (`X je rekao`, `the ambassador said`),
 * the clause start past a fronted adverbial (`After the meeting, X said`) and the object of a quoting verb
 * (`quoted an official as saying`). All offsets are into the masked Latin view of one paragraph.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { subjectPastOutlet } from './outlet-subject.js';
import { describedNameAfter } from './described-name-en.js';
import { orgHead, parseRole } from './roles.js';
import { isAbbreviation } from './sentences.js';

const BOUNDARY_WORDS =
  /^(?:na|u|za|in|at|to|on|during|after|for|with|from|before|në|për|pas|me|nga|posle|nakon|tokom|pred|po|of|about|when|while|who|which|whose|koji|koja|koje|i|and|but|as|kako|that|da|se|ka|prenosi)$/iu;

/** The subject phrase that follows a verb (`said Botsan-Kharchenko`, `rekao je ruski kodirektor Andrej Kalinjin`). */
export function npAfterVerb(s: string, from: number, to: number): [number, number] | null {
  const m = /^[\s\u00a0]+/.exec(s.slice(from, to));
  const at = from + (m ? m[0].length : 0);
  // `kaže za Radio Most Jelena Ilić`: an outlet whose end the subject after it shows (`outlet-subject.ts`).
  const start = skipMediumPhrase(s, at + subjectPastOutlet(s.slice(at, to)), to);
  const whole = wholeRoleSubject(s, start, to);
  if (whole) return whole;
  const end = wordRunEnd(s, start, to);
  if (end === null) return null;
  // A role noun phrase whose name follows as an apposition (`said the director of the Gračanica primary
  // school, Vesna Mitić, “…”`, `rekao je direktor škole, Petar Petrović.`): the subject runs to the name.
  const appo = /^(?:\s+(?:of|for|at|in|u|za|i|e|të)\s+[^,;:“”"„«»()]{1,60})?,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,.;]|$))/u.exec(
    s.slice(end, to),
  );
  if (appo && parseRole(s.slice(start, end)) !== null) return [start, end + appo[0].length];
  // English `said another local trader, Jane Q. Roe (of Acme).`: an indefinite description, then the name (described-name-en.ts).
  const named = describedNameAfter(s.slice(start, end), s.slice(end, to));
  if (named > 0) return [start, end + named];
  return [start, end];
}

/**
 * Past a short medium or place phrase before the subject (`izjavio je za Tanjug ministar …`, `tha për RTK
 * Kurti`); a medium named in quote marks counts too (`rekao je za portal „Nova ekonomija“ direktor …`).
 */
function skipMediumPhrase(s: string, i: number, to: number): number {
  const pp =
    /^(?:za|u|na|për|në|to|for)\s+(?:\p{Lu}[\p{L}\p{N}-]*|[\p{Ll}]+)(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}\s+(?=\p{L})/u.exec(s.slice(i, to)) ??
    /^(?:za|për|to|for)\s+(?:\p{Ll}+\s+)?[„“"«»][^„“"«»]{1,60}[„“"«»]\s+(?=\p{L})/u.exec(s.slice(i, to));
  if (!pp) return i;
  const after = s.slice(i + pp[0].length, to);
  return /^(?:\p{Lu}|ministar|ministarka|predsednik|predsednica|portparol|direktor|ambasador|ministri|kryeministri|the\s)/u.test(after) ? i + pp[0].length : i;
}

/**
 * A role phrase that a name closes at the sentence's end is the subject whole, prepositions and all
 * (`izjavio je danas direktor Sektora za ljudske resurse kompanije Zoran Kovačević.`), but not a medium
 * after a preposition (`rekao je iguman za Radio Goraždevac`).
 */
function wholeRoleSubject(s: string, i: number, to: number): [number, number] | null {
  const whole = /^(?:(?:danas|juče|today|yesterday|sot|dje)\s+)?(\p{Ll}[\p{L}\s,-]*?\s\p{Lu}\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}[\p{L}-]*)\s*[.!?]?\s*$/u.exec(
    s.slice(i, to),
  );
  if (!whole) return null;
  // Commas only between the portfolios of a list the conjunction closes (`ministarka za rad, zapošljavanje i
  // socijalna pitanja Jelena Marić`), never before an apposition or another clause.
  if (whole[1].includes(',') && !/,[\p{Ll}\s]*\s(?:i|dhe|e)\s[\p{Ll}\s]+\s\p{Lu}\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}[\p{L}-]*$/u.test(whole[1])) return null;
  const words = whole[1].split(/\s+/);
  if (words.length > 14 || parseRole(whole[1]) === null || BOUNDARY_WORDS.test(words[words.length - 3] ?? '')) return null;
  return [i + whole[0].indexOf(whole[1]), i + whole[0].indexOf(whole[1]) + whole[1].length];
}

/** End of the run of up to eight words from `i` before punctuation or a boundary word; null when there is none. */
function wordRunEnd(s: string, i: number, to: number): number | null {
  let end = i;
  const re = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
  re.lastIndex = i;
  let count = 0;
  for (let w = re.exec(s); w && w.index < to && count < 8; w = re.exec(s)) {
    const between = s.slice(end, w.index);
    const abbrev = /^\.\s+$/.test(between) && isAbbreviation(s.slice(Math.max(i, end - 8), end));
    if (count > 0 && /[,.;:!?()–—"“”„«»]/.test(between) && !abbrev) break;
    if (BOUNDARY_WORDS.test(w[0])) break;
    end = w.index + w[0].length;
    count++;
  }
  return count === 0 ? null : end;
}

/** Opening marks whose closing mark ends an institution's quoted name (`Institut „Dr Ivan Perić“`, `Shkolla «Naim Frashëri»`). */
const OPENERS = /[„“"«»]/gu;

/**
 * True when the quote-marked span that closes at `cut` is the name of an organisation whose type noun
 * stands right before it (`Zavod za javno zdravlje „Dr Ivan Perić“ saopštio je`, `Dom zdravlja „Sveti
 * Sava“ naveo je`, `Shkolla «Naim Frashëri» njoftoi`): the span is part of the subject, not speech, and
 * nothing but the verb follows it.
 */
function quotedNameOfOrg(text: string, cut: number): boolean {
  if (text.slice(cut + 1).trim() !== '') return false;
  let open = -1;
  for (const m of text.slice(0, cut).matchAll(OPENERS)) open = m.index!;
  if (open <= 0) return false;
  const before = text.slice(0, open).trim().split(/\s+/).slice(-8).join(' ');
  return /^\p{Lu}/u.test(text.slice(0, open).trim()) && orgHead(before) !== null;
}

/**
 * Last `’` used as a closing quote mark, not as an apostrophe between letters (`Kosovo’s`, `O’Brien`) nor
 * the possessive of a plural or a name in -s (`Jones’ campaign manager`) when no `‘` opens a quote before it.
 */
function lastClosingSingle(text: string): number {
  for (let i = text.lastIndexOf('’'); i >= 0; i = text.lastIndexOf('’', i - 1)) {
    if (/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
    if (text[i - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !text.slice(0, i).includes('‘')) continue;
    return i;
  }
  return -1;
}

/** The subject phrase before a verb within its clause (back to a sentence start, quote or clause boundary). */
export function npBeforeVerb(s: string, clauseStart: number, verbStart: number): [number, number] | null {
  let text = s.slice(clauseStart, verbStart);
  let start = clauseStart;
  // Cut at the last closing quote mark or sentence-internal boundary that is not an apposition comma.
  const cut = Math.max(
    text.lastIndexOf('“'),
    text.lastIndexOf('”'),
    text.lastIndexOf('"'),
    text.lastIndexOf('»'),
    text.lastIndexOf('«'),
    lastClosingSingle(text),
    text.lastIndexOf(';'),
    text.lastIndexOf(' – '),
    text.lastIndexOf(' — '),
  );
  if (cut >= 0 && !quotedNameOfOrg(text, cut)) {
    start += cut + 1;
    text = s.slice(start, verbStart);
  }
  const lead = /^[\s,.:;–—-]*/.exec(text)![0].length;
  start += lead;
  let end = verbStart;
  while (end > start && /[\s\u00a0,]/.test(s[end - 1])) end--;
  // Drop trailing adverbs and auxiliaries (`also`, `has`, `je`, `then`).
  for (;;) {
    const tail = /(?:^|\s)(also|has|had|have|then|later|again|only|je|su|je\s+danas|danas|još|takođe|further|previously|once|himself|herself)$/iu.exec(
      s.slice(start, end),
    );
    if (!tail) break;
    end -= tail[0].length;
    while (end > start && /[\s\u00a0,]/.test(s[end - 1])) end--;
  }
  if (end <= start) return null;
  // Too long to be a subject: keep the part after the last comma that is followed by a clause-level word.
  if (s.slice(start, end).split(/\s+/).length > 25) {
    const lastComma = s.lastIndexOf(',', end - 1);
    if (lastComma < start) return null;
    start = lastComma + 1;
    while (start < end && /[\s\u00a0]/.test(s[start])) start++;
  }
  return [start, end];
}

/**
 * The object of a quoting verb before `as saying` (`Local media quoted an official` → `an official`), the
 * speaker of the words that follow; null when the subject phrase holds no quoting verb (then `as saying`
 * reports nothing: `known as saying little`).
 */
export function quotedObject(s: string, np: [number, number] | null, lex: QuoteLexicon): [number, number] | null {
  if (!np || !lex.quotingVerbs?.length) return null;
  const text = s.slice(np[0], np[1]);
  let at = -1;
  for (const m of text.matchAll(new RegExp(`(?:^|\\s)(?:${lex.quotingVerbs.join('|')})\\s+`, 'giu'))) at = m.index! + m[0].length;
  if (at < 0 || !/\S/.test(text.slice(at))) return null;
  return [np[0] + at, np[1]];
}

/** Start of the clause whose subject a verb at `verbStart` has: past fronted adverbials of the sentence. */
export function clauseStartBefore(s: string, sentStart: number, verbStart: number): number {
  const head = s.slice(sentStart, verbStart);
  // The subject of a reported clause follows a fronted adverbial (`After the meeting, X said`), so keep
  // the whole head; npBeforeVerb trims at quotes and semicolons, the resolver reads comma segments.
  const m = /^(?:(?:when|after|before|while|asked|speaking|commenting|during|in|on|at|pas|posle|nakon|upitan|upitana|kada|dok|tokom)\b[^,]*,\s*)+/iu.exec(head);
  return sentStart + (m ? m[0].length : 0);
}
