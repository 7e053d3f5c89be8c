/** The page frame: navigation, sign-out form (with its CSRF token), flash message, main landmark. */
import type { Child } from 'hono/jsx';

export type NavKey = 'overview' | 'watchlists' | 'subscriptions' | 'deliveries' | 'quotes' | 'login';

const NAV: { key: NavKey; href: string; label: string }[] = [
  { key: 'overview', href: '/ui/', label: 'Overview' },
  { key: 'watchlists', href: '/ui/watchlists', label: 'Watchlists' },
  { key: 'subscriptions', href: '/ui/subscriptions', label: 'Subscriptions' },
  { key: 'deliveries', href: '/ui/deliveries', label: 'Delivery log' },
  { key: 'quotes', href: '/ui/quotes', label: 'Quotes' },
];

/** A one-off message shown at the top of the next page (after a form was sent). */
export interface Flash {
  text: string;
  error?: boolean;
}

/** The CSRF field every POST form carries. */
export function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

export function Layout(props: { title: string; nav: NavKey; csrf: string | null; flash?: Flash | null; children?: Child; script?: boolean }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${props.title} · wirewatch`}</title>
        <link rel="stylesheet" href="/ui/assets/panel.css" />
        {props.script ? <script src="/ui/assets/panel.js" defer></script> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">wirewatch</span>
          {props.csrf !== null ? (
            <>
              <nav aria-label="Panel">
                {NAV.map((n) => (
                  <a href={n.href} aria-current={n.key === props.nav ? 'page' : undefined}>
                    {n.label}
                  </a>
                ))}
              </nav>
              <form method="post" action="/ui/logout">
                <Csrf token={props.csrf} />
                <button type="submit" class="link">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
        </header>
        <main id="main">
          <h1>{props.title}</h1>
          {props.flash ? (
            <div class={props.flash.error ? 'flash error' : 'flash'} role={props.flash.error ? 'alert' : 'status'}>
              {props.flash.text}
            </div>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}
