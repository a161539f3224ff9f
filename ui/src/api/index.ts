import { isTauri } from '@tauri-apps/api/core';
import { ApiError } from './error';
import { tauriTransport } from './tauri';
import type { Transport } from './transport';
import { createWebTransport, portalTenant } from './web';

export { ApiError, toApiError } from './error';
export type { Transport } from './transport';
export type * from './types';

const unavailable = () => Promise.reject(new ApiError('internal.error', { reason: 'no_transport' }));

/** Rejects everything: used when the page runs outside the desktop shell (e.g. `vite` in a browser). */
const noTransport: Transport = {
  bootstrap: unavailable,
  setLocale: unavailable,
  evaluatePassword: unavailable,
  changePassword: unavailable,
  sessionSignIn: unavailable,
  mfaChallenge: unavailable,
  mfaVerify: unavailable,
  sessionSignOut: unavailable,
  methodsList: unavailable,
  methodsConfirm: unavailable,
  registrationSkip: unavailable,
  methodRemove: unavailable,
  methodSetDefault: unavailable,
  totpStart: unavailable,
  totpFinish: unavailable,
  emailStart: unavailable,
  emailVerify: unavailable,
  phoneStart: unavailable,
  phoneVerify: unavailable,
  questionsList: unavailable,
  questionsSave: unavailable,
  backupCodesGenerate: unavailable,
  securityKeyRegister: unavailable,
  resetStart: unavailable,
  resetChallenge: unavailable,
  resetVerify: unavailable,
  resetSetPassword: unavailable,
  resetUnlock: unavailable,
  resetCancel: unavailable,
  onCaptchaProgress: unavailable,
};

/** Picks the transport for where we run: the desktop shell, the server's web portal, or none. */
export function pickTransport(): Transport {
  if (isTauri()) return tauriTransport;
  const tenant = portalTenant();
  return tenant ? createWebTransport(tenant) : noTransport;
}
