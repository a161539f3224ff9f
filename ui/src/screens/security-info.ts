import { toApiError } from '../api/error';
import type { Method, MethodsView } from '../api/types';
import { h, uid } from '../dom';
import { t } from '../i18n';
import type { AppContext, Screen, ScreenName } from './context';
import { brandHeader, busyNote, heading, noticeBox, page } from './layout';
import { wireDate, kindIcon, kindName, methodLabel, signedInErrorBox, visibleHint } from './signed-in';

/** What "Add method" offers, in this order, when the policy allows the kind. */
const ADDABLE: [kind: string, screen: ScreenName][] = [
  ['totp', 'add-totp'],
  ['security_key', 'add-security-key'],
  ['email', 'add-email'],
  ['phone', 'add-phone'],
  ['questions', 'add-questions'],
];

/** Backup codes don't make a method "registered" for reset; they only stand in for a lost one. */
function countsTowardRequired(method: Method): boolean {
  return method.verified && method.kind !== 'backup_codes';
}

/**
 * My security info: the registered methods, what the organization still requires, and the way to
 * add, remove or prefer a method. Reached only through sign-in and step-up.
 */
export function renderSecurityInfo(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const noticeSlot = h('div', { class: 'notice-slot' });
  const errorSlot = h('div', { class: 'error-slot' });
  const content = h('div', { class: 'security-info-content' });
  const signOut = h('button', { type: 'button', class: 'secondary', 'data-testid': 'sign-out', onclick: () => void doSignOut() }, t('security-info-sign-out'));
  const title = heading(t('security-info-title'));
  let disposed = false;
  let busy = false;

  if (flow.notice) {
    noticeSlot.replaceChildren(noticeBox(flow.notice(), 'security-info-notice'));
    flow.notice = undefined;
  }

  function showError(thrown: unknown): string {
    const { box, code } = signedInErrorBox(ctx, thrown);
    errorSlot.replaceChildren(box);
    box.focus();
    return code;
  }

  function announce(text: string) {
    noticeSlot.replaceChildren(noticeBox(text, 'security-info-notice'));
  }

  async function load(focusAfter?: string) {
    content.replaceChildren(busyNote(t('security-info-loading'), 'security-info-loading'));
    let view: MethodsView;
    try {
      view = await ctx.transport.methodsList();
    } catch (thrown) {
      if (disposed) return;
      const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'retry-list', onclick: () => void load() }, t('common-retry'));
      content.replaceChildren(h('div', { class: 'actions' }, retry));
      showError(thrown);
      return;
    }
    if (disposed) return;
    render(view);
    if (focusAfter) content.querySelector<HTMLElement>(`[data-testid="${focusAfter}"]`)?.focus();
  }

  /** Runs one change, then shows the fresh list; any error stays on screen with the help desk. */
  async function change(action: () => Promise<void>, done: () => string, focusAfter?: string) {
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    content.setAttribute('aria-busy', 'true');
    for (const button of content.querySelectorAll('button')) button.disabled = true;
    try {
      await action();
      if (disposed) return;
      announce(done());
      await load(focusAfter);
    } catch (thrown) {
      if (disposed) return;
      for (const button of content.querySelectorAll('button')) button.disabled = false;
      for (const box of content.querySelectorAll<HTMLElement>('.confirm-remove')) box.hidden = true;
      for (const button of content.querySelectorAll<HTMLElement>('[data-testid^="remove-"]')) button.hidden = false;
      const code = showError(thrown);
      // Someone removed it elsewhere: show what is really there.
      if (code === 'methods.not_found') await load();
    } finally {
      busy = false;
      content.removeAttribute('aria-busy');
    }
  }

  function render(view: MethodsView) {
    const counted = view.methods.filter(countsTowardRequired).length;
    const banners: HTMLElement[] = [];
    if (!view.registration_complete) {
      banners.push(
        h(
          'div',
          { class: 'banner', role: 'status', 'data-testid': 'registration-banner' },
          h('p', {}, t('security-info-registration-required', { required: view.required, count: counted })),
        ),
      );
    } else if (view.reconfirm_due) {
      const confirm = h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'reconfirm',
          onclick: () => void change(() => ctx.transport.methodsConfirm(), () => t('security-info-confirmed')),
        },
        t('security-info-reconfirm-button'),
      );
      banners.push(
        h(
          'div',
          { class: 'banner', role: 'status', 'data-testid': 'reconfirm-banner' },
          h('p', {}, t('security-info-reconfirm')),
          confirm,
        ),
      );
    }

    const list = view.methods.length
      ? h('ul', { class: 'methods', 'data-testid': 'methods', 'aria-label': t('security-info-list-label') }, view.methods.map(methodItem))
      : h('p', { class: 'hint', 'data-testid': 'no-methods' }, t('security-info-empty'));

    content.replaceChildren(...banners, list, addMethod(view));
  }

  function methodItem(method: Method): HTMLElement {
    const nameId = uid('method-name');
    const remove = h('button', { type: 'button', class: 'secondary', 'data-testid': `remove-${method.id}` }, t('security-info-remove'));
    const confirmBox = h(
      'div',
      { class: 'confirm-remove', 'data-testid': `confirm-${method.id}`, hidden: true },
      h('p', {}, t('security-info-remove-question', { method: methodLabel(method) })),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', 'data-testid': `cancel-remove-${method.id}`, onclick: () => closeConfirm() }, t('common-cancel')),
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            'data-testid': `confirm-remove-${method.id}`,
            onclick: () =>
              void change(
                () => ctx.transport.methodRemove(method.id),
                () => t('security-info-removed', { method: methodLabel(method) }),
                'add-method',
              ),
          },
          t('security-info-remove-confirm'),
        ),
      ),
    );
    function closeConfirm() {
      confirmBox.hidden = true;
      remove.hidden = false;
      remove.focus();
    }
    remove.addEventListener('click', () => {
      confirmBox.hidden = false;
      remove.hidden = true;
      confirmBox.querySelector<HTMLElement>(`[data-testid="cancel-remove-${method.id}"]`)!.focus();
    });

    const canBeDefault = method.verified && !method.is_default && method.kind !== 'backup_codes';
    const makeDefault =
      canBeDefault &&
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-testid': `make-default-${method.id}`,
          'aria-describedby': nameId,
          onclick: () =>
            void change(
              () => ctx.transport.methodSetDefault(method.id),
              () => t('security-info-default-set', { method: methodLabel(method) }),
              `default-${method.id}`,
            ),
        },
        t('security-info-make-default'),
      );
    remove.setAttribute('aria-describedby', nameId);

    const named = method.kind === 'security_key' && method.name;
    return h(
      'li',
      { class: 'method', 'data-testid': `method-${method.id}`, 'data-kind': method.kind },
      kindIcon(method.kind),
      h(
        'div',
        { class: 'method-body' },
        h(
          'p',
          { class: 'method-title', id: nameId },
          h('span', { class: 'method-kind' }, kindName(method.kind)),
          named && [' ', h('span', { class: 'method-name' }, `“${method.name}”`)],
          method.is_default && [' ', h('span', { class: 'badge', 'data-testid': `default-${method.id}`, tabindex: -1 }, t('security-info-default'))],
          !method.verified && [' ', h('span', { class: 'badge warn', 'data-testid': `unverified-${method.id}` }, t('security-info-unverified'))],
        ),
        visibleHint(method) && h('p', { class: 'method-hint', 'data-testid': `hint-${method.id}` }, h('bdi', {}, visibleHint(method))),
        h(
          'p',
          { class: 'method-dates hint' },
          t('security-info-added-on', { date: wireDate(method.created_at) }),
          ' · ',
          method.last_used_at ? t('security-info-last-used', { date: wireDate(method.last_used_at) }) : t('security-info-never-used'),
        ),
        h('div', { class: 'method-actions' }, makeDefault, remove),
        confirmBox,
      ),
    );
  }

  function addMethod(view: MethodsView): HTMLElement {
    const chooserId = uid('add-chooser');
    const options = ADDABLE.filter(([kind]) => view.allowed.includes(kind)).map(([kind, screen]) =>
      h(
        'button',
        { type: 'button', class: 'method-choice', 'data-testid': `add-${kind.replace(/_/g, '-')}`, onclick: () => ctx.go(screen) },
        kindIcon(kind),
        h('span', { class: 'choice-kind' }, kindName(kind)),
      ),
    );
    const hasBackupCodes = view.methods.some((m) => m.kind === 'backup_codes');
    options.push(
      h(
        'button',
        { type: 'button', class: 'method-choice', 'data-testid': 'add-backup-codes', onclick: () => ctx.go('backup-codes') },
        kindIcon('backup_codes'),
        h('span', { class: 'choice-kind' }, kindName('backup_codes')),
        hasBackupCodes && h('span', { class: 'choice-hint' }, t('security-info-backup-replaces')),
      ),
    );
    const chooser = h(
      'div',
      { class: 'method-choices', id: chooserId, role: 'group', 'aria-label': t('security-info-add-label'), 'data-testid': 'add-chooser', hidden: true },
      options,
    );
    const toggle = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'add-method', 'aria-expanded': 'false', 'aria-controls': chooserId },
      t('security-info-add'),
    );
    toggle.addEventListener('click', () => {
      const open = chooser.hidden;
      chooser.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) options[0]?.focus();
    });
    chooser.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      chooser.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    });
    return h('div', { class: 'add-method' }, toggle, chooser);
  }

  async function doSignOut() {
    signOut.disabled = true;
    try {
      await ctx.transport.sessionSignOut();
    } catch (thrown) {
      // The start screen forgets the visit either way; the Rust side drops its token regardless.
      console.warn('session_sign_out failed', toApiError(thrown).code);
    }
    ctx.go('start');
  }

  const card = h(
    'main',
    { class: 'card security-info' },
    brandHeader(boot.branding, false),
    title,
    flow.username && h('p', { class: 'hint', 'data-testid': 'signed-in-as' }, t('security-info-signed-in-as', { user: flow.username })),
    noticeSlot,
    errorSlot,
    content,
    h('div', { class: 'actions' }, signOut),
  );
  void load();
  return {
    element: page(ctx, card),
    initialFocus: title,
    dispose: () => {
      disposed = true;
    },
  };
}
