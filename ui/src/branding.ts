import type { Branding, Palette } from './api/types';

/** The default look, for a start without any branding (no tenant, nothing cached). */
const DEFAULT_PALETTE: Palette = {
  primary: '#0f6cbd',
  on_primary: '#ffffff',
  background: '#ffffff',
  text: '#242424',
  accent: '#0f6cbd',
};

/** Only `#rgb` / `#rrggbb`: anything else from the server is ignored rather than put into CSS. */
export function isHexColor(color: string | undefined): color is string {
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color ?? '');
}

/**
 * Applies the tenant's palette. It is computed by the server from the tenant's colors (readable
 * at WCAG AA, the same code that writes the portal's `branding.css`), never here; a value that is
 * not a hex color falls back to the default look's.
 */
export function applyBranding(branding: Branding | null, root: HTMLElement = document.documentElement): void {
  const p = branding?.palette;
  const pick = (key: keyof Palette) => (isHexColor(p?.[key]) ? p![key] : DEFAULT_PALETTE[key]);
  root.style.setProperty('--brand-primary', pick('primary'));
  root.style.setProperty('--brand-on-primary', pick('on_primary'));
  root.style.setProperty('--brand-background', pick('background'));
  root.style.setProperty('--brand-text', pick('text'));
  root.style.setProperty('--brand-accent', pick('accent'));
  document.title = branding?.name || 'Latchkey';
}

/** Logos may be inline images or come from the web; nothing else is loaded. */
export function safeLogoUrl(url: string | undefined): string | null {
  if (!url) return null;
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(url) || /^https?:\/\//i.test(url) ? url : null;
}

export function safeWebUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
