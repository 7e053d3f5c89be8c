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
  /**
   * Verbs whose object is the speaker of what follows `as saying` (`Reuters quoted an official as saying …`,
   * `media cited X as saying …`); the subject only relays the words. Absent: the language has no such frame.
   */
  quotingVerbs?: string[];
  /** Verbs that introduce reported (indirect) speech with a complementiser (`said that`, `rekao je da`, `tha se`). */
  reportingVerbs: string[];
  /** Complementisers that open reported content (`that`, `da`, `se`). */
  complementisers: string[];
  /**
   * Words before a complementiser that make it part of an adverbial subordinator, not a report's opening
   * (`pre nego` što = before, `nakon` što = after, `përpara` se = before), folded; optional.
   */
  subordinatorHeads?: string[];
  /** Phrases that introduce the source of a following clause (`according to`, `prema rečima`, `sipas`), followed by the source. */
  accordingTo: string[];
  /** Phrases meaning "in his/her words" that take the previous speaker (`in his words`). */
  inWords: string[];
  /** Subject pronouns by gender. */
  pronouns: { m: string[]; f: string[]; plural: string[] };
  /** Possessive/oblique pronouns that can follow `according to` (`him`, `her`, `tij`, `saj`). */
  obliquePronouns: { m: string[]; f: string[] };
  /**
   * A speaker's own words that show their gender (Serbian `izabran sam` m., `bila sam` f.): the first-person
   * auxiliaries and the endings of the participles or short adjectives beside them, folded; optional.
   */
  firstPersonGender?: { aux: string[]; m: string[]; f: string[] };
  /**
   * Things that carry words but speak for nobody named (`banner`, `sign`, `transparentu`, `pankartë`), folded, in
   * every case form: a quote whose own frame has one as its subject (`“…,” read a banner`) has no speaker; optional.
   */
  inscriptionNouns?: string[];
  /** Words marking an indefinite or unnamed source (`a`, `one`, `jedan`, `një`). */
  indefinites: string[];
  /** Demonstratives/articles that make a role anaphoric (`the`, `this`, `ovaj`, `ky`). */
  definites: string[];
  /** Clause connectors that end a reported clause (`, while`, `, but`). */
  clauseBreaks: string[];
  /**
   * Coordinated clauses with a subject of their own (`Kurti je govorio …, a ministar je rekao da …`): the
   * conjunctions (and oblique relatives: `na kojoj`, `ku`) after a comma that open one (`a`, `dok`, `ali`) and the clitics that may stand before its
   * subject (`dok je ministar rekao`). A speech verb after one takes its subject from that clause
   * (`coordinated-subject.ts`). Lower case, as written (Latin).
   */
  coordinatedClause?: { conjunctions: string[]; clitics: string[] };
  /**
   * What may stand before a subject-less speech verb without being its subject (`Na kraju je rekao`,
   * `Kasnije je rekao`, `Në fund tha`): prepositions that open a phrase of lower-case words, and adverbs
   * (`fronted-adverbial.ts`). Lower case, as written (Latin).
   */
  frontedAdverbials?: { prepositions: string[]; adverbs: string[] };
  /**
   * Nouns of reported content (`report`, `claims`, `navode`, `pretendimet`), folded: a complement clause
   * right after one (`denied a report that X`) belongs to that noun's source, not to the verb's subject.
   */
  contentNouns: string[];
  /** Coordinations that start a second reported clause of the same verb (`and that`, `i da`, `dhe se`). */
  secondComplement: string[];
  /** Words before a quote-marked span that mark it as a name or title, not speech (`documentary`, `naziv`). */
  titleCues: string[];
  /** Words right after a quote-marked span that mark it as a name (`its “…” programme`, `the “…” campaign`), folded; optional. */
  titleCuesAfter?: string[];
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
  /** Words the attribution frames and the speaker resolver read; the code builds its patterns from them. */
  cues: AttributionWords;
}

/**
 * Attribution words of one language. Where a rule reads every language at once (a Serbian article quoting
 * an Albanian source), the code takes the union over the lexicons (`allLexicons`).
 */
export interface AttributionWords {
  /** Speech verbs whose subject is plural (`say`, `kažu`, `thanë`): a lone role noun before them is a group. */
  pluralSpeechVerbs: string[];
  /** Passive report verbs that name their source after them (`thuhet`, `navodi se`). */
  passiveSpeechVerbs: string[];
  /** Words after a passive report verb that introduce its source (`in a statement by`, `u saopštenju`, `e`). */
  passiveSourceMarkers: string[];
  /** Feminine role nouns (folded) that tell a speaker's gender (`ministarka`, `ministrja`). */
  feminineRoleNouns: string[];
  /** Determiners (folded) that make a two-word quoted phrase a label, not speech (`the`, `tzv`, `kjo`). */
  labelDeterminers: string[];
  /** Headline labels (folded) that are never a speaker (`photo`, `analiza`, `lajm`). */
  headlineLabels: string[];
  /** Labels that open an interview answer (`A`, `Odgovor`, `Përgjigje`), as written. */
  answerLabels: string[];
  /** Labels that open an interview question (`Pitanje`, `Pyetja`), as written; optional. */
  questionLabels?: string[];
  /**
   * Phrases of an interview's introduction that say who speaks to the outlet (`spoke to us`, `in an
   * interview with`, `razgovarao je sa nama`), lower case as written; the person beside one is the
   * interviewee (`interview.ts`). Optional.
   */
  interviewCues?: string[];
  /** Words that open a fronted clause before a subject (`when`, `asked`, `posle`, `upitan`, `pas`). */
  frontedLeads: string[];
  /** Phrases that mark a source as unnamed (`on condition of anonymity`, `neimenovan`). */
  anonymityCues: string[];
  /** Phrases that introduce a name given for an unnamed source (`named`, `zove se`, `vetëm emrin`). */
  nameIntroducers: string[];
  /** Words that open a modifier segment of a subject phrase (`from`, `who`, `koji`, `që`). */
  modifierStarts: string[];
  /** Relative pronouns (`who`, `që`, `i cili`); `relativeStems` are prefixes of inflected ones (`koj` + a vowel). */
  relativeWords: string[];
  relativeStems: string[];
  /** Prepositions before a relative pronoun (`with`, `sa`, `me`). */
  relativePrepositions: string[];
  /** Discourse asides (folded) set off by commas inside a subject phrase (`for his part`, `sa svoje strane`). */
  asides: string[];
  /** Conjunctions that can open a subject phrase and are not part of it (`as`, `ali`, `siç`). */
  leadingConjunctions: string[];
  /** Coordinating conjunctions, `and` first (`and`, `i`, `dhe`). */
  coordinators: string[];
  /** Words that open a subject noun phrase in lower case (`the`, `she`, `ovaj`, `ajo`). */
  subjectOpeners: string[];
  /** Indefinite articles of an apposition that describes a name (`a`, `jedan`, `një`). */
  appositionIndefinites: string[];
  /** Prepositions before a place inside a subject phrase (`from`, `iz`, `nga`). */
  placePrepositions: string[];
  /** Demonstratives before an organisation noun (`the`, `this`, `ovaj`, `ky`). */
  demonstratives: string[];
  /** Prepositions that put an institution in the genitive before a speech verb (Serbian `iz`, `od`). */
  genitiveSourcePrepositions: string[];
  /** Nouns that name a report (`claims`, `izjava`, `deklarata`), their source prepositions and complementisers. */
  reportNouns: { nouns: string[]; sources: string[]; complementisers: string[] };
}
