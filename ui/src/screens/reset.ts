import { toApiError, type ApiError } from '../api/error';
import type { ResetMode, ResetProgress, ResetStarted, WireError } from '../api/types';
import { h, uid } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext, ResetState, Screen, ScreenName } from './context';
import { brandHeader, errorBox, heading, kioskCountdown, noticeBox, page, type Problem } from './layout';
import { methodVerifier } from './method-verify';
import { NewPasswordField } from './password-field';
import { kindName, methodLabel, type MethodLike } from './signed-in';

/** Who are you, verify, then a new password (reset) or the unlock itself. Done has no number. */
const STEPS = 3;

/** Used when `expires_at` can't be right for this device's clock (see `deadlineFrom`). */
const SESSION_FALLBACK_SECS = 15 * 60;

/** The remaining time shows below this. */
const TIMER_SHOWN_BELOW_SECS = 120;

/** The refusal as a sentence; a blocked reset says for how many hours. */
export function resetProblem(error: WireError): Problem {
  const args = { ...error.args };
  if (error.code === 'reset.blocked') {
    const secs = Number(args.retry_after_secs);
    args.hours = Number.isFinite(secs) && secs > 0 ? Math.max(1, Math.ceil(secs / 3600)) : 24;
  }
  if (typeof args.kind === 'string') args.kind = kindName(args.kind);
  return { message: errorText({ code: error.code, args }), code: error.code };
}

/** The reset session is gone on the server: the only way on is to start again. */
function sessionGone(code: string): boolean {
  return code === 'reset.expired' || code === 'reset.not_found';
}

/** Drops the Rust side's reset session; nothing to tell the person if that fails. */
async function cancelReset(ctx: AppContext): Promise<void> {
  try {
    await ctx.transport.resetCancel();
  } catch (thrown) {
    console.warn('reset_cancel failed', toApiError(thrown).code);
  }
}

/**
 * `expires_at` is the server's clock; a device clock that is far off would end the session at
 * once or never. When the answer can't be right here, count the usual 15 minutes from now.
 */
function deadlineFrom(started: ResetStarted, now: number): number {
  const left = started.expires_at * 1000 - now;
  return left > 0 && left <= 4 * SESSION_FALLBACK_SECS * 1000 ? started.expires_at * 1000 : now + SESSION_FALLBACK_SECS * 1000;
}

function nextAfterVerify(mode: ResetMode): ScreenName {
  return mode === 'reset' ? 'reset-password' : 'unlock-confirm';
}

function title(mode: ResetMode): string {
  return mode === 'reset' ? t('reset-title') : t('unlock-title');
}

/**
 * The session's remaining time, shown once under two minutes; when it runs out, the expired
 * screen takes over. A screen reader hears it once (role=timer is not read on every tick).
 */
