import { describe, expect, it } from 'vitest';
import { applyBranding, safeLogoUrl } from '../src/branding';
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

  it("applies the server's palette, the rule's one copy", () => {
    const branding = bootstrap().branding!;
    branding.palette = { primary: '#ffe600', on_primary: '#111111', background: '#ffffff', text: '#242424', accent: '#242424' };
    applyBranding(branding);
    const style = document.documentElement.style;
    expect(style.getPropertyValue('--brand-primary')).toBe('#ffe600');
    expect(style.getPropertyValue('--brand-on-primary')).toBe('#111111');
    expect(style.getPropertyValue('--brand-accent')).toBe('#242424');
  });

  it('ignores colors and logos it cannot trust', () => {
    const branding = bootstrap().branding!;
    branding.palette = { primary: 'red; background: url(x)', on_primary: '#fff', background: '#fff', text: '#000', accent: '#000' };
    applyBranding(branding);
    expect(document.documentElement.style.getPropertyValue('--brand-primary')).toBe('#0f6cbd');
    expect(safeLogoUrl('javascript:alert(1)')).toBeNull();
    expect(safeLogoUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLogoUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeLogoUrl('https://cdn.contoso.test/logo.svg')).toBe('https://cdn.contoso.test/logo.svg');
  });
});
