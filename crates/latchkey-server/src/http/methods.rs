//! Security info (`/me/methods...`) and step-up (`/sessions/current/mfa...`).

use super::{ApiJson, Client};
use crate::error::AppResult;
use crate::flows::security_info as info;
use crate::flows::session::{self, Authenticated};
use crate::flows::step_up;
use crate::state::AppState;
use crate::tenant::Tenant;
use axum::Json;
use axum::extract::{Path, State};
use latchkey_proto::{
    BackupCodes, Challenge, ChallengeRequest, CodeRequest, Done, EmailStartRequest, ErrorBody, MethodKind,
    MethodStarted, MethodsResponse, MfaRequest, PhoneStartRequest, QuestionsRequest, QuestionsResponse,
    RegistrationSkipped, SecurityKeyFinishRequest, SecurityKeyStarted, TotpEnrollment,
};
use std::sync::Arc;

async fn session(state: &AppState, t: &str, client: &Client) -> AppResult<(Arc<Tenant>, Authenticated)> {
    let tenant = state.tenant(t).await?;
    let auth = session::authenticate(state, &tenant, &client.actor, client.bearer.as_deref()).await?;
    Ok((tenant, auth))
}

/// A full session whose step-up is recent enough to change methods.
async fn recent(state: &AppState, t: &str, client: &Client) -> AppResult<(Arc<Tenant>, Authenticated)> {
    let (tenant, auth) = full(state, t, client).await?;
    step_up::require_recent_step_up(state, &tenant, &auth).await?;
    Ok((tenant, auth))
}

/// A session that passed step-up (or never needed it).
async fn full(state: &AppState, t: &str, client: &Client) -> AppResult<(Arc<Tenant>, Authenticated)> {
    let (tenant, auth) = session(state, t, client).await?;
    step_up::require_full(&auth)?;
    Ok((tenant, auth))
}

#[utoipa::path(get, path = "/api/v1/tenants/{t}/me/methods", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), responses((status = 200, body = MethodsResponse), (status = 403, body = ErrorBody, description = "auth.mfa_required")))]
pub async fn list(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<MethodsResponse>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    let mut view = info::list(&state, &tenant, &auth.user).await?;
    view.interrupt =
        crate::flows::registration::interrupt_for(&state, &tenant, &auth.user, Some(&auth.token_hash)).await?;
    Ok(Json(view))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/totp", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), responses((status = 200, body = TotpEnrollment, description = "Not active until verified")))]
pub async fn totp_start(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<TotpEnrollment>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::totp_start(&state, &tenant, &auth.user).await.map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/totp/{id}/verify", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), request_body = CodeRequest,
    responses((status = 200, body = Done), (status = 400, body = ErrorBody, description = "totp.code_invalid, totp.code_reused, totp.code_malformed")))]
pub async fn totp_verify(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<CodeRequest>,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::totp_verify(
        &state,
        &tenant,
        &client.actor,
        &auth.user,
        &id,
        &req.code,
        &client.languages,
    )
    .await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/security-key", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)),
    responses((status = 200, body = SecurityKeyStarted, description = "WebAuthn creation options; not active until finished"),
        (status = 409, body = ErrorBody, description = "security_key.unavailable, methods.limit_reached")))]
pub async fn security_key_start(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<SecurityKeyStarted>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    crate::flows::security_key::start_registration(&state, &tenant, &auth.user)
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/security-key/{id}/finish", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), request_body = SecurityKeyFinishRequest,
    responses((status = 200, body = Done),
        (status = 400, body = ErrorBody, description = "security_key.response_malformed, security_key.response_invalid, security_key.challenge_missing, security_key.name_invalid"),
        (status = 409, body = ErrorBody, description = "security_key.already_registered")))]
pub async fn security_key_finish(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<SecurityKeyFinishRequest>,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    crate::flows::security_key::finish_registration(
        &state,
        &tenant,
        &client.actor,
        &auth.user,
        &id,
        &req.credential,
        req.name.as_deref(),
        &client.languages,
    )
    .await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/email", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), request_body = EmailStartRequest,
    responses((status = 200, body = MethodStarted), (status = 400, body = ErrorBody, description = "contact.email_invalid"), (status = 429, body = ErrorBody, description = "code.rate_limited"), (status = 502, body = ErrorBody, description = "delivery.failed: the code could not be sent")))]
pub async fn email_start(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<EmailStartRequest>,
) -> AppResult<Json<MethodStarted>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::contact_start(
        &state,
        &tenant,
        &auth.user,
        MethodKind::Email,
        &req.address,
        &client.languages,
    )
    .await
    .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/phone", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), request_body = PhoneStartRequest,
    responses((status = 200, body = MethodStarted), (status = 400, body = ErrorBody, description = "contact.phone_invalid"), (status = 429, body = ErrorBody, description = "code.rate_limited"), (status = 502, body = ErrorBody, description = "delivery.failed: the code could not be sent")))]
pub async fn phone_start(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<PhoneStartRequest>,
) -> AppResult<Json<MethodStarted>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::contact_start(
        &state,
        &tenant,
        &auth.user,
        MethodKind::Phone,
        &req.number,
        &client.languages,
    )
    .await
    .map(Json)
}

