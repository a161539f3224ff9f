// End-to-end: the registration interrupt in the real Latchkey window (WebKitGTK under Xvfb,
// through tauri-driver) against a real latchkey-server on SQLite. A user the reset applies to who
// has no method is asked to register right after sign-in, may skip as often as the tenant allows
// (counted by the server), and then must register; a user whose methods were confirmed too long
// ago is asked, after step-up, whether they are still current. Run by `./dev test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './webdriver.mjs';
import { freePort, killGroup, launchApp, waitHttp } from './harness.mjs';
import { assertAccessible } from './a11y.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, 'screenshots');
const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

const work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-registration-'));
const dataDir = join(work, 'data');
const NORA_PW = 'Juniper-Falcon-Ledger-28';
const OTTO_PW = 'Cobalt-Harvest-Signal-57';
let port;
let server;
const groups = [];

function openApp(locale = 'en-US') {
  const policyFile = join(work, `policy-${locale}-${Date.now()}.toml`);
  writeFileSync(policyFile, `tenant_url = "http://127.0.0.1:${port}"\ntenant = "contoso"\nlocale = "${locale}"\n`);
  return launchApp(APP, { LATCHKEY_POLICY_FILE: policyFile, LATCHKEY_CACHE_DIR: join(work, `cache-${locale}`) }, groups);
}

/** A screenshot of the screen now showing, which must also pass axe-core's WCAG A/AA rules. */
async function shot(s, name) {
  await sleep(300); // let focus moves and live regions settle
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
  await assertAccessible(s, name);
}

async function signIn(s, username, password) {
  await (await s.find('[data-testid="flow-security-info"]')).click();
  await (await s.find('[data-testid="username"]')).type(username);
  await (await s.find('[data-testid="password"]')).type(password);
  await (await s.find('[data-testid="submit"]')).click();
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

function lastCode(to) {
  const lines = readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const hit = lines.reverse().find((m) => m.to === to && m.code);
  assert.ok(hit, `a code was sent to ${to}`);
  return hit.code;
}

before(async () => {
  port = await freePort();
  writeFileSync(
    join(work, 'server.toml'),
    `[[tenant]]
slug = "contoso"
name = "Contoso Pharma"
[tenant.branding]
primary_color = "#7a1fa2"
background_color = "#fbf7ff"
text_color = "#1b1b1b"
helpdesk_email = "help@contoso.com"
[tenant.policy]
sspr_enabled = "all"
captcha_difficulty = 8
registration_skips_allowed = 1
reconfirm_days = 30
[tenant.delivery.email]
kind = "outbox"
[tenant.delivery.sms]
kind = "outbox"
`,
  );
  for (const [username, password] of [['nora', NORA_PW], ['otto', OTTO_PW], ['greta', NORA_PW]]) {
    execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', username,
      '--password', password, '--display-name', username, '--email', `${username}@contoso.com`]);
  }
  server = spawn(SERVER, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
});

after(async () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  server?.kill('SIGKILL');
});

test('no method yet: asked to register after sign-in, one skip, then no way around it', async () => {
  const app = await openApp();
  try {
    const s = app.session;
    await signIn(s, 'nora', NORA_PW);
    const card = await s.find('[data-testid="registration-interrupt"]', 30000);
    assert.equal(await card.attr('data-reason'), 'register');
    assert.equal(await (await s.find('[data-testid="registration-interrupt"] h1')).text(),
      'Your organization needs more information to keep your account secure');
    assert.equal(await (await s.find('[data-testid="interrupt-count"]')).text(), 'Methods required: 1 · registered so far: 0');
    assert.equal(await (await s.find('[data-testid="interrupt-skip"]')).text(), 'Skip for now (1 left)');
    await shot(s, '20-registration-interrupt');
    await (await s.find('[data-testid="interrupt-skip"]')).click();
    const notice = await s.find('[data-testid="security-info-notice"]', 30000);
    assert.match(await notice.text(), /Skipped for now\. .*\(skips left: 0\)/);
    await s.find('[data-testid="registration-banner"]', 30000);
    await shot(s, '21-skipped-security-info');
    await (await s.find('[data-testid="sign-out"]')).click();

    // The next sign-in asks again, and the only skip is used.
    await signIn(s, 'nora', NORA_PW);
    await s.find('[data-testid="interrupt-no-skips"]', 30000);
    assert.equal(await s.exists('[data-testid="interrupt-skip"]'), false, 'no skip left');
    await shot(s, '22-registration-interrupt-no-skips');
    await (await s.find('[data-testid="interrupt-register"]')).click();
    await s.find('[data-testid="add-method"]', 30000);
  } finally {
    await app.close();
  }
  // The server counted it, not the window: the API refuses a second skip from a fresh session.
  const token = (await api('/sessions', { username: 'nora', password: NORA_PW })).json.token;
  const refused = await api('/me/registration/skip', {}, token);
  assert.equal(refused.status, 403);
  assert.equal(refused.json.error.code, 'registration.skips_used_up');
});

