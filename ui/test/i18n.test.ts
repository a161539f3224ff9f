import { FluentResource } from '@fluent/bundle';
import { describe, expect, it, vi } from 'vitest';
import { errorMessageId, errorText, has, isRtl, loadLocale, resolveErrorMessageId, t } from '../src/i18n';
import { withBuiltin } from '../src/app';
import { resetProblem } from '../src/screens/reset';
import { FTL, localeBundle } from './fixtures';

function messageIds(source: string): string[] {
  return new FluentResource(source).body.map((m) => m.id).filter((id) => !id.startsWith('-'));
}

/** Messages that start a line: catches entries the lenient runtime parser drops as junk. */
function declaredIds(source: string): string[] {
  return [...source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!);
}

const sources = import.meta.glob('../src/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const CONTRACT_ERROR_CODES = [
  'auth.invalid_credentials',
  'auth.account_locked',
  'auth.account_disabled',
  'auth.rate_limited',
  'password.too_short',
  'password.too_long',
  'password.banned',
  'password.breached',
  'password.too_weak',
  'password.contains_user_info',
  'password.reused',
  'password.mismatch',
  'password.same_as_current',
  'tenant.not_found',
  'network.unreachable',
  'network.timeout',
  'network.tls',
  'network.bad_response',
  'config.no_tenant',
  'internal.error',
  'session.expired',
  'auth.mfa_required',
  'auth.password_change_required',
  'mfa.code_invalid',
  'mfa.code_expired',
  'mfa.attempts_exceeded',
  'mfa.method_not_verified',
  'mfa.not_required',
  'methods.would_leave_too_few',
  'methods.not_allowed',
  'methods.not_found',
  'methods.limit_reached',
  'totp.code_invalid',
  'totp.code_reused',
  'totp.code_malformed',
  'contact.email_invalid',
  'contact.phone_invalid',
  'code.invalid',
  'code.expired',
  'code.attempts_exceeded',
  'code.rate_limited',
  'delivery.failed',
  'questions.too_few',
  'questions.answer_too_short',
  'questions.answer_too_long',
  'questions.duplicate_answer',
  'questions.unknown_question',
  'questions.not_allowed_for_admins',
  'questions.disabled',
  'security_key.no_device',
  'security_key.timeout',
  'security_key.cancelled',
  'security_key.rejected',
  'security_key.counter_regressed',
  'questions.wrong_answers',
  'backup_code.invalid',
  'reset.disabled',
  'reset.expired',
  'reset.not_found',
  'reset.blocked',
  'reset.more_methods_needed',
  'reset.strong_method_required',
  'reset.unlock_disabled',
  'captcha.invalid',
  'captcha.expired',
];

/** Areas with a general message, used for a code of theirs this version doesn't know. */
const ERROR_AREAS = [
  'auth',
  'password',
  'network',
  'request',
  'config',
  'tenant',
  'session',
  'internal',
  'mfa',
  'methods',
  'totp',
  'contact',
  'code',
  'delivery',
  'questions',
  'security_key',
  'reset',
  'captcha',
];

