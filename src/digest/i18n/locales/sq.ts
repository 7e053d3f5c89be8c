/**
 * Albanian digest messages. Plural categories (CLDR): one (1), other (0, 2 …).
 * Quotation marks « » as in the Albanian orthography (Drejtshkrimi i gjuhës shqipe, 1973).
 */
import type { LocaleData } from '../messages.js';

const sq: LocaleData = {
  marks: ['«', '»'],
  dateOptions: { hourCycle: 'h23' },
  messages: {
    digestSummary: 'wirewatch përmbledhje · {count, plural, =0 {asnjë lajm i ri} one {# lajm} other {# lajme}}',
    alertSummary: 'wirewatch · lajm i fundit',
    empty: 'Në këtë periudhë nuk ka lajme të reja për temat tuaja.',
    also: 'Gjithashtu',
    why: 'Pse',
    reported: 'Nga teksti',
    interview: 'Nga intervista',
    via: 'burimi: {outlet}',
    followUp: 'Përditësim',
    andMore: 'dhe {count} të tjera',
    moreNotices: '…dhe {count, plural, one {# njoftim tjetër} other {# njoftime të tjera}}',
    part: 'pjesa {part}/{total}',
    continued: '{topic} (vazhdim)',
    notices: 'Njoftime',
    feedFailing: 'Burimi nuk funksionon',
    subscriptionPaused: 'Abonimi u pezullua',
    feedFailingSince: '{url} nuk funksionon që nga {since}{failures, plural, =0 {} one { (# dështim radhazi)} other { (# dështime radhazi)}}: {error}',
    unknownError: 'gabim i panjohur',
    unattributed: 'folës i panjohur',
    passage: 'pasazhi',
    moreIn: '+{count} të tjera te {topic}',
    untitled: 'pa titull',
    // quote search, trend chart, spike alert (issue 19)
    quotesHeading: '{total, plural, one {# citim} other {# citime}} · faqja {page}/{pages}',
    quotesNone: 'Asnjë citim i ruajtur nuk përputhet.',
    quotesNoSpeaker: 'Nuk ka folës “{speaker}” në citimet e ruajtura.',
    quotesNextPage: 'Faqja tjetër: {command}',
    trendTitle: 'Përmendje në ditë: {topic}',
    trendSubtitle: '{days, plural, one {dita e fundit} other {# ditët e fundit}}',
    trendAxis: 'përmendje',
    spikeSummary: 'Rritje e papritur: {topic}',
    spikeBody: 'sot {count, plural, one {# përmendje} other {# përmendje}}, kundrejt {usual} zakonisht në ditë',
  },
};
export default sq;
