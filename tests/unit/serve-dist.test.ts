import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.mjs';

describe('the local server (npm start, npm run preview, browser tests)', () => {
  let server: { close: () => void };
  let url: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dir, 'da'));
    writeFileSync(join(dir, 'da', 'index.html'), '<h1>Forside</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>Ikke fundet</h1>');
    ({ server, url } = await serveDist({ dir, base: '/speciale/' }));
  });
  afterAll(() => server.close());

  it('answers a malformed address with 400 and keeps serving', async () => {
    const bad = await fetch(`${url}%ZZ`);
    expect(bad.status).toBe(400);
    const good = await fetch(`${url}da/`);
    expect([good.status, await good.text()]).toEqual([200, '<h1>Forside</h1>']);
  });

  it('serves the site’s own 404 page and redirects a directory to its slash form', async () => {
    const missing = await fetch(`${url}nowhere/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Ikke fundet</h1>']);
    const bare = await fetch(`${url}da`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/speciale/da/']);
  });

  it('compresses text for a client that accepts gzip, as a static host does', async () => {
    const page = await fetch(`${url}da/`, { headers: { 'accept-encoding': 'gzip' } });
    expect([page.headers.get('content-encoding'), await page.text()]).toEqual(['gzip', '<h1>Forside</h1>']);
    const plain = await fetch(`${url}da/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
