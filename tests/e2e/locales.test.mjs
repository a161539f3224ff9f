// End-to-end, per language: the real Latchkey window (WebKitGTK under Xvfb through tauri-driver)
// against a real latchkey-server, in the pseudo-locale en-XA (every text accented and 40%
// longer: nothing may be cut off or left in English) and in Arabic (right to left). On each
// screen: a screenshot, axe-core with zero WCAG A/AA violations, and no clipped text. Also times
// a language switch in the running app. Run by `./dev test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './webdriver.mjs';
import { freePort, killGroup, launchApp, waitHttp } from './harness.mjs';
import { assertAccessible, clipping } from './a11y.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, 'screenshots');
const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

const work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-locales-'));
const dataDir = join(work, 'data');
const PW = 'Copper-Lagoon-Willow-73';
let port;
let server;
const groups = [];

function openApp(locale) {
  const policyFile = join(work, `policy-${locale}.toml`);
  writeFileSync(policyFile, `tenant_url = "http://127.0.0.1:${port}"\ntenant = "contoso"\nlocale = "${locale}"\n`);
  return launchApp(APP, { LATCHKEY_POLICY_FILE: policyFile, LATCHKEY_CACHE_DIR: join(work, `cache-${locale}`) }, groups);
}

/** Screenshot, axe and the clipping check of the screen now showing. */
async function check(s, name) {
  await sleep(300); // let focus moves and live regions settle
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
  await assertAccessible(s, name);
  assert.deepEqual(await clipping(s), [], `${name}: nothing is cut off`);
}

/**
 * Visible text that did not come through Fluent: in en-XA every Fluent letter is accented, so a
 * text with English words and no accented letter at all was written in code. The tenant's own texts (name, sign-in
 * text, help-desk contact), language names and what the person typed are not Fluent's.
 */
function untranslated(s) {
  return s.exec(`
    const skip = '[data-testid="tenant-name"], .sign-in-text, .helpdesk a, select, option, input, textarea, bdi, code, .secret';
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || el.closest('[hidden]') || !el.offsetParent) continue;
      // A Fluent message keeps its variables (a masked address) as they are, but has accents.
      const text = n.textContent;
      const words = text.match(/[A-Za-z]{3,}/g);
      if (words && !/[\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) out.push(words.join(' ') + ' in ' + (el.dataset.testid || el.tagName));
    }
    return out;`);
}

