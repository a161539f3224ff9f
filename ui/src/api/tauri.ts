import { invoke } from '@tauri-apps/api/core';
import { toApiError } from './error';
import type { Transport } from './transport';
import type { Bootstrap, LocaleBundle, PasswordVerdict } from './types';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

/** The desktop transport: the Rust side does all I/O. Argument keys are the commands' parameter names. */
export const tauriTransport: Transport = {
  bootstrap: () => call<Bootstrap>('app_bootstrap'),
  setLocale: (locale) => call<LocaleBundle>('i18n_set_locale', { locale }),
  evaluatePassword: (req) => call<PasswordVerdict>('password_evaluate', { req }),
  changePassword: async (req) => {
    await call<null>('password_change', { req });
  },
};
