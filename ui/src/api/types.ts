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
  /** The sign-in text in other languages, by locale tag; absent ones show `sign_in_text`. */
  sign_in_text_translations?: Record<string, string>;
  helpdesk: Helpdesk;
  locales: string[];
  /** The colors to apply, computed by the server from `colors` (readable at WCAG AA). */
  palette?: Palette;
}

export interface Palette {
  primary: string;
  on_primary: string;
  background: string;
  text: string;
  accent: string;
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
  /** Seconds a password must be kept before it may be changed again (the directory's rule). */
  min_age_secs?: number;
  /** Wrong passwords in a row before the account locks. */
  lockout_threshold?: number;
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
  /** Kiosk mode: seconds without input after which the visit is wiped (0 or absent = never). */
  idle_timeout_secs?: number;
  /** Flows that exist and the policy allows (strings so an unknown newer flow doesn't break us). */
  flows: string[];
  locale: string;
  locales: LocaleInfo[];
  ftl: FtlSource[];
  policy: PasswordPolicy | null;
  /** why tenant/branding is missing */
  error: WireError | null;
  /** Machine policy keys IT set (shown locked, "Set by your organization"). */
  managed?: string[];
  /** "Stay signed in": offered here, and whether a session kept in the OS keyring was resumed. */
  stay_signed_in?: StayInfo;
}

export interface PasswordEvaluateRequest {
  password: string;
  username?: string;
  /** The rules to evaluate with, when they are the user's own (from a finished reset verification); else the tenant's. */
  policy?: PasswordPolicy;
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

// Signed-in area: sign-in with step-up, security info and method registration.

/** Kinds of security-info methods. Screens treat a kind they don't know as "enter a code". */
export type MethodKind = 'totp' | 'email' | 'phone' | 'questions' | 'security_key' | 'backup_codes';

/** A registered method; `hint` is always masked by the Rust side. Dates are RFC 3339. */
export interface Method {
  id: string;
  kind: MethodKind;
  hint: string;
  created_at: string;
  last_used_at?: string | null;
  verified: boolean;
  is_default: boolean;
  /** The user's name for a security key. */
  name?: string | null;
}

/** A background refresh of branding and password rules after a cache-first start. */
export interface BrandingUpdate {
  branding: Branding | null;
  policy: PasswordPolicy | null;
  offline: boolean;
  error: WireError | null;
}

/** "Stay signed in": offered on this machine; resumed when a kept session still holds. */
export interface StayInfo {
  offered: boolean;
  resumed: boolean;
  problem?: WireError | null;
}

export interface SignInRequest {
  username: string;
  password: string;
  /** Keep the session in the OS keyring (desktop, where the machine policy allows it). */
  stay_signed_in?: boolean;
}

export interface SignInResult {
  /** Step-up with one of `methods` comes before security info. */
  mfa_required: boolean;
  methods: Method[];
  /** The password must be changed first (e.g. a temporary one set by the help desk). */
  password_change_required: boolean;
  /** "Stay signed in" was asked for but the OS keyring could not keep the session. */
  stay_signed_in_problem?: WireError;
  /** Asked first once signed in (and stepped up): register or confirm security info. */
  interrupt?: RegistrationInterrupt | null;
}

/** The tenant's registration policy interrupting a signed-in user (`registration_required`, `reconfirm_days`). */
export interface RegistrationInterrupt {
  reason: 'register' | 'reconfirm';
  /** Methods a reset needs for this user. */
  required: number;
  /** Methods the user could reset with today. */
  registered: number;
  /** The tenant's `registration_skips_allowed`; 0 means the step cannot be skipped. */
  skips_allowed: number;
  skips_left: number;
}

export interface RegistrationSkipped {
  skips_left: number;
}

export interface Question {
  id: string;
  text: string;
}

/** What `session_mfa_challenge` answers: where a code went, or the questions to answer. */
export interface Challenge {
  hint?: string;
  expires_in_secs?: number;
  questions?: Question[];
}

export interface MfaVerifyRequest {
  method_id: string;
  code?: string;
  /** In the order of `Challenge.questions`. */
  answers?: string[];
  /** Security key only: its PIN, sent when the key asked for one. Never stored. */
  pin?: string;
}

export interface MethodsView {
  methods: Method[];
  /** How many methods the organization requires. */
  required: number;
  registration_complete: boolean;
  reconfirm_due: boolean;
  /** Kinds the policy lets this user add (strings so a newer kind doesn't break us). */
  allowed: string[];
  /** Still due and not skipped in this session. */
  interrupt?: RegistrationInterrupt | null;
}

export interface TotpEnrollment {
  id: string;
  /** The base32 secret in groups of four, e.g. "ABCD EFGH …". */
  secret_groups: string;
  otpauth_uri: string;
  /** SVG markup generated by the Rust side. */
  qr_svg: string;
}

export interface TotpFinishRequest {
  id: string;
  code: string;
}

/** An email address or phone number waiting for its code. */
export interface ContactEnrollment {
  id: string;
  hint: string;
}

export interface ContactVerifyRequest {
  id: string;
  code: string;
}

export interface QuestionCatalog {
  questions: Question[];
  /** How many to answer (3..5). */
  required: number;
}

export interface QuestionsSaveRequest {
  answers: { question_id: string; answer: string }[];
}

export interface BackupCodes {
  codes: string[];
}

// Reset and unlock (no sign-in). The reset session itself lives on the Rust side.

export type ResetMode = 'reset' | 'unlock';

/** Kinds a reset may offer; hints are masked by the Rust side. */
export type ResetMethodKind = 'totp' | 'email' | 'phone' | 'questions' | 'security_key';

export interface ResetMethod {
  id: string;
  kind: ResetMethodKind;
  hint: string;
}

export interface ResetStartRequest {
  username: string;
  mode: ResetMode;
}

/** The same shape for unknown and known users (no enumeration). */
export interface ResetStarted {
  /** How many methods must be verified (1 or 2). */
  required: number;
  methods: ResetMethod[];
  /** When the reset session ends, Unix seconds. */
  expires_at: number;
}

/** What `reset_verify` answers; the request has the shape of `MfaVerifyRequest`. */
export interface ResetProgress {
  /** Ids of the methods verified so far in this reset. */
  verified: string[];
  /** How many more methods must be verified. */
  remaining: number;
  /** Once nothing remains on a password reset: this user's own password rules (e.g. a fine-grained directory policy). */
  password_policy?: PasswordPolicy;
}

/** One connection check (`diagnose_run`): status and a `diag.*` code with its arguments. */
export interface DiagCheck {
  id: 'policy' | 'dns' | 'proxy' | 'tcp' | 'tls' | 'clock' | 'api';
  status: 'ok' | 'warn' | 'fail' | 'skipped';
  code: string;
  args?: Record<string, string | number>;
}
