import { describe, expect, it } from 'vitest';
import { loadLocale, t } from '../src/i18n';
import { pseudo } from '../src/pseudo';
import enUS from '../../locales/en-US/app.ftl?raw';

describe('pseudo-locale en-XA', () => {
  it('accents, lengthens by 40% and matches the Rust side', () => {
    // The same example is pinned in crates/latchkey-i18n/src/pseudo.rs.
    expect(pseudo('Reset my password')).toBe('Ŕééšééţ ɱýý þààššŵööŕđ~~');
    const s = 'Your organization requires a minimum number of methods.';
    expect([...pseudo(s)].length).toBeGreaterThanOrEqual(Math.ceil(s.length * 1.4));
  });

  it('formats every message in brackets with variables left alone', () => {
    loadLocale({ locale: 'en-XA', ftl: [{ locale: 'en-XA', source: enUS }] });
    expect(document.documentElement.lang).toBe('en-XA');
    expect(t('start-flow-reset')).toBe('[Ŕééšééţ ɱýý þààššŵööŕđ~~]');
    const sent = t('code-sent', { hint: 'a***@contoso.com' });
    expect(sent).toContain('a***@contoso.com');
    expect(sent.startsWith('[') && sent.endsWith(']')).toBe(true);
    loadLocale({ locale: 'en-US', ftl: [{ locale: 'en-US', source: enUS }] });
    expect(t('start-flow-reset')).toBe('Reset my password');
  });
});
