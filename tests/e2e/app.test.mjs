// End-to-end: the real Latchkey window (WebKitGTK under Xvfb, driven through tauri-driver and
// WebKitWebDriver) against a real latchkey-server on SQLite. Run by `./dev test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHmac } from 'node:crypto';
import { sleep } from './webdriver.mjs';
import { freePort, killGroup, launchApp, outboxCode, postJson, waitHttp } from './harness.mjs';
import { assertAccessible } from './a11y.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, 'screenshots');
const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

const work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-'));
const dataDir = join(work, 'data');
const cacheDir = join(work, 'cache');
const PRIMARY = '#7a1fa2';
const USER = 'dana';
const OLD_PW = 'Velvet-Compass-Harbor-61';
const ERIN_PW = 'Saffron-Glacier-Pilot-35';
const NEW_PW = 'Marble-Thunder-Orchard-84';
let port;
let server;
const children = [];
const groups = [];

function startServer() {
  server = spawn(SERVER, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(server);
  return waitHttp(`http://127.0.0.1:${port}/healthz`);
}

async function stopServer() {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

/** Opens the app with this machine policy (and extra environment) in a WebDriver session. */
function openApp(policy, env = {}) {
  const policyFile = join(work, `policy-${Date.now()}.toml`);
  writeFileSync(policyFile, policy);
  return launchApp(APP, { LATCHKEY_POLICY_FILE: policyFile, LATCHKEY_CACHE_DIR: cacheDir, ...env }, groups);
}

/** A screenshot of the screen now showing, which must also pass axe-core's WCAG A/AA rules. */
async function shot(session, name) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.png`), await session.screenshot());
  await assertAccessible(session, name);
}

const policyFor = (extra = '') => `tenant_url = "http://127.0.0.1:${port}"\ntenant = "contoso"\n${extra}`;

before(async () => {
  port = await freePort();
  writeFileSync(
    join(work, 'server.toml'),
    `[[tenant]]
slug = "contoso"
name = "Contoso Pharma"
[tenant.branding]
primary_color = "${PRIMARY}"
background_color = "#fbf7ff"
text_color = "#1b1b1b"
sign_in_text = "Use your Contoso Pharma account."
helpdesk_email = "help@contoso.com"
helpdesk_phone = "+1 425 555 0100"
[tenant.policy]
sspr_enabled = "all"
captcha_difficulty = 12
lockout_threshold = 3
[tenant.delivery.email]
kind = "outbox"
[tenant.delivery.sms]
kind = "outbox"
`,
  );
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', USER,
    '--password', OLD_PW, '--display-name', 'Dana Hart', '--email', 'dana@contoso.com']);
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', 'erin',
    '--password', ERIN_PW, '--display-name', 'Erin Vogt', '--email', 'erin@contoso.com']);
  await startServer();
});

after(async () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  for (const c of children) c.kill('SIGKILL');
});

test('start screen shows the tenant name and colors', async () => {
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    const name = await s.find('[data-testid="tenant-name"]');
    assert.equal(await name.text(), 'Contoso Pharma');
    await s.find('[data-testid="flow-change"]');
    const primary = await s.exec("return getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()");
    assert.equal(primary.toLowerCase(), PRIMARY);
    const helpdesk = await s.find('[data-testid="helpdesk"]');
    assert.match(await helpdesk.text(), /help@contoso\.com/);
    for (const flow of ['reset', 'unlock', 'change', 'security-info']) {
      assert.ok(await s.exists(`[data-testid="flow-${flow}"]`), `${flow} is offered`);
    }
    await shot(s, '01-start');
  } finally {
    await app.close();
  }
});

test('a password change succeeds end to end with live policy feedback', async () => {
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-change"]')).click();
    await (await s.find('[data-testid="username"]')).type(USER);
    await (await s.find('[data-testid="current-password"]')).type(OLD_PW);
    const fresh = await s.find('[data-testid="new-password"]');
    await fresh.type('password1');
    // Read in the page in one go: the checklist re-renders as feedback arrives, so element
    // references can go stale between two WebDriver calls.
    await s.waitFor(async () => {
      const [length, breached] = await s.exec(
        "return ['rule-length', 'rule-not_breached'].map(id => document.querySelector(`[data-testid=\"${id}\"]`)?.dataset.ok)",
      );
      return length === 'true' && breached === 'false';
    }, 'the length rule to pass and the breached rule to fail');
    await shot(s, '02-change-weak');
    await s.exec("const e = document.querySelector('[data-testid=\"new-password\"]'); e.value=''; e.dispatchEvent(new Event('input', {bubbles:true}));");
    await fresh.type(NEW_PW);
    await (await s.find('[data-testid="confirm-password"]')).type(NEW_PW);
    await s.waitFor(async () => {
      const oks = await s.exec("return [...document.querySelectorAll('[data-testid^=\"rule-\"]')].map(e => e.dataset.ok)");
      return oks.length > 0 && oks.every((v) => v === 'true');
    }, 'every rule to pass');
    await shot(s, '03-change-strong');
    await (await s.find('[data-testid="submit"]')).click();
    await s.find('[data-testid="done"]', 30000);
    await shot(s, '04-change-done');
  } finally {
    await app.close();
  }
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/tenants/contoso/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USER, password: NEW_PW }),
  });
  assert.equal(res.status, 200, 'the new password works on the server');
});

