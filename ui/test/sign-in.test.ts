import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/error';
import type { Transport } from '../src/api/transport';
import { bootstrap, byTestId, fakeTransport, methods, mount, queryTestId, settle, type } from './fixtures';

const boot = () => bootstrap({ flows: ['change', 'security_info'] });

async function openSignIn(over: Partial<Transport> = {}, options = {}) {
  const fake = fakeTransport(over, boot());
  const { root, app } = await mount(fake.transport, options);
  byTestId(root, 'flow-security-info').click();
  return { root, app, calls: fake.calls };
}

async function signIn(root: HTMLElement, username = 'jdoe', password = 'Passw0rd!') {
  type(byTestId(root, 'username'), username);
  type(byTestId(root, 'password'), password);
  byTestId(root, 'submit').click();
  await settle();
}

describe('start screen with security info', () => {
  it('offers "My security info" only when the policy lists it', async () => {
    let { root } = await mount(fakeTransport({}, boot()).transport);
    expect(byTestId(root, 'flow-security-info').textContent).toBe('My security info');
    ({ root } = await mount(fakeTransport({}, bootstrap({ flows: ['change'] })).transport));
    expect(queryTestId(root, 'flow-security-info')).toBeNull();
  });
});

describe('sign in', () => {
  it('is step 1 of 2, focuses the user ID and refuses empty fields without a call', async () => {
    const { root, calls } = await openSignIn();
    expect(byTestId(root, 'step').textContent).toBe('Step 1 of 2:');
    expect(document.activeElement).toBe(byTestId(root, 'username'));
    type(byTestId(root, 'username'), 'jdoe');
    byTestId(root, 'submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Enter your password.');
    expect(document.activeElement).toBe(byTestId(root, 'password'));
    expect(calls.some((c) => c.method === 'sessionSignIn')).toBe(false);
  });

  it('has a show/hide toggle on the password', async () => {
    const { root } = await openSignIn();
    const password = byTestId<HTMLInputElement>(root, 'password');
    expect(password.type).toBe('password');
    byTestId(root, 'toggle-password').click();
    expect(password.type).toBe('text');
  });

  it('routes to step-up when MFA is required, listing the verified methods with masked hints', async () => {
    const unverified = { ...methods[1]!, id: 'm-pending', verified: false };
    const { root, app, calls } = await openSignIn({
      sessionSignIn: async () => ({ mfa_required: true, password_change_required: false, methods: [...methods, unverified] }),
    });
    await signIn(root, ' jdoe ');
    expect(calls).toContainEqual({ method: 'sessionSignIn', arg: { username: 'jdoe', password: 'Passw0rd!' } });
    expect(app.screen).toBe('verify');
    expect(byTestId(root, 'step').textContent).toBe('Step 2 of 2:');
    expect(byTestId(root, 'mfa-method-m-email').textContent).toContain('j***@contoso.test');
    expect(byTestId(root, 'mfa-method-m-phone').textContent).toContain('+1 ••• ••• ••34');
    expect(queryTestId(root, 'mfa-method-m-pending')).toBeNull();
    expect(document.activeElement).toBe(byTestId(root, 'mfa-method-m-totp'));
  });

  it('routes to change password with the user ID prefilled and says why', async () => {
    const { root, app } = await openSignIn({
      sessionSignIn: async () => ({ mfa_required: false, password_change_required: true, methods: [] }),
    });
    await signIn(root, 'jdoe');
    expect(app.screen).toBe('change');
    expect(byTestId<HTMLInputElement>(root, 'username').value).toBe('jdoe');
    expect(byTestId(root, 'change-required-notice').textContent).toContain('You need to change your password');
    expect(document.activeElement).toBe(byTestId(root, 'current-password'));
  });

  it('also routes to change password when sign-in refuses with auth.password_change_required', async () => {
    const { root, app } = await openSignIn({
      sessionSignIn: async () => {
        throw new ApiError('auth.password_change_required');
      },
    });
    await signIn(root, 'jdoe');
    expect(app.screen).toBe('change');
    expect(byTestId<HTMLInputElement>(root, 'username').value).toBe('jdoe');
    expect(queryTestId(root, 'change-required-notice')).not.toBeNull();
  });

  it('goes straight to security info when no step-up is needed', async () => {
    const { root, app } = await openSignIn({
      sessionSignIn: async () => ({ mfa_required: false, password_change_required: false, methods: [] }),
    });
    await signIn(root);
    expect(app.screen).toBe('security-info');
  });

  it('shows a wrong password with the help desk, clears it and focuses it', async () => {
    const { root, app } = await openSignIn({
      sessionSignIn: async () => {
        throw new ApiError('auth.invalid_credentials');
      },
    });
    await signIn(root);
    expect(app.screen).toBe('sign-in');
    const error = byTestId(root, 'error');
    expect(error.textContent).toContain('The user ID or current password is wrong');
    expect(byTestId(error, 'error-helpdesk').textContent).toContain('help@contoso.test');
    const password = byTestId<HTMLInputElement>(root, 'password');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
  });

  it('offers to unlock a locked account now, with the user ID carried over, when unlock is allowed', async () => {
    const locked = async () => {
      throw new ApiError('auth.account_locked', { minutes: 15 });
    };
    const fake = fakeTransport({ sessionSignIn: locked }, bootstrap({ flows: ['unlock', 'change', 'security_info'] }));
    const { root, app } = await mount(fake.transport);
    byTestId(root, 'flow-security-info').click();
    await signIn(root, 'jdoe');
    const error = byTestId(root, 'error');
    expect(error.textContent).toContain('Your account is locked');
    byTestId(error, 'unlock-now').click();
    await settle();
    expect(app.screen).toBe('unlock');
    expect(byTestId<HTMLInputElement>(root, 'reset-username').value).toBe('jdoe');

    // Without the unlock flow there is nothing to offer.
    const { root: other } = await openSignIn({ sessionSignIn: locked });
    await signIn(other, 'jdoe');
    expect(queryTestId(byTestId(other, 'error'), 'unlock-now')).toBeNull();
  });

  it('forgets the visit when going back to start', async () => {
    const { root, app } = await openSignIn({
      sessionSignIn: async () => ({ mfa_required: false, password_change_required: true, methods: [] }),
    });
    await signIn(root, 'jdoe');
    byTestId(root, 'back').click();
    expect(app.screen).toBe('start');
    byTestId(root, 'flow-change').click();
    expect(byTestId<HTMLInputElement>(root, 'username').value).toBe('');
    expect(queryTestId(root, 'change-required-notice')).toBeNull();
  });
});

