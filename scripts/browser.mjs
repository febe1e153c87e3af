import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const onPath = (names) => (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => names.map((name) => join(dir, name)));

/** The Chromium named by CHROMIUM_PATH, else the first one on PATH (Debian's chromium, Ubuntu's chromium-browser, Chrome). */
export const chromiumPath = [process.env.CHROMIUM_PATH, ...onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'])].find((p) => p && existsSync(p));

/**
 * What prints the PDFs: Chromium's headless shell where it is installed (Debian:
 * chromium-headless-shell), else the Chromium above. The shell prints the same PDF, pixel for
 * pixel, for about 40 % less CPU: it has no browser around its renderer to start.
 */
export const printerPath = [process.env.CHROMIUM_HEADLESS_SHELL_PATH, ...onPath(['chromium-headless-shell', 'chrome-headless-shell'])].find((p) => p && existsSync(p)) ?? chromiumPath;

/** What to tell someone who has no Chromium. */
export const installChromium = 'Install Chromium (Debian: sudo apt-get install -y chromium; Ubuntu: sudo snap install chromium) or Google Chrome, or set CHROMIUM_PATH to its binary.';

/**
 * Headless Chromium with the network kept closed, for the browser tests, screenshots and the
 * bench (the build prints without Playwright: src/integrations/devtools-pipe.ts). Playwright is
 * loaded here, not on import: importing this file for the paths above costs nothing.
 */
export async function launchChromium({ executablePath = chromiumPath } = {}) {
  if (!executablePath) throw new Error(`No Chromium found. ${installChromium}`);
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
