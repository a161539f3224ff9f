import type { Branding } from './api/types';

const DEFAULTS = { primary: '#0f6cbd', background: '#ffffff', text: '#242424' };
const DARK = '#111111';
const LIGHT = '#ffffff';

type Rgb = [number, number, number];

/** Only `#rgb` / `#rrggbb`: anything else from the server is ignored rather than put into CSS. */
export function parseHex(color: string | undefined): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function bestOn(background: Rgb): string {
  return contrast(parseHex(DARK)!, background) >= contrast(parseHex(LIGHT)!, background) ? DARK : LIGHT;
}

export interface Palette {
  primary: string;
  onPrimary: string;
  background: string;
  text: string;
  /** primary if readable on the background (links, focus rings, headings), else the text color */
  accent: string;
}

/**
 * Tenant colors, adjusted so text stays readable (WCAG AA 4.5:1): a text color that is too faint
 * on the background is replaced by black or white, and button labels pick whichever of the two
 * reads better on the primary color.
 */
export function palette(colors: Branding['colors'] | undefined): Palette {
  const primary = parseHex(colors?.primary) ? colors!.primary : DEFAULTS.primary;
  const background = parseHex(colors?.background) ? colors!.background : DEFAULTS.background;
  const bg = parseHex(background)!;
  let text = parseHex(colors?.text) ? colors!.text : DEFAULTS.text;
  if (contrast(parseHex(text)!, bg) < 4.5) text = bestOn(bg);
  const accent = contrast(parseHex(primary)!, bg) >= 4.5 ? primary : text;
  return { primary, onPrimary: bestOn(parseHex(primary)!), background, text, accent };
}

export function applyBranding(branding: Branding | null, root: HTMLElement = document.documentElement): void {
  const p = palette(branding?.colors);
  root.style.setProperty('--brand-primary', p.primary);
  root.style.setProperty('--brand-on-primary', p.onPrimary);
  root.style.setProperty('--brand-background', p.background);
  root.style.setProperty('--brand-text', p.text);
  root.style.setProperty('--brand-accent', p.accent);
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
