/**
 * The web control panel (issue 18; docs/ui.md, ADR 0250): a Hono app of server-rendered pages under
 * `/ui/`, mounted on the operations server by `http/server.ts`. Everything but the sign-in page and
 * the two assets needs a session; every POST needs the session's CSRF token. Watchlist and
 * subscription edits are chat commands run with the panel admin as invoker, so they pass the same
 * validation and admin rules as `/watch` and `/digest` (a global topic is refused, a bad term too).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { Command, CommandName } from '../commands/command.js';
import { silentLogger } from '../log/logger.js';
import type { PlatformName } from '../model/subscription.js';
import { PANEL_CSS, PANEL_JS } from './assets.js';
import { behindTls, LOGIN_COOKIE, panelCookie, requireCsrf, requireSession, sameOrigin, securityHeaders, SESSION_COOKIE, type PanelEnv } from './auth/guard.js';
import { randomToken, sameToken, Sessions } from './auth/sessions.js';
import type { PanelDeps } from './deps.js';
import { BacktestCache } from './data/backtest.js';
import { cachedCompose } from './data/digest-cache.js';
import { subscriptionLog } from './data/delivery-log.js';
import { digestWindow } from '../digest/compose.js';
import { tenantOf } from '../model/tenant.js';
import { deliveriesPage, storyPage } from './pages/deliveries.js';
import { LoginPage } from './pages/login.js';
import { overviewPage } from './pages/overview.js';
import { quotesPage } from './pages/quotes.js';
import { subHref, subscriptionPage, subscriptionsPage } from './pages/subscriptions.js';
import { backtestFor, BacktestView, findTopic, topicHref, topicPage, watchlistsPage, workspaces } from './pages/watchlists.js';

/** Largest form body accepted (a term is at most 200 characters; a topic list a few hundred). */
export const MAX_FORM_BYTES = 16 * 1024;
/** Failed sign-ins allowed per minute (all clients together) before the form answers 429. */
export const MAX_FAILED_SIGNINS_PER_MINUTE = 10;

type C = Context<PanelEnv>;

/** A JSX page as a full HTML document. */
async function page(c: C, el: unknown, status: 200 | 400 | 401 | 403 | 404 | 429 | 500 = 200): Promise<Response> {
  return c.html(`<!doctype html>${await Promise.resolve(String(await (el as Promise<unknown>)))}`, status);
}

function takeFlash(c: C) {
  const s = c.get('session');
  const f = s?.flash ?? null;
  if (s) s.flash = null;
  return f;
}

function intParam(v: string | undefined, allowed: number[], fallback: number): number {
  const n = Number(v);
  return allowed.includes(n) ? n : fallback;
}

