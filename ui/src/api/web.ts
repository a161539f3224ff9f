// The web portal's transport: the same `Transport` the desktop app has, over the server's HTTP
// API from the page's own origin. Every rule stays on the server (password evaluation,
// language negotiation, masking, the QR code); the proof-of-work captcha runs in a Web Worker.
// The session token and the reset id live in this module's memory only: no cookie, no storage,
// so a reload or a closed tab ends the visit.
import { ApiError, toApiError } from './error';
import type { Transport } from './transport';
import type {
  BackupCodes,
  Bootstrap,
  Challenge,
  ContactEnrollment,
  LocaleBundle,
  Method,
  MethodsView,
  MfaVerifyRequest,
  PasswordVerdict,
  QuestionCatalog,
  RegistrationSkipped,
  ResetProgress,
  ResetStarted,
  SignInResult,
  TotpEnrollment,
} from './types';
import { createCredential, getAssertion } from './webauthn';

interface CaptchaChallenge {
  id: string;
  algorithm: string;
  challenge: string;
  difficulty: number;
}

type Body = Record<string, unknown>;

/** The tenant the server put into the page (`<meta name="latchkey-tenant">`), if any. */
export function portalTenant(doc: Document = document): string | null {
  const slug = doc.querySelector<HTMLMetaElement>('meta[name="latchkey-tenant"]')?.content ?? '';
  return /^[a-z0-9][a-z0-9-]{0,62}$/.test(slug) ? slug : null;
}

/** `?lang=` or Entra's `?mkt=` from the address, so a link can pick the language. */
function requestedLanguage(): string | null {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') ?? params.get('mkt');
  return lang && /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null;
}

/** Ids the API puts into paths are hex or base64url; anything else would change the path. */
function pathId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw new ApiError('methods.not_found');
  return id;
}

