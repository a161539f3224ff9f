// Mirrors the Tauri command contract of the Rust side (snake_case field names as on the wire).

/** Named arguments that come with an error code or a rule; plain JSON values. */
export type WireArgs = Record<string, unknown>;

/** The shape every error crossing IPC has: a stable dotted code plus data, never a sentence. */
export interface WireError {
  code: string;
  args?: WireArgs;
}

export type Flow = 'reset' | 'unlock' | 'change' | 'security_info';

export interface Tenant {
  slug: string;
  url: string;
}

export interface Branding {
  name: string;
  colors: { primary: string; background: string; text: string };
  logo_url?: string;
  sign_in_text?: string;
  helpdesk: Helpdesk;
  locales: string[];
}

export interface Helpdesk {
  url?: string;
  email?: string;
  phone?: string;
}

export interface PasswordPolicy {
  min_length: number;
  max_length: number;
  history_count: number;
  banned_check: boolean;
  breached_check: boolean;
  /** zxcvbn score 0..4 */
  min_strength: number;
  user_info_check: boolean;
}

export interface LocaleInfo {
  code: string;
  /** The language's own name, e.g. "Deutsch". */
  name: string;
}

export interface FtlSource {
  locale: string;
  source: string;
}

/** What `i18n_set_locale` answers: the negotiated locale and its fallback chain (en-US last). */
export interface LocaleBundle {
  locale: string;
  ftl: FtlSource[];
}

export interface Bootstrap {
  /** null when no machine policy / tenant is configured */
  tenant: Tenant | null;
  /** null if never fetched and the server is unreachable */
  branding: Branding | null;
  /** true when branding came from the disk cache because the server was unreachable */
  offline: boolean;
  kiosk: boolean;
  /** Flows that exist and the policy allows (strings so an unknown newer flow doesn't break us). */
  flows: string[];
  locale: string;
  locales: LocaleInfo[];
  ftl: FtlSource[];
  policy: PasswordPolicy | null;
  /** why tenant/branding is missing */
  error: WireError | null;
}

export interface PasswordEvaluateRequest {
  password: string;
  username?: string;
}

export interface PasswordCheck {
  /** length | not_banned | not_breached | strength | no_user_info */
  rule: string;
  ok: boolean;
  args?: WireArgs;
}

export interface PasswordVerdict {
  ok: boolean;
  /** zxcvbn score 0..4 */
  score: number;
  checks: PasswordCheck[];
  problems: WireError[];
}

export interface PasswordChangeRequest {
  username: string;
  current_password: string;
  new_password: string;
}
