/** English digest messages (ICU MessageFormat, https://unicode-org.github.io/icu/userguide/format_parse/messages/). */
import type { LocaleData } from '../messages.js';

const en: LocaleData = {
  marks: ['“', '”'],
  messages: {
    digestSummary: 'wirewatch digest · {count, plural, =0 {nothing new} one {# story} other {# stories}}',
    alertSummary: 'wirewatch alert',
    empty: 'No new stories matched your topics in this window.',
    also: 'also',
    why: 'why',
    reported: 'reported',
    interview: 'interview',
    via: 'via {outlet}',
    followUp: 'Update',
    andMore: 'and {count} more',
    moreNotices: '…and {count, plural, one {# more notice} other {# more notices}}',
    part: 'part {part}/{total}',
    continued: '{topic} (continued)',
    notices: 'Notices',
    feedFailing: 'feed failing',
    subscriptionPaused: 'subscription paused',
    feedFailingSince: '{url} has been failing since {since}{failures, plural, =0 {} one { (# failure in a row)} other { (# failures in a row)}}: {error}',
    unknownError: 'unknown error',
    unattributed: 'unattributed',
    passage: 'passage',
    moreIn: '+{count} more in {topic}',
    untitled: 'untitled',
    // quote search, trend chart, spike alert (issue 19)
    quotesHeading: '{total, plural, one {# quote} other {# quotes}} · page {page}/{pages}',
    quotesNone: 'No stored quote matches.',
    quotesNoSpeaker: 'No speaker called “{speaker}” in the stored quotes.',
    quotesNextPage: 'Next page: {command}',
    trendTitle: 'Mentions per day: {topic}',
    trendSubtitle: 'last {days, plural, one {# day} other {# days}}',
    trendAxis: 'mentions',
    spikeSummary: 'Spike: {topic}',
    spikeBody: '{count, plural, one {# mention} other {# mentions}} today, against a usual {usual} a day',
  },
};
export default en;
