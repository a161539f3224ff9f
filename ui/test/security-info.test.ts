import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/error';
import type { Transport } from '../src/api/transport';
import { bootstrap, byTestId, fakeTransport, localeBundle, methods, methodsView, mount, queryTestId, settle } from './fixtures';

async function openSecurityInfo(over: Partial<Transport> = {}, boot = bootstrap({ flows: ['security_info'] })) {
  const fake = fakeTransport(over, boot);
  const { root, app } = await mount(fake.transport);
  app.go('security-info');
  await settle();
  return { root, app, calls: fake.calls };
}

describe('my security info', () => {
  it('lists each method with its kind, masked hint, dates and the default marker', async () => {
    const { root } = await openSecurityInfo();
    const items = [...byTestId(root, 'methods').querySelectorAll('li')].map((li) => li.dataset.testid);
    expect(items).toEqual(methods.map((m) => `method-${m.id}`));

    const totp = byTestId(root, 'method-m-totp');
    expect(totp.textContent).toContain('Authenticator app');
    expect(totp.textContent).toContain('Added on Jan 15, 2025');
    expect(totp.textContent).toContain('last used on Mar 1, 2025');
    expect(queryTestId(totp, 'default-m-totp')!.textContent).toBe('Default');
    expect(queryTestId(totp, 'make-default-m-totp')).toBeNull();

    const email = byTestId(root, 'method-m-email');
    expect(byTestId(email, 'hint-m-email').textContent).toBe('j***@contoso.test');
    expect(email.textContent).toContain('never used');
    expect(queryTestId(email, 'default-m-email')).toBeNull();
    expect(queryTestId(email, 'make-default-m-email')).not.toBeNull();

    expect(byTestId(root, 'method-m-phone').textContent).toContain('+1 ••• ••• ••34');
    expect(byTestId(root, 'method-m-key').textContent).toContain('“Blue key”');
    expect(root.querySelector('.method-icon')).not.toBeNull();
    expect(queryTestId(root, 'registration-banner')).toBeNull();
    expect(queryTestId(root, 'reconfirm-banner')).toBeNull();
  });

  it('formats dates for the chosen locale', async () => {
    const boot = bootstrap({ flows: ['security_info'], locale: 'de', ftl: localeBundle('de').ftl });
    const { root } = await openSecurityInfo({}, boot);
    expect(byTestId(root, 'method-m-totp').textContent).toContain('Hinzugefügt am 15.01.2025');
  });

  it('says how many methods the organization requires when registration is incomplete', async () => {
    const { root } = await openSecurityInfo({
      methodsList: async () => methodsView({ methods: [methods[0]!], required: 2, registration_complete: false }),
    });
    expect(byTestId(root, 'registration-banner').textContent).toContain('Your organization requires 2 methods');
    expect(byTestId(root, 'registration-banner').textContent).toContain('You have 1 so far');
  });

  it('asks to reconfirm and confirms', async () => {
    let due = true;
    const { root, calls } = await openSecurityInfo({
      methodsList: async () => methodsView({ reconfirm_due: due }),
      methodsConfirm: async () => {
        due = false;
      },
    });
    expect(byTestId(root, 'reconfirm-banner').textContent).toContain('Please confirm your info is current');
    byTestId(root, 'reconfirm').click();
    await settle();
    expect(calls).toContainEqual({ method: 'methodsConfirm' });
    expect(queryTestId(root, 'reconfirm-banner')).toBeNull();
    expect(byTestId(root, 'security-info-notice').textContent).toContain('confirmed');
  });

  it('asks before removing, then shows the specific error with the help desk', async () => {
    const { root, calls } = await openSecurityInfo({
      methodRemove: async () => {
        throw new ApiError('methods.would_leave_too_few');
      },
    });
    byTestId(root, 'remove-m-email').click();
    expect(calls.some((c) => c.method === 'methodRemove')).toBe(false);
    const confirm = byTestId(root, 'confirm-m-email');
    expect(confirm.hidden).toBe(false);
    expect(confirm.textContent).toContain('Remove Email j***@contoso.test?');
    expect(document.activeElement).toBe(byTestId(root, 'cancel-remove-m-email'));
    byTestId(root, 'confirm-remove-m-email').click();
    await settle();
    expect(calls).toContainEqual({ method: 'methodRemove', arg: 'm-email' });
    const error = byTestId(root, 'error');
    expect(error.dataset.code).toBe('methods.would_leave_too_few');
    expect(byTestId(error, 'error-message').textContent).toContain("You can't remove this method");
    expect(byTestId(error, 'error-helpdesk').textContent).toContain('help@contoso.test');
    expect(byTestId(root, 'confirm-m-email').hidden).toBe(true);
    expect(byTestId<HTMLButtonElement>(root, 'remove-m-email').disabled).toBe(false);
  });

  it('cancels a removal without a call', async () => {
    const { root, calls } = await openSecurityInfo();
    byTestId(root, 'remove-m-phone').click();
    byTestId(root, 'cancel-remove-m-phone').click();
    expect(byTestId(root, 'confirm-m-phone').hidden).toBe(true);
    expect(document.activeElement).toBe(byTestId(root, 'remove-m-phone'));
    expect(calls.some((c) => c.method === 'methodRemove')).toBe(false);
  });

  it('removes a method and shows the fresh list', async () => {
    let list = methods;
    const { root, calls } = await openSecurityInfo({
      methodsList: async () => methodsView({ methods: list }),
      methodRemove: async (id) => {
        list = list.filter((m) => m.id !== id);
      },
    });
    byTestId(root, 'remove-m-phone').click();
    byTestId(root, 'confirm-remove-m-phone').click();
    await settle();
    expect(calls.filter((c) => c.method === 'methodsList')).toHaveLength(2);
    expect(queryTestId(root, 'method-m-phone')).toBeNull();
    expect(byTestId(root, 'security-info-notice').textContent).toContain('was removed');
  });

  it('makes a method the default', async () => {
    const { root, calls } = await openSecurityInfo();
    byTestId(root, 'make-default-m-email').click();
    await settle();
    expect(calls).toContainEqual({ method: 'methodSetDefault', arg: 'm-email' });
    expect(byTestId(root, 'security-info-notice').textContent).toContain('is now your default method');
  });

  it('offers the allowed kinds plus backup codes and opens the chosen screen', async () => {
    const { root, app } = await openSecurityInfo({
      methodsList: async () => methodsView({ allowed: ['totp', 'email', 'security_key', 'something_new'] }),
    });
    const chooser = byTestId(root, 'add-chooser');
    expect(chooser.hidden).toBe(true);
    const add = byTestId(root, 'add-method');
    add.click();
    expect(chooser.hidden).toBe(false);
    expect(add.getAttribute('aria-expanded')).toBe('true');
    const offered = [...chooser.querySelectorAll('button')].map((b) => b.dataset.testid);
    expect(offered).toEqual(['add-totp', 'add-security-key', 'add-email', 'add-backup-codes']);
    expect(document.activeElement).toBe(byTestId(root, 'add-totp'));
    byTestId(root, 'add-email').click();
    expect(app.screen).toBe('add-email');
  });

  it('offers to sign in again when the session has ended', async () => {
    const { root, app } = await openSecurityInfo({
      methodsList: async () => {
        throw new ApiError('session.expired');
      },
    });
    expect(byTestId(root, 'error-message').textContent).toContain('Your session timed out');
    byTestId(root, 'sign-in-again').click();
    expect(app.screen).toBe('sign-in');
  });

  it('signs out and returns to start', async () => {
    const { root, calls, app } = await openSecurityInfo();
    byTestId(root, 'sign-out').click();
    await settle();
    expect(calls).toContainEqual({ method: 'sessionSignOut' });
    expect(app.screen).toBe('start');
  });
});
