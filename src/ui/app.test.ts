/**
 * The panel's sign-in and security rules, through Hono's in-process request (no socket): refused
 * without a session, a wrong token, a forged or missing CSRF token, or another origin; the headers
 * (CSP, cookie flags) and no token ever in a page. Writes go through the chat commands' rules.
 */
import { describe, expect, it } from 'vitest';
import { createCommands } from '../commands/index.js';
import { ManualClock } from '../model/clock.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import { compileWatchlist, validateTerm } from '../pipeline/matcher/index.js';
import { createPanel } from './app.js';
import { CSP } from './auth/guard.js';
import type { UiToken } from './auth/token.js';
import type { Digest } from '../model/digest.js';

const TOKEN = 'correct-horse-battery-staple';
const token: UiToken = { verify: (t) => t === TOKEN, source: 'env' };

async function setup() {
  const clock = new ManualClock('2026-11-27T12:00:00Z');
  const store = createMemoryStore({ clock });
  await store.watchlists.upsertTopic({ id: 'kosovo', name: 'Kosovo', terms: ['Kosovo'], exclude: [], priority: 'digest', workspace: null });
  await store.subscriptions.upsertSubscription({
    id: 'd1',
    platform: 'discord',
    workspace: '4000',
    channel: '5000',
    topics: [],
    cron: '0 8 * * *',
    timezone: 'UTC',
    locale: 'en',
    mode: 'digest',
    postEmpty: false,
    paused: false,
    pausedReason: null,
    createdBy: 'x',
    lastWindowEnd: null,
  });
  const empty = (sub: { id: string }, w: { start: Date; end: Date }): Promise<Digest> =>
    Promise.resolve({ id: 'x', subscriptionId: sub.id, windowStart: w.start, windowEnd: w.end, timezone: 'UTC', locale: 'en', sections: [], notices: [] });
  const { handle } = createCommands({
    store,
    clock,
    preview: (s) => empty(s, { start: clock.now(), end: clock.now() }),
    validateTerm,
    matchTopics: (t) => {
      const m = compileWatchlist(t);
      return (i) => m.match(i.article).map((x) => x.topicId);
    },
  });
  const panel = createPanel({ store, clock, commands: handle, composeFor: empty, render: () => [], token, backtestDays: 7, sessionTtlMs: 3_600_000 });
  return { store, panel };
}

