/**
 * Languages whose news writes one utterance split by its attribution (`„A“, rekao je X, „b…“`,
 * `– A – rekao je X – b …`, `«A», tha X, «b…»`) as a single quote: the second part goes on in lower case
 * after the inserted attribution, so it is one sentence of the speaker's. The corpus annotates it as one
 * direct item whose text joins A and B with a space (test/holdout6/NOTES.md). English keeps the parts
 * apart (its corpora annotate `“A,” she said. “B”` as two), so it is not listed.
 */
export const SPLIT_QUOTE_LANGUAGES: readonly string[] = ['sr', 'sq'];
