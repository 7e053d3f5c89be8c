/**
 * Speech cues that attribute the speech beside them: right after a quote's closing mark (`„…“, rekao je
 * Lazović`, `…,” the ambassador said`, `, tha Kelmendi`), before its opening mark in the same sentence
 * (`Kelmendi said: “…”`, `X liked to say, "…"`), and closing a sentence of unmarked speech (`…, X said (on
 * Wednesday).`, `… – the ambassador said.`, `…, – rekao je Lazović na kraju konferencije.`), where the
 * speech before the comma or dash is the content and the subject stands between the boundary and the verb,
 * or after the verb. All offsets are into the masked Latin view of one paragraph.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { scanFrom } from './text.js';
import { sentenceEnd } from './sentences.js';
import { CLOSING_CUE_VERBS, OBLIQUE_PRONOUNS, PASSIVE_BEFORE_CUE_VERB } from './lexicon/nested-speech.js';
import { parseRole } from './roles.js';
import { srAuxiliaryClitics, srDativeClitics } from './lexicon/sr.js';
import { regexesFor, type Cue } from './speech-verbs.js';
import { nestedSubject } from './nested-subject.js';
import { npAfterVerb, npBeforeVerb, quotedObject } from './verb-subject.js';
import { coordinatedClauseStart } from './coordinated-subject.js';
import { onlyFrontedAdverbial } from './fronted-adverbial.js';
import { addresseeVerb, subjectBeforeTell } from './told-subject-en.js';

/**
 * A speech cue right after a quote's closing mark: `, said X`, `, X said`, `– rekao je X`, `, tha Kelmendi`.
 * @param from offset just after the closing mark
 * @param to end of the region to search (next quote or paragraph end)
 */
