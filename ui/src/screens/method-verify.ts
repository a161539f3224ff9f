import { toApiError, type ApiError } from '../api/error';
import type { Challenge, Helpdesk, MfaVerifyRequest } from '../api/types';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { codeInput, lifetimeText, ResendTimer, typedCode } from './code-entry';
import { asksForPin, PIN_INVALID, pinField as keyPinField } from './key-pin';
import { busyNote, errorBox, type Problem } from './layout';
import { field } from './password-field';
import { kindIcon, kindName, methodLabel, visibleHint, type MethodLike } from './signed-in';

/** The kinds that answer with a code sent somewhere; the others need no challenge first. */
function sendsCode(kind: string): boolean {
  return kind === 'email' || kind === 'phone';
}

export interface MethodVerifierOptions<R> {
  /** Prefix of the test ids: `<prefix>-method-<id>`, `<prefix>-code`, `<prefix>-answer-<i>`, … */
  prefix: string;
  /** The submit button's test id. */
  submitTestId: string;
  methods: MethodLike[];
  /** The screen's cancel button; disabled while a verification runs. */
  back: HTMLButtonElement;
  /** Names the group of choices ("Choose how to verify"). */
  choiceLabel: string;
  resendSecs: number;
  helpdesk: Helpdesk | undefined;
  challenge(methodId: string): Promise<Challenge>;
  verify(req: MfaVerifyRequest): Promise<R>;
  /** The method is proven; the secrets are already wiped. */
  onVerified(result: R, method: MethodLike): void;
  /** What to show for a refusal; null when the screen dealt with it itself (e.g. went elsewhere). */
  problem(error: ApiError): Problem | null;
  /** Codes after which the chosen method can't be used now, so the person picks again. */
  usedUp(code: string): boolean;
}

export interface MethodVerifier {
  form: HTMLFormElement;
  /** Where focus goes first. */
  firstChoice: HTMLElement | undefined;
  /** Nothing more can be tried (e.g. the path is blocked): only Cancel stays. */
  lock(): void;
  dispose(): void;
}

/**
 * Proving it's you with one registered method, shared by sign-in step-up and reset: the methods
 * as choices, then per kind a code that was sent (with resend timer and lifetime), an
 * authenticator code, the security questions, or the security key ceremony (with the key's PIN
 * when it asks for one). One method at a time; picking another abandons the first.
 */
