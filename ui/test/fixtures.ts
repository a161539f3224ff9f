import de from '../../locales/de/app.ftl?raw';
import enUs from '../../locales/en-US/app.ftl?raw';
import type { Transport } from '../src/api/transport';
import type { Bootstrap, LocaleBundle, Method, MethodsView, PasswordVerdict, QuestionCatalog, ResetMethod, TotpEnrollment } from '../src/api/types';
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
      palette: { primary: '#0f6cbd', on_primary: '#ffffff', background: '#ffffff', text: '#242424', accent: '#0f6cbd' },
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

export const methods: Method[] = [
  {
    id: 'm-totp',
    kind: 'totp',
    hint: 'Authenticator app',
    created_at: '2025-01-15T10:00:00Z',
    last_used_at: '2025-03-01T08:30:00Z',
    verified: true,
    is_default: true,
  },
  {
    id: 'm-email',
    kind: 'email',
    hint: 'j***@contoso.test',
    created_at: '2025-02-03T09:15:00Z',
    last_used_at: null,
    verified: true,
    is_default: false,
  },
  {
    id: 'm-phone',
    kind: 'phone',
    hint: '+1 ••• ••• ••34',
    created_at: '2025-02-04T09:15:00Z',
    verified: true,
    is_default: false,
  },
  {
    id: 'm-questions',
    kind: 'questions',
    hint: '3 questions',
    created_at: '2025-02-05T09:15:00Z',
    verified: true,
    is_default: false,
  },
  {
    id: 'm-key',
    kind: 'security_key',
    hint: 'YubiKey 5',
    name: 'Blue key',
    created_at: '2025-02-06T09:15:00Z',
    verified: true,
    is_default: false,
  },
  {
    id: 'm-backup',
    kind: 'backup_codes',
    hint: '10 codes left',
    created_at: '2025-02-07T09:15:00Z',
    verified: true,
    is_default: false,
  },
];

export function methodsView(over: Partial<MethodsView> = {}): MethodsView {
  return {
    methods,
    required: 2,
    registration_complete: true,
    reconfirm_due: false,
    allowed: ['totp', 'email', 'phone', 'questions', 'security_key'],
    ...over,
  };
}

export const totpEnrollment: TotpEnrollment = {
  id: 'enr-1',
  secret_groups: 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
  otpauth_uri: 'otpauth://totp/Contoso:jdoe%40contoso.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Contoso&algorithm=SHA1&digits=6&period=30',
  qr_svg:
    '<svg xmlns="http://www.w3.org/2000/svg" width="29" height="29" onload="alert(1)"><rect width="29" height="29" fill="#fff"/><path d="M4 4h7v7H4z"/><script>alert(1)</script></svg>',
};

export const questionCatalog: QuestionCatalog = {
  questions: [
    { id: 'q1', text: 'What was the name of your first pet?' },
    { id: 'q2', text: 'In what city were you born?' },
    { id: 'q3', text: 'What was your first car?' },
    { id: 'q4', text: 'What is the name of your favorite teacher?' },
    { id: 'q5', text: 'What street did you grow up on?' },
  ],
  required: 3,
};

/** What a reset offers: masked as the Rust side sends them. */
export const resetMethods: ResetMethod[] = [
  { id: 'r-email', kind: 'email', hint: 'a***@contoso.com' },
  { id: 'r-phone', kind: 'phone', hint: '+1 ••• ••• ••34' },
  { id: 'r-totp', kind: 'totp', hint: 'Authenticator app' },
  { id: 'r-questions', kind: 'questions', hint: '' },
];

/** Listeners of the fake `captcha-progress` event. */
type CaptchaListeners = Set<(percent: number) => void>;