/** Builds the panel. `fetch` answers requests whose path starts with `/ui`. */
export function createPanel(given: PanelDeps): { app: Hono<PanelEnv>; fetch: (req: Request) => Promise<Response> } {
  const deps: PanelDeps = {
    ...given,
    composeFor: cachedCompose(
      given.composeFor,
      (sub) => given.store.watchlists.listTopics(tenantOf(sub)),
      () => given.clock.now(),
      given.wallNow,
    ),
  };
  const log = deps.logger ?? silentLogger;
  const sessions = new Sessions(deps.sessionTtlMs, deps.wallNow);
  const failures: number[] = [];
  const backtests = new BacktestCache();
  const wall = deps.wallNow ?? Date.now;
  /**
   * After a sign-in, in the background: the digest previews, the saved topics' backtests and the
   * first delivery log are composed once, so the pages the admin opens next find them ready (a first
   * compose or match after the start takes hundreds of ms while the code warms up; docs/ui.md "Speed").
   */
  let warming: Promise<void> | null = null;
  const warm = () =>
    (warming ??= (async () => {
      const now = deps.clock.now();
      const subs = await deps.store.subscriptions.listSubscriptions();
      for (const sub of subs) deps.render(sub.platform, await deps.composeFor(sub, digestWindow(sub, now)));
      for (const t of await deps.store.watchlists.listTopics(null)) await backtestFor(deps, t, null, deps.backtestDays, backtests);
      if (subs[0]) await subscriptionLog(deps, subs[0], new Date(now.getTime() - 3 * 86_400_000), now);
    })()
      .catch((e: unknown) => log.warn({ err_message: (e as Error).message }, 'ui: warming the caches failed'))
      .finally(() => (warming = null)));
  const app = new Hono<PanelEnv>({ strict: false }).basePath('/ui');
  app.use('*', securityHeaders());
  app.use('*', bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('Form too large.', 413) }));

  const asset = (body: string, type: string) => (c: C) => c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
  app.get('/assets/panel.css', asset(PANEL_CSS, 'text/css; charset=utf-8'));
  app.get('/assets/panel.js', asset(PANEL_JS, 'text/javascript; charset=utf-8'));

  app.get('/login', async (c) => {
    if (sessions.get(getCookie(c, SESSION_COOKIE))) return c.redirect('/ui/', 303);
    const formToken = randomToken();
    panelCookie(c, LOGIN_COOKIE, formToken, 3600);
    return page(c, <LoginPage formToken={formToken} />);
  });
  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const formToken = typeof body._csrf === 'string' ? body._csrf : '';
    if (!sameOrigin(c) || !sameToken(formToken, getCookie(c, LOGIN_COOKIE))) {
      return c.text('Refused: this form was not sent by a page of this panel (CSRF check). Reload the sign-in page and try again.', 403);
    }
    const now = wall();
    while (failures.length && now - failures[0] > 60_000) failures.shift();
    if (failures.length >= MAX_FAILED_SIGNINS_PER_MINUTE) return c.text('Too many failed sign-ins; wait a minute.', 429);
    const token = typeof body.token === 'string' ? body.token : '';
    if (!deps.token.verify(token)) {
      failures.push(now);
      log.warn({ failures_last_minute: failures.length }, 'ui: failed sign-in');
      const next = randomToken();
      panelCookie(c, LOGIN_COOKIE, next, 3600);
      return page(c, <LoginPage formToken={next} flash={{ text: 'That token is not the panel token.', error: true }} />, 401);
    }
    const s = sessions.create();
    void warm();
    deleteCookie(c, LOGIN_COOKIE, { path: '/ui', secure: behindTls(c) });
    panelCookie(c, SESSION_COOKIE, s.id);
    log.info({}, 'ui: signed in');
    return c.redirect('/ui/', 303);
  });

  app.use('*', requireSession(sessions));
  app.use('*', requireCsrf());

  app.post('/logout', (c) => {
    sessions.destroy(c.get('session')!.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/ui', secure: behindTls(c) });
    return c.redirect('/ui/login', 303);
  });

  /** Runs a chat command as the panel admin and keeps its reply for the next page. */
  const run = async (
    c: C,
    name: CommandName,
    target: { platform: PlatformName; workspace: string; channel: string },
    options: Record<string, string | undefined>,
  ) => {
    const cmd: Command = { name, ...target, invoker: { userId: 'ui-admin', canEditWatchlists: true, canManageSubscriptions: true }, options };
    const reply = await deps.commands(cmd);
    log.info({ command: name, workspace: target.workspace }, 'ui: command run');
    return reply.text;
  };
  const flash = (c: C, text: string, error = false) => {
    c.get('session')!.flash = { text: text.replace(/`/g, ''), error };
  };
  const csrf = (c: C) => c.get('session')!.csrf;

  app.get('/', async (c) => page(c, await overviewPage(deps, csrf(c), takeFlash(c))));
  app.get('/watchlists', async (c) => page(c, await watchlistsPage(deps, csrf(c), takeFlash(c))));

  const platformOf = async (workspace: string | null): Promise<PlatformName> =>
    workspace ? ((await workspaces(deps)).get(workspace) ?? 'discord') : 'console';
  app.post('/watchlists/new', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const workspace = String(body.workspace ?? '');
    if (!(await workspaces(deps)).has(workspace)) {
      flash(c, 'Pick a workspace that has a subscription.', true);
      return c.redirect('/ui/watchlists', 303);
    }
    const topic = String(body.topic ?? '');
    flash(c, await run(c, 'watch add', { platform: await platformOf(workspace), workspace, channel: '' }, { topic, term: String(body.term ?? '') }));
    const made = await findTopic(deps, workspace, topic.trim().toLowerCase());
    return c.redirect(made ? topicHref(made) : '/ui/watchlists', 303);
  });

  const topicRoute = async (c: C) => {
    const topic = await findTopic(deps, c.req.param('scope')!, c.req.param('id')!);
    if (!topic) return null;
    const term = (c.req.query('term') ?? '').trim().replace(/\s+/g, ' ').slice(0, 200) || null;
    const days = intParam(c.req.query('days'), [1, 3, 7, 14, 30], deps.backtestDays);
    return { topic, term, days };
  };
  app.get('/watchlists/:scope/:id', async (c) => {
    const t = await topicRoute(c);
    if (!t) return page(c, <p>No such topic.</p>, 404);
    return page(c, await topicPage(deps, csrf(c), takeFlash(c), t.topic, t.term, t.days, backtests));
  });
  app.get('/watchlists/:scope/:id/backtest', async (c) => {
    const t = await topicRoute(c);
    if (!t) return c.text('No such topic.', 404);
    const bt = await backtestFor(deps, t.topic, t.term, t.days, backtests);
    return c.html(String(<BacktestView r={bt.r} term={t.term} error={bt.error} />));
  });
  for (const [action, name] of [
    ['add', 'watch add'],
    ['remove', 'watch remove'],
  ] as const) {
    app.post(`/watchlists/:scope/:id/${action}`, async (c) => {
      const scope = c.req.param('scope')!;
      const id = c.req.param('id')!;
      const body = await c.req.parseBody({ all: true });
      // A global topic goes to the command too, which refuses it with the chat's words.
      const workspace = scope === 'global' ? 'console' : scope;
      flash(
        c,
        await run(
          c,
          name,
          { platform: await platformOf(scope === 'global' ? null : scope), workspace, channel: '' },
          { topic: id, term: String(body.term ?? '') },
        ),
      );
      const still = await findTopic(deps, scope, id);
      return c.redirect(still ? topicHref(still) : '/ui/watchlists', 303);
    });
  }

  app.get('/subscriptions', async (c) => page(c, await subscriptionsPage(deps, csrf(c), takeFlash(c))));
  app.get('/subscriptions/:id', async (c) => {
    const sub = await deps.store.subscriptions.getSubscription(c.req.param('id')!);
    if (!sub) return page(c, <p>No such subscription.</p>, 404);
    return page(c, await subscriptionPage(deps, csrf(c), takeFlash(c), sub));
  });
  app.post('/subscriptions/:id', async (c) => {
    const sub = await deps.store.subscriptions.getSubscription(c.req.param('id')!);
    if (!sub) return c.text('No such subscription.', 404);
    const body = await c.req.parseBody({ all: true });
    const topics = ([] as unknown[]).concat(body.topics ?? []).map(String);
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
    const target = { platform: sub.platform, workspace: sub.workspace, channel: sub.channel };
    const replies = [
      await run(c, 'subscribe', target, {
        topics: topics.join(','),
        time: str('time') || undefined,
        timezone: str('timezone') || undefined,
        locale: str('locale') || undefined,
      }),
    ];
    const alerts = str('alerts');
    if ((alerts === 'on') !== (sub.mode === 'alerts') && (alerts === 'on' || alerts === 'off')) replies.push(await run(c, 'alerts', target, { state: alerts }));
    flash(c, replies.join('\n'));
    return c.redirect(subHref(sub), 303);
  });

  app.get('/deliveries', async (c) =>
    page(
      c,
      await deliveriesPage(deps, csrf(c), takeFlash(c), {
        sub: c.req.query('sub') ?? null,
        days: intParam(c.req.query('days'), [1, 3, 7, 14, 30], 3),
        q: (c.req.query('q') ?? '').slice(0, 200),
        kind: c.req.query('kind') ?? '',
      }),
    ),
  );
  app.get('/deliveries/story/:id', async (c) => {
    const el = await storyPage(deps, csrf(c), c.req.param('id')!);
    return el ? page(c, el) : page(c, <p>No such story.</p>, 404);
  });
  app.get('/quotes', async (c) => {
    const q = (k: string) => (c.req.query(k) ?? '').slice(0, 200);
    return page(
      c,
      await quotesPage(deps, csrf(c), takeFlash(c), { speaker: q('speaker'), topic: q('topic'), outlet: q('outlet'), from: q('from'), to: q('to') }),
    );
  });

  app.notFound((c) => c.text('Not found.', 404));
  app.onError((e, c) => {
    log.error({ path: c.req.path, err_message: e.message }, 'ui: page failed');
    return c.text('Something went wrong on our side; the error was logged.', 500);
  });
  return { app, fetch: (req) => Promise.resolve(app.fetch(req)) };
}
