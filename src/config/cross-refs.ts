/**
 * Checks across the config's sections that the schema alone cannot express, run on the raw config
 * (after environment overrides, before or beside schema validation, so every problem is reported at
 * once): each subscription's topics name a topic the config defines, and each locale is one the
 * runtime's Intl supports (a locale Intl does not know would silently format dates in another one).
 */

/** A problem at a key path, located by the caller. */
export interface CrossRefProblem {
  path: (string | number)[];
  message: string;
}

/**
 * True when `tag` is a well-formed BCP 47 tag whose formatting Intl supports (`en-GB`, `sr-Latn-RS`,
 * `sq`). Source: ECMA-402 `Intl.getCanonicalLocales` and `supportedLocalesOf`.
 */
export function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 1;
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
  const listed = ids.length > 0 ? `the config's topics are ${ids.join(', ')}` : 'the config defines no topics';

  const digests = isRecord(raw.digests) ? raw.digests : {};
  if (typeof digests.locale === 'string' && !isSupportedLocale(digests.locale)) {
    problems.push({ path: ['digests', 'locale'], message: `unsupported locale "${digests.locale}" (expected a BCP 47 tag Intl supports, such as en-GB, sr-Latn-RS or sq)` });
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
      problems.push({ path: ['subscriptions', i, 'locale'], message: `unsupported locale "${s.locale}" (expected a BCP 47 tag Intl supports, such as en-GB, sr-Latn-RS or sq)` });
    }
  });
  return problems;
}
