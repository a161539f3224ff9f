// `latchkey --diagnose` and "Check connection" against a real HTTPS server and a real HTTP
// proxy: a throw-away CA and leaf certificates made with the openssl CLI (trusted, wrong name,
// expired), the real latchkey-server serving TLS with them, and tinyproxy processes (allowing
// the tunnel, allowing only port 443, asking for a sign-in) whose own logs show the CONNECT.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, openApp, shot, sleep, startServer, waitTcp } from './harness.mjs';

const APP = process.env.LATCHKEY_APP_BIN;
const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(APP && SERVER, 'set LATCHKEY_APP_BIN and LATCHKEY_SERVER_BIN (./dev test does)');

const work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-diagnose-'));
const pki = join(work, 'pki');
const CA = join(pki, 'ca.pem');
const servers = {};
const proxies = [];

/**
 * The CA and three leaf certificates on one key: for 127.0.0.1 (SAN IP), for another name, and
 * for 127.0.0.1 but expired in 2020. OpenSSL 3.0 has no `x509 -not_before`, so the expired one
 * is signed with `openssl ca`, which takes explicit start and end dates.
 */
function makePki() {
  mkdirSync(join(pki, 'issued'), { recursive: true });
  const openssl = (...args) => execFileSync('openssl', args, { cwd: pki, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Latchkey Test CA');
  openssl('req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=127.0.0.1');
  const leafExt = (san) => `subjectAltName = ${san}\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n`;
  writeFileSync(join(pki, 'ip.ext'), leafExt('IP:127.0.0.1'));
  writeFileSync(join(pki, 'wrong.ext'), leafExt('DNS:wrong-name.example.com'));
  for (const [out, ext] of [['good.pem', 'ip.ext'], ['wrong-name.pem', 'wrong.ext']]) {
    openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', ext, '-out', out);
  }
  writeFileSync(
    join(pki, 'ca.cnf'),
    '[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = issued\nserial = serial\n' +
      'default_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n',
  );
  writeFileSync(join(pki, 'index.txt'), '');
  writeFileSync(join(pki, 'serial'), '1000\n');
  openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', 'leaf.csr', '-notext',
    '-startdate', '20200101000000Z', '-enddate', '20200102000000Z', '-extfile', 'ip.ext', '-out', 'expired.pem');
  const dates = execFileSync('openssl', ['x509', '-in', join(pki, 'expired.pem'), '-noout', '-enddate'], { encoding: 'utf8' });
  assert.match(dates, /notAfter=Jan +2 00:00:00 2020 GMT/);
}

/**
 * tinyproxy in the foreground on a free loopback port with this extra configuration; `log()` is
 * what it wrote so far (connections, CONNECT requests, refusals).
 */
async function startProxy(extra = '') {
  const port = await freePort();
  const dir = mkdtempSync(join(work, 'proxy-'));
  const conf = join(dir, 'tinyproxy.conf');
  writeFileSync(conf, `Port ${port}\nListen 127.0.0.1\nTimeout 20\nMaxClients 10\nLogLevel Info\n${extra}`);
  const child = spawn('tinyproxy', ['-d', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const proxy = {
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  proxies.push(proxy);
  await waitTcp(port, 10000).catch((e) => {
    throw new Error(`${e.message}; tinyproxy said:\n${log}`);
  });
  return proxy;
}

before(async () => {
  makePki();
  const key = join(pki, 'leaf.key');
  [servers.good, servers.wrongName, servers.expired] = await Promise.all([
    startServer(SERVER, 'diag-good', { tls: { cert: join(pki, 'good.pem'), key } }),
    startServer(SERVER, 'diag-wrong-name', { tls: { cert: join(pki, 'wrong-name.pem'), key } }),
    startServer(SERVER, 'diag-expired', { tls: { cert: join(pki, 'expired.pem'), key } }),
  ]);
});
after(async () => {
  await Promise.all([...proxies.map((p) => p.stop()), ...Object.values(servers).map((s) => s.stop())]);
});

const policy = (server, extra = '') => `tenant_url = "${server.url}"\ntenant = "contoso"\n${extra}`;
const trusted = `ca_file = "${CA}"\n`;

/** `latchkey --diagnose` with this policy: exit code, output, and the code of each line in order. */
function diagnose(policyText) {
  const dir = mkdtempSync(join(work, 'policy-'));
  writeFileSync(join(dir, 'policy.toml'), policyText);
  return new Promise((resolve, reject) => {
    const child = spawn(APP, ['--diagnose'], {
      env: { ...process.env, LATCHKEY_POLICY_FILE: join(dir, 'policy.toml'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const codes = [...out.matchAll(/\[(diag\.[a-z_]+)\]$/gm)].map((m) => m[1]);
      resolve({ code, out, codes });
    });
  });
}

const DIRECT = ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_none', 'diag.tcp_ok'];
const PROXIED = ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_ok', 'diag.tcp_via_proxy'];
const REACHED = ['diag.tls_ok', 'diag.clock_ok', 'diag.api_ok'];
const SKIPPED = 'diag.skipped';

test('a certificate from the CA in the policy\'s ca_file passes TLS, clock and API (exit 0)', async () => {
  const r = await diagnose(policy(servers.good, trusted));
  assert.deepEqual(r.codes, [...DIRECT, ...REACHED], r.out);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /The certificate of 127\.0\.0\.1 is valid and trusted\./);
});

test('without ca_file the same certificate is untrusted and the later checks are skipped, in German too', async () => {
  const r = await diagnose(policy(servers.good));
  assert.deepEqual(r.codes, [...DIRECT, 'diag.tls_untrusted', SKIPPED, SKIPPED], r.out);
  assert.equal(r.code, 1, r.out);

  const de = await diagnose(policy(servers.good, 'locale = "de"\n'));
  assert.deepEqual(de.codes, r.codes, de.out);
  assert.match(de.out, /^Fehler +Sichere Verbindung \(TLS-Zertifikat\): Das Zertifikat von 127\.0\.0\.1 stammt nicht von einer vertrauenswürdigen Stelle\. .*\[diag\.tls_untrusted\]$/m);
  assert.match(de.out, /^Übersprungen +Uhrzeit: Nicht geprüft, weil eine vorherige Prüfung fehlschlug\. \[diag\.skipped\]$/m);
  assert.match(de.out, /^Übersprungen +Kennwortserver: Nicht geprüft, weil eine vorherige Prüfung fehlschlug\. \[diag\.skipped\]$/m);
});

test('a trusted certificate for another name is a name mismatch; an expired one is expired', async () => {
  const wrong = await diagnose(policy(servers.wrongName, trusted));
  assert.deepEqual(wrong.codes, [...DIRECT, 'diag.tls_name_mismatch', SKIPPED, SKIPPED], wrong.out);
  assert.equal(wrong.code, 1, wrong.out);

  const expired = await diagnose(policy(servers.expired, trusted));
  assert.deepEqual(expired.codes, [...DIRECT, 'diag.tls_expired', SKIPPED, SKIPPED], expired.out);
  assert.equal(expired.code, 1, expired.out);
});

test('through a real proxy: the CONNECT shows in its log; TLS is still checked end to end', async () => {
  const proxy = await startProxy();
  const r = await diagnose(policy(servers.good, `${trusted}proxy = "${proxy.url}"\n`));
  assert.deepEqual(r.codes, [...PROXIED, ...REACHED], r.out);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, new RegExp(`The proxy 127\\.0\\.0\\.1:${proxy.port} answers\\.`));
  assert.match(proxy.log(), new RegExp(`CONNECT 127\\.0\\.0\\.1:${servers.good.port} HTTP/1\\.1`), proxy.log());
  assert.match(proxy.log(), /Established connection to host "127\.0\.0\.1"/);

  // The proxy only relays bytes: without ca_file the server's certificate is still untrusted.
  const untrusted = await diagnose(policy(servers.good, `proxy = "${proxy.url}"\n`));
  assert.deepEqual(untrusted.codes, [...PROXIED, 'diag.tls_untrusted', SKIPPED, SKIPPED], untrusted.out);
});

test('a proxy port where nothing listens is unreachable (exit 1)', async () => {
  const closed = await freePort();
  const r = await diagnose(policy(servers.good, `${trusted}proxy = "http://127.0.0.1:${closed}"\n`));
  assert.deepEqual(r.codes, ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_unreachable', SKIPPED, SKIPPED, SKIPPED, SKIPPED], r.out);
  assert.equal(r.code, 1, r.out);
});

test('a proxy that refuses the tunnel, or wants a sign-in, gets its own code', async () => {
  // tinyproxy allowing CONNECT to port 443 only answers 403 for the server's port.
  const strict = await startProxy('ConnectPort 443\n');
  const refused = await diagnose(policy(servers.good, `${trusted}proxy = "${strict.url}"\n`));
  assert.deepEqual(refused.codes, ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_ok', 'diag.proxy_refused', SKIPPED, SKIPPED, SKIPPED], refused.out);
  assert.equal(refused.code, 1, refused.out);
  assert.match(refused.out, new RegExp(`The proxy 127\\.0\\.0\\.1:${strict.port} refused to open a connection to 127\\.0\\.0\\.1:${servers.good.port}\\.`));
  assert.match(strict.log(), new RegExp(`Refused CONNECT method on port ${servers.good.port}`), strict.log());

  // tinyproxy with BasicAuth answers 407 without credentials; with them in the proxy URL it works.
  const guarded = await startProxy('BasicAuth helpdesk Proxy-Pass-42\n');
  const anonymous = await diagnose(policy(servers.good, `${trusted}proxy = "${guarded.url}"\n`));
  assert.deepEqual(anonymous.codes, ['diag.policy_ok', 'diag.dns_ip', 'diag.proxy_ok', 'diag.proxy_auth_required', SKIPPED, SKIPPED, SKIPPED], anonymous.out);
  assert.equal(anonymous.code, 1, anonymous.out);
  const signedIn = await diagnose(policy(servers.good, `${trusted}proxy = "http://helpdesk:Proxy-Pass-42@127.0.0.1:${guarded.port}"\n`));
  assert.deepEqual(signedIn.codes, [...PROXIED, ...REACHED], signedIn.out);
  assert.ok(!signedIn.out.includes('Proxy-Pass-42'), `the proxy password is not in the report:\n${signedIn.out}`);
});

test('Check connection in the window: through the proxy to an untrusted certificate', async () => {
  const proxy = await startProxy();
  const app = await openApp(APP, policy(servers.good, `proxy = "${proxy.url}"\n`));
  try {
    const s = app.session;
    await (await s.find('[data-testid="check-connection"]', 20000)).click();
    await s.waitFor(async () => (await s.exec('return document.querySelectorAll(".diag-item").length')) === 7, 'seven checks', 30000);
    const rows = await s.exec(`return [...document.querySelectorAll('.diag-item')].map(li => [li.dataset.testid, li.dataset.status, li.dataset.code, li.querySelector('.diag-message').textContent])`);
    assert.deepEqual(
      rows.map(([id, status, code]) => [id, status, code]),
      [
        ['diag-policy', 'ok', 'diag.policy_ok'],
        ['diag-dns', 'ok', 'diag.dns_ip'],
        ['diag-proxy', 'ok', 'diag.proxy_ok'],
        ['diag-tcp', 'skipped', 'diag.tcp_via_proxy'],
        ['diag-tls', 'fail', 'diag.tls_untrusted'],
        ['diag-clock', 'skipped', 'diag.skipped'],
        ['diag-api', 'skipped', 'diag.skipped'],
      ],
    );
    assert.equal(rows[2][3], `The proxy 127.0.0.1:${proxy.port} answers.`);
    assert.match(rows[4][3], /^The certificate of 127\.0\.0\.1 is not from a trusted authority\./);
    assert.match(proxy.log(), new RegExp(`CONNECT 127\\.0\\.0\\.1:${servers.good.port} HTTP/1\\.1`));
    // The failed row and the skipped ones below it in view; a moment for the window to repaint.
    await s.exec('document.querySelector(\'[data-testid="diag-tls"]\').scrollIntoView({ block: "center" })');
    await sleep(500);
    await shot(s, '54-check-connection-proxy-untrusted');
  } finally {
    await app.close();
  }
});