function sessionTimer(ctx: AppContext, state: ResetState): { element: HTMLElement; dispose(): void } {
  const clock = h('span', { role: 'timer', 'aria-live': 'off' });
  const announce = h('span', { class: 'sr-only', role: 'status' });
  const element = h('p', { class: 'session-timer', 'data-testid': 'reset-timer', hidden: true }, clock, announce);
  const render = () => {
    const left = Math.ceil((state.deadline - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(timer);
      ctx.go('reset-expired');
      return;
    }
    if (left >= TIMER_SHOWN_BELOW_SECS) return;
    clock.textContent = t('reset-timer', { minutes: Math.floor(left / 60), seconds: left % 60 });
    if (element.hidden) announce.textContent = t('reset-timer-warning', { minutes: Math.ceil(TIMER_SHOWN_BELOW_SECS / 60) });
    element.hidden = false;
  };
  const timer = setInterval(render, 1000);
  // The first check waits a tick: the router may not go elsewhere while a screen is being built.
  const first = setTimeout(render, 0);
  return {
    element,
    dispose: () => {
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}

/** Step 1: the user ID, then the proof-of-work captcha inside `reset_start`. */
export function renderResetStart(ctx: AppContext, mode: ResetMode): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;

  const username = h('input', {
    type: 'text',
    id: uid('reset-username'),
    'data-testid': 'reset-username',
    autocomplete: 'username',
    dir: 'auto',
    autocapitalize: 'off',
    spellcheck: 'false',
    required: true,
  });
  username.value = flow.username ?? '';
  const hintId = uid('reset-username-hint');
  username.setAttribute('aria-describedby', hintId);

  const errorSlot = h('div', { class: 'error-slot' });
  const next = h('button', { type: 'submit', class: 'primary', 'data-testid': 'reset-next' }, t('reset-next'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void leave() }, t('common-back'));

  const captchaLabel = uid('captcha-label');
  const fill = h('span', { class: 'progress-fill' });
  const progress = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'data-testid': 'captcha-progress',
      'aria-labelledby': captchaLabel,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    fill,
  );
  const captcha = h('div', { class: 'captcha', 'data-testid': 'captcha', hidden: true }, h('p', { id: captchaLabel, role: 'status' }, t('reset-captcha')), progress);

  function showProgress(percent: number) {
    const p = Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
    progress.setAttribute('aria-valuenow', String(p));
    fill.style.width = `${p}%`;
  }

  const form = h(
    'form',
    { class: 'reset-form', novalidate: true },
    errorSlot,
    h(
      'div',
      { class: 'field' },
      h('label', { for: username.id }, t('change-username')),
      username,
      h('p', { id: hintId, class: 'hint' }, t('change-username-hint')),
    ),
    captcha,
    h('div', { class: 'actions' }, back, next),
  );

  function showError(problem: Problem, focus: HTMLElement | null, extra?: HTMLElement) {
    const box = errorBox(problem, helpdesk);
    if (extra) box.append(extra);
    errorSlot.replaceChildren(box);
    if (focus === username) username.setAttribute('aria-invalid', 'true');
    else username.removeAttribute('aria-invalid');
    (focus ?? box).focus();
  }

  /** Bumped on leaving; a late answer of `reset_start` is then dropped. */
  let seq = 0;
  let busy = false;

  function idle() {
    busy = false;
    next.disabled = false;
    username.disabled = false;
    next.textContent = t('reset-next');
    form.removeAttribute('aria-busy');
    captcha.hidden = true;
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const user = username.value.trim();
    if (!user) return showError({ message: t('change-username-required') }, username);
    const mine = ++seq;
    busy = true;
    errorSlot.replaceChildren();
    next.disabled = true;
    username.disabled = true;
    next.textContent = t('reset-checking');
    form.setAttribute('aria-busy', 'true');
    showProgress(0);
    captcha.hidden = false;

    let unsubscribe: (() => void) | null = null;
    try {
      unsubscribe = await ctx.transport.onCaptchaProgress((percent) => {
        if (mine === seq) showProgress(percent);
      });
    } catch (thrown) {
      // The bar is a help; the check itself runs anyway.
      console.warn('captcha progress unavailable', toApiError(thrown).code);
    }
    if (mine !== seq) {
      unsubscribe?.();
      return;
    }
    let started: ResetStarted;
    try {
      started = await ctx.transport.resetStart({ username: user, mode });
    } catch (thrown) {
      if (mine !== seq) return;
      idle();
      const error = toApiError(thrown);
      let extra: HTMLElement | undefined;
      if (error.code === 'reset.unlock_disabled' && boot.flows.includes('reset')) {
        extra = h(
          'button',
          { type: 'button', class: 'primary', 'data-testid': 'switch-to-reset', onclick: () => switchToReset(user) },
          t('reset-switch-to-reset'),
        );
      }
      showError(resetProblem(error), error.code.startsWith('captcha.') || error.code === 'reset.blocked' ? null : username, extra);
      return;
    } finally {
      unsubscribe?.();
    }
    if (mine !== seq) return;
    showProgress(100);
    flow.username = user;
    const deadline = deadlineFrom(started, Date.now());
    flow.reset = {
      mode,
      username: user,
      required: Math.max(1, started.required),
      remaining: Math.max(1, started.required),
      methods: started.methods,
      verified: [],
      deadline,
      minutes: Math.max(1, Math.round((deadline - Date.now()) / 60_000)),
    };
    ctx.go('reset-verify');
  });

  async function switchToReset(user: string) {
    seq += 1;
    await cancelReset(ctx);
    flow.username = user;
    ctx.go('reset');
  }

  async function leave() {
    // A captcha still running is stopped by the cancel; its late answer is ignored.
    seq += 1;
    back.disabled = true;
    await cancelReset(ctx);
    ctx.go('start');
  }

  const card = h(
    'main',
    { class: `card reset ${mode}`, 'data-testid': `${mode}-start` },
    brandHeader(boot.branding, false),
    h('p', { class: 'flow-title' }, title(mode)),
    heading(t('reset-step-who'), { n: 1, total: STEPS }),
    h('p', {}, mode === 'reset' ? t('reset-who-intro') : t('unlock-who-intro')),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: username,
    dispose: () => {
      seq += 1;
    },
  };
}

