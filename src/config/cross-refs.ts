/**
 * Checks across the config's sections that the schema alone cannot express, run on the raw config
 * (after environment overrides, before or beside schema validation, so every problem is reported at
 * once): topic ids are unique, each subscription's topics name a topic the config defines, and each locale is one the
 * runtime's Intl supports (a locale Intl does not know would silently format dates in another one).
 */

import { digestLocaleOf, SUPPORTED_TEXT } from '../digest/i18n/index.js';

/** A problem at a key path, located by the caller. */
export interface CrossRefProblem {
  path: (string | number)[];
  message: string;
}

/**
 * True when `tag` is a well-formed BCP 47 tag whose formatting Intl supports (`en-GB`, `sr-Latn-RS`,
 * `sq`) and whose language digests are written in (en, sr-Latn, sr-Cyrl, sq: src/digest/i18n).
 * Source: ECMA-402 `Intl.getCanonicalLocales` and `supportedLocalesOf`.
 */
export function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 1 && digestLocaleOf(tag) !== null;
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Finds cross-reference problems in a raw config object (shapes the schema rejects are skipped: the
 * schema reports those).
 * @returns problems with their key paths, in document order
 */
export function crossRefProblems(raw: Record<string, unknown>): CrossRefProblem[] {
  const problems: CrossRefProblem[] = [];
  const topics = Array.isArray(raw.topics) ? raw.topics : [];
  const ids = topics.filter(isRecord).map((t) => t.id).filter((id): id is string => typeof id === 'string');
  const known = new Set(ids);
  const listed = ids.length > 0 ? `the config's topics are ${[...known].join(', ')}` : 'the config defines no topics';
  // A second topic with an id already used would replace the first when seeded: reported with the rest.
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    if (!isRecord(t) || typeof t.id !== 'string') return;
    if (seen.has(t.id)) problems.push({ path: ['topics', i, 'id'], message: `duplicate topic id "${t.id}" (each topic needs its own id)` });
    seen.add(t.id);
  });

  const digests = isRecord(raw.digests) ? raw.digests : {};
  if (typeof digests.locale === 'string' && !isSupportedLocale(digests.locale)) {
    problems.push({ path: ['digests', 'locale'], message: `unsupported locale "${digests.locale}"; supported: ${SUPPORTED_TEXT}` });
  }
  const subs = Array.isArray(raw.subscriptions) ? raw.subscriptions : [];
  subs.forEach((s, i) => {
    if (!isRecord(s)) return;
    if (Array.isArray(s.topics)) {
      s.topics.forEach((t, j) => {
        if (typeof t === 'string' && !known.has(t)) problems.push({ path: ['subscriptions', i, 'topics', j], message: `unknown topic id "${t}" (${listed}); its digests would stay empty` });
      });
    }
    if (typeof s.locale === 'string' && !isSupportedLocale(s.locale)) {
      problems.push({ path: ['subscriptions', i, 'locale'], message: `unsupported locale "${s.locale}"; supported: ${SUPPORTED_TEXT}` });
    }
  });
  return problems;
}
