/**
 * The web panel in a real browser (headless Chromium through playwright-core) over the demo: sign
 * in, edit a term and watch the backtest change, the digest preview drawn as Discord and as Slack,
 * a delivery-log entry for a story cut into overflow, refusals without a token and with a forged CSRF
 * token, labels, keyboard and a phone-sized screen. Screenshots of each page go to a temporary folder,
 * or to docs/ui/ with `WIREWATCH_UI_SCREENSHOTS=1` (how docs/ui.md's pictures are made).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, needsChromium } from '../support/chromium.js';
import { startDemoPanel, type DemoPanel } from '../support/demo-panel.js';
import { REPO_ROOT } from '../support/shared-corpus.js';

const DOCS = process.env.WIREWATCH_UI_SCREENSHOTS === '1';

describe.skipIf(!needsChromium())('web panel in Chromium', () => {
  let demo: DemoPanel;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let shots: string;
  let page: Page;

  const shot = (name: string, p: Page = page) => p.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
  /** The top (at most 900 px) of one element of the page. */
  const shotOf = async (selector: string, name: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    await page.screenshot({
      path: join(shots, `${name}.png`),
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 900) },
    });
  };
  const go = (path: string) => page.goto(new URL(path, demo.url).href);

  beforeAll(async () => {
    shots = DOCS ? join(REPO_ROOT, 'docs', 'ui') : await mkdtemp(join(tmpdir(), 'wirewatch-shots-'));
    demo = await startDemoPanel();
    browser = await launchChromium();
    context = browser.context;
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    if (!DOCS && shots) await rm(shots, { recursive: true, force: true });
  }, 60_000);

  it('refuses a visitor without the token: every page leads to sign-in, a wrong token is refused', async () => {
    await go('watchlists');
    expect(new URL(page.url()).pathname).toBe('/ui/login');
    const post = await page.request.post(new URL('watchlists/new', demo.url).href, {
      form: { workspace: '400000000000000001', topic: 'x', term: 'y' },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(401);
    await page.getByLabel('Admin token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not the panel token');
    await shot('login');
  });

  it('signs in and shows the overview: feeds, their health, the last digests, 24-hour counts', async () => {
    await go('login');
    await page.getByLabel('Admin token').fill(demo.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/ui\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    const feeds = await page.locator('table').first().locator('tbody tr').count();
    expect(feeds).toBe(5);
    expect(await page.textContent('main')).toContain('stories read');
    expect(await page.textContent('main')).not.toContain(demo.token);
    await shot('overview');
  });

  it('backtests a term as it is typed, then saves it and the saved backtest changes', async () => {
    // A topic of the Discord workspace's own (global topics are not edited, as in chat).
    await go('watchlists');
    await page.getByLabel('Topic id').fill('north');
    await page.getByLabel('First term').fill('Mitrovica');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.waitForURL(/\/watchlists\/400000000000000001\/north/);
    const heading = page.locator('#backtest h2').first();
    const savedBefore = await heading.textContent();
    expect(savedBefore).toMatch(/^As saved: \d+ (story matches|stories match)/);
    await page.getByLabel('Term', { exact: true }).pressSequentially('Leposavić', { delay: 20 });
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toContain('With “Leposavić”');
    const withTerm = (await heading.textContent())!;
    const added = Number(/(\d+) new/.exec(withTerm)![1]);
    expect(added).toBeGreaterThan(0);
    expect(await page.locator('#backtest mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#backtest .badge', { hasText: 'new with this term' }).count()).toBe(Math.min(added, 40));
    await shot('watchlist-backtest');
    // Another term: the results follow.
    await page.getByLabel('Term', { exact: true }).fill('Zvečan');
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toContain('With “Zvečan”');
    // Save Leposavić: the topic's own backtest now counts its stories.
    await page.getByLabel('Add a term').fill('Leposavić');
    await page.getByRole('button', { name: 'Save term' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toContain('now watches Mitrovica, Leposavić');
    await go('watchlists/400000000000000001/north');
    const savedAfter = (await page.locator('#backtest h2').first().textContent())!;
    const n = (s: string) => Number(/(\d+) (story|stories)/.exec(s)![1]);
    expect(n(savedAfter)).toBe(n(savedBefore!) + added);
  });

  it('previews the next digest as Discord draws it and as Slack draws it', async () => {
    await go('subscriptions/discord-newsroom');
    const embeds = page.locator('.dc .dc-embed');
    expect(await embeds.count()).toBeGreaterThan(3);
    expect(await page.locator('.dc .dc-title a').first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await page.locator('.dc .dc-content').first().textContent()).toMatch(/\d+ stories/);
    expect(await page.locator('.dc .dc-quote').count()).toBeGreaterThan(0);
    // No markdown left raw: bold and escapes are drawn, not shown.
    expect(await page.locator('.dc').textContent()).not.toMatch(/\*\*|\\\./);
    await shotOf('section.preview', 'preview-discord');
    await go('subscriptions/slack-newsroom');
    expect(await page.locator('.sl .sl-header').count()).toBeGreaterThan(1);
    expect(await page.locator('.sl .sl-section a').first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await page.locator('.sl .sl-divider').count()).toBeGreaterThan(0);
    expect(await page.locator('.sl').textContent()).not.toMatch(/&lt;|&amp;|<http/);
    await shotOf('section.preview', 'preview-slack');
  });

  it('says in the delivery log that a story was cut into overflow, and which one was delivered', async () => {
    await go('deliveries?sub=console%3Aconsole%3Astdout&days=7');
    const overflow = page.locator('tr[data-fate="overflow"]');
    expect(await overflow.count()).toBeGreaterThan(0);
    expect(await overflow.first().textContent()).toMatch(/in overflow.*listed under “\+ more” in Kosovo/);
    expect(await page.locator('tr[data-fate="delivered"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-fate="not_matched"]').first().textContent()).toMatch(/not matched/);
    await shot('delivery-log');
    // The same story for every subscription: the console digest cut it into overflow, the others wait.
    await overflow.first().getByRole('link', { name: 'every subscription' }).click();
    await page.waitForURL(/\/deliveries\/story\//);
    expect(await page.locator('tr[data-fate="overflow"]').count()).toBe(1);
    expect(await page.locator('tr[data-fate="waiting"]').count()).toBe(2);
    await go('deliveries?sub=discord-newsroom&days=7&kind=waiting');
    expect(await page.locator('tr[data-fate="waiting"]').first().textContent()).toMatch(
      /waiting for schedule.*Next digest 2026-11-27 11:00 UTC|waiting for schedule.*Next digest/,
    );
  });

  it('searches quotes by speaker', async () => {
    await go('quotes?from=2026-11-20&to=2026-11-27');
    const all = await page.locator('main .hit').count();
    await page.getByLabel('Speaker').fill('Lazović');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/speaker=/);
    const some = await page.locator('main .hit').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await shot('quotes');
  });

  it('refuses a form with a forged CSRF token and changes nothing', async () => {
    await go('watchlists/400000000000000001/north');
    await page.locator('form[action$="/add"] input[name=_csrf]').evaluate((el) => el.setAttribute('value', 'forged-token'));
    await page.getByLabel('Add a term').fill('Zubin Potok');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Save term' }).click(),
    ]);
    expect(response.status()).toBe(403);
    expect(await page.textContent('body')).toContain('CSRF check');
    await go('watchlists/400000000000000001/north');
    expect(await page.locator('ul.terms').textContent()).not.toContain('Zubin Potok');
  });

  it('is usable by keyboard and screen reader: a skip link first, every field labelled', async () => {
    for (const path of ['', 'watchlists', 'watchlists/global/kosovo', 'subscriptions/discord-newsroom', 'deliveries', 'quotes']) {
      await go(path);
      const unlabelled = await page.evaluate<string[]>(
        "[...document.querySelectorAll('input:not([type=hidden]), select')].filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label')).map((e) => e.outerHTML)",
      );
      expect(unlabelled, path).toEqual([]);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const path of ['', 'watchlists/global/kosovo', 'subscriptions/discord-newsroom']) {
      await phone.goto(new URL(path, demo.url).href);
      const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.goto(new URL('watchlists/global/kosovo?term=Kosova', demo.url).href);
    await shot('phone-watchlist', phone);
    await phone.close();
  });
});
