//! Latchkey desktop app: the Rust side owns all I/O (network, disk cache, locale), the UI in
//! `ui/` only renders and collects input through the commands in `commands/`.
//!
//! Must not: let the UI reach the network, keep user secrets after a command returns, or write
//! user data to disk in kiosk mode.

pub mod authenticator;
pub mod branding_cache;
pub mod client;
pub mod commands;
pub mod error;
pub mod machine_policy;

use client::ApiClient;
use latchkey_proto::PasswordPolicy;
use machine_policy::{MachinePolicy, PolicyProblem};
use std::sync::Mutex;
use tauri::Manager;

/// Flows the app implements today; the machine policy can only narrow them.
pub const IMPLEMENTED_FLOWS: [&str; 4] = ["reset", "unlock", "change", "security_info"];

/// State shared by the commands.
#[derive(Debug)]
pub struct AppState {
    pub policy: MachinePolicy,
    pub policy_problem: Option<PolicyProblem>,
    pub client: Option<ApiClient>,
    pub session: Mutex<SessionState>,
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
}

impl AppState {
    pub fn from_environment() -> AppState {
        let (policy, policy_problem) = match MachinePolicy::load() {
            Ok(p) => (p, None),
            Err(problem) => (MachinePolicy::default(), Some(problem)),
        };
        let client = match (&policy.tenant_url, &policy.tenant) {
            (Some(url), Some(tenant)) => ApiClient::new(url, tenant, policy.kiosk).ok(),
            _ => None,
        };
        AppState {
            policy,
            policy_problem,
            client,
            session: Mutex::new(SessionState::default()),
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

pub fn run() {
    let state = AppState::from_environment();
    let kiosk = state.policy.kiosk;
    tauri::Builder::default()
        .manage(state)
        .setup(move |app| {
            if kiosk && let Some(window) = app.get_webview_window("main") {
                // Shared machine: the app is the whole screen and cannot be moved away from.
                window.set_decorations(false)?;
                window.set_fullscreen(true)?;
                window.set_always_on_top(true)?;
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_bootstrap,
            commands::i18n::i18n_set_locale,
            commands::password::password_evaluate,
            commands::password::password_change,
            commands::security::session_sign_in,
            commands::security::session_sign_out,
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
        ])
        .run(tauri::generate_context!())
        .expect("the Latchkey window could not start");
}
