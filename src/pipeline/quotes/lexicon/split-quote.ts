/**
 * Languages whose news writes one utterance split by its attribution (`„A“, rekao je X, „b…“`,
 * `– A – rekao je X – b …`, `«A», tha X, «b…»`) as a single quote: the second part goes on in lower case
 * after the inserted attribution, so it is one sentence of the speaker's. The corpus annotates it as one
 * direct item whose text joins A and B with a space (test/holdout6/NOTES.md). English is not listed: its
 * corpora (PolNeAR) annotate `"A," X said, "b…"` as two items, and joining them cost PolNeAR-dev 4 direct
 * and 5 partial matches (session 10), so the extractor gives two direct halves and the digest shows them
 * together as `A … b` (`digest/split-halves.ts`). A second part that starts a new sentence (`“A,” she
 * said. “B”`) is not this construction and stays a quote of its own in every language.
 */
export const SPLIT_QUOTE_LANGUAGES: readonly string[] = ['sr', 'sq'];
