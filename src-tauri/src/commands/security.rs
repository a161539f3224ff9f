//! Sign-in with step-up and "My security info". The session token stays on the Rust side (in
//! memory, never on disk, never in the UI) and is dropped at sign-out.

use crate::AppState;
use crate::client::ApiClient;
use crate::error::CommandError;
use latchkey_proto::{
    BackupCodes, Challenge, Method, MethodStarted, MethodsResponse, QuestionAnswer, QuestionsResponse,
    RegistrationInterrupt, RegistrationSkipped, Secret, SecurityKeyStarted, TotpEnrollment,
};
use reqwest::Method as Http;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tauri::State;

fn client(state: &AppState) -> Result<ApiClient, CommandError> {
    state
        .client
        .clone()
        .ok_or_else(|| CommandError::new(CommandError::NO_TENANT))
}

fn token(state: &AppState) -> Result<Secret, CommandError> {
    state
        .session
        .lock()
        .ok()
        .and_then(|s| s.token.clone())
        .ok_or_else(|| CommandError::new("session.expired"))
}

async fn call<T: serde::de::DeserializeOwned>(
    state: &AppState,
    method: Http,
    tail: &str,
    body: Option<Value>,
) -> Result<T, CommandError> {
    let (client, token) = (client(state)?, token(state)?);
    let result = client
        .call(method, tail, &token, body.as_ref().map(|b| b as _), &state.locale())
        .await;
    if let Err(e) = &result
        && (e.code == "session.expired" || e.code == "auth.token_invalid")
        && let Ok(mut s) = state.session.lock()
    {
        s.token = None;
    }
    result
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub username: String,
    pub password: Secret,
    /// Keep the session in the OS keyring (only where the policy allows it).
    #[serde(default)]
    pub stay_signed_in: bool,
}

#[derive(Debug, Serialize)]
pub struct SignInResult {
    pub mfa_required: bool,
    pub methods: Vec<Method>,
    pub password_change_required: bool,
    /// Set when "stay signed in" was asked for but the keyring could not keep the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stay_signed_in_problem: Option<CommandError>,
    /// Register or reconfirm before anything else (the tenant's registration policy).
    pub interrupt: Option<RegistrationInterrupt>,
}

#[tauri::command]
pub async fn session_sign_in(state: State<'_, AppState>, req: SignInRequest) -> Result<SignInResult, CommandError> {
    let client = client(&state)?;
    let since = state.released();
    let answer = client.sign_in(&req.username, &req.password, &state.locale()).await?;
    // Signed out (or the kiosk visit ended) while the sign-in was on its way: that session is
    // ended on the server, never left for the next person at this machine.
    if let Some(stale) = state.keep_if_current(since, answer.token.clone(), |s, t| s.token = Some(t)) {
        let _ = client.sign_out(&stale, &state.locale()).await;
        return Err(CommandError::new("session.expired"));
    }
    let mut result = SignInResult {
        mfa_required: answer.mfa_required,
        methods: answer.methods,
        password_change_required: answer.password_change_required,
        stay_signed_in_problem: None,
        interrupt: answer.interrupt,
    };
    if req.stay_signed_in
        && crate::stay_signed_in::allowed(&state.policy)
        && let (Some(url), Some(tenant)) = (&state.policy.tenant_url, &state.policy.tenant)
    {
        result.stay_signed_in_problem = crate::stay_signed_in::save(url, tenant, &answer.token).err();
    }
    Ok(result)
}

/// Resumes a session kept in the OS keyring when the server still accepts it; forgets it when
/// the server says it is gone.
async fn resume(state: &AppState, url: &str, slug: &str) -> crate::commands::app::StayInfo {
    let mut info = crate::commands::app::StayInfo {
        offered: crate::stay_signed_in::allowed(&state.policy),
        ..crate::commands::app::StayInfo::default()
    };
    if !info.offered {
        return info;
    }
    let token = match crate::stay_signed_in::load(url, slug) {
        Ok(Some(t)) => t,
        Ok(None) => return info,
        Err(e) => {
            info.problem = Some(e);
            return info;
        }
    };
    let Some(client) = &state.client else { return info };
    match client
        .call::<serde_json::Value>(reqwest::Method::GET, "me/methods", &token, None, &state.locale())
        .await
    {
        Ok(_) => {
            if let Ok(mut s) = state.session.lock() {
                s.token = Some(token);
            }
            info.resumed = true;
        }
        Err(e) if e.code == "session.expired" || e.code.starts_with("auth.") => {
            let _ = crate::stay_signed_in::forget(url, slug);
        }
        Err(_) => {}
    }
    info
}

