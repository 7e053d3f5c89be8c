/**
 * A link to a page outside the panel (a story's article, a matched item): drawn only for an http(s)
 * URL (`safeHref`), else the label alone, so a feed's `javascript:` or `data:` link never becomes an
 * anchor (docs/ui.md: "links are drawn only for http(s) URLs"). Opens in a new tab without a referrer.
 */
import type { Child } from 'hono/jsx';
import { safeHref } from '../preview/markup.js';

/** `<a>` to `href` when it is an http(s) URL; the children alone when it is not (or is null). */
export function ExternalLink(props: { href: string | null | undefined; children?: Child }): Child {
  const safe = props.href ? safeHref(props.href) : null;
  if (!safe) return <>{props.children}</>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {props.children}
    </a>
  );
}
