import type {
  BackupCodes,
  Bootstrap,
  BrandingUpdate,
  DiagCheck,
  StayInfo,
  Challenge,
  ContactEnrollment,
  ContactVerifyRequest,
  LocaleBundle,
  Method,
  MethodsView,
  MfaVerifyRequest,
  PasswordChangeRequest,
  PasswordEvaluateRequest,
  PasswordVerdict,
  QuestionCatalog,
  QuestionsSaveRequest,
  RegistrationSkipped,
  ResetProgress,
  ResetStarted,
  ResetStartRequest,
  SignInRequest,
  SignInResult,
  TotpEnrollment,
  TotpFinishRequest,
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

  // Session: sign-in and step-up. The session itself lives on the Rust side.
  sessionSignIn(req: SignInRequest): Promise<SignInResult>;
  mfaChallenge(methodId: string): Promise<Challenge>;
  mfaVerify(req: MfaVerifyRequest): Promise<void>;
  sessionSignOut(): Promise<void>;
  /** Desktop: resumes a session kept in the OS keyring when the server still accepts it. */
  sessionResume?(): Promise<StayInfo>;

  // Security info (needs a verified session).
  methodsList(): Promise<MethodsView>;
  methodsConfirm(): Promise<void>;
  /** "Skip for now" on the registration interrupt; the server counts the skips. */
  registrationSkip(): Promise<RegistrationSkipped>;
  methodRemove(id: string): Promise<void>;
  methodSetDefault(id: string): Promise<void>;
  totpStart(): Promise<TotpEnrollment>;
  totpFinish(req: TotpFinishRequest): Promise<void>;
  emailStart(address: string): Promise<ContactEnrollment>;
  emailVerify(req: ContactVerifyRequest): Promise<void>;
  phoneStart(number: string): Promise<ContactEnrollment>;
  phoneVerify(req: ContactVerifyRequest): Promise<void>;
  questionsList(): Promise<QuestionCatalog>;
  questionsSave(req: QuestionsSaveRequest): Promise<void>;
  backupCodesGenerate(): Promise<BackupCodes>;
  /**
   * Runs the whole CTAP2 ceremony on the Rust side; may take up to a minute. `pin` is the key's
   * PIN, given only after the key asked for it (`security_key.pin_required`).
   */
  securityKeyRegister(name: string, pin?: string): Promise<Method>;

  // Reset and unlock. `resetStart` runs the proof-of-work captcha first; its progress arrives
  // through `onCaptchaProgress`.
  resetStart(req: ResetStartRequest): Promise<ResetStarted>;
  resetChallenge(methodId: string): Promise<Challenge>;
  resetVerify(req: MfaVerifyRequest): Promise<ResetProgress>;
  resetSetPassword(newPassword: string): Promise<void>;
  resetUnlock(): Promise<void>;
  /** Drops the reset session (and stops a captcha that is still running). */
  resetCancel(): Promise<void>;
  /** Subscribes to captcha progress (0..100); resolves to the unsubscribe function. */
  onCaptchaProgress(cb: (percent: number) => void): Promise<() => void>;

  // Kiosk mode (desktop only): the Rust side keeps its own idle clock and wipes visits.
  /** Input happened (throttled by the caller); restarts the Rust idle clock. */
  kioskActivity?(): Promise<void>;
  /** Ends the visit: reset cancelled on the server, session ended, webview storage emptied. */
  kioskEndVisit?(): Promise<void>;
  /** Called when the Rust side wiped the visit (also on its own idle timeout). */
  onKioskWiped?(cb: () => void): Promise<() => void>;

  /** Desktop: the background refresh after a cache-first start (branding, rules, offline). */
  onBrandingUpdated?(cb: (update: BrandingUpdate) => void): Promise<() => void>;

  /**
   * Desktop: the bootstrap the window carried into its first page load (when it needed no
   * network), so the start screen is in the first frame; null otherwise. Given out once.
   */
  initialBootstrap?(): Bootstrap | null;
  /** Desktop: after `initialBootstrap`, once listening for `onBrandingUpdated`: start its refresh. */
  refreshBranding?(): Promise<void>;

  /** Check connection (desktop only; a browser already reached the server). */
  diagnose?(): Promise<DiagCheck[]>;

  /**
   * Desktop: the clipboard written by the Rust side (true when written), so the end of a kiosk
   * visit, also the Rust idle clock's, can empty what the app put there.
   */
  clipboardWrite?(text: string): Promise<boolean>;

  /** Desktop: the first screen is rendered (page clock, ms), a start-up mark for the debug log. */
  started?(scriptMs: number, renderMs: number): Promise<void>;
}