/** A tiny cookie jar over `app.request`. */
function browser(panel: Awaited<ReturnType<typeof setup>>['panel'], host = 'localhost') {
  const jar = new Map<string, string>();
  const request = async (path: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { host, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...init.headers };
    let body: string | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await panel.app.request(`http://${host}${path}`, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair.split('=');
      if (v === '' || /max-age=0/i.test(c)) jar.delete(k);
      else jar.set(k, v);
    }
    return { res, text: await res.text(), cookies: res.headers.getSetCookie() };
  };
  return Object.assign(request, { cookie: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ') });
}

const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function signIn(go: ReturnType<typeof browser>) {
  const login = await go('/ui/login');
  const r = await go('/ui/login', { form: { _csrf: csrfIn(login.text), token: TOKEN } });
  expect(r.res.status).toBe(303);
  return r;
}

describe('panel security', () => {
  it('sends a visitor without a session to the sign-in page and refuses their POSTs', async () => {
    const { panel } = await setup();
    const go = browser(panel);
    const r = await go('/ui/');
    expect(r.res.status).toBe(303);
    expect(r.res.headers.get('location')).toBe('/ui/login');
    expect((await go('/ui/watchlists/new', { form: { workspace: '4000', topic: 'x', term: 'y' } })).res.status).toBe(401);
  });

  it('signs in with the token only: session cookie HttpOnly, SameSite=Strict, Path=/ui; Secure behind TLS', async () => {
    const { panel } = await setup();
    const go = browser(panel);
    const login = await go('/ui/login');
    const bad = await go('/ui/login', { form: { _csrf: csrfIn(login.text), token: 'wrong' } });
    expect(bad.res.status).toBe(401);
    expect(bad.text).toContain('not the panel token');
    const ok = await signIn(go);
    const cookie = ok.cookies.find((c) => c.startsWith('ww_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/ui/);
    expect(cookie).not.toMatch(/Secure/);
    const home = await go('/ui/');
    expect(home.res.status).toBe(200);
    expect(home.text).toContain('Overview');
    expect(home.text).not.toContain(TOKEN);
    const tls = browser(panel);
    const l2 = await tls('/ui/login', { headers: { 'x-forwarded-proto': 'https' } });
    const s2 = await tls('/ui/login', { form: { _csrf: csrfIn(l2.text), token: TOKEN }, headers: { 'x-forwarded-proto': 'https' } });
    expect(s2.cookies.find((c) => c.startsWith('ww_session='))).toMatch(/Secure/);
  });

  it('refuses a sign-in without the form token of its own page (login CSRF)', async () => {
    const { panel } = await setup();
    const go = browser(panel);
    await go('/ui/login');
    expect((await go('/ui/login', { form: { _csrf: 'forged', token: TOKEN } })).res.status).toBe(403);
  });

  it('refuses a POST with a forged or missing CSRF token, or from another origin, and changes nothing', async () => {
    const { panel, store } = await setup();
    const go = browser(panel);
    await signIn(go);
    const page = await go('/ui/watchlists');
    const csrf = csrfIn(page.text);
    const form = { workspace: '4000', topic: 'local', term: 'Pristina' };
    expect((await go('/ui/watchlists/new', { form: { ...form, _csrf: 'forged' } })).res.status).toBe(403);
    expect((await go('/ui/watchlists/new', { form })).res.status).toBe(403);
    expect((await go('/ui/watchlists/new', { form: { ...form, _csrf: csrf }, headers: { origin: 'http://evil.example' } })).res.status).toBe(403);
    expect((await store.watchlists.listTopics('4000')).map((t) => t.id)).toEqual(['kosovo']);
    const done = await go('/ui/watchlists/new', { form: { ...form, _csrf: csrf } });
    expect(done.res.status).toBe(303);
    expect((await store.watchlists.listTopics('4000')).map((t) => t.id)).toEqual(['kosovo', 'local']);
  });

  it('writes through the chat commands: a global topic is refused with their words, a bad term too', async () => {
    const { panel, store } = await setup();
    const go = browser(panel);
    await signIn(go);
    const csrf = csrfIn((await go('/ui/watchlists')).text);
    await go('/ui/watchlists/global/kosovo/add', { form: { _csrf: csrf, term: 'Pristina' } });
    const after = await go('/ui/watchlists/global/kosovo');
    expect(after.text).toContain('is a global topic from the service configuration');
    expect((await store.watchlists.listTopics(null))[0].terms).toEqual(['Kosovo']);
    await go('/ui/watchlists/new', { form: { _csrf: csrf, workspace: '4000', topic: 'local', term: 'A NEAR/99 B' } });
    expect((await go('/ui/watchlists')).text).toContain('is not a valid term');
  });

  it('sets a strict CSP and hardening headers on every page, and escapes untrusted text', async () => {
    const { panel, store } = await setup();
    await store.watchlists.upsertTopic({
      id: 'xss',
      name: '<script>alert(1)</script>',
      terms: ['<img src=x onerror=alert(1)>'],
      exclude: [],
      priority: 'digest',
      workspace: '4000',
    });
    const go = browser(panel);
    await signIn(go);
    const r = await go('/ui/watchlists');
    expect(r.res.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-inline');
    expect(r.res.headers.get('x-frame-options')).toBe('DENY');
    expect(r.res.headers.get('cache-control')).toBe('no-store');
    expect(r.text).not.toContain('<script>alert');
    expect(r.text).not.toContain('<img src=x');
    expect(r.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws no anchor for a feed item whose link is not http(s) (javascript:, data:)', async () => {
    const { panel, store } = await setup();
    const saved = await store.items.saveItem({
      id: '',
      feedUrl: 'http://127.0.0.1/feed.rss',
      outlet: 'Outlet',
      item: {
        key: 'k1',
        guid: 'k1',
        title: 'Kosovo headline',
        link: 'javascript:alert(4)',
        published: new Date('2026-11-27T11:00:00Z'),
        author: null,
        summary: null,
        text: null,
      },
      article: { paragraphs: ['Kosovo headline', '"We will talk," Ana Petrović said about Kosovo.'] },
      firstSeen: new Date('2026-11-27T11:00:00Z'),
      matches: [{ topicId: 'kosovo', mentions: [], relevance: 1 }],
      quotes: [{ kind: 'direct', text: 'We will talk,', speaker: 'Ana Petrović', speakerRole: null, paragraph: 1, confidence: 0.9 }],
    } as unknown as Parameters<typeof store.items.saveItem>[0]);
    const go = browser(panel);
    await signIn(go);
    for (const path of ['/ui/quotes', '/ui/deliveries?sub=d1', `/ui/deliveries/story/${encodeURIComponent(saved.id)}`]) {
      const r = await go(path);
      expect(r.res.status, path).toBe(200);
      expect(r.text, path).toContain('Kosovo headline');
      expect(r.text, path).not.toContain('javascript:');
    }
  });

  it('lists an interview answer under `interview:`, a paraphrase under `reported:`, neither in quote marks (ADR 0295)', async () => {
    const { panel, store } = await setup();
    const answer = 'No, they will run every day.';
    const report = 'the ferries would stop in January';
    await store.items.saveItem({
      id: '',
      feedUrl: 'http://127.0.0.1/feed.rss',
      outlet: 'Outlet',
      item: {
        key: 'k2',
        guid: 'k2',
        title: 'Harbour master: ferries all winter',
        link: null,
        published: new Date('2026-11-27T11:00:00Z'),
        author: null,
        summary: null,
        text: null,
      },
      article: { paragraphs: ['Harbour master: ferries all winter', `Rumours said ${report}.`, 'Q: Will they stop?', `A: ${answer}`] },
      firstSeen: new Date('2026-11-27T11:00:00Z'),
      matches: [],
      quotes: [
        { kind: 'indirect', text: report, speaker: 'Edwin Lowe', speakerRole: null, paragraph: 1, start: 13, end: 46, confidence: 0.5, salience: 0.5 },
        {
          kind: 'indirect',
          text: answer,
          speaker: 'Edwin Lowe',
          speakerRole: null,
          paragraph: 3,
          start: 3,
          end: 31,
          confidence: 0.8,
          salience: 0.4,
          form: 'answer',
        },
      ],
    } as unknown as Parameters<typeof store.items.saveItem>[0]);
    const go = browser(panel);
    await signIn(go);
    const { text } = await go('/ui/quotes?from=2026-11-20&to=2026-11-28');
    expect(text).toContain(`<em>interview:</em> ${answer}`);
    expect(text).toContain(`<em>reported:</em> ${report}`);
    expect(text).not.toContain(`“${answer}”`);
  });

  it('finds a speaker on the Quotes page under every spelling, as /wirewatch quotes does', async () => {
    const { panel, store } = await setup();
    const said = 'Rezolucija ostaje na snazi.';
    await store.items.saveItem({
      id: 'http://127.0.0.1/feed.rss#k3',
      feedUrl: 'http://127.0.0.1/feed.rss',
      outlet: 'Outlet',
      item: {
        key: 'k3',
        guid: 'k3',
        title: 'Lazović o rezoluciji',
        link: null,
        published: new Date('2026-11-27T11:00:00Z'),
        author: null,
        summary: null,
        text: null,
      },
      article: { paragraphs: ['Lazović o rezoluciji', `"${said}", rekao je Dragan Lazović.`] },
      firstSeen: new Date('2026-11-27T11:00:00Z'),
      matches: [],
      quotes: [{ kind: 'direct', text: said, speaker: 'Dragan Lazović', speakerRole: null, paragraph: 1, start: 1, end: 28, confidence: 0.9, salience: 0.5 }],
    } as unknown as Parameters<typeof store.items.saveItem>[0]);
    const go = browser(panel);
    await signIn(go);
    for (const typed of ['Lazović', 'Lazovic', 'lazovic', 'Лазовић', 'Lazovića', 'Dragana Lazovića', 'Lazo']) {
      const { text } = await go(`/ui/quotes?from=2026-11-20&to=2026-11-28&speaker=${encodeURIComponent(typed)}`);
      expect(text, typed).toContain(said);
    }
    expect((await go(`/ui/quotes?from=2026-11-20&to=2026-11-28&speaker=${encodeURIComponent('Petrović')}`)).text).not.toContain(said);
  });

  it('signs out: the old session cookie no longer works', async () => {
    const { panel } = await setup();
    const go = browser(panel);
    await signIn(go);
    const csrf = csrfIn((await go('/ui/')).text);
    expect((await go('/ui/logout', { form: { _csrf: csrf } })).res.status).toBe(303);
    expect((await go('/ui/')).res.status).toBe(303);
  });

  it('changes a subscription through the subscribe and alerts commands, with their validation', async () => {
    const { panel, store } = await setup();
    const go = browser(panel);
    await signIn(go);
    const csrf = csrfIn((await go('/ui/subscriptions/d1')).text);
    const body = new URLSearchParams({ _csrf: csrf, time: '09:30', timezone: 'Europe/Belgrade', locale: 'sr-Latn', alerts: 'on' });
    body.append('topics', 'kosovo');
    const res = await panel.app.request('http://localhost/ui/subscriptions/d1', {
      method: 'POST',
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', cookie: go.cookie() },
      body: body.toString(),
    });
    expect(res.status).toBe(303);
    expect(await store.subscriptions.getSubscription('d1')).toMatchObject({
      topics: ['kosovo'],
      cron: '30 9 * * *',
      timezone: 'Europe/Belgrade',
      locale: 'sr-Latn',
      mode: 'alerts',
    });
    await go('/ui/subscriptions/d1', { form: { _csrf: csrf, time: '09:30', timezone: 'Mars/Olympus', locale: 'sr-Latn', alerts: 'on' } });
    expect((await go('/ui/subscriptions/d1')).text).toMatch(/Mars\/Olympus/);
    expect((await store.subscriptions.getSubscription('d1'))!.timezone).toBe('Europe/Belgrade');
  });
});
