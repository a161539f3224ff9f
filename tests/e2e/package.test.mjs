// The installed package: `./dev test` builds the .deb with the Tauri bundler, installs it with
// `apt-get install ./…deb`, and sets LATCHKEY_INSTALLED_APP=/usr/bin/latchkey and
// LATCHKEY_DEB=path. This starts the installed binary under Xvfb against a real server and
// checks the branded first window, and what the package put on the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRIMARY, killGroup, openApp, shot, sleep, startServer, waitForScreenColour } from './harness.mjs';

const INSTALLED = process.env.LATCHKEY_INSTALLED_APP;
const DEB = process.env.LATCHKEY_DEB;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
const skip = INSTALLED ? false : 'set LATCHKEY_INSTALLED_APP (./dev test installs the .deb and does)';

let server;
before(async () => {
  if (!skip) server = await startServer(SERVER, 'package');
});
after(async () => {
  await server?.stop();
});

test('the package installs the app, its desktop entry, icons and the example policy', { skip }, () => {
  assert.equal(INSTALLED, '/usr/bin/latchkey');
  const files = execFileSync('dpkg', ['-L', 'latchkey'], { encoding: 'utf8' }).split('\n');
  for (const f of ['/usr/bin/latchkey', '/usr/share/applications/Latchkey.desktop', '/usr/share/doc/latchkey/policy.toml.example']) {
    assert.ok(files.includes(f), `${f} in the package`);
  }
  // Icons only in the theme's standard size folders (a "256x256@2" folder is never looked in).
  const icons = files.filter((f) => f.startsWith('/usr/share/icons/') && f.endsWith('.png'));
  assert.deepEqual(
    icons.map((f) => f.match(/^\/usr\/share\/icons\/hicolor\/(\d+x\d+)\/apps\/latchkey\.png$/)?.[1]).sort(),
    ['128x128', '256x256', '32x32'],
    `icons: ${icons.join(', ')}`,
  );
  const desktop = readFileSync('/usr/share/applications/Latchkey.desktop', 'utf8');
  assert.match(desktop, /^Exec=latchkey$/m);
  assert.match(desktop, /^Icon=latchkey$/m);
  assert.match(desktop, /^Name=Latchkey$/m);
  // The example policy is a valid one the app would accept (the same file the schema generates).
  assert.match(readFileSync('/usr/share/doc/latchkey/policy.toml.example', 'utf8'), /^tenant = "contoso"$/m);
  // Size: the .deb and what it installs.
  const installedKb = Number(execFileSync('dpkg-query', ['-W', '-f=${Installed-Size}', 'latchkey'], { encoding: 'utf8' }));
  assert.ok(installedKb > 0, `installed size ${installedKb} KiB`);
  // CI bundles the debug build it already made for the E2E tests (line tables, not stripped): the
  // size goal, 10 MB (decimal) for the .deb and for what it installs, applies to the release
  // package (`./dev package`; `./dev bench-app` prints the figures).
  if (DEB?.includes('/app-release/')) {
    assert.ok(installedKb * 1024 <= 10_000_000, `installed size ${installedKb} KiB, goal at most 10 MB`);
    assert.ok(statSync(DEB).size <= 10_000_000, `.deb is ${statSync(DEB).size} bytes, goal at most 10 MB`);
  }
  // No maintainer script asks anything (installs are silent).
  for (const script of ['preinst', 'postinst', 'prerm', 'postrm']) {
    const p = `/var/lib/dpkg/info/latchkey.${script}`;
    if (existsSync(p)) assert.doesNotMatch(readFileSync(p, 'utf8'), /\bread\b|debconf|whiptail|dialog/);
  }
});

test('the installed app opens branded for the tenant of the policy', { skip }, async () => {
  const app = await openApp(INSTALLED, `tenant_url = "${server.url}"\ntenant = "contoso"\n`);
  try {
    const s = app.session;
    const name = await s.find('[data-testid="tenant-name"]', 30000);
    assert.equal(await name.text(), 'Contoso Pharma');
    const color = await s.exec("return getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()");
    assert.equal(color.toLowerCase(), PRIMARY);
    assert.ok(await s.exists('[data-testid="flow-reset"]'));
    await shot(s, '40-installed-package-start');
  } finally {
    await app.close();
  }
});

test('started as a person starts it, the installed app paints the tenant colour with its WebKit switches', { skip }, async () => {
  // No WebDriver here: the app runs as shipped (it turns WebKit's DMA-BUF renderer off and paints
  // on the CPU), and the X screen itself must show the tenant's primary colour.
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-e2e-plain-'));
  writeFileSync(join(dir, 'policy.toml'), `tenant_url = "${server.url}"\ntenant = "contoso"\n`);
  const env = { ...process.env, LATCHKEY_POLICY_FILE: join(dir, 'policy.toml'), LATCHKEY_CACHE_DIR: join(dir, 'cache') };
  for (const k of ['TAURI_WEBVIEW_AUTOMATION', 'WEBKIT_DISABLE_DMABUF_RENDERER', 'WEBKIT_SKIA_ENABLE_CPU_RENDERING']) delete env[k];
  const child = spawn(INSTALLED, [], { env, stdio: 'ignore', detached: true });
  try {
    const painted = await waitForScreenColour(PRIMARY, 20000);
    assert.ok(painted, 'the tenant colour on the X screen within 20 s');
    // The app exec'd itself with the switches: its own environment shows them.
    const environ = readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0');
    assert.ok(environ.includes('WEBKIT_DISABLE_DMABUF_RENDERER=1'), 'DMA-BUF renderer off');
    assert.ok(environ.includes('WEBKIT_SKIA_ENABLE_CPU_RENDERING=1'), 'CPU painting');
  } finally {
    killGroup(child.pid, 'SIGTERM');
    await sleep(500);
    killGroup(child.pid, 'SIGKILL');
  }
});
