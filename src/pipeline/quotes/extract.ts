/**
 * Article → quotes with speakers: direct quotes (every mark style, multi-paragraph, colon hand-off,
 * dash attribution, Serbian dash-led speech), partial quotes inside reported speech, indirect speech
 * (reported clauses, closing attributions, `according to`, `in his words`, `Name: claim` headlines,
 * question-and-answer interviews), attributed through a per-article entity index.
 *
 * This file is the orchestrator: the frames live in `direct.ts`, `partial.ts`, `indirect.ts`,
 * `report-frames.ts`, `source-phrase.ts`, `headline.ts` and `continuation.ts`; a cue's speaker in
 * `cue-speaker.ts`, a subject phrase's in `speakers.ts` (ADR 0133).
 */
import type { Article } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import type { Mention } from '../../model/watchlist.js';
import type { Ctx, DirectState } from './context.js';
import { buildIndex } from './index-builder.js';
import { detectLanguage, lexiconFor } from './lexicon/index.js';
import { addDashSpeech, continueUnclosed, openDashSpeech, prepareParagraph } from './paragraph.js';
import { blankLead } from './lead.js';
import { regexesFor } from './frames.js';
import { detectInterview } from './interview.js';
import { directQuotes } from './direct.js';
import { indirect } from './indirect.js';
import { headlineClaim, headlineSpeakers, isHeadlineLike } from './headline.js';
import { colonIntro, interviewAnswer, reportContinues, speakerNamedAfter } from './continuation.js';
import { dropDuplicates, toQuote } from './output.js';
import { joinSplitQuotes } from './split-quote.js';
import { closingNameSpeaks } from './cataphora.js';
import { relayedQuoteSpeakers } from './relayed-quote.js';
import { secondHandQuotes } from './second-hand.js';
import { headlineEcho } from './headline-echo.js';
import { partialsInReports } from './reported-partial-en.js';
import { trailingAttribution } from './trailing-attribution-en.js';
import { beginScanMemo, endScanMemo } from './scan-memo.js';

export type { Draft } from './context.js';

export interface ExtractOptions {
  /** The matcher's mentions for this article; quotes near them rank higher. */
  mentions?: Mention[];
}

/**
 * Extracts the quotes of an article.
 * @param article paragraphs[0] is the headline
 * @returns quotes in reading order; never throws on any text
 */
export function extractQuotes(article: Article, opts: ExtractOptions = {}): Quote[] {
  // The frames' repeated searches of one paragraph are answered once per article (`scan-memo.ts`, ADR 0285).
  beginScanMemo();
  try {
    return extractWithMemo(article, opts);
  } finally {
    endScanMemo();
  }
}

function extractWithMemo(article: Article, opts: ExtractOptions): Quote[] {
  const language = article.language ?? detectLanguage(article.paragraphs.join('\n'));
  const lex = lexiconFor(language);
  const paras = article.paragraphs.map((t) => prepareParagraph(t ?? ''));
  paras.forEach((p, pi) => {
    blankLead(p, pi, lex);
    addDashSpeech(p, regexesFor(lex).verbAtStart);
  });
  paras.forEach((p, pi) => {
    if (pi > 0) openDashSpeech(p, paras[pi + 1]);
    if (pi > 0) continueUnclosed(paras[pi - 1], p);
  });
  const ctx: Ctx = { paras, lex, index: buildIndex(paras, lex), drafts: [], lastSpeaker: null, colonSpeaker: null };
  const interview = detectInterview(paras, ctx.index);
  let carry: DirectState['carry'] = null;
  for (let pi = 0; pi < paras.length; pi++) {
    // A question is the interviewer's, unless it reports someone's words in quote marks.
    if (interview?.questions.has(pi) && paras[pi].spans.length === 0) {
      carry = null;
      continue;
    }
    const st: DirectState = { k: 0, prevClose: 0, prevSpeaker: null, carry };
    const answer = interview?.answers.has(pi) ?? false;
    if (pi === 0 || isHeadlineLike(paras[pi])) headlineClaim(ctx, pi);
    if (answer) directQuotes(ctx, pi, st, Infinity);
    const first = ctx.drafts.length;
    if (answer) interviewAnswer(ctx, pi, interview!.speaker);
    else indirect(ctx, pi, st);
    directQuotes(ctx, pi, st, Infinity);
    if (ctx.drafts.length === first && !interview) reportContinues(ctx, pi);
    speakerNamedAfter(ctx, pi, first);
    carry = st.carry;
    ctx.colonSpeaker = /:\s*$/.test(paras[pi].masked) && pi > 0 ? colonIntro(ctx, pi) : null;
  }
  headlineSpeakers(ctx);
  joinSplitQuotes(ctx);
  closingNameSpeaks(ctx);
  trailingAttribution(ctx);
  relayedQuoteSpeakers(ctx);
  secondHandQuotes(ctx);
  headlineEcho(ctx);
  partialsInReports(ctx);
  return dropDuplicates(ctx.drafts).map((d) => toQuote(ctx, d, opts.mentions ?? []));
}
