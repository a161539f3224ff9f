import { describe, expect, it } from 'vitest';
import { bootstrap, byTestId, fakeTransport, mount, queryTestId } from './fixtures';

describe('settings managed by machine policy', () => {
  it('marks the language picker when IT narrows the languages', async () => {
    const boot = bootstrap({ managed: ['tenant_url', 'tenant', 'allowed_locales'] });
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(byTestId(root, 'locale-picker')).toBeTruthy();
    expect(byTestId(root, 'managed').textContent).toContain('Set by your organization');
  });

  it('shows the one allowed language as fixed, with the lock, instead of a picker', async () => {
    const boot = bootstrap({ managed: ['allowed_locales'] });
    boot.locales = boot.locales.filter((l) => l.code === 'en-US');
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(queryTestId(root, 'locale-picker')).toBeNull();
    expect(byTestId(root, 'locale-fixed').textContent).toBe('English (US)');
    expect(byTestId(root, 'managed').textContent).toContain('Set by your organization');
  });

  it('shows no lock for settings the policy leaves open', async () => {
    const { root } = await mount(fakeTransport({}, bootstrap({ managed: ['tenant'] })).transport);
    expect(queryTestId(root, 'managed')).toBeNull();
  });

  it('names the file, the key and the problem of a bad policy', async () => {
    const boot = bootstrap({
      tenant: null,
      branding: null,
      error: { code: 'config.policy_invalid', args: { path: '/etc/latchkey/policy.d/50-kiosk.toml', key: 'idle_timeout_secs', detail: 'invalid type: string "soon", expected u64' } },
    });
    const { root } = await mount(fakeTransport({}, boot).transport);
    const text = byTestId(root, 'error-message').textContent!;
    expect(text).toContain('/etc/latchkey/policy.d/50-kiosk.toml');
    expect(text).toContain('idle_timeout_secs');
    expect(text).toContain('expected u64');
    expect(byTestId(root, 'error').dataset.code).toBe('config.policy_invalid');
  });
});
