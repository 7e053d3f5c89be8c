/**
 * English words after `but` that continue the reported content instead of opening narration
 * (`but-continuation-en.ts`): a contrast inside one claim.
 */
export const butContinuation = {
  /**
   * Words that open a verbless or subjectless remainder of a contrast (`…, but not its timing`, `not only …
   * but also …`, `…, but only in private`, `…, but never compromise`): the phrase cannot stand as a clause of
   * its own, so it is still the reported content.
   */
  elliptical: ['not', 'also', 'only', 'never'],
  /**
   * Finite auxiliaries that invert after a fronted negation (`but not only did he …`, `but never has it …`):
   * a clause of its own, so the content ends at `but`.
   */
  inverted: ['did', 'does', 'do', 'was', 'is', 'were', 'are', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'should'],
  /** The complementiser of a contrasted second clause of the same report (`said A, but that B`). */
  complementiser: 'that',
};
