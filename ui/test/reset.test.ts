import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/error';
import type { Transport } from '../src/api/transport';
import type { ResetStarted } from '../src/api/types';
import { bootstrap, byTestId, fakeTransport, goodVerdict, localeBundle, mount, queryTestId, resetMethods, settle, type } from './fixtures';

const boot = (over = {}) => bootstrap({ flows: ['reset', 'unlock', 'change'], ...over });

async function open(flow: 'reset' | 'unlock', over: Partial<Transport> = {}, options = {}, b = boot()) {
  const fake = fakeTransport(over, b);
  const { root, app } = await mount(fake.transport, options);
  byTestId(root, `flow-${flow}`).click();
  return { root, app, calls: fake.calls, captcha: fake.captcha };
}

async function identify(root: HTMLElement, username = 'jdoe') {
  type(byTestId(root, 'reset-username'), username);
  byTestId(root, 'reset-next').click();
  await settle();
}

async function verifyWithCode(root: HTMLElement, methodId: string, code = '123456') {
  byTestId(root, `reset-method-${methodId}`).click();
  await settle();
  type(byTestId(root, 'reset-code'), code);
  byTestId(root, 'reset-verify').click();
  await settle();
}

const methodCalls = (calls: { method: string }[], name: string) => calls.filter((c) => c.method === name);

afterEach(() => {
  vi.useRealTimers();
});

describe('start screen with reset and unlock', () => {
  it('offers reset and unlock only when the policy lists them, first', async () => {
    let { root } = await mount(fakeTransport({}, boot()).transport);
    expect([...root.querySelectorAll('.flows button')].map((b) => b.getAttribute('data-testid'))).toEqual(['flow-reset', 'flow-unlock', 'flow-change']);
    expect(byTestId(root, 'flow-reset').textContent).toBe('Reset my password');
    expect(byTestId(root, 'flow-unlock').textContent).toBe('Unlock my account');
    ({ root } = await mount(fakeTransport({}, bootstrap({ flows: ['unlock'] })).transport));
    expect(queryTestId(root, 'flow-reset')).toBeNull();
    expect(queryTestId(root, 'flow-unlock')).not.toBeNull();
    ({ root } = await mount(fakeTransport({}, bootstrap({ flows: ['reset'] })).transport));
    expect(queryTestId(root, 'flow-reset')).not.toBeNull();
    expect(queryTestId(root, 'flow-unlock')).toBeNull();
  });
});

