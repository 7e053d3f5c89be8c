/**
 * The shape of a per-language lexicon for quote extraction and speaker attribution. Lexicons are
 * data: word lists only, no logic. Serbian Cyrillic text is transliterated to Latin before matching,
 * so the Serbian lexicon serves both scripts.
 */
export interface QuoteLexicon {
  /** BCP 47 primary tag: `en`, `sr`, `sq`. */
  language: string;
  /**
   * Speech verbs as they appear in text (inflected forms), lower case, multi-word allowed
   * (`was quoted as saying`, `rekao je`, `u shpreh`). Used for direct-quote attribution.
   */
  speechVerbs: string[];
  /** Verbs that introduce reported (indirect) speech with a complementiser (`said that`, `rekao je da`, `tha se`). */
  reportingVerbs: string[];
  /** Complementisers that open reported content (`that`, `da`, `se`). */
  complementisers: string[];
  /** Phrases that introduce the source of a following clause (`according to`, `prema rečima`, `sipas`), followed by the source. */
  accordingTo: string[];
  /** Phrases meaning "in his/her words" that take the previous speaker (`in his words`). */
  inWords: string[];
  /** Subject pronouns by gender. */
  pronouns: { m: string[]; f: string[]; plural: string[] };
  /** Possessive/oblique pronouns that can follow `according to` (`him`, `her`, `tij`, `saj`). */
  obliquePronouns: { m: string[]; f: string[] };
  /** Words marking an indefinite or unnamed source (`a`, `one`, `jedan`, `një`). */
  indefinites: string[];
  /** Demonstratives/articles that make a role anaphoric (`the`, `this`, `ovaj`, `ky`). */
  definites: string[];
  /** Clause connectors that end a reported clause (`, while`, `, but`). */
  clauseBreaks: string[];
  /**
   * Nouns of reported content (`report`, `claims`, `navode`, `pretendimet`), folded: a complement clause
   * right after one (`denied a report that X`) belongs to that noun's source, not to the verb's subject.
   */
  contentNouns: string[];
  /** Coordinations that start a second reported clause of the same verb (`and that`, `i da`, `dhe se`). */
  secondComplement: string[];
  /** Words before a quote-marked span that mark it as a name or title, not speech (`documentary`, `naziv`). */
  titleCues: string[];
  /** Labels that open a paragraph and are nobody's words (`update`, `foto`, `notice`), folded, without the colon. */
  leadLabels: string[];
  /** Words that open a byline paragraph (`by`, `piše`, `nga`), folded. */
  bylineMarkers: string[];
  /**
   * Function words (conjunctions, prepositions, determiners, pronouns, auxiliaries, sentence adverbs),
   * lower case (folded when loaded). Capitalised at a sentence start they are never part of a name (`While Sanders …`, `Prema Vučiću`).
   */
  functionWords: string[];
  /** Honorifics and abbreviated titles before a name (`mr`, `sen`, `gospodin`, `zonja`), lower case, without the full stop. */
  titles: string[];
}
