/**
 * Words for speech nested in speech and for the cue right after a quote, by language (lower case):
 * verbs that attribute a quote only when they close it, oblique pronouns that are never a speaker, and
 * the relative pronouns (with the clitics that may follow them) whose antecedent speaks the quote they
 * introduce. Used by `attribution-cues.ts` and `speech-verbs.ts`.
 */

/**
 * Verbs of asking, answering and exclaiming that attribute the quote they close (`"…?" X asked
 * rhetorically.`, `„…?“, upitao je X.`, `«…?», pyeti X.`). They are not general speech verbs: `asked`
 * before a clause is a request (`asked them to leave`), so they stay out of reported clauses.
 */
export const CLOSING_CUE_VERBS: Record<string, readonly string[]> = {
  en: ['asked', 'asks', 'wondered', 'wonders', 'retorted', 'retorts', 'inquired', 'inquires', 'enquired', 'enquires', 'countered', 'counters', 'shouted', 'shouts', 'exclaimed', 'exclaims', 'quipped', 'quips', 'snapped', 'joked', 'jokes', 'demanded', 'demands'],
  sr: ['upitao', 'upitala', 'upitali', 'zapitao', 'zapitala', 'zapitali', 'uzvratio', 'uzvratila', 'uzvratili', 'dobacio', 'dobacila', 'dobacili', 'uzviknuo', 'uzviknula', 'pita', 'pitaju', 'odgovara', 'odgovaraju', 'uzvraća'],
  sq: ['pyeti', 'pyet', 'pyetën', 'ia ktheu', 'u përgjigj', 'bërtiti', 'shtroi pyetjen'],
};

/**
 * Words right before one of those verbs that make it passive (`was asked: "…"`, `u pyet: "…"`): the quote
 * after the colon is then the question put to the subject, not the subject's words.
 */
export const PASSIVE_BEFORE_CUE_VERB: Record<string, readonly string[]> = {
  en: ['was', 'were', 'is', 'are', 'be', 'been', 'being'],
  sq: ['u', 'iu'],
};

/**
 * Oblique (dative, accusative) personal pronouns that may open a clause before a speech verb (`Njoj je
 * odgovorio ministar X: „…“`, `Atij iu përgjigj X`): the one spoken to, never the speaker.
 */
export const OBLIQUE_PRONOUNS: Record<string, readonly string[]> = {
  en: ['him', 'her', 'them', 'me', 'us', 'to him', 'to her', 'to them'],
  sr: ['njoj', 'njemu', 'njima', 'im', 'mu', 'joj', 'nam', 'vam', 'mi', 'ti', 'ga', 'je', 'ih', 'nju', 'njega', 'njih'],
  sq: ['atij', 'asaj', 'atyre', 'i', 'u', 'ia', 'iu', 'më', 'na', 'ju'],
};

/**
 * Relative pronouns that open a clause whose speech verb introduces a quote (`ambasadora koji mu je
 * rekao: „…“`, `a diplomat who told him: "…"`, `X, i cili kishte thënë: «…»`): the speaker is the
 * relative's antecedent.
 */
export const RELATIVE_PRONOUNS: Record<string, readonly string[]> = {
  en: ['who'],
  sr: ['koji', 'koja', 'koje', 'koju', 'kojeg', 'kojega'],
  sq: ['i cili', 'e cila', 'të cilët', 'të cilat', 'që'],
};

/** Clitics and auxiliaries between a relative pronoun and its verb (`koji mu je`, `who had`, `i cili kishte`). */
export const RELATIVE_CLITICS: Record<string, readonly string[]> = {
  en: ['had', 'has', 'have', 'once', 'later', 'then', 'reportedly', 'privately', 'also'],
  sr: ['mu', 'joj', 'im', 'nam', 'vam', 'je', 'su', 'još', 'tada', 'kasnije', 'ranije', 'bio', 'bila'],
  sq: ['kishte', 'ka', 'i', 'u', 'më', 'na', 'ia', 'kishin', 'kanë', 'më parë'],
};
