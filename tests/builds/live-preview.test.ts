// `npm run dev` while an author writes: a chapter shows what changed in content/ without a
// restart, both what the page reads at each request (a quote's words) and what our plugins
// compiled into the chapter (a reference's author in its in-text citations, English edition).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/copy-project.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'live-preview-'));
const project = join(scratch, 'project');
let server: ChildProcess | undefined;
let log = '';
afterAll(async () => {
  // The preview writes its caches into the copy until it has exited: wait for that before removing it.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill();
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
});

let origin = '';
const page = async (path: string) => (await fetch(origin + path)).text();

/** Polls `path` until its HTML satisfies `test` (the preview recompiles on its own time). */
async function until(path: string, test: (html: string) => boolean, what: string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const html = await page(path);
    if (test(html)) return html;
    if (Date.now() > deadline) throw new Error(`${path} did not show ${what} within 90 s. The preview's log:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Rewrites a content file of the copy, and returns how to put it back. */
function edit(file: string, change: (text: string) => string) {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `${file} was not changed`).not.toBe(before);
  writeFileSync(path, after);
  return () => writeFileSync(path, before);
}

describe('the live preview', () => {
  beforeAll(async () => {
    copyProject(process.cwd(), project);
    // Port 0: the system picks a free one, and the preview's log says which.
    server = spawn(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'], {
      cwd: project,
      env: { ...process.env, BASE_PATH: '/', SITE_URL: '', VITEST: undefined },
    });
    const started = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        log += stripVTControlCharacters(chunk.toString());
        const url = log.match(/Local\s+(http:\/\/[^\s/]+)\//)?.[1];
        if (url) {
          origin = url;
          resolve();
        }
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.once('exit', (code) => reject(new Error(`astro dev quit (${code}):\n${log}`)));
    });
    await started;
    await until('/en/analysedel-1/', (html) => html.includes('Monrad, 2020, p. 535'), 'its citation of Monrad (2020)');
  });

  it('shows a changed reference in the citations compiled into a chapter, and the undone change', async () => {
    const undo = edit('content/references.json', (text) => {
      const references = JSON.parse(text) as { id: string; author: { family: string }[] }[];
      references.find((r) => r.id === 'monrad-2020')!.author[0].family = 'Monradsen';
      return JSON.stringify(references, null, 2);
    });
    const html = await until('/en/analysedel-1/', (h) => h.includes('Monradsen, 2020, p. 535'), 'the renamed author in its citation');
    expect(html).not.toContain('Monrad, 2020, p. 535');
    undo();
    await until('/en/analysedel-1/', (h) => h.includes('Monrad, 2020, p. 535') && !h.includes('Monradsen'), 'the author as before');
  });

  it('shows a changed quote on its card in the chapter', async () => {
    const undo = edit('content/quotes/analysedel-1.yaml', (text) => text.replace('Altså simpelthen kuglepen på papir', 'Altså simpelthen blyant på papir'));
    await until('/da/analysedel-1/', (h) => h.includes('Altså simpelthen blyant på papir'), 'the changed words of the quote');
    undo();
    await until('/da/analysedel-1/', (h) => h.includes('Altså simpelthen kuglepen på papir'), 'the words as before');
  });
});
