/**
 * A real browser for the review page's tests: the operating system's Chromium driven by
 * playwright-core (browsers cannot be downloaded here, so Playwright's own builds are not used).
 * Each launch gets a fresh profile folder and the flags that keep Chromium off the network.
 *
 * Without Chromium the tests skip with the way to get it; in CI (CI=true) they fail instead,
 * because .ci/run installs it and a silent skip there would hide a broken setup.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Where Debian's chromium package puts the browser (KAIKYO_CHROMIUM overrides). */
export const CHROMIUM = process.env.KAIKYO_CHROMIUM ?? '/usr/bin/chromium';

/** How to get the browser, for the skip or failure message. */
export const CHROMIUM_MISSING = `Chromium is not installed at ${CHROMIUM}: the review page's browser tests need it. On Debian or Ubuntu run \`sudo apt-get update && sudo apt-get install -y chromium\` (or set KAIKYO_CHROMIUM to a Chromium or Chrome executable).`;

/** True when the browser tests can run; throws in CI when they cannot. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(CHROMIUM_MISSING);
  console.warn(`skipped: ${CHROMIUM_MISSING}`);
  return false;
}

/** The flags every launch uses: headless, no sandbox (containers), and nothing that phones home. */
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

/** A browser with a fresh profile; `close` also removes the profile folder. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'kaikyo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright passes the profile folder as --user-data-dir itself (and refuses it in args).
    args: CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: true,
    // Instant scrolling (the page honours prefers-reduced-motion): no timing to wait out.
    reducedMotion: 'reduce',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
