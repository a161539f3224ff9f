// The web portal in a real browser: Debian's chromium (/usr/bin/chromium, never a downloaded
// one) driven by playwright-core, against a real `latchkey-server serve` on SQLite serving the
// embedded UI. Every screen is scanned with axe-core (zero violations). Run by `./dev test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { freePort, sleep, waitHttp } from '../e2e/harness.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, 'screenshots');
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(SERVER, 'set LATCHKEY_SERVER_BIN (./dev test does)');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const work = mkdtempSync(join(tmpdir(), 'latchkey-portal-'));
const dataDir = join(work, 'data');
const PRIMARY = '#7a1fa2';
const BACKGROUND = '#fbf7ff';
let port;
let server;
let browser;

const origin = () => `http://localhost:${port}`;
const portal = (query = '') => `${origin()}/t/contoso/${query}`;

function admin(...args) {
  execFileSync(SERVER, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'admin', ...args]);
}

before(async () => {
  port = await freePort();
  // WebAuthn needs a host name: the browser opens http://localhost:PORT, which is also the
  // public URL (origin and RP ID), and the base of the links in emails.
  writeFileSync(
    join(work, 'server.toml'),
    `public_url = "http://localhost:${port}"
[[tenant]]
slug = "contoso"
name = "Contoso Pharma"
hosts = ["sspr.contoso.test"]
[tenant.branding]
primary_color = "${PRIMARY}"
background_color = "${BACKGROUND}"
text_color = "#1b1b1b"
sign_in_text = "Use your Contoso Pharma account."
helpdesk_email = "help@contoso.com"
helpdesk_phone = "+1 425 555 0100"
[tenant.policy]
sspr_enabled = "all"
allowed_methods = "totp,email,phone,security_key"
captcha_difficulty = 20
lockout_threshold = 3
[tenant.delivery.email]
kind = "outbox"
[tenant.delivery.sms]
kind = "outbox"
`,
  );
  server = spawn(SERVER, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  server?.kill('SIGKILL');
});

/** A fresh browser context (no cookies, no storage) and page; CSP violations fail the test. */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    context,
    page,
    async close() {
      assert.deepEqual(problems, [], 'no CSP violations or script errors');
      assert.deepEqual(await context.cookies(), [], 'the portal sets no cookies');
      await context.close();
    },
  };
}

async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core on the screen as it is now: zero violations. Injected through the DevTools
 * protocol (page.evaluate), because the page's CSP rightly refuses inline scripts. */
async function axe(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
  );
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${screen}`);
}

const tid = (id) => `[data-testid="${id}"]`;

/** RFC 4648 base32 → bytes. */
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 TOTP (SHA1, 6 digits) for a 30-second step. */
function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', secret).update(counter).digest();
  const o = h[19] & 15;
  const n = (((h[o] & 127) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1_000_000;
  return String(n).padStart(6, '0');
}

const API = () => `http://127.0.0.1:${port}/api/v1/tenants/contoso`;

