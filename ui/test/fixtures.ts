import de from '../../locales/de/app.ftl?raw';
import enUs from '../../locales/en-US/app.ftl?raw';
import type { Transport } from '../src/api/transport';
import type { Bootstrap, LocaleBundle, PasswordVerdict } from '../src/api/types';
import { startApp, type App, type AppOptions } from '../src/app';

export const FTL = { 'en-US': enUs, de };

export function localeBundle(locale: 'en-US' | 'de'): LocaleBundle {
  const ftl = locale === 'en-US' ? [{ locale, source: enUs }] : [{ locale, source: de }, { locale: 'en-US', source: enUs }];
  return { locale, ftl };
}

export function bootstrap(over: Partial<Bootstrap> = {}): Bootstrap {
  return {
    tenant: { slug: 'contoso', url: 'https://sspr.contoso.test' },
    branding: {
      name: 'Contoso',
      colors: { primary: '#0f6cbd', background: '#ffffff', text: '#242424' },
      sign_in_text: 'Use your Contoso account.',
      helpdesk: { url: 'https://help.contoso.test', email: 'help@contoso.test', phone: '+1 425 555 0100' },
      locales: ['en-US', 'de'],
    },
    offline: false,
    kiosk: false,
    flows: ['change'],
    locale: 'en-US',
    locales: [
      { code: 'en-US', name: 'English (US)' },
      { code: 'de', name: 'Deutsch' },
    ],
    ftl: localeBundle('en-US').ftl,
    policy: {
      min_length: 12,
      max_length: 256,
      history_count: 5,
      banned_check: true,
      breached_check: true,
      min_strength: 3,
      user_info_check: true,
    },
    error: null,
    ...over,
  };
}

export const weakVerdict: PasswordVerdict = {
  ok: false,
  score: 1,
  checks: [
    { rule: 'length', ok: false, args: { min: 12, max: 256 } },
    { rule: 'not_banned', ok: true },
    { rule: 'not_breached', ok: false },
    { rule: 'strength', ok: false, args: { min: 3 } },
    { rule: 'no_user_info', ok: true },
  ],
  problems: [{ code: 'password.too_short' }, { code: 'password.breached' }],
};

export const goodVerdict: PasswordVerdict = {
  ok: true,
  score: 4,
  checks: weakVerdict.checks.map((c) => ({ ...c, ok: true })),
  problems: [],
};

/** A Transport that answers from plain functions; records calls. */
export function fakeTransport(over: Partial<Transport> = {}, boot: Bootstrap = bootstrap()) {
  const calls: { method: string; arg?: unknown }[] = [];
  const transport: Transport = {
    bootstrap: async () => {
      calls.push({ method: 'bootstrap' });
      return over.bootstrap ? over.bootstrap() : boot;
    },
    setLocale: async (locale) => {
      calls.push({ method: 'setLocale', arg: locale });
      return over.setLocale ? over.setLocale(locale) : localeBundle(locale as 'en-US' | 'de');
    },
    evaluatePassword: async (req) => {
      calls.push({ method: 'evaluatePassword', arg: req });
      return over.evaluatePassword ? over.evaluatePassword(req) : goodVerdict;
    },
    changePassword: async (req) => {
      calls.push({ method: 'changePassword', arg: req });
      if (over.changePassword) await over.changePassword(req);
    },
  };
  return { transport, calls };
}

export async function mount(transport: Transport, options: AppOptions = {}): Promise<{ app: App; root: HTMLElement }> {
  document.body.replaceChildren();
  document.body.className = '';
  const root = document.createElement('div');
  document.body.appendChild(root);
  const app = await startApp(root, transport, { evaluateDelayMs: 0, ...options });
  return { app, root };
}

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el;
}

export function queryTestId(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

export function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Lets pending promises and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
