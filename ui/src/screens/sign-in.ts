import { toApiError } from '../api/error';
import type { Challenge, Method, MfaVerifyRequest } from '../api/types';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { codeInput, lifetimeText, ResendTimer, typedCode } from './code-entry';
import type { AppContext, Screen } from './context';
import { apiProblem, brandHeader, busyNote, errorBox, heading, page, type Problem } from './layout';
import { field } from './password-field';
import { kindIcon, kindName, methodLabel, methodProblem, visibleHint } from './signed-in';

/** Sign-in and step-up are the two steps in front of "My security info". */
const STEPS = 2;

/**
 * Sign in (user ID + password) before security info. What comes next is the Rust side's call:
 * a password that must be changed first, step-up with a registered method, or the list.
 */
export function renderSignIn(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;

  const username = h('input', {
    type: 'text',
    id: uid('username'),
    'data-testid': 'username',
    autocomplete: 'username',
    dir: 'auto',
    autocapitalize: 'off',
    spellcheck: 'false',
    required: true,
  });
  username.value = flow.username ?? '';
  const password = h('input', {
    type: 'password',
    id: uid('password'),
    'data-testid': 'password',
    autocomplete: 'current-password',
    autocapitalize: 'off',
    spellcheck: 'false',
    required: true,
  });

  const errorSlot = h('div', { class: 'error-slot' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit' }, t('sign-in-submit'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('start') }, t('common-back'));
  const hintId = uid('username-hint');
  username.setAttribute('aria-describedby', hintId);

  const form = h(
    'form',
    { class: 'sign-in-form', novalidate: true },
    errorSlot,
    h('div', { class: 'field' }, h('label', { for: username.id }, t('change-username')), username, h('p', { id: hintId, class: 'hint' }, t('change-username-hint'))),
    field(t('sign-in-password'), password, 'password'),
    h('div', { class: 'actions' }, back, submit),
  );

  username.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    password.focus();
  });

  function showError(problem: Problem, focus: HTMLInputElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    username.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
    focus?.setAttribute('aria-invalid', 'true');
    (focus ?? box).focus();
  }

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    if (!username.value.trim()) return showError({ message: t('change-username-required') }, username);
    if (!password.value) return showError({ message: t('sign-in-password-required') }, password);
    busy = true;
    errorSlot.replaceChildren();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('sign-in-submitting');
    form.setAttribute('aria-busy', 'true');
    const user = username.value.trim();
    try {
      const result = await ctx.transport.sessionSignIn({ username: user, password: password.value });
      flow.username = user;
      if (result.password_change_required) {
        flow.reason = 'password_change_required';
        ctx.go('change');
      } else if (result.mfa_required) {
        flow.mfaMethods = result.methods;
        ctx.go('verify');
      } else {
        ctx.go('security-info');
      }
    } catch (thrown) {
      const error = toApiError(thrown);
      if (error.code === 'auth.password_change_required') {
        // Some servers answer this as a refusal rather than a flag: same way on.
        flow.username = user;
        flow.reason = 'password_change_required';
        ctx.go('change');
        return;
      }
      busy = false;
      submit.disabled = false;
      back.disabled = false;
      submit.textContent = t('sign-in-submit');
      form.removeAttribute('aria-busy');
      const focus = error.code === 'auth.invalid_credentials' ? password : error.code.startsWith('auth.account') ? username : null;
      if (focus === password) password.value = '';
      showError(apiProblem(error), focus);
    }
  });

  const card = h(
    'main',
    { class: 'card sign-in' },
    brandHeader(boot.branding, false),
    heading(t('sign-in-title'), { n: 1, total: STEPS }),
    h('p', {}, t('sign-in-intro')),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: username.value ? password : username,
    dispose: () => {
      password.value = '';
    },
  };
}

/** The kinds that answer with a code sent somewhere; the others need no challenge first. */
function sendsCode(kind: string): boolean {
  return kind === 'email' || kind === 'phone';
}

