/**
 * English participles that report for the subject of the clause they hang from (`…, joking that X`,
 * `…, declaring X would …`; participle-clause-en.ts). The participles of `lexicon/en.ts` `bases` are read
 * already; these are verbs of saying that the speech-verb list leaves out or keeps without an `-ing` form.
 */
export const participleReportWords = {
  /** `-ing` forms of verbs of saying read after a comma, a dash, `by` or `in addition to`. */
  participles: [
    'declaring', 'acknowledging', 'joking', 'announcing', 'suggesting', 'predicting', 'complaining', 'admitting',
    'revealing', 'boasting', 'recalling', 'lamenting', 'cautioning', 'reiterating', 'mentioning', 'tweeting',
  ],
  /** Participles of commitment whose report is an infinitive (`…, vowing to rebuild the pier`). */
  commitments: ['vowing', 'promising', 'pledging'],
  /** Participles that take an addressee before their `that` (`…, telling reporters on Friday that X`). */
  addressed: ['telling', 'assuring', 'reminding', 'warning'],
  /** Longest addressee (with its adjuncts) between such a participle and `that`, in words. */
  maxAddresseeWords: 10,
};

/**
 * English progressive reports (`Roe is declaring that X`, `officials are vowing to …`, `Roe is telling
 * donors X`): a finite auxiliary and the `-ing` form of a verb of saying, read as one speech verb.
 */
export const progressiveReportWords = {
  auxiliaries: ['is', 'are', 'was', 'were'],
  /** Participles that report a `that` clause or a clause without it. */
  participles: [
    'saying', 'telling', 'declaring', 'arguing', 'insisting', 'claiming', 'noting', 'acknowledging', 'predicting',
    'reporting', 'suggesting', 'stressing', 'emphasizing', 'explaining', 'announcing', 'warning', 'complaining', 'conceding',
  ],
  /** Participles of commitment: their report is an infinitive (`is promising to …`). */
  commitments: ['promising', 'pledging', 'vowing'],
  /** Those that report a clause without `that` (`are saying the vote …`, `is telling donors the plan …`). */
  zeroThat: ['saying', 'telling', 'arguing', 'insisting', 'claiming'],
};

const progressive = (ps: string[]) => progressiveReportWords.auxiliaries.flatMap((a) => ps.map((p) => `${a} ${p}`));
/** Every progressive report as a phrase (`is saying`, `were vowing`). */
export const PROGRESSIVE_REPORTS = progressive([...progressiveReportWords.participles, ...progressiveReportWords.commitments]);
/** The progressive commitments (`is promising`). */
export const PROGRESSIVE_COMMITMENTS = progressive(progressiveReportWords.commitments);
/** The progressive reports that drop `that` (`are saying`). */
export const PROGRESSIVE_ZERO_THAT = progressive(progressiveReportWords.zeroThat);

/** English `As X reported, …` (as-report-en.ts): what may stand between the subject and the comma. */
export const asReportWords = {
  /** Verb phrases of saying the speech-verb list does not hold (`As Roe put it, …`). */
  extraVerbs: ['put it', 'pointed out', 'has pointed out', 'wrote', 'has written', 'has noted', 'has said', 'has argued', 'has reported'],
  /** Verbs of a passive `As reported by X, …` / `As noted in X, …`. */
  passiveVerbs: ['reported', 'noted', 'stated', 'announced', 'revealed', 'explained', 'confirmed', 'first reported', 'previously reported'],
  /** Longest subject between `As` and its verb, in words. */
  maxSubjectWords: 8,
};
