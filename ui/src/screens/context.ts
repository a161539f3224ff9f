import type { Transport } from '../api/transport';
import type { Bootstrap, Method, PasswordPolicy, RegistrationInterrupt, ResetMethod, ResetMode, WireError } from '../api/types';

export type ScreenName =
  | 'start'
  | 'change'
  | 'change-done'
  | 'sign-in'
  | 'verify'
  | 'security-info'
  | 'registration-interrupt'
  | 'add-totp'
  | 'add-email'
  | 'add-phone'
  | 'add-questions'
  | 'backup-codes'
  | 'add-security-key'
  | 'reset'
  | 'unlock'
  | 'reset-verify'
  | 'reset-password'
  | 'unlock-confirm'
  | 'reset-done'
  | 'reset-expired'
  | 'diagnose';

/** A reset or unlock under way: what `reset_start` answered and what has been verified since. */
export interface ResetState {
  mode: ResetMode;
  username: string;
  /** How many methods must be verified in all. */
  required: number;
  /** How many are still missing. */
  remaining: number;
  methods: ResetMethod[];
  verified: string[];
  /** When the session ends, in this device's clock (ms). */
  deadline: number;
  /** The session's whole length in minutes (the tenant's `reset_session_secs`), as announced. */
  minutes: number;
  /** A refusal from a later step for the verify step to show ("verify one more method"). */
  problem?: WireError;
  /** This user's password rules, once the verification is complete (else the tenant's apply). */
  policy?: PasswordPolicy;
}

/**
 * What one screen hands to the next within a flow. Emptied whenever the start screen shows, so
 * nothing of one person's visit is left for the next (shared machines).
 */
export interface FlowState {
  /** The user ID typed at sign-in, prefilled where it is asked again. */
  username?: string;
  /** Why the change-password screen was opened from sign-in. */
  reason?: 'password_change_required';
  /** The methods sign-in offered for step-up. */
  mfaMethods?: Method[];
  /** What sign-in said the organization asks first (register, reconfirm); shown once. */
  interrupt?: RegistrationInterrupt;
  /** The reset or unlock under way. */
  reset?: ResetState;
  /** A confirmation for the next screen to announce once ("Authenticator app added."). */
  notice?: () => string;
}

/** What a screen may use: the transport, what bootstrap said, and the router. */
export interface AppContext {
  readonly transport: Transport;
  readonly boot: Bootstrap;
  /** Shared by the screens of the current flow. */
  readonly flow: FlowState;
  /** True while the app's very first screen renders (work that can wait goes after its frame). */
  readonly firstFrame: boolean;
  go(screen: ScreenName): void;
  /** Asks the Rust side for another language, then re-renders everything. */
  changeLocale(code: string): Promise<void>;
  /** Bootstraps again (after "Try again"). */
  reload(): Promise<void>;
  readonly timing: { evaluateDelayMs: number; kioskReturnSecs: number; resendSecs: number };
}

export interface Screen {
  element: HTMLElement;
  /** Called when the screen is left: stop timers, drop references to secrets. */
  dispose?(): void;
  /** Where keyboard focus goes when the screen appears. */
  initialFocus?: HTMLElement;
}
