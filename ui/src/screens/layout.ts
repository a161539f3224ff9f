import { toApiError } from '../api/error';
import type { Branding, Helpdesk, LocaleInfo, WireError } from '../api/types';
import { safeLogoUrl, safeWebUrl } from '../branding';
import { afterPaint, h, uid } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext } from './context';
import { isManaged, managedNote } from './managed';

/** The tenant's logo and name, at the top of every screen's card. */
export function brandHeader(branding: Branding | null, asHeading: boolean): HTMLElement {
  const logo = safeLogoUrl(branding?.logo_url);
  const name = branding?.name ?? t('common-app-name');
  const nameAttrs = { class: 'tenant-name', 'data-testid': 'tenant-name' };
  return h(
    'header',
    { class: 'brand' },
    logo && h('img', { class: 'logo', src: logo, alt: name }),
    asHeading ? h('h1', nameAttrs, name) : h('p', nameAttrs, name),
  );
}

/** Help-desk contact: every channel the tenant gave, shown as text too so it can be read out. */
export function helpdeskContact(
  helpdesk: Helpdesk | undefined,
  testid: string,
  titleId: 'footer-helpdesk-title' | 'common-helpdesk-intro' = 'footer-helpdesk-title',
): HTMLElement {
  const web = safeWebUrl(helpdesk?.url);
  // A kiosk opens nothing outside the app: the contacts are text to read, not links.
  const kiosk = document.body.classList.contains('kiosk');
  const link = (href: string, text: string, attrs: Record<string, string> = {}) =>
    kiosk ? h('span', { class: 'contact', dir: 'ltr' }, text) : h('a', { href, ...attrs }, text);
  const items = [
    web && h('li', {}, t('footer-helpdesk-web'), ' ', link(web, web, { target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' })),
    helpdesk?.email && h('li', {}, t('footer-helpdesk-email'), ' ', link(`mailto:${helpdesk.email}`, helpdesk.email, { dir: 'ltr' })),
    helpdesk?.phone &&
      h('li', {}, t('footer-helpdesk-phone'), ' ', link(`tel:${helpdesk.phone.replace(/[^+\d]/g, '')}`, helpdesk.phone, { dir: 'ltr' })),
  ].filter((item): item is HTMLLIElement => Boolean(item));
  return h(
    'div',
    { class: 'helpdesk', 'data-testid': testid },
    items.length
      ? [h('p', {}, titleId === 'footer-helpdesk-title' ? t('footer-helpdesk-title') : t('common-helpdesk-intro')), h('ul', {}, items)]
      : h('p', {}, t('common-helpdesk-generic')),
  );
}

/** The page frame: card with the screen, footer with help desk and (on start) the language picker. */
export function page(ctx: AppContext, card: HTMLElement, opts: { localePicker?: boolean; helpdesk?: boolean } = {}): HTMLElement {
  return h(
    'div',
    { class: 'page' },
    card,
    h(
      'footer',
      { class: 'footer' },
      opts.helpdesk !== false && helpdeskContact(ctx.boot.branding?.helpdesk, 'helpdesk'),
      opts.localePicker && localePicker(ctx),
      // The start screens link to the connection check where the transport can run it (desktop).
      opts.localePicker &&
        ctx.transport.diagnose &&
        h('button', { type: 'button', class: 'link', 'data-testid': 'check-connection', onclick: () => ctx.go('diagnose') }, t('footer-check-connection')),
    ),
  );
}

function localePicker(ctx: AppContext): HTMLElement | null {
  const locked = isManaged(ctx.boot, 'allowed_locales');
  if (ctx.boot.locales.length < 2) {
    // One language allowed by the machine policy: say so instead of a picker with one entry.
    if (!locked) return null;
    const name = ctx.boot.locales.find((l) => l.code === ctx.boot.locale)?.name ?? ctx.boot.locale;
    return h('div', { class: 'locale' }, t('footer-language'), ': ', h('span', { 'data-testid': 'locale-fixed' }, name), ' ', managedNote());
  }
  const id = uid('locale');
  const problem = h('p', { class: 'inline-error', role: 'alert', hidden: true });
  const select = h(
    'select',
    {
      id,
      'data-testid': 'locale-picker',
      onchange: async () => {
        select.disabled = true;
        problem.hidden = true;
        try {
          await ctx.changeLocale(select.value);
        } catch (e) {
          select.value = ctx.boot.locale;
          select.disabled = false;
          problem.textContent = errorText(toApiError(e));
          problem.hidden = false;
        }
      },
    },
  );
  // Each language is named in its own script (Arabic, Hebrew, CJK...): measuring those names
  // makes WebKit look up fallback fonts, about 0.1 s on the start screen's first frame. On the
  // app's very first frame the language showing goes in at once, the others right after it;
  // every later render has them all at once (a picker someone is about to use is complete).
  const option = (l: LocaleInfo) => h('option', { value: l.code, lang: l.code, selected: l.code === ctx.boot.locale }, l.name);
  if (!ctx.firstFrame) {
    select.append(...ctx.boot.locales.map(option));
    return h('div', { class: 'locale' }, h('label', { for: id }, t('footer-language')), ' ', select, locked && [' ', managedNote()], problem);
  }
  const at = ctx.boot.locales.findIndex((l) => l.code === ctx.boot.locale);
  const showing = at >= 0 ? select.appendChild(option(ctx.boot.locales[at]!)) : null;
  afterPaint(() => {
    select.prepend(...ctx.boot.locales.slice(0, Math.max(at, 0)).map(option));
    select.append(...ctx.boot.locales.slice(at + 1).map(option));
    if (showing) showing.selected = true;
  });
  return h('div', { class: 'locale' }, h('label', { for: id }, t('footer-language')), ' ', select, locked && [' ', managedNote()], problem);
}

/** What an error box says: the sentence, optional reasons, and the code when the back end sent one. */
export interface Problem {
  message: string;
  code?: string;
  details?: string[];
}

export function apiProblem(error: WireError): Problem {
  return { message: errorText(error), code: error.code };
}

/** An error box: the specific localized reason, the code to read to the help desk, and how to reach it. */
export function errorBox(problem: Problem, helpdesk: Helpdesk | undefined): HTMLElement {
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-testid': 'error', 'data-code': problem.code, tabindex: -1 },
    h('p', { class: 'error-message', 'data-testid': 'error-message' }, problem.message),
    problem.details?.length ? h('ul', { class: 'error-details' }, problem.details.map((x) => h('li', {}, x))) : null,
    problem.code && h('p', { class: 'error-code' }, t('common-error-code', { code: problem.code })),
    helpdeskContact(helpdesk, 'error-helpdesk', 'common-helpdesk-intro'),
  );
}

/**
 * For a locked account, when the tenant offers unlock: a way to unlock it now with one's own
 * security info instead of waiting or calling the help desk. The user ID goes along.
 */
export function unlockOffer(ctx: AppContext, username: string): HTMLElement | null {
  if (!ctx.boot.flows.includes('unlock')) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary unlock-now',
      'data-testid': 'unlock-now',
      onclick: () => {
        ctx.flow.username = username;
        ctx.go('unlock');
      },
    },
    t('common-unlock-now'),
  );
}

