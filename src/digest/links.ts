/**
 * Links in digests: only http(s) links are ever rendered, and a quote links to its passage with a
 * text fragment (WICG Text Fragments, https://wicg.github.io/scroll-to-text-fragment/).
 */
import { isTrackerParam } from '../reader/parser/urls.js';

/**
 * The link as a string when it is an absolute `http:` or `https:` URL, else null
 * (`javascript:`, `data:`, relative and unparseable links are never rendered). Tracking parameters
 * (`utm_*`, `fbclid`, `gclid`, … see `isTrackerParam`) are dropped, the rest of the query and the
 * fragment kept: a reader's click should not report to the feed's analytics.
 */
export function safeHttpLink(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const u = new URL(link);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.search) {
      const kept = u.search
        .slice(1)
        .split('&')
        .filter((pair) => pair.length > 0 && !isTrackerParam(decodeName(pair.split('=')[0])));
      u.search = kept.length > 0 ? `?${kept.join('&')}` : '';
    }
    return u.href;
  } catch {
    return null;
  }
}

function decodeName(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * Percent-encodes one text directive term. The Text Fragments spec (§3.3.1, "fragment directive
 * syntax") reserves `&`, `-` and `,`, so they are always encoded; the rest follows
 * `encodeURIComponent` (UTF-8, RFC 3986 unreserved characters kept).
 */
export function encodeTextDirectiveTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/**
 * A link to `passage` on the page at `link`: `link#:~:text=start` for short passages, and
 * `link#:~:text=start,end` (first and last `edgeWords` words) for longer ones, so the browser
 * highlights the whole passage even when the page splits it across elements. An existing fragment
 * is kept (`#frag:~:text=...`), as the spec allows.
 * @param link the item's link; null or a non-http(s) link gives null
 * @param passage the quoted words as they stand in the article (whitespace is collapsed); `…` marks
 *   words left out, and the range then spans from the first part to the last
 * @param edgeWords words at each end for a range match; default 4
 */
export function textFragmentLink(link: string | null, passage: string, edgeWords = 4): string | null {
  const base = safeHttpLink(link);
  if (!base) return null;
  // An ellipsis marks words left out (a cut quote, the attribution of a split one): the page does not
  // hold the passage as one string, so the range runs from the first part's start to the last part's end.
  const parts = passage
    .split('…')
    .map((p) => p.split(/\s+/).filter((w) => w.length > 0))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return base;
  const words = parts.flat();
  const first = parts[0];
  const last = parts[parts.length - 1];
  const directive =
    parts.length === 1 && words.length <= edgeWords * 2
      ? encodeTextDirectiveTerm(words.join(' '))
      : `${encodeTextDirectiveTerm(first.slice(0, edgeWords).join(' '))},${encodeTextDirectiveTerm(last.slice(-edgeWords).join(' '))}`;
  const sep = base.includes('#') ? ':~:text=' : '#:~:text=';
  return `${base}${sep}${directive}`;
}
