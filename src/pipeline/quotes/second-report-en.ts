/**
 * English: a second report joined to the first by a conjunction ends the first one's content (issue 15):
 * `Roe said the fund is running out of cash, and Vos said the plan was unworkable` is two reports, Roe's
 * and Vos's, not one of Roe's that swallows Vos's words.
 */
import { enClauseWords } from './lexicon/en.js';
import { escapeRe, scanFrom } from './text.js';

/** A conjunction, then the second report's subject (a few words, no punctuation) right before its verb. */
const CONJ_SUBJECT = new RegExp(`(?:,\\s*|\\s+)(?:${enClauseWords.reportJoiners.map(escapeRe).join('|')})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){1,5})$`, 'iu');

/** A comma, then (after an adverb at most) the verb: the main clause's verb after a relative clause. */
const MAIN_VERB_AFTER = /,\s+(?:(?:also|later|then|again|now)\s+)?$/iu;

/**
 * Where the content [from, to) of a report ends before a conjunction that opens another subject's report:
 * a speech verb in it whose subject (one to five words, no punctuation) follows `and`/`but`, after at
 * least three words of the first content (`he and his wife told …` is one subject). Returns `to` when there is none.
 * @param language the article's language; other than English, `to` is returned
 * @param verb the lexicon's global speech-verb regex
 */
export function secondReportCut(language: string, s: string, from: number, to: number, verb: RegExp): number {
  if (language !== 'en') return to;
  const re = scanFrom(verb, from);
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    // `Roe, who said A, said B`: a speech verb right after a comma is the main clause's; A ends there.
    const comma = MAIN_VERB_AFTER.exec(s.slice(from, m.index));
    if (
      comma &&
      s
        .slice(from, from + comma.index)
        .trim()
        .split(/\s+/).length >= 3
    )
      return from + comma.index;
    const c = CONJ_SUBJECT.exec(s.slice(from, m.index));
    if (
      !c ||
      /^(?:that|who|which|it|this)\b/i.test(c[1]) ||
      s
        .slice(from, from + c.index)
        .trim()
        .split(/\s+/).length < 3
    )
      continue;
    return from + c.index;
  }
  return to;
}
