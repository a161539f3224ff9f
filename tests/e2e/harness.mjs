// Shared pieces of the E2E files that start their own processes: free ports, waiting for a
// server to answer, and the app in a WebDriver session.
import { createServer, connect } from 'node:net';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.mjs';
import { assertAccessible } from './a11y.mjs';

export { sleep };

export function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

export async function waitHttp(url, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

/** Waits until something accepts TCP connections on this loopback port. */
export async function waitTcp(port, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const up = await new Promise((resolve) => {
      const sock = connect(port, '127.0.0.1', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (up) return;
    await sleep(100);
  }
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

/** Kills a whole process group (tauri-driver with WebKitWebDriver and the app); quiet if gone. */
export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts tauri-driver in its own process group with the app's environment and opens a WebDriver
 * session on the app binary. `pids` collects the group so a test's `after` can kill leftovers.
 */
export async function launchApp(app, env, pids) {
  const driverPort = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(driverPort), '--native-port', String(nativePort)], {
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  pids.push(driver.pid);
  await waitHttp(`http://127.0.0.1:${driverPort}/status`);
  const session = await Session.start(`http://127.0.0.1:${driverPort}`, app);
  return {
    session,
    async close() {
      await session.end();
      const exited = new Promise((r) => driver.once('exit', r));
      killGroup(driver.pid, 'SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      killGroup(driver.pid, 'SIGKILL');
    },
  };
}

/** POSTs JSON to `base + path` (a tenant's API), with a bearer token when given: status and body. */
export async function postJson(base, path, body, token) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body ?? {}),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/** Per outbox and address: the line of the code `outboxCode` returned last. */
const returnedCodes = new Map();

/**
 * The newest code the outbox in `dataDir` holds for `to` that no earlier call returned. Reset
 * codes are sent by the server's delivery worker in the background, so an older code (say, the
 * one that verified the address) must not pass for the new one: this waits up to 10 s for it.
 */
export function outboxCode(dataDir, to) {
  const key = `${dataDir}\n${to}`;
  const seen = returnedCodes.get(key) ?? -1;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 200; i++) {
    let lines = [];
    try {
      lines = readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch {
      // not written yet
    }
    for (let line = lines.length - 1; line > seen; line--) {
      if (lines[line].to === to && lines[line].code) {
        returnedCodes.set(key, line);
        return lines[line].code;
      }
    }
    Atomics.wait(pause, 0, 0, 50);
  }
  throw new Error(`no new code was sent to ${to}`);
}

// ---- a tenant server and the app with a machine policy, for the files that need their own ----

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, 'screenshots');
export const PRIMARY = '#7a1fa2';

/**
 * A real latchkey-server on SQLite in a fresh directory, with the tenant `contoso` (branding,
 * outbox delivery). `name` tells the directories of parallel test files apart. With
 * `tls: { cert, key }` (PEM files) it serves HTTPS itself; `api` and `userWithEmail` then need
 * a client that trusts that certificate, so only plain servers offer them.
 */
export async function startServer(bin, name, { tls } = {}) {
  const work = mkdtempSync(join(tmpdir(), `latchkey-e2e-${name}-`));
  const dataDir = join(work, 'data');
  const port = await freePort();
  writeFileSync(
    join(work, 'server.toml'),
    `${tls ? `tls_cert_file = "${tls.cert}"\ntls_key_file = "${tls.key}"\n` : ''}[[tenant]]
slug = "contoso"
name = "Contoso Pharma"
[tenant.branding]
primary_color = "${PRIMARY}"
background_color = "#fbf7ff"
text_color = "#1b1b1b"
helpdesk_email = "help@contoso.com"
helpdesk_phone = "+1 425 555 0100"
helpdesk_url = "https://help.contoso.com/"
[tenant.policy]
sspr_enabled = "all"
captcha_difficulty = 8
[tenant.delivery.email]
kind = "outbox"
[tenant.delivery.sms]
kind = "outbox"
`,
  );
  const admin = (...args) => execFileSync(bin, ['--data-dir', dataDir, 'admin', ...args], { encoding: 'utf8' });
  const child = spawn(bin, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  await (tls ? waitTcp(port) : waitHttp(`${url}/healthz`));
  const api = async (path, body, token) => {
    const res = await fetch(`${url}/api/v1/tenants/contoso${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body ?? {}),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  };
  const lastCode = (to) => outboxCode(dataDir, to);
  return {
    url,
    port,
    dataDir,
    admin,
    api,
    lastCode,
    /** A user who registered a verified email address (through the API, as a person would). */
    async userWithEmail(username, password, email) {
      admin('user', 'add', '--tenant', 'contoso', '--username', username, '--password', password, '--display-name', username, '--email', `${username}@contoso.com`);
      const token = (await api('/sessions', { username, password })).json.token;
      const started = await api('/me/methods/email', { address: email }, token);
      if (started.status !== 200) throw new Error(JSON.stringify(started.json));
      const ok = await api(`/me/methods/email/${started.json.id}/verify`, { code: lastCode(email) }, token);
      if (ok.status !== 200) throw new Error(JSON.stringify(ok.json));
    },
    /** Holds the server still (SIGSTOP): requests wait, unanswered, until `resume`. */
    pause() {
      child.kill('SIGSTOP');
    },
    resume() {
      child.kill('SIGCONT');
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      child.kill('SIGKILL');
    },
  };
}

const openGroups = [];
process.on('exit', () => {
  for (const pid of openGroups) killGroup(pid, 'SIGKILL');
});

/**
 * Opens `app` with this machine policy text (LATCHKEY_POLICY_FILE) and extra environment; the
 * result's `env` is the app's environment (to start it a second time).
 */
export function openApp(app, policy, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-e2e-policy-'));
  writeFileSync(join(dir, 'policy.toml'), policy);
  const appEnv = { LATCHKEY_POLICY_FILE: join(dir, 'policy.toml'), LATCHKEY_CACHE_DIR: join(dir, 'cache'), ...env };
  return launchApp(app, appEnv, openGroups).then((opened) => ({ ...opened, env: appEnv }));
}

/**
 * Waits until the X screen itself (what a person sees, read with ImageMagick's `import`, not the
 * DOM) shows the colour `hex` (#rrggbb) on some pixel. True when it did within `timeoutMs`.
 */
export async function waitForScreenColour(hex, timeoutMs = 20000) {
  const needle = Buffer.from([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const end = Date.now() + timeoutMs;
  for (;;) {
    const screen = execFileSync('import', ['-window', 'root', '-depth', '8', 'rgb:-'], { maxBuffer: 64 << 20 });
    // Pixels are 3 bytes: only a match on a pixel boundary counts.
    for (let at = screen.indexOf(needle); at >= 0; at = screen.indexOf(needle, at + 1)) if (at % 3 === 0) return true;
    if (Date.now() > end) return false;
    await sleep(200);
  }
}

/** A screenshot of the screen now showing, which must also pass axe-core's WCAG A/AA rules. */
export async function shot(session, name) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.png`), await session.screenshot());
  await assertAccessible(session, name);
}

/** Starts the reset or unlock wizard for `username`. */
export async function startWizard(s, flow, username) {
  await (await s.find(`[data-testid="flow-${flow}"]`)).click();
  await (await s.find('[data-testid="reset-username"]')).type(username);
  await (await s.find('[data-testid="reset-next"]')).click();
}

/** Picks the first offered method of this kind in the wizard. */
export async function pickMethod(s, kind) {
  await s.waitFor(async () => {
    const n = await s.exec(`return [...document.querySelectorAll('[data-testid^="reset-method-"]')].filter(b => !b.hidden && b.offsetParent !== null).length`);
    return n > 0;
  }, 'methods to choose from', 30000);
  const clicked = await s.exec(`
    const want = ${JSON.stringify(kind)};
    const b = [...document.querySelectorAll('[data-testid^="reset-method-"]')].find(b => b.offsetParent !== null && (b.dataset.kind === want || b.textContent.toLowerCase().includes(want)));
    if (b) { b.click(); return true } return false;`);
  if (!clicked) throw new Error(`no ${kind} method to pick`);
}