describe('step-up', () => {
  async function openVerify(over: Partial<Transport> = {}, options = {}) {
    const opened = await openSignIn(over, options);
    await signIn(opened.root);
    return opened;
  }

  it('sends an email code, shows where and for how long, then verifies it', async () => {
    const { root, app, calls } = await openVerify({
      mfaChallenge: async () => ({ hint: 'j***@contoso.test', expires_in_secs: 300 }),
    });
    byTestId(root, 'mfa-method-m-email').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaChallenge', arg: 'm-email' });
    expect(byTestId(root, 'mfa-method-m-email').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, 'mfa-sent').textContent).toBe('We sent a code to j***@contoso.test. It\'s valid for 5 minutes.');
    const code = byTestId<HTMLInputElement>(root, 'mfa-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(document.activeElement).toBe(code);
    const resend = byTestId<HTMLButtonElement>(root, 'mfa-resend');
    expect(resend.disabled).toBe(true);
    expect(resend.textContent).toBe('Send a new code (in 30 s)');
    type(code, '123 456');
    byTestId(root, 'mfa-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-email', code: '123456' } });
    expect(app.screen).toBe('security-info');
  });

  it('offers a new code after the wait', async () => {
    const { root, calls } = await openVerify({}, { resendSecs: 2 });
    vi.useFakeTimers();
    try {
      byTestId(root, 'mfa-method-m-phone').click();
      await vi.advanceTimersByTimeAsync(0);
      const resend = byTestId<HTMLButtonElement>(root, 'mfa-resend');
      expect(resend.disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(2000);
      expect(resend.disabled).toBe(false);
      expect(resend.textContent).toBe('Send a new code');
      resend.click();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls.filter((c) => c.method === 'mfaChallenge')).toHaveLength(2);
      expect(resend.disabled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the person on the code after a wrong one, with the reason', async () => {
    const { root, app } = await openVerify({
      mfaVerify: async () => {
        throw new ApiError('mfa.code_invalid');
      },
    });
    byTestId(root, 'mfa-method-m-totp').click();
    await settle();
    const code = byTestId<HTMLInputElement>(root, 'mfa-code');
    type(code, '000000');
    byTestId(root, 'mfa-submit').click();
    await settle();
    expect(app.screen).toBe('verify');
    expect(byTestId(root, 'error-message').textContent).toContain("That code isn't right");
    expect(code.value).toBe('');
    expect(document.activeElement).toBe(code);
  });

  it('asks the questions with hidden answers and sends them in order', async () => {
    const { root, calls, app } = await openVerify();
    byTestId(root, 'mfa-method-m-questions').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaChallenge', arg: 'm-questions' });
    const answers = [0, 1, 2].map((i) => byTestId<HTMLInputElement>(root, `mfa-answer-${i}`));
    expect(answers.map((a) => a.type)).toEqual(['password', 'password', 'password']);
    expect(root.textContent).toContain('What was the name of your first pet?');
    byTestId(root, 'toggle-mfa-answer-1').click();
    expect(answers[1]!.type).toBe('text');
    answers.forEach((a, i) => type(a, `answer ${i}`));
    byTestId(root, 'mfa-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-questions', answers: ['answer 0', 'answer 1', 'answer 2'] } });
    expect(app.screen).toBe('security-info');
  });

  it('runs the security key ceremony without a code', async () => {
    let finish!: () => void;
    const { root, calls, app } = await openVerify({ mfaVerify: () => new Promise<void>((resolve) => (finish = resolve)) });
    byTestId(root, 'mfa-method-m-key').click();
    await settle();
    expect(byTestId(root, 'mfa-key-waiting').textContent).toContain('touch it');
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-key' } });
    finish();
    await settle();
    expect(app.screen).toBe('security-info');
  });

  it('asks for the key\'s PIN when the key needs one and sends it with the verify', async () => {
    const { root, calls, app } = await openVerify({
      mfaVerify: async (req) => {
        if (req.pin === undefined) throw new ApiError('security_key.pin_required');
        if (req.pin !== 'Tr0ub4dor') throw new ApiError('security_key.pin_invalid');
      },
    });
    byTestId(root, 'mfa-method-m-key').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-key' } });
    expect(app.screen).toBe('verify');
    expect(byTestId(root, 'error').getAttribute('data-code')).toBe('security_key.pin_required');
    expect(byTestId(root, 'error-message').textContent).toContain('This key needs its PIN');
    const pin = byTestId<HTMLInputElement>(root, 'mfa-key-pin');
    expect(pin.type).toBe('password');
    expect(pin.getAttribute('autocomplete')).toBe('off');
    expect(pin.hasAttribute('inputmode')).toBe(false);
    expect(root.querySelector(`label[for="${pin.id}"]`)!.textContent).toBe('Security key PIN');
    expect(document.activeElement).toBe(pin);
    expect(byTestId(root, 'mfa-submit').hidden).toBe(true);
    // Enter in the field sends the PIN: its button is the form's default button.
    expect(pin.form!.querySelector('button[type="submit"]')).toBe(byTestId(root, 'mfa-key-pin-submit'));

    type(pin, 'wrong');
    pin.form!.requestSubmit();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-key', pin: 'wrong' } });
    expect(pin.value).toBe('');
    expect(byTestId(root, 'error-message').textContent).toContain("The key's PIN was wrong");
    const again = byTestId<HTMLInputElement>(root, 'mfa-key-pin');
    expect(again.value).toBe('');
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(again);

    byTestId(root, 'mfa-key-pin-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe("Enter your security key's PIN.");
    expect(calls.filter((c) => c.method === 'mfaVerify')).toHaveLength(2);

    type(again, 'Tr0ub4dor');
    byTestId(root, 'mfa-key-pin-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'mfaVerify', arg: { method_id: 'm-key', pin: 'Tr0ub4dor' } });
    expect(again.value).toBe('');
    expect(app.screen).toBe('security-info');
  });

  it('asks for the PIN again, not keeping it, when picking another method and the key again', async () => {
    const { root, calls } = await openVerify({
      mfaVerify: async (req) => {
        if (req.pin === undefined) throw new ApiError('security_key.pin_required');
        throw new ApiError('security_key.timeout');
      },
    });
    byTestId(root, 'mfa-method-m-key').click();
    await settle();
    type(byTestId(root, 'mfa-key-pin'), '123456');
    byTestId(root, 'mfa-key-pin-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain("The key wasn't touched in time");
    // Retrying the same key goes straight to its PIN, which was not kept.
    byTestId(root, 'mfa-key-retry').click();
    await settle();
    expect(calls.filter((c) => c.method === 'mfaVerify')).toHaveLength(2);
    const pin = byTestId<HTMLInputElement>(root, 'mfa-key-pin');
    expect(pin.value).toBe('');
    expect(document.activeElement).toBe(pin);
    type(pin, '123456');
    byTestId(root, 'mfa-method-m-totp').click();
    await settle();
    expect(pin.value).toBe('');
    expect(queryTestId(root, 'mfa-key-pin')).toBeNull();
    byTestId(root, 'mfa-method-m-key').click();
    await settle();
    expect(calls.filter((c) => c.method === 'mfaVerify').map((c) => c.arg)).toEqual([
      { method_id: 'm-key' },
      { method_id: 'm-key', pin: '123456' },
      { method_id: 'm-key' },
    ]);
  });

  it('signs the half-open session out on cancel', async () => {
    const { root, calls, app } = await openVerify();
    byTestId(root, 'back').click();
    await settle();
    expect(calls).toContainEqual({ method: 'sessionSignOut' });
    expect(app.screen).toBe('start');
  });
});

describe('stay signed in', () => {
  it('is offered where the policy allows it and passed to the Rust side', async () => {
    const { transport, calls } = fakeTransport({}, bootstrap({ stay_signed_in: { offered: true, resumed: false } }));
    const { root, app } = await mount(transport);
    app.go('sign-in');
    const stay = byTestId<HTMLInputElement>(root, 'stay-signed-in');
    stay.checked = true;
    type(byTestId<HTMLInputElement>(root, 'username'), 'alex');
    type(byTestId<HTMLInputElement>(root, 'password'), 'pw');
    byTestId<HTMLFormElement>(root, 'submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'sessionSignIn', arg: { username: 'alex', password: 'pw', stay_signed_in: true } });
  });

  it('is not offered otherwise', async () => {
    const { root, app } = await mount(fakeTransport().transport);
    app.go('sign-in');
    expect(queryTestId(root, 'stay-signed-in')).toBeNull();
  });

  it('goes straight to the security info when a kept session still holds', async () => {
    const { transport } = fakeTransport({}, bootstrap({ flows: ['security_info'], stay_signed_in: { offered: true, resumed: false } }));
    transport.sessionResume = async () => ({ offered: true, resumed: true });
    const { root, app } = await mount(transport);
    byTestId(root, 'flow-security-info').click();
    await settle();
    expect(app.screen).toBe('security-info');
  });

  it('signs in when no kept session holds', async () => {
    const { transport } = fakeTransport({}, bootstrap({ flows: ['security_info'], stay_signed_in: { offered: true, resumed: false } }));
    transport.sessionResume = async () => ({ offered: true, resumed: false });
    const { root, app } = await mount(transport);
    byTestId(root, 'flow-security-info').click();
    await settle();
    expect(app.screen).toBe('sign-in');
    expect(queryTestId(root, 'sign-in-notice')).toBeNull();
  });

  it('says so on the sign-in screen when the keyring could not be read, once', async () => {
    const { transport } = fakeTransport({}, bootstrap({ flows: ['security_info'], stay_signed_in: { offered: true, resumed: false } }));
    transport.sessionResume = async () => ({ offered: true, resumed: false, problem: { code: 'keyring.unavailable' } });
    const { root, app } = await mount(transport);
    byTestId(root, 'flow-security-info').click();
    await settle();
    expect(app.screen).toBe('sign-in');
    expect(byTestId(root, 'sign-in-notice').textContent).toBe(
      "This device's keyring couldn't be read, so your kept sign-in can't be used. Sign in to continue; everything else works.",
    );
    app.go('start');
    app.go('sign-in');
    expect(queryTestId(root, 'sign-in-notice')).toBeNull();
  });
});
