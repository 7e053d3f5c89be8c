/**
 * The channel's language for digests: every label, count, date and notice in `en`, `sr-Latn`,
 * `sr-Cyrl` or `sq`, chosen per subscription. Messages are ICU MessageFormat strings in one data file
 * per locale (./locales/), formatted with intl-messageformat (CLDR plural rules: Serbian one / few /
 * other, Albanian one / other); dates with `Intl.DateTimeFormat`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { WirewatchError } from '../../model/errors.js';
import type { DigestMessages, LocaleData } from './messages.js';
import en from './locales/en.js';
import srLatn from './locales/sr-Latn.js';
import srCyrl from './locales/sr-Cyrl.js';
import sq from './locales/sq.js';

export const SUPPORTED_LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'sq'] as const;
export type DigestLocale = (typeof SUPPORTED_LOCALES)[number];

const DATA: Record<DigestLocale, LocaleData> = { en, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, sq };

/**
 * The digest language of a BCP 47 tag: `en-GB` → `en`, `sr-Latn-RS` → `sr-Latn`, `sr` and `sr-RS` →
 * `sr-Cyrl` (CLDR likely script), `sr-ME` → `sr-Latn`, `sq-XK` → `sq`; null for any other language or
 * a malformed tag.
 */
export function digestLocaleOf(tag: string): DigestLocale | null {
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(tag);
  } catch {
    return null;
  }
  if (loc.language === 'en') return 'en';
  if (loc.language === 'sq') return 'sq';
  if (loc.language === 'sr') {
    const script = loc.script ?? loc.maximize().script;
    return script === 'Latn' ? 'sr-Latn' : script === 'Cyrl' ? 'sr-Cyrl' : null;
  }
  return null;
}

/** The sentence that lists what is supported, for error messages. */
export const SUPPORTED_TEXT = `${SUPPORTED_LOCALES.join(', ')} (a regional variant such as en-GB or sr-Latn-RS works too)`;

/**
 * The canonical form of a supported locale tag (`sr-latn` → `sr-Latn`).
 * @throws WirewatchError `unsupported_locale` naming the supported ones, for any other tag
 */
export function checkLocale(tag: string): string {
  const trimmed = tag.trim();
  if (digestLocaleOf(trimmed) === null) {
    throw new WirewatchError('unsupported_locale', `unsupported locale "${trimmed}"; supported: ${SUPPORTED_TEXT}`);
  }
  return Intl.getCanonicalLocales(trimmed)[0];
}

/** Messages, marks and date options of one digest language, ready to format. */
export interface Translator {
  locale: DigestLocale;
  /** The tag to give `Intl` (the subscription's own, e.g. `en-GB`, or the digest language). */
  intlLocale: string;
  marks: readonly [string, string];
  dateOptions: Intl.DateTimeFormatOptions;
  /** Formats one message with its values. */
  t(key: keyof DigestMessages, values?: Record<string, string | number>): string;
}

const translators = new Map<string, Translator>();

/**
 * The translator for a subscription's locale tag. An unsupported tag (it can only come from data
 * written before locales were checked) falls back to English rather than failing a delivery.
 */
export function translator(tag: string): Translator {
  let tr = translators.get(tag);
  if (tr) return tr;
  const locale = digestLocaleOf(tag) ?? 'en';
  const data = DATA[locale];
  let intlLocale: string = locale;
  if (digestLocaleOf(tag) !== null) {
    try {
      intlLocale = Intl.getCanonicalLocales(tag)[0];
    } catch {
      intlLocale = locale;
    }
  }
  const formats = new Map<string, IntlMessageFormat>();
  tr = {
    locale,
    intlLocale,
    marks: data.marks,
    dateOptions: data.dateOptions ?? {},
    t(key, values) {
      let f = formats.get(key);
      if (!f) {
        f = new IntlMessageFormat(data.messages[key], locale);
        formats.set(key, f);
      }
      return String(f.format(values));
    },
  };
  if (translators.size > 256) translators.clear();
  translators.set(tag, tr);
  return tr;
}
