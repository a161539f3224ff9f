import type { Transport } from '../api/transport';
import type { Bootstrap } from '../api/types';

export type ScreenName = 'start' | 'change' | 'change-done';

/** What a screen may use: the transport, what bootstrap said, and the router. */
export interface AppContext {
  readonly transport: Transport;
  readonly boot: Bootstrap;
  go(screen: ScreenName): void;
  /** Asks the Rust side for another language, then re-renders everything. */
  changeLocale(code: string): Promise<void>;
  /** Bootstraps again (after "Try again"). */
  reload(): Promise<void>;
  readonly timing: { evaluateDelayMs: number; kioskReturnSecs: number };
}

export interface Screen {
  element: HTMLElement;
  /** Called when the screen is left: stop timers, drop references to secrets. */
  dispose?(): void;
  /** Where keyboard focus goes when the screen appears. */
  initialFocus?: HTMLElement;
}
