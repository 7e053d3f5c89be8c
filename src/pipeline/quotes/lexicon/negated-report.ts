/**
 * A reporting verb that is negated or refused reports no content (`did not say whether …`, `declined to
 * say whether …`, `nije rekao da li …`, `odbio je da kaže …`, `nuk tha nëse …`, `refuzoi të thotë …`):
 * what follows is what the subject did not say. Folded (ASCII, lower case); Serbian in Latin (Cyrillic
 * text is read through its Latin view). Used by `negated-report.ts` (ADR 0298).
 */
export const NEGATED_REPORT: Record<
  string,
  { negators: readonly string[]; refusals: readonly string[]; refusalLink: readonly string[]; sayStems: readonly string[] }
> = {
  en: {
    /** Right before the verb, perhaps with an adverb in -ly between (`did not immediately say`). */
    negators: ['not', 'n’t', "n't", 'never'],
    /** A verb of refusing before `to` + the reporting verb (`declined to say`, `would not want to say`). */
    refusals: ['declined', 'declines', 'declining', 'decline', 'refused', 'refuses', 'refusing', 'refuse', 'not want', 'not wish'],
    refusalLink: ['to'],
    /**
     * Only verbs that merely say (or disclose) take the rule: a negated verb of denying or ruling out says
     * something (`did not deny that …`, `ne isključuje da …`, `nuk e mohoi se …` report content).
     */
    sayStems: ['say', 'said', 'tell', 'told', 'comment', 'specif', 'disclos', 'reveal', 'confirm', 'elaborat', 'explain', 'state', 'indicat'],
  },
  sr: {
    negators: ['nije', 'nisu', 'nisam', 'nismo', 'niste', 'nisi', 'ne', 'nece', 'necu', 'nikada nije'],
    refusals: [
      'odbio', 'odbila', 'odbili', 'odbile', 'odbija', 'odbijaju',
      'nije hteo', 'nije htela', 'nisu hteli', 'nije zeleo', 'nije zelela', 'nisu zeleli', 'ne zeli', 'ne zele',
    ],
    /** `odbio je da kaže`, `odbio da kaže`. */
    refusalLink: ['je da', 'su da', 'da'],
    sayStems: ['rek', 'rec', 'kaz', 'izjav', 'nave', 'navod', 'precizir', 'otkri', 'potvrd', 'komentaris', 'objasn'],
  },
  sq: {
    negators: ['nuk', "s'", 's’'],
    refusals: ['refuzoi', 'refuzon', 'refuzuan', 'nuk pranoi', 'nuk pranon', 'nuk deshi', 'nuk do'],
    refusalLink: ['te', 'qe te'],
    sayStems: ['tha', 'thot', 'them', 'deklar', 'konfirm', 'specifik', 'sqar', 'koment', 'zbul'],
  },
};
