import { toApiError } from '../api/error';
import type { MethodsView, RegistrationInterrupt } from '../api/types';
import { h } from '../dom';
import { t } from '../i18n';
import type { AppContext, FlowState, Screen, ScreenName } from './context';
import { brandHeader, busyNote, heading, page } from './layout';
import { kindIcon, kindName, signedInErrorBox, visibleHint } from './signed-in';

/**
 * Where sign-in (and step-up) lead: the registration interrupt when the organization asks for
 * it and it has not been shown in this visit yet, otherwise "My security info".
 */
export function afterSignIn(flow: FlowState): ScreenName {
  return flow.interrupt ? 'registration-interrupt' : 'security-info';
}

/**
 * The organization's registration policy, before anything else: "needs more information"
 * (fewer methods than a reset needs) or "is your security info still current?" (every
 * `reconfirm_days`). The way on is to register or confirm; "Skip for now" only as often as the
 * tenant allows, counted by the server. Every way out lands on "My security info".
 */
export function renderRegistrationInterrupt(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const interrupt: RegistrationInterrupt = flow.interrupt ?? {
    reason: 'register',
    required: 1,
    registered: 0,
    skips_allowed: 0,
    skips_left: 0,
  };
  // Shown once per visit: whatever is chosen here, the next screens don't interrupt again.
  flow.interrupt = undefined;
  const reconfirm = interrupt.reason === 'reconfirm';
  const errorSlot = h('div', { class: 'error-slot' });
  const title = heading(t(reconfirm ? 'interrupt-reconfirm-title' : 'interrupt-register-title'));
  let disposed = false;
  let busy = false;

  const actions = h('div', { class: 'actions interrupt-actions' });
  const buttons: HTMLButtonElement[] = [];
  function button(testid: string, cls: string, text: string, onclick: () => void): HTMLButtonElement {
    const b = h('button', { type: 'button', class: cls, 'data-testid': testid, onclick }, text);
    buttons.push(b);
    return b;
  }

  function toSecurityInfo() {
    ctx.go('security-info');
  }

  /** Runs one call with every button off; an error stays on this screen with the help desk. */
  async function run(action: () => Promise<void>) {
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    for (const b of buttons) b.disabled = true;
    try {
      await action();
    } catch (thrown) {
      if (disposed) return;
      const error = toApiError(thrown);
      // Nothing is due any more (done on another device, or the policy changed): go on.
      if (error.code === 'registration.not_due') return toSecurityInfo();
      const { box } = signedInErrorBox(ctx, thrown);
      errorSlot.replaceChildren(box);
      box.focus();
      if (error.code === 'registration.skips_used_up' || error.code === 'registration.skip_not_allowed') {
        skip?.remove();
      }
      for (const b of buttons) b.disabled = false;
    } finally {
      busy = false;
    }
  }

  const primary = reconfirm
    ? button('interrupt-confirm', 'primary', t('interrupt-reconfirm-confirm'), () =>
        void run(async () => {
          await ctx.transport.methodsConfirm();
          if (disposed) return;
          flow.notice = () => t('security-info-confirmed');
          toSecurityInfo();
        }),
      )
    : button('interrupt-register', 'primary', t('interrupt-register-button'), toSecurityInfo);
  const update = reconfirm ? button('interrupt-update', 'secondary', t('interrupt-reconfirm-update'), toSecurityInfo) : null;

  const canSkip = interrupt.skips_allowed > 0 && interrupt.skips_left > 0;
  const skip = canSkip
    ? button('interrupt-skip', 'secondary', t('interrupt-skip', { left: interrupt.skips_left }), () =>
        void run(async () => {
          const { skips_left } = await ctx.transport.registrationSkip();
          if (disposed) return;
          flow.notice = () => t('interrupt-skipped', { left: skips_left });
          toSecurityInfo();
        }),
      )
    : null;
  // On a shared machine, whoever will not answer now can still leave cleanly.
  const signOut = button('interrupt-sign-out', 'secondary', t('security-info-sign-out'), () =>
    void run(async () => {
      try {
        await ctx.transport.sessionSignOut();
      } catch (thrown) {
        console.warn('session_sign_out failed', toApiError(thrown).code);
      }
      ctx.go('start');
    }),
  );
  actions.append(...[signOut, skip, update, primary].filter((b): b is HTMLButtonElement => b !== null));

  const body: (HTMLElement | null)[] = [];
  if (reconfirm) {
    body.push(h('p', {}, t('interrupt-reconfirm-intro')));
    const list = h('div', { class: 'interrupt-methods', 'data-testid': 'interrupt-methods' }, busyNote(t('security-info-loading'), 'interrupt-loading'));
    body.push(list);
    void showMethods(list);
  } else {
    body.push(h('p', {}, t('interrupt-register-intro')));
    body.push(
      h(
        'p',
        { class: 'interrupt-count', 'data-testid': 'interrupt-count' },
        t('interrupt-register-count', { required: interrupt.required, registered: interrupt.registered }),
      ),
    );
  }
  if (interrupt.skips_allowed > 0 && !canSkip) {
    body.push(h('p', { class: 'hint', 'data-testid': 'interrupt-no-skips' }, t('interrupt-no-skips')));
  }

  /** What is registered, so "Looks good" is an informed answer. */
  async function showMethods(list: HTMLElement) {
    let view: MethodsView;
    try {
      view = await ctx.transport.methodsList();
    } catch (thrown) {
      if (disposed) return;
      list.replaceChildren();
      errorSlot.replaceChildren(signedInErrorBox(ctx, thrown).box);
      return;
    }
    if (disposed) return;
    const shown = view.methods.filter((m) => m.verified && m.kind !== 'backup_codes');
    list.replaceChildren(
      h(
        'ul',
        { class: 'methods compact', 'aria-label': t('security-info-list-label') },
        shown.map((m) =>
          h(
            'li',
            { class: 'method', 'data-testid': `interrupt-method-${m.id}`, 'data-kind': m.kind },
            kindIcon(m.kind),
            h(
              'div',
              { class: 'method-body' },
              h('p', { class: 'method-title' }, h('span', { class: 'method-kind' }, kindName(m.kind))),
              visibleHint(m) && h('p', { class: 'method-hint' }, h('bdi', {}, visibleHint(m))),
            ),
          ),
        ),
      ),
    );
  }

  const card = h(
    'main',
    { class: 'card interrupt', 'data-testid': 'registration-interrupt', 'data-reason': interrupt.reason },
    brandHeader(boot.branding, false),
    title,
    flow.username && h('p', { class: 'hint', 'data-testid': 'signed-in-as' }, t('security-info-signed-in-as', { user: flow.username })),
    errorSlot,
    ...body,
    actions,
  );
  return {
    element: page(ctx, card),
    initialFocus: title,
    dispose: () => {
      disposed = true;
    },
  };
}
