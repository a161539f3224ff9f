// The server as IT runs it: the systemd unit passes `systemd-analyze verify` with its hardening
// in place, and the example configuration starts a real server that answers for its tenant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep, waitHttp } from './harness.mjs';

const SERVER = process.env.LATCHKEY_SERVER_BIN;
assert.ok(SERVER, 'set LATCHKEY_SERVER_BIN (./dev test does)');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UNIT = join(repo, 'packaging/systemd/latchkey-server.service');
const EXAMPLE = join(repo, 'packaging/server/server.example.toml');

test('the systemd unit is valid and hardened', () => {
  const unit = readFileSync(UNIT, 'utf8');
  for (const line of ['DynamicUser=yes', 'StateDirectory=latchkey', 'ProtectSystem=strict', 'NoNewPrivileges=yes', 'ProtectHome=yes',
    'PrivateTmp=yes', 'CapabilityBoundingSet=', 'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX', 'SystemCallFilter=@system-service']) {
    assert.match(unit, new RegExp(`^${line}$`, 'm'), line);
  }
  // Verify with the binary this build made standing in for /usr/bin/latchkey-server.
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-unit-'));
  const copy = join(dir, 'latchkey-server.service');
  writeFileSync(copy, unit.replaceAll('/usr/bin/latchkey-server', SERVER));
  const out = execFileSync('systemd-analyze', ['verify', copy], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.doesNotMatch(out, /error|unknown|invalid/i, out);
});

test('the example configuration starts a server for its tenant', async () => {
  const data = mkdtempSync(join(tmpdir(), 'latchkey-example-'));
  execFileSync(SERVER, ['--config', EXAMPLE, '--data-dir', data, 'migrate']);
  const port = await freePort();
  const child = spawn(SERVER, ['--config', EXAMPLE, '--data-dir', data, 'serve', '--listen', `127.0.0.1:${port}`], { stdio: 'ignore' });
  try {
    await waitHttp(`http://127.0.0.1:${port}/healthz`);
    const branding = await (await fetch(`http://127.0.0.1:${port}/api/v1/tenants/contoso/branding`)).json();
    assert.equal(branding.name, 'Contoso');
    assert.equal(branding.helpdesk.email, 'help@contoso.com');
  } finally {
    child.kill('SIGTERM');
    await sleep(200);
    child.kill('SIGKILL');
  }
});
