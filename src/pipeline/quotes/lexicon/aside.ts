/**
 * Conjunctions that open a subject-less reporting aside (`On je, kako je naveo, već …`, `Slična obećanja,
 * kako je podsetio, čuli su …`): the aside has no subject of its own, the participle's gender (`-o`/`-la`)
 * points back to the clause's subject, as a pronoun would. Folded, by language. Used by `report-frames.ts`.
 */
export const ASIDE_CONJUNCTIONS: Record<string, readonly string[]> = {
  sr: ['kako'],
};