/** Start, the reset's first two steps, sign-in, the registration interrupt and My security info, each checked. */
async function visitScreens(s, tag) {
  await s.find('[data-testid="flow-reset"]');
  await check(s, `${tag}-01-start`);
  await (await s.find('[data-testid="flow-reset"]')).click();
  await s.find('[data-testid="reset-username"]');
  await check(s, `${tag}-02-reset-who`);
  await (await s.find('[data-testid="reset-username"]')).type('rhea');
  await (await s.find('[data-testid="reset-next"]')).click();
  await s.find('[data-testid="reset-choose"]', 30000);
  assert.ok(await s.exists('[data-testid="reset-time-limit"]'), 'the time limit is announced');
  await check(s, `${tag}-03-reset-verify`);
  await (await s.find('[data-testid="back"]')).click();
  await (await s.find('[data-testid="flow-security-info"]')).click();
  await (await s.find('[data-testid="username"]')).type('rhea');
  await check(s, `${tag}-04-sign-in`);
  await (await s.find('[data-testid="password"]')).type(PW);
  await (await s.find('[data-testid="submit"]')).click();
  // In scope without a method: the organization asks to register first.
  await s.find('[data-testid="interrupt-register"]', 30000);
  await check(s, `${tag}-05-registration-interrupt`);
  await (await s.find('[data-testid="interrupt-register"]')).click();
  await s.find('[data-testid="add-method"], [data-testid="methods"]', 30000);
  await check(s, `${tag}-06-security-info`);
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
sign_in_text = "Use your Contoso Pharma account."
helpdesk_email = "help@contoso.com"
helpdesk_phone = "+1 425 555 0100"
[tenant.branding.sign_in_text_translations]
ar = "استخدم حساب Contoso Pharma الخاص بك."
[tenant.policy]
sspr_enabled = "all"
captcha_difficulty = 8
allowed_methods = "totp,email,phone,security_key"
[tenant.delivery.email]
kind = "outbox"
[tenant.delivery.sms]
kind = "outbox"
`,
  );
  execFileSync(SERVER, ['--data-dir', dataDir, 'admin', 'user', 'add', '--tenant', 'contoso', '--username', 'rhea',
    '--password', PW, '--display-name', 'Rhea Lind', '--email', 'rhea@contoso.com']);
  server = spawn(SERVER, ['--data-dir', dataDir, '--config', join(work, 'server.toml'), 'serve', '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
});

after(async () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  server?.kill('SIGKILL');
});

test('pseudo-locale: every screen through Fluent, nothing cut off, accessible', async () => {
  const app = await openApp('en-XA');
  const s = app.session;
  try {
    await s.find('[data-testid="flow-reset"]');
    assert.equal(await s.exec('return document.documentElement.lang'), 'en-XA');
    const flow = await (await s.find('[data-testid="flow-reset"]')).text();
    assert.match(flow, /^\[.*\]$/, 'messages are bracketed');
    assert.deepEqual(await untranslated(s), [], 'start: no English outside Fluent');
    await visitScreens(s, 'en-XA');
    assert.deepEqual(await untranslated(s), [], 'security info: no English outside Fluent');
  } finally {
    await app.close();
  }
});

test('Arabic: right to left on start, reset and security info, accessible', async () => {
  const app = await openApp('ar');
  const s = app.session;
  try {
    await s.find('[data-testid="flow-reset"]');
    assert.equal(await s.exec('return document.documentElement.lang'), 'ar');
    assert.equal(await s.exec('return document.documentElement.dir'), 'rtl');
    // The layout mirrors: the card runs right to left and a flow's chevron points to the left.
    const mirror = await s.exec(`const b = document.querySelector('[data-testid="flow-reset"]');
      return [getComputedStyle(document.querySelector('.card')).direction, getComputedStyle(b, '::after').transform];`);
    assert.equal(mirror[0], 'rtl');
    assert.notEqual(mirror[1], 'none', 'the chevron is drawn (and turned for right to left)');
    // The tenant's own text in Arabic, from its configuration.
    assert.equal(await (await s.find('.sign-in-text')).text(), 'استخدم حساب Contoso Pharma الخاص بك.');
    await visitScreens(s, 'ar');
  } finally {
    await app.close();
  }
});

test('text at 200%: nothing cut off, no sideways scrolling, still accessible', async () => {
  const app = await openApp('en-US');
  const s = app.session;
  try {
    await s.find('[data-testid="flow-reset"]');
    // What a person gets from the system's text size setting: every size is in rem, so the root
    // size doubles all text (WCAG 1.4.4).
    await s.exec(`document.documentElement.style.fontSize = '200%'`);
    const size = parseFloat(await s.exec(`return getComputedStyle(document.querySelector('[data-testid="flow-reset"]')).fontSize`));
    assert.ok(Math.abs(size - 35.2) < 0.1, `a flow button's text is 2 × 17.6 px: ${size}`);
    assert.equal(await (await s.find('.sign-in-text')).text(), 'Use your Contoso Pharma account.');
    await visitScreens(s, 'text-200');
  } finally {
    await app.close();
  }
});

test('switching the language in the running app (median of 9)', async () => {
  const app = await openApp('en-US');
  const s = app.session;
  try {
    await s.find('[data-testid="locale-picker"]');
    const times = [];
    for (let i = 0; i < 9; i++) {
      const to = i % 2 === 0 ? 'de' : 'en-US';
      const ms = await s.cmd('POST', '/execute/async', {
        script: `const [to, done] = arguments;
          const picker = document.querySelector('[data-testid="locale-picker"]');
          const t0 = performance.now();
          picker.value = to;
          picker.dispatchEvent(new Event('change'));
          const poll = () => {
            const p = document.querySelector('[data-testid="locale-picker"]');
            if (document.documentElement.lang === to && p && !p.disabled) done(performance.now() - t0);
            else requestAnimationFrame(poll);
          };
          poll();`,
        args: [to],
      });
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`language switch in the app: median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}, n=${times.length})`);
    assert.ok(median < 1000, `a switch takes ${median} ms`);
  } finally {
    await app.close();
  }
});
