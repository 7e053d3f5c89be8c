/**
 * Speech frames in a paragraph, one module per construction; this file is their single entry point:
 *
 * - `speech-verbs.ts` — each lexicon's frame regexes (`regexesFor`), the `Cue` / `Reported` types and
 *   `hasSpeechVerb`;
 * - `verb-subject.ts` — the subject phrase after a verb (`npAfterVerb`: `said Botsan-Kharchenko`,
 *   `rekao je ruski kodirektor Andrej Kalinjin`) or before it (`X je rekao`);
 * - `attribution-cues.ts` — a cue beside a quote (`„…“, rekao je Lazović`, `…,” the ambassador said`,
 *   `Kelmendi said: “…”`) and `…, X said.`, `… – X said.` closing a sentence of speech;
 * - `reported-clause.ts` — `X said that …`, `X je rekao da …`, `X tha se …`, zero-`that` reports;
 * - `sentences.ts` — `sentenceEnd`, the sentence boundary every frame reads.
 *
 * Source phrases (`according to X`, `prema rečima X`, `in his words`) are `source-phrase.ts`.
 * All offsets are into the masked Latin view of one paragraph (quote interiors masked).
 */
export { hasSpeechVerb, regexesFor, type Cue, type FrameRegexes, type Reported } from './speech-verbs.js';
export { npAfterVerb } from './verb-subject.js';
export { closingCue, cueAfter, cueBefore } from './attribution-cues.js';
export { reportedClauses } from './reported-clause.js';
export { sentenceEnd } from './sentences.js';