/** Step 2: verify as many methods as required, one at a time; each round is a fresh screen. */
export function renderResetVerify(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const state = flow.reset;
  if (!state) return renderResetExpired(ctx);
  const helpdesk = boot.branding?.helpdesk;

  const verified = state.methods.filter((m) => state.verified.includes(m.id));
  const open = state.methods.filter((m) => !state.verified.includes(m.id));
  const n = Math.min(state.required, Math.max(1, state.required - state.remaining + 1));

  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void cancel() }, t('common-cancel'));
  const timer = sessionTimer(ctx, state);

  function onVerified(progress: ResetProgress, method: MethodLike) {
    const s = state!;
    s.verified = progress.verified.includes(method.id) ? progress.verified : [...progress.verified, method.id];
    s.remaining = progress.remaining;
    if (progress.password_policy) s.policy = progress.password_policy;
    if (progress.remaining <= 0) {
      ctx.go(nextAfterVerify(s.mode));
      return;
    }
    flow.notice = () => t('reset-verified-notice', { method: methodLabel(method), remaining: progress.remaining });
    ctx.go('reset-verify');
  }

  const verifier = methodVerifier<ResetProgress>({
    prefix: 'reset',
    submitTestId: 'reset-verify',
    methods: open,
    back,
    choiceLabel: t('reset-choose', { n, total: state.required }),
    resendSecs: ctx.timing.resendSecs,
    helpdesk,
    challenge: (methodId) => ctx.transport.resetChallenge(methodId),
    verify: (req) => ctx.transport.resetVerify(req),
    onVerified,
    problem: (error: ApiError) => {
      if (sessionGone(error.code)) {
        ctx.go('reset-expired');
        return null;
      }
      if (error.code === 'reset.blocked') verifier.lock();
      return resetProblem(error);
    },
    usedUp: (code) =>
      code === 'code.attempts_exceeded' ||
      code === 'mfa.attempts_exceeded' ||
      code === 'mfa.method_not_verified' ||
      code === 'reset.strong_method_required',
  });

  async function cancel() {
    verifier.dispose();
    back.disabled = true;
    await cancelReset(ctx);
    ctx.go('start');
  }

  const notice = flow.notice;
  flow.notice = undefined;
  const earlier = state.problem;
  state.problem = undefined;

  const stepTitle = heading(t('reset-step-verify'), { n: 2, total: STEPS });
  const card = h(
    'main',
    { class: `card reset verify ${state.mode}` },
    brandHeader(boot.branding, false),
    h('p', { class: 'flow-title' }, title(state.mode)),
    stepTitle,
    timer.element,
    notice && noticeBox(notice(), 'reset-notice'),
    earlier && errorBox(resetProblem(earlier), helpdesk),
    h('p', {}, t('reset-verify-intro', { required: state.required })),
    // WCAG 2.2.1: the time limit is said up front, with why it can't be extended.
    h('p', { class: 'hint', 'data-testid': 'reset-time-limit' }, t('reset-time-limit', { minutes: state.minutes })),
    verified.length > 0 &&
      h(
        'ul',
        { class: 'verified-list', 'data-testid': 'reset-verified', 'aria-label': t('reset-verified-title') },
        verified.map((m) =>
          h(
            'li',
            { 'data-testid': `reset-verified-${m.id}` },
            h('span', { class: 'mark', 'aria-hidden': 'true' }, '✓'),
            ' ',
            h('bdi', {}, methodLabel(m)),
            ' ',
            h('span', { class: 'verified-tag' }, t('reset-verified')),
          ),
        ),
      ),
    h('h2', { 'data-testid': 'reset-choose' }, t('reset-choose', { n, total: state.required })),
    open.length === 0 && errorBox({ message: t('reset-no-methods') }, helpdesk),
    verifier.form,
  );
  return {
    element: page(ctx, card),
    initialFocus: verifier.firstChoice ?? stepTitle,
    dispose: () => {
      timer.dispose();
      verifier.dispose();
    },
  };
}