async fn contact_verify(
    state: AppState,
    t: String,
    id: String,
    client: Client,
    kind: MethodKind,
    req: CodeRequest,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::contact_verify(
        &state,
        &tenant,
        &client.actor,
        &auth.user,
        kind,
        &id,
        &req.code,
        &client.languages,
    )
    .await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/email/{id}/verify", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), request_body = CodeRequest,
    responses((status = 200, body = Done), (status = 400, body = ErrorBody, description = "code.invalid, code.expired, code.attempts_exceeded")))]
pub async fn email_verify(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<CodeRequest>,
) -> AppResult<Json<Done>> {
    contact_verify(state, t, id, client, MethodKind::Email, req).await
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/phone/{id}/verify", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), request_body = CodeRequest,
    responses((status = 200, body = Done), (status = 400, body = ErrorBody, description = "code.invalid, code.expired, code.attempts_exceeded")))]
pub async fn phone_verify(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<CodeRequest>,
) -> AppResult<Json<Done>> {
    contact_verify(state, t, id, client, MethodKind::Phone, req).await
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/{id}/resend", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), responses((status = 200, body = MethodStarted), (status = 429, body = ErrorBody), (status = 502, body = ErrorBody, description = "delivery.failed: the code could not be sent")))]
pub async fn resend(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
) -> AppResult<Json<MethodStarted>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::contact_resend(&state, &tenant, &auth.user, &id, &client.languages)
        .await
        .map(Json)
}

#[utoipa::path(get, path = "/api/v1/tenants/{t}/me/methods/questions", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), responses((status = 200, body = QuestionsResponse, description = "Localized by Accept-Language")))]
pub async fn questions_list(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<QuestionsResponse>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::questions_list(&state, &tenant, &auth.user, &client.languages)
        .await
        .map(Json)
}

#[utoipa::path(put, path = "/api/v1/tenants/{t}/me/methods/questions", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), request_body = QuestionsRequest,
    responses((status = 200, body = Done), (status = 400, body = ErrorBody, description = "questions.*"), (status = 403, body = ErrorBody, description = "questions.disabled, questions.not_allowed_for_admins")))]
pub async fn questions_save(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<QuestionsRequest>,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::questions_save(&state, &tenant, &client.actor, &auth.user, &req, &client.languages).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/backup-codes", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), responses((status = 200, body = BackupCodes, description = "Shown once; replaces earlier codes")))]
pub async fn backup_codes(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<BackupCodes>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::backup_codes(&state, &tenant, &client.actor, &auth.user, &client.languages)
        .await
        .map(Json)
}

#[utoipa::path(delete, path = "/api/v1/tenants/{t}/me/methods/{id}", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = Done), (status = 409, body = ErrorBody, description = "methods.would_leave_too_few")))]
pub async fn remove(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = recent(&state, &t, &client).await?;
    info::remove(&state, &tenant, &client.actor, &auth.user, &id, &client.languages).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/{id}/default", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path), ("id" = String, Path)), responses((status = 200, body = Done)))]
pub async fn set_default(
    State(state): State<AppState>,
    Path((t, id)): Path<(String, String)>,
    client: Client,
) -> AppResult<Json<Done>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::set_default(&state, &tenant, &client.actor, &auth.user, &id).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/methods/confirm", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)), responses((status = 200, body = Done, description = "The user confirmed their info is current")))]
pub async fn confirm(State(state): State<AppState>, Path(t): Path<String>, client: Client) -> AppResult<Json<Done>> {
    let (tenant, auth) = full(&state, &t, &client).await?;
    info::confirm(&state, &tenant, &client.actor, &auth.user).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/me/registration/skip", tag = "security-info", security(("bearer" = [])),
    params(("t" = String, Path)),
    responses(
        (status = 200, body = RegistrationSkipped, description = "The registration or reconfirmation interrupt is skipped for this session"),
        (status = 403, body = ErrorBody, description = "registration.skip_not_allowed, registration.skips_used_up, auth.mfa_required, auth.password_change_required"),
        (status = 409, body = ErrorBody, description = "registration.not_due"),
    ))]
pub async fn registration_skip(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<RegistrationSkipped>> {
    let (tenant, auth) = session(&state, &t, &client).await?;
    crate::flows::registration::skip(&state, &tenant, &client.actor, &auth)
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/sessions/current/mfa/challenges", tag = "sign-in", security(("bearer" = [])),
    params(("t" = String, Path)), request_body = ChallengeRequest,
    responses((status = 200, body = Challenge, description = "A code was sent, or the questions to answer"), (status = 502, body = ErrorBody, description = "delivery.failed: the code could not be sent")))]
pub async fn mfa_challenge(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<ChallengeRequest>,
) -> AppResult<Json<Challenge>> {
    // Database work only (and questions release the connection before hashing).
    let state = state.hold().await?;
    let (tenant, auth) = session(&state, &t, &client).await?;
    step_up::mfa_challenge(&state, &tenant, &auth, &req.method_id, &client.languages)
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/sessions/current/mfa", tag = "sign-in", security(("bearer" = [])),
    params(("t" = String, Path)), request_body = MfaRequest,
    responses((status = 200, body = Done, description = "The session is upgraded"), (status = 400, body = ErrorBody)))]
pub async fn mfa_verify(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<MfaRequest>,
) -> AppResult<Json<Done>> {
    // Database work only (and questions release the connection before hashing).
    let state = state.hold().await?;
    let (tenant, auth) = session(&state, &t, &client).await?;
    step_up::mfa_verify(&state, &tenant, &client.actor, &auth, &req).await?;
    Ok(Json(Done::ok()))
}