/// "My security info" asks first: a session kept in the OS keyring that the server still
/// accepts is used without signing in.
#[tauri::command]
pub async fn session_resume(state: State<'_, AppState>) -> Result<crate::commands::app::StayInfo, CommandError> {
    let (Some(url), Some(slug)) = (state.policy.tenant_url.clone(), state.policy.tenant.clone()) else {
        return Ok(crate::commands::app::StayInfo::default());
    };
    Ok(resume(&state, &url, &slug).await)
}

#[tauri::command]
pub async fn session_sign_out(state: State<'_, AppState>) -> Result<(), CommandError> {
    let token = state.session.lock().ok().and_then(|mut s| s.take_token());
    if let (Some(token), Ok(client)) = (token, client(&state)) {
        let _ = client.sign_out(&token, &state.locale()).await;
    }
    // Signing out also forgets a kept session.
    if crate::stay_signed_in::allowed(&state.policy)
        && let (Some(url), Some(tenant)) = (&state.policy.tenant_url, &state.policy.tenant)
    {
        crate::stay_signed_in::forget(url, tenant)?;
    }
    Ok(())
}

#[tauri::command]
pub async fn session_mfa_challenge(state: State<'_, AppState>, method_id: String) -> Result<Challenge, CommandError> {
    call(
        &state,
        Http::POST,
        "sessions/current/mfa/challenges",
        Some(json!({"method_id": method_id})),
    )
    .await
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MfaRequest {
    pub method_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<Secret>>,
    /// The security key's PIN, when the key asks for one; never sent to the server.
    #[serde(default, skip_serializing)]
    pub pin: Option<String>,
}

/// With neither code nor answers the method is a security key: the app asks for a challenge,
/// lets the key sign it, and sends the assertion.
#[tauri::command]
pub async fn session_mfa_verify(state: State<'_, AppState>, req: MfaRequest) -> Result<(), CommandError> {
    let mut body = serde_json::to_value(&req).map_err(|_| CommandError::new("request.invalid_field"))?;
    if req.code.is_none() && req.answers.is_none() {
        let challenge: Challenge = call(
            &state,
            Http::POST,
            "sessions/current/mfa/challenges",
            Some(json!({"method_id": req.method_id})),
        )
        .await?;
        let options = challenge
            .options
            .ok_or_else(|| CommandError::new("mfa.method_not_verified"))?;
        let origin = client(&state)?.origin()?;
        body["credential"] = crate::authenticator::ceremony(origin, options, false, req.pin.clone()).await?;
    }
    call::<Value>(&state, Http::POST, "sessions/current/mfa", Some(body))
        .await
        .map(|_| ())
}

#[tauri::command]
pub async fn methods_list(state: State<'_, AppState>) -> Result<MethodsResponse, CommandError> {
    call(&state, Http::GET, "me/methods", None).await
}

#[tauri::command]
pub async fn methods_confirm(state: State<'_, AppState>) -> Result<(), CommandError> {
    call::<Value>(&state, Http::POST, "me/methods/confirm", Some(json!({})))
        .await
        .map(|_| ())
}

/// "Skip for now" on the registration interrupt; the server counts the skips.
#[tauri::command]
pub async fn registration_skip(state: State<'_, AppState>) -> Result<RegistrationSkipped, CommandError> {
    call(&state, Http::POST, "me/registration/skip", Some(json!({}))).await
}

fn path_id(id: &str) -> Result<&str, CommandError> {
    // Ids are hex; anything else would change the path.
    if !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(id)
    } else {
        Err(CommandError::new("methods.not_found"))
    }
}

#[tauri::command]
pub async fn method_remove(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    call::<Value>(&state, Http::DELETE, &format!("me/methods/{}", path_id(&id)?), None)
        .await
        .map(|_| ())
}

#[tauri::command]
pub async fn method_set_default(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    call::<Value>(
        &state,
        Http::POST,
        &format!("me/methods/{}/default", path_id(&id)?),
        Some(json!({})),
    )
    .await
    .map(|_| ())
}

/// What the enrollment screen shows: the QR is drawn here (qrcode crate) from the URI.
#[derive(Debug, Serialize)]
pub struct TotpView {
    pub id: String,
    pub secret_groups: String,
    pub otpauth_uri: Secret,
    pub qr_svg: String,
}

/// The base32 secret in groups of four for manual entry.
pub fn groups_of_four(secret: &str) -> String {
    secret
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A high-contrast SVG QR code with its quiet zone.
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(256, 256)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
        Err(_) => String::new(),
    }
}