/**
 * Step-up: prove it's you with one registered, verified method before security info can be seen
 * or changed. One method at a time; picking another abandons the first.
 */
export function renderVerify(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  const methods = (flow.mfaMethods ?? []).filter((m) => m.verified);

  const errorSlot = h('div', { class: 'error-slot' });
  const pane = h('div', { class: 'mfa-pane', 'data-testid': 'mfa-pane', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'mfa-submit', hidden: true }, t('mfa-submit'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void cancel() }, t('common-cancel'));
  const resend = new ResendTimer('mfa-resend', ctx.timing.resendSecs, () => {
    if (selected) void sendCode(selected, true);
  });

  const choices = methods.map((method) =>
    h(
      'button',
      {
        type: 'button',
        class: 'method-choice',
        'data-testid': `mfa-method-${method.id}`,
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
  const choiceList = h('div', { class: 'method-choices', role: 'group', 'aria-label': t('mfa-choose') }, choices);

  let selected: Method | null = null;
  let codeField: HTMLInputElement | null = null;
  let answerFields: HTMLInputElement[] = [];
  /** Bumped on every pick; a late answer for an earlier pick is dropped. */
  let seq = 0;
  let busy = false;

  function clearError() {
    errorSlot.replaceChildren();
  }

  function showError(problem: Problem, focus: HTMLElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    (focus ?? box).focus();
  }

  function secrets(): HTMLInputElement[] {
    return codeField ? [codeField, ...answerFields] : answerFields;
  }

  function wipe() {
    for (const input of secrets()) input.value = '';
    codeField = null;
    answerFields = [];
  }

  async function pick(method: Method) {
    if (busy) return;
    seq += 1;
    wipe();
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

  function showCode(method: Method, prompt: string, kind: 'digits' | 'text', extra: HTMLElement[] = []) {
    codeField = codeInput('mfa-code', kind);
    pane.replaceChildren(
      h('h2', {}, methodLabel(method)),
      ...extra,
      h('div', { class: 'field' }, h('label', { for: codeField.id }, prompt), codeField),
    );
    submit.hidden = false;
    codeField.focus();
  }

  async function sendCode(method: Method, again: boolean) {
    const mine = seq;
    resend.busy();
    if (!again) pane.replaceChildren(h('h2', {}, methodLabel(method)), busyNote(t('code-sending-to', { hint: method.hint }), 'mfa-sending'));
    let challenge: Challenge;
    try {
      challenge = await ctx.transport.mfaChallenge(method.id);
    } catch (thrown) {
      if (mine !== seq) return;
      resend.ready();
      if (!again) pane.replaceChildren(h('h2', {}, methodLabel(method)), h('div', { class: 'actions' }, resend.button));
      showError(methodProblem(toApiError(thrown)), null);
      return;
    }
    if (mine !== seq) return;
    resend.start();
    const sent = h('p', { 'data-testid': 'mfa-sent' }, t('code-sent', { hint: challenge.hint ?? method.hint }), ' ', lifetimeText(challenge.expires_in_secs));
    if (again && codeField) {
      pane.querySelector('[data-testid="mfa-sent"]')?.replaceWith(sent);
      codeField.value = '';
      codeField.focus();
      clearError();
      return;
    }
    showCode(method, t('code-enter'), 'digits', [sent]);
    pane.append(h('div', { class: 'resend' }, resend.button));
  }

  async function loadQuestions(method: Method) {
    const mine = seq;
    pane.replaceChildren(h('h2', {}, kindName(method.kind)), busyNote(t('mfa-questions-loading'), 'mfa-loading'));
    let challenge: Challenge;
    try {
      challenge = await ctx.transport.mfaChallenge(method.id);
    } catch (thrown) {
      if (mine !== seq) return;
      pane.replaceChildren();
      showError(methodProblem(toApiError(thrown)), null);
      return;
    }
    if (mine !== seq) return;
    const questions = challenge.questions ?? [];
    answerFields = questions.map((_, i) =>
      h('input', {
        type: 'password',
        id: uid(`mfa-answer-${i}`),
        'data-testid': `mfa-answer-${i}`,
        autocomplete: 'off',
        autocapitalize: 'off',
        spellcheck: 'false',
        required: true,
      }),
    );
    pane.replaceChildren(
      h('h2', {}, kindName(method.kind)),
      h('p', { class: 'hint' }, t('mfa-questions-intro')),
      ...questions.map((q, i) => field(q.text, answerFields[i]!, `mfa-answer-${i}`)),
    );
    submit.hidden = false;
    answerFields[0]?.focus();
  }

  async function useKey(method: Method) {
    const mine = seq;
    busy = true;
    back.disabled = true;
    pane.replaceChildren(h('h2', {}, methodLabel(method)), busyNote(t('security-key-touch'), 'mfa-key-waiting'));
    try {
      await ctx.transport.mfaVerify({ method_id: method.id });
      if (mine === seq) verified();
    } catch (thrown) {
      if (mine !== seq) return;
      const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'mfa-key-retry', onclick: () => void useKey(method) }, t('common-retry'));
      pane.replaceChildren(h('h2', {}, methodLabel(method)), h('div', { class: 'actions' }, retry));
      showVerifyError(thrown);
    } finally {
      if (mine === seq) {
        busy = false;
        back.disabled = false;
      }
    }
  }

  function verified() {
    wipe();
    flow.mfaMethods = undefined;
    ctx.go('security-info');
  }

  function showVerifyError(thrown: unknown) {
    const error = toApiError(thrown);
    if (error.code === 'mfa.not_required') {
      verified();
      return;
    }
    if (error.code === 'mfa.code_expired' || error.code === 'code.expired') resend.ready();
    let focus: HTMLElement | null = null;
    if (error.code === 'mfa.attempts_exceeded' || error.code === 'mfa.method_not_verified') {
      // This method is used up for now: back to the choice.
      wipe();
      pane.replaceChildren();
      submit.hidden = true;
      selected = null;
      for (const button of choices) button.setAttribute('aria-pressed', 'false');
    } else if (codeField) {
      codeField.value = '';
      codeField.setAttribute('aria-invalid', 'true');
      focus = codeField;
    } else if (answerFields[0]) {
      focus = answerFields[0];
    }
    showError(methodProblem(error), focus);
  }

  async function cancel() {
    wipe();
    // The half-finished session is dropped, so nothing is left signed in on a shared machine.
    try {
      await ctx.transport.sessionSignOut();
    } catch (thrown) {
      console.warn('session_sign_out failed', toApiError(thrown).code);
    }
    ctx.go('start');
  }

  const form = h('form', { class: 'verify-form', novalidate: true }, errorSlot, choiceList, pane, h('div', { class: 'actions' }, back, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy || !selected) return;
    const req: MfaVerifyRequest = { method_id: selected.id };
    if (codeField) {
      const code = typedCode(codeField);
      if (!code) return showError({ message: t('code-required') }, codeField);
      req.code = code;
    } else if (answerFields.length) {
      const empty = answerFields.find((a) => !a.value.trim());
      if (empty) return showError({ message: t('mfa-answers-required') }, empty);
      req.answers = answerFields.map((a) => a.value);
    }
    busy = true;
    clearError();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('mfa-submitting');
    form.setAttribute('aria-busy', 'true');
    try {
      await ctx.transport.mfaVerify(req);
      verified();
    } catch (thrown) {
      busy = false;
      submit.disabled = false;
      back.disabled = false;
      submit.textContent = t('mfa-submit');
      form.removeAttribute('aria-busy');
      showVerifyError(thrown);
    }
  });

  const title = heading(t('mfa-title'), { n: 2, total: STEPS });
  const card = h(
    'main',
    { class: 'card verify' },
    brandHeader(boot.branding, false),
    title,
    methods.length
      ? h('p', {}, t('mfa-intro'))
      : errorBox({ message: t('mfa-no-methods') }, helpdesk),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: choices[0] ?? title,
    dispose: () => {
      seq += 1;
      resend.dispose();
      wipe();
    },
  };
}
