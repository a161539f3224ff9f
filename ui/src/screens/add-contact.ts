import { toApiError } from '../api/error';
import type { ContactEnrollment } from '../api/types';
import { h, uid } from '../dom';
import { errorText, locale, t } from '../i18n';
import { codeInput, lifetimeText, ResendTimer, typedCode } from './code-entry';
import type { AppContext, Screen } from './context';
import { brandHeader, errorBox, heading, page, type Problem } from './layout';
import { signedInErrorBox } from './signed-in';

export type ContactKind = 'email' | 'phone';

/** Common calling codes for the picker; anything else is typed with its `+`. `trunk`: a national
 * leading 0 that is dropped in international form (Italy keeps it). */
const COUNTRIES: { region: string; code: string; trunk: boolean }[] = [
  { region: 'US', code: '+1', trunk: false },
  { region: 'CA', code: '+1', trunk: false },
  { region: 'GB', code: '+44', trunk: true },
  { region: 'DE', code: '+49', trunk: true },
  { region: 'AT', code: '+43', trunk: true },
  { region: 'CH', code: '+41', trunk: true },
  { region: 'FR', code: '+33', trunk: true },
  { region: 'NL', code: '+31', trunk: true },
  { region: 'ES', code: '+34', trunk: false },
  { region: 'IT', code: '+39', trunk: false },
  { region: 'PL', code: '+48', trunk: false },
  { region: 'SE', code: '+46', trunk: true },
  { region: 'IN', code: '+91', trunk: true },
  { region: 'JP', code: '+81', trunk: true },
  { region: 'AU', code: '+61', trunk: true },
  { region: 'BR', code: '+55', trunk: true },
];

/** Same rules as the server (pragmatic, not RFC 5322): the code sent there is the real proof. */
export function validEmail(address: string): boolean {
  if (address.length > 254 || /\s/.test(address)) return false;
  const at = address.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  const domain = address.slice(at + 1);
  return !address.slice(0, at).includes('@') && /^[^.@]+(\.[^.@]+)+$/.test(domain) && !domain.endsWith('.');
}

/** E.164: `+`, a country code not starting with 0, 8 to 15 digits in all. */
export function validE164(number: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(number);
}

/**
 * The number to send: typed with `+` (or `00`) it is taken as is; otherwise the picked country
 * code goes in front, without the national leading 0 where that country drops it.
 */
export function composeNumber(countryIndex: number, typed: string): string {
  const cleaned = typed.replace(/[\s().\-/]/g, '');
  if (cleaned.startsWith('+')) return cleaned;
  if (cleaned.startsWith('00')) return '+' + cleaned.slice(2);
  const country = COUNTRIES[countryIndex];
  if (!country || !cleaned) return cleaned;
  return country.code + (country.trunk ? cleaned.replace(/^0/, '') : cleaned);
}

