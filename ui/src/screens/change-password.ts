import { toApiError } from '../api/error';
import { h, uid } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext, Screen } from './context';
import { apiProblem, brandHeader, errorBox, kioskCountdown, page, type Problem, unlockOffer } from './layout';
import { field, NewPasswordField } from './password-field';

/** Codes about the sign-in step send focus back to it; password codes to the new password. */
function fieldFor(code: string): 'username' | 'current' | 'new' | null {
  if (code === 'auth.invalid_credentials') return 'current';
  if (code === 'auth.account_locked' || code === 'auth.account_disabled') return 'username';
  if (code.startsWith('password.')) return 'new';
  return null;
}

/**
 * Change password: step 1 signs in (user ID + current password), step 2 is the new-password
 * component. Both steps are sections of one form, so Tab walks through them, Enter moves on, and
 * nothing typed is lost when going between them.
 */
export function renderChangePassword(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  // Sent here by sign-in: the user ID is known and the reason is worth a sentence.
  const required = flow.reason === 'password_change_required';

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
  const current = h('input', {
    type: 'password',
    id: uid('current-password'),
    'data-testid': 'current-password',
    autocomplete: 'current-password',
    required: true,
  });
  const newPassword = new NewPasswordField({
    transport: ctx.transport,
    policy: boot.policy,
    username: () => username.value,
    evaluateDelayMs: ctx.timing.evaluateDelayMs,
  });
  username.value = flow.username ?? '';
  username.addEventListener('change', () => newPassword.schedule());

  const errorSlot = h('div', { class: 'error-slot' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit' }, t('change-submit'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('start') }, t('common-back'));

  const hintId = uid('username-hint');
  username.setAttribute('aria-describedby', hintId);
  const step1 = step(1, t('change-step-sign-in'), [
    h('div', { class: 'field' }, h('label', { for: username.id }, t('change-username')), username, h('p', { id: hintId, class: 'hint' }, t('change-username-hint'))),
    field(t('change-current-password'), current, 'current-password'),
  ]);
  const step2 = step(2, t('change-step-new-password'), [newPassword.element]);

  const form = h(
    'form',
    { class: 'change-form', novalidate: true },
    errorSlot,
    step1,
    step2,
    h('div', { class: 'actions' }, back, submit),
  );

  // The step containing focus is the current one ("Step 2 of 2").
  form.addEventListener('focusin', (e) => {
    const target = e.target as Node;
    if (!step1.contains(target) && !step2.contains(target)) return;
    const inStep2 = step2.contains(target);
    step1.classList.toggle('current', !inStep2);
    step2.classList.toggle('current', inStep2);
    step1.querySelector('legend')!.setAttribute('aria-current', String(!inStep2 && 'step'));
    step2.querySelector('legend')!.setAttribute('aria-current', String(inStep2 && 'step'));
  });

  // Enter moves to the next field instead of submitting a half-filled form.
  const order = [username, current, newPassword.input, newPassword.confirm];
  for (const [i, input] of order.slice(0, -1).entries()) {
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing) return;
      e.preventDefault();
      order[i + 1]!.focus();
    });
  }

  function showError(problem: Problem, focus: HTMLInputElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    for (const input of order) input.removeAttribute('aria-invalid');
    focus?.setAttribute('aria-invalid', 'true');
    // Focus the field to fix; the alert role announces the message.
    (focus ?? box).focus();
  }

  function clientProblem(): { problem: Problem; focus: HTMLInputElement } | null {
    if (!username.value.trim()) return { problem: { message: t('change-username-required') }, focus: username };
    if (!current.value) return { problem: { message: t('change-current-password-required') }, focus: current };
    if (!newPassword.input.value) return { problem: { message: t('change-new-password-required') }, focus: newPassword.input };
    if (newPassword.mismatch()) {
      return { problem: { message: errorText({ code: 'password.mismatch' }) }, focus: newPassword.confirm };
    }
    const verdict = newPassword.currentVerdict();
    if (verdict && !verdict.ok) {
      const details = verdict.problems.map((p) => errorText(p));
      return { problem: { message: t('change-password-not-accepted'), details }, focus: newPassword.input };
    }
    return null;
  }

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const invalid = clientProblem();
    if (invalid) {
      showError(invalid.problem, invalid.focus);
      return;
    }
    busy = true;
    errorSlot.replaceChildren();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('change-submitting');
    form.setAttribute('aria-busy', 'true');
    try {
      await ctx.transport.changePassword({
        username: username.value.trim(),
        current_password: current.value,
        new_password: newPassword.input.value,
      });
      ctx.go('change-done');
    } catch (thrown) {
      const error = toApiError(thrown);
      busy = false;
      submit.disabled = false;
      back.disabled = false;
      submit.textContent = t('change-submit');
      form.removeAttribute('aria-busy');
      const target = fieldFor(error.code);
      showError(apiProblem(error), target && { username, current, new: newPassword.input }[target]);
      if (error.code === 'auth.account_locked') {
        errorSlot.querySelector('.error')?.append(unlockOffer(ctx, username.value.trim()) ?? '');
      }
    }
  });

  const card = h(
    'main',
    { class: 'card change' },
    brandHeader(boot.branding, false),
    h('h1', {}, t('change-title')),
    required && h('p', { class: 'notice', role: 'status', 'data-testid': 'change-required-notice' }, t('change-required-notice')),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: username.value ? current : username,
    dispose: () => {
      newPassword.dispose();
      username.value = '';
      current.value = '';
    },
  };
}

function step(n: number, title: string, body: HTMLElement[]): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: n === 1 ? 'step current' : 'step', 'data-testid': `step-${n}` },
    h('legend', { 'aria-current': n === 1 ? 'step' : 'false' }, h('span', { class: 'step-count' }, t('change-step', { step: n, total: 2 })), ' ', title),
    body,
  );
}

/** Done: no automatic sign-in; in kiosk mode it returns to the start after a countdown. */
export function renderChangeDone(ctx: AppContext): Screen {
  const back = h('button', { type: 'button', class: 'primary', 'data-testid': 'back-to-start', onclick: () => ctx.go('start') }, t('change-done-back'));
  const countdown = kioskCountdown(ctx);
  const heading = h('h1', { tabindex: -1 }, t('change-done-title'));
  const card = h(
    'main',
    { class: 'card done', 'data-testid': 'done' },
    brandHeader(ctx.boot.branding, false),
    h('p', { class: 'done-mark', 'aria-hidden': 'true' }, '✓'),
    heading,
    h('p', { role: 'status' }, t('change-done-text')),
    countdown.element,
    h('div', { class: 'actions' }, back),
  );
  return { element: page(ctx, card), initialFocus: heading, dispose: countdown.dispose };
}
