import { describe, expect, it } from 'vitest';
import { applyBranding, contrast, palette, parseHex, safeLogoUrl } from '../src/branding';
import { bootstrap } from './fixtures';

describe('branding', () => {
  it('sets the CSS custom properties and the title', () => {
    applyBranding(bootstrap().branding);
    const style = document.documentElement.style;
    expect(style.getPropertyValue('--brand-primary')).toBe('#0f6cbd');
    expect(style.getPropertyValue('--brand-background')).toBe('#ffffff');
    expect(style.getPropertyValue('--brand-text')).toBe('#242424');
    expect(document.title).toBe('Contoso');
  });

  it('keeps text readable whatever the tenant picked', () => {
    const p = palette({ primary: '#ffe600', background: '#ffffff', text: '#dddddd' });
    expect(contrast(parseHex(p.text)!, parseHex(p.background)!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(parseHex(p.onPrimary)!, parseHex(p.primary)!)).toBeGreaterThanOrEqual(4.5);
    expect(p.accent).toBe(p.text); // yellow on white is unreadable as a link color
  });

  it('ignores colors and logos it cannot trust', () => {
    expect(palette({ primary: 'red; background: url(x)', background: '#fff', text: '#000' }).primary).toBe('#0f6cbd');
    expect(safeLogoUrl('javascript:alert(1)')).toBeNull();
    expect(safeLogoUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLogoUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeLogoUrl('https://cdn.contoso.test/logo.svg')).toBe('https://cdn.contoso.test/logo.svg');
  });
});