/**
 * A refusal after verification that sends the person back to verifying (`reset.more_methods_needed`,
 * `reset.strong_method_required`); true when it did.
 */
function backToVerify(ctx: AppContext, state: ResetState, error: ApiError): boolean {
  if (error.code !== 'reset.more_methods_needed' && error.code !== 'reset.strong_method_required') return false;
  const remaining = Number(error.args.remaining);
  state.remaining = Math.max(1, Number.isFinite(remaining) ? remaining : 1);
  state.problem = { code: error.code, args: error.args };
  ctx.go('reset-verify');
  return true;
}

/** Step 3 of a reset: the shared new-password component, checked live with the user ID from step 1. */
export function renderResetPassword(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const state = flow.reset;
  if (!state) return renderResetExpired(ctx);
  const helpdesk = boot.branding?.helpdesk;

  const newPassword = new NewPasswordField({
    transport: ctx.transport,
    policy: state.policy ?? boot.policy,
    own: state.policy !== undefined,
    username: () => state.username,
    evaluateDelayMs: ctx.timing.evaluateDelayMs,
  });
  const timer = sessionTimer(ctx, state);
  const errorSlot = h('div', { class: 'error-slot' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'reset-submit' }, t('reset-submit'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void cancel() }, t('common-cancel'));
  const form = h('form', { class: 'reset-password-form', novalidate: true }, errorSlot, newPassword.element, h('div', { class: 'actions' }, back, submit));

  newPassword.input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    newPassword.confirm.focus();
  });

  function showError(problem: Problem, focus: HTMLInputElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    newPassword.input.removeAttribute('aria-invalid');
    newPassword.confirm.removeAttribute('aria-invalid');
    focus?.setAttribute('aria-invalid', 'true');
    (focus ?? box).focus();
  }

  function clientProblem(): { problem: Problem; focus: HTMLInputElement } | null {
    if (!newPassword.input.value) return { problem: { message: t('change-new-password-required') }, focus: newPassword.input };
    if (newPassword.mismatch()) return { problem: { message: errorText({ code: 'password.mismatch' }) }, focus: newPassword.confirm };
    const verdict = newPassword.currentVerdict();
    if (verdict && !verdict.ok) {
      return { problem: { message: t('change-password-not-accepted'), details: verdict.problems.map((p) => errorText(p)) }, focus: newPassword.input };
    }
    return null;
  }

  let busy = false;
  let blocked = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy || blocked) return;
    const invalid = clientProblem();
    if (invalid) return showError(invalid.problem, invalid.focus);
    busy = true;
    errorSlot.replaceChildren();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('reset-submitting');
    form.setAttribute('aria-busy', 'true');
    try {
      await ctx.transport.resetSetPassword(newPassword.input.value);
    } catch (thrown) {
      const error = toApiError(thrown);
      if (sessionGone(error.code)) return ctx.go('reset-expired');
      if (backToVerify(ctx, state, error)) return;
      busy = false;
      blocked = error.code === 'reset.blocked';
      submit.disabled = blocked;
      back.disabled = false;
      submit.textContent = t('reset-submit');
      form.removeAttribute('aria-busy');
      showError(resetProblem(error), error.code.startsWith('password.') ? newPassword.input : null);
      return;
    }
    ctx.go('reset-done');
  });

  async function cancel() {
    newPassword.dispose();
    back.disabled = true;
    await cancelReset(ctx);
    ctx.go('start');
  }

  const card = h(
    'main',
    { class: 'card reset new-password-step' },
    brandHeader(boot.branding, false),
    h('p', { class: 'flow-title' }, title('reset')),
    heading(t('reset-step-new-password'), { n: 3, total: STEPS }),
    timer.element,
    h('p', {}, t('reset-new-password-intro', { user: state.username })),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: newPassword.input,
    dispose: () => {
      timer.dispose();
      newPassword.dispose();
    },
  };
}

