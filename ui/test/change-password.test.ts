import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/error';
import type { PasswordEvaluateRequest, PasswordVerdict } from '../src/api/types';
import { bootstrap, byTestId, fakeTransport, goodVerdict, mount, queryTestId, settle, type, weakVerdict } from './fixtures';

async function openChange(over: Parameters<typeof fakeTransport>[0] = {}, boot = bootstrap()) {
  const fake = fakeTransport(over, boot);
  const { root, app } = await mount(fake.transport);
  byTestId(root, 'flow-change').click();
  return { root, app, calls: fake.calls };
}

function fill(root: HTMLElement, values: { username?: string; current?: string; next?: string; confirm?: string }) {
  if (values.username !== undefined) type(byTestId(root, 'username'), values.username);
  if (values.current !== undefined) type(byTestId(root, 'current-password'), values.current);
  if (values.next !== undefined) type(byTestId(root, 'new-password'), values.next);
  if (values.confirm !== undefined) type(byTestId(root, 'confirm-password'), values.confirm);
}

function submit(root: HTMLElement) {
  byTestId(root, 'submit').click();
}

function checklist(root: HTMLElement) {
  return [...byTestId(root, 'password-checklist').querySelectorAll('li')].map((li) => [li.dataset.testid, li.dataset.ok]);
}

