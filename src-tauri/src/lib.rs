//! Latchkey desktop app: the Rust side owns all I/O (network, disk cache, locale), the UI in
//! `ui/` only renders and collects input through the commands in `commands/`.
//!
//! Must not: let the UI reach the network, keep user secrets after a command returns, or write
//! user data to disk in kiosk mode.

pub mod applog;
pub mod authenticator;
pub mod branding_cache;
pub mod client;
pub mod clipboard;
pub mod commands;
pub mod diagnose;
pub mod error;
pub mod kiosk;
pub mod machine_policy;
#[cfg(test)]
mod policy_docs;
pub mod stay_signed_in;

use client::ApiClient;
use latchkey_proto::PasswordPolicy;
use machine_policy::{MachinePolicy, PolicyProblem};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;
use tauri::Manager;

/// When the process started the app (for the start-up marks in the debug log).
static STARTED: OnceLock<Instant> = OnceLock::new();

/// A start-up mark in the debug log: `startup: {what} after N ms`.
pub fn startup_mark(what: &str) {
    if let Some(t) = STARTED.get() {
        applog::log(
            machine_policy::LogLevel::Debug,
            &format!("startup: {what} after {} ms", t.elapsed().as_millis()),
        );
    }
}

/// Flows the app implements today; the machine policy can only narrow them.
pub const IMPLEMENTED_FLOWS: [&str; 4] = ["reset", "unlock", "change", "security_info"];

/// State shared by the commands.
#[derive(Debug)]
pub struct AppState {
    pub policy: MachinePolicy,
    pub policy_problem: Option<PolicyProblem>,
    /// The policy keys IT set (shown with a lock as "Set by your organization").
    pub managed: Vec<String>,
    pub client: Option<ApiClient>,
    pub session: Mutex<SessionState>,
    /// Kiosk mode's idle clock.
    pub visit: kiosk::Visit,
    /// Written only through `clipboard_write`, so a kiosk visit's end knows to clear it.
    pub clipboard: clipboard::Clipboard,
    /// The branding refresh of the bootstrap the window carried, until the UI listens (`app_refresh`).
    pub pending_refresh: Mutex<Option<commands::app::PendingRefresh>>,
}

/// What the app learned since start: the negotiated language chain and the tenant's rules.
#[derive(Debug, Default, Clone)]
pub struct SessionState {
    pub locale_chain: Vec<String>,
    pub password_policy: Option<PasswordPolicy>,
    /// The signed-in session for "My security info"; memory only.
    pub token: Option<latchkey_proto::Secret>,
    /// The reset or unlock in progress; memory only.
    pub reset_id: Option<latchkey_proto::Secret>,
    /// Counts the times the app let go of the person's reset or session (cancel, sign-out, the
    /// end of a kiosk visit). A start or sign-in whose answer arrives after that is stale.
    pub released: u64,
}

impl SessionState {
    /// Lets go of the reset in progress (to be cancelled on the server by the caller).
    pub fn take_reset(&mut self) -> Option<latchkey_proto::Secret> {
        self.released += 1;
        self.reset_id.take()
    }

    /// Lets go of the signed-in session (to be ended on the server by the caller).
    pub fn take_token(&mut self) -> Option<latchkey_proto::Secret> {
        self.released += 1;
        self.token.take()
    }

    /// Keeps what a start or sign-in begun at `since` (`released` then) brought back, unless
    /// the person's part was let go of while it was on its way: then it is handed back, for the
    /// caller to end on the server, and nothing of it stays for the next person.
    pub fn keep_if_current<T>(&mut self, since: u64, value: T, put: impl FnOnce(&mut Self, T)) -> Option<T> {
        if self.released == since {
            put(self, value);
            None
        } else {
            Some(value)
        }
    }
}

impl AppState {
    pub fn from_environment() -> AppState {
        let (loaded, mut policy_problem) = match MachinePolicy::load() {
            Ok(p) => (p, None),
            Err(problem) => (machine_policy::LoadedPolicy::default(), Some(problem)),
        };
        let policy = loaded.policy.clone();
        let client = match (&policy.tenant_url, &policy.tenant) {
            (Some(url), Some(tenant)) => match ApiClient::new(url, tenant, &policy) {
                Ok(c) => Some(c),
                Err((key, detail)) => {
                    policy_problem = Some(PolicyProblem {
                        path: loaded.origin(key).unwrap_or_default(),
                        key: Some(key.to_string()),
                        detail,
                    });
                    None
                }
            },
            _ => None,
        };
        let managed = loaded.managed;
        AppState {
            policy,
            policy_problem,
            managed,
            client,
            session: Mutex::new(SessionState::default()),
            visit: kiosk::Visit::default(),
            clipboard: clipboard::Clipboard::default(),
            pending_refresh: Mutex::new(None),
        }
    }

    /// `SessionState::released` now: taken before a start or sign-in goes to the server.
    pub fn released(&self) -> u64 {
        self.session.lock().map(|s| s.released).unwrap_or(u64::MAX)
    }

    /// `SessionState::keep_if_current` under the lock; a poisoned lock keeps nothing.
    pub fn keep_if_current<T>(&self, since: u64, value: T, put: impl FnOnce(&mut SessionState, T)) -> Option<T> {
        match self.session.lock() {
            Ok(mut s) => s.keep_if_current(since, value, put),
            Err(_) => Some(value),
        }
    }

    pub fn locale(&self) -> String {
        self.session
            .lock()
            .ok()
            .and_then(|s| s.locale_chain.first().cloned())
            .unwrap_or_else(|| latchkey_i18n::DEFAULT_LOCALE.to_string())
    }
}

