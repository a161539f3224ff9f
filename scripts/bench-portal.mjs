// Web portal figures against a release `latchkey-server demo` over loopback, printed as a table:
// the start page's first contentful paint in Debian's chromium (median of 10 cold loads, from
// the browser's performance timing), the bytes transferred for it (compressed, goal < 150 KB),
// and requests/s serving the portal's static files with 64 connections (wrk, 10 s each).
// Usage: LATCHKEY_SERVER_BIN=target/release/latchkey-server node scripts/bench-portal.mjs
// (./dev bench does this; playwright-core comes from tests/portal/node_modules).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/portal/package.json'));
const { chromium } = require('playwright-core');
const SERVER = process.env.LATCHKEY_SERVER_BIN;
if (!SERVER) throw new Error('set LATCHKEY_SERVER_BIN');
const RUNS = 10;
const GOAL_BYTES = 150 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'latchkey-bench-portal-'));
const server = spawn(SERVER, ['--data-dir', join(dir, 'data'), 'demo', '--listen', '127.0.0.1:0'], {
  env: { ...process.env, LATCHKEY_LOG: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/listening on http:\/\/[0-9.]+:(\d+)/);
    if (m) resolve(Number(m[1]));
  });
  server.once('exit', () => reject(new Error(`server exited: ${out}`)));
});
server.stdout.resume();
const url = `http://localhost:${port}/t/contoso/`;

let browser;
try {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const fcps = [];
  const bytes = [];
  let requests = 0;
  let parts = [];
  for (let i = 0; i < RUNS + 1; i++) {
    // A fresh context each time: nothing cached, as on a phone opening the link from an email.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="flow-reset"]');
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const parts = [[new URL(nav.name).pathname, nav.transferSize], ...res.map((r) => [new URL(r.name).pathname, r.transferSize])];
      return { fcp, bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0), requests: 1 + res.length, parts };
    });
    await context.close();
    if (i === 0) continue; // warm-up: the first launch of the browser process
    fcps.push(m.fcp);
    bytes.push(m.bytes);
    requests = m.requests;
    parts = m.parts;
  }
  fcps.sort((a, b) => a - b);
  const median = (fcps[4] + fcps[5]) / 2;
  const transferred = Math.max(...bytes);

  const html = await (await fetch(url)).text();
  const js = html.match(/src="\.\/(assets\/[^"]+\.js)"/)[1];
  const css = html.match(/href="\.\/(assets\/[^"]+\.css)"/)[1];
  const wrk = (target) => {
    const out = execFileSync('wrk', ['-t2', '-c64', '-d10s', '-H', 'Accept-Encoding: br, gzip', target], { encoding: 'utf8' });
    return Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  };
  const rows = [
    ['index.html (per tenant, no-cache)', wrk(url)],
    [`${js} (brotli, ${(Number((await fetch(url + js, { headers: { 'accept-encoding': 'br' } })).headers.get('content-length')) / 1024).toFixed(1)} KB on the wire)`, wrk(url + js)],
    [`${css} (brotli)`, wrk(url + css)],
    ['branding.css (per tenant)', wrk(url + 'branding.css')],
  ];

  console.log('');
  console.log(`| portal start page (loopback, chromium ${browser.version()}, 360 px) | value |`);
  console.log('|---|---|');
  console.log(`| first contentful paint, median of ${RUNS} cold loads | ${median.toFixed(0)} ms (min ${fcps[0].toFixed(0)}, max ${fcps[RUNS - 1].toFixed(0)}) |`);
  console.log(`| bytes transferred, compressed (${requests} requests) | ${(transferred / 1024).toFixed(1)} KB |`);
  console.log(`| bytes vs goal 150 KB (ratio, lower is better) | ${(transferred / GOAL_BYTES).toFixed(2)} |`);
  console.log('');
  console.log('| request of the start page (last load) | bytes transferred |');
  console.log('|---|---|');
  for (const [name, size] of parts) console.log(`| ${name.replace(/^\/t\/contoso\//, '') || 'index.html'} | ${size.toLocaleString('en-US')} |`);
  console.log('');
  console.log('| static file (wrk, 64 connections, 10 s) | requests/s |');
  console.log('|---|---|');
  for (const [name, rps] of rows) console.log(`| ${name} | ${rps.toFixed(0)} |`);
} finally {
  await browser?.close().catch(() => undefined);
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