describe('reset: who are you', () => {
  it('is step 1 of 3, focuses the user ID and refuses an empty one without a call', async () => {
    const { root, calls } = await open('reset');
    expect(byTestId(root, 'step').textContent).toBe('Step 1 of 3:');
    expect(root.querySelector('h1')!.textContent).toContain('Who are you?');
    expect(document.activeElement).toBe(byTestId(root, 'reset-username'));
    byTestId(root, 'reset-next').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Enter your user ID.');
    expect(methodCalls(calls, 'resetStart')).toHaveLength(0);
  });

  it('shows the captcha progress from the events, then unsubscribes', async () => {
    let finish!: (v: ResetStarted) => void;
    const { root, calls, captcha, app } = await open('reset', {
      resetStart: () => new Promise<ResetStarted>((resolve) => (finish = resolve)),
    });
    await identify(root, ' jdoe ');
    expect(calls).toContainEqual({ method: 'resetStart', arg: { username: 'jdoe', mode: 'reset' } });
    const bar = byTestId(root, 'captcha-progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(byTestId(root, 'captcha').textContent).toContain("Checking this isn't a bot…");
    expect(byTestId<HTMLButtonElement>(root, 'reset-next').disabled).toBe(true);
    expect(captcha.listeners).toBe(1);
    captcha.emit(42.4);
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    captcha.emit(97);
    expect(bar.getAttribute('aria-valuenow')).toBe('97');
    finish({ required: 2, methods: resetMethods, expires_at: Math.floor(Date.now() / 1000) + 900 });
    await settle();
    expect(captcha.listeners).toBe(0);
    expect(app.screen).toBe('reset-verify');
  });

  it('explains a failed captcha and lets the person try again', async () => {
    let fail = true;
    const { root, app } = await open('reset', {
      resetStart: async () => {
        if (fail) throw new ApiError('captcha.expired');
        return { required: 1, methods: resetMethods, expires_at: Math.floor(Date.now() / 1000) + 900 };
      },
    });
    await identify(root);
    expect(byTestId(root, 'error-message').textContent).toContain('took too long and expired');
    expect(byTestId(root, 'captcha').hidden).toBe(true);
    fail = false;
    byTestId(root, 'reset-next').click();
    await settle();
    expect(app.screen).toBe('reset-verify');
  });

  it('says when the organization has reset turned off', async () => {
    const { root } = await open('reset', {
      resetStart: async () => {
        throw new ApiError('reset.disabled');
      },
    });
    await identify(root);
    const error = byTestId(root, 'error');
    expect(error.textContent).toContain("hasn't turned on self-service password reset");
    expect(byTestId(error, 'error-helpdesk').textContent).toContain('help@contoso.test');
  });

  it('shows a blocked reset with how long and the help desk', async () => {
    const { root, app } = await open('reset', {
      resetStart: async () => {
        throw new ApiError('reset.blocked', { retry_after_secs: 86_400 });
      },
    });
    await identify(root);
    expect(app.screen).toBe('reset');
    const error = byTestId(root, 'error');
    expect(error.dataset.code).toBe('reset.blocked');
    expect(byTestId(error, 'error-message').textContent).toContain('blocked for the next 24 hours');
    expect(byTestId(error, 'error-message').textContent).toContain('Contact your help desk');
    expect(byTestId(error, 'error-helpdesk').textContent).toContain('+1 425 555 0100');
    expect(document.activeElement).toBe(error);
  });

  it('cancels on back, even while the captcha runs', async () => {
    const { root, app, calls } = await open('reset', { resetStart: () => new Promise<ResetStarted>(() => {}) });
    await identify(root);
    byTestId(root, 'back').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetCancel' });
    expect(app.screen).toBe('start');
  });
});

describe('reset: verify', () => {
  it('walks the happy path with an email code and the authenticator app, then sets the password', async () => {
    const { root, app, calls } = await open('reset', { evaluatePassword: async () => goodVerdict }, { resendSecs: 30 });
    await identify(root);

    expect(app.screen).toBe('reset-verify');
    expect(byTestId(root, 'step').textContent).toBe('Step 2 of 3:');
    expect(byTestId(root, 'reset-choose').textContent).toBe('Choose how to verify (1 of 2)');
    expect(byTestId(root, 'reset-method-r-email').textContent).toContain('Email');
    expect(byTestId(root, 'reset-method-r-email').textContent).toContain('a***@contoso.com');
    expect(byTestId(root, 'reset-method-r-phone').textContent).toContain('+1 ••• ••• ••34');
    expect(byTestId(root, 'reset-method-r-totp').textContent).toBe('◷Authenticator app');
    expect(byTestId(root, 'reset-method-r-questions').textContent).toContain('Security questions');
    expect(document.activeElement).toBe(byTestId(root, 'reset-method-r-email'));

    byTestId(root, 'reset-method-r-email').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetChallenge', arg: 'r-email' });
    expect(byTestId(root, 'reset-sent').textContent).toBe("We sent a code to a***@contoso.com. It's valid for 5 minutes.");
    expect(byTestId<HTMLButtonElement>(root, 'reset-resend').disabled).toBe(true);
    type(byTestId(root, 'reset-code'), '123 456');
    byTestId(root, 'reset-verify').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-email', code: '123456' } });

    // Second pick: one more, the email is done and no longer offered.
    expect(app.screen).toBe('reset-verify');
    expect(byTestId(root, 'reset-choose').textContent).toBe('Choose how to verify (2 of 2)');
    expect(byTestId(root, 'reset-notice').textContent).toContain('verified. Now choose one more method.');

    byTestId(root, 'reset-method-r-totp').click();
    await settle();
    expect(methodCalls(calls, 'resetChallenge')).toHaveLength(1);
    expect(byTestId(root, 'reset-pane').textContent).toContain('authenticator app');
    type(byTestId(root, 'reset-code'), '654321');
    byTestId(root, 'reset-verify').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-totp', code: '654321' } });

    expect(app.screen).toBe('reset-password');
    expect(byTestId(root, 'step').textContent).toBe('Step 3 of 3:');
    expect(document.activeElement).toBe(byTestId(root, 'new-password'));
    type(byTestId(root, 'new-password'), 'correct horse battery staple');
    type(byTestId(root, 'confirm-password'), 'correct horse battery staple');
    await settle();
    expect(calls).toContainEqual({ method: 'evaluatePassword', arg: { password: 'correct horse battery staple', username: 'jdoe' } });
    byTestId(root, 'reset-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetSetPassword', arg: 'correct horse battery staple' });

    expect(app.screen).toBe('reset-done');
    const done = byTestId(root, 'reset-done');
    expect(done.textContent).toContain('Your password was changed. Sign in with it on this device.');
    expect(done.textContent).toContain('We sent a notification to your registered email address and phone.');
    expect(methodCalls(calls, 'sessionSignIn')).toHaveLength(0);
    expect(queryTestId(root, 'kiosk-countdown')).toBeNull();
  });

  it("checks the new password with the user's own rules once verified (a fine-grained directory policy)", async () => {
    const own = { ...bootstrap().policy!, min_length: 14, history_count: 3 };
    let verified = 0;
    const { root, app, calls } = await open('reset', {
      evaluatePassword: async () => goodVerdict,
      resetVerify: async (req) => {
        verified += 1;
        return verified < 2
          ? { verified: [req.method_id], remaining: 1 }
          : { verified: ['r-email', req.method_id], remaining: 0, password_policy: own };
      },
    });
    await identify(root);
    for (const id of ['r-email', 'r-totp']) {
      byTestId(root, `reset-method-${id}`).click();
      await settle();
      type(byTestId(root, 'reset-code'), '123456');
      byTestId(root, 'reset-verify').click();
      await settle();
    }
    expect(app.screen).toBe('reset-password');
    // The checklist shows the user's minimum, not the tenant's.
    expect(root.textContent).toContain('14');
    type(byTestId(root, 'new-password'), 'Kettle-Nim91');
    await settle();
    expect(calls).toContainEqual({ method: 'evaluatePassword', arg: { password: 'Kettle-Nim91', username: 'jdoe', policy: own } });
  });

  it('hides verified methods from the second pick and marks them verified', async () => {
    const { root } = await open('reset');
    await identify(root);
    expect(queryTestId(root, 'reset-verified')).toBeNull();
    await verifyWithCode(root, 'r-phone');
    expect(queryTestId(root, 'reset-method-r-phone')).toBeNull();
    for (const id of ['r-email', 'r-totp', 'r-questions']) expect(queryTestId(root, `reset-method-${id}`)).not.toBeNull();
    const verified = byTestId(root, 'reset-verified-r-phone');
    expect(verified.textContent).toContain('✓');
    expect(verified.textContent).toContain('+1 ••• ••• ••34');
    expect(verified.textContent).toContain('verified');
    expect(document.activeElement).toBe(byTestId(root, 'reset-method-r-email'));
  });

  it('asks for the security key\'s PIN and verifies the key with it', async () => {
    const key = { id: 'r-key', kind: 'security_key' as const, hint: 'Blue key' };
    const { root, calls, app } = await open('reset', {
      resetStart: async () => ({ required: 1, methods: [...resetMethods, key], expires_at: Math.floor(Date.now() / 1000) + 900 }),
      resetVerify: async (req) => {
        if (req.pin === undefined) throw new ApiError('security_key.pin_required');
        if (req.pin !== '2468') throw new ApiError('security_key.pin_invalid');
        return { verified: [req.method_id], remaining: 0 };
      },
    });
    await identify(root);
    byTestId(root, 'reset-method-r-key').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-key' } });
    expect(byTestId(root, 'error-message').textContent).toContain('This key needs its PIN');
    const pin = byTestId<HTMLInputElement>(root, 'reset-key-pin');
    expect(pin.type).toBe('password');
    expect(document.activeElement).toBe(pin);
    type(pin, '1357');
    pin.form!.requestSubmit();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-key', pin: '1357' } });
    expect(app.screen).toBe('reset-verify');
    const again = byTestId<HTMLInputElement>(root, 'reset-key-pin');
    expect(again.value).toBe('');
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(again);
    type(again, '2468');
    byTestId(root, 'reset-key-pin-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-key', pin: '2468' } });
    expect(again.value).toBe('');
    expect(app.screen).toBe('reset-password');
  });

  it('asks the security questions with hidden answers', async () => {
    const { root, calls } = await open('reset');
    await identify(root);
    byTestId(root, 'reset-method-r-questions').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetChallenge', arg: 'r-questions' });
    const answers = [0, 1, 2].map((i) => byTestId<HTMLInputElement>(root, `reset-answer-${i}`));
    expect(answers.map((a) => a.type)).toEqual(['password', 'password', 'password']);
    answers.forEach((a, i) => type(a, `answer ${i}`));
    byTestId(root, 'reset-verify').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetVerify', arg: { method_id: 'r-questions', answers: ['answer 0', 'answer 1', 'answer 2'] } });
  });

  it('keeps the person on a wrong code with the reason', async () => {
    const { root, app } = await open('reset', {
      resetVerify: async () => {
        throw new ApiError('code.invalid');
      },
    });
    await identify(root);
    await verifyWithCode(root, 'r-email', '000000');
    expect(app.screen).toBe('reset-verify');
    expect(byTestId(root, 'error-message').textContent).toContain("That code isn't right");
    expect(document.activeElement).toBe(byTestId(root, 'reset-code'));
  });

  it('asks for a strong method when the server requires one', async () => {
    const { root } = await open('reset', {
      resetVerify: async () => {
        throw new ApiError('reset.strong_method_required');
      },
    });
    await identify(root);
    await verifyWithCode(root, 'r-email');
    expect(byTestId(root, 'error-message').textContent).toContain('authenticator app or security key');
    expect(queryTestId(root, 'reset-code')).toBeNull();
    expect(byTestId(root, 'reset-method-r-email').getAttribute('aria-pressed')).toBe('false');
  });

  it('locks the choices when the reset gets blocked, leaving only cancel', async () => {
    const { root, calls, app } = await open('reset', {
      resetVerify: async () => {
        throw new ApiError('reset.blocked', { retry_after_secs: 3600 });
      },
    });
    await identify(root);
    await verifyWithCode(root, 'r-email');
    const error = byTestId(root, 'error');
    expect(error.textContent).toContain('blocked for the next hour');
    expect(byTestId(error, 'error-helpdesk').textContent).toContain('help@contoso.test');
    expect(byTestId<HTMLButtonElement>(root, 'reset-method-r-email').disabled).toBe(true);
    expect(queryTestId(root, 'reset-code')).toBeNull();
    byTestId(root, 'back').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetCancel' });
    expect(app.screen).toBe('start');
  });

  it('cancels the reset on the verify and the password steps', async () => {
    const { root, app, calls } = await open('reset');
    await identify(root);
    byTestId(root, 'back').click();
    await settle();
    expect(methodCalls(calls, 'resetCancel')).toHaveLength(1);
    expect(app.screen).toBe('start');

    byTestId(root, 'flow-reset').click();
    expect(byTestId<HTMLInputElement>(root, 'reset-username').value).toBe('');
    await identify(root);
    await verifyWithCode(root, 'r-email');
    await verifyWithCode(root, 'r-totp');
    expect(app.screen).toBe('reset-password');
    type(byTestId(root, 'new-password'), 'typed but abandoned');
    byTestId(root, 'back').click();
    await settle();
    expect(methodCalls(calls, 'resetCancel')).toHaveLength(2);
    expect(app.screen).toBe('start');
  });
});

