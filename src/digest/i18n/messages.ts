/** The shape of a digest locale's data file (./locales/*.ts). */

/** Every message a digest shows, as ICU MessageFormat strings. */
export interface DigestMessages {
  /** Heading of a scheduled digest; `count` = stories. */
  digestSummary: string;
  /** Heading of an instant alert. */
  alertSummary: string;
  /** Body of an empty digest. */
  empty: string;
  /** Labels (the renderer adds `: `). */
  also: string;
  why: string;
  reported: string;
  /** Before an interviewee's answer in a question-and-answer interview (ADR 0295): their words, not the outlet's report. */
  interview: string;
  /** `outlet` = where a quote was taken from. */
  via: string;
  /** Label before the headline of an entry that follows up a story the channel already received (ADR 0163). */
  followUp: string;
  /** `count` = items left out of a list. */
  andMore: string;
  moreNotices: string;
  /** `part`, `total` = message numbers. */
  part: string;
  /** `topic` = a topic heading carried over to the next message. */
  continued: string;
  notices: string;
  feedFailing: string;
  subscriptionPaused: string;
  /** `url`, `since` (a formatted date), `failures` (0 = unknown), `error`. */
  feedFailingSince: string;
  unknownError: string;
  unattributed: string;
  passage: string;
  untitled: string;
  /** `count`, `topic`: stories of a section left out of the digest (over its cap). */
  moreIn: string;
  /** Quote search (`/wirewatch quotes`): `total` quotes found, `page` of `pages`. */
  quotesHeading: string;
  quotesNone: string;
  /** `speaker` = the name asked for. */
  quotesNoSpeaker: string;
  /** `command` = the command that shows the next page. */
  quotesNextPage: string;
  /** Trend chart (`/wirewatch trend`, weekly digest): `topic` name, `days`. */
  trendTitle: string;
  trendSubtitle: string;
  /** The chart's value axis. */
  trendAxis: string;
  /** Spike alert: `topic` (or speaker) name; `count` today, `usual` per day. */
  spikeSummary: string;
  spikeBody: string;
}

export interface LocaleData {
  /** Opening and closing quotation marks around a speaker's own words. */
  marks: readonly [string, string];
  /** Date and time options merged into every date the digest shows (e.g. a 24-hour clock). */
  dateOptions?: Intl.DateTimeFormatOptions;
  messages: DigestMessages;
}
