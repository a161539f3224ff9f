import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/error';
import type { Transport } from '../src/api/transport';
import { composeNumber, validE164, validEmail } from '../src/screens/add-contact';
import { answersProblem, normalizeAnswer } from '../src/screens/add-questions';
import { otpauthLabel } from '../src/screens/add-totp';
import type { ScreenName } from '../src/screens/context';
import { bootstrap, byTestId, fakeTransport, mount, queryTestId, settle, totpEnrollment, type } from './fixtures';

async function open(screen: ScreenName, over: Partial<Transport> = {}, options = {}) {
  const fake = fakeTransport(over, bootstrap({ flows: ['security_info'] }));
  const { root, app } = await mount(fake.transport, options);
  app.go(screen);
  await settle();
  return { root, app, calls: fake.calls };
}

function select(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('add authenticator app', () => {
  it('shows the QR code as SVG in its box, without anything that could run', async () => {
    const { root, calls } = await open('add-totp');
    expect(calls).toContainEqual({ method: 'totpStart' });
    const box = byTestId(root, 'totp-qr');
    const svg = box.querySelector('svg')!;
    expect(svg).not.toBeNull();
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 29 29');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code for your authenticator app');
    expect(svg.querySelector('path')).not.toBeNull();
    expect(svg.getAttribute('onload')).toBeNull();
    expect(box.querySelector('script')).toBeNull();
  });

  it('shows the secret exactly in its groups, copies it and explains manual entry', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const { root } = await open('add-totp');
      expect(byTestId(root, 'totp-secret').textContent).toBe(totpEnrollment.secret_groups);
      byTestId(root, 'totp-copy').click();
      await settle();
      expect(writeText).toHaveBeenCalledWith('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
      expect(byTestId(root, 'totp-copy-status').textContent).toBe('Copied.');
      const help = byTestId<HTMLDetailsElement>(root, 'totp-help');
      expect(help.open).toBe(false);
      expect(help.textContent).toContain("Can't scan the code?");
      expect(help.textContent).toContain('jdoe@contoso.test');
      expect(help.textContent).toContain('Time-based');
      expect(help.textContent).toContain('Digits6');
      expect(byTestId(root, 'step-1').textContent).toContain('Step 1 of 2');
      expect(byTestId(root, 'step-2').textContent).toContain('Step 2 of 2');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('submits the 6-digit code and goes back to the list with a confirmation', async () => {
    const { root, calls, app } = await open('add-totp');
    const code = byTestId<HTMLInputElement>(root, 'totp-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    type(code, '123 456');
    byTestId(root, 'totp-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'totpFinish', arg: { id: 'enr-1', code: '123456' } });
    expect(app.screen).toBe('security-info');
    expect(byTestId(root, 'security-info-notice').textContent).toContain('Authenticator app added');
  });

  it('refuses a malformed code without a call and shows a server refusal', async () => {
    const { root, calls } = await open('add-totp', {
      totpFinish: async () => {
        throw new ApiError('totp.code_reused');
      },
    });
    const code = byTestId<HTMLInputElement>(root, 'totp-code');
    type(code, '12a');
    byTestId(root, 'totp-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain('Type the 6 digits');
    expect(calls.some((c) => c.method === 'totpFinish')).toBe(false);
    type(code, '654321');
    byTestId(root, 'totp-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain('already used');
    expect(byTestId(root, 'error-helpdesk')).toBeTruthy();
    expect(document.activeElement).toBe(code);
  });

  it('asks for a fresh step-up when the server wants one, then returns to security info', async () => {
    const { root, app, calls } = await open('add-totp', {
      totpStart: async () => {
        throw new ApiError('auth.step_up_required', { max_age_secs: 300 });
      },
    });
    expect(byTestId(root, 'error-message').textContent).toContain('confirm it');
    byTestId(root, 'step-up-again').click();
    await settle();
    expect(calls).toContainEqual({ method: 'methodsList' });
    expect(app.screen).toBe('verify');
    expect(root.textContent).not.toContain('Security questions');
  });

  it('reads the account from the otpauth URI', () => {
    expect(otpauthLabel(totpEnrollment.otpauth_uri)).toEqual({ account: 'jdoe@contoso.test', issuer: 'Contoso' });
    expect(otpauthLabel('otpauth://totp/alice?secret=X')).toEqual({ account: 'alice', issuer: '' });
  });
});

describe('add email or phone', () => {
  it('refuses a bad email address without a call', async () => {
    const { root, calls } = await open('add-email');
    expect(byTestId(root, 'step').textContent).toBe('Step 1 of 2:');
    const input = byTestId<HTMLInputElement>(root, 'contact-input');
    type(input, 'jdoe@example');
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain("That isn't a complete email address");
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(calls.some((c) => c.method === 'emailStart')).toBe(false);
  });

  it('refuses a bad phone number without a call', async () => {
    const { root, calls } = await open('add-phone');
    select(byTestId<HTMLSelectElement>(root, 'country-code'), '-1');
    type(byTestId(root, 'contact-input'), '0170 12');
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain("That isn't a complete phone number");
    type(byTestId(root, 'contact-input'), '+49 170');
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain('8 to 15 digits');
    expect(calls.some((c) => c.method === 'phoneStart')).toBe(false);
  });

  it('sends an email code, then verifies it', async () => {
    const { root, calls, app } = await open('add-email');
    type(byTestId(root, 'contact-input'), ' jdoe@example.com ');
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'emailStart', arg: 'jdoe@example.com' });
    expect(byTestId(root, 'step').textContent).toBe('Step 2 of 2:');
    expect(byTestId(root, 'contact-sent').textContent).toBe("We sent a code to j***@example.com. It's valid for 5 minutes.");
    expect(byTestId<HTMLButtonElement>(root, 'contact-resend').disabled).toBe(true);
    const code = byTestId<HTMLInputElement>(root, 'contact-code');
    expect(document.activeElement).toBe(code);
    type(code, '424242');
    byTestId(root, 'contact-verify').click();
    await settle();
    expect(calls).toContainEqual({ method: 'emailVerify', arg: { id: 'pending-email', code: '424242' } });
    expect(app.screen).toBe('security-info');
    expect(byTestId(root, 'security-info-notice').textContent).toBe('Email address added.');
  });

  it('puts the picked country code in front of a national number', async () => {
    const { root, calls } = await open('add-phone');
    const country = byTestId<HTMLSelectElement>(root, 'country-code');
    const germany = [...country.options].find((o) => o.textContent!.includes('(+49)'))!;
    select(country, germany.value);
    type(byTestId(root, 'contact-input'), '0170 1234567');
    expect(byTestId(root, 'contact-preview').textContent).toBe("We'll send the code to +491701234567.");
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(calls).toContainEqual({ method: 'phoneStart', arg: '+491701234567' });
    type(byTestId(root, 'contact-code'), '111111');
    byTestId(root, 'contact-verify').click();
    await settle();
    expect(calls).toContainEqual({ method: 'phoneVerify', arg: { id: 'pending-phone', code: '111111' } });
  });

  it('shows a rate limit from the server with its wait', async () => {
    const { root } = await open('add-email', {
      emailStart: async () => {
        throw new ApiError('code.rate_limited', { retry_after_secs: 600 });
      },
    });
    type(byTestId(root, 'contact-input'), 'jdoe@example.com');
    byTestId(root, 'contact-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Too many codes were sent. Wait 600 seconds before you ask for another one.');
  });

  it('checks addresses and numbers like the server', () => {
    expect(validEmail('a@b.co')).toBe(true);
    expect(validEmail('a@b')).toBe(false);
    expect(validEmail('a b@c.de')).toBe(false);
    expect(validEmail('@c.de')).toBe(false);
    expect(validE164('+12025550123')).toBe(true);
    expect(validE164('+1234567')).toBe(false);
    expect(validE164('+1234567890123456')).toBe(false);
    expect(validE164('+0123456789')).toBe(false);
    expect(validE164('12025550123')).toBe(false);
    expect(composeNumber(-1, '0049 (170) 123-4567')).toBe('+491701234567');
  });
});

describe('security questions', () => {
  it('shows the required number of selects, never offering a question twice', async () => {
    const { root, calls } = await open('add-questions');
    expect(calls).toContainEqual({ method: 'questionsList' });
    const selects = [0, 1, 2].map((i) => byTestId<HTMLSelectElement>(root, `question-select-${i}`));
    expect(queryTestId(root, 'question-select-3')).toBeNull();
    expect(selects[0]!.options).toHaveLength(6);
    select(selects[0]!, 'q2');
    const disabledIn = (s: HTMLSelectElement) => [...s.options].filter((o) => o.disabled).map((o) => o.value);
    expect(disabledIn(selects[1]!)).toEqual(['q2']);
    expect(disabledIn(selects[2]!)).toEqual(['q2']);
    expect(disabledIn(selects[0]!)).toEqual([]);
    select(selects[1]!, 'q4');
    expect(disabledIn(selects[2]!)).toEqual(['q2', 'q4']);
    expect(disabledIn(selects[0]!)).toEqual(['q4']);
    const answer = byTestId<HTMLInputElement>(root, 'question-answer-0');
    expect(answer.type).toBe('password');
    byTestId(root, 'toggle-question-answer-0').click();
    expect(answer.type).toBe('text');
  });

  function fillQuestions(root: HTMLElement, answers: string[]) {
    answers.forEach((answer, i) => {
      select(byTestId<HTMLSelectElement>(root, `question-select-${i}`), `q${i + 1}`);
      type(byTestId(root, `question-answer-${i}`), answer);
    });
  }

  it('refuses duplicate answers without a call', async () => {
    const { root, calls } = await open('add-questions');
    fillQuestions(root, ['Rex', 'Springfield', 'rex.']);
    byTestId(root, 'questions-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe(
      'Answer 3 is the same as another answer. Give each question a different answer.',
    );
    expect(document.activeElement).toBe(byTestId(root, 'question-answer-2'));
    expect(calls.some((c) => c.method === 'questionsSave')).toBe(false);
  });

  it('refuses a short answer and an unpicked question without a call', async () => {
    const { root, calls } = await open('add-questions');
    byTestId(root, 'questions-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Choose a question for question 1.');
    fillQuestions(root, ['Rex', 'ab', 'Beetle']);
    byTestId(root, 'questions-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Answer 2 is too short. Use at least 3 characters.');
    expect(calls.some((c) => c.method === 'questionsSave')).toBe(false);
  });

  it('saves the picked questions with their answers', async () => {
    const { root, calls, app } = await open('add-questions');
    fillQuestions(root, ['Rex', 'Springfield', 'Beetle']);
    byTestId(root, 'questions-submit').click();
    await settle();
    expect(calls).toContainEqual({
      method: 'questionsSave',
      arg: {
        answers: [
          { question_id: 'q1', answer: 'Rex' },
          { question_id: 'q2', answer: 'Springfield' },
          { question_id: 'q3', answer: 'Beetle' },
        ],
      },
    });
    expect(app.screen).toBe('security-info');
  });

  it('numbers a server-reported answer from 1 and focuses it', async () => {
    const { root } = await open('add-questions', {
      questionsSave: async () => {
        throw new ApiError('questions.answer_too_long', { index: 1, max: 40 });
      },
    });
    fillQuestions(root, ['Rex', 'Springfield', 'Beetle']);
    byTestId(root, 'questions-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe('Answer 2 is too long. Use at most 40 characters.');
    expect(document.activeElement).toBe(byTestId(root, 'question-answer-1'));
  });

  it('normalizes answers like the server before comparing', () => {
    expect(normalizeAnswer('  Rex  the   Dog! ')).toBe('rex the dog');
    expect(normalizeAnswer('ＲＥＸ')).toBe('rex');
    expect(answersProblem(['one', 'two', 'three'])).toBeNull();
    expect(answersProblem(['one', 'two', 'x'.repeat(41)])?.error.code).toBe('questions.answer_too_long');
  });
});

describe('backup codes', () => {
  it('shows the codes once and keeps Done disabled until they are saved', async () => {
    const { root, calls, app } = await open('backup-codes');
    expect(calls).toContainEqual({ method: 'backupCodesGenerate' });
    const codes = [...byTestId(root, 'backup-codes').querySelectorAll('li')].map((li) => li.textContent);
    expect(codes).toHaveLength(10);
    expect(codes[0]).toBe('1234-5678');
    expect(byTestId(root, 'back').hidden).toBe(true);
    const done = byTestId<HTMLButtonElement>(root, 'backup-done');
    expect(done.disabled).toBe(true);
    done.click();
    expect(app.screen).toBe('backup-codes');
    const check = byTestId<HTMLInputElement>(root, 'backup-saved');
    check.click();
    expect(done.disabled).toBe(false);
    check.click();
    expect(done.disabled).toBe(true);
    check.click();
    done.click();
    expect(app.screen).toBe('security-info');
    expect(queryTestId(root, 'backup-codes')).toBeNull();
  });

  it('prints, and saves a text file', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const created: Blob[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:codes';
      },
      revokeObjectURL: () => {},
    });
    try {
      const { root } = await open('backup-codes');
      byTestId(root, 'backup-print').click();
      expect(print).toHaveBeenCalled();
      byTestId(root, 'backup-save').click();
      expect(created).toHaveLength(1);
      expect(click).toHaveBeenCalled();
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(created[0]!);
      });
      expect(text).toContain('Backup codes for Contoso');
      expect(text).toContain('1234-5678\r\n2345-6789');
      expect(byTestId(root, 'backup-status').textContent).toContain('backup-codes.txt');
    } finally {
      Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
    }
  });
});