export function methodVerifier<R>(opts: MethodVerifierOptions<R>): MethodVerifier {
  const { prefix, methods, back } = opts;
  const errorSlot = h('div', { class: 'error-slot' });
  const pane = h('div', { class: 'mfa-pane', 'data-testid': `${prefix}-pane`, 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': opts.submitTestId, hidden: true }, t('mfa-submit'));
  const resend = new ResendTimer(`${prefix}-resend`, opts.resendSecs, () => {
    if (selected) void sendCode(selected, true);
  });

  const choices = methods.map((method) =>
    h(
      'button',
      {
        type: 'button',
        class: 'method-choice',
        'data-testid': `${prefix}-method-${method.id}`, 'data-kind': method.kind,
        'aria-pressed': 'false',
        onclick: () => void pick(method),
      },
      kindIcon(method.kind),
      h('span', { class: 'choice-kind' }, kindName(method.kind)),
      (method.kind === 'security_key' && method.name) || visibleHint(method)
        ? h('span', { class: 'choice-hint' }, h('bdi', {}, (method.kind === 'security_key' && method.name) || visibleHint(method)))
        : null,
    ),
  );
  const choiceList = h('div', { class: 'method-choices', role: 'group', 'aria-label': opts.choiceLabel }, choices);

  let selected: MethodLike | null = null;
  let codeField: HTMLInputElement | null = null;
  let answerFields: HTMLInputElement[] = [];
  /** The security key's PIN while it is asked for; cleared as soon as an attempt starts. */
  let pinField: HTMLInputElement | null = null;
  /** The chosen key asked for its PIN: its retry goes through the PIN field. Only this fact is kept. */
  let keyWantsPin = false;
  /** Bumped on every pick and on dispose; a late answer for an earlier pick is dropped. */
  let seq = 0;
  let busy = false;
  let locked = false;

  function clearError() {
    errorSlot.replaceChildren();
  }

  function showError(problem: Problem, focus: HTMLElement | null) {
    const box = errorBox(problem, opts.helpdesk);
    errorSlot.replaceChildren(box);
    (focus ?? box).focus();
  }

  /** Shows the refusal unless the screen took it over; false when it did. */
  function showProblem(error: ApiError, focus: HTMLElement | null): boolean {
    const problem = opts.problem(error);
    if (!problem) return false;
    showError(problem, locked ? null : focus);
    return true;
  }

  function secrets(): HTMLInputElement[] {
    return [codeField, pinField, ...answerFields].filter((input): input is HTMLInputElement => input !== null);
  }

  function wipe() {
    for (const input of secrets()) input.value = '';
    codeField = null;
    pinField = null;
    answerFields = [];
  }

  function unselect() {
    wipe();
    pane.replaceChildren();
    submit.hidden = true;
    selected = null;
    for (const button of choices) button.setAttribute('aria-pressed', 'false');
  }

  async function pick(method: MethodLike) {
    if (busy || locked) return;
    seq += 1;
    wipe();
    keyWantsPin = false;
    resend.dispose();
    clearError();
    selected = method;
    for (const [i, button] of choices.entries()) button.setAttribute('aria-pressed', String(methods[i] === method));
    submit.hidden = true;
    if (sendsCode(method.kind)) await sendCode(method, false);
    else if (method.kind === 'questions') await loadQuestions(method);
    else if (method.kind === 'security_key') await useKey(method);
    else showCode(method, method.kind === 'totp' ? t('mfa-totp-prompt') : t('mfa-backup-prompt'), method.kind === 'totp' ? 'digits' : 'text');
  }

  function showCode(method: MethodLike, prompt: string, kind: 'digits' | 'text', extra: HTMLElement[] = []) {
    codeField = codeInput(`${prefix}-code`, kind);
    pane.replaceChildren(
      h('h2', {}, methodLabel(method)),
      ...extra,
      h('div', { class: 'field' }, h('label', { for: codeField.id }, prompt), codeField),
    );
    submit.hidden = false;
    codeField.focus();
  }

  async function sendCode(method: MethodLike, again: boolean) {
    const mine = seq;
    resend.busy();
    if (!again) pane.replaceChildren(h('h2', {}, methodLabel(method)), busyNote(t('code-sending-to', { hint: method.hint }), `${prefix}-sending`));
    let challenge: Challenge;
    try {
      challenge = await opts.challenge(method.id);
    } catch (thrown) {
      if (mine !== seq) return;
      resend.ready();
      if (!again) pane.replaceChildren(h('h2', {}, methodLabel(method)), h('div', { class: 'actions' }, resend.button));
      showProblem(toApiError(thrown), null);
      return;
    }
    if (mine !== seq) return;
    resend.start();
    const sent = h(
      'p',
      { 'data-testid': `${prefix}-sent` },
      t('code-sent', { hint: challenge.hint ?? method.hint }),
      ' ',
      lifetimeText(challenge.expires_in_secs),
    );
    if (again && codeField) {
      pane.querySelector(`[data-testid="${prefix}-sent"]`)?.replaceWith(sent);
      codeField.value = '';
      codeField.focus();
      clearError();
      return;
    }
    showCode(method, t('code-enter'), 'digits', [sent]);
    pane.append(h('div', { class: 'resend' }, resend.button));
  }

  async function loadQuestions(method: MethodLike) {
    const mine = seq;
    pane.replaceChildren(h('h2', {}, kindName(method.kind)), busyNote(t('mfa-questions-loading'), `${prefix}-loading`));
    let challenge: Challenge;
    try {
      challenge = await opts.challenge(method.id);
    } catch (thrown) {
      if (mine !== seq) return;
      pane.replaceChildren();
      showProblem(toApiError(thrown), null);
      return;
    }
    if (mine !== seq) return;
    const questions = challenge.questions ?? [];
    answerFields = questions.map((_, i) =>
      h('input', {
        type: 'password',
        id: uid(`${prefix}-answer-${i}`),
        'data-testid': `${prefix}-answer-${i}`,
        autocomplete: 'off',
        autocapitalize: 'off',
        spellcheck: 'false',
        required: true,
      }),
    );
    pane.replaceChildren(
      h('h2', {}, kindName(method.kind)),
      h('p', { class: 'hint' }, t('mfa-questions-intro')),
      ...questions.map((q, i) => field(q.text, answerFields[i]!, `${prefix}-answer-${i}`)),
    );
    submit.hidden = false;
    answerFields[0]?.focus();
  }

  /** `pin` only once the key asked for it; the field it came from is already cleared. */
  async function useKey(method: MethodLike, pin?: string) {
    const mine = seq;
    busy = true;
    back.disabled = true;
    clearError();
    pane.replaceChildren(h('h2', {}, methodLabel(method)), busyNote(t('security-key-touch'), `${prefix}-key-waiting`));
    try {
      const req: MfaVerifyRequest = { method_id: method.id };
      if (pin !== undefined) req.pin = pin;
      const result = await opts.verify(req);
      if (mine === seq) verified(result, method);
    } catch (thrown) {
      if (mine !== seq) return;
      const error = toApiError(thrown);
      if (asksForPin(error.code)) {
        keyWantsPin = true;
        askPin(method);
      } else {
        const retry = h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-testid': `${prefix}-key-retry`,
            onclick: () => {
              if (!keyWantsPin) return void useKey(method);
              clearError();
              askPin(method).focus();
            },
          },
          t('common-retry'),
        );
        pane.replaceChildren(h('h2', {}, methodLabel(method)), h('div', { class: 'actions' }, retry));
      }
      showVerifyError(error);
    } finally {
      if (mine === seq) {
        busy = false;
        back.disabled = false;
      }
    }
  }

  /** The key's PIN field and its own submit, the form's default button (Enter sends the PIN). */
  function askPin(method: MethodLike): HTMLInputElement {
    const { input, element } = keyPinField(`${prefix}-key-pin`);
    pinField = input;
    const send = h('button', { type: 'submit', class: 'primary', 'data-testid': `${prefix}-key-pin-submit` }, t('security-key-pin-submit'));
    pane.replaceChildren(h('h2', {}, methodLabel(method)), element, h('div', { class: 'actions' }, send));
    return input;
  }

  function verified(result: R, method: MethodLike) {
    wipe();
    opts.onVerified(result, method);
  }

  function showVerifyError(thrown: unknown) {
    const error = toApiError(thrown);
    if (error.code === 'mfa.code_expired' || error.code === 'code.expired') resend.ready();
    let focus: HTMLElement | null = null;
    if (opts.usedUp(error.code)) {
      unselect();
    } else if (codeField) {
      codeField.value = '';
      codeField.setAttribute('aria-invalid', 'true');
      focus = codeField;
    } else if (pinField) {
      pinField.value = '';
      if (error.code === PIN_INVALID) pinField.setAttribute('aria-invalid', 'true');
      focus = pinField;
    } else if (answerFields[0]) {
      focus = answerFields[0];
    }
    showProblem(error, focus);
  }

  const form = h('form', { class: 'verify-form', novalidate: true }, errorSlot, choiceList, pane, h('div', { class: 'actions' }, back, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy || locked || !selected) return;
    const method = selected;
    if (pinField) {
      const pin = pinField.value;
      if (!pin) {
        pinField.setAttribute('aria-invalid', 'true');
        return showError({ message: t('security-key-pin-empty') }, pinField);
      }
      wipe();
      return void useKey(method, pin);
    }
    const req: MfaVerifyRequest = { method_id: method.id };
    if (codeField) {
      const code = typedCode(codeField);
      if (!code) return showError({ message: t('code-required') }, codeField);
      req.code = code;
    } else if (answerFields.length) {
      const empty = answerFields.find((a) => !a.value.trim());
      if (empty) return showError({ message: t('mfa-answers-required') }, empty);
      req.answers = answerFields.map((a) => a.value);
    }
    const mine = seq;
    busy = true;
    clearError();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('mfa-submitting');
    form.setAttribute('aria-busy', 'true');
    let result: R;
    try {
      result = await opts.verify(req);
    } catch (thrown) {
      if (mine !== seq) return;
      busy = false;
      submit.disabled = locked;
      back.disabled = false;
      submit.textContent = t('mfa-submit');
      form.removeAttribute('aria-busy');
      showVerifyError(thrown);
      return;
    }
    if (mine === seq) verified(result, method);
  });

  return {
    form,
    firstChoice: choices[0],
    lock() {
      locked = true;
      seq += 1;
      resend.dispose();
      unselect();
      submit.disabled = true;
      for (const button of choices) button.disabled = true;
      choiceList.hidden = true;
    },
    dispose() {
      seq += 1;
      resend.dispose();
      wipe();
    },
  };
}