describe('change password screen', () => {
  it('shows both steps, focuses the user ID and lists the policy before anything is typed', async () => {
    const { root } = await openChange();
    expect(byTestId(root, 'step-1').textContent).toContain('Step 1 of 2');
    expect(byTestId(root, 'step-2').textContent).toContain('Step 2 of 2');
    expect(document.activeElement).toBe(byTestId(root, 'username'));
    expect(checklist(root)).toEqual([
      ['rule-length', 'false'],
      ['rule-not_banned', 'false'],
      ['rule-not_breached', 'false'],
      ['rule-strength', 'false'],
      ['rule-no_user_info', 'false'],
    ]);
    expect(byTestId(root, 'rule-length').textContent).toContain('12 to 256 characters');
    expect(byTestId(root, 'strength-meter').dataset.score).toBe('0');
  });

  it('shows the checklist states, strength and reasons from the verdict', async () => {
    const { root, calls } = await openChange({ evaluatePassword: async () => weakVerdict });
    fill(root, { username: 'jdoe', next: 'hunter2' });
    await settle();
    expect(calls).toContainEqual({ method: 'evaluatePassword', arg: { password: 'hunter2', username: 'jdoe' } });
    expect(checklist(root)).toEqual([
      ['rule-length', 'false'],
      ['rule-not_banned', 'true'],
      ['rule-not_breached', 'false'],
      ['rule-strength', 'false'],
      ['rule-no_user_info', 'true'],
    ]);
    const strengthRule = byTestId(root, 'rule-strength');
    expect(strengthRule.textContent).toContain('Not met:');
    expect(strengthRule.textContent).toContain('at least “good”');
    expect(byTestId(root, 'rule-not_banned').textContent).toContain('Met:');
    const meter = byTestId(root, 'strength-meter');
    expect(meter.dataset.score).toBe('1');
    expect(meter.textContent).toContain('Strength: weak');
    const problems = byTestId(root, 'password-problems').textContent!;
    expect(problems).toContain("It's too short");
    expect(problems).toContain('list of breached passwords');
  });

  it('ignores a stale verdict that arrives after a newer one', async () => {
    const pending: { req: PasswordEvaluateRequest; resolve: (v: PasswordVerdict) => void }[] = [];
    const { root } = await openChange({
      evaluatePassword: (req) => new Promise((resolve) => pending.push({ req, resolve })),
    });
    fill(root, { next: 'short' });
    await settle();
    fill(root, { next: 'correct horse battery staple' });
    await settle();
    expect(pending.map((p) => p.req.password)).toEqual(['short', 'correct horse battery staple']);
    pending[1]!.resolve(goodVerdict);
    await settle();
    pending[0]!.resolve(weakVerdict);
    await settle();
    expect(byTestId(root, 'strength-meter').dataset.score).toBe('4');
    expect(byTestId(root, 'rule-length').dataset.ok).toBe('true');
  });

  it('catches a mismatched confirmation before sending anything', async () => {
    const { root, calls } = await openChange();
    fill(root, { username: 'jdoe', current: 'old-Passw0rd', next: 'correct horse battery staple', confirm: 'correct horse battery stapel' });
    await settle();
    submit(root);
    await settle();
    const error = byTestId(root, 'error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain("The two new passwords don't match");
    expect(calls.some((c) => c.method === 'changePassword')).toBe(false);
    expect(document.activeElement).toBe(byTestId(root, 'confirm-password'));
  });

  it('asks for a missing field instead of sending', async () => {
    const { root, calls } = await openChange();
    fill(root, { username: 'jdoe' });
    submit(root);
    await settle();
    expect(byTestId(root, 'error').textContent).toContain('Enter your current password.');
    expect(document.activeElement).toBe(byTestId(root, 'current-password'));
    expect(calls.some((c) => c.method === 'changePassword')).toBe(false);
  });

  it('shows a specific localized error with the help desk on auth.invalid_credentials', async () => {
    const { root } = await openChange({
      changePassword: async () => {
        throw new ApiError('auth.invalid_credentials');
      },
    });
    fill(root, { username: 'jdoe', current: 'wrong', next: 'correct horse battery staple', confirm: 'correct horse battery staple' });
    await settle();
    submit(root);
    await settle();
    const error = byTestId(root, 'error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(byTestId(error, 'error-message').textContent).toBe(
      'The user ID or current password is wrong. Check both (is Caps Lock on?) and try again.',
    );
    const helpdesk = byTestId(error, 'error-helpdesk');
    expect(helpdesk.textContent).toContain('help@contoso.test');
    expect(helpdesk.textContent).toContain('+1 425 555 0100');
    expect(byTestId(root, 'current-password').getAttribute('aria-invalid')).toBe('true');
    expect(byTestId<HTMLButtonElement>(root, 'submit').disabled).toBe(false);
    expect(queryTestId(root, 'done')).toBeNull();
  });

  it('localizes errors with args and unknown codes', async () => {
    let next: ApiError = new ApiError('auth.rate_limited', { retry_after_secs: 90 });
    const { root } = await openChange({
      changePassword: async () => {
        throw next;
      },
    });
    fill(root, { username: 'jdoe', current: 'x', next: 'correct horse battery staple', confirm: 'correct horse battery staple' });
    await settle();
    submit(root);
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Too many attempts. Wait 90 seconds, then try again.');
    next = new ApiError('directory.write_refused');
    submit(root);
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain('(code: directory.write_refused)');
  });

  it('is busy while the change is in flight, then shows done', async () => {
    let finish!: () => void;
    const { root, calls, app } = await openChange({ changePassword: () => new Promise<void>((resolve) => (finish = resolve)) });
    fill(root, { username: ' jdoe ', current: 'old-Passw0rd', next: 'correct horse battery staple', confirm: 'correct horse battery staple' });
    await settle();
    submit(root);
    await settle();
    const button = byTestId<HTMLButtonElement>(root, 'submit');
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Changing your password…');
    expect(calls).toContainEqual({
      method: 'changePassword',
      arg: { username: 'jdoe', current_password: 'old-Passw0rd', new_password: 'correct horse battery staple' },
    });
    finish();
    await settle();
    expect(app.screen).toBe('change-done');
    expect(byTestId(root, 'done').textContent).toContain('Your password was changed. Sign in with it on this device.');
    byTestId(root, 'back-to-start').click();
    expect(byTestId(root, 'flow-change')).toBeTruthy();
  });

  it('refuses to send a password the live check already rejected', async () => {
    const { root, calls } = await openChange({ evaluatePassword: async () => weakVerdict });
    fill(root, { username: 'jdoe', current: 'old', next: 'hunter2', confirm: 'hunter2' });
    await settle();
    submit(root);
    await settle();
    const error = byTestId(root, 'error');
    expect(error.textContent).toContain("This new password can't be used");
    expect(error.textContent).toContain('list of breached passwords');
    expect(calls.some((c) => c.method === 'changePassword')).toBe(false);
  });

  it('goes back to start and forgets what was typed', async () => {
    const { root } = await openChange();
    fill(root, { username: 'jdoe', current: 'secret' });
    const current = byTestId<HTMLInputElement>(root, 'current-password');
    byTestId(root, 'back').click();
    expect(byTestId(root, 'flow-change')).toBeTruthy();
    expect(current.value).toBe('');
  });

  it('shows and hides the password', async () => {
    const { root } = await openChange();
    const input = byTestId<HTMLInputElement>(root, 'new-password');
    const toggle = byTestId(root, 'toggle-new-password');
    expect(input.type).toBe('password');
    toggle.click();
    expect(input.type).toBe('text');
    expect(toggle.textContent).toBe('Hide');
    toggle.click();
    expect(input.type).toBe('password');
  });

  it('moves to the next field on Enter', async () => {
    const { root } = await openChange();
    const username = byTestId(root, 'username');
    username.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(byTestId(root, 'current-password'));
    expect(byTestId(root, 'step-2').classList.contains('current')).toBe(false);
    byTestId(root, 'current-password').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(byTestId(root, 'new-password'));
    expect(byTestId(root, 'step-2').classList.contains('current')).toBe(true);
  });

  it('returns to start by itself in kiosk mode', async () => {
    const fake = fakeTransport({}, bootstrap({ kiosk: true }));
    const { root, app } = await mount(fake.transport, { kioskReturnSecs: 3 });
    vi.useFakeTimers();
    try {
      app.go('change-done');
      expect(byTestId(root, 'kiosk-countdown').textContent).toBe('Going back to the start screen in 3 seconds.');
      vi.advanceTimersByTime(2000);
      expect(byTestId(root, 'kiosk-countdown').textContent).toBe('Going back to the start screen in 1 second.');
      vi.advanceTimersByTime(1000);
      expect(app.screen).toBe('start');
      vi.advanceTimersByTime(5000);
      expect(app.screen).toBe('start');
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no countdown outside kiosk mode', async () => {
    const { root, app } = await mount(fakeTransport().transport);
    app.go('change-done');
    expect(queryTestId(root, 'kiosk-countdown')).toBeNull();
  });
});
