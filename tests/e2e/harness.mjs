// Shared pieces of the E2E files that start their own processes: free ports, waiting for a
// server to answer, and the app in a WebDriver session.
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, sleep } from './webdriver.mjs';

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

/**
 * The newest code the outbox in `dataDir` holds for `to`. Reset codes are sent by the server's
 * delivery worker in the background, so this waits up to 10 s for one to be written.
 */
export function outboxCode(dataDir, to) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 200; i++) {
    let lines = [];
    try {
      lines = readFileSync(join(dataDir, 'outbox.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch {
      // not written yet
    }
    const hit = lines.reverse().find((m) => m.to === to && m.code);
    if (hit) return hit.code;
    Atomics.wait(pause, 0, 0, 50);
  }
  throw new Error(`no code was sent to ${to}`);
}
