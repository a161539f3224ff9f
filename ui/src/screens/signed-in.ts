// Pieces shared by the screens behind sign-in: method kinds, dates, and errors that may mean the
// session has ended.

import { toApiError } from '../api/error';
import type { Method, WireError } from '../api/types';
import { h } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext } from './context';
import { errorBox, type Problem } from './layout';

const KIND_NAME: Record<string, () => string> = {
  totp: () => t('method-kind-totp'),
  email: () => t('method-kind-email'),
  phone: () => t('method-kind-phone'),
  questions: () => t('method-kind-questions'),
  security_key: () => t('method-kind-security-key'),
  backup_codes: () => t('method-kind-backup-codes'),
};

/** Text glyphs from common fonts (DejaVu has all of them): no icon font to load, they scale with the text. */
const KIND_ICON: Record<string, string> = {
  totp: '◷',
  email: '✉',
  phone: '☎',
  questions: '?',
  security_key: '⚷',
  backup_codes: '#',
};

/** "Authenticator app"; a kind this version doesn't know still gets a readable name. */
export function kindName(kind: string): string {
  return KIND_NAME[kind]?.() ?? t('method-kind-other', { kind });
}

export function kindIcon(kind: string): HTMLElement {
  return h('span', { class: 'method-icon', 'aria-hidden': 'true', 'data-kind': kind }, KIND_ICON[kind] ?? '•');
}

/** What naming a method needs: registered methods and the ones a reset offers both have it. */
export type MethodLike = Pick<Method, 'id' | 'kind' | 'hint'> & { name?: string | null };

/** The masked hint, unless it only repeats the kind's name (an authenticator app has no address). */
export function visibleHint(method: MethodLike): string {
  const hint = method.hint?.trim() ?? '';
  if (hint.toLowerCase() === kindName(method.kind).toLowerCase()) return '';
  // A key's hint is its name, which the title already shows.
  const name = 'name' in method ? method.name?.trim() : undefined;
  return name && hint === name ? '' : hint;
}

/** A method as one phrase: "Security key “Blue key”", "Email a***@contoso.com". */
export function methodLabel(method: MethodLike): string {
  if (method.kind === 'security_key' && method.name) return t('method-label-named', { kind: kindName(method.kind), name: method.name });
  const hint = visibleHint(method);
  return hint ? t('method-label-hint', { kind: kindName(method.kind), hint }) : kindName(method.kind);
}

/** A date from the wire (RFC 3339) for Fluent's `DATETIME`; the raw text if it doesn't parse. */
export function wireDate(rfc3339: string): Date | string {
  const date = new Date(rfc3339);
  return Number.isNaN(date.getTime()) ? rfc3339 : date;
}

/** The error's sentence, with a `kind` argument (`methods.not_allowed`) shown as its name. */
export function methodProblem(error: WireError): Problem {
  const args = { ...error.args };
  if (typeof args.kind === 'string') args.kind = kindName(args.kind);
  return { message: errorText({ code: error.code, args }), code: error.code };
}

/** Codes meaning the signed-in session is gone: the way on is to sign in again. */
export function sessionEnded(code: string): boolean {
  return code === 'session.expired' || code === 'auth.token_missing' || code === 'auth.token_invalid' || code === 'auth.mfa_required';
}

/** Opens the verify screen with the methods that can step up (never questions). */
async function stepUpAgain(ctx: AppContext): Promise<void> {
  try {
    const view = await ctx.transport.methodsList();
    ctx.flow.mfaMethods = view.methods.filter((m) => m.verified && m.kind !== 'questions');
    ctx.go('verify');
  } catch {
    ctx.go('sign-in');
  }
}

/** The error box for a signed-in screen; when the session ended it offers to sign in again. */
export function signedInErrorBox(ctx: AppContext, thrown: unknown): { box: HTMLElement; code: string } {
  const error = toApiError(thrown);
  const box = errorBox(methodProblem(error), ctx.boot.branding?.helpdesk);
  if (error.code === 'auth.step_up_required') {
    // The change needs a recent step-up: verify again with one of the registered methods, then
    // come back to security info and try once more.
    box.append(
      h(
        'button',
        { type: 'button', class: 'primary', 'data-testid': 'step-up-again', onclick: () => void stepUpAgain(ctx) },
        t('step-up-again'),
      ),
    );
  } else if (sessionEnded(error.code)) {
    box.append(
      h(
        'button',
        { type: 'button', class: 'primary', 'data-testid': 'sign-in-again', onclick: () => ctx.go('sign-in') },
        t('sign-in-again'),
      ),
    );
  }
  return { box, code: error.code };
}