test('a wrong current password shows the specific, localized error with the help desk (German)', async () => {
  const app = await openApp(policyFor('locale = "de"\n'));
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-change"]')).click();
    await (await s.find('[data-testid="username"]')).type(USER);
    await (await s.find('[data-testid="current-password"]')).type('Not-The-Right-One-1');
    await (await s.find('[data-testid="new-password"]')).type('Another-Solid-Phrase-77');
    await (await s.find('[data-testid="confirm-password"]')).type('Another-Solid-Phrase-77');
    await (await s.find('[data-testid="submit"]')).click();
    const err = await s.find('[data-testid="error"]', 30000);
    await s.waitFor(async () => (await err.text()).length > 0, 'the error text');
    const text = await err.text();
    assert.match(text, /Kennwort|Benutzer/, text);
    assert.match(text, /help@contoso\.com/);
    assert.doesNotMatch(text, /Something went wrong|Etwas ist schiefgelaufen/);
    await shot(s, '05-change-error-de');
  } finally {
    await app.close();
  }
});

test('offline start uses the cached branding and says so', async () => {
  await stopServer();
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    await s.find('[data-testid="offline-notice"]');
    assert.equal(await (await s.find('[data-testid="tenant-name"]')).text(), 'Contoso Pharma');
    await shot(s, '06-start-offline');
  } finally {
    await app.close();
    await startServer();
  }
});

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

test('an authenticator app is registered by QR, then required at the next sign-in', async () => {
  const app = await openApp(policyFor());
  let secret;
  let step;
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]')).click();
    await (await s.find('[data-testid="username"]')).type('erin');
    await (await s.find('[data-testid="password"]')).type(ERIN_PW);
    await (await s.find('[data-testid="submit"]')).click();
    // No method yet: asked to register before anything else.
    await (await s.find('[data-testid="interrupt-register"]', 30000)).click();
    await s.find('[data-testid="registration-banner"]', 30000);
    await shot(s, '07-security-info-empty');
    await (await s.find('[data-testid="add-method"]')).click();
    await (await s.find('[data-testid="add-totp"]')).click();
    await s.find('[data-testid="totp-qr"] svg', 30000);
    const shown = await (await s.find('[data-testid="totp-secret"]')).text();
    assert.match(shown, /^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/, `secret in groups of four: ${shown}`);
    await shot(s, '08-totp-qr');
    secret = base32(shown);
    step = Math.floor(Date.now() / 1000 / 30);
    await (await s.find('[data-testid="totp-code"]')).type(totp(secret, step));
    await (await s.find('[data-testid="totp-submit"]')).click();
    await s.waitFor(() => s.exists('[data-testid="methods"] li'), 'the new method in the list', 30000);
    await shot(s, '09-security-info-totp');
    await (await s.find('[data-testid="sign-out"]')).click();
    await s.find('[data-testid="flow-security-info"]');
  } finally {
    await app.close();
  }

  // The password alone is no longer enough: step-up with the next code.
  const again = await openApp(policyFor());
  try {
    const s = again.session;
    await (await s.find('[data-testid="flow-security-info"]')).click();
    await (await s.find('[data-testid="username"]')).type('erin');
    await (await s.find('[data-testid="password"]')).type(ERIN_PW);
    await (await s.find('[data-testid="submit"]')).click();
    await (await s.find('[data-testid^="mfa-method-"]', 30000)).click();
    await (await s.find('[data-testid="mfa-code"]')).type(totp(secret, step + 1));
    await shot(s, '10-step-up');
    await (await s.find('[data-testid="mfa-submit"]')).click();
    await s.waitFor(() => s.exists('[data-testid="methods"] li'), 'the security info after step-up', 30000);
  } finally {
    await again.close();
  }
});

