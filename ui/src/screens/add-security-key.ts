import type { Method } from '../api/types';
import { h, uid } from '../dom';
import { t } from '../i18n';
import type { AppContext, Screen } from './context';
import { asksForPin, PIN_INVALID, pinField } from './key-pin';
import { brandHeader, busyNote, errorBox, heading, noticeBox, page } from './layout';
import { signedInErrorBox } from './signed-in';

const NAME_MAX_CHARS = 64;

/**
 * Add a security key: a name to tell keys apart, then "insert and touch" while the Rust side runs
 * the CTAP2 ceremony (up to a minute), then the result. A key that asks for its PIN gets a PIN
 * step before the next attempt.
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

  /** The PIN field while it is shown; its value is cleared as soon as an attempt starts. */
  let pin: HTMLInputElement | null = null;
  /** The key asked for its PIN: later attempts go through the PIN step. Only this fact is kept. */
  let keyWantsPin = false;

  function wipePin() {
    if (pin) pin.value = '';
    pin = null;
  }

  /** Asks for the key's PIN, then registers again with it. */
  function askPin(keyName: string) {
    wipePin();
    const { input, element } = pinField('key-pin');
    pin = input;
    const pinForm = h(
      'form',
      { class: 'key-pin-form', 'data-testid': 'key-pin-form', novalidate: true },
      element,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'key-pin-submit' }, t('security-key-pin-submit'))),
    );
    pinForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const value = input.value;
      if (!value) {
        input.setAttribute('aria-invalid', 'true');
        errorSlot.replaceChildren(errorBox({ message: t('security-key-pin-empty') }, helpdesk));
        input.focus();
        return;
      }
      void register(keyName, value);
    });
    content.replaceChildren(
      h('section', { class: 'step-section', 'data-testid': 'step-2' }, heading(t('security-key-step-touch'), { n: 2, total: 2 }, 'h2'), pinForm),
    );
    return input;
  }

  async function register(keyName: string, keyPin?: string) {
    wipePin();
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
      method = await ctx.transport.securityKeyRegister(keyName, keyPin);
    } catch (thrown) {
      if (disposed) return;
      back.disabled = false;
      const { box, code } = signedInErrorBox(ctx, thrown);
      errorSlot.replaceChildren(box);
      if (asksForPin(code)) {
        keyWantsPin = true;
        const input = askPin(keyName);
        if (code === PIN_INVALID) input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      content.replaceChildren(nameStep);
      const retry = () => {
        if (!keyWantsPin) return void register(keyName);
        errorSlot.replaceChildren();
        askPin(keyName).focus();
      };
      box.append(h('button', { type: 'button', class: 'primary', 'data-testid': 'key-retry', onclick: retry }, t('common-retry')));
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
      wipePin();
    },
  };
}
