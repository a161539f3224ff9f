import { describe, expect, it, vi } from 'vitest';
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

async function open(kiosk: boolean, clipboardWrite?: (text: string) => Promise<boolean>) {
  const { transport } = fakeTransport({}, bootstrap({ kiosk, flows: ['change'] }));
  transport.diagnose = async () => CHECKS;
  transport.clipboardWrite = clipboardWrite;
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

  it('copies the report through the Rust side, never the page, where the desktop offers it', async () => {
    const clipboardWrite = vi.fn(async () => true);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const { root, app } = await open(false, clipboardWrite);
      byTestId(root, 'diag-copy').click();
      await settle();
      expect(clipboardWrite).toHaveBeenCalledTimes(1);
      expect(clipboardWrite.mock.calls[0]).toEqual([expect.stringContaining('[diag.tls_untrusted]')]);
      expect(writeText).not.toHaveBeenCalled();
      expect(byTestId(root, 'diag-copied').textContent).toBe('Copied.');
      app.stop();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('is not offered where the transport cannot run it (the browser)', async () => {
    const { root } = await mount(fakeTransport().transport);
    expect(queryTestId(root, 'check-connection')).toBeNull();
  });
});