async function api(path, body, token) {
  const res = await fetch(API() + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body ?? {}),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

function outbox() {
  return readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

function lastCode(to) {
  const hit = outbox().reverse().find((m) => m.to === to && m.code);
  assert.ok(hit, `a code was sent to ${to}`);
  return hit.code;
}

/** A user with a verified email method, set up through the API. */
async function userWithEmail(username, password, email) {
  admin('user', 'add', '--tenant', 'contoso', '--username', username, '--password', password, '--display-name', username, '--email', `${username}@contoso.com`);
  const token = (await api('/sessions', { username, password })).json.token;
  const started = await api('/me/methods/email', { address: email }, token);
  assert.equal(started.status, 200, JSON.stringify(started.json));
  assert.equal((await api(`/me/methods/email/${started.json.id}/verify`, { code: lastCode(email) }, token)).status, 200);
}

async function allRulesPass(page) {
  await page.waitForFunction(() => {
    const oks = [...document.querySelectorAll('[data-testid^="rule-"]')].map((e) => e.dataset.ok);
    return oks.length > 0 && oks.every((v) => v === 'true');
  });
}

async function pickMethod(page, kind) {
  const button = page.locator(`[data-testid^="reset-method-"][data-kind="${kind}"]:visible`).first();
  await button.waitFor({ timeout: 30000 });
  await button.click();
}

test('the portal page: strict headers, branding before first paint, no cookies, no CORS', async () => {
  const res = await fetch(portal(), { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy');
  for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "connect-src 'self'"]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}: ${csp}`);
  }
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  assert.equal(res.headers.get('set-cookie'), null);
  assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS over plain http');
  const html = await res.text();
  assert.match(html, /<html lang="de" dir="ltr">/, 'the language from Accept-Language');
  assert.match(html, /<link rel="stylesheet" href="branding.css">/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'no inline style');

  const css = await (await fetch(portal('branding.css'))).text();
  assert.match(css, new RegExp(`--brand-primary: ${PRIMARY};`));

  const asset = html.match(/src="\.\/(assets\/[^"]+\.js)"/)[1];
  const js = await fetch(portal(asset), { headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(js.headers.get('content-encoding'), 'br');
  assert.match(js.headers.get('cache-control'), /max-age=31536000, immutable/);

  const evil = await fetch(`${API()}/branding`, { headers: { origin: 'https://evil.example' } });
  assert.equal(evil.headers.get('access-control-allow-origin'), null, 'no CORS for other origins');
  const preflight = await fetch(`${API()}/sessions`, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);

  // First paint: record the background the first frame has, before the UI's script runs.
  const { page, close } = await open();
  await page.route('**/assets/index-*.js', async (route) => {
    await sleep(1500); // the script arrives late: the page must already look like the tenant
    await route.continue();
  });
  await page.goto(portal(), { waitUntil: 'commit' });
  await page.waitForSelector('.loading', { state: 'attached' });
  // Both stylesheets are render-blocking in <head>: the first frame is drawn with them.
  await page.waitForFunction(() => document.styleSheets.length >= 2 && [...document.styleSheets].some((s) => s.href?.endsWith('/branding.css')));
  const look = () =>
    page.evaluate(() => ({
      primary: getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim(),
      background: getComputedStyle(document.documentElement).getPropertyValue('--brand-background').trim(),
      body: getComputedStyle(document.body).backgroundColor,
    }));
  const early = await look();
  assert.equal(await page.isVisible(tid('tenant-name')), false, 'measured before the UI rendered');
  assert.equal(early.primary, PRIMARY);
  assert.equal(early.background, BACKGROUND);
  await page.waitForSelector(tid('tenant-name'));
  assert.equal(await page.textContent(tid('tenant-name')), 'Contoso Pharma');
  assert.deepEqual(await look(), early, 'the UI keeps the look of the first paint (no flash)');
  for (const flow of ['reset', 'unlock', 'change', 'security-info']) assert.ok(await page.isVisible(tid(`flow-${flow}`)), flow);
  await shot(page, '01-start');
  await axe(page, 'start');
  await close();
});

test('language from ?lang=, Entra\'s mkt=, Accept-Language, and the picker', async () => {
  const german = /Kennwort/;
  for (const [url, options] of [
    [portal('?lang=de'), {}],
    [portal('?mkt=de-DE'), {}],
    [portal(), { locale: 'de-DE' }],
  ]) {
    const { page, close } = await open(options);
    await page.goto(url);
    await page.waitForSelector(tid('flow-reset'));
    assert.match(await page.textContent(tid('flow-reset')), german, url);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await close();
  }
  const { page, close } = await open();
  await page.goto(portal());
  await page.waitForSelector(tid('flow-reset'));
  assert.doesNotMatch(await page.textContent(tid('flow-reset')), german);
  await page.selectOption(tid('locale-picker'), 'de');
  await page.waitForFunction(() => /Kennwort/.test(document.querySelector('[data-testid="flow-reset"]')?.textContent ?? ''));
  assert.match(page.url(), /[?&]lang=de/, 'the choice is kept in the address');
  await shot(page, '02-start-de');
  await axe(page, 'start (de)');
  await close();
});

test('a password change with live feedback from the server', async () => {
  admin('user', 'add', '--tenant', 'contoso', '--username', 'dana', '--password', 'Velvet-Compass-Harbor-61', '--display-name', 'Dana Hart', '--email', 'dana@contoso.com');
  const { page, close } = await open();
  await page.goto(portal());
  await page.click(tid('flow-change'));
  await page.fill(tid('username'), 'dana');
  await page.fill(tid('current-password'), 'Velvet-Compass-Harbor-61');
  await page.fill(tid('new-password'), 'password1');
  await page.waitForFunction(() => {
    const get = (id) => document.querySelector(`[data-testid="${id}"]`)?.dataset.ok;
    return get('rule-length') === 'true' && get('rule-not_breached') === 'false';
  });
  await shot(page, '03-change-weak');
  await axe(page, 'change password (weak)');
  await page.fill(tid('new-password'), 'Marble-Thunder-Orchard-84');
  await page.fill(tid('confirm-password'), 'Marble-Thunder-Orchard-84');
  await allRulesPass(page);
  await page.click(tid('submit'));
  await page.waitForSelector(tid('done'), { timeout: 30000 });
  await shot(page, '04-change-done');
  await axe(page, 'change password (done)');
  await close();
  assert.equal((await api('/sessions', { username: 'dana', password: 'Marble-Thunder-Orchard-84' })).status, 200);
  const notice = outbox().reverse().find((m) => m.to === 'dana@contoso.com' && /changed/.test(m.subject ?? ''));
  assert.ok(notice.body.includes(`http://localhost:${port}/t/contoso/`), 'the notice links to the portal');
});

test('a forgotten password is reset with an email code, the captcha solved in a worker with progress', async () => {
  await userWithEmail('fay', 'Tundra-Ribbon-Falcon-27', 'fay.home@example.org');
  const { page, close } = await open();
  await page.goto(portal());
  await page.click(tid('flow-reset'));
  await page.fill(tid('reset-username'), 'fay');
  await axe(page, 'reset start');
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const v = document.querySelector('[data-testid="captcha-progress"]')?.getAttribute('aria-valuenow');
      if (v !== null && v !== undefined) window.__progress.push(Number(v));
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await page.click(tid('reset-next'));
  await pickMethod(page, 'email');
  const seen = await page.evaluate(() => window.__progress);
  assert.ok(seen.some((p) => p > 0 && p < 100), `progress was shown: ${seen.join(',')}`);
  await page.waitForSelector(tid('reset-code'), { timeout: 30000 });
  await shot(page, '05-reset-email-code');
  await axe(page, 'reset code');
  const email = outbox().reverse().find((m) => m.to === 'fay.home@example.org' && m.code);
  assert.ok(email.body.includes(`http://localhost:${port}/t/contoso/`), 'the code email links to the portal');
  await page.fill(tid('reset-code'), email.code);
  await page.click(tid('reset-verify'));
  await page.waitForSelector(tid('new-password'), { timeout: 30000 });
  await page.fill(tid('new-password'), 'Orbit-Cascade-Willow-46');
  await page.fill(tid('confirm-password'), 'Orbit-Cascade-Willow-46');
  await allRulesPass(page);
  await axe(page, 'reset new password');
  await page.click(tid('reset-submit'));
  await page.waitForSelector(tid('reset-done'), { timeout: 30000 });
  await shot(page, '06-reset-done');
  await axe(page, 'reset done');
  await close();
  assert.equal((await api('/sessions', { username: 'fay', password: 'Orbit-Cascade-Willow-46' })).status, 200);
});

test('a locked account is unlocked; a wrong code is announced', async () => {
  await userWithEmail('hal', 'Pepper-Anvil-Mosaic-83', 'hal.home@example.org');
  for (let i = 0; i < 3; i++) await api('/sessions', { username: 'hal', password: 'Wrong-Password-123' });
  assert.equal((await api('/sessions', { username: 'hal', password: 'Pepper-Anvil-Mosaic-83' })).json.error.code, 'auth.account_locked');
  const { page, close } = await open();
  await page.goto(portal());
  await page.click(tid('flow-unlock'));
  await page.fill(tid('reset-username'), 'hal');
  await page.click(tid('reset-next'));
  await pickMethod(page, 'email');
  await page.waitForSelector(tid('reset-code'), { timeout: 30000 });
  await page.fill(tid('reset-code'), '000000');
  await page.click(tid('reset-verify'));
  const error = page.locator(tid('error'));
  await error.waitFor();
  assert.equal(await error.getAttribute('role'), 'alert', 'errors are announced');
  await shot(page, '07-unlock-wrong-code');
  await axe(page, 'unlock wrong code');
  await page.fill(tid('reset-code'), lastCode('hal.home@example.org'));
  await page.click(tid('reset-verify'));
  await page.click(tid('unlock-submit'), { timeout: 30000 });
  await page.waitForSelector(tid('unlock-done'), { timeout: 30000 });
  await axe(page, 'unlock done');
  await close();
  assert.equal((await api('/sessions', { username: 'hal', password: 'Pepper-Anvil-Mosaic-83' })).status, 200);
});

test('an authenticator app is registered from the QR page; the session does not survive a reload', async () => {
  admin('user', 'add', '--tenant', 'contoso', '--username', 'erin', '--password', 'Saffron-Glacier-Pilot-35', '--display-name', 'Erin Vogt', '--email', 'erin@contoso.com');
  const { page, close } = await open();
  await page.goto(portal());
  await page.click(tid('flow-security-info'));
  await page.fill(tid('username'), 'erin');
  await page.fill(tid('password'), 'Saffron-Glacier-Pilot-35');
  await axe(page, 'sign in');
  await page.click(tid('submit'));
  // No method yet: asked to register before anything else.
  await page.waitForSelector(tid('interrupt-register'), { timeout: 30000 });
  await shot(page, '07b-registration-interrupt');
  await axe(page, 'registration interrupt');
  await page.click(tid('interrupt-register'));
  await page.waitForSelector(tid('registration-banner'), { timeout: 30000 });
  await axe(page, 'security info (empty)');
  await page.click(tid('add-method'));
  await axe(page, 'add method');
  await page.click(tid('add-totp'));
  await page.waitForSelector(`${tid('totp-qr')} svg`, { timeout: 30000 });
  const shown = (await page.textContent(tid('totp-secret'))).trim();
  assert.match(shown, /^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/, `secret in groups of four: ${shown}`);
  await shot(page, '08-totp-qr');
  await axe(page, 'authenticator app');
  const secret = base32(shown);
  await page.fill(tid('totp-code'), totp(secret, Math.floor(Date.now() / 1000 / 30)));
  await page.click(tid('totp-submit'));
  await page.waitForSelector(`${tid('methods')} li`, { timeout: 30000 });
  await shot(page, '09-security-info-totp');
  await axe(page, 'security info (one method)');
  const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.deepEqual(storage, [0, 0, ''], 'the token is in memory only');
  await page.reload();
  await page.waitForSelector(tid('flow-security-info'));
  assert.equal(await page.isVisible(tid('methods')), false, 'a reload ends the visit');
  await close();
});

test('a security key is registered in the browser, then resets the password (virtual authenticator)', async () => {
  await userWithEmail('ivy', 'Lantern-Meadow-Quartz-19', 'ivy.home@example.org');
  const { page, context, close } = await open();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(portal());
  await page.click(tid('flow-security-info'));
  await page.fill(tid('username'), 'ivy');
  await page.fill(tid('password'), 'Lantern-Meadow-Quartz-19');
  await page.click(tid('submit'));
  await page.locator('[data-testid^="mfa-method-"]').first().click({ timeout: 30000 });
  await page.waitForSelector(tid('mfa-code'), { timeout: 30000 });
  await axe(page, 'step-up');
  await page.fill(tid('mfa-code'), lastCode('ivy.home@example.org'));
  await page.click(tid('mfa-submit'));
  await page.click(tid('add-method'), { timeout: 30000 });
  await page.click(tid('add-security-key'));
  await page.fill(tid('key-name'), 'Blue key');
  await axe(page, 'security key name');
  await page.click(tid('key-register'));
  const result = page.locator(tid('key-result'));
  await result.waitFor({ timeout: 30000 });
  assert.match(await result.textContent(), /Blue key/);
  await shot(page, '10-security-key-added');
  await axe(page, 'security key added');
  await page.click(tid('key-done'));
  await page.waitForSelector(`${tid('methods')} li[data-kind="security_key"]`, { timeout: 30000 });
  await page.click(tid('sign-out'));

  await page.click(tid('flow-reset'), { timeout: 30000 });
  await page.fill(tid('reset-username'), 'ivy');
  await page.click(tid('reset-next'));
  await pickMethod(page, 'security_key');
  await page.waitForSelector(tid('new-password'), { timeout: 30000 });
  await page.fill(tid('new-password'), 'Granite-Falcon-Willow-73');
  await page.fill(tid('confirm-password'), 'Granite-Falcon-Willow-73');
  await allRulesPass(page);
  await page.click(tid('reset-submit'));
  await page.waitForSelector(tid('reset-done'), { timeout: 30000 });
  await shot(page, '11-reset-with-key-done');
  await close();
  assert.equal((await api('/sessions', { username: 'ivy', password: 'Granite-Falcon-Willow-73' })).status, 200);
});

test('on a 360 px phone and at 200% zoom everything fits and works by keyboard', async () => {
  const { page, close } = await open({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.goto(portal());
  await page.waitForSelector(tid('flow-reset'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px too wide)`);
  await shot(page, '12-phone-start');
  await axe(page, 'start (phone)');
  await page.click(tid('flow-reset'));
  await page.waitForSelector(tid('reset-username'));
  await shot(page, '13-phone-reset');
  await axe(page, 'reset start (phone)');
  // A right-to-left language on the phone: the server sets the direction before first paint.
  await page.goto(portal('?lang=ar'));
  await page.waitForSelector(tid('flow-reset'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const rtlOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(rtlOverflow <= 0, `no sideways scrolling at 360 px in Arabic (${rtlOverflow} px too wide)`);
  await shot(page, '12-phone-start-ar');
  await axe(page, 'start (phone, ar)');
  await close();

  // 200% zoom of a 1280 px window is a 640 px layout viewport.
  const zoom = await open({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  await zoom.page.goto(portal());
  await zoom.page.waitForSelector(tid('flow-reset'));
  const wide = await zoom.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 0, `no sideways scrolling at 200% zoom (${wide} px)`);
  // Keyboard only: Tab reaches the first flow with a visible focus ring, Enter opens it.
  let focused = '';
  for (let i = 0; i < 10 && focused !== 'flow-reset'; i++) {
    await zoom.page.keyboard.press('Tab');
    focused = await zoom.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }
  assert.equal(focused, 'flow-reset');
  const ring = await zoom.page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });
  assert.ok(ring, 'the focus is visible');
  await zoom.page.keyboard.press('Enter');
  await zoom.page.waitForSelector(tid('reset-username'));
  assert.equal(await zoom.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'reset-username');
  await shot(zoom.page, '14-zoom-200-reset');
  await zoom.close();
});
