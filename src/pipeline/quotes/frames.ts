/**
 * Speech frames in a paragraph: where a speech verb and its subject stand relative to a quote
 * (`„…“, rekao je Lazović`, `…,” the ambassador said`, `Kelmendi said: “…”`), reported clauses
 * (`X said that …`, `X je rekao da …`, `X tha se …`), closing attributions (`…, X said.`, `… – X said.`)
 * and source phrases (`according to X`, `prema rečima X`, `sipas X`, `in his words`).
 * All offsets are into the masked Latin view of one paragraph (quote interiors masked).
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { PARTICIPLES, PLURAL_PRESENT, en } from './lexicon/en.js';
import { sr } from './lexicon/sr.js';
import { sq } from './lexicon/sq.js';
import { escapeRe, phraseRe, scanFrom } from './text.js';
import { fold as foldWord } from '../text/fold.js';
import { orgHead, parseRole } from './roles.js';
import { zeroThatReport } from './zero-that-en.js';
import { adjunctBeforeClause } from './zero-that-adjunct-en.js';
import { secondReportCut } from './second-report-en.js';
import { endsWithSubordinatorHead } from './subordinator.js';

/** A speech verb and its subject phrase, as offsets into the paragraph. */
export interface Cue {
  verb: [number, number];
  /** Subject phrase span, or null for Serbian subject-less verbs (`rekao je.`). */
  np: [number, number] | null;
  /** The verb text (for gender hints: `rekla` → f). */
  verbText: string;
}

/** A reported clause: cue plus the content span. */
export interface Reported extends Cue {
  content: [number, number];
}

export interface FrameRegexes {
  verb: RegExp;
  verbAtStart: RegExp;
  comp: RegExp;
  second: RegExp;
  breaks: RegExp;
  according: RegExp;
  inWords: RegExp;
}

const cache = new Map<string, FrameRegexes>();

/** Compiled regexes for one lexicon (cached). */
export function regexesFor(lex: QuoteLexicon): FrameRegexes {
  const hit = cache.get(lex.language);
  if (hit) return hit;
  // The auxiliary is a word of its own: `Srbije saopštio` holds no `je saopštio` (ends of `Srbije`, `unije`).
  const aux = lex.language === 'sr' ? '(?:(?<![\\p{L}])(?:je|su|se)\\s+)?' : '';
  const auxAfter = lex.language === 'sr' ? '(?:\\s+(?:je|su|se))?' : '';
  const verbs = phraseRe(lex.speechVerbs).source;
  const r: FrameRegexes = {
    verb: new RegExp(`${aux}${verbs}${auxAfter}`, 'giu'),
    verbAtStart: new RegExp(`^${aux}(?:${verbs})${auxAfter}`, 'iu'),
    comp: phraseRe(lex.complementisers, 'giu'),
    second: new RegExp(`(?:,\\s*)?(?<![\\p{L}])(?:${lex.secondComplement.map(escapeRe).join('|')})(?![\\p{L}])`, 'giu'),
    breaks: new RegExp(
      `(?:${[...lex.clauseBreaks.map(escapeRe), ...PARTICIPLES.map((p) => `,\\s+${p}`), '\\s[–—]\\s', ',\\s+(?:describing|calling|assessing|adding|noting|saying|stressing|warning)'].join('|')})`,
      'iu',
    ),
    according: new RegExp(`(?<![\\p{L}])(?:${lex.accordingTo.map(escapeRe).join('|')})\\s+`, 'giu'),
    inWords: new RegExp(`(?<![\\p{L}])(?:${lex.inWords.map(escapeRe).join('|')})\\s*,?\\s*`, 'giu'),
  };
  cache.set(lex.language, r);
  return r;
}

const PLURAL_SET = new Set(PLURAL_PRESENT);
const NOT_FINITE_BEFORE = /(?:^|\s)(?:to|will|would|could|should|must|can|may|might|do|does|did|not)\s+$/i;

/** English: a plural present form after `to`, a modal or `do` (`refused to concede that`) reports nothing itself. */
function infinitiveReport(lex: QuoteLexicon, verbText: string, before: string): boolean {
  return lex.language === 'en' && PLURAL_SET.has(verbText.toLowerCase()) && NOT_FINITE_BEFORE.test(before);
}

const CONTINUES = /^,\s*(although|though|while|whereas|iako|mada|dok|ndërsa|kurse|edhe pse)$/iu;