describe('add security key', () => {
  it('asks for a name, waits for the touch, then shows the result', async () => {
    let finish!: () => void;
    const { root, calls, app } = await open('add-security-key', {
      securityKeyRegister: (name) =>
        new Promise((resolve) => {
          finish = () =>
            resolve({ id: 'm-key-2', kind: 'security_key', hint: 'YubiKey', name, created_at: '2025-03-01T00:00:00Z', verified: true, is_default: false });
        }),
    });
    expect(document.activeElement).toBe(byTestId(root, 'key-name'));
    byTestId(root, 'key-register').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain('Give the key a name');
    expect(calls.some((c) => c.method === 'securityKeyRegister')).toBe(false);
    type(byTestId(root, 'key-name'), 'Blue key');
    byTestId(root, 'key-register').click();
    await settle();
    expect(calls).toContainEqual({ method: 'securityKeyRegister', arg: 'Blue key' });
    expect(byTestId(root, 'key-waiting').textContent).toContain('touch it when it blinks');
    expect(byTestId(root, 'step').textContent).toBe('Step 2 of 2:');
    expect(byTestId<HTMLButtonElement>(root, 'back').disabled).toBe(true);
    finish();
    await settle();
    expect(byTestId(root, 'key-result').textContent).toBe('Security key “Blue key” added.');
    byTestId(root, 'key-done').click();
    expect(app.screen).toBe('security-info');
  });

  it('explains a timeout and offers to try again', async () => {
    let attempts = 0;
    const { root } = await open('add-security-key', {
      securityKeyRegister: async () => {
        attempts += 1;
        throw new ApiError('security_key.timeout');
      },
    });
    type(byTestId(root, 'key-name'), 'Blue key');
    byTestId(root, 'key-register').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain("The key wasn't touched in time");
    byTestId(root, 'key-retry').click();
    await settle();
    expect(attempts).toBe(2);
  });

  /** A key with the PIN "a1b2C3": without a PIN it asks for one, a wrong one is refused. */
  function keyWithPin(attempts: (string | undefined)[], then: () => Promise<never> | null = () => null) {
    return async (name: string, pin?: string) => {
      attempts.push(pin);
      if (pin === undefined) throw new ApiError('security_key.pin_required');
      if (pin !== 'a1b2C3') throw new ApiError('security_key.pin_invalid');
      const failure = then();
      if (failure) return failure;
      return { id: 'm-key-2', kind: 'security_key' as const, hint: 'YubiKey', name, created_at: '2025-03-01T00:00:00Z', verified: true, is_default: false };
    };
  }

  it('asks for the PIN when the key needs one and registers again with it', async () => {
    const attempts: (string | undefined)[] = [];
    const { root, calls, app } = await open('add-security-key', { securityKeyRegister: keyWithPin(attempts) });
    type(byTestId(root, 'key-name'), 'Blue key');
    byTestId(root, 'key-register').click();
    await settle();
    expect(attempts).toEqual([undefined]);
    expect(byTestId(root, 'error').getAttribute('data-code')).toBe('security_key.pin_required');
    expect(byTestId(root, 'error-message').textContent).toBe("This key needs its PIN. Type the key's PIN and try again.");
    expect(queryTestId(root, 'key-retry')).toBeNull();

    const pin = byTestId<HTMLInputElement>(root, 'key-pin');
    expect(pin.type).toBe('password');
    expect(pin.getAttribute('autocomplete')).toBe('off');
    expect(pin.hasAttribute('inputmode')).toBe(false);
    expect(pin.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector(`label[for="${pin.id}"]`)!.textContent).toBe('Security key PIN');
    expect(document.getElementById(pin.getAttribute('aria-describedby')!)!.textContent).toContain('not your account password');
    expect(document.activeElement).toBe(pin);
    expect(byTestId(root, 'key-pin-submit').textContent).toBe('Continue');
    expect(byTestId<HTMLButtonElement>(root, 'back').disabled).toBe(false);

    // Nothing typed: said so, no attempt.
    byTestId(root, 'key-pin-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toBe("Enter your security key's PIN.");
    expect(attempts).toHaveLength(1);

    // Enter in the field submits: the PIN's button is its form's default button.
    expect(pin.form!.querySelector('button[type="submit"]')).toBe(byTestId(root, 'key-pin-submit'));
    type(pin, '0000');
    pin.form!.requestSubmit();
    await settle();
    expect(attempts).toEqual([undefined, '0000']);
    expect(pin.value).toBe('');
    expect(byTestId(root, 'error-message').textContent).toContain("The key's PIN was wrong");
    const again = byTestId<HTMLInputElement>(root, 'key-pin');
    expect(again.value).toBe('');
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(again);

    type(again, 'a1b2C3');
    byTestId(root, 'key-pin-submit').click();
    await settle();
    expect(attempts).toEqual([undefined, '0000', 'a1b2C3']);
    expect(again.value).toBe('');
    expect(queryTestId(root, 'key-pin')).toBeNull();
    expect(queryTestId(root, 'error')).toBeNull();
    expect(byTestId(root, 'key-result').textContent).toBe('Security key “Blue key” added.');
    expect(calls.filter((c) => c.method === 'securityKeyRegister').map((c) => c.arg)).toEqual(['Blue key', 'Blue key', 'Blue key']);
    byTestId(root, 'key-done').click();
    expect(app.screen).toBe('security-info');
  });

  it('asks for the PIN again when the key timed out after it', async () => {
    const attempts: (string | undefined)[] = [];
    let timeouts = 1;
    const { root } = await open('add-security-key', {
      securityKeyRegister: keyWithPin(attempts, () => (timeouts-- > 0 ? Promise.reject(new ApiError('security_key.timeout')) : null)),
    });
    type(byTestId(root, 'key-name'), 'Blue key');
    byTestId(root, 'key-register').click();
    await settle();
    type(byTestId(root, 'key-pin'), 'a1b2C3');
    byTestId(root, 'key-pin-submit').click();
    await settle();
    expect(byTestId(root, 'error-message').textContent).toContain("The key wasn't touched in time");
    expect(queryTestId(root, 'key-pin')).toBeNull();
    byTestId(root, 'key-retry').click();
    await settle();
    // Straight to the PIN: the key is known to need it, the PIN itself was not kept.
    expect(attempts).toEqual([undefined, 'a1b2C3']);
    expect(queryTestId(root, 'error')).toBeNull();
    const pin = byTestId<HTMLInputElement>(root, 'key-pin');
    expect(pin.value).toBe('');
    expect(document.activeElement).toBe(pin);
    type(pin, 'a1b2C3');
    byTestId(root, 'key-pin-submit').click();
    await settle();
    expect(attempts).toEqual([undefined, 'a1b2C3', 'a1b2C3']);
    expect(byTestId(root, 'key-result').textContent).toBe('Security key “Blue key” added.');
  });

  it('clears a typed PIN when leaving', async () => {
    const { root, app } = await open('add-security-key', { securityKeyRegister: keyWithPin([]) });
    type(byTestId(root, 'key-name'), 'Blue key');
    byTestId(root, 'key-register').click();
    await settle();
    const pin = byTestId<HTMLInputElement>(root, 'key-pin');
    type(pin, 'a1b2C3');
    byTestId(root, 'back').click();
    await settle();
    expect(app.screen).toBe('security-info');
    expect(pin.value).toBe('');
  });
});