#[tauri::command]
pub async fn totp_start_enrollment(state: State<'_, AppState>) -> Result<TotpView, CommandError> {
    let e: TotpEnrollment = call(&state, Http::POST, "me/methods/totp", Some(json!({}))).await?;
    Ok(TotpView {
        id: e.id,
        secret_groups: groups_of_four(e.secret.expose()),
        qr_svg: qr_svg(e.otpauth_uri.expose()),
        otpauth_uri: e.otpauth_uri,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdCode {
    pub id: String,
    pub code: Secret,
}

#[tauri::command]
pub async fn totp_finish_enrollment(state: State<'_, AppState>, req: IdCode) -> Result<(), CommandError> {
    let path = format!("me/methods/totp/{}/verify", path_id(&req.id)?);
    call::<Value>(&state, Http::POST, &path, Some(json!({"code": req.code.expose()})))
        .await
        .map(|_| ())
}

#[tauri::command]
pub async fn email_start(state: State<'_, AppState>, address: String) -> Result<MethodStarted, CommandError> {
    call(
        &state,
        Http::POST,
        "me/methods/email",
        Some(json!({"address": address})),
    )
    .await
}

#[tauri::command]
pub async fn email_verify(state: State<'_, AppState>, req: IdCode) -> Result<(), CommandError> {
    let path = format!("me/methods/email/{}/verify", path_id(&req.id)?);
    call::<Value>(&state, Http::POST, &path, Some(json!({"code": req.code.expose()})))
        .await
        .map(|_| ())
}

#[tauri::command]
pub async fn phone_start(state: State<'_, AppState>, number: String) -> Result<MethodStarted, CommandError> {
    call(&state, Http::POST, "me/methods/phone", Some(json!({"number": number}))).await
}

#[tauri::command]
pub async fn phone_verify(state: State<'_, AppState>, req: IdCode) -> Result<(), CommandError> {
    let path = format!("me/methods/phone/{}/verify", path_id(&req.id)?);
    call::<Value>(&state, Http::POST, &path, Some(json!({"code": req.code.expose()})))
        .await
        .map(|_| ())
}

#[tauri::command]
pub async fn questions_list(state: State<'_, AppState>) -> Result<QuestionsResponse, CommandError> {
    call(&state, Http::GET, "me/methods/questions", None).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsSave {
    pub answers: Vec<QuestionAnswer>,
}

#[tauri::command]
pub async fn questions_save(state: State<'_, AppState>, req: QuestionsSave) -> Result<(), CommandError> {
    let answers: Vec<Value> = req
        .answers
        .iter()
        .map(|a| json!({"question_id": a.question_id, "answer": a.answer.expose()}))
        .collect();
    call::<Value>(
        &state,
        Http::PUT,
        "me/methods/questions",
        Some(json!({"answers": answers})),
    )
    .await
    .map(|_| ())
}

/// Registers a security key: the server's creation options, the key's attestation (the person
/// touches the key), then the finish with the name they chose. Answers the new method.
#[tauri::command]
pub async fn security_key_register(
    state: State<'_, AppState>,
    name: String,
    pin: Option<String>,
) -> Result<Method, CommandError> {
    let started: SecurityKeyStarted = call(&state, Http::POST, "me/methods/security-key", Some(json!({}))).await?;
    let id = path_id(&started.id)?;
    let origin = client(&state)?.origin()?;
    let credential = crate::authenticator::ceremony(origin, started.options, true, pin).await?;
    call::<Value>(
        &state,
        Http::POST,
        &format!("me/methods/security-key/{id}/finish"),
        Some(json!({"credential": credential, "name": name})),
    )
    .await?;
    let list: MethodsResponse = call(&state, Http::GET, "me/methods", None).await?;
    list.methods
        .into_iter()
        .find(|m| m.id == started.id)
        .ok_or_else(|| CommandError::new("methods.not_found"))
}

#[tauri::command]
pub async fn backup_codes_generate(state: State<'_, AppState>) -> Result<BackupCodes, CommandError> {
    call(&state, Http::POST, "me/methods/backup-codes", Some(json!({}))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_qr() {
        assert_eq!(
            groups_of_four("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
            "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"
        );
        let svg = qr_svg("otpauth://totp/Contoso:alex?secret=JBSWY3DPEHPK3PXP&issuer=Contoso");
        assert!(svg.contains("<svg") && svg.contains("#ffffff"));
        assert!(path_id("../../admin").is_err());
        assert!(path_id("abc123").is_ok());
    }
}