export function cueAfter(s: string, from: number, to: number, lex: QuoteLexicon): Cue | null {
  const re = regexesFor(lex);
  const lead = /^[\s\u00a0]*[,.!?…]?[\s\u00a0]*(?:[–—-][\s\u00a0]*)?/.exec(s.slice(from, to))![0].length;
  const at = from + lead;
  const rest = s.slice(at, to);
  const vs = verbFirst(rest, lex);
  if (vs) {
    const vStart = at + vs.index;
    const vEnd = vStart + vs.text.length;
    // `rekao je za portal „Nova ekonomija“ direktor X`: a medium's quoted name is no next quote; the subject follows it.
    const medium = /(?:^|\s)(?:za|për|to|for)\s+(?:\p{Ll}+\s+)?$/u.test(s.slice(vEnd, to)) && /^[„“"«»]/u.test(s.slice(to));
    return { verb: [vStart, vEnd], np: npAfterVerb(s, vEnd, medium ? sentenceEnd(s, vEnd, s.length) : to), verbText: vs.text };
  }
  // Subject then verb, within the same sentence and a few words.
  const sentEnd = sentenceEnd(s, at, to);
  const m = scanFrom(re.cueVerb, at).exec(s);
  if (!m || m.index >= sentEnd || titleCaseCue(m[0], lex)) return null;
  const between = s.slice(at, m.index);
  if (between.split(/\s+/).filter(Boolean).length > 16 || /[“”"„«»]/.test(between)) return null;
  // Serbian `X je rekao` / English `X has said`: the subject is everything before.
  let npEnd = m.index;
  while (npEnd > at && /[\s\u00a0,]/.test(s[npEnd - 1])) npEnd--;
  const np = npEnd > at ? subjectBefore(s, at, m.index, m.index + m[0].length, to, lex) : null;
  return { verb: [m.index, m.index + m[0].length], np, verbText: m[0] };
}

/**
 * A cue verb that opens the words after a quote (`, said X`, `– rekao je X`, `, upitao je X`), or stands
 * after one word that is not its subject, when a postposed subject follows it (`, retorički je upitao
 * Vučić`, `, njemu je odgovorio ministar X`): the word is an adverb or the one spoken to.
 * @returns the verb text and its offset in `rest`, or null
 */
function verbFirst(rest: string, lex: QuoteLexicon): { index: number; text: string } | null {
  const re = regexesFor(lex);
  const vs = re.cueVerbAtStart.exec(rest);
  if (vs && !titleCaseCue(vs[0], lex)) return { index: 0, text: vs[0] };
  const word = /^(\p{Ll}+)\s+/u.exec(rest);
  if (!word || lex.language === 'en') return null;
  const v = re.cueVerbAtStart.exec(rest.slice(word[0].length));
  if (!v || (lex.language === 'sr' && !/^(?:je|su|se)\s/iu.test(v[0]))) return null;
  const after = rest.slice(word[0].length + v[0].length);
  if (!/^\s+(?:\p{Lu}|\p{Ll}+\s+\p{Lu})/u.test(after) || isSubjectWord(word[1], lex)) return null;
  return { index: word[0].length, text: v[0] };
}

/**
 * A capitalised verb that only closes quotes (`“Broad City” Star Asked Actors …`): a title-case headline,
 * not a cue; general speech verbs keep their old reading.
 */
function titleCaseCue(verb: string, lex: QuoteLexicon): boolean {
  return /^\p{Lu}/u.test(verb) && (CLOSING_CUE_VERBS[lex.language] ?? []).includes(verb.toLowerCase());
}

/** A word that can be a verb's subject on its own: a personal pronoun or a role noun (`ona je rekla`, `ministar je rekao`). */
function isSubjectWord(w: string, lex: QuoteLexicon): boolean {
  const lw = w.toLowerCase();
  return [...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural].includes(lw) || parseRole(w) !== null;
}

/** An oblique pronoun (`njoj`, `him`, `atij`) alone before a verb: the one spoken to, never the speaker. */
function isObliquePronoun(text: string, lex: QuoteLexicon): boolean {
  return (OBLIQUE_PRONOUNS[lex.language] ?? []).includes(text.trim().toLowerCase());
}

/**
 * The subject before a verb (`X je rekao`), or, when all that stands there is an oblique pronoun (`Njoj
 * je odgovorio kosovski ministar X`), the subject after it.
 */
function subjectBefore(s: string, from: number, vStart: number, vEnd: number, to: number, lex: QuoteLexicon): [number, number] | null {
  const np = npBeforeVerb(s, from, vStart);
  if (!np || !isObliquePronoun(s.slice(np[0], np[1]), lex)) return np;
  return npAfterVerb(s, vEnd, to);
}

/** `was asked:`, `u pyet:`: a closing-only verb in the passive puts the quote to its subject, who does not speak it. */
function passiveCueVerb(s: string, verb: RegExpExecArray, lex: QuoteLexicon): boolean {
  const closing = CLOSING_CUE_VERBS[lex.language] ?? [];
  if (!closing.includes(verb[0].trim().toLowerCase())) return false;
  const before =
    s
      .slice(Math.max(0, verb.index - 8), verb.index)
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '';
  return (PASSIVE_BEFORE_CUE_VERB[lex.language] ?? []).includes(before);
}

/** Serbian clitics alone (`mi je`, `nam je`, `joj je`). */
const CLITICS_ONLY = new RegExp(`^(?:\\s+(?:${[...srDativeClitics, ...srAuxiliaryClitics].join('|')}))+\\s*$`, 'iu');

/**
 * A speech cue before a quote in the same sentence: `X said: „…“`, `X liked to say, "…"`,
 * `One passenger wrote on X: "…"`. Returns null when the text before the opener does not end with a
 * colon or a comma after a speech verb.
 */
export function cueBefore(s: string, clauseStart: number, open: number, lex: QuoteLexicon): Cue | null {
  const head = s.slice(clauseStart, open).replace(/[\s\u00a0]+$/, '');
  if (!/[:,]$/.test(head)) return null;
  const re = regexesFor(lex);
  let last: RegExpExecArray | null = null;
  // Before a colon, a verb that otherwise only closes a quote opens one too (`X asked: "…"`, `upitao je: „…“`, `pyeti: "…"`).
  const verbs = scanFrom(head.endsWith(':') ? re.cueVerb : re.verb, clauseStart);
  for (let m = verbs.exec(s); m && m.index < clauseStart + head.length; m = verbs.exec(s)) last = m;
  if (!last || passiveCueVerb(s, last, lex)) return null;
  // The verb must be close to the colon (`said:`, `told reporters:`, `wrote on X:`, `posted on Instagram:`).
  const after = s.slice(last.index + last[0].length, clauseStart + head.length - 1);
  if (after.split(/\s+/).filter(Boolean).length > 5 && !/\b(telling|saying|asking|writing|shouting)\b/i.test(after)) return null;
  // `Kryeziu recalls a Serbian official telling a colleague: ‘…’` — the participle's own subject speaks.
  const tail = s.slice(last.index + last[0].length, clauseStart + head.length);
  const part = /^\s+((?:an?|one|the|some)\s[^,:]{2,60}?)\s+(?:telling|saying|asking|writing|shouting)\b/i.exec(tail);
  if (part) {
    const a = last.index + last[0].length + part[0].indexOf(part[1]);
    return { verb: [last.index, last.index + last[0].length], np: [a, a + part[1].length], verbText: 'said' };
  }
  const vEnd = last.index + last[0].length;
  // Speech nested in speech (`X said that Y had told him:`, `ambasadora koji mu je rekao:`, `X quoted Y as saying:`): the inner speaker.
  const nested = nestedSubject(s, clauseStart, last.index, lex);
  const written = nested ?? npBeforeVerb(s, coordinatedClauseStart(s, clauseStart, last.index, lex) ?? clauseStart, last.index);
  // `Na kraju je upitao: „…“`: a fronted adverbial is no subject.
  const before = written && !nested && onlyFrontedAdverbial(s.slice(written[0], written[1]), lex) ? null : written;
  // `Rekao mi je: „…“`: only clitics between the participle and the colon; the subject is the verb's ending alone.
  // Its text is the participle with the auxiliary (`Rekao je`), which tells the gender.
  const clitics = s.slice(vEnd, clauseStart + head.length - 1);
  if (!before && lex.language === 'sr' && CLITICS_ONLY.test(clitics)) {
    const aux = srAuxiliaryClitics.find((c) => new RegExp(`\\s${c}\\s*$`, 'i').test(clitics)) ?? 'je';
    return { verb: [last.index, vEnd], np: null, verbText: `${last[0]} ${aux}` };
  }
  const np =
    before && isObliquePronoun(s.slice(before[0], before[1]), lex)
      ? npAfterVerb(s, vEnd, clauseStart + head.length - 1)
      : ((/as saying/i.test(last[0]) ? quotedObject(s, before, lex) : null) ?? before ?? npAfterVerb(s, vEnd, clauseStart + head.length - 1));
  return { verb: [last.index, vEnd], np, verbText: last[0] };
}

/** A subject span and the offset where the attributed content ends. */
interface ClosingSubject {
  np: [number, number];
  contentEnd: number;
}

/**
 * A closing attribution at the end of a sentence: `…, X said (on Wednesday).`, `… – the ambassador said.`,
 * `…, highlighted this ambassador.`, `…, – rekao je Lazović na kraju konferencije.`
 * @returns the cue and the offset where the content ends, or null
 */
export function closingCue(s: string, start: number, end: number, lex: QuoteLexicon): (Cue & { contentEnd: number }) | null {
  const seg = s.slice(start, end);
  // Find the last speech verb in the sentence.
  let last: RegExpExecArray | null = null;
  const verbs = scanFrom(regexesFor(lex).verb, start);
  for (let m = verbs.exec(s); m && m.index < end; m = verbs.exec(s)) last = m;
  if (!last) return null;
  const vStart = last.index;
  const vEnd = vStart + last[0].length;
  if (!shortTail(s, vEnd, end)) return null;
  const subject = subjectAround(s, start, end, vStart, vEnd, lex.language === 'en');
  if (!subject) return null;
  const { np, contentEnd } = appositionBefore(s, start, subject);
  let e = contentEnd;
  while (e > start && /[\s\u00a0,–—-]/.test(s[e - 1])) e--;
  if (seg.length === 0 || e <= start) return null;
  return { verb: [vStart, vEnd], np, verbText: last[0], contentEnd: e };
}

/**
 * A name and its apposition after a closing verb. One word will do (`, said Roe, a harbour clerk`), but not
 * before a conjunction (`, said Roe, but the board …`); the apposition may open with a possessive name
 * (`, said Jane Roe, Acme's chief engineer`).
 */
const NAMED_APPOSITION =
  /^(\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),\s+(?!(?:and|but|or|so|yet|while|though|although|because|if|when)\s)(?:(?:the\s+|a\s+|an\s+)?\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)/u;

/** Serbian and Albanian: the end of a role whose portfolios a conjunction closes, then the name (`…, zapošljavanje i socijalna pitanja Jelena Marić`). */
const PORTFOLIO_LIST = /,[\p{Ll}\s]*\s(?:i|dhe|e)\s[\p{Ll}\s]+\s\p{Lu}\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}[\p{L}-]*$/u;

/** After the verb: at most a short subject or adverbial, no comma-clause, then the end. */

function shortTail(s: string, vEnd: number, end: number): boolean {
  let tail = s.slice(vEnd, end).replace(/[.!?\s\u00a0]+$/, '');
  const part = /,\s+\p{Ll}+ing\b/u.exec(tail);
  if (part) tail = tail.slice(0, part.index);
  // A name and then its apposition (`, said Jane Roe, director of the Civic Project at …`): the name closes the subject.
  const named = NAMED_APPOSITION.exec(tail);
  if (named) tail = named[1];
  // A long role phrase is allowed when a name closes it (`izjavio je danas direktor Sektora za ljudske resurse kompanije Zoran Kovačević`).
  const tailWords = tail.split(/\s+/).filter(Boolean);
  const namedTail = tailWords.length <= 14 && tailWords.length >= 2 && tailWords.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  // Commas between a role's portfolios, a conjunction closing the list (`ministarka za rad, zapošljavanje i socijalna pitanja X Y`).
  const listed = namedTail && PORTFOLIO_LIST.test(tail);
  if ((tailWords.length > 8 && !namedTail) || /[,;:“”"„«»]/.test(listed ? tail.replace(/,/g, ' ') : tail)) return false;
  return !(/^\s*(?:that|da|se|to|on|about|for|with)\b/i.test(tail) && !/^\s*(?:on|to)\s+\p{Lu}/u.test(tail));
}

/**
 * Where the words before a closing verb end: the last comma or dash, or in English a closing quote mark
 * whose comma stands inside it (`…are “grounded in fact,” said Roe`); -1 when there is none.
 * @returns the boundary's offset in `before` and the length the content keeps of it (the mark, not the comma)
 */
function lastBoundary(before: string, english: boolean): { at: number; keep: number } {
  const b = Math.max(before.lastIndexOf(','), before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf(' - '));
  if (!english) return { at: b, keep: 0 };
  let mark = -1;
  for (let m = CLOSING_MARK.exec(before); m; m = CLOSING_MARK.exec(before)) mark = m.index + 1;
  CLOSING_MARK.lastIndex = 0;
  return mark > b ? { at: mark, keep: 1 } : { at: b, keep: 0 };
}

/** A closing mark right after masked quote text, then a space (the quote's own comma is masked inside it). */
const CLOSING_MARK = /q[”"’'](?=\s)/g;

/** Before the verb: a boundary (comma, dash or closing mark) with the subject in between, or the verb right after it. */
function subjectAround(s: string, start: number, end: number, vStart: number, vEnd: number, english: boolean): ClosingSubject | null {
  const before = s.slice(start, vStart);
  const { at: b, keep } = lastBoundary(before, english);
  if (b < 0) return null;
  const npText = before.slice(b + 1).replace(/^[\s–—-]+/, '');
  if (npText.trim() !== '') {
    if (npText.split(/\s+/).filter(Boolean).length > 8) return null;
    return { np: [start + b + 1 + (before.slice(b + 1).length - before.slice(b + 1).replace(/^[\s–—-]+/, '').length), vStart], contentEnd: start + b + keep };
  }
  // `…, Roe, an advocate, told the Ledger`: after `tell` stands the one spoken to (told-subject-en.ts).
  if (english && addresseeVerb(s.slice(vStart, vEnd))) {
    const told = subjectBeforeTell(before.slice(0, b));
    return told && { np: [start + told.np[0], start + told.np[1]], contentEnd: start + told.contentEnd };
  }
  // `…, said X` or `…, Name, said` (subject in the previous comma segment)
  const after = npAfterVerb(s, vEnd, end);
  if (after && /\p{Lu}|^(he|she|on|ona|ai|ajo|this|the|ovaj|ova)\b/iu.test(s.slice(after[0], after[1]))) return { np: after, contentEnd: start + b + keep };
  const prevComma = before.slice(0, b).lastIndexOf(',');
  if (prevComma < 0) return null;
  return { np: [start + prevComma + 1, start + b], contentEnd: start + prevComma };
}

/** An apposition segment before the subject (`the Russian ambassador to Serbia, Alexander B.-K. said`) joins it. */
function appositionBefore(s: string, start: number, subject: ClosingSubject): ClosingSubject {
  const prevSeg = s.slice(start, subject.contentEnd);
  const pc = prevSeg.lastIndexOf(',');
  if (
    pc >= 0 &&
    /^\s*(?:the|a|an|[\p{Lu}][\p{L}]*['’]s)\s+[^,]{0,60}$/u.test(prevSeg.slice(pc + 1)) &&
    /ambassador|minister|director|spokes|head|chief|representative|secretary|mayor|president|official|commander|negotiator|analyst/i.test(prevSeg.slice(pc + 1))
  )
    return { np: [start + pc + 1, subject.np[1]], contentEnd: start + pc };
  return subject;
}
