import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { toApiError } from './error';
import type { Transport } from './transport';
import type {
  BackupCodes,
  Bootstrap,
  BrandingUpdate,
  Challenge,
  ContactEnrollment,
  DiagCheck,
  StayInfo,
  LocaleBundle,
  Method,
  MethodsView,
  PasswordVerdict,
  QuestionCatalog,
  RegistrationSkipped,
  ResetProgress,
  ResetStarted,
  SignInResult,
  TotpEnrollment,
} from './types';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

/** For commands that answer `null`. */
async function run(command: string, args?: Record<string, unknown>): Promise<void> {
  await call<null>(command, args);
}

/**
 * The desktop transport: the Rust side does all I/O. Argument keys are the commands' parameter
 * names (Tauri maps camelCase keys such as `methodId` to snake_case parameters).
 */
export const tauriTransport: Transport = {
  bootstrap: () => call<Bootstrap>('app_bootstrap'),
  setLocale: (locale) => call<LocaleBundle>('i18n_set_locale', { locale }),
  evaluatePassword: (req) => call<PasswordVerdict>('password_evaluate', { req }),
  changePassword: (req) => run('password_change', { req }),

  sessionSignIn: (req) => call<SignInResult>('session_sign_in', { req }),
  mfaChallenge: (methodId) => call<Challenge>('session_mfa_challenge', { methodId }),
  mfaVerify: (req) => run('session_mfa_verify', { req }),
  sessionSignOut: () => run('session_sign_out'),
  sessionResume: () => call<StayInfo>('session_resume'),

  methodsList: () => call<MethodsView>('methods_list'),
  methodsConfirm: () => run('methods_confirm'),
  registrationSkip: () => call<RegistrationSkipped>('registration_skip'),
  methodRemove: (id) => run('method_remove', { id }),
  methodSetDefault: (id) => run('method_set_default', { id }),
  totpStart: () => call<TotpEnrollment>('totp_start_enrollment'),
  totpFinish: (req) => run('totp_finish_enrollment', { req }),
  emailStart: (address) => call<ContactEnrollment>('email_start', { address }),
  emailVerify: (req) => run('email_verify', { req }),
  phoneStart: (number) => call<ContactEnrollment>('phone_start', { number }),
  phoneVerify: (req) => run('phone_verify', { req }),
  questionsList: () => call<QuestionCatalog>('questions_list'),
  questionsSave: (req) => run('questions_save', { req }),
  backupCodesGenerate: () => call<BackupCodes>('backup_codes_generate'),
  securityKeyRegister: (name, pin) => call<Method>('security_key_register', pin === undefined ? { name } : { name, pin }),

  resetStart: (req) => call<ResetStarted>('reset_start', { req }),
  resetChallenge: (methodId) => call<Challenge>('reset_challenge', { methodId }),
  resetVerify: (req) => call<ResetProgress>('reset_verify', { req }),
  resetSetPassword: (newPassword) => run('reset_set_password', { newPassword }),
  resetUnlock: () => run('reset_unlock'),
  resetCancel: () => run('reset_cancel'),
  onCaptchaProgress: (cb) => listen<{ percent: number }>('captcha-progress', (e) => cb(e.payload.percent)),

  kioskActivity: () => run('kiosk_activity'),
  kioskEndVisit: () => run('kiosk_end_visit'),
  diagnose: () => call<DiagCheck[]>('diagnose_run'),
  clipboardWrite: (text) => call<boolean>('clipboard_write', { text }),
  started: (scriptMs, renderMs) => run('app_started', { scriptMs, renderMs }),
  onBrandingUpdated: (cb) => listen<BrandingUpdate>('branding-updated', (e) => cb(e.payload)),
  initialBootstrap: () => {
    const w = window as { __LATCHKEY_BOOTSTRAP__?: Bootstrap };
    const boot = w.__LATCHKEY_BOOTSTRAP__ ?? null;
    delete w.__LATCHKEY_BOOTSTRAP__;
    // A reload gets the script again, but what it holds is the start's: ask afresh then.
    const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav?.type === 'reload' ? null : boot;
  },
  refreshBranding: () => run('app_refresh'),
  onKioskWiped: (cb) => listen('kiosk-wiped', () => cb()),
};
