/**
 * The one way a test starts a browser: Debian's Chromium (`apt-get install -y chromium`, at
 * `/usr/bin/chromium`; `WIREWATCH_CHROMIUM` overrides) driven by playwright-core, headless, with a
 * fresh profile that is removed afterwards. Like `../shared` (shared-corpus.ts), a machine without
 * Chromium skips the browser tests with one printed line, except under `CI=true`, where it fails them
 * (`.ci/run` installs Chromium when it is missing).
 *
 * Usage:
 * ```ts
 * import { needsChromium, launchChromium } from '../support/chromium.js';
 * describe.skipIf(!needsChromium())('panel in a browser', () => { ... });
 * ```
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { needs } from './shared-corpus.js';

export const CHROMIUM = process.env.WIREWATCH_CHROMIUM ?? '/usr/bin/chromium';

/** The flags every test browser runs with: no sandbox (containers), no GPU, nothing fetched in the background. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when Chromium is installed; else one line and false locally, an Error under CI=true. */
export function needsChromium(): boolean {
  return needs(`Chromium (${CHROMIUM})`, existsSync(CHROMIUM));
}

/** A headless Chromium with a fresh profile (`--user-data-dir`); `close()` ends it and removes the profile. */
export async function launchChromium(
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'wirewatch-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
