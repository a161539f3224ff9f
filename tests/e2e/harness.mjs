// Shared pieces of the E2E files that need their own server: a real latchkey-server on SQLite
// with the Contoso Pharma tenant, tauri-driver sessions on the real window, the outbox.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { Session, sleep } from './webdriver.mjs';

export { sleep };
const here = dirname(fileURLToPath(import.meta.url));
export const SHOTS = join(here, 'screenshots');
export const PRIMARY = '#7a1fa2';

export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

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

/** A server with the Contoso Pharma tenant in a fresh data dir; `stop()` ends it. */
export async function startServer(serverBin, name) {
  const work = mkdtempSync(join(tmpdir(), `latchkey-${name}-`));
  const dataDir = join(work, 'data');
  const port = await freePort();
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
captcha_difficulty = 10
`,
  );
  execFileSync(serverBin, ['--data-dir', dataDir, 'migrate']);
  const child = spawn(serverBin, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  const api = async (path, body, token, method = 'POST') => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/tenants/contoso${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  };
  const lastCode = (to) => {
    const lines = readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const hit = lines.reverse().find((m) => m.to === to && m.code);
    assert.ok(hit, `a code was sent to ${to}`);
    return hit.code;
  };
  return {
    work,
    dataDir,
    port,
    url: `http://127.0.0.1:${port}`,
    api,
    lastCode,
    admin: (...args) => execFileSync(serverBin, ['--data-dir', dataDir, 'admin', ...args], { encoding: 'utf8' }),
    /** A user with a verified email, set up through the API. */
    async userWithEmail(username, password, email) {
      execFileSync(serverBin, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', username,
        '--password', password, '--display-name', username, '--email', `${username}@contoso.com`]);
      const token = (await api('/sessions', { username, password })).json.token;
      const started = await api('/me/methods/email', { address: email }, token);
      assert.equal(started.status, 200, JSON.stringify(started.json));
      const ok = await api(`/me/methods/email/${started.json.id}/verify`, { code: lastCode(email) }, token);
      assert.equal(ok.status, 200);
      await api('/sessions/current', {}, token, 'DELETE');
    },
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(3000)]);
      child.kill('SIGKILL');
    },
  };
}

/** tauri-driver with the app's environment, and a WebDriver session on the app's window. */
export async function openApp(app, policyText, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-policy-'));
  const policyFile = join(dir, 'policy.toml');
  writeFileSync(policyFile, policyText);
  const driverPort = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(driverPort), '--native-port', String(nativePort)], {
    env: { ...process.env, LATCHKEY_POLICY_FILE: policyFile, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitHttp(`http://127.0.0.1:${driverPort}/status`);
    const session = await Session.start(`http://127.0.0.1:${driverPort}`, app);
    return {
      session,
      async close() {
        await session.end().catch(() => undefined);
        const exited = new Promise((r) => driver.once('exit', r));
        killGroup(driver.pid, 'SIGTERM');
        await Promise.race([exited, sleep(3000)]);
        killGroup(driver.pid, 'SIGKILL');
      },
    };
  } catch (e) {
    killGroup(driver.pid, 'SIGKILL');
    throw e;
  }
}

export async function shot(session, name) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.png`), await session.screenshot());
}

export async function pickMethod(s, kind) {
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

export async function startWizard(s, flow, username) {
  await (await s.find(`[data-testid="flow-${flow}"]`)).click();
  await (await s.find('[data-testid="reset-username"]')).type(username);
  await (await s.find('[data-testid="reset-next"]')).click();
}