export function createWebTransport(slug: string, startWorker: () => Worker = defaultWorker): Transport {
  const base = `/api/v1/tenants/${encodeURIComponent(slug)}/`;
  let locale = requestedLanguage() ?? '';
  let token: string | null = null;
  let resetId: string | null = null;
  let worker: Worker | null = null;
  const progressListeners = new Set<(percent: number) => void>();

  async function call<T>(method: string, tail: string, body?: Body, auth = false): Promise<T> {
    const headers: Record<string, string> = { 'X-Latchkey-Client': 'portal' };
    if (locale) headers['Accept-Language'] = locale;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth) {
      if (!token) throw new ApiError('session.expired');
      headers.Authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      response = await fetch(base + tail, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch (thrown) {
      console.warn('request failed', thrown);
      throw new ApiError('network.unreachable');
    }
    let data: unknown = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (response.ok) return data as T;
    const error = (data as { error?: unknown } | null)?.error;
    const failure = error ? toApiError(error) : new ApiError('network.bad_response', { status: response.status });
    if (auth && (failure.code === 'session.expired' || failure.code === 'auth.token_invalid')) token = null;
    throw failure;
  }

  const authed = <T>(method: string, tail: string, body?: Body) => call<T>(method, tail, body, true);

  function resetPath(tail: string): string {
    if (!resetId) throw new ApiError('reset.expired');
    return `resets/${pathId(resetId)}/${tail}`;
  }

  function stopWorker() {
    worker?.terminate();
    worker = null;
  }

  function solve(captcha: CaptchaChallenge): Promise<string> {
    stopWorker();
    return new Promise((resolve, reject) => {
      const w = startWorker();
      worker = w;
      w.onmessage = (e: MessageEvent<{ done: boolean; percent?: number; nonce?: string }>) => {
        if (e.data.done) {
          stopWorker();
          for (const cb of progressListeners) cb(100);
          resolve(e.data.nonce!);
        } else {
          for (const cb of progressListeners) cb(e.data.percent ?? 0);
        }
      };
      w.onerror = (e) => {
        console.warn('captcha worker failed', e);
        stopWorker();
        reject(new ApiError('captcha.invalid'));
      };
      w.postMessage({ challenge: captcha.challenge, difficulty: captcha.difficulty });
    });
  }

  /** A security key answers the challenge's options; the assertion goes with the verify. */
  async function withAssertion(req: MfaVerifyRequest, challengeTail: string, missing: string): Promise<Body> {
    const body: Body = { method_id: req.method_id };
    if (req.code !== undefined) body.code = req.code;
    if (req.answers !== undefined) body.answers = req.answers;
    if (req.code === undefined && req.answers === undefined) {
      const challenge = await call<Challenge & { options?: unknown }>('POST', challengeTail, { method_id: req.method_id }, challengeTail.startsWith('sessions'));
      if (!challenge.options) throw new ApiError(missing);
      body.credential = await getAssertion(challenge.options);
    }
    return body;
  }

  return {
    async bootstrap() {
      const query = locale ? `?lang=${encodeURIComponent(locale)}` : '';
      const boot = await call<Bootstrap>('GET', `portal/bootstrap${query}`);
      locale = boot.locale;
      return boot;
    },
    async setLocale(code) {
      const bundle = await call<LocaleBundle>('GET', `portal/locale?lang=${encodeURIComponent(code)}`);
      locale = bundle.locale;
      // Keep the choice in the address, so a reload (or a shared link) stays in this language.
      const url = new URL(location.href);
      url.searchParams.set('lang', bundle.locale);
      url.searchParams.delete('mkt');
      history.replaceState(history.state, '', url);
      return bundle;
    },
    evaluatePassword: (req) => call<PasswordVerdict>('POST', 'password-evaluate', { ...req }),
    async changePassword(req) {
      const session = await call<{ token: string }>('POST', 'sessions', { username: req.username, password: req.current_password });
      const headers = { 'X-Latchkey-Client': 'portal', Authorization: `Bearer ${session.token}` };
      const previous = token;
      token = session.token;
      try {
        await authed('POST', 'me/password', { current_password: req.current_password, new_password: req.new_password });
      } finally {
        token = previous;
        // The change ended the session's siblings; this one is dropped too.
        void fetch(base + 'sessions/current', { method: 'DELETE', headers, credentials: 'omit' }).catch(() => undefined);
      }
    },

    async sessionSignIn(req) {
      const answer = await call<SignInResult & { token: string }>('POST', 'sessions', { ...req });
      token = answer.token;
      return {
        mfa_required: answer.mfa_required,
        methods: answer.methods,
        password_change_required: answer.password_change_required,
        interrupt: answer.interrupt ?? null,
      };
    },
    mfaChallenge: (methodId) => authed<Challenge>('POST', 'sessions/current/mfa/challenges', { method_id: methodId }),
    async mfaVerify(req) {
      const body = await withAssertion(req, 'sessions/current/mfa/challenges', 'mfa.method_not_verified');
      await authed('POST', 'sessions/current/mfa', body);
    },
    async sessionSignOut() {
      if (!token) return;
      try {
        await authed('DELETE', 'sessions/current');
      } catch {
        // Signing out of a session that already ended is fine.
      } finally {
        token = null;
      }
    },

    methodsList: () => authed<MethodsView>('GET', 'me/methods'),
    methodsConfirm: async () => void (await authed('POST', 'me/methods/confirm', {})),
    registrationSkip: () => authed<RegistrationSkipped>('POST', 'me/registration/skip', {}),
    methodRemove: async (id) => void (await authed('DELETE', `me/methods/${pathId(id)}`)),
    methodSetDefault: async (id) => void (await authed('POST', `me/methods/${pathId(id)}/default`, {})),
    async totpStart() {
      const e = await authed<{ id: string; secret: string; otpauth_uri: string; qr_svg: string }>('POST', 'me/methods/totp', {});
      // Groups of four for reading aloud or typing: presentation only.
      const secret_groups = e.secret.replace(/(.{4})(?=.)/g, '$1 ');
      return { id: e.id, secret_groups, otpauth_uri: e.otpauth_uri, qr_svg: e.qr_svg } satisfies TotpEnrollment;
    },
    totpFinish: async (req) => void (await authed('POST', `me/methods/totp/${pathId(req.id)}/verify`, { code: req.code })),
    emailStart: (address) => authed<ContactEnrollment>('POST', 'me/methods/email', { address }),
    emailVerify: async (req) => void (await authed('POST', `me/methods/email/${pathId(req.id)}/verify`, { code: req.code })),
    phoneStart: (number) => authed<ContactEnrollment>('POST', 'me/methods/phone', { number }),
    phoneVerify: async (req) => void (await authed('POST', `me/methods/phone/${pathId(req.id)}/verify`, { code: req.code })),
    questionsList: () => authed<QuestionCatalog>('GET', 'me/methods/questions'),
    questionsSave: async (req) => void (await authed('PUT', 'me/methods/questions', { answers: req.answers })),
    backupCodesGenerate: () => authed<BackupCodes>('POST', 'me/methods/backup-codes', {}),
    async securityKeyRegister(name) {
      // The browser asks for the key's PIN itself; the UI's PIN is never needed here.
      const started = await authed<{ id: string; options: unknown }>('POST', 'me/methods/security-key', {});
      const credential = await createCredential(started.options);
      await authed('POST', `me/methods/security-key/${pathId(started.id)}/finish`, { credential, name });
      const list = await authed<MethodsView>('GET', 'me/methods');
      const method = list.methods.find((m: Method) => m.id === started.id);
      if (!method) throw new ApiError('methods.not_found');
      return method;
    },

    async resetStart(req) {
      resetId = null;
      const captcha = await call<CaptchaChallenge>('POST', 'captcha', {});
      if (captcha.algorithm !== 'sha256-zero-bits') throw new ApiError('captcha.invalid');
      const solution = await solve(captcha);
      const path = req.mode === 'unlock' ? 'unlocks' : 'resets';
      const started = await call<ResetStarted & { reset_id: string }>('POST', path, {
        username: req.username,
        captcha: { id: captcha.id, solution },
      });
      resetId = started.reset_id;
      return { required: started.required, methods: started.methods, expires_at: started.expires_at };
    },
    resetChallenge: (methodId) => call<Challenge>('POST', resetPath('challenges'), { method_id: methodId }),
    async resetVerify(req) {
      const body = await withAssertion(req, resetPath('challenges'), 'methods.not_found');
      return call<ResetProgress>('POST', resetPath('verify'), body);
    },
    async resetSetPassword(newPassword) {
      await call('POST', resetPath('password'), { new_password: newPassword });
      resetId = null;
    },
    async resetUnlock() {
      await call('POST', resetPath('unlock'), {});
      resetId = null;
    },
    async resetCancel() {
      stopWorker();
      resetId = null;
    },
    async onCaptchaProgress(cb) {
      progressListeners.add(cb);
      return () => progressListeners.delete(cb);
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('./captcha-worker.ts', import.meta.url), { type: 'module' });
}
