/**
 * Syntax that shows a lone capitalised word opening a clause to be a person's name, though no name list
 * knows it (`Kurti, who spoke …`, `Kurti, koji je govorio …`, `Kurti, i cili foli …`): used by
 * `lone-subject.ts`. Source: the grammars of the three languages (relative pronouns of persons and the
 * gender they carry; verbs whose subject speaks).
 */

/** Relative pronouns (as written, lower case) after `X,` and the gender they give X (null: none). */
export const PERSON_RELATIVES: Record<string, Record<string, 'm' | 'f' | null>> = {
  // English `who` is said of people only (`which` of things).
  en: { who: null },
  // Serbian and Albanian relatives serve things too (`Zakon, koji …`): a speech verb must confirm them.
  sr: { koji: 'm', koja: 'f' },
  sq: { 'i cili': 'm', 'e cila': 'f' },
};

/** Languages whose person relative needs a speech verb in its clause or right after it (`koji je govorio`). */
export const RELATIVE_NEEDS_SPEECH: ReadonlySet<string> = new Set(['sr', 'sq']);

/**
 * Verbs of speaking beyond the attribution lexicon that only a person (or a body speaking) does, as
 * written: Albanian `foli` (spoke), `fliste`; Serbian `razgovarao` (talked).
 */
export const EXTRA_SPEECH_VERBS: Record<string, string[]> = {
  en: [],
  sr: ['razgovarao', 'razgovarala', 'obratio', 'obratila'],
  sq: ['foli', 'fliste', 'bisedoi', 'u drejtua'],
};

/** Serbian auxiliary after a clause-initial subject before its l-participle (`Kurti je … rekao`). */
export const SR_SUBJECT_AUXILIARY = 'je';

/**
 * Finite verbs (and auxiliaries, clitics) that show the lone capitalised word before them to be a clause
 * subject (`Kurti met …`, `Kurti je …`, `Kurti u takua …`), as written; English also takes any `-ed` form.
 * A pronoun after such a subject that nothing shows to be a person or not is nobody's rather than an
 * earlier person's (`pronoun-salience.ts`).
 */
export const SUBJECT_VERBS: Record<string, string[]> = {
  en: [
    'has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'must', 'did', 'does', 'met', 'spoke', 'went', 'came',
    'took', 'gave', 'made', 'left', 'held', 'saw', 'sent', 'won', 'lost', 'led', 'ran', 'got', 'began', 'became', 'brought',
    'kept', 'thought', 'knew', 'felt', 'sat', 'stood', 'rejected', 'told', 'said', 'wrote',
  ],
  sr: ['je', 'će', 'nije', 'neće', 'ima', 'nema', 'kaže', 'tvrdi', 'smatra', 'ocenjuje'],
  sq: ['u', 'e', 'i', 'ka', 'kishte', 'është', 'ishte', 'nuk', 'do', 'po', 'tha'],
};