const BOUNDARY_WORDS =
  /^(?:na|u|za|in|at|to|on|during|after|for|with|from|before|në|për|pas|me|nga|posle|nakon|tokom|pred|po|of|about|when|while|who|which|whose|koji|koja|koje|i|and|but|as|kako|that|da|se|ka|prenosi)$/iu;

/** The subject phrase that follows a verb (`said Botsan-Kharchenko`, `rekao je ruski kodirektor Andrej Kalinjin`). */
export function npAfterVerb(s: string, from: number, to: number): [number, number] | null {
  const rest = s.slice(from, to);
  const m = /^[\s\u00a0]+/.exec(rest);
  let i = from + (m ? m[0].length : 0);
  // A short medium or place phrase before the subject (`izjavio je za Tanjug ministar …`, `tha për RTK Kurti`).
  // A medium named in quote marks counts too (`rekao je za portal „Nova ekonomija“ direktor …`).
  const pp =
    /^(?:za|u|na|për|në|to|for)\s+(?:\p{Lu}[\p{L}\p{N}-]*|[\p{Ll}]+)(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}\s+(?=\p{L})/u.exec(s.slice(i, to)) ??
    /^(?:za|për|to|for)\s+(?:\p{Ll}+\s+)?[„“"«»][^„“"«»]{1,60}[„“"«»]\s+(?=\p{L})/u.exec(s.slice(i, to));
  if (pp) {
    const after = s.slice(i + pp[0].length, to);
    if (/^(?:\p{Lu}|ministar|ministarka|predsednik|predsednica|portparol|direktor|ambasador|ministri|kryeministri|the\s)/u.test(after)) i += pp[0].length;
  }
  // A role phrase that a name closes at the sentence's end is the subject whole, prepositions and all
  // (`izjavio je danas direktor Sektora za ljudske resurse kompanije Zoran Kovačević.`).
  const whole = /^(?:(?:danas|juče|today|yesterday|sot|dje)\s+)?(\p{Ll}[\p{L}\s-]*?\s\p{Lu}\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}[\p{L}-]*)\s*[.!?]?\s*$/u.exec(
    s.slice(i, to),
  );
  const wholeWords = whole ? whole[1].split(/\s+/) : [];
  // … but not a medium after a preposition (`rekao je iguman za Radio Goraždevac`).
  if (whole && wholeWords.length <= 14 && parseRole(whole[1]) !== null && !BOUNDARY_WORDS.test(wholeWords[wholeWords.length - 3] ?? ''))
    return [i + whole[0].indexOf(whole[1]), i + whole[0].indexOf(whole[1]) + whole[1].length];
  const start = i;
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
  if (count === 0) return null;
  // A role noun phrase whose name follows as an apposition (`said the director of the Gračanica primary
  // school, Vesna Mitić, “…”`, `rekao je direktor škole, Petar Petrović.`): the subject runs to the name.
  const appo = /^(?:\s+(?:of|for|at|in|u|za|i|e|të)\s+[^,;:“”"„«»()]{1,60})?,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,.;]|$))/u.exec(
    s.slice(end, to),
  );
  if (appo && parseRole(s.slice(start, end)) !== null) return [start, end + appo[0].length];
  return [start, end];
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

/** Last `’` used as a closing quote mark, not as an apostrophe between letters (`Kosovo’s`, `O’Brien`). */
function lastClosingSingle(text: string): number {
  for (let i = text.lastIndexOf('’'); i >= 0; i = text.lastIndexOf('’', i - 1)) {
    if (!(/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}

/** The subject phrase before a verb within its clause (back to a sentence start, quote or clause boundary). */
function npBeforeVerb(s: string, clauseStart: number, verbStart: number): [number, number] | null {
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
 * A speech cue right after a quote's closing mark: `, said X`, `, X said`, `– rekao je X`, `, tha Kelmendi`.
 * @param from offset just after the closing mark
 * @param to end of the region to search (next quote or paragraph end)
 */
export function cueAfter(s: string, from: number, to: number, lex: QuoteLexicon): Cue | null {
  const re = regexesFor(lex);
  const lead = /^[\s\u00a0]*[,.!?…]?[\s\u00a0]*(?:[–—-][\s\u00a0]*)?/.exec(s.slice(from, to))![0].length;
  const at = from + lead;
  const rest = s.slice(at, to);
  const vs = re.verbAtStart.exec(rest);
  if (vs) {
    const vEnd = at + vs[0].length;
    // `rekao je za portal „Nova ekonomija“ direktor X`: a medium's quoted name is no next quote; the subject follows it.
    const medium = /(?:^|\s)(?:za|për|to|for)\s+(?:\p{Ll}+\s+)?$/u.test(s.slice(vEnd, to)) && /^[„“"«»]/u.test(s.slice(to));
    return { verb: [at, vEnd], np: npAfterVerb(s, vEnd, medium ? sentenceEnd(s, vEnd, s.length) : to), verbText: vs[0] };
  }
  // Subject then verb, within the same sentence and a few words.
  const sentEnd = sentenceEnd(s, at, to);
  const m = scanFrom(re.verb, at).exec(s);
  if (!m || m.index >= sentEnd) return null;
  const between = s.slice(at, m.index);
  if (between.split(/\s+/).filter(Boolean).length > 16 || /[“”"„«»]/.test(between)) return null;
  // Serbian `X je rekao` / English `X has said`: the subject is everything before.
  let npEnd = m.index;
  while (npEnd > at && /[\s\u00a0,]/.test(s[npEnd - 1])) npEnd--;
  const np = npEnd > at ? npBeforeVerb(s, at, m.index) : null;
  return { verb: [m.index, m.index + m[0].length], np, verbText: m[0] };
}

/** Abbreviations that never end a sentence: every language's titles (`Mr.`, `Sen.`, `Prof.`) and a few more. */
const FULL_WORD_TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'miss', 'zoti', 'zonja', 'gospodin', 'gospođa', 'gospodja', 'messrs']);
const ABBREVIATIONS = new Set([...[en, sr, sq].flatMap((l) => l.titles).filter((t) => !FULL_WORD_TITLES.has(t)), 'st', 'no', 'br', 'tzv', 'jr', 'vs', 'nr']);

/** True when the text ends with an abbreviation whose full stop ends no sentence (`Sen`, `U.S`, an initial `Q`). */
function isAbbreviation(before: string): boolean {
  const w = /(?:^|[\s(])(\p{L}+(?:\.\p{L})*)$/u.exec(before);
  return w !== null && (w[1].length === 1 || /\./.test(w[1]) || ABBREVIATIONS.has(w[1].toLowerCase()));
}

/** End of the sentence that starts at `from` (a `.`, `!` or `?` followed by space and a capital or the end). */
export function sentenceEnd(s: string, from: number, to: number): number {
  // The next sentence may open with any opening mark, the reversed guillemets of »…« and ‚…‘ too.
  const re = /[.!?]["“”»’']?(?=[\s\u00a0]+[\p{Lu}„“"«»›‚‘'–—-]|$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    // not an abbreviation (`Mr.`, `Sen.`, `a.m.`, `U.S.`, an initial `Jane Q. Roe`)
    if (isAbbreviation(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    return m.index + m[0].length;
  }
  return to;
}

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
  const verbs = scanFrom(re.verb, clauseStart);
  for (let m = verbs.exec(s); m && m.index < clauseStart + head.length; m = verbs.exec(s)) last = m;
  if (!last) return null;
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
  const np = npBeforeVerb(s, clauseStart, last.index) ?? npAfterVerb(s, last.index + last[0].length, clauseStart + head.length - 1);
  return { verb: [last.index, last.index + last[0].length], np, verbText: last[0] };
}

/**
 * A closing attribution at the end of a sentence: `…, X said (on Wednesday).`, `… – the ambassador said.`,
 * `…, highlighted this ambassador.`, `…, – rekao je Lazović na kraju konferencije.`
 * @returns the cue and the offset where the content ends, or null
 */
export function closingCue(s: string, start: number, end: number, lex: QuoteLexicon): (Cue & { contentEnd: number }) | null {
  const re = regexesFor(lex);
  const seg = s.slice(start, end);
  // Find the last speech verb in the sentence.
  let last: RegExpExecArray | null = null;
  const verbs = scanFrom(re.verb, start);
  for (let m = verbs.exec(s); m && m.index < end; m = verbs.exec(s)) last = m;
  if (!last) return null;
  const vStart = last.index;
  const vEnd = vStart + last[0].length;
  // After the verb: at most a short subject or adverbial, no comma-clause, then the end.
  let tail = s.slice(vEnd, end).replace(/[.!?\s\u00a0]+$/, '');
  const part = /,\s+\p{Ll}+ing\b/u.exec(tail);
  if (part) tail = tail.slice(0, part.index);
  // A name and then its apposition (`, said Jane Roe, director of the Civic Project at …`): the name closes the subject.
  const named = /^(\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+(?:the\s+|a\s+|an\s+)?\p{Ll}/u.exec(tail);
  if (named) tail = named[1];
  // A long role phrase is allowed when a name closes it (`izjavio je danas direktor Sektora za ljudske resurse kompanije Zoran Kovačević`).
  const tailWords = tail.split(/\s+/).filter(Boolean);
  const namedTail = tailWords.length <= 14 && tailWords.length >= 2 && tailWords.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if ((tailWords.length > 8 && !namedTail) || /[,;:“”"„«»]/.test(tail)) return null;
  if (/^\s*(?:that|da|se|to|on|about|for|with)\b/i.test(tail) && !/^\s*(?:on|to)\s+\p{Lu}/u.test(tail)) return null;
  // Before the verb: a boundary (comma or dash) with the subject in between, or the verb right after it.
  const before = s.slice(start, vStart);
  const b = Math.max(before.lastIndexOf(','), before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf(' - '));
  if (b < 0) return null;
  let npSpan: [number, number] | null;
  let contentEnd = start + b;
  const npText = before.slice(b + 1).replace(/^[\s–—-]+/, '');
  if (npText.trim() === '') {
    // `…, said X` or `…, Name, said` (subject in the previous comma segment)
    const after = npAfterVerb(s, vEnd, end);
    if (after && /\p{Lu}|^(he|she|on|ona|ai|ajo|this|the|ovaj|ova)\b/iu.test(s.slice(after[0], after[1]))) npSpan = after;
    else {
      const prevComma = before.slice(0, b).lastIndexOf(',');
      if (prevComma < 0) return null;
      npSpan = [start + prevComma + 1, start + b];
      contentEnd = start + prevComma;
    }
  } else {
    if (npText.split(/\s+/).filter(Boolean).length > 8) return null;
    npSpan = [start + b + 1 + (before.slice(b + 1).length - before.slice(b + 1).replace(/^[\s–—-]+/, '').length), vStart];
  }
  // An apposition segment before the subject (`the Russian ambassador to Serbia, Alexander B.-K. said`).
  const prevSeg = s.slice(start, contentEnd);
  const pc = prevSeg.lastIndexOf(',');
  if (
    pc >= 0 &&
    /^\s*(?:the|a|an|[\p{Lu}][\p{L}]*['’]s)\s+[^,]{0,60}$/u.test(prevSeg.slice(pc + 1)) &&
    /ambassador|minister|director|spokes|head|chief|representative|secretary|mayor|president|official|commander|negotiator|analyst/i.test(prevSeg.slice(pc + 1))
  ) {
    npSpan = [start + pc + 1, npSpan[1]];
    contentEnd = start + pc;
  }
  while (contentEnd > start && /[\s\u00a0,–—-]/.test(s[contentEnd - 1])) contentEnd--;
  if (seg.length === 0 || contentEnd <= start) return null;
  return { verb: [vStart, vEnd], np: npSpan, verbText: last[0], contentEnd };
}

/** Whether the words before a complementiser end with one of the language's nouns of reported content. */
function endsWithContentNoun(between: string, lex: QuoteLexicon): boolean {
  const last = /([\p{L}'’]+)\s*,?\s*$/u.exec(between);
  return last !== null && contentNounSet(lex).has(foldWord(last[1]));
}

const contentNounSets = new WeakMap<QuoteLexicon, Set<string>>();
function contentNounSet(lex: QuoteLexicon): Set<string> {
  let set = contentNounSets.get(lex);
  if (!set) {
    set = new Set(lex.contentNouns.map(foldWord));
    contentNounSets.set(lex, set);
  }
  return set;
}

/**
 * Reported clauses in a sentence: `SUBJ VERB (that) CONTENT`, `SUBJ je VERB da CONTENT`, `SUBJ VERB se CONTENT`,
 * split at a second complement (`and that`, `i da`, `dhe se`) and ended at clause breaks.
 */
export function reportedClauses(s: string, start: number, end: number, lex: QuoteLexicon): Reported[] {
  const re = regexesFor(lex);
  const out: Reported[] = [];
  const verbs = scanFrom(re.verb, start);
  for (let m = verbs.exec(s); m && m.index < end; m = verbs.exec(s)) {
    const vStart = m.index;
    const vEnd = m.index + m[0].length;
    const verbText = m[0];
    // After an article or a number a participle is an adjective, not a report (`an estimated 15,000 people`);
    // an age in commas is an apposition (`Jane Roe, 42, said …`).
    if (lex.language === 'en' && /(?:^|\s)(?:a|an|the|some|\d(?:[\d,.]*\d)?)\s+$/i.test(s.slice(Math.max(start, vStart - 12), vStart))) continue;
    // A plural present form after `to`, a modal or `do` (`refused to concede that`) is no report of its own.
    if (infinitiveReport(lex, verbText, s.slice(Math.max(start, vStart - 12), vStart))) continue;
    // Complementiser within a few words after the verb.
    const c = scanFrom(re.comp, vEnd).exec(s);
    let contentStart = -1;
    const between = c ? s.slice(vEnd, c.index) : '';
    const betweenOk =
      c !== null &&
      c.index < end &&
      between.split(/\s+/).filter(Boolean).length <= 9 &&
      !/[.;:]/.test(between) &&
      !(lex.language === 'en' && /\b(would|will|had|has|have|was|were|is|are|could|should|must|can|did|does)\b/i.test(between)) &&
      // `said Jane Roe, who added that …`: the `that` is the relative clause's own report
      !(lex.language === 'en' && /,\s*(?:who|which)\s/i.test(between)) &&
      // a subject and its own past-tense verb before the `that` (`said the mayor promised them that …`): that is the report
      !(lex.language === 'en' && /(?:^|\s)(?:he|she|they|we|i|it|\p{Lu}[\p{L}'’-]*|(?:the|a|an|his|her|their)\s+\p{Ll}+)\s+\p{Ll}+ed\b/u.test(between));
    // `said X, and that Y`: the `that` opens the second reported clause; the first starts at the verb.
    // `…, he added, noting that Y`: a comma right after the verb means it closes an attribution; the
    // participle's clause is reported by its own frame.
    if (lex.language === 'en' && c !== null && /^\s*,\s+\p{Ll}+ing\s*$/u.test(between)) continue;
    // `denied a newspaper report that X`, `odbacio je navode da X`: the clause complements a noun of
    // reported content, so X is the report's claim, not the subject's words (the subject may deny it).
    if (c !== null && betweenOk && endsWithContentNoun(between, lex)) continue;
    // `rekao je X, pre nego što je Y …`, `tha X, përpara se Y …`: an adverbial clause, no report of X.
    if (c !== null && betweenOk && endsWithSubordinatorHead(between, lex)) continue;
    const secondThat =
      lex.language === 'en' && c !== null && betweenOk && /(?:^|[\s,])(?:and|but)\s*$/i.test(between) && between.split(/\s+/).filter(Boolean).length >= 4;
    if (secondThat) {
      contentStart = vEnd;
    } else if (c && betweenOk) {
      contentStart = c.index + c[0].length;
    } else if (lex.language === 'en' && zeroThatReport(verbText, s.slice(vEnd, end))) {
      const rest = s.slice(vEnd, end);
      const told = /^told\b/i.test(verbText);
      const skip = told ? /^\s+(?:him|her|them|us|reporters|journalists|the\s+\w+|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})(?=\s)/u.exec(rest) : null;
      const afterObject = vEnd + (skip ? skip[0].length : 0);
      const from = afterObject + adjunctBeforeClause(s.slice(afterObject, end));
      const next = /^\s+(\S+)/.exec(s.slice(from, end));
      // `told a press conference` names an audience, not a report: a clause needs a finite verb.
      const clause = s.slice(from, sentenceEnd(s, from, end));
      if (told && !/\b(would|will|was|were|is|are|had|has|have|could|should|must|can|did|does|\w+ed)\b/i.test(clause)) continue;
      // `…, said Jane Roe, director of …`: an inverted attribution with an apposition, not a report.
      const inverted =
        /,\s*$/.test(s.slice(Math.max(start, vStart - 3), vStart)) &&
        /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(s.slice(from, end));
      if (
        next &&
        !inverted &&
        !/^[,.;:]/.test(next[1]) &&
        !/^(in|on|at|to|last|this|yesterday|today|earlier|afterwards|after|later|during|before|while|when|of|for|with|from|as|and|but|by)$/i.test(next[1])
      )
        contentStart = from;
    }
    // Inverted attribution after a quote (`“…,” said Ana Brnabić, the speaker`) reports nothing new.
    if (contentStart >= 0 && !(c && betweenOk) && /[“”"»«’'„]\s*[,.]?\s*[–—-]?\s*$/.test(s.slice(Math.max(start, vStart - 6), vStart))) contentStart = -1;
    if (contentStart < 0) continue;
    while (contentStart < end && /[\s\u00a0]/.test(s[contentStart])) contentStart++;
    // Subject before the verb (same clause); `X quoted Y as saying …` is Y's report, not X's.
    let np = npBeforeVerb(s, clauseStartBefore(s, start, vStart), vStart);
    if (/^as saying$/i.test(verbText)) {
      np = quotedObject(s, np, lex);
      if (!np) continue;
    }
    const contentEnd = secondReportCut(lex.language, s, contentStart, sentenceEnd(s, contentStart, end), re.verb);
    // Second complements of the same verb (`… and that …`, `… i da …`, `…, por se …`) split the content,
    // unless the first clause has its own complement-taking verb; clause breaks end each piece.
    const pieces: [number, number][] = [];
    let from = contentStart;
    const seconds = scanFrom(re.second, contentStart);
    for (let sc = seconds.exec(s); sc && sc.index < contentEnd; sc = seconds.exec(s)) {
      const first = s.slice(from, sc.index);
      if (/\b(mean|means|meant|think|thinks|believe|believes|know|knows)\b/i.test(first)) continue;
      pieces.push([from, sc.index]);
      // `said X and would Y`: the second predicate keeps its auxiliary (`would Y`), the conjunction goes.
      const aux = /(?:^|\s)(would|will|could|should|had|was|were)$/iu.exec(sc[0]);
      from = sc.index + sc[0].length - (aux ? aux[1].length : 0);
    }
    pieces.push([from, contentEnd]);
    // A concessive or contrastive clause (`, although …`, `, iako …`, `, ndërsa …`) is reported speech too.
    for (let k = 0; k < pieces.length; k++) {
      const [a, b0] = pieces[k];
      const br = re.breaks.exec(s.slice(a, b0));
      if (br && CONTINUES.test(br[0]) && k < 8) pieces.push([a + br.index + br[0].length, b0]);
    }
    for (const [a, b0] of pieces) {
      const br = re.breaks.exec(s.slice(a, b0));
      let e = br ? a + br.index : b0;
      while (e > a && /[\s\u00a0,.;:–—-]/.test(s[e - 1])) e--;
      if (e - a > 8) out.push({ verb: [vStart, vEnd], np, verbText, content: [a, e] });
    }
    verbs.lastIndex = Math.max(vEnd, contentEnd);
  }
  return out;
}

/**
 * The object of a quoting verb before `as saying` (`Local media quoted an official` → `an official`), the
 * speaker of the words that follow; null when the subject phrase holds no quoting verb (then `as saying`
 * reports nothing: `known as saying little`).
 */
function quotedObject(s: string, np: [number, number] | null, lex: QuoteLexicon): [number, number] | null {
  if (!np || !lex.quotingVerbs?.length) return null;
  const text = s.slice(np[0], np[1]);
  let at = -1;
  for (const m of text.matchAll(new RegExp(`(?:^|\\s)(?:${lex.quotingVerbs.join('|')})\\s+`, 'giu'))) at = m.index! + m[0].length;
  if (at < 0 || !/\S/.test(text.slice(at))) return null;
  return [np[0] + at, np[1]];
}

function clauseStartBefore(s: string, sentStart: number, verbStart: number): number {
  const head = s.slice(sentStart, verbStart);
  // The subject of a reported clause follows a fronted adverbial (`After the meeting, X said`), so keep
  // the whole head; npBeforeVerb trims at quotes and semicolons, the resolver reads comma segments.
  const m = /^(?:(?:when|after|before|while|asked|speaking|commenting|during|in|on|at|pas|posle|nakon|upitan|upitana|kada|dok|tokom)\b[^,]*,\s*)+/iu.exec(head);
  return sentStart + (m ? m[0].length : 0);
}

/**
 * True when `text` holds one of the lexicon's speech verbs anywhere. With `active`, an English passive
 * participle (`what was agreed`, `has been reported`) does not count: nobody speaks in it.
 */
export function hasSpeechVerb(lex: QuoteLexicon, text: string, active = false): boolean {
  const re = scanFrom(regexesFor(lex).verb, 0);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!active || lex.language !== 'en' || !/\b(?:was|were|is|are|be|been|being)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return true;
  }
  return false;
}
