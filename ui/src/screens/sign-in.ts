import { toApiError } from '../api/error';
import { h, uid } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext, Screen } from './context';
import { apiProblem, brandHeader, errorBox, heading, page, type Problem, unlockOffer } from './layout';
import { methodVerifier } from './method-verify';
import { afterSignIn } from './registration-interrupt';
import { field } from './password-field';
import { methodProblem } from './signed-in';

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

  // "Stay signed in": the session goes to the OS keyring (never offered in kiosk mode).
  const stay = boot.stay_signed_in?.offered ? h('input', { type: 'checkbox', id: uid('stay'), 'data-testid': 'stay-signed-in' }) : null;

  const errorSlot = h('div', { class: 'error-slot' });
  // A notice from the start screen (the kept sign-in could not be read), shown once.
  if (flow.notice) {
    errorSlot.replaceChildren(h('p', { class: 'notice', role: 'status', 'data-testid': 'sign-in-notice' }, flow.notice()));
    flow.notice = undefined;
  }
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
    stay && h('div', { class: 'check' }, stay, h('label', { for: stay.id }, t('stay-signed-in'))),
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
      const result = await ctx.transport.sessionSignIn({
        username: user,
        password: password.value,
        ...(stay?.checked ? { stay_signed_in: true } : {}),
      });
      flow.username = user;
      const kept = result.stay_signed_in_problem;
      if (kept) flow.notice = () => errorText(kept);
      flow.interrupt = result.interrupt ?? undefined;
      if (result.password_change_required) {
        flow.reason = 'password_change_required';
        ctx.go('change');
      } else if (result.mfa_required) {
        flow.mfaMethods = result.methods;
        ctx.go('verify');
      } else {
        ctx.go(afterSignIn(flow));
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
      if (error.code === 'auth.account_locked') errorSlot.querySelector('.error')?.append(unlockOffer(ctx, user) ?? '');
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

/**
 * Step-up: prove it's you with one registered, verified method before security info can be seen
 * or changed.
 */
export function renderVerify(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  const methods = (flow.mfaMethods ?? []).filter((m) => m.verified);

  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void cancel() }, t('common-cancel'));

  function verified() {
    flow.mfaMethods = undefined;
    ctx.go(afterSignIn(flow));
  }

  const verifier = methodVerifier<void>({
    prefix: 'mfa',
    submitTestId: 'mfa-submit',
    methods,
    back,
    choiceLabel: t('mfa-choose'),
    resendSecs: ctx.timing.resendSecs,
    helpdesk,
    challenge: (methodId) => ctx.transport.mfaChallenge(methodId),
    verify: (req) => ctx.transport.mfaVerify(req),
    onVerified: verified,
    problem: (error) => {
      if (error.code === 'mfa.not_required') {
        verified();
        return null;
      }
      return methodProblem(error);
    },
    // This method is used up for now: back to the choice.
    usedUp: (code) => code === 'mfa.attempts_exceeded' || code === 'mfa.method_not_verified',
  });

  async function cancel() {
    verifier.dispose();
    // The half-finished session is dropped, so nothing is left signed in on a shared machine.
    try {
      await ctx.transport.sessionSignOut();
    } catch (thrown) {
      console.warn('session_sign_out failed', toApiError(thrown).code);
    }
    ctx.go('start');
  }

  const title = heading(t('mfa-title'), { n: 2, total: STEPS });
  const card = h(
    'main',
    { class: 'card verify' },
    brandHeader(boot.branding, false),
    title,
    methods.length
      ? h('p', {}, t('mfa-intro'))
      : errorBox({ message: t('mfa-no-methods') }, helpdesk),
    verifier.form,
  );
  return {
    element: page(ctx, card),
    initialFocus: verifier.firstChoice ?? title,
    dispose: () => verifier.dispose(),
  };
}
