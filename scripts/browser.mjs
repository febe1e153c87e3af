import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => names.map((name) => join(dir, name)));

/** The Chromium named by CHROMIUM_PATH, else the first one on PATH (Debian's chromium, Ubuntu's chromium-browser, Chrome). */
export const chromiumPath = [process.env.CHROMIUM_PATH, ...onPath].find((p) => p && existsSync(p));

/** What to tell someone who has no Chromium. */
export const installChromium = 'Install Chromium (Debian: sudo apt-get install -y chromium; Ubuntu: sudo snap install chromium) or Google Chrome, or set CHROMIUM_PATH to its binary.';

/**
 * Headless Chromium with the network kept closed: this site makes no third-party requests.
 * Playwright is loaded here, not on import: a build whose PDFs are cached never needs it. It is
 * required natively, because the build calls this after Vite's module runner has closed.
 */
export async function launchChromium() {
  if (!chromiumPath) throw new Error(`No Chromium found. ${installChromium}`);
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
