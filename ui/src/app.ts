import { toApiError } from './api/error';
import type { Transport } from './api/transport';
import type { Bootstrap, BrandingUpdate, LocaleBundle } from './api/types';
import { applyBranding } from './branding';
import { clearIfWritten, useClipboardWriter } from './clipboard';
import { h } from './dom';
import { loadLocale, t } from './i18n';
import { builtinLocale } from './i18n-fallback';
import { renderChangeDone, renderChangePassword } from './screens/change-password';
import { renderAddContact } from './screens/add-contact';
import { renderAddQuestions } from './screens/add-questions';
import { renderAddSecurityKey } from './screens/add-security-key';
import { renderAddTotp } from './screens/add-totp';
import { renderBackupCodes } from './screens/backup-codes';
import type { AppContext, FlowState, Screen, ScreenName } from './screens/context';
import {
  renderResetDone,
  renderResetExpired,
  renderResetPassword,
  renderResetStart,
  renderResetVerify,
  renderUnlockConfirm,
} from './screens/reset';
import { renderRegistrationInterrupt } from './screens/registration-interrupt';
import { renderSecurityInfo } from './screens/security-info';
import { renderSignIn, renderVerify } from './screens/sign-in';
import { renderStart } from './screens/start';
import { renderDiagnose } from './screens/diagnose';

const SCREENS: Record<ScreenName, (ctx: AppContext) => Screen> = {
  start: renderStart,
  diagnose: renderDiagnose,
  change: renderChangePassword,
  'change-done': renderChangeDone,
  'sign-in': renderSignIn,
  verify: renderVerify,
  'security-info': renderSecurityInfo,
  'registration-interrupt': renderRegistrationInterrupt,
  'add-totp': renderAddTotp,
  'add-email': (ctx) => renderAddContact(ctx, 'email'),
  'add-phone': (ctx) => renderAddContact(ctx, 'phone'),
  'add-questions': renderAddQuestions,
  'backup-codes': renderBackupCodes,
  'add-security-key': renderAddSecurityKey,
  reset: (ctx) => renderResetStart(ctx, 'reset'),
  unlock: (ctx) => renderResetStart(ctx, 'unlock'),
  'reset-verify': renderResetVerify,
  'reset-password': renderResetPassword,
  'unlock-confirm': renderUnlockConfirm,
  'reset-done': renderResetDone,
  'reset-expired': renderResetExpired,
};

export interface AppOptions {
  evaluateDelayMs?: number;
  /** Kiosk idle check interval (tests shorten it). */
  idleTickMs?: number;
  kioskReturnSecs?: number;
  /** How long "Send a new code" waits after a code was sent. */
  resendSecs?: number;
}

export interface App {
  readonly screen: ScreenName;
  go(screen: ScreenName): void;
  changeLocale(code: string): Promise<void>;
  reload(): Promise<void>;
  /** Stops the kiosk idle clock (tests). */
  stop(): void;
}

const IDLE_WARNING_SECS = 10;

/** When even bootstrap failed there is no tenant and no messages from Rust: explain with built-ins. */
function failedBootstrap(thrown: unknown): Bootstrap {
  const error = toApiError(thrown);
  return {
    tenant: null,
    branding: null,
    offline: false,
    kiosk: false,
    flows: [],
    locale: builtinLocale.locale,
    locales: [],
    ftl: [],
    policy: null,
    error: { code: error.code, args: error.args },
  };
}

/**
 * The built-in English goes last, so a message missing from what Rust sent never shows as an id.
 * A source already in the chain (Rust's en-US holds the very same text) is not parsed twice:
 * that parse is on the start screen's critical path.
 */
export function withBuiltin(bundle: LocaleBundle): LocaleBundle {
  const missing = builtinLocale.ftl.filter((b) => !bundle.ftl.some((f) => f.locale === b.locale && f.source.includes(b.source)));
  return { locale: bundle.locale, ftl: [...bundle.ftl, ...missing] };
}

/**
 * The router: a small state machine over screens. Leaving a screen disposes it (timers stop,
 * typed secrets are cleared); a locale change re-renders the current one.
 */
/** When this module began to run (page clock), for the start-up mark. */
const SCRIPT_STARTED = performance.now();

