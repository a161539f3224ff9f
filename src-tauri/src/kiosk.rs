//! Kiosk mode: a shared machine where each visit must leave nothing behind.
//!
//! The window is built here (not from the config alone): full screen sized to the monitor
//! explicitly (a bare X session has no window manager to honour "fullscreen"), undecorated,
//! always on top, an incognito webview (no storage or cache on disk), dev tools off, and no
//! navigation away from the app in any mode.
//!
//! A visit ends when the UI says so (`kiosk_end_visit`: a finished or cancelled flow) or when
//! the Rust idle clock runs out, whatever the page does: the reset in progress is cancelled on
//! the server, the sign-in session ended, the clipboard emptied if the app wrote it, webview
//! storage and cache emptied, the language set back to the policy's, and the UI told to show the
//! start screen (`kiosk-wiped`).

use crate::AppState;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager};

/// The UI's event: the visit was wiped; show the start screen in the policy's language.
pub const WIPED_EVENT: &str = "kiosk-wiped";

/// Seconds the Rust clock allows beyond the policy's idle timeout, so the page's own warning
/// ("I'm still here") gets its chance first.
pub const GRACE_SECS: u64 = 3;

/// The kiosk's clock: the last input the UI reported.
#[derive(Debug)]
pub struct Visit {
    last_input: Mutex<Instant>,
}

impl Default for Visit {
    fn default() -> Self {
        Visit {
            last_input: Mutex::new(Instant::now()),
        }
    }
}

impl Visit {
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_input.lock() {
            *t = Instant::now();
        }
    }

    pub fn idle_for(&self) -> Duration {
        self.last_input.lock().map(|t| t.elapsed()).unwrap_or_default()
    }
}

/// Only the app's own pages: the bundled UI (custom protocol) or, in development, the dev server.
pub fn allowed_navigation(url: &url::Url) -> bool {
    match url.scheme() {
        "tauri" => true,
        "http" | "https" => {
            matches!(url.host_str(), Some("tauri.localhost") | Some("localhost"))
                && (url.host_str() == Some("tauri.localhost") || cfg!(debug_assertions))
        }
        _ => false,
    }
}

/// WebKitGTK refuses WebDriver automation for incognito webviews, so debug builds driven by
/// the E2E tests (`TAURI_WEBVIEW_AUTOMATION=true`, set by tauri-driver) keep the kiosk's
/// webview data in a throw-away directory instead; release builds are always incognito.
fn test_data_dir() -> Option<std::path::PathBuf> {
    if !cfg!(debug_assertions) || std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() != Ok("true") {
        return None;
    }
    Some(std::env::temp_dir().join(format!("latchkey-kiosk-webview-{}", std::process::id())))
}

/// Builds the main window from `tauri.conf.json` (where it has `create: false`), locked down
/// when the policy says kiosk. `first`: the start screen's data, handed to the first page load
/// (the UI reads it once, `window.__LATCHKEY_BOOTSTRAP__`).
pub fn build_main_window(
    app: &tauri::App,
    kiosk: bool,
    first: Option<&crate::commands::app::Bootstrap>,
) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
        .unwrap_or_default();
    let mut builder = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .on_navigation(allowed_navigation)
        .on_new_window(|_, _| tauri::webview::NewWindowResponse::Deny);
    if let Some(boot) = first.and_then(|b| serde_json::to_string(b).ok()) {
        builder = builder.initialization_script(format!("window.__LATCHKEY_BOOTSTRAP__ = {boot};"));
    }
    if kiosk {
        builder = match test_data_dir() {
            Some(dir) => builder.data_directory(dir),
            None => builder.incognito(true),
        };
        builder = builder
            .devtools(false)
            .decorations(false)
            .always_on_top(true)
            .resizable(false)
            .skip_taskbar(true);
    }
    let window = builder.build()?;
    if kiosk {
        // Without a window manager "fullscreen" is only a hint: cover the monitor explicitly.
        let monitor = window.current_monitor()?.or(window.primary_monitor()?);
        if let Some(m) = monitor {
            window.set_position(*m.position())?;
            window.set_size(*m.size())?;
        }
        window.set_fullscreen(true)?;
        window.set_focus()?;
    }
    Ok(())
}

