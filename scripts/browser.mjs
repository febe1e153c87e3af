import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (CI installs it), Chrome on GitHub's runners (the deploy job prints the PDF with it), or one named by CHROMIUM_PATH. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

/** Headless Chromium with the network kept closed: this site makes no third-party requests. */
export function launchChromium() {
  if (!chromiumPath) throw new Error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
