/**
 * Denial cues: a speaker who denies saying words (`denied ever saying that …`, `nije rekao da …`,
 * `mohoi se kishte thënë`) is reported as NOT having said them, so quoted words after the cue are not
 * the speaker's. Lower case; Serbian in Latin (Cyrillic text is matched through its Latin view).
 * Used by `denial.ts`; the rule is in docs/quality.md (issue 15, denied words).
 */
export const DENIAL_CUES: Record<'en' | 'sr' | 'sq', string[]> = {
  en: [
    'denied', 'denies', 'deny', 'denying', 'never said', 'did not say', "didn't say", 'has not said', 'had not said',
    'rejected claims', 'rejects claims', 'rejected reports', 'rejects reports', 'rejected suggestions',
    'dismissed claims', 'dismisses claims', 'dismissed reports', 'dismisses reports', 'dismissed suggestions',
  ],
  sr: [
    'nije rekao', 'nije rekla', 'nisu rekli', 'nikada nije rekao', 'nikada nije rekla',
    'demantovao', 'demantovala', 'demantuje', 'negirao', 'negirala', 'negira', 'porekao', 'porekla', 'poriče',
    'odbacio tvrdnje', 'odbacila tvrdnje', 'odbacuje tvrdnje',
  ],
  sq: ['mohoi', 'mohon', 'ka mohuar', 'nuk ka thënë', 'nuk tha', 'hodhi poshtë pretendimet', 'hedh poshtë pretendimet'],
};

/** Speech words that a denial cue governs (`denied ever| saying`, `demantovao da je| rekao`, `mohoi se kishte| thënë`). */
export const DENIED_SPEECH: Record<'en' | 'sr' | 'sq', string[]> = {
  // Naming someone something is saying it (`denied he had called the judges “…”`), as `nazvao`, `quajtur` below.
  en: ['saying', 'having said', 'said', 'to have said', 'says', 'making the remark', 'making the comment', 'called', 'calling', 'having called', 'to have called'],
  sr: ['rekao', 'rekla', 'rekli', 'izjavio', 'izjavila', 'izjavili', 'kazao', 'kazala', 'govorio', 'govorila', 'nazvao', 'nazvala', 'nazvali'],
  sq: ['thënë', 'tha', 'deklaruar', 'deklaroi', 'quajtur', 'quajti'],
};

/**
 * English negated speech right before its content (`did not say that …`, `never explicitly said …`): the
 * content is what the subject did not say, whatever it is (issue 15). An adverb in `-ly` may stand between.
 */
export const NEGATED_SPEECH_EN = {
  negators: ['never', 'not', 'n’t', "n't"],
  verbs: ['say', 'said', 'claim', 'claimed', 'suggest', 'suggested', 'state', 'stated'],
  /** An open question after the negation (`would not say whether …`) reports a refusal to answer, not denied words. */
  questionWords: ['whether', 'if', 'how', 'when', 'why', 'what', 'who', 'where', 'which'],
};
