// Kiosk mode end to end: the real window under Xvfb (no window manager) against a real server.
// A full reset, a cancelled reset and a visit left alone, then proof that nothing of the person
// remains: app data and cache dirs, webview storage, clipboard, the server-side reset, the
// language. Run by `./dev test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, pickMethod, shot, sleep, startServer, startWizard, waitForScreenColour } from './harness.mjs';

const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

let server;
let home;
let env;
const USER = 'kim';
const PW = 'Harbor-Lantern-Tulip-52';
const NEW_PW = 'Copper-Meadow-Signal-97';
const EMAIL = 'kim.home@example.org';

/** The app's and its webview's files (not e.g. Mesa's shader cache) under the XDG dirs. */
function appFiles() {
  return Object.values(env)
    .flatMap(filesUnder)
    .filter((f) => /latchkey|webkit/i.test(f.slice(home.length)));
}

/** Every file under `dir` (recursively). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** The X clipboard's text, or '' when it holds nothing. */
function clipboard() {
  try {
    return execFileSync('xclip', ['-o', '-selection', 'clipboard'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
  } catch {
    return '';
  }
}

/** The server's audit events of this kind for `username`. */
function audited(event, username = USER) {
  return JSON.parse(server.admin('audit', '--tenant', 'contoso', '--event', event, '--json')).filter((e) => e.username === username);
}

function cancels() {
  return audited('reset.cancel');
}

/**
 * Invokes `start` (a command and its arguments), then `release` half a second later while the
 * server is held still (SIGSTOP), so the start is surely on its way when the release comes; lets
 * the server go and returns what the start answered in the end: 'kept', or its error code.
 */
async function lateAnswer(s, [startCmd, startArgs], releaseCmd) {
  server.pause();
  try {
    await s.exec(`
      const i = window.__TAURI_INTERNALS__;
      window.__late = i.invoke('${startCmd}', ${JSON.stringify(startArgs)})
        .then(() => 'kept', (e) => (e && e.code) || String(e));
      return new Promise((r) => setTimeout(r, 500)).then(() => i.invoke('${releaseCmd}')).then(() => true);`);
  } finally {
    server.resume();
  }
  return s.exec('return window.__late');
}

const policy = (extra = '') =>
  `tenant_url = "${server.url}"\ntenant = "contoso"\nkiosk = true\nlocale = "de"\n${extra}`;

before(async () => {
  server = await startServer(SERVER, 'kiosk');
  await server.userWithEmail(USER, PW, EMAIL);
  // The person's home for the app: XDG data, cache and config dirs that must stay empty.
  home = mkdtempSync(join(tmpdir(), 'latchkey-kiosk-home-'));
  env = {
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_STATE_HOME: join(home, 'state'),
  };
});

after(async () => {
  await server?.stop();
});

test('a kiosk reset, then a cancelled one, leave nothing behind', async () => {
  const app = await openApp(APP, policy('idle_timeout_secs = 0\n'), env);
  const s = app.session;
  try {
    await s.waitFor(async () => (await s.exec('return document.documentElement.lang')) === 'de' && (await s.exists('[data-testid="flow-reset"]')),
      'the start screen in the policy language', 20000);
    // The whole screen, also without a window manager.
    const size = await s.exec('return [window.innerWidth, window.innerHeight]');
    assert.deepEqual(size, [1280, 800], 'the kiosk window covers the 1280x800 screen');
    assert.equal(await s.exec('return document.documentElement.lang'), 'de');
    assert.equal(await s.exists('[data-testid="flow-security-info"]'), false, 'no security info in a kiosk');
    assert.equal(await s.exec('return document.querySelectorAll("footer a").length'), 0, 'help desk as text, not links');
    // Of Tauri's own commands the page may only listen for events: not leave full screen, not
    // even read the app's version (granted by Tauri's `core:default`, which the app does not take).
    const core = (cmd, args) => s.exec(`return window.__TAURI_INTERNALS__.invoke('${cmd}', ${JSON.stringify(args)}).then(() => 'allowed', (e) => String(e))`);
    assert.match(await core('plugin:window|set_fullscreen', { label: 'main', value: false }), /not allowed/);
    assert.match(await core('plugin:app|version', {}), /not allowed/);
    assert.deepEqual(await s.exec('return [window.innerWidth, window.innerHeight]'), [1280, 800], 'still full screen');
    // On the X screen itself, not only in the DOM (the webview paints a moment after the DOM is
    // ready; a screenshot taken at once showed an empty window).
    const primary = await s.exec("return getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()");
    assert.ok(await waitForScreenColour(primary), `the tenant colour ${primary} on the X screen`);
    await shot(s, '30-kiosk-start');

    // One kiosk per display: a second start steps aside at once, the first stays.
    const second = spawnSync(APP, [], { env: { ...process.env, ...app.env }, timeout: 30000 });
    assert.equal(second.status, 0, `a second kiosk leaves at once (${second.signal ?? ''})`);
    assert.ok(await s.exists('[data-testid="flow-reset"]'), 'the first kiosk is still there');

    // The person switches to English and leaves a trace in web storage.
    await s.exec(`const p = document.querySelector('[data-testid="locale-picker"]'); p.value = 'en-US'; p.dispatchEvent(new Event('change'));`);
    await s.waitFor(async () => (await s.exec('return document.documentElement.lang')) === 'en-US', 'English');
    await s.exec("localStorage.setItem('trace', 'kim'); sessionStorage.setItem('trace', 'kim');");

    await startWizard(s, 'reset', USER);
    await pickMethod(s, 'email');
    await (await s.find('[data-testid="reset-code"]', 30000)).type(server.lastCode(EMAIL));
    await (await s.find('[data-testid="reset-verify"]')).click();
    await (await s.find('[data-testid="new-password"]', 30000)).type(NEW_PW);
    await (await s.find('[data-testid="confirm-password"]')).type(NEW_PW);
    await s.waitFor(async () => {
      const oks = await s.exec("return [...document.querySelectorAll('[data-testid^=\"rule-\"]')].map(e => e.dataset.ok)");
      return oks.length > 0 && oks.every((v) => v === 'true');
    }, 'every rule to pass');
    await (await s.find('[data-testid="reset-submit"]')).click();
    await s.find('[data-testid="reset-done"]', 30000);
    await shot(s, '31-kiosk-reset-done');
    // The done screen returns to the start by itself (countdown) and wipes the visit.
    await s.waitFor(async () => (await s.exec('return document.documentElement.lang')) === 'de' && (await s.exists('[data-testid="flow-reset"]')),
      'the start screen in the policy language', 40000);
    assert.equal((await server.api('/sessions', { username: USER, password: NEW_PW })).status, 200, 'the reset worked');
    assert.equal(await s.exec('return localStorage.length + sessionStorage.length'), 0, 'web storage emptied');

    // A second visit is cancelled after a code was sent: the server-side reset is cancelled.
    const before = cancels().length;
    await startWizard(s, 'reset', USER);
    await pickMethod(s, 'email');
    await s.find('[data-testid="reset-code"]', 30000);
    await (await s.find('[data-testid="back"]')).click();
    await s.waitFor(async () => cancels().length > before, 'the server to record the cancelled reset', 15000);
    await s.find('[data-testid="flow-reset"]');
    await shot(s, '32-kiosk-after-cancel');
  } finally {
    await app.close();
  }
  assert.deepEqual(appFiles(), [], 'no file of the visit in the app data, cache, config or state dirs');
  assert.equal(clipboard(), '', 'nothing on the clipboard');
});

test('a reset or sign-in answered after Cancel or sign-out is ended on the server, not kept', async () => {
  const app = await openApp(APP, policy('idle_timeout_secs = 0\n'), env);
  const s = app.session;
  try {
    await s.waitFor(() => s.exists('[data-testid="flow-reset"]'), 'the start screen', 20000);
    const before = cancels().length;
    // "Cancel" pressed (or the visit ended) while the start is on its way: the reset the server
    // makes a moment later must not stay live for the next person.
    const outcome = await lateAnswer(s, ['reset_start', { req: { username: USER, mode: 'reset' } }], 'reset_cancel');
    assert.equal(outcome, 'reset.not_found', 'the late start is refused, not kept');
    await s.waitFor(async () => cancels().length === before + 1, 'the late reset cancelled on the server', 10000);
    // A name the directory does not know goes through the same sequence to the same answer.
    const unknown = await lateAnswer(s, ['reset_start', { req: { username: 'nobody-here', mode: 'reset' } }], 'reset_cancel');
    assert.equal(unknown, outcome, 'an unknown name is answered as a real one');

    // The same for a sign-in answered after the sign-out: its session is ended on the server.
    const signOuts = () => audited('signout').length;
    const signedOut = signOuts();
    // The first test resets the password; run alone, this one finds the first password.
    const pw = (await server.api('/sessions', { username: USER, password: NEW_PW })).status === 200 ? NEW_PW : PW;
    const signIn = await lateAnswer(s, ['session_sign_in', { req: { username: USER, password: pw } }], 'session_sign_out');
    assert.equal(signIn, 'session.expired', 'the late sign-in is refused, not kept');
    await s.waitFor(async () => signOuts() === signedOut + 1, 'the late session ended on the server', 10000);
  } finally {
    await app.close();
  }
  assert.deepEqual(appFiles(), []);
});

test('the Rust idle clock wipes a visit, clipboard included, even when the page does not', async () => {
  const app = await openApp(APP, policy('idle_timeout_secs = 6\n'), env);
  const s = app.session;
  try {
    const before = cancels().length;
    await startWizard(s, 'reset', USER);
    await pickMethod(s, 'email');
    await s.find('[data-testid="reset-code"]', 30000);
    // Something of the visit goes to the clipboard through the app (the Rust side writes it).
    assert.equal(await s.exec("return window.__TAURI_INTERNALS__.invoke('clipboard_write', { text: 'kim 482913' })"), true);
    assert.equal(clipboard(), 'kim 482913');
    // A page that hangs or was tampered with: its own timers stopped, its wipe call dropped.
    await s.exec(`
      for (let i = 0; i < 100000; i++) clearInterval(i);
      const internals = window.__TAURI_INTERNALS__;
      const invoke = internals.invoke.bind(internals);
      internals.invoke = (cmd, ...rest) => (cmd === 'kiosk_end_visit' || cmd === 'kiosk_activity') ? Promise.resolve(null) : invoke(cmd, ...rest);`);
    await s.waitFor(async () => cancels().length > before, 'the Rust side to cancel the reset on the server', 30000);
    await s.waitFor(() => s.exists('[data-testid="flow-reset"]'), 'the start screen', 15000);
    // Checked while the app still runs: its exit would drop what it owns on the clipboard anyway.
    assert.equal(clipboard(), '', 'the Rust wipe emptied the clipboard the app wrote');
    await sleep(200);
  } finally {
    await app.close();
  }
  assert.deepEqual(appFiles(), []);
});
