/**
 * Languages whose news writes one utterance split by its attribution (`„A“, rekao je X, „b…“`,
 * `– A – rekao je X – b …`, `«A», tha X, «b…»`, `"A," X said, "b…"`) as a single quote: the second part
 * goes on in lower case after the inserted attribution, so it is one sentence of the speaker's. The corpus
 * annotates it as one direct item whose text joins A and B with a space (test/holdout6/NOTES.md). A second
 * part that starts a new sentence (`“A,” she said. “B”`) is not this construction and stays a quote of
 * its own in every language.
 */
export const SPLIT_QUOTE_LANGUAGES: readonly string[] = ['sr', 'sq', 'en'];