/**
 * A screen's heading, with "Step n of m" in front when the screen is part of a sequence.
 * Focusable so the router (and screens that swap content) can move focus to it.
 */
export function heading(title: string, step?: { n: number; total: number }, tag: 'h1' | 'h2' = 'h1'): HTMLElement {
  return h(
    tag,
    { tabindex: -1 },
    step && [h('span', { class: 'step-count', 'data-testid': 'step' }, t('common-step', { step: step.n, total: step.total })), ' '],
    title,
  );
}

/** Something is running: a spinner and what it is waiting for, announced politely. */
export function busyNote(text: string, testid: string): HTMLElement {
  return h(
    'div',
    { class: 'busy', role: 'status', 'data-testid': testid },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    h('span', {}, text),
  );
}

/** A confirmation ("Authenticator app added."), announced politely. */
export function noticeBox(text: string, testid: string): HTMLElement {
  return h('p', { class: 'notice success', role: 'status', 'data-testid': testid }, text);
}

/**
 * Kiosk mode only: "Going back to the start screen in 15 seconds", then `onTimeout` (which goes to
 * the start screen, wiping the visit). Null element and nothing running outside kiosk mode.
 */
export function kioskCountdown(ctx: AppContext, onTimeout: () => void = () => ctx.go('start')): { element: HTMLElement | null; dispose(): void } {
  if (!ctx.boot.kiosk) return { element: null, dispose: () => {} };
  const element = h('p', { class: 'hint', 'data-testid': 'kiosk-countdown' });
  let left = ctx.timing.kioskReturnSecs;
  const render = () => (element.textContent = t('change-done-returning', { seconds: left }));
  render();
  const timer = setInterval(() => {
    left -= 1;
    if (left <= 0) {
      clearInterval(timer);
      onTimeout();
    } else render();
  }, 1000);
  return { element, dispose: () => clearInterval(timer) };
}
