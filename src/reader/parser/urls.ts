/**
 * Item links: made absolute (against `xml:base`, then the feed URL — XML Base, RFC 3986 §5) and
 * canonicalised for identity and duplicate detection.
 */

/** Query parameters that only track a click: dropped by {@link canonicalUrl}. */
const TRACKER_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'xtor',
  'xtref',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ocid',
  'sr_share',
  'soc_src',
  'soc_trk',
  'ref_src',
  'ref_url',
  '__twitter_impression',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);
const TRACKER_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'ga_'];

/** True for a query parameter name {@link canonicalUrl} drops. */
export function isTrackerParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKER_PARAMS.has(n) || TRACKER_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Resolves `ref` against the first usable base (RFC 3986 §5.2; `xml:base` first, then the feed URL).
 * Bases that are themselves relative are resolved against the later ones (nested `xml:base`).
 * @param ref the link as written in the feed (trimmed here), or null
 * @param bases candidate bases, innermost first; null/empty entries are skipped
 * @returns the absolute URL; the trimmed `ref` unchanged when no base makes it absolute; null for empty/null
 */
export function resolveUrl(ref: string | null | undefined, ...bases: Array<string | null | undefined>): string | null {
  if (ref === null || ref === undefined) return null;
  const r = ref.trim();
  if (!r) return null;
  const base = resolveBase(bases);
  try {
    return new URL(r, base ?? undefined).href;
  } catch {
    return r;
  }
}

/** Folds a chain of bases (innermost first) into one absolute base, or null. */
export function resolveBase(bases: Array<string | null | undefined>): string | null {
  let acc: string | null = null;
  for (let i = bases.length - 1; i >= 0; i--) {
    const b = bases[i]?.trim();
    if (!b) continue;
    try {
      acc = new URL(b, acc ?? undefined).href;
    } catch {
      // a relative base with nothing to resolve it against: ignore it
    }
  }
  return acc;
}

/**
 * The canonical form of a link, for identity and duplicate detection: `http(s)` only; host lower-cased
 * (WHATWG URL does it), default port and fragment dropped, tracking parameters (`utm_*`, `fbclid`,
 * `gclid`, `mc_cid`/`mc_eid`, `xtor`, ... see {@link isTrackerParam}) removed, the remaining query kept
 * in its order, an empty `?` dropped.
 * @param link an absolute URL
 * @returns the canonical URL, or null when `link` is not an absolute http(s) URL
 */
export function canonicalUrl(link: string | null | undefined): string | null {
  if (!link) return null;
  let u: URL;
  try {
    u = new URL(link.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  if (u.search) {
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((pair) => pair.length > 0 && !isTrackerParam(decodeSafe(pair.split('=')[0])));
    u.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return u.href;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

const URL_ATTRS = /(\s(?:href|src|poster|cite|action|background|longdesc)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes the relative links inside an HTML fragment absolute (`href`, `src`, `poster`, `cite`, `action`,
 * `background`, `longdesc` of every tag), as a browser resolves them against the document's base URL
 * (HTML Living Standard §2.4.2; for feed content, the content element's `xml:base` chain — RFC 4287 §2).
 * Absolute URLs (any scheme: `https:`, `mailto:`, `data:`) are left as written; so is everything when
 * `base` is not an absolute URL.
 * @param html the content as published
 * @param base the absolute base URL, or null
 * @returns the fragment with its relative links resolved (values re-quoted with `"`)
 */
export function absolutizeHtmlLinks(html: string, base: string | null): string {
  if (!base || !HAS_SCHEME.test(base) || !/(?:href|src|poster|cite|action|background|longdesc)\s*=/i.test(html)) return html;
  let relative = false;
  for (const m of html.matchAll(URL_ATTRS)) {
    const v = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (v && !HAS_SCHEME.test(v)) {
      relative = true;
      break;
    }
  }
  if (!relative) return html; // the usual case: every link already absolute
  return html.replace(/<[A-Za-z][^<>]*>/g, (tag) =>
    tag.replace(URL_ATTRS, (all, lead: string, dq: string | undefined, sq: string | undefined, bare: string | undefined) => {
      const value = dq ?? sq ?? bare ?? '';
      const v = value.trim();
      if (!v || HAS_SCHEME.test(v)) return all;
      try {
        return `${lead}"${new URL(v.replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;').replace(/"/g, '%22')}"`;
      } catch {
        return all;
      }
    }),
  );
}
