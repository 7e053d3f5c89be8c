/** Digests: what a subscription receives. Plain data; rendering is `digest/render`. */
import type { QuoteForm, QuoteKind } from './quote.js';

/**
 * The digest locale when none is set (`digests.locale`, chat commands, a digest without a
 * subscription): English with day-month dates and a 24-hour clock (`27 Nov 2026, 09:30`), as the
 * README, the demo and config/wirewatch.yaml show; a US channel sets `en-US` (`Nov 27, 2026, 9:30 AM`).
 * ADR 0303.
 */
export const DEFAULT_LOCALE = 'en-GB';

export interface DigestQuote {
  /** `direct` and `partial`: the speaker's own words, shown in quote marks; `indirect`: reported speech, never in marks. */
  kind: QuoteKind;
  /**
   * What is shown. Direct and partial: the speaker's words exactly as the article has them, `…` where
   * words were left out. Indirect: the outlet's sentence reporting what was said, as the article has it.
   */
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  /** Link to the passage (with a `#:~:text=` fragment where possible), or null. */
  link: string | null;
  /** Outlet the quote was taken from. */
  outlet: string | null;
  salience: number;
  /** Indirect only: true when `text` names the speaker itself, so no attribution follows it. Never set on an answer. */
  namesSpeaker?: boolean;
  /**
   * `answer` for an interviewee's answer in a question-and-answer interview (`Quote.form`): shown without
   * quote marks under its own label (`interview:`), always with the speaker, never as the outlet's
   * report (ADR 0295). Absent for every other quote.
   */
  form?: QuoteForm;
}

/** One story: possibly several items from several outlets clustered together. */
export interface DigestEntry {
  /** Stable id of the story cluster (the representative item's id). */
  id: string;
  title: string;
  link: string | null;
  outlet: string | null;
  /** The story's other items (other outlets, and the same outlet's other copies), with their links. */
  alsoIn: { outlet: string; link: string | null }[];
  published: Date | null;
  /** Topic ids this entry matched. */
  topics: string[];
  /** "Why this is here": matched term → surface forms found. */
  why: { topicId: string; term: string; forms: string[] }[];
  quotes: DigestQuote[];
  score: number;
  /** Ids of every item clustered into this entry, the representative first (for the delivery ledger). */
  itemIds?: string[];
  /**
   * True when the entry follows up a story the subscription already received (a new quote on it): shown
   * marked as an update, with only the new quotes (ADR 0163).
   */
  followUp?: boolean;
}

/**
 * A story that did not fit its section's cap (`digests.maxEntries`): listed compactly, headline and
 * link, in the same digest ("+N more"), so no matched story is ever cut silently.
 */
export interface DigestOverflowLine {
  /** The story cluster's id (its representative item's id). */
  id: string;
  title: string;
  link: string | null;
  outlet: string | null;
  /** Every item of the story, the representative first. */
  itemIds: string[];
  /** As `DigestEntry.followUp`: the story follows up one the subscription already received. */
  followUp?: boolean;
}

export interface DigestSection {
  topicId: string;
  topicName: string;
  entries: DigestEntry[];
  /** Stories over the section's cap, best first; absent or empty when everything fit. */
  more?: DigestOverflowLine[];
}

export interface AdminNotice {
  kind: 'feed_failing' | 'subscription_paused';
  /** The notice in English (logs, and renderers when `feed` is absent). */
  message: string;
  /** For `feed_failing`: the facts, so the notice can be shown in the channel's language. */
  feed?: { url: string; since: Date; failures?: number; error: string | null };
}

export interface Digest {
  /** Short id, stable for (subscription, window). */
  id: string;
  subscriptionId: string | null;
  windowStart: Date;
  windowEnd: Date;
  timezone: string;
  /** BCP 47 tag of the channel's language (`en`, `en-GB`, `sr-Latn`, `sr-Cyrl`, `sq`): labels, counts, dates. */
  locale: string;
  /** `alert` for an instant post of one story; absent or `digest` for a scheduled digest. */
  kind?: 'digest' | 'alert';
  sections: DigestSection[];
  notices: AdminNotice[];
}
