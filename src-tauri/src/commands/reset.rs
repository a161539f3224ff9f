//! Reset and unlock: the proof-of-work captcha is solved here, with progress events for the
//! UI's bar; the reset id stays in Rust memory.

use crate::AppState;
use crate::error::CommandError;
use latchkey_proto::{CaptchaChallenge, Challenge, ResetProgress, ResetStarted, Secret};
use reqwest::Method as Http;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tauri::{AppHandle, Emitter, State};

/// The UI's event for the captcha progress bar.
pub const PROGRESS_EVENT: &str = "captcha-progress";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartRequest {
    pub username: String,
    /// `reset` or `unlock`.
    pub mode: String,
}

#[derive(Debug, Serialize)]
pub struct ResetView {
    pub required: u8,
    pub methods: Vec<latchkey_proto::ResetMethod>,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Serialize)]
struct Progress {
    percent: u8,
}

/// Percent of the expected work (2^difficulty tries), held below 100 until solved.
pub fn percent(tried: u64, difficulty: u32) -> u8 {
    let expected = 1u64 << difficulty.min(40);
    ((tried.saturating_mul(100) / expected.max(1)).min(99)) as u8
}

fn reset_id(state: &AppState) -> Result<String, CommandError> {
    state
        .session
        .lock()
        .ok()
        .and_then(|s| s.reset_id.as_ref().map(|r| r.expose().to_string()))
        .filter(|r| r.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .ok_or_else(|| CommandError::new("reset.expired"))
}

async fn call<T: serde::de::DeserializeOwned>(state: &AppState, tail: &str, body: Value) -> Result<T, CommandError> {
    let client = state
        .client
        .clone()
        .ok_or_else(|| CommandError::new(CommandError::NO_TENANT))?;
    let id = reset_id(state)?;
    client
        .public_call(Http::POST, &format!("resets/{id}/{tail}"), Some(&body), &state.locale())
        .await
}

#[tauri::command]
pub async fn reset_start(
    app: AppHandle,
    state: State<'_, AppState>,
    req: StartRequest,
) -> Result<ResetView, CommandError> {
    let client = state
        .client
        .clone()
        .ok_or_else(|| CommandError::new(CommandError::NO_TENANT))?;
    let locale = state.locale();
    let since = state.released();
    let captcha: CaptchaChallenge = client
        .public_call(Http::POST, "captcha", Some(&json!({})), &locale)
        .await?;
    let (challenge, difficulty) = (captcha.challenge.clone(), captcha.difficulty);
    let emitter = app.clone();
    let solution = tauri::async_runtime::spawn_blocking(move || {
        latchkey_core::captcha::solve(&challenge, difficulty, |tried| {
            let _ = emitter.emit(
                PROGRESS_EVENT,
                Progress {
                    percent: percent(tried, difficulty),
                },
            );
        })
    })
    .await
    .map_err(|_| CommandError::new("internal.error"))?;
    let _ = app.emit(PROGRESS_EVENT, Progress { percent: 100 });
    let path = if req.mode == "unlock" { "unlocks" } else { "resets" };
    let body = json!({"username": req.username, "captcha": {"id": captcha.id, "solution": solution}});
    let started: ResetStarted = client.public_call(Http::POST, path, Some(&body), &locale).await?;
    // Cancelled (or the kiosk visit ended) while this start was on its way: the reset it made
    // is cancelled on the server at once instead of staying live for the next person.
    if let Some(stale) = state.keep_if_current(since, started.reset_id, |s, id| s.reset_id = Some(id)) {
        let _ = client.cancel_reset(&stale, &locale).await;
        return Err(CommandError::new("reset.not_found"));
    }
    Ok(ResetView {
        required: started.required,
        methods: started.methods,
        expires_at: started.expires_at,
    })
}

#[tauri::command]
pub async fn reset_challenge(state: State<'_, AppState>, method_id: String) -> Result<Challenge, CommandError> {
    call(&state, "challenges", json!({"method_id": method_id})).await
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    pub method_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<Secret>>,
    /// The security key's PIN, when the key asks for one; never sent to the server.
    #[serde(default, skip_serializing)]
    pub pin: Option<String>,
}

/// With neither code nor answers the method is a security key: challenge, the key's
/// assertion, then verify.
#[tauri::command]
pub async fn reset_verify(state: State<'_, AppState>, req: VerifyRequest) -> Result<ResetProgress, CommandError> {
    let mut body = serde_json::to_value(&req).map_err(|_| CommandError::new("request.invalid_field"))?;
    if req.code.is_none() && req.answers.is_none() {
        let challenge: Challenge = call(&state, "challenges", json!({"method_id": req.method_id})).await?;
        let options = challenge
            .options
            .ok_or_else(|| CommandError::new("methods.not_found"))?;
        let client = state
            .client
            .clone()
            .ok_or_else(|| CommandError::new(CommandError::NO_TENANT))?;
        body["credential"] = crate::authenticator::ceremony(client.origin()?, options, false, req.pin.clone()).await?;
    }
    call(&state, "verify", body).await
}

fn finish(state: &AppState) {
    if let Ok(mut s) = state.session.lock() {
        s.reset_id = None;
    }
}

#[tauri::command]
pub async fn reset_set_password(state: State<'_, AppState>, new_password: Secret) -> Result<(), CommandError> {
    call::<Value>(&state, "password", json!({"new_password": new_password.expose()})).await?;
    finish(&state);
    Ok(())
}

#[tauri::command]
pub async fn reset_unlock(state: State<'_, AppState>) -> Result<(), CommandError> {
    call::<Value>(&state, "unlock", json!({})).await?;
    finish(&state);
    Ok(())
}

/// Drops the reset here and cancels it on the server, so it cannot be continued anywhere.
#[tauri::command]
pub async fn reset_cancel(state: State<'_, AppState>) -> Result<(), CommandError> {
    let id = state.session.lock().ok().and_then(|mut s| s.take_reset());
    if let (Some(id), Some(client)) = (id, state.client.clone()) {
        // Best effort: an expired or unreachable reset is gone for the person either way.
        let _ = client.cancel_reset(&id, &state.locale()).await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn progress_is_capped_until_solved() {
        assert_eq!(super::percent(0, 10), 0);
        assert_eq!(super::percent(512, 10), 50);
        assert_eq!(super::percent(1 << 20, 10), 99);
    }
}