// ---- reset and unlock ----

const API = () => `http://127.0.0.1:${port}/api/v1/tenants/contoso`;

const api = (path, body, token) => postJson(API(), path, body, token);

const lastCode = (to) => outboxCode(dataDir, to);

/** A user with a verified email (and optionally an authenticator app), set up through the API. */
async function userWithMethods(username, password, email, withTotp = false) {
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', username,
    '--password', password, '--display-name', username, '--email', `${username}@contoso.com`]);
  const token = (await api('/sessions', { username, password })).json.token;
  const started = await api('/me/methods/email', { address: email }, token);
  assert.equal(started.status, 200, JSON.stringify(started.json));
  const ok = await api(`/me/methods/email/${started.json.id}/verify`, { code: lastCode(email) }, token);
  assert.equal(ok.status, 200);
  let secret = null;
  if (withTotp) {
    const t = await api('/me/methods/totp', {}, token);
    secret = base32(t.json.secret);
    const step = Math.floor(Date.now() / 1000 / 30);
    assert.equal((await api(`/me/methods/totp/${t.json.id}/verify`, { code: totp(secret, step) }, token)).status, 200);
  }
  return { secret };
}

async function pickMethod(s, kind) {
  await s.waitFor(async () => {
    const n = await s.exec(`return [...document.querySelectorAll('[data-testid^="reset-method-"]')].filter(b => !b.hidden && b.offsetParent !== null).length`);
    return n > 0;
  }, 'methods to choose from', 30000);
  const clicked = await s.exec(`
    const want = ${JSON.stringify(kind)};
    const b = [...document.querySelectorAll('[data-testid^="reset-method-"]')].find(b => b.offsetParent !== null && (b.dataset.kind === want || b.textContent.toLowerCase().includes(want)));
    if (b) { b.click(); return true } return false;`);
  assert.ok(clicked, `a ${kind} method to pick`);
}

async function startWizard(s, flow, username) {
  await (await s.find(`[data-testid="flow-${flow}"]`)).click();
  await (await s.find('[data-testid="reset-username"]')).type(username);
  await (await s.find('[data-testid="reset-next"]')).click();
}

