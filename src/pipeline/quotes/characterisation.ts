/**
 * Characterisation frames: a quoted phrase a speaker puts on something is that speaker's partial quote,
 * however short — `described the cut as “part of a campaign …”`, `accused the company of “collective
 * punishment”`, `over what it called “debts that …”`; Serbian `opisao je … kao`, `optužio je … za`;
 * Albanian `e përshkroi … si`, `akuzoi … për`. A bare `called X "Y"` is left out: the corpora disagree on
 * it (a newspaper that `called the centre a "spy nest"` is annotated as a label, not a quote).
 */

const EN =
  /(?:\b(?:what|which)\s+(?:it|he|she|they|the\s+[\p{L}-]+)\s+(?:called|termed|dubbed|described\s+as)|\bdescribed(?:\s+[\p{L}'’-]+){0,5}\s+as|\baccused(?:\s+[\p{L}'’-]+){0,5}\s+of)\s*$/iu;
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
