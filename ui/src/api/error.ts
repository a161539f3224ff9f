import type { WireArgs, WireError } from './types';

/** An error from the back end, carried as data (a dotted code plus args); screens localize it. */
export class ApiError extends Error implements WireError {
  readonly code: string;
  readonly args: WireArgs;

  constructor(code: string, args: WireArgs = {}) {
    super(code);
    this.name = 'ApiError';
    this.code = code;
    this.args = args;
  }
}

/**
 * Normalizes whatever a transport threw. Tauri rejects with the command's serialized error
 * (`{code, args}`); a bridge failure (missing command, no IPC) rejects with a string or an Error,
 * which we report as `internal.error` and keep the detail for the console only.
 */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  if (typeof thrown === 'object' && thrown !== null && typeof (thrown as WireError).code === 'string') {
    const { code, args } = thrown as WireError;
    const safeArgs = typeof args === 'object' && args !== null ? args : {};
    return new ApiError(code, safeArgs);
  }
  console.warn('transport failed without an error code', thrown);
  return new ApiError('internal.error');
}
