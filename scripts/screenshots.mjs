// Screenshots of built pages at phone and desktop widths, light and dark, into screenshots/.
// Usage: node scripts/screenshots.mjs /da/ /da/analysedel-1/   (after npm run build)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const { server, origin } = await serveDist();
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
for (const path of paths.length ? paths : ['/da/']) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 812 : 900 }, colorScheme: scheme });
      await page.goto(origin + path);
      const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: full });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
server.close();
