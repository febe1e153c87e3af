import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Chromium driven through its DevTools protocol over a pipe (--remote-debugging-pipe: JSON
 * messages, each ended by a NUL byte), with just what printing a page needs. Playwright does this
 * and much more, but loading it costs more CPU than the printer's own messages: a build that
 * prints its PDFs would spend a quarter of a second starting Playwright alone.
 */
export interface Printer {
  /** A tab of its own (its own browser context): print media, no scripts of its own, no CSP. */
  open(url: string): Promise<PrintTab>;
  close(): Promise<void>;
}

export interface PrintTab {
  /** Runs `fn(arg)` in the page (its source, so it must not close over anything) and returns its JSON result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Page.printToPDF, see https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-printToPDF */
  pdf(options: Record<string, unknown>): Promise<Buffer>;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** How long a page may take to load, on a slow and busy machine. */
const loadTimeout = 120_000;

export async function launchPrinter(executablePath: string): Promise<Printer> {
  const profile = await mkdtemp(join(tmpdir(), 'thesis-printer-'));
  // The network stays closed to all but the local server: the site makes no third-party requests.
  const args = ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--force-color-profile=srgb', '--hide-scrollbars', 'about:blank'];
  const chromium = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const toChromium = chromium.stdio[3] as Writable;
  const fromChromium = chromium.stdio[4] as Readable;
  // A write after Chromium quit fails here; the call it carried fails below, with Chromium's log.
  toChromium.on('error', () => undefined);
  let log = '';
  chromium.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)));

  const pending = new Map<number, { method: string; resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(message: Message) => void>();
  let nextId = 1;
  let received = '';
  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (chunk: string) => {
    received += chunk;
    for (let end = received.indexOf('\0'); end >= 0; end = received.indexOf('\0')) {
      const message = JSON.parse(received.slice(0, end)) as Message;
      received = received.slice(end + 1);
      const call = message.id === undefined ? undefined : pending.get(message.id);
      if (call) {
        pending.delete(message.id!);
        if (message.error) call.reject(new Error(`Chromium: ${call.method}: ${message.error.message}`));
        else call.resolve(message.result ?? {});
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise<void>((resolve) => chromium.once('close', () => resolve()));
  chromium.once('error', (error) => {
    for (const call of pending.values()) call.reject(new Error(`Chromium could not start (${executablePath}): ${error.message}`));
  });
  const quit = () => new Error(`Chromium (${executablePath}) quit while printing:\n${log.trim()}`);
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const call of pending.values()) call.reject(quit());
    pending.clear();
    for (const listener of listeners) listener({ method: 'quit' });
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      if (gone) return reject(quit());
      const id = nextId++;
      pending.set(id, { method, resolve, reject });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  /** The page's load event, or an error after loadTimeout; `cancel` stops waiting. */
  const loadOf = (sessionId: string, url: string) => {
    let cancel: () => void = () => {};
    const loaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cancel();
        reject(new Error(`Chromium: ${url} did not load within ${loadTimeout / 1000} s`));
      }, loadTimeout);
      const listener = (message: Message) => {
        if (message.method === 'quit') reject(quit());
        else if (message.method !== 'Page.loadEventFired' || message.sessionId !== sessionId) return;
        cancel();
        resolve();
      };
      cancel = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
    });
    return { loaded, cancel };
  };

  return {
    async open(url) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const dispose = () => send('Target.disposeBrowserContext', { browserContextId });
      try {
        const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
        const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
        const inTab = (method: string, params?: Record<string, unknown>) => send(method, params, sessionId);
        await inTab('Page.enable');
        // The page's named-page rules are an inline style, which its strict CSP would block.
        await inTab('Page.setBypassCSP', { enabled: true });
        // Its scripts serve a reader on screen and change nothing in print; laid out for print from
        // the start, the page loads for less CPU into the same PDF.
        await inTab('Emulation.setScriptExecutionDisabled', { value: true });
        await inTab('Emulation.setEmulatedMedia', { media: 'print' });
        const { loaded, cancel } = loadOf(sessionId, url);
        const { errorText } = await inTab('Page.navigate', { url }).catch((error: Error) => ({ errorText: error.message }));
        if (errorText) {
          cancel();
          throw new Error(`Chromium could not open ${url}: ${errorText}`);
        }
        await loaded;
        return tab(url, inTab, dispose);
      } catch (error) {
        await dispose().catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

type Call = (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;

function tab(url: string, inTab: Call, dispose: () => Promise<unknown>): PrintTab {
  return {
    async evaluate(fn, arg) {
      const { result, exceptionDetails } = (await inTab('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: never }; exceptionDetails?: { exception?: { description?: string }; text: string } };
      if (exceptionDetails) throw new Error(`in ${url}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
    async pdf(options) {
      const { data } = (await inTab('Page.printToPDF', options)) as { data: string };
      return Buffer.from(data, 'base64');
    },
    async close() {
      await dispose();
    },
  };
}
