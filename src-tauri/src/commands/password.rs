use crate::AppState;
use crate::error::CommandError;
use latchkey_core::password::{self, UserContext};
use latchkey_proto::{PasswordPolicy, PasswordVerdict, Secret};
use serde::Deserialize;
use tauri::State;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluateRequest {
    pub password: Secret,
    #[serde(default)]
    pub username: Option<String>,
    /// The user's own rules, from a finished reset verification; absent: the tenant's.
    #[serde(default)]
    pub policy: Option<PasswordPolicy>,
}

/// Live feedback: the same evaluation the server runs, with the tenant's policy.
#[tauri::command]
pub fn password_evaluate(state: State<'_, AppState>, req: EvaluateRequest) -> Result<PasswordVerdict, CommandError> {
    let tenant_policy = state
        .session
        .lock()
        .ok()
        .and_then(|s| s.password_policy.clone())
        .ok_or_else(|| CommandError::new("config.no_policy"))?;
    let policy = match req.policy {
        Some(own) => PasswordPolicy {
            custom_banned_words: tenant_policy.custom_banned_words,
            tenant_name: tenant_policy.tenant_name,
            ..own
        },
        None => tenant_policy,
    };
    let username = req.username.unwrap_or_default();
    let ctx = UserContext {
        username: &username,
        display_name: None,
        email: None,
    };
    Ok(password::evaluate(&policy, req.password.expose(), &ctx))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeRequest {
    pub username: String,
    pub current_password: Secret,
    pub new_password: Secret,
}

/// Signs in with the current password, changes it, and signs out again: the app keeps no
/// session for a password change.
#[tauri::command]
pub async fn password_change(state: State<'_, AppState>, req: ChangeRequest) -> Result<(), CommandError> {
    let client = state
        .client
        .clone()
        .ok_or_else(|| CommandError::new(CommandError::NO_TENANT))?;
    let locale = state.locale();
    let session = client.sign_in(&req.username, &req.current_password, &locale).await?;
    let result = client
        .change_password(&session.token, &req.current_password, &req.new_password, &locale)
        .await;
    let _ = client.sign_out(&session.token, &locale).await;
    result
}
