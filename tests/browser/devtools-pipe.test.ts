// The printer drives Chromium over its DevTools pipe; when something goes wrong there, the build
// says what and where, and leaves no Chromium behind.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { printerPath } from '../../scripts/browser.mjs';
import { launchPrinter } from '../../src/integrations/devtools-pipe.ts';

const server = createServer((_request, response) => {
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('content-security-policy', "default-src 'none'");
  response.end('<!doctype html><title>t</title><style>@page { size: A5 }</style><script>document.title = "ran"</script><p>Side 1</p>');
}).listen(0, '127.0.0.1');
afterAll(() => server.close());
const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

describe.skipIf(!printerPath)('the printer', () => {
  it('opens a page for print, without its scripts or its CSP, and prints it', async () => {
    const printer = await launchPrinter(printerPath!);
    try {
      const tab = await printer.open(origin());
      expect(await tab.evaluate(() => [document.title, matchMedia('print').matches, getComputedStyle(document.body).margin])).toEqual(['t', true, '8px']);
      expect(await tab.evaluate((n: number) => Promise.resolve(n + 1), 41)).toBe(42);
      const pdf = await tab.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A5 from the page's own (inline) style: its CSP did not block it.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 (419\.\d+|420) (594\.\d+|595)\]/);
      await tab.close();
    } finally {
      await printer.close();
    }
  });

  it('names the page and the error when a page fails', async () => {
    // A port that was free a moment ago: nothing answers there.
    const closed = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => closed.once('listening', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const printer = await launchPrinter(printerPath!);
    try {
      await expect(printer.open(`http://127.0.0.1:${port}/`)).rejects.toThrow(`Chromium could not open http://127.0.0.1:${port}/: net::ERR_CONNECTION_REFUSED`);
      const tab = await printer.open(origin());
      await expect(tab.evaluate(() => (null as unknown as { x: number }).x)).rejects.toThrow(/in http:\/\/127\.0\.0\.1:\d+\/: TypeError: Cannot read properties of null/);
    } finally {
      await printer.close();
    }
  });
});
