/**
 * Named confidence levels of extracted quotes (0–1), from the frame that found each one. Digests rank
 * and filter on them; code compares names, never literals. Higher means the marks and the attribution
 * were both explicit.
 */
export const Confidence = {
  /** Quote marks and the quote's own speech cue or colon (`“…,” she said.`). */
  CUE: 0.9,
  /** An interview answer, or a quote whose speaker the next paragraph names (`That was the message of X.`). */
  NAMED: 0.8,
  /** Quote marks with no cue of their own, given to the article's last speaker. */
  PREVIOUS_SPEAKER: 0.75,
  /** A reported clause with a speech verb and complementiser, `according to`, a partial inside one, a headline label. */
  REPORTED: 0.7,
  /** Speech closed by `, X said.`, a source named after the report, or a characterisation (`described … as “…”`). */
  CLOSING: 0.65,
  /** Quote marks with nobody to give them to; participle (`, saying …`) and parenthetical (`, X said,`) reports. */
  WEAK: 0.6,
  /** An evaluation without marks (`described the move as …`). */
  EVALUATION: 0.55,
  /** A report named by a noun (`claims by officials that …`), or a verbless paragraph continuing a report. */
  INFERRED: 0.5,
} as const;