describe('reset: new password', () => {
  async function openPassword(over: Partial<Transport> = {}) {
    const opened = await open('reset', over);
    await identify(opened.root);
    await verifyWithCode(opened.root, 'r-email');
    await verifyWithCode(opened.root, 'r-totp');
    return opened;
  }

  it('shows a refused password next to the field', async () => {
    const { root, app } = await openPassword({
      resetSetPassword: async () => {
        throw new ApiError('password.reused');
      },
    });
    type(byTestId(root, 'new-password'), 'an old favourite');
    type(byTestId(root, 'confirm-password'), 'an old favourite');
    await settle();
    byTestId(root, 'reset-submit').click();
    await settle();
    expect(app.screen).toBe('reset-password');
    expect(byTestId(root, 'error-message').textContent).toContain('You have used this password before');
    expect(document.activeElement).toBe(byTestId(root, 'new-password'));
  });

  it('goes back to verifying when the server wants another method', async () => {
    const { root, app } = await openPassword({
      resetSetPassword: async () => {
        throw new ApiError('reset.more_methods_needed', { remaining: 1 });
      },
    });
    type(byTestId(root, 'new-password'), 'correct horse battery staple');
    type(byTestId(root, 'confirm-password'), 'correct horse battery staple');
    await settle();
    byTestId(root, 'reset-submit').click();
    await settle();
    expect(app.screen).toBe('reset-verify');
    expect(byTestId(root, 'error-message').textContent).toBe("Confirm it's you with one more method first.");
    expect(byTestId(root, 'reset-choose').textContent).toBe('Choose how to verify (2 of 2)');
    expect(queryTestId(root, 'reset-method-r-email')).toBeNull();
  });
});

