import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/error';
import type { RegistrationInterrupt } from '../src/api/types';
import type { Transport } from '../src/api/transport';
import { bootstrap, byTestId, fakeTransport, localeBundle, methods, methodsView, mount, queryTestId, settle, type } from './fixtures';

const register: RegistrationInterrupt = { reason: 'register', required: 2, registered: 1, skips_allowed: 3, skips_left: 3 };
const reconfirm: RegistrationInterrupt = { reason: 'reconfirm', required: 1, registered: 2, skips_allowed: 3, skips_left: 1 };

/** Signs in with a full session (no step-up) whose answer carries `interrupt`. */
async function signedIn(interrupt: RegistrationInterrupt | null, over: Partial<Transport> = {}, boot = bootstrap({ flows: ['security_info'] })) {
  const fake = fakeTransport(
    { sessionSignIn: async () => ({ mfa_required: false, methods: [], password_change_required: false, interrupt }), ...over },
    boot,
  );
  const { root, app } = await mount(fake.transport);
  byTestId(root, 'flow-security-info').click();
  type(byTestId(root, 'username'), 'jdoe');
  type(byTestId(root, 'password'), 'Passw0rd!');
  byTestId(root, 'submit').click();
  await settle();
  return { root, app, calls: fake.calls };
}

describe('registration interrupt', () => {
  it('asks for more methods first, with the skips the organization allows', async () => {
    const { root, app, calls } = await signedIn(register);
    expect(app.screen).toBe('registration-interrupt');
    const card = byTestId(root, 'registration-interrupt');
    expect(card.dataset.reason).toBe('register');
    expect(card.querySelector('h1')!.textContent).toBe('Your organization needs more information to keep your account secure');
    expect(document.activeElement).toBe(card.querySelector('h1'));
    expect(byTestId(root, 'interrupt-count').textContent).toBe('Methods required: 2 · registered so far: 1');
    expect(byTestId(root, 'interrupt-skip').textContent).toBe('Skip for now (3 left)');
    expect(queryTestId(root, 'interrupt-no-skips')).toBeNull();

    byTestId(root, 'interrupt-skip').click();
    await settle();
    expect(calls).toContainEqual({ method: 'registrationSkip' });
    expect(app.screen).toBe('security-info');
    expect(byTestId(root, 'security-info-notice').textContent).toBe(
      "Skipped for now. You'll be asked again the next time you sign in (skips left: 2).",
    );
  });

  it('goes to security info to register, without skipping', async () => {
    const { root, app, calls } = await signedIn(register);
    byTestId(root, 'interrupt-register').click();
    await settle();
    expect(app.screen).toBe('security-info');
    expect(calls.some((c) => c.method === 'registrationSkip')).toBe(false);
  });

  it('offers no skip when none is allowed or none is left, and says why', async () => {
    let { root } = await signedIn({ ...register, skips_allowed: 0, skips_left: 0 });
    expect(queryTestId(root, 'interrupt-skip')).toBeNull();
    expect(queryTestId(root, 'interrupt-no-skips')).toBeNull();
    ({ root } = await signedIn({ ...register, skips_left: 0 }));
    expect(queryTestId(root, 'interrupt-skip')).toBeNull();
    expect(byTestId(root, 'interrupt-no-skips').textContent).toContain("You've skipped this step as often as your organization allows");
  });

  it('shows a refused skip with its reason and takes the skip away', async () => {
    const { root, app } = await signedIn(register, {
      registrationSkip: async () => {
        throw new ApiError('registration.skips_used_up', { allowed: 3 });
      },
    });
    byTestId(root, 'interrupt-skip').click();
    await settle();
    expect(app.screen).toBe('registration-interrupt');
    expect(byTestId(root, 'error').dataset.code).toBe('registration.skips_used_up');
    expect(byTestId(root, 'error-message').textContent).toBe(
      "You've skipped this step as often as your organization allows (at most 3). Complete it to continue.",
    );
    expect(queryTestId(root, 'interrupt-skip')).toBeNull();
    expect(byTestId<HTMLButtonElement>(root, 'interrupt-register').disabled).toBe(false);
  });

  it('goes on when nothing is due any more', async () => {
    const { root, app } = await signedIn(register, {
      registrationSkip: async () => {
        throw new ApiError('registration.not_due');
      },
    });
    byTestId(root, 'interrupt-skip').click();
    await settle();
    expect(app.screen).toBe('security-info');
  });

  it('after step-up, asks whether the registered methods are current and confirms them', async () => {
    const fake = fakeTransport(
      {
        sessionSignIn: async () => ({ mfa_required: true, methods, password_change_required: false, interrupt: reconfirm }),
        methodsList: async () => methodsView({ reconfirm_due: true, interrupt: reconfirm }),
      },
      bootstrap({ flows: ['security_info'] }),
    );
    const { root, app } = await mount(fake.transport);
    byTestId(root, 'flow-security-info').click();
    type(byTestId(root, 'username'), 'jdoe');
    type(byTestId(root, 'password'), 'Passw0rd!');
    byTestId(root, 'submit').click();
    await settle();
    expect(app.screen).toBe('verify');
    byTestId(root, 'mfa-method-m-email').click();
    await settle();
    type(byTestId(root, 'mfa-code'), '123456');
    byTestId(root, 'mfa-submit').click();
    await settle();
    expect(app.screen).toBe('registration-interrupt');
    expect(byTestId(root, 'registration-interrupt').querySelector('h1')!.textContent).toBe('Is your security info still current?');
    expect(byTestId(root, 'interrupt-method-m-email').textContent).toContain('j***@contoso.test');
    expect(queryTestId(root, 'interrupt-method-m-backup')).toBeNull();
    expect(byTestId(root, 'interrupt-skip').textContent).toBe('Skip for now (1 left)');
    byTestId(root, 'interrupt-confirm').click();
    await settle();
    expect(fake.calls).toContainEqual({ method: 'methodsConfirm' });
    expect(app.screen).toBe('security-info');
    expect(byTestId(root, 'security-info-notice').textContent).toContain('confirmed');
    // Shown once per visit: security info does not send back to it.
    expect(app.screen).toBe('security-info');
  });

  it('"Update my info" opens security info without confirming', async () => {
    const { root, app, calls } = await signedIn(reconfirm);
    await settle();
    byTestId(root, 'interrupt-update').click();
    await settle();
    expect(app.screen).toBe('security-info');
    expect(calls.some((c) => c.method === 'methodsConfirm')).toBe(false);
  });

  it('signs out from the interrupt', async () => {
    const { root, app, calls } = await signedIn({ ...register, skips_allowed: 0, skips_left: 0 });
    byTestId(root, 'interrupt-sign-out').click();
    await settle();
    expect(calls).toContainEqual({ method: 'sessionSignOut' });
    expect(app.screen).toBe('start');
  });

  it('goes straight to security info when nothing is asked', async () => {
    const { app } = await signedIn(null);
    expect(app.screen).toBe('security-info');
  });

  it('speaks the chosen language', async () => {
    const boot = bootstrap({ flows: ['security_info'], locale: 'de', ftl: localeBundle('de').ftl });
    const { root } = await signedIn(register, {}, boot);
    expect(byTestId(root, 'registration-interrupt').querySelector('h1')!.textContent).toBe(
      'Ihre Organisation benötigt weitere Angaben, um Ihr Konto zu schützen',
    );
    expect(byTestId(root, 'interrupt-skip').textContent).toBe('Vorerst überspringen (noch 3)');
  });
});