test('in German: the interrupt and its skip', async () => {
  const app = await openApp('de');
  try {
    const s = app.session;
    await signIn(s, 'greta', NORA_PW);
    await s.find('[data-testid="registration-interrupt"]', 30000);
    assert.equal(await (await s.find('[data-testid="registration-interrupt"] h1')).text(),
      'Ihre Organisation benötigt weitere Angaben, um Ihr Konto zu schützen');
    assert.equal(await (await s.find('[data-testid="interrupt-skip"]')).text(), 'Vorerst überspringen (noch 1)');
    await shot(s, 'de-20-registration-interrupt');
  } finally {
    await app.close();
  }
});

test('methods confirmed too long ago: asked after step-up whether they are current', async () => {
  // Otto registers an email address, and his last confirmation is set 31 days back (the
  // tenant's interval is 30), as if he had registered then.
  const token = (await api('/sessions', { username: 'otto', password: OTTO_PW })).json.token;
  const started = await api('/me/methods/email', { address: 'otto.home@example.org' }, token);
  assert.equal(started.status, 200, JSON.stringify(started.json));
  assert.equal((await api(`/me/methods/email/${started.json.id}/verify`, { code: lastCode('otto.home@example.org') }, token)).status, 200);
  const past = Math.floor(Date.now() / 1000) - 31 * 86400;
  execFileSync('python3', ['-c', `import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE users SET methods_confirmed_at = ? WHERE username = 'otto'", (int(sys.argv[2]),))
db.commit()`, join(dataDir, 'latchkey.db'), String(past)]);

  const app = await openApp();
  try {
    const s = app.session;
    await signIn(s, 'otto', OTTO_PW);
    await (await s.find('[data-testid^="mfa-method-"]', 30000)).click();
    await (await s.find('[data-testid="mfa-code"]', 30000)).type(lastCode('otto.home@example.org'));
    await (await s.find('[data-testid="mfa-submit"]')).click();
    const card = await s.find('[data-testid="registration-interrupt"]', 30000);
    assert.equal(await card.attr('data-reason'), 'reconfirm');
    assert.equal(await (await s.find('[data-testid="registration-interrupt"] h1')).text(), 'Is your security info still current?');
    await s.waitFor(() => s.exists('[data-testid^="interrupt-method-"]'), 'the registered methods', 30000);
    assert.match(await (await s.find('[data-testid="interrupt-methods"]')).text(), /o\*\*\*@example\.org/);
    await shot(s, '23-reconfirm-interrupt');
    await (await s.find('[data-testid="interrupt-confirm"]')).click();
    const notice = await s.find('[data-testid="security-info-notice"]', 30000);
    assert.match(await notice.text(), /confirmed/);
    assert.equal(await s.exists('[data-testid="reconfirm-banner"]'), false);
  } finally {
    await app.close();
  }
  // Confirmed: the next sign-in asks nothing.
  const again = (await api('/sessions', { username: 'otto', password: OTTO_PW })).json;
  assert.equal(again.interrupt, undefined);
});
