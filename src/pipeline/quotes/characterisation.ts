/**
 * Characterisation frames: a quoted phrase a speaker puts on something is that speaker's partial quote,
 * however short — `described the cut as “part of a campaign …”`, `accused the company of “collective
 * punishment”`, `over what it called “debts that …”`; Serbian `opisao je … kao`, `optužio je … za`;
 * Albanian `e përshkroi … si`, `akuzoi … për`. A bare `called X "Y"` is left out: the corpora disagree on
 * it (a newspaper that `called the centre a "spy nest"` is annotated as a label, not a quote).
 */

const EN =
  /(?:\b(?:what|which|whom)\s+(?:it|he|she|they|the(?:\s+[\p{L}-]+){1,3})\s+(?:called|termed|dubbed|described\s+as)(?:\s+(?:a|an))?|\bdescrib(?:ed|es|e|ing)(?:\s+[\p{L}'’-]+){0,5}\s+as(?:\s+(?:a|an|being))?|\baccused(?:\s+[\p{L}'’-]+){0,5}\s+of)\s*$/iu;
const SR = /(?:\b(?:opisa|optuži|oceni)\p{L}*(?:\s+je)?(?:\s+[\p{L}-]+){0,5}?\s+(?:kao|za))\s*$/iu;
const SQ = /(?:\b(?:e\s+)?përshkroi(?:\s+[\p{L}-]+){0,5}\s+si|\bakuzoi(?:\s+[\p{L}-]+){0,5}\s+për)\s*$/iu;

/**
 * Where the characterisation frame starts when the text of a sentence up to a quote's opening mark
 * (`lead`, Latin view) ends in one, else -1; the quoted words are then the frame subject's partial quote
 * and the subject is the text before that offset (`The union| accused the company of`).
 * @param language `en` | `sr` | `sq`
 */
export function characterises(lead: string, language: string): number {
  const re = language === 'sr' ? SR : language === 'sq' ? SQ : EN;
  const m = re.exec(lead);
  return m ? m.index : -1;
}

/** English `what he called`, `which the mayor described as`: the relative frame names its own subject. */
const EN_RELATIVE = /\b(?:what|which|whom)\s+(it|he|she|they|the(?:\s+[\p{L}-]+){1,3})\s+(?:called|termed|dubbed|described\s+as)(?:\s+(?:a|an))?\s*$/iu;

/**
 * The subject inside an English relative characterisation frame at the end of `lead` (`…, which he
 * called`, `what the mayor termed`) as [start, end) offsets into `lead`, or null: its words are that
 * subject's, not the words of whoever the sentence opens with.
 */
export function relativeFrameSubject(lead: string, language: string): [number, number] | null {
  if (language !== 'en') return null;
  const m = EN_RELATIVE.exec(lead);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1], m[0].search(/\s/));
  return [at, at + m[1].length];
}
