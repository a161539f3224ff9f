import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { FtlSource, LocaleBundle, WireArgs, WireError } from './api/types';
import { PSEUDO_LOCALE, pseudo } from './pseudo';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

let bundles: FluentBundle[] = [];
let currentLocale = 'en-US';

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split(/[-_]/)[0]!.toLowerCase());
}

/**
 * Installs the fallback chain the Rust side sent (chosen locale first, en-US last) and marks the
 * document with its language and direction.
 */
export function loadLocale(bundle: LocaleBundle, root: HTMLElement = document.documentElement): void {
  const rtl = isRtl(bundle.locale);
  bundles = bundle.ftl.map((ftl) => buildBundle(ftl, rtl));
  currentLocale = bundle.locale;
  root.lang = bundle.locale;
  root.dir = rtl ? 'rtl' : 'ltr';
}

function buildBundle({ locale, source }: FtlSource, rtl: boolean): FluentBundle {
  // Isolation marks keep LTR arguments (codes, numbers) readable in RTL sentences; in LTR
  // locales they only add invisible characters to copied text.
  const fluent = new FluentBundle(locale, {
    useIsolating: rtl,
    ...(locale === PSEUDO_LOCALE ? { transform: pseudo } : {}),
  });
  const errors = fluent.addResource(new FluentResource(source));
  for (const error of errors) console.warn(`ftl ${locale}:`, error);
  return fluent;
}

export function locale(): string {
  return currentLocale;
}

/** Fluent accepts strings, numbers and dates; anything else from the wire is shown as text. */
function fluentArgs(args: WireArgs | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) out[key] = value;
    else if (value !== null && value !== undefined) out[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

export function has(id: string): boolean {
  return bundles.some((b) => b.getMessage(id)?.value);
}

/** Formats `id` from the first bundle in the chain that has it; the id itself if none does. */
export function t(id: string, args?: WireArgs): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, fluentArgs(args), errors);
    for (const error of errors) console.warn(`ftl ${id}:`, error);
    return bundle.locales[0] === PSEUDO_LOCALE ? `[${text}]` : text;
  }
  console.warn(`missing Fluent message: ${id}`);
  return id;
}

/** `auth.invalid_credentials` → `error-auth-invalid-credentials`. */
export function errorMessageId(code: string): string {
  return 'error-' + code.replace(/[._]/g, '-');
}

/**
 * The Fluent id to show for an error code: the exact one, else the area's general message
 * (`request.whatever` → `error-request`), else `error-unknown`, which names the code.
 */
export function resolveErrorMessageId(code: string): string {
  const exact = errorMessageId(code);
  if (has(exact)) return exact;
  const area = code.split('.')[0];
  if (area && area !== code && has(errorMessageId(area))) return errorMessageId(area);
  return 'error-unknown';
}

/** The localized, specific sentence for an error. */
export function errorText(error: WireError): string {
  return t(resolveErrorMessageId(error.code), { ...error.args, code: error.code });
}
