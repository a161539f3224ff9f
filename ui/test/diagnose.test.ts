import { describe, expect, it } from 'vitest';
import type { DiagCheck } from '../src/api/types';
import { bootstrap, byTestId, fakeTransport, mount, queryTestId, settle } from './fixtures';

const CHECKS: DiagCheck[] = [
  { id: 'policy', status: 'ok', code: 'diag.policy_ok', args: { url: 'https://sspr.contoso.test', tenant: 'contoso' } },
  { id: 'dns', status: 'ok', code: 'diag.dns_ok', args: { host: 'sspr.contoso.test', addresses: '192.0.2.7' } },
  { id: 'proxy', status: 'skipped', code: 'diag.proxy_none' },
  { id: 'tcp', status: 'ok', code: 'diag.tcp_ok', args: { address: '192.0.2.7:443', ms: 12 } },
  { id: 'tls', status: 'fail', code: 'diag.tls_untrusted', args: { host: 'sspr.contoso.test' } },
  { id: 'clock', status: 'skipped', code: 'diag.skipped' },
  { id: 'api', status: 'skipped', code: 'diag.skipped' },
];

async function open(kiosk: boolean) {
  const { transport } = fakeTransport({}, bootstrap({ kiosk, flows: ['change'] }));
  transport.diagnose = async () => CHECKS;
  const { root, app } = await mount(transport);
  byTestId(root, 'check-connection').click();
  await settle();
  return { root, app };
}

describe('check connection', () => {
  it('lists every check with its status, plain words and code', async () => {
    const { root } = await open(false);
    const tls = byTestId(root, 'diag-tls');
    expect(tls.dataset.status).toBe('fail');
    expect(tls.textContent).toContain('not from a trusted authority');
    expect(tls.textContent).toContain('diag.tls_untrusted');
    expect(byTestId(root, 'diag-tcp').textContent).toContain('192.0.2.7:443');
    expect(root.querySelectorAll('.diag-item')).toHaveLength(7);
    expect(byTestId<HTMLButtonElement>(root, 'diag-copy').disabled).toBe(false);
  });

  it('shows the report as text to read out in kiosk mode, with no copy button', async () => {
    const { root } = await open(true);
    expect(queryTestId(root, 'diag-copy')).toBeNull();
    const report = byTestId(root, 'diag-report');
    expect(report.hidden).toBe(false);
    expect(report.textContent).toContain('[diag.tls_untrusted]');
  });

  it('is not offered where the transport cannot run it (the browser)', async () => {
    const { root } = await mount(fakeTransport().transport);
    expect(queryTestId(root, 'check-connection')).toBeNull();
  });
});