describe('locale files', () => {
  const en = messageIds(FTL['en-US']);
  const de = messageIds(FTL.de);

  it('parse without junk', () => {
    expect(en).toEqual(declaredIds(FTL['en-US']));
    expect(de).toEqual(declaredIds(FTL.de));
    expect(en.length).toBeGreaterThan(50);
  });

  it('have every id referenced in ui/src with a literal t() call', () => {
    const referenced = new Set<string>();
    for (const [path, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) referenced.add(m[1]!);
      expect(path).not.toMatch(/\.test\.ts$/);
    }
    expect(referenced.size).toBeGreaterThan(40);
    expect([...referenced].filter((id) => !en.includes(id))).toEqual([]);
  });

  it('have the ids built at run time: errors, rules, strengths, flows', () => {
    const dynamic = [
      ...CONTRACT_ERROR_CODES.map(errorMessageId),
      ...ERROR_AREAS.map(errorMessageId),
      'error-unknown',
      ...['length', 'not_banned', 'not_breached', 'strength', 'no_user_info'].map((r) => `password-rule-${r.replace(/_/g, '-')}`),
      ...[0, 1, 2, 3, 4].map((n) => `password-strength-${n}`),
    ];
    expect(dynamic.filter((id) => !en.includes(id))).toEqual([]);
  });

  it('de has every en-US id and no others', () => {
    expect(en.filter((id) => !de.includes(id))).toEqual([]);
    expect(de.filter((id) => !en.includes(id))).toEqual([]);
  });

  it('use the same variables in de as in en-US', () => {
    const vars = (source: string) => {
      const out = new Map<string, string>();
      for (const block of source.split(/\n(?=[a-z][\w-]*\s*=)/)) {
        const id = /^([a-z][\w-]*)\s*=/.exec(block)?.[1];
        if (id) out.set(id, [...new Set([...block.matchAll(/\{\s*\$(\w+)/g)].map((m) => m[1]))].sort().join(','));
      }
      return out;
    };
    const en = vars(FTL['en-US']);
    const de = vars(FTL.de);
    for (const [id, v] of en) expect([id, de.get(id)]).toEqual([id, v]);
  });
});

describe('i18n', () => {
  it('maps error codes to Fluent ids', () => {
    expect(errorMessageId('auth.invalid_credentials')).toBe('error-auth-invalid-credentials');
    expect(errorMessageId('network.bad_response')).toBe('error-network-bad-response');
    expect(errorMessageId('internal.error')).toBe('error-internal-error');
  });

  it('falls back from a code to its area, then to error-unknown naming the code', () => {
    loadLocale(localeBundle('en-US'));
    expect(resolveErrorMessageId('auth.invalid_credentials')).toBe('error-auth-invalid-credentials');
    expect(resolveErrorMessageId('request.unknown_field')).toBe('error-request');
    expect(resolveErrorMessageId('quota.exceeded')).toBe('error-unknown');
    const text = errorText({ code: 'quota.exceeded' });
    expect(text).toContain('quota.exceeded');
    expect(text).toContain('help desk');
  });

  it('gives every new error code its args in both languages', () => {
    for (const locale of ['en-US', 'de'] as const) {
      loadLocale(localeBundle(locale));
      expect(errorText({ code: 'code.rate_limited', args: { retry_after_secs: 45 } })).toContain('45');
      expect(errorText({ code: 'questions.too_few', args: { min: 3 } })).toContain('3');
      expect(errorText({ code: 'questions.answer_too_short', args: { index: 2, min: 3 } })).toMatch(/2.*3/);
      expect(errorText({ code: 'questions.answer_too_long', args: { index: 4, max: 40 } })).toMatch(/4.*40/);
      expect(errorText({ code: 'questions.duplicate_answer', args: { index: 3 } })).toContain('3');
      expect(errorText({ code: 'methods.not_allowed', args: { kind: 'Security key' } })).toContain('Security key');
      expect(resolveErrorMessageId('security_key.something_new')).toBe('error-security-key');
      expect(errorText({ code: 'reset.more_methods_needed', args: { remaining: 2 } })).toContain('2');
      expect(resetProblem({ code: 'reset.blocked', args: { retry_after_secs: 86_400 } }).message).toContain('24');
      expect(resetProblem({ code: 'reset.blocked', args: { retry_after_secs: 5400 } }).message).toContain('2');
      // No args at all still reads as a sentence (24 hours by default).
      expect(resetProblem({ code: 'reset.blocked' }).message).toContain('24');
    }
  });

  it('formats args, including plurals', () => {
    loadLocale(localeBundle('en-US'));
    expect(errorText({ code: 'auth.rate_limited', args: { retry_after_secs: 30 } })).toContain('Wait 30 seconds');
    expect(errorText({ code: 'auth.rate_limited', args: { retry_after_secs: 1 } })).toContain('Wait 1 second,');
    loadLocale(localeBundle('de'));
    expect(errorText({ code: 'auth.rate_limited', args: { retry_after_secs: 30 } })).toContain('Warten Sie 30 Sekunden');
  });

  it('uses the chosen locale and falls back to en-US for a missing message', () => {
    loadLocale({
      locale: 'de',
      ftl: [
        { locale: 'de', source: 'change-title = Kennwort ändern\n' },
        { locale: 'en-US', source: FTL['en-US'] },
      ],
    });
    expect(t('change-title')).toBe('Kennwort ändern');
    expect(t('change-submit')).toBe('Change password');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('returns the id and warns when no bundle has the message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    loadLocale(localeBundle('en-US'));
    expect(has('no-such-message')).toBe(false);
    expect(t('no-such-message')).toBe('no-such-message');
    expect(warn).toHaveBeenCalled();
  });

  it('sets dir=rtl for Arabic, Hebrew, Persian and Urdu', () => {
    for (const locale of ['ar', 'he-IL', 'fa', 'ur-PK']) {
      expect(isRtl(locale)).toBe(true);
      loadLocale({ locale, ftl: [{ locale: 'en-US', source: FTL['en-US'] }] });
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe(locale);
    }
    expect(isRtl('de')).toBe(false);
    expect(isRtl('en-US')).toBe(false);
  });
});

describe('the built-in English', () => {
  it('is not parsed a second time when the chain already holds it', () => {
    const chain = localeBundle('en-US');
    expect(withBuiltin(chain).ftl).toHaveLength(chain.ftl.length);
    const germanOnly = { locale: 'de', ftl: [localeBundle('de').ftl[0]!] };
    expect(withBuiltin(germanOnly).ftl.map((f) => f.locale)).toEqual(['de', 'en-US']);
  });
});