/** What each operation answers unless a test says otherwise. */
function defaults(boot: Bootstrap, captcha: CaptchaListeners): Transport {
  // The default reset needs two methods; each verify adds the one it was for.
  const verified: string[] = [];
  return {
    bootstrap: async () => boot,
    setLocale: async (locale) => localeBundle(locale as 'en-US' | 'de'),
    evaluatePassword: async () => goodVerdict,
    changePassword: async () => {},
    sessionSignIn: async () => ({ mfa_required: true, methods, password_change_required: false }),
    mfaChallenge: async (methodId) =>
      methodId === 'm-questions'
        ? { questions: questionCatalog.questions.slice(0, 3) }
        : { hint: methods.find((m) => m.id === methodId)?.hint ?? '', expires_in_secs: 300 },
    mfaVerify: async () => {},
    sessionSignOut: async () => {},
    methodsList: async () => methodsView(),
    methodsConfirm: async () => {},
    registrationSkip: async () => ({ skips_left: 2 }),
    methodRemove: async () => {},
    methodSetDefault: async () => {},
    totpStart: async () => totpEnrollment,
    totpFinish: async () => {},
    emailStart: async () => ({ id: 'pending-email', hint: 'j***@example.com' }),
    emailVerify: async () => {},
    phoneStart: async () => ({ id: 'pending-phone', hint: '+49 ••• ••• ••67' }),
    phoneVerify: async () => {},
    questionsList: async () => questionCatalog,
    questionsSave: async () => {},
    backupCodesGenerate: async () => ({ codes: ['1234-5678', '2345-6789', '3456-7890', '4567-8901', '5678-9012', '6789-0123', '7890-1234', '8901-2345', '9012-3456', '0123-4567'] }),
    securityKeyRegister: async (name) => ({ ...methods[4]!, id: 'm-key-2', name }),
    resetStart: async () => ({ required: 2, methods: resetMethods, expires_at: Math.floor(Date.now() / 1000) + 900 }),
    resetChallenge: async (methodId) =>
      methodId === 'r-questions'
        ? { questions: questionCatalog.questions.slice(0, 3) }
        : { hint: resetMethods.find((m) => m.id === methodId)?.hint ?? '', expires_in_secs: 300 },
    resetVerify: async (req) => {
      if (!verified.includes(req.method_id)) verified.push(req.method_id);
      return { verified: [...verified], remaining: Math.max(0, 2 - verified.length) };
    },
    resetSetPassword: async () => {},
    resetUnlock: async () => {},
    resetCancel: async () => {},
    onCaptchaProgress: async (cb) => {
      captcha.add(cb);
      return () => captcha.delete(cb);
    },
  };
}

type Call = { method: string; arg?: unknown };

/** A Transport that answers from plain functions (`over` first, then `defaults`); records calls. */
export function fakeTransport(over: Partial<Transport> = {}, boot: Bootstrap = bootstrap()) {
  const calls: Call[] = [];
  const listeners: CaptchaListeners = new Set();
  const base = defaults(boot, listeners) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const replaced = over as Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>;
  const transport = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of Object.keys(base)) {
    transport[name] = async (...args: unknown[]) => {
      calls.push(args.length ? { method: name, arg: args[0] } : { method: name });
      return (replaced[name] ?? base[name]!)(...args);
    };
  }
  const captcha = {
    /** Sends a `captcha-progress` event to whoever listens. */
    emit: (percent: number) => listeners.forEach((cb) => cb(percent)),
    get listeners() {
      return listeners.size;
    },
  };
  return { transport: transport as unknown as Transport, calls, captcha };
}

export async function mount(transport: Transport, options: AppOptions = {}): Promise<{ app: App; root: HTMLElement }> {
  document.body.replaceChildren();
  document.body.className = '';
  const root = document.createElement('div');
  document.body.appendChild(root);
  const app = await startApp(root, transport, { evaluateDelayMs: 0, ...options });
  await painted();
  return { app, root };
}

/** Waits until what the UI put off until after the next frame (see `afterPaint`) ran. */
export async function painted(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await settle();
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