/// The UI's word that the first screen is on the page: a start-up mark in the debug log, with
/// the page's own clock (milliseconds since its navigation started) when its script began and
/// when the screen was rendered.
#[tauri::command]
fn app_started(script_ms: f64, render_ms: f64) {
    startup_mark(&format!(
        "first screen rendered (page clock: script {script_ms:.0} ms, screen {render_ms:.0} ms)"
    ));
}

pub fn run() {
    STARTED.get_or_init(Instant::now);
    let state = AppState::from_environment();
    let kiosk = state.policy.kiosk;
    let idle_secs = state.policy.idle_timeout_secs;
    // Kiosk mode keeps no log file: nothing of a visit on disk.
    if !kiosk && let Some(dir) = applog::dir() {
        applog::init(&dir, state.policy.log_level);
    }
    applog::install_panic_hook();
    applog::log(
        machine_policy::LogLevel::Info,
        &format!("Latchkey {} starting", env!("CARGO_PKG_VERSION")),
    );
    if let Some(p) = &state.policy_problem {
        // The file and key only: a value (a proxy URL with a password) never goes to the log.
        applog::log(
            machine_policy::LogLevel::Error,
            &format!(
                "machine policy problem in {} at key {}",
                p.path,
                p.key.as_deref().unwrap_or("-")
            ),
        );
    }
    // A kiosk runs once per display: a second start raises the first and leaves.
    let instance = if kiosk {
        match kiosk::SingleInstance::acquire() {
            Some(i) => Some(i),
            None => {
                applog::log(machine_policy::LogLevel::Info, "a kiosk already runs on this display");
                return;
            }
        }
    } else {
        None
    };
    startup_mark("policy read");
    tauri::Builder::default()
        .manage(state)
        .setup(move |app| {
            startup_mark("event loop ready");
            // The start screen's data goes with the window's first page load when it needs no
            // network: the page shows it in its first frame, without a round trip.
            let first = {
                let state = app.state::<AppState>();
                commands::app::first_bootstrap(&state).map(|(boot, pending)| {
                    if let Ok(mut p) = state.pending_refresh.lock() {
                        *p = pending;
                    }
                    boot
                })
            };
            kiosk::build_main_window(app, kiosk, first.as_ref())?;
            startup_mark("window built");
            if let Some(i) = instance {
                i.serve(app.handle().clone());
            }
            if kiosk {
                kiosk::spawn_idle_clock(app.handle().clone(), idle_secs);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_bootstrap,
            commands::app::app_refresh,
            commands::i18n::i18n_set_locale,
            commands::password::password_evaluate,
            commands::password::password_change,
            commands::security::session_sign_in,
            commands::security::session_sign_out,
            commands::security::session_resume,
            commands::security::session_mfa_challenge,
            commands::security::session_mfa_verify,
            commands::security::methods_list,
            commands::security::methods_confirm,
            commands::security::registration_skip,
            commands::security::method_remove,
            commands::security::method_set_default,
            commands::security::totp_start_enrollment,
            commands::security::totp_finish_enrollment,
            commands::security::email_start,
            commands::security::email_verify,
            commands::security::phone_start,
            commands::security::phone_verify,
            commands::security::questions_list,
            commands::security::questions_save,
            commands::security::backup_codes_generate,
            commands::security::security_key_register,
            commands::reset::reset_start,
            commands::reset::reset_challenge,
            commands::reset::reset_verify,
            commands::reset::reset_set_password,
            commands::reset::reset_unlock,
            commands::reset::reset_cancel,
            kiosk::kiosk_activity,
            diagnose::diagnose_run,
            diagnose::diagnose_report,
            kiosk::kiosk_end_visit,
            clipboard::clipboard_write,
            app_started,
        ])
        .run(tauri::generate_context!())
        .expect("the Latchkey window could not start");
}

#[cfg(test)]
mod tests {
    use super::SessionState;
    use latchkey_proto::Secret;

    #[test]
    fn a_reset_started_before_a_cancel_is_handed_back_not_kept() {
        let mut s = SessionState::default();
        let since = s.released;
        // The person cancels (or the kiosk visit ends) while the start is on its way.
        assert_eq!(s.take_reset(), None);
        let stale = s.keep_if_current(since, Secret::new("r-1"), |s, id| s.reset_id = Some(id));
        assert_eq!(
            stale,
            Some(Secret::new("r-1")),
            "handed back, to be cancelled on the server"
        );
        assert_eq!(s.reset_id, None, "nothing of it stays for the next person");
    }

    #[test]
    fn a_sign_in_answered_after_a_sign_out_is_handed_back_not_kept() {
        let mut s = SessionState::default();
        let since = s.released;
        assert_eq!(s.take_token(), None);
        let stale = s.keep_if_current(since, Secret::new("t-1"), |s, t| s.token = Some(t));
        assert_eq!(stale, Some(Secret::new("t-1")));
        assert_eq!(s.token, None);
    }

    #[test]
    fn an_answer_with_nothing_let_go_of_meanwhile_is_kept() {
        let mut s = SessionState::default();
        s.take_reset(); // an earlier visit's end
        let since = s.released;
        assert_eq!(
            s.keep_if_current(since, Secret::new("r-2"), |s, id| s.reset_id = Some(id)),
            None
        );
        assert_eq!(s.reset_id, Some(Secret::new("r-2")));
        // Letting go of it later hands it over once, and bumps the count again.
        assert_eq!(s.take_reset(), Some(Secret::new("r-2")));
        assert_eq!(s.released, since + 1);
    }
}
