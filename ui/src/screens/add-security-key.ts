import type { Method } from '../api/types';
import { h, uid } from '../dom';
import { t } from '../i18n';
import type { AppContext, Screen } from './context';
import { brandHeader, busyNote, errorBox, heading, noticeBox, page } from './layout';
import { signedInErrorBox } from './signed-in';

const NAME_MAX_CHARS = 64;

/**
 * Add a security key: a name to tell keys apart, then "insert and touch" while the Rust side runs
 * the CTAP2 ceremony (up to a minute), then the result.
 */
export function renderAddSecurityKey(ctx: AppContext): Screen {
  const { boot } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  const errorSlot = h('div', { class: 'error-slot' });
  const content = h('div', { class: 'add-key-content' });
  const title = heading(t('security-key-title'));
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('security-info') }, t('common-cancel'));
  let disposed = false;

  const name = h('input', {
    type: 'text',
    id: uid('key-name'),
    'data-testid': 'key-name',
    autocomplete: 'off',
    maxlength: NAME_MAX_CHARS,
    dir: 'auto',
    required: true,
  });
  const hintId = uid('key-name-hint');
  name.setAttribute('aria-describedby', hintId);
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'key-register' }, t('security-key-register'));
  const form = h(
    'form',
    { class: 'key-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: name.id }, t('security-key-name-label')), name, h('p', { id: hintId, class: 'hint' }, t('security-key-name-hint'))),
    h('div', { class: 'actions' }, submit),
  );
  const nameStep = h('section', { class: 'step-section', 'data-testid': 'step-1' }, heading(t('security-key-step-name'), { n: 1, total: 2 }, 'h2'), form);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    name.removeAttribute('aria-invalid');
    const value = name.value.trim();
    if (!value) {
      name.setAttribute('aria-invalid', 'true');
      const box = errorBox({ message: t('security-key-name-required') }, helpdesk);
      errorSlot.replaceChildren(box);
      name.focus();
      return;
    }
    void register(value);
  });

  async function register(keyName: string) {
    errorSlot.replaceChildren();
    back.disabled = true;
    const stepTitle = heading(t('security-key-step-touch'), { n: 2, total: 2 }, 'h2');
    content.replaceChildren(
      h(
        'section',
        { class: 'step-section', 'data-testid': 'step-2' },
        stepTitle,
        h('p', { class: 'key-prompt', 'aria-hidden': 'true' }, '⚿'),
        busyNote(t('security-key-touch'), 'key-waiting'),
        h('p', { class: 'hint' }, t('security-key-touch-hint')),
      ),
    );
    stepTitle.focus();
    let method: Method;
    try {
      method = await ctx.transport.securityKeyRegister(keyName);
    } catch (thrown) {
      if (disposed) return;
      back.disabled = false;
      content.replaceChildren(nameStep);
      const { box } = signedInErrorBox(ctx, thrown);
      errorSlot.replaceChildren(box);
      box.append(h('button', { type: 'button', class: 'primary', 'data-testid': 'key-retry', onclick: () => void register(keyName) }, t('common-retry')));
      box.focus();
      return;
    }
    if (disposed) return;
    back.hidden = true;
    const doneButton = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'key-done', onclick: () => ctx.go('security-info') },
      t('security-key-done'),
    );
    content.replaceChildren(
      h('p', { class: 'done-mark', 'aria-hidden': 'true' }, '✓'),
      noticeBox(t('security-key-added', { name: method.name || keyName }), 'key-result'),
      h('div', { class: 'actions' }, doneButton),
    );
    doneButton.focus();
  }

  content.replaceChildren(nameStep);
  const card = h(
    'main',
    { class: 'card add-key' },
    brandHeader(boot.branding, false),
    title,
    h('p', {}, t('security-key-intro')),
    errorSlot,
    content,
    h('div', { class: 'actions' }, back),
  );
  return {
    element: page(ctx, card),
    initialFocus: name,
    dispose: () => {
      disposed = true;
    },
  };
}
