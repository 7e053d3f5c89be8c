import { describe, expect, it } from 'vitest';
import { checkLocale, digestLocaleOf, SUPPORTED_LOCALES, translator } from './index.js';
import en from './locales/en.js';
import srLatn from './locales/sr-Latn.js';
import srCyrl from './locales/sr-Cyrl.js';
import sq from './locales/sq.js';

describe('digest locales', () => {
  it('maps tags to the four digest languages (CLDR likely script for bare Serbian)', () => {
    expect(digestLocaleOf('en')).toBe('en');
    expect(digestLocaleOf('en-GB')).toBe('en');
    expect(digestLocaleOf('sr-Latn')).toBe('sr-Latn');
    expect(digestLocaleOf('sr-latn-rs')).toBe('sr-Latn');
    expect(digestLocaleOf('sr-Cyrl')).toBe('sr-Cyrl');
    expect(digestLocaleOf('sr')).toBe('sr-Cyrl');
    expect(digestLocaleOf('sr-ME')).toBe('sr-Latn');
    expect(digestLocaleOf('sq-XK')).toBe('sq');
    expect(digestLocaleOf('de')).toBeNull();
    expect(digestLocaleOf('xx-invalid-locale-!!')).toBeNull();
  });

  it('refuses an unknown locale with the list of supported ones, and canonicalises a known one', () => {
    expect(() => checkLocale('de-DE')).toThrow(/unsupported locale "de-DE"; supported: en, sr-Latn, sr-Cyrl, sq/);
    expect(checkLocale(' sr-latn ')).toBe('sr-Latn');
    expect(SUPPORTED_LOCALES).toEqual(['en', 'sr-Latn', 'sr-Cyrl', 'sq']);
  });

  it('every locale file has every message, and each one parses', () => {
    const keys = Object.keys(en.messages).sort();
    for (const data of [srLatn, srCyrl, sq]) expect(Object.keys(data.messages).sort()).toEqual(keys);
    for (const tag of SUPPORTED_LOCALES) {
      const t = translator(tag);
      for (const key of keys)
        expect(() =>
          t.t(key as keyof typeof en.messages, {
            count: 2,
            outlet: 'X',
            part: 1,
            total: 2,
            topic: 'T',
            url: 'u',
            since: 's',
            failures: 3,
            error: 'e',
            page: 1,
            pages: 2,
            speaker: 'S',
            command: 'c',
            days: 30,
            usual: 2,
          }),
        ).not.toThrow();
    }
  });

  it('Serbian plurals: 1, 21 (one); 2–4, 22 (few); 5+, 11–14 (other) — in both scripts', () => {
    const sr = translator('sr-Latn');
    const fail = (n: number) => sr.t('feedFailingSince', { url: 'u', since: 's', failures: n, error: 'e' });
    expect(fail(1)).toContain('(1 neuspeo pokušaj zaredom)');
    expect(fail(21)).toContain('(21 neuspeo pokušaj zaredom)');
    expect(fail(2)).toContain('(2 neuspela pokušaja zaredom)');
    expect(fail(4)).toContain('(4 neuspela pokušaja zaredom)');
    expect(fail(22)).toContain('(22 neuspela pokušaja zaredom)');
    expect(fail(5)).toContain('(5 neuspelih pokušaja zaredom)');
    expect(fail(11)).toContain('(11 neuspelih pokušaja zaredom)');
    expect(fail(0)).toBe('u ne radi od s: e');
    expect(sr.t('digestSummary', { count: 1 })).toBe('wirewatch pregled · 1 vest');
    expect(sr.t('digestSummary', { count: 3 })).toBe('wirewatch pregled · 3 vesti');
    expect(sr.t('digestSummary', { count: 0 })).toBe('wirewatch pregled · nema novih vesti');
    const cyr = translator('sr-Cyrl');
    expect(cyr.t('moreNotices', { count: 1 })).toBe('…и још 1 обавештење');
    expect(cyr.t('moreNotices', { count: 3 })).toBe('…и још 3 обавештења');
    expect(cyr.t('feedFailingSince', { url: 'u', since: 's', failures: 5, error: 'e' })).toContain('(5 неуспелих покушаја заредом)');
  });

  it('Albanian and English plurals: one and other', () => {
    expect(translator('sq').t('digestSummary', { count: 1 })).toBe('wirewatch përmbledhje · 1 lajm');
    expect(translator('sq').t('digestSummary', { count: 2 })).toBe('wirewatch përmbledhje · 2 lajme');
    expect(translator('sq').t('digestSummary', { count: 5 })).toBe('wirewatch përmbledhje · 5 lajme');
    expect(translator('en-GB').t('digestSummary', { count: 1 })).toBe('wirewatch digest · 1 story');
    expect(translator('en').t('digestSummary', { count: 4 })).toBe('wirewatch digest · 4 stories');
  });

  it("keeps the subscription's regional tag for dates and falls back to English for an unsupported one", () => {
    expect(translator('en-GB').intlLocale).toBe('en-GB');
    expect(translator('sr-latn-RS').intlLocale).toBe('sr-Latn-RS');
    expect(translator('de').locale).toBe('en');
    expect(translator('de').intlLocale).toBe('en');
    expect(translator('sq').marks).toEqual(['«', '»']);
    expect(translator('sr-Cyrl').marks).toEqual(['„', '“']);
  });
});
