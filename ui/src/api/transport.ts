import type {
  Bootstrap,
  LocaleBundle,
  PasswordChangeRequest,
  PasswordEvaluateRequest,
  PasswordVerdict,
} from './types';

/**
 * Every operation the screens need. The desktop implementation calls Tauri commands; a web
 * implementation calling the server's HTTP API can be added without touching any screen.
 * Implementations reject with `ApiError`.
 */
export interface Transport {
  bootstrap(): Promise<Bootstrap>;
  setLocale(locale: string): Promise<LocaleBundle>;
  evaluatePassword(req: PasswordEvaluateRequest): Promise<PasswordVerdict>;
  changePassword(req: PasswordChangeRequest): Promise<void>;
}