test('a forgotten password is reset with an email code read from the outbox', async () => {
  await userWithMethods('fay', 'Tundra-Ribbon-Falcon-27', 'fay.home@example.org');
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    await startWizard(s, 'reset', 'fay');
    await shot(s, '11-reset-captcha');
    await pickMethod(s, 'email');
    const code = await s.find('[data-testid="reset-code"]', 30000);
    await shot(s, '12-reset-email-code');
    await code.type(lastCode('fay.home@example.org'));
    await (await s.find('[data-testid="reset-verify"]')).click();
    await (await s.find('[data-testid="new-password"]', 30000)).type('Orbit-Cascade-Willow-46');
    await (await s.find('[data-testid="confirm-password"]')).type('Orbit-Cascade-Willow-46');
    await s.waitFor(async () => {
      const oks = await s.exec("return [...document.querySelectorAll('[data-testid^=\"rule-\"]')].map(e => e.dataset.ok)");
      return oks.length > 0 && oks.every((v) => v === 'true');
    }, 'every rule to pass');
    await shot(s, '13-reset-new-password');
    await (await s.find('[data-testid="reset-submit"]')).click();
    const done = await s.find('[data-testid="reset-done"]', 30000);
    assert.doesNotMatch(await done.text(), /signed in/i);
    await shot(s, '14-reset-done');
  } finally {
    await app.close();
  }
  assert.equal((await api('/sessions', { username: 'fay', password: 'Orbit-Cascade-Willow-46' })).status, 200);
  const outbox = readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8');
  assert.match(outbox, /"to":"fay.home@example.org","subject":"Your Contoso Pharma password was reset"/);
});

test('a locked account is unlocked without changing the password', async () => {
  await userWithMethods('hal', 'Pepper-Anvil-Mosaic-83', 'hal.home@example.org');
  for (let i = 0; i < 3; i++) await api('/sessions', { username: 'hal', password: 'Wrong-Password-123' });
  assert.equal((await api('/sessions', { username: 'hal', password: 'Pepper-Anvil-Mosaic-83' })).json.error.code, 'auth.account_locked');
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    await startWizard(s, 'unlock', 'hal');
    await pickMethod(s, 'email');
    await (await s.find('[data-testid="reset-code"]', 30000)).type(lastCode('hal.home@example.org'));
    await (await s.find('[data-testid="reset-verify"]')).click();
    await (await s.find('[data-testid="unlock-submit"]', 30000)).click();
    await s.find('[data-testid="unlock-done"]', 30000);
    await shot(s, '15-unlock-done');
  } finally {
    await app.close();
  }
  assert.equal((await api('/sessions', { username: 'hal', password: 'Pepper-Anvil-Mosaic-83' })).status, 200);
});

test('under a two-method policy a reset takes the authenticator app and an email code', async () => {
  const { secret } = await userWithMethods('gus', 'Harvest-Lagoon-Cipher-39', 'gus.home@example.org', true);
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'policy', 'set', '--tenant', 'contoso', '--key', 'methods_required', '--value', '2']);
  await sleep(1200); // the server reads policy at most a second old
  const app = await openApp(policyFor());
  try {
    const s = app.session;
    await startWizard(s, 'reset', 'gus');
    await pickMethod(s, 'email');
    await (await s.find('[data-testid="reset-code"]', 30000)).type(lastCode('gus.home@example.org'));
    await (await s.find('[data-testid="reset-verify"]')).click();
    await s.find('[data-testid="reset-verified"]', 30000);
    await shot(s, '16-reset-second-method');
    await pickMethod(s, 'totp');
    const step = Math.floor(Date.now() / 1000 / 30) + 1;
    await (await s.find('[data-testid="reset-code"]', 30000)).type(totp(secret, step));
    await (await s.find('[data-testid="reset-verify"]')).click();
    await (await s.find('[data-testid="new-password"]', 30000)).type('Comet-Harbor-Thistle-52');
    await (await s.find('[data-testid="confirm-password"]')).type('Comet-Harbor-Thistle-52');
    await s.waitFor(async () => {
      const oks = await s.exec("return [...document.querySelectorAll('[data-testid^=\"rule-\"]')].map(e => e.dataset.ok)");
      return oks.length > 0 && oks.every((v) => v === 'true');
    }, 'every rule to pass');
    await (await s.find('[data-testid="reset-submit"]')).click();
    await s.find('[data-testid="reset-done"]', 30000);
  } finally {
    await app.close();
    execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'policy', 'set', '--tenant', 'contoso', '--key', 'methods_required', '--value', '1']);
  }
  assert.equal((await api('/sessions', { username: 'gus', password: 'Comet-Harbor-Thistle-52' })).status, 200);
});

// ---- security keys (the software token stands in for a USB key) ----

