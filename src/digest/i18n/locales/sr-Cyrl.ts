/**
 * Serbian (Cyrillic) digest messages, in the register of Serbian news desks ("Зашто:", "Такође:").
 * Plural categories (CLDR): one (1, 21, 31 …), few (2–4, 22–24 …), other (0, 5–20, 25 …).
 */
import type { LocaleData } from '../messages.js';

const srCyrl: LocaleData = {
  marks: ['„', '“'],
  messages: {
    digestSummary: 'wirewatch преглед · {count, plural, =0 {нема нових вести} one {# вест} few {# вести} other {# вести}}',
    alertSummary: 'wirewatch · хитна вест',
    empty: 'У овом периоду нема нових вести о вашим темама.',
    also: 'Такође',
    why: 'Зашто',
    reported: 'Из текста',
    interview: 'Из интервјуа',
    via: 'извор: {outlet}',
    followUp: 'Ново',
    andMore: 'и још {count}',
    moreNotices: '…и још {count, plural, one {# обавештење} few {# обавештења} other {# обавештења}}',
    part: 'део {part}/{total}',
    continued: '{topic} (наставак)',
    notices: 'Обавештења',
    feedFailing: 'Извор не ради',
    subscriptionPaused: 'Претплата је паузирана',
    feedFailingSince:
      '{url} не ради од {since}{failures, plural, =0 {} one { (# неуспео покушај заредом)} few { (# неуспела покушаја заредом)} other { (# неуспелих покушаја заредом)}}: {error}',
    unknownError: 'непозната грешка',
    unattributed: 'непознат говорник',
    passage: 'одломак',
    moreIn: 'још {count} у теми {topic}',
    untitled: 'без наслова',
    // quote search, trend chart, spike alert (issue 19)
    quotesHeading: '{total, plural, one {# цитат} few {# цитата} other {# цитата}} · страна {page}/{pages}',
    quotesNone: 'Ниједан сачуван цитат не одговара.',
    quotesNoSpeaker: 'Међу сачуваним цитатима нема говорника „{speaker}“.',
    quotesNextPage: 'Следећа страна: {command}',
    trendTitle: 'Помињања по дану: {topic}',
    trendSubtitle: '{days, plural, one {последњи # дан} few {последња # дана} other {последњих # дана}}',
    trendAxis: 'помињања',
    spikeSummary: 'Нагли пораст: {topic}',
    spikeBody: 'данас {count, plural, one {# помињање} few {# помињања} other {# помињања}}, а обично {usual} дневно',
  },
};
export default srCyrl;
