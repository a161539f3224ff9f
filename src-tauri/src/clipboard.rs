//! The clipboard, written only through Rust so the app knows whether it put something there.
//! The end of a kiosk visit (a finished or cancelled flow, or the Rust idle clock when the page
//! does nothing) empties it when the app wrote it, and never touches what another program put
//! there.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The OS clipboard (opened on first use: a machine without one still runs the app) and
/// whether this app wrote to it since the last clear.
#[derive(Default)]
pub struct Clipboard {
    os: Mutex<Option<arboard::Clipboard>>,
    wrote: AtomicBool,
}

impl std::fmt::Debug for Clipboard {
    // Never the text: it may be a TOTP secret or backup codes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clipboard")
            .field("wrote", &self.wrote.load(Ordering::SeqCst))
            .finish_non_exhaustive()
    }
}

impl Clipboard {
    fn with_os<T>(&self, f: impl FnOnce(&mut arboard::Clipboard) -> Result<T, arboard::Error>) -> Option<T> {
        let mut os = self.os.lock().ok()?;
        if os.is_none() {
            *os = arboard::Clipboard::new().ok();
        }
        f(os.as_mut()?).ok()
    }

    /// Puts `text` on the clipboard; false when there is no clipboard to write.
    pub fn write(&self, text: &str) -> bool {
        let ok = self.with_os(|c| c.set_text(text)).is_some();
        if ok && !text.is_empty() {
            self.wrote.store(true, Ordering::SeqCst);
        }
        ok
    }

    /// True when the app wrote the clipboard since the last clear.
    pub fn written(&self) -> bool {
        self.wrote.load(Ordering::SeqCst)
    }

    /// Empties the clipboard if this app wrote it.
    pub fn clear_if_written(&self) {
        if self.wrote.swap(false, Ordering::SeqCst) && self.with_os(|c| c.clear()).is_none() {
            // Could not clear: remember, so the next wipe tries again.
            self.wrote.store(true, Ordering::SeqCst);
        }
    }
}

/// The UI's "copy" (diagnosis report, and outside a kiosk backup codes and the TOTP secret).
#[tauri::command]
pub fn clipboard_write(state: tauri::State<'_, crate::AppState>, text: String) -> bool {
    state.clipboard.write(&text)
}
