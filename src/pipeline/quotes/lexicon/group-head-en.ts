/**
 * English words around the head of a plural subject that names an unnamed group (issue 15): the head is
 * read past adverbs written after it (`Party loyalists today argue`, `Board members even insist`) and before
 * a post-modifier that names whom the group belongs to (`People close to Roe say`, `allies of the mayor`).
 */
export const groupHeadWords = {
  /** Adverbs that may stand between a plural subject and its verb. */
  trailingAdverbs: [
    'today', 'now', 'also', 'even', 'still', 'often', 'repeatedly', 'privately', 'publicly', 'generally', 'largely',
    'mostly', 'long', 'already', 'too', 'themselves', 'increasingly', 'frequently', 'usually', 'typically', 'likewise',
    'recently', 'reportedly', 'later', 'again', 'separately', 'widely', 'initially', 'previously', 'earlier', 'subsequently',
  ],
  /**
   * Heads of an unnamed group that are plural without a plain `-s` (or whose `-ics` the -s test leaves out):
   * `Police said`, `Critics say`, `40 percent say`, `People close to Roe` (folded, lower case); read
   * only at the end of a short phrase (at most two words before it), never as the object of a clause.
   */
  pluralHeads: ['police', 'people', 'critics', 'skeptics', 'sceptics', 'academics', 'staffers', 'percent', 'clergy', 'faithful'],
  /** Prepositions that cannot stand before a group's head (`Among many references to …` is no group). */
  prefixStops: ['among', 'between', 'about', 'against', 'during', 'after', 'before', 'by', 'in', 'on', 'under', 'over', 'like', 'as', 'than', 'through', 'into', 'upon', 'via', 'more', 'was', 'is', 'were', 'are'],
  /** The longest phrase (in words) read as a group head with its post-modifier (`People close to the mayor`). */
  maxWords: 7,
  /** Prepositions that open a post-modifier after a group's head noun (`close to`, `of`, `loyal to`). */
  postModifiers: ['close to', 'loyal to', 'allied with', 'familiar with', 'of', 'to', 'for', 'with', 'around', 'from', 'at', 'inside', 'within', 'across'],
};

/**
 * Nouns of a body that a capitalised word before them owns or qualifies (`the Roe campaign`, `the Obama
 * administration`, `the Danish government`): the phrase names that body, never the person or nation.
 */
export const ownedBodyNouns = ['campaign', 'administration', 'government', 'camp', 'team', 'regime', 'transition team', 'legal team', 'office'];