/// One kiosk per display: the first instance holds a name (Linux: an abstract Unix socket,
/// nothing on disk; elsewhere an exclusive lock on a file in the temp dir). A second start finds
/// it taken, asks the first to come to the front, and returns `None` (the caller exits).
pub struct SingleInstance {
    #[cfg(target_os = "linux")]
    listener: std::os::unix::net::UnixListener,
    #[cfg(not(target_os = "linux"))]
    _lock: std::fs::File,
}

impl std::fmt::Debug for SingleInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SingleInstance")
    }
}

fn instance_name() -> String {
    let display = std::env::var("WAYLAND_DISPLAY")
        .or_else(|_| std::env::var("DISPLAY"))
        .unwrap_or_default();
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    format!("org.latchkey.desktop.kiosk.{user}.{display}")
}

impl SingleInstance {
    #[cfg(target_os = "linux")]
    pub fn acquire() -> Option<SingleInstance> {
        use std::os::linux::net::SocketAddrExt;
        use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
        let name = instance_name();
        let addr = SocketAddr::from_abstract_name(name.as_bytes()).ok()?;
        match UnixListener::bind_addr(&addr) {
            Ok(listener) => Some(SingleInstance { listener }),
            Err(_) => {
                // Taken: wake the running kiosk (it raises its window) and step aside.
                let _ = UnixStream::connect_addr(&addr);
                None
            }
        }
    }

    #[cfg(not(target_os = "linux"))]
    pub fn acquire() -> Option<SingleInstance> {
        let path = std::env::temp_dir().join(format!("{}.lock", instance_name().replace([':', '/', '\\'], "_")));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .ok()?;
        file.try_lock().ok()?;
        Some(SingleInstance { _lock: file })
    }

    /// Raises the main window whenever a second start knocks.
    pub fn serve(self, app: AppHandle) {
        #[cfg(target_os = "linux")]
        std::thread::spawn(move || {
            for conn in self.listener.incoming() {
                drop(conn);
                if let Some(w) = app.get_webview_window("main") {
                    let _ = w.set_focus();
                }
            }
        });
        #[cfg(not(target_os = "linux"))]
        {
            let _ = app;
            std::mem::forget(self);
        }
    }
}

/// Ends the visit: nothing of the person stays in the app or on the server.
pub async fn wipe(app: &AppHandle) {
    let state = app.state::<AppState>();
    let (reset_id, token) = match state.session.lock() {
        Ok(mut s) => (s.take_reset(), s.take_token()),
        Err(_) => (None, None),
    };
    if let Some(client) = state.client.clone() {
        let locale = state.locale();
        if let Some(id) = reset_id {
            let _ = client.cancel_reset(&id, &locale).await;
        }
        if let Some(token) = token {
            let _ = client.sign_out(&token, &locale).await;
        }
    }
    state.clipboard.clear_if_written();
    if let Ok(mut s) = state.session.lock() {
        s.locale_chain.clear();
    }
    state.visit.touch();
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.clear_all_browsing_data();
    }
    let _ = app.emit(WIPED_EVENT, ());
}

/// The Rust idle clock: wipes a visit left alone, even when the page cannot.
pub fn spawn_idle_clock(app: AppHandle, idle_secs: u64) {
    if idle_secs == 0 {
        return;
    }
    let limit = Duration::from_secs(idle_secs + GRACE_SECS);
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let state = app.state::<AppState>();
            let active = state.clipboard.written()
                || state
                    .session
                    .lock()
                    .map(|s| s.reset_id.is_some() || s.token.is_some())
                    .unwrap_or(false);
            if state.visit.idle_for() >= limit {
                if active {
                    wipe(&app).await;
                } else {
                    state.visit.touch();
                }
            }
        }
    });
}

/// The UI reports input (throttled), restarting the idle clock.
#[tauri::command]
pub fn kiosk_activity(state: tauri::State<'_, AppState>) {
    state.visit.touch();
}

/// The UI ends the visit (finished or cancelled flow, or its own idle notice ran out).
#[tauri::command]
pub async fn kiosk_end_visit(app: AppHandle) -> Result<(), crate::error::CommandError> {
    wipe(&app).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_app_itself_is_reachable() {
        let ok = |u: &str| allowed_navigation(&url::Url::parse(u).unwrap());
        assert!(ok("tauri://localhost/index.html"));
        assert!(ok("http://tauri.localhost/index.html"));
        assert!(!ok("https://help.contoso.com/"));
        assert!(!ok("mailto:help@contoso.com"));
        assert!(!ok("file:///etc/passwd"));
        assert!(!ok("http://tauri.localhost.evil.example/"));
    }
}
