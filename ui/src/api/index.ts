import { isTauri } from '@tauri-apps/api/core';
import { ApiError } from './error';
import { tauriTransport } from './tauri';
import type { Transport } from './transport';

export { ApiError, toApiError } from './error';
export type { Transport } from './transport';
export type * from './types';

/** Rejects everything: used when the page runs outside the desktop shell (e.g. `vite` in a browser). */
const noTransport: Transport = {
  bootstrap: () => Promise.reject(new ApiError('internal.error', { reason: 'no_transport' })),
  setLocale: () => Promise.reject(new ApiError('internal.error', { reason: 'no_transport' })),
  evaluatePassword: () => Promise.reject(new ApiError('internal.error', { reason: 'no_transport' })),
  changePassword: () => Promise.reject(new ApiError('internal.error', { reason: 'no_transport' })),
};

/** Picks the transport for where we run. The web portal's HTTP transport will plug in here. */
export function pickTransport(): Transport {
  return isTauri() ? tauriTransport : noTransport;
}