test('a security key is registered, then resets the password', async () => {
  await userWithMethods('ivy', 'Lantern-Meadow-Quartz-19', 'ivy.home@example.org');
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'policy', 'set', '--tenant', 'contoso', '--key', 'allowed_methods', '--value', 'totp,email,phone,security_key']);
  await sleep(1200);
  // WebAuthn needs a host name: the app talks to the server as localhost, which is also the
  // server's default public URL (the RP ID and origin).
  const keyPolicy = `tenant_url = "http://localhost:${port}"\ntenant = "contoso"\n`;
  const env = { LATCHKEY_SOFT_AUTHENTICATOR: join(work, 'soft-key.cbor') };
  const app = await openApp(keyPolicy, env);
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]')).click();
    await (await s.find('[data-testid="username"]')).type('ivy');
    await (await s.find('[data-testid="password"]')).type('Lantern-Meadow-Quartz-19');
    await (await s.find('[data-testid="submit"]')).click();
    await (await s.find('[data-testid^="mfa-method-"]', 30000)).click();
    await (await s.find('[data-testid="mfa-code"]', 30000)).type(lastCode('ivy.home@example.org'));
    await (await s.find('[data-testid="mfa-submit"]')).click();
    await (await s.find('[data-testid="add-method"]', 30000)).click();
    await (await s.find('[data-testid="add-security-key"]', 30000)).click();
    await (await s.find('[data-testid="key-name"]')).type('Blue key');
    await shot(s, '17-security-key-name');
    await (await s.find('[data-testid="key-register"]')).click();
    const result = await s.find('[data-testid="key-result"]', 30000);
    assert.match(await result.text(), /Blue key/);
    await shot(s, '18-security-key-added');
    await (await s.find('[data-testid="key-done"]')).click();
    await s.waitFor(() => s.exists('[data-testid="methods"] li[data-kind="security_key"]'), 'the key in the list', 30000);
    await shot(s, '19-security-info-key');
  } finally {
    await app.close();
  }

  const again = await openApp(keyPolicy, env);
  try {
    const s = again.session;
    await startWizard(s, 'reset', 'ivy');
    await pickMethod(s, 'security_key');
    await (await s.find('[data-testid="new-password"]', 30000)).type('Granite-Falcon-Willow-73');
    await (await s.find('[data-testid="confirm-password"]')).type('Granite-Falcon-Willow-73');
    await s.waitFor(async () => {
      const oks = await s.exec("return [...document.querySelectorAll('[data-testid^=\"rule-\"]')].map(e => e.dataset.ok)");
      return oks.length > 0 && oks.every((v) => v === 'true');
    }, 'every rule to pass');
    await (await s.find('[data-testid="reset-submit"]')).click();
    await s.find('[data-testid="reset-done"]', 30000);
    await shot(s, '20-reset-with-key-done');
  } finally {
    await again.close();
  }
  assert.equal((await api('/sessions', { username: 'ivy', password: 'Granite-Falcon-Willow-73' })).status, 200);
});

// ---- kiosk ----

test('a kiosk visit left alone is wiped back to the start screen', async () => {
  const app = await openApp(policyFor('kiosk = true\nidle_timeout_secs = 12\n'));
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-reset"]')).click();
    await (await s.find('[data-testid="reset-username"]')).type('somebody@contoso.com');
    await s.find('[data-testid="idle-warning"]', 20000);
    await shot(s, '21-kiosk-idle-warning');
    await s.waitFor(() => s.exists('[data-testid="flow-reset"]'), 'the start screen after the idle timeout', 20000);
    assert.equal(await s.exists('[data-testid="idle-warning"]'), false);
    // The page shows the start at once; the Rust side's wipe then reloads it in the policy's
    // language (`kiosk-wiped`): let that second render land before pressing a button.
    await sleep(1500);
    await (await s.find('[data-testid="flow-reset"]')).click();
    const value = await s.exec('return document.querySelector(\'[data-testid="reset-username"]\').value');
    assert.equal(value, '', 'nothing of the last visit is left');
  } finally {
    await app.close();
  }
});
