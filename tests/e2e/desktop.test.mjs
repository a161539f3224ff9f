// The desktop app as IT deploys it: machine policy from /etc fragments (the env file ignored
// then), settings shown as managed, a bad policy explained, "Check connection" and
// `latchkey --diagnose`, the log file without secrets, and "stay signed in" in the OS keyring
// (when a D-Bus session with gnome-keyring is there: `./dev test` provides one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, openApp, shot, startServer } from './harness.mjs';

const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

let server;
const USER = 'noor';
const PW = 'Velvet-Anchor-Prairie-38';

before(async () => {
  server = await startServer(SERVER, 'desktop');
  server.admin('user', 'add', '--tenant', 'contoso', '--username', USER, '--password', PW, '--display-name', 'Noor Aziz', '--email', 'noor@contoso.com');
});
after(async () => {
  await server?.stop();
});

const policy = (extra = '') => `tenant_url = "${server.url}"\ntenant = "contoso"\n${extra}`;

function diagnose(policyText, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-diag-'));
  writeFileSync(join(dir, 'policy.toml'), policyText);
  const r = spawnSync(APP, ['--diagnose'], {
    env: { ...process.env, LATCHKEY_POLICY_FILE: join(dir, 'policy.toml'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

test('latchkey --diagnose reports every check with a code and an exit status for scripts', async () => {
  const ok = diagnose(policy());
  assert.equal(ok.code, 2, `plain http is a warning:\n${ok.out}`);
  for (const code of ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_none', 'diag.tcp_ok', 'diag.tls_not_used', 'diag.clock_ok', 'diag.api_ok']) {
    assert.match(ok.out, new RegExp(`\\[${code.replace('.', '\\.')}\\]`), `${code} in\n${ok.out}`);
  }
  assert.match(ok.out, /Latchkey server \d+\.\d+\.\d+ answers for contoso/);

  const closed = await freePort();
  const down = diagnose(`tenant_url = "http://127.0.0.1:${closed}"\ntenant = "contoso"\n`);
  assert.equal(down.code, 1, down.out);
  assert.match(down.out, /\[diag\.tcp_refused\]/);

  const unknown = diagnose(`tenant_url = "${server.url}"\ntenant = "fabrikam"\n`);
  assert.equal(unknown.code, 1, unknown.out);
  assert.match(unknown.out, /\[diag\.tenant_unknown\]/);

  const bad = diagnose(policy('kiosk = "yes"\n'));
  assert.equal(bad.code, 1, bad.out);
  assert.match(bad.out, /\[diag\.policy_invalid\]/);
  assert.match(bad.out, /kiosk/);

  const german = diagnose(policy('locale = "de"\n'));
  assert.match(german.out, /Verbindung/);
});

test('policy from /etc/latchkey fragments wins over the env file; managed settings show a lock', async () => {
  const root = mkdtempSync(join(tmpdir(), 'latchkey-root-'));
  mkdirSync(join(root, 'etc/latchkey/policy.d'), { recursive: true });
  writeFileSync(join(root, 'etc/latchkey/policy.toml'), `tenant_url = "${server.url}"\ntenant = "nobody"\n`);
  writeFileSync(join(root, 'etc/latchkey/policy.d/10-tenant.toml'), 'tenant = "contoso"\n');
  writeFileSync(join(root, 'etc/latchkey/policy.d/20-language.toml'), 'locale = "de"\nallowed_locales = ["de"]\n');
  // The user's own file names another tenant: ignored, because the machine has a policy.
  const app = await openApp(APP, `tenant_url = "http://127.0.0.1:1"\ntenant = "mine"\n`, { LATCHKEY_POLICY_ROOT: root });
  try {
    const s = app.session;
    assert.equal(await (await s.find('[data-testid="tenant-name"]', 20000)).text(), 'Contoso Pharma');
    assert.equal(await s.exec('return document.documentElement.lang'), 'de');
    assert.equal(await s.exists('[data-testid="locale-picker"]'), false, 'one allowed language: no picker');
    assert.match(await (await s.find('[data-testid="managed"]')).text(), /Von Ihrer Organisation festgelegt/);
    await shot(s, '50-managed-language');
  } finally {
    await app.close();
  }
});

test('a bad policy fragment opens a screen naming the file, the key and the problem', async () => {
  const root = mkdtempSync(join(tmpdir(), 'latchkey-root-'));
  mkdirSync(join(root, 'etc/latchkey/policy.d'), { recursive: true });
  writeFileSync(join(root, 'etc/latchkey/policy.toml'), policy());
  writeFileSync(join(root, 'etc/latchkey/policy.d/50-kiosk.toml'), 'idle_timeout_secs = "soon"\n');
  const app = await openApp(APP, '', { LATCHKEY_POLICY_ROOT: root });
  try {
    const s = app.session;
    const message = await (await s.find('[data-testid="error-message"]', 20000)).text();
    assert.match(message, /50-kiosk\.toml/);
    assert.match(message, /idle_timeout_secs/);
    assert.match(message, /invalid type|expected/);
    assert.equal(await s.exec('return document.querySelector(\'[data-testid="error"]\').dataset.code'), 'config.policy_invalid');
    await shot(s, '51-bad-policy');
  } finally {
    await app.close();
  }
});

test('Check connection lists the checks; the debug log holds no secret', async () => {
  const state = mkdtempSync(join(tmpdir(), 'latchkey-state-'));
  const app = await openApp(APP, policy('log_level = "debug"\nflows = ["reset", "change", "security_info"]\n'), { XDG_STATE_HOME: state });
  try {
    const s = app.session;
    await (await s.find('[data-testid="check-connection"]', 20000)).click();
    await s.waitFor(async () => (await s.exec('return document.querySelectorAll(".diag-item").length')) === 7, 'seven checks', 30000);
    assert.equal(await s.exec('return document.querySelector(\'[data-testid="diag-api"]\').dataset.status'), 'ok');
    assert.equal(await s.exec('return document.querySelector(\'[data-testid="diag-tls"]\').dataset.code'), 'diag.tls_not_used');
    await shot(s, '52-check-connection');
    await (await s.find('[data-testid="back"]')).click();
    // A sign-in with a wrong, then the right password: neither may reach the log.
    await (await s.find('[data-testid="flow-security-info"]')).click();
    await (await s.find('[data-testid="username"]')).type(USER);
    await (await s.find('[data-testid="password"]')).type('Wrong-Password-Guess-11');
    await (await s.find('[data-testid="submit"]')).click();
    await s.find('[data-testid="error"]', 20000);
    await (await s.find('[data-testid="password"]')).type(PW);
    await (await s.find('[data-testid="submit"]')).click();
    await s.waitFor(async () => !(await s.exists('[data-testid="password"]')), 'signed in', 20000);
  } finally {
    await app.close();
  }
  const log = join(state, 'latchkey/logs/latchkey.log');
  assert.ok(existsSync(log), `log at ${log}: ${readdirSync(state, { recursive: true })}`);
  const text = readFileSync(log, 'utf8');
  assert.match(text, /DEBUG 200 \/api\/v1\/tenants\/contoso\/branding/);
  assert.match(text, /auth\.invalid_credentials/);
  for (const secret of [PW, 'Wrong-Password-Guess-11', 'Bearer', 'token']) assert.ok(!text.includes(secret), `${secret} in the log`);
});

const keyring = process.env.DBUS_SESSION_BUS_ADDRESS && process.env.LATCHKEY_E2E_KEYRING === '1' ? false : 'needs a D-Bus session with gnome-keyring (./dev test)';

test('stay signed in keeps the session in the OS keyring until sign-out', { skip: keyring }, async () => {
  const p = policy('flows = ["security_info"]\n');
  let app = await openApp(APP, p);
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]', 20000)).click();
    await (await s.find('[data-testid="username"]')).type(USER);
    await (await s.find('[data-testid="password"]')).type(PW);
    await (await s.find('[data-testid="stay-signed-in"]')).click();
    await (await s.find('[data-testid="submit"]')).click();
    await s.waitFor(async () => !(await s.exists('[data-testid="password"]')), 'signed in', 20000);
    assert.equal(await s.exists('[data-testid="security-info-notice"]'), false, 'the keyring kept it');
  } finally {
    await app.close();
  }
  // A new start: security info opens without signing in.
  app = await openApp(APP, p);
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]', 20000)).click();
    await s.waitFor(async () => (await s.exec('return location.hash + document.body.textContent')).length > 0 && !(await s.exists('[data-testid="username"]')), 'no sign-in', 10000);
    await shot(s, '53-resumed-session');
    await (await s.find('[data-testid="sign-out"]', 20000)).click();
  } finally {
    await app.close();
  }
  // Signed out: the keyring no longer holds it.
  app = await openApp(APP, p);
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]', 20000)).click();
    await s.find('[data-testid="username"]', 20000);
  } finally {
    await app.close();
  }
});

test('with no keyring to read, the app says so and signs in without it', async () => {
  // A session bus that is not there: the Secret Service cannot be reached.
  const app = await openApp(APP, policy('flows = ["security_info"]\n'), { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/latchkey-bus' });
  try {
    const s = app.session;
    await (await s.find('[data-testid="flow-security-info"]', 20000)).click();
    assert.match(await (await s.find('[data-testid="sign-in-notice"]', 20000)).text(), /keyring couldn't be read/);
    await shot(s, '54-keyring-unreadable');
    await (await s.find('[data-testid="username"]')).type(USER);
    await (await s.find('[data-testid="password"]')).type(PW);
    await (await s.find('[data-testid="submit"]')).click();
    // Signed in all the same: the keyring is not needed for that.
    await s.waitFor(async () => !(await s.exists('[data-testid="password"]')), 'signed in', 30000);
  } finally {
    await app.close();
  }
});
