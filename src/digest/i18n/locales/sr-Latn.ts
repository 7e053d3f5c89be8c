/**
 * Serbian (Latin) digest messages, in the register of Serbian news desks ("Zašto:", "Takođe:").
 * Plural categories (CLDR): one (1, 21, 31 …), few (2–4, 22–24 …), other (0, 5–20, 25 …).
 */
import type { LocaleData } from '../messages.js';

const srLatn: LocaleData = {
  marks: ['„', '“'],
  messages: {
    digestSummary: 'wirewatch pregled · {count, plural, =0 {nema novih vesti} one {# vest} few {# vesti} other {# vesti}}',
    alertSummary: 'wirewatch · hitna vest',
    empty: 'U ovom periodu nema novih vesti o vašim temama.',
    also: 'Takođe',
    why: 'Zašto',
    reported: 'Iz teksta',
    interview: 'Iz intervjua',
    via: 'izvor: {outlet}',
    followUp: 'Novo',
    andMore: 'i još {count}',
    moreNotices: '…i još {count, plural, one {# obaveštenje} few {# obaveštenja} other {# obaveštenja}}',
    part: 'deo {part}/{total}',
    continued: '{topic} (nastavak)',
    notices: 'Obaveštenja',
    feedFailing: 'Izvor ne radi',
    subscriptionPaused: 'Pretplata je pauzirana',
    feedFailingSince:
      '{url} ne radi od {since}{failures, plural, =0 {} one { (# neuspeo pokušaj zaredom)} few { (# neuspela pokušaja zaredom)} other { (# neuspelih pokušaja zaredom)}}: {error}',
    unknownError: 'nepoznata greška',
    unattributed: 'nepoznat govornik',
    passage: 'odlomak',
    moreIn: 'još {count} u temi {topic}',
    untitled: 'bez naslova',
    // quote search, trend chart, spike alert (issue 19)
    quotesHeading: '{total, plural, one {# citat} few {# citata} other {# citata}} · strana {page}/{pages}',
    quotesNone: 'Nijedan sačuvan citat ne odgovara.',
    quotesNoSpeaker: 'Među sačuvanim citatima nema govornika „{speaker}“.',
    quotesNextPage: 'Sledeća strana: {command}',
    trendTitle: 'Pominjanja po danu: {topic}',
    trendSubtitle: '{days, plural, one {poslednji # dan} few {poslednja # dana} other {poslednjih # dana}}',
    trendAxis: 'pominjanja',
    spikeSummary: 'Nagli porast: {topic}',
    spikeBody: 'danas {count, plural, one {# pominjanje} few {# pominjanja} other {# pominjanja}}, a obično {usual} dnevno',
  },
};
export default srLatn;
