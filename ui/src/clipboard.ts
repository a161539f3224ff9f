/**
 * Copies text to the clipboard. The desktop app writes it from Rust (`useClipboardWriter`), so
 * the end of a kiosk visit can empty it even when the page does not. In a browser the async
 * clipboard API needs a secure context and permission; where it is missing, a hidden selection
 * and `execCommand('copy')` still work.
 */
let wrote = false;
let writer: ((text: string) => Promise<boolean>) | undefined;

/** The desktop's Rust-side clipboard; `undefined` for the browser's own. */
export function useClipboardWriter(write: ((text: string) => Promise<boolean>) | undefined): void {
  writer = write;
}

/** True once this app put something on the clipboard (until `clearIfWritten`). */
export function wroteClipboard(): boolean {
  return wrote;
}

/** Empties the clipboard when this app wrote to it (kiosk visits end with this). */
export async function clearIfWritten(): Promise<void> {
  if (!wrote) return;
  await copyText('');
  wrote = false;
}

export async function copyText(text: string): Promise<boolean> {
  wrote = wrote || text !== '';
  if (writer) {
    try {
      return await writer(text);
    } catch {
      return false;
    }
  }
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const focused = document.activeElement as HTMLElement | null;
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus();
  return ok;
}