export async function startApp(root: HTMLElement, transport: Transport, options: AppOptions = {}): Promise<App> {
  let boot: Bootstrap;
  let current: { name: ScreenName; screen: Screen } | null = null;
  let flow: FlowState = {};
  let firstFrame = true;
  useClipboardWriter(transport.clipboardWrite?.bind(transport));

  const ctx: AppContext = {
    transport,
    get boot() {
      return boot;
    },
    get flow() {
      return flow;
    },
    get firstFrame() {
      return firstFrame;
    },
    go,
    changeLocale,
    reload,
    timing: {
      evaluateDelayMs: options.evaluateDelayMs ?? 150,
      kioskReturnSecs: options.kioskReturnSecs ?? 15,
      resendSecs: options.resendSecs ?? 30,
    },
  };

  function show(name: ScreenName, focus: boolean) {
    // Kiosk: coming back to the start from any other screen ends the visit (finished, cancelled
    // or left alone), on the Rust side and on the server too.
    const endsVisit = boot.kiosk && name === 'start' && current !== null && current.name !== 'start';
    current?.screen.dispose?.();
    // The start screen begins every visit afresh.
    if (name === 'start') flow = {};
    const screen = SCREENS[name](ctx);
    firstFrame = false;
    current = { name, screen };
    root.replaceChildren(screen.element);
    root.removeAttribute('aria-busy');
    // No autofill on a shared machine: nothing typed there may be remembered or offered.
    if (boot.kiosk) for (const input of root.querySelectorAll('input')) input.setAttribute('autocomplete', 'off');
    if (focus) screen.initialFocus?.focus();
    if (endsVisit) void endVisit();
  }

  async function endVisit() {
    await clearIfWritten().catch(() => undefined);
    if (transport.kioskEndVisit) {
      // The Rust side wipes, then sends `kiosk-wiped`, which reloads in the policy's language.
      await transport.kioskEndVisit().catch(() => undefined);
      return;
    }
    await Promise.allSettled([transport.resetCancel(), transport.sessionSignOut()]);
  }

  function go(name: ScreenName) {
    show(name, true);
  }

  async function changeLocale(code: string) {
    const bundle = await transport.setLocale(code);
    loadLocale(withBuiltin(bundle));
    boot = { ...boot, locale: bundle.locale, ftl: bundle.ftl };
    show(current?.name ?? 'start', false);
    root.querySelector<HTMLElement>('[data-testid="locale-picker"]')?.focus();
  }

  // Cache-first start: the refresh arrives later; apply it (also when it beats `reload`).
  let pendingUpdate: BrandingUpdate | null = null;
  function applyUpdate(update: BrandingUpdate) {
    if (!boot) {
      pendingUpdate = update;
      return;
    }
    // What the start screen shows; a refresh that changes none of it renders nothing again
    // (no flicker, and a button someone is about to press stays the same button).
    const shown = () => JSON.stringify([boot.branding, boot.offline, boot.error?.code ?? null]);
    const before = shown();
    boot = {
      ...boot,
      branding: update.branding ?? (update.error ? null : boot.branding),
      policy: update.policy ?? boot.policy,
      offline: update.offline,
      error: update.error ?? boot.error,
    };
    if (shown() === before) return;
    applyBranding(boot.branding);
    // Only the start screen shows what changed; a flow under way is left alone.
    if (!current || current.name === 'start') show('start', false);
  }

  let startReported = false;
  async function reload() {
    let next: Bootstrap;
    try {
      next = await transport.bootstrap();
    } catch (thrown) {
      console.warn('app_bootstrap failed', thrown);
      next = failedBootstrap(thrown);
    }
    showBootstrap(next);
  }

  function showBootstrap(next: Bootstrap) {
    boot = next;
    const early = pendingUpdate;
    pendingUpdate = null;
    loadLocale(withBuiltin({ locale: boot.locale, ftl: boot.ftl }));
    applyBranding(boot.branding);
    document.body.classList.toggle('kiosk', boot.kiosk);
    show('start', false);
    if (early) applyUpdate(early);
    if (!startReported) {
      startReported = true;
      void transport.started?.(SCRIPT_STARTED, performance.now()).catch(() => undefined);
    }
  }

  // The window may carry the start's bootstrap: then the start screen is on the page before
  // the first frame (no round trip), and its branding refresh starts once we listen for it.
  const carried = transport.initialBootstrap?.() ?? null;
  if (carried) showBootstrap(carried);
  await transport.onBrandingUpdated?.(applyUpdate);

  // Kiosk mode: a visit left alone is wiped. Any input restarts the clock; 10 s before the end a
  // notice offers to stay; at the end the Rust side drops the session and any reset, and the
  // start screen comes back empty.
  let lastInput = Date.now();
  let warning: HTMLElement | null = null;
  let reported = 0;
  const touched = () => {
    lastInput = Date.now();
    // The Rust idle clock hears of input at most every 2 s.
    if (boot?.kiosk && transport.kioskActivity && lastInput - reported > 2000) {
      reported = lastInput;
      void transport.kioskActivity().catch(() => undefined);
    }
    if (warning) {
      warning.remove();
      warning = null;
    }
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) {
    document.addEventListener(type, touched, { capture: true, passive: true });
  }
  const idleTimer = setInterval(() => {
    const limit = boot.kiosk ? (boot.idle_timeout_secs ?? 0) : 0;
    if (limit <= 0 || !current || current.name === 'start') return;
    const left = Math.ceil(limit - (Date.now() - lastInput) / 1000);
    if (left <= 0) {
      void wipeVisit();
    } else if (left <= IDLE_WARNING_SECS) {
      if (!warning) {
        warning = h(
          'div',
          { class: 'idle-warning notice', role: 'alertdialog', 'aria-live': 'assertive', 'data-testid': 'idle-warning' },
          h('p', { 'data-testid': 'idle-left' }),
          h('button', { type: 'button', class: 'primary', 'data-testid': 'idle-stay', onclick: touched }, t('kiosk-idle-stay')),
        );
        document.body.append(warning);
        warning.querySelector('button')?.focus();
      }
      const text = warning.querySelector('[data-testid="idle-left"]');
      if (text) text.textContent = t('kiosk-idle-warning', { seconds: left });
    }
  }, options.idleTickMs ?? 1000);

  async function wipeVisit() {
    touched();
    // Leaving for the start screen ends the visit (see `show`).
    show('start', true);
  }

  // Kiosk: no context menu (no "inspect", "reload", "copy link").
  document.addEventListener('contextmenu', (e) => {
    if (boot?.kiosk) e.preventDefault();
  });
  // The Rust side wiped the visit (its own idle clock, or after `kioskEndVisit`): start afresh
  // in the policy's language.
  await transport.onKioskWiped?.(() => {
    warning?.remove();
    warning = null;
    // The Rust side emptied the webview's data; the live page's storage goes too.
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch {
      // storage unavailable: nothing to clear
    }
    void reload();
  });

  if (carried) await transport.refreshBranding?.().catch(() => undefined);
  else await reload();
  return {
    get screen() {
      return current!.name;
    },
    go,
    changeLocale,
    reload,
    stop: () => clearInterval(idleTimer),
  };
}