describe('unlock', () => {
  it('verifies, then unlocks without a new password', async () => {
    const { root, app, calls } = await open('unlock');
    expect(root.textContent).toContain('Your password stays the same.');
    await identify(root);
    expect(calls).toContainEqual({ method: 'resetStart', arg: { username: 'jdoe', mode: 'unlock' } });
    await verifyWithCode(root, 'r-email');
    await verifyWithCode(root, 'r-totp');
    expect(app.screen).toBe('unlock-confirm');
    expect(byTestId(root, 'step').textContent).toBe('Step 3 of 3:');
    expect(queryTestId(root, 'new-password')).toBeNull();
    expect(document.activeElement).toBe(byTestId(root, 'unlock-submit'));
    byTestId(root, 'unlock-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'resetUnlock' });
    expect(methodCalls(calls, 'resetSetPassword')).toHaveLength(0);
    expect(methodCalls(calls, 'evaluatePassword')).toHaveLength(0);
    expect(app.screen).toBe('reset-done');
    expect(byTestId(root, 'unlock-done').textContent).toContain('Your account is unlocked. Sign in with your current password.');
    expect(queryTestId(root, 'reset-done')).toBeNull();
  });

  it('offers a reset instead when unlock alone is not allowed', async () => {
    const { root, app } = await open('unlock', {
      resetStart: async (req) => {
        if (req.mode === 'unlock') throw new ApiError('reset.unlock_disabled');
        return { required: 1, methods: resetMethods, expires_at: Math.floor(Date.now() / 1000) + 900 };
      },
    });
    await identify(root);
    expect(byTestId(root, 'error-message').textContent).toContain("doesn't allow unlocking an account without choosing a new password");
    byTestId(root, 'switch-to-reset').click();
    await settle();
    expect(app.screen).toBe('reset');
    expect(byTestId<HTMLInputElement>(root, 'reset-username').value).toBe('jdoe');
  });
});

describe('reset session time', () => {
  it('shows the time left under 2 minutes, then says it expired and offers to start again', async () => {
    const { root, app, calls } = await open('reset');
    vi.useFakeTimers();
    byTestId<HTMLInputElement>(root, 'reset-username').value = 'jdoe';
    byTestId(root, 'reset-next').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.screen).toBe('reset-verify');
    const timer = byTestId(root, 'reset-timer');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(timer.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(781_000 - 60_000);
    expect(timer.hidden).toBe(false);
    expect(timer.textContent).toContain('Time left to finish: 1:59.');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(byTestId(root, 'reset-timer').textContent).toContain('0:59');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(app.screen).toBe('reset-expired');
    expect(byTestId(root, 'reset-expired').textContent).toContain('this one has ended');
    expect(calls).toContainEqual({ method: 'resetCancel' });
    byTestId(root, 'reset-restart').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.screen).toBe('reset');
    expect(byTestId<HTMLInputElement>(root, 'reset-username').value).toBe('jdoe');
  });

  it('says so when the server answers reset.expired', async () => {
    const { root, app } = await open('reset', {
      resetVerify: async () => {
        throw new ApiError('reset.expired');
      },
    });
    await identify(root);
    await verifyWithCode(root, 'r-email');
    expect(app.screen).toBe('reset-expired');
    expect(document.activeElement).toBe(byTestId(root, 'reset-restart'));
  });

  it('returns to start by itself in kiosk mode and cancels the reset', async () => {
    const { root, app, calls } = await open('reset', {}, { kioskReturnSecs: 2 }, boot({ kiosk: true }));
    await identify(root);
    await verifyWithCode(root, 'r-email');
    await verifyWithCode(root, 'r-totp');
    type(byTestId(root, 'new-password'), 'correct horse battery staple');
    type(byTestId(root, 'confirm-password'), 'correct horse battery staple');
    await settle();
    vi.useFakeTimers();
    byTestId(root, 'reset-submit').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.screen).toBe('reset-done');
    expect(byTestId(root, 'kiosk-countdown').textContent).toBe('Going back to the start screen in 2 seconds.');
    await vi.advanceTimersByTimeAsync(2000);
    expect(app.screen).toBe('start');
    expect(calls).toContainEqual({ method: 'resetCancel' });
    byTestId(root, 'flow-reset').click();
    expect(byTestId<HTMLInputElement>(root, 'reset-username').value).toBe('');
  });
});

describe('reset in German', () => {
  it('renders every step without a missing message', async () => {
    const { root, app } = await open('reset', {}, {}, boot({ locale: 'de', ftl: localeBundle('de').ftl }));
    expect(root.querySelector('h1')!.textContent).toContain('Wer sind Sie?');
    await identify(root);
    expect(byTestId(root, 'reset-choose').textContent).toBe('Wählen Sie, wie Sie sich bestätigen (1 von 2)');
    await verifyWithCode(root, 'r-email');
    expect(byTestId(root, 'reset-verified-r-email').textContent).toContain('bestätigt');
    await verifyWithCode(root, 'r-totp');
    expect(app.screen).toBe('reset-password');
    type(byTestId(root, 'new-password'), 'correct horse battery staple');
    type(byTestId(root, 'confirm-password'), 'correct horse battery staple');
    await settle();
    byTestId(root, 'reset-submit').click();
    await settle();
    expect(byTestId(root, 'reset-done').textContent).toContain('Ihr Kennwort wurde geändert. Melden Sie sich auf diesem Gerät damit an.');
  });
});
