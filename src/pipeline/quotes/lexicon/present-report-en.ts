/**
 * English present forms of verbs of saying that are also nouns (`he notes that …` / `the notes that …`,
 * `Roe vows to …` / `his vows to …`), read as verbs only in the frame `present-report-en.ts` checks.
 */
export const presentReport = {
  /** Third-person `-s` forms, after a singular subject (`she notes that …`, `Roe pledges to …`). */
  singular: ['notes', 'claims', 'vows', 'promises', 'pledges'],
  /** Base forms, after a plural subject (`experts note that …`, `they vow to …`). */
  plural: ['note', 'claim', 'vow', 'promise', 'pledge'],
  /** Of those, the verbs of commitment, whose report may be an infinitive (`vows to …`); the others need `that`. */
  infinitive: ['vows', 'promises', 'pledges', 'vow', 'promise', 'pledge'],
  /** Subject pronouns before a singular form (`who` and `that` open a relative clause with the form as its verb). */
  singularSubjects: ['he', 'she', 'it', 'who'],
  /** Subject pronouns before a plural form. */
  pluralSubjects: ['they', 'we', 'i', 'you', 'who'],
  /** Adverbs that may stand between the subject and the verb (`Roe also notes …`, `she repeatedly claims …`), besides `-ly` words. */
  adverbs: ['also', 'still', 'now', 'often', 'again', 'even', 'always', 'never', 'already', 'too'],
  /** Capitalised words that are determiners or openers, not a subject name (`The notes that …`, `His claims that …`). */
  notNames: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'such', 'any', 'no', 'new', 'other', 'some', 'many', 'both', 'all', 'but', 'and', 'as', 'in', 'of', 'for', 'with',
    // capitalised adjectives before a noun (`Republican claims that …`, `Campaign promises`)
    'republican', 'democratic', 'american', 'federal', 'campaign', 'party', 'election', 'president', 'presidential'],
};