/** Step 3 of an unlock: a short confirmation, so unlocking is a choice the person makes. */
export function renderUnlockConfirm(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const state = flow.reset;
  if (!state) return renderResetExpired(ctx);
  const helpdesk = boot.branding?.helpdesk;

  const timer = sessionTimer(ctx, state);
  const errorSlot = h('div', { class: 'error-slot' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'unlock-submit' }, t('unlock-submit'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => void cancel() }, t('common-cancel'));
  const form = h('form', { class: 'unlock-form', novalidate: true }, errorSlot, h('div', { class: 'actions' }, back, submit));

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    submit.disabled = true;
    back.disabled = true;
    submit.textContent = t('unlock-submitting');
    form.setAttribute('aria-busy', 'true');
    try {
      await ctx.transport.resetUnlock();
    } catch (thrown) {
      const error = toApiError(thrown);
      if (sessionGone(error.code)) return ctx.go('reset-expired');
      if (backToVerify(ctx, state, error)) return;
      busy = false;
      // Neither retrying nor waiting changes these answers; only Cancel is left.
      const final = error.code === 'reset.blocked' || error.code === 'reset.unlock_disabled';
      submit.disabled = final;
      back.disabled = false;
      submit.textContent = t('unlock-submit');
      form.removeAttribute('aria-busy');
      const box = errorBox(resetProblem(error), helpdesk);
      errorSlot.replaceChildren(box);
      box.focus();
      return;
    }
    ctx.go('reset-done');
  });

  async function cancel() {
    back.disabled = true;
    await cancelReset(ctx);
    ctx.go('start');
  }

  const card = h(
    'main',
    { class: 'card reset unlock-step' },
    brandHeader(boot.branding, false),
    h('p', { class: 'flow-title' }, title('unlock')),
    heading(t('unlock-step-confirm'), { n: 3, total: STEPS }),
    timer.element,
    h('p', {}, t('unlock-confirm-text', { user: state.username })),
    form,
  );
  return {
    element: page(ctx, card),
    initialFocus: submit,
    dispose: () => timer.dispose(),
  };
}

/** Done: no automatic sign-in; kiosk mode goes back to the start by itself, wiping the visit. */
export function renderResetDone(ctx: AppContext): Screen {
  const mode = ctx.flow.reset?.mode ?? 'reset';
  let leaving = false;
  async function leave() {
    if (leaving) return;
    leaving = true;
    back.disabled = true;
    await cancelReset(ctx);
    ctx.go('start');
  }
  const back = h('button', { type: 'button', class: 'primary', 'data-testid': 'back-to-start', onclick: () => void leave() }, t('change-done-back'));
  const countdown = kioskCountdown(ctx, () => void leave());
  const doneTitle = h('h1', { tabindex: -1 }, mode === 'reset' ? t('reset-done-title') : t('unlock-done-title'));
  const card = h(
    'main',
    { class: 'card done', 'data-testid': `${mode}-done` },
    brandHeader(ctx.boot.branding, false),
    h('p', { class: 'done-mark', 'aria-hidden': 'true' }, '✓'),
    doneTitle,
    h('p', { role: 'status' }, mode === 'reset' ? t('reset-done-text') : t('unlock-done-text')),
    h('p', { 'data-testid': 'reset-notified' }, t('reset-done-notified')),
    countdown.element,
    h('div', { class: 'actions' }, back),
  );
  return { element: page(ctx, card), initialFocus: doneTitle, dispose: countdown.dispose };
}

/** The session ran out (or the server no longer knows it): say so and offer to start again. */
export function renderResetExpired(ctx: AppContext): Screen {
  const { flow } = ctx;
  const mode = flow.reset?.mode ?? 'reset';
  const user = flow.reset?.username ?? flow.username;
  const minutes = flow.reset?.minutes ?? SESSION_FALLBACK_SECS / 60;
  flow.reset = undefined;
  const cancelled = cancelReset(ctx);

  async function go(screen: ScreenName) {
    restart.disabled = true;
    back.disabled = true;
    await cancelled;
    if (screen !== 'start') flow.username = user;
    ctx.go(screen);
  }
  const restart = h('button', { type: 'button', class: 'primary', 'data-testid': 'reset-restart', onclick: () => void go(mode) }, t('reset-restart'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back-to-start', onclick: () => void go('start') }, t('change-done-back'));
  const expiredTitle = h('h1', { tabindex: -1 }, t('reset-expired-title'));
  const card = h(
    'main',
    { class: 'card reset expired', 'data-testid': 'reset-expired' },
    brandHeader(ctx.boot.branding, false),
    expiredTitle,
    h('p', { role: 'alert', 'data-testid': 'reset-expired-text' }, errorText({ code: 'reset.expired', args: { minutes } })),
    h('div', { class: 'actions' }, back, restart),
  );
  return { element: page(ctx, card), initialFocus: restart };
}
