/**
 * The speech verbs of one lexicon as compiled regexes (verb, complementiser, second complement, clause
 * breaks, `according to`, `in his words`), the cue types every frame returns, and the checks of whether a
 * text holds a speech verb at all. All offsets are into the masked Latin view of one paragraph.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { PARTICIPLES, PLURAL_PRESENT } from './lexicon/en.js';
import { CLOSING_CUE_VERBS } from './lexicon/nested-speech.js';
import { escapeRe, phraseRe, scanFrom } from './text.js';

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

/** The compiled patterns of one lexicon's frames (see `regexesFor`). */
export interface FrameRegexes {
  verb: RegExp;
  verbAtStart: RegExp;
  /** `verb` plus the verbs that attribute only the quote they close (`asked`, `upitao je`; `lexicon/nested-speech.ts`), for `cueAfter`. */
  cueVerb: RegExp;
  /** `verbAtStart` with those verbs too. */
  cueVerbAtStart: RegExp;
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
  // Its lookbehind tests ASCII first and the Unicode class only after a character outside ASCII (as `phraseRe`'s):
  // the optional auxiliary is tried at every position of every search (issue 23, ADR 0301).
  const aux = lex.language === 'sr' ? '(?:(?<![A-Za-z])(?<![\\p{L}](?<=[^\\0-\\x7f]))(?:je|su|se)\\s+)?' : '';
  // … and after the verb too: `kaže Jelena` holds no `kaže je` (starts of `Jelena`, `Suzana`, `Senad`).
  const auxAfter = lex.language === 'sr' ? '(?:\\s+(?:je|su|se)(?![\\p{L}]))?' : '';
  const verbs = phraseRe(lex.speechVerbs).source;
  const cueVerbs = phraseRe([...lex.speechVerbs, ...(CLOSING_CUE_VERBS[lex.language] ?? [])]).source;
  const r: FrameRegexes = {
    verb: new RegExp(`${aux}${verbs}${auxAfter}`, 'giu'),
    verbAtStart: new RegExp(`^${aux}(?:${verbs})${auxAfter}`, 'iu'),
    cueVerb: new RegExp(`${aux}${cueVerbs}${auxAfter}`, 'giu'),
    cueVerbAtStart: new RegExp(`^${aux}(?:${cueVerbs})${auxAfter}`, 'iu'),
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
export function infinitiveReport(lex: QuoteLexicon, verbText: string, before: string): boolean {
  return lex.language === 'en' && PLURAL_SET.has(verbText.toLowerCase()) && NOT_FINITE_BEFORE.test(before);
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