function regionName(region: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/** The picker starts at the reader's likely country ("de" → Germany), else "other". */
function defaultCountry(): number {
  try {
    const region = new Intl.Locale(locale()).maximize().region;
    return COUNTRIES.findIndex((c) => c.region === region);
  } catch {
    return -1;
  }
}

/**
 * Add an email address or a mobile phone: enter it (checked here first, so an obvious typo costs
 * no send), receive a code there, type the code. One component for both kinds.
 */
export function renderAddContact(ctx: AppContext, kind: ContactKind): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  const email = kind === 'email';
  const errorSlot = h('div', { class: 'error-slot' });
  const content = h('div', { class: 'add-contact-content' });
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('security-info') }, t('common-cancel'));
  const title = heading(email ? t('contact-email-title') : t('contact-phone-title'));
  const resend = new ResendTimer('contact-resend', ctx.timing.resendSecs, () => void send(true));
  let disposed = false;
  let busy = false;
  /** The destination the current code went to (resend uses it again). */
  let destination = '';
  let pending: ContactEnrollment | null = null;

  // Step 1: the address or number.
  const input = h('input', {
    type: email ? 'email' : 'tel',
    id: uid('contact-input'),
    'data-testid': 'contact-input',
    autocomplete: email ? 'email' : 'tel',
    inputmode: email ? 'email' : 'tel',
    autocapitalize: 'off',
    spellcheck: 'false',
    dir: 'ltr',
    required: true,
  });
  const countryId = uid('country');
  const country = h(
    'select',
    { id: countryId, 'data-testid': 'country-code' },
    COUNTRIES.map((c, i) => h('option', { value: String(i) }, `${regionName(c.region)} (${c.code})`)),
    h('option', { value: '-1' }, t('contact-country-other')),
  );
  country.value = String(defaultCountry());
  const preview = h('p', { class: 'hint', 'data-testid': 'contact-preview', 'aria-live': 'polite' });
  const inputHint = uid('contact-hint');
  input.setAttribute('aria-describedby', inputHint);

  function number(): string {
    return composeNumber(Number(country.value), input.value);
  }
  function updatePreview() {
    if (email) return;
    const n = number();
    preview.textContent = validE164(n) ? t('contact-phone-preview', { number: n }) : '';
  }
  input.addEventListener('input', updatePreview);
  country.addEventListener('change', updatePreview);

  const sendButton = h('button', { type: 'submit', class: 'primary', 'data-testid': 'contact-submit' }, t('contact-send'));
  const entryForm = h(
    'form',
    { class: 'contact-form', novalidate: true },
    email
      ? h('div', { class: 'field' }, h('label', { for: input.id }, t('contact-email-label')), input, h('p', { id: inputHint, class: 'hint' }, t('contact-email-hint')))
      : h(
          'div',
          { class: 'field' },
          h('label', { for: countryId }, t('contact-country-label')),
          country,
          h('label', { for: input.id }, t('contact-phone-label')),
          input,
          h('p', { id: inputHint, class: 'hint' }, t('contact-phone-hint')),
          preview,
        ),
    h('div', { class: 'actions' }, sendButton),
  );
  const entryStep = h(
    'section',
    { class: 'step-section', 'data-testid': 'step-1' },
    heading(email ? t('contact-email-step') : t('contact-phone-step'), { n: 1, total: 2 }, 'h2'),
    entryForm,
  );

  function showError(problem: Problem, focus: HTMLElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    focus?.setAttribute('aria-invalid', 'true');
    (focus ?? box).focus();
  }

  function showApiError(thrown: unknown, focus: HTMLElement | null) {
    const { box } = signedInErrorBox(ctx, thrown);
    errorSlot.replaceChildren(box);
    focus?.setAttribute('aria-invalid', 'true');
    (focus ?? box).focus();
  }

  entryForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    input.removeAttribute('aria-invalid');
    if (email) {
      const address = input.value.trim();
      if (!validEmail(address)) return showError({ message: errorText({ code: 'contact.email_invalid' }) }, input);
      destination = address;
    } else {
      const n = number();
      if (!validE164(n)) return showError({ message: errorText({ code: 'contact.phone_invalid' }) }, input);
      destination = n;
    }
    void send(false);
  });

  async function send(again: boolean) {
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    sendButton.disabled = true;
    sendButton.textContent = t('code-sending');
    resend.busy();
    try {
      const enrollment = email ? await ctx.transport.emailStart(destination) : await ctx.transport.phoneStart(destination);
      if (disposed) return;
      pending = enrollment;
      resend.start();
      showCodeStep(enrollment, again);
    } catch (thrown) {
      if (disposed) return;
      resend.ready();
      // A refused address or number is fixed on step 1; other problems (limits, delivery) leave
      // the person where they are.
      const refused = toApiError(thrown).code.startsWith('contact.');
      if (refused && pending) showEntryStep();
      showApiError(thrown, refused ? input : null);
    } finally {
      busy = false;
      sendButton.disabled = false;
      sendButton.textContent = t('contact-send');
    }
  }

  // Step 2: the code.
  const code = codeInput('contact-code');
  const verifyButton = h('button', { type: 'submit', class: 'primary', 'data-testid': 'contact-verify' }, t('contact-verify'));
  const sent = h('p', { 'data-testid': 'contact-sent' });
  const change = h(
    'button',
    { type: 'button', class: 'link', 'data-testid': 'contact-change', onclick: () => showEntryStep() },
    email ? t('contact-email-change') : t('contact-phone-change'),
  );
  const codeForm = h(
    'form',
    { class: 'code-form', novalidate: true },
    sent,
    h('div', { class: 'field' }, h('label', { for: code.id }, t('code-enter')), code),
    h('div', { class: 'resend' }, resend.button, ' ', change),
    h('div', { class: 'actions' }, verifyButton),
  );
  const codeStep = h(
    'section',
    { class: 'step-section', 'data-testid': 'step-2' },
    heading(t('contact-code-step'), { n: 2, total: 2 }, 'h2'),
    codeForm,
  );

  function showCodeStep(enrollment: ContactEnrollment, again: boolean) {
    sent.textContent = `${t('code-sent', { hint: enrollment.hint })} ${lifetimeText(undefined)}`;
    code.value = '';
    code.removeAttribute('aria-invalid');
    if (!again) content.replaceChildren(codeStep);
    code.focus();
  }

  function showEntryStep() {
    resend.dispose();
    pending = null;
    code.value = '';
    content.replaceChildren(entryStep);
    input.focus();
  }

  codeForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy || !pending) return;
    const value = typedCode(code);
    if (!value) return showError({ message: t('code-required') }, code);
    busy = true;
    verifyButton.disabled = true;
    back.disabled = true;
    verifyButton.textContent = t('contact-verifying');
    errorSlot.replaceChildren();
    try {
      const req = { id: pending.id, code: value };
      if (email) await ctx.transport.emailVerify(req);
      else await ctx.transport.phoneVerify(req);
      flow.notice = email ? () => t('contact-email-added') : () => t('contact-phone-added');
      ctx.go('security-info');
    } catch (thrown) {
      if (disposed) return;
      busy = false;
      verifyButton.disabled = false;
      back.disabled = false;
      verifyButton.textContent = t('contact-verify');
      const error = toApiError(thrown);
      if (error.code === 'code.expired' || error.code === 'code.attempts_exceeded') resend.ready();
      code.value = '';
      showApiError(thrown, code);
    }
  });

  content.replaceChildren(entryStep);
  updatePreview();
  const card = h(
    'main',
    { class: 'card add-contact' },
    brandHeader(boot.branding, false),
    title,
    h('p', {}, email ? t('contact-email-intro') : t('contact-phone-intro')),
    errorSlot,
    content,
    h('div', { class: 'actions' }, back),
  );
  return {
    element: page(ctx, card),
    initialFocus: input,
    dispose: () => {
      disposed = true;
      resend.dispose();
      code.value = '';
    },
  };
}
