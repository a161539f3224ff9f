//! Captcha, reset and unlock: no sign-in, the same answers for every user name.

use super::{ApiJson, Client};
use crate::error::AppResult;
use crate::flows::reset;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use latchkey_proto::{
    CaptchaChallenge, Challenge, ChallengeRequest, Done, ErrorBody, ResetPasswordRequest, ResetProgress,
    ResetStartRequest, ResetStarted, ResetVerifyRequest,
};

#[utoipa::path(post, path = "/api/v1/tenants/{t}/captcha", tag = "reset", params(("t" = String, Path)),
    responses((status = 200, body = CaptchaChallenge, description = "Proof-of-work challenge, single use")))]
pub async fn captcha(State(state): State<AppState>, Path(t): Path<String>) -> AppResult<Json<CaptchaChallenge>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::new_captcha(&state, &tenant).await.map(Json)
}

async fn start_mode(
    state: AppState,
    t: String,
    client: Client,
    req: ResetStartRequest,
    mode: &str,
) -> AppResult<Json<ResetStarted>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::start(
        &state,
        &tenant,
        &client.actor,
        &req.username,
        &req.captcha.id,
        &req.captcha.solution,
        mode,
    )
    .await
    .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/resets", tag = "reset", params(("t" = String, Path)), request_body = ResetStartRequest,
    responses((status = 200, body = ResetStarted, description = "Same shape for unknown users (stable decoys)"),
        (status = 400, body = ErrorBody, description = "captcha.invalid, captcha.expired"),
        (status = 403, body = ErrorBody, description = "reset.disabled"), (status = 429, body = ErrorBody, description = "reset.blocked")))]
pub async fn start(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<ResetStartRequest>,
) -> AppResult<Json<ResetStarted>> {
    start_mode(state, t, client, req, "reset").await
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/unlocks", tag = "reset", params(("t" = String, Path)), request_body = ResetStartRequest,
    responses((status = 200, body = ResetStarted, description = "Starts an unlock-only session (audited as unlock)"),
        (status = 400, body = ErrorBody, description = "captcha.invalid, captcha.expired"),
        (status = 403, body = ErrorBody, description = "reset.disabled"), (status = 429, body = ErrorBody, description = "reset.blocked")))]
pub async fn start_unlock(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<ResetStartRequest>,
) -> AppResult<Json<ResetStarted>> {
    start_mode(state, t, client, req, "unlock").await
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/resets/{reset_id}/challenges", tag = "reset",
    params(("t" = String, Path), ("reset_id" = String, Path)), request_body = ChallengeRequest,
    responses((status = 200, body = Challenge, description = "Code queued for sending (the answer never waits for the mail or SMS gateway), or the questions to answer"),
        (status = 429, body = ErrorBody, description = "code.rate_limited, reset.blocked")))]
pub async fn challenge(
    State(state): State<AppState>,
    Path((t, reset_id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<ChallengeRequest>,
) -> AppResult<Json<Challenge>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::challenge(&state, &tenant, &reset_id, &req.method_id, &client.languages)
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/resets/{reset_id}/verify", tag = "reset",
    params(("t" = String, Path), ("reset_id" = String, Path)), request_body = ResetVerifyRequest,
    responses((status = 200, body = ResetProgress), (status = 400, body = ErrorBody, description = "code.*, totp.*, questions.wrong_answers"),
        (status = 410, body = ErrorBody, description = "reset.expired"),
        (status = 502, body = ErrorBody, description = "delivery.undelivered: the code for this method could not be sent (the server tried several times); ask for a new code or use another method")))]
pub async fn verify(
    State(state): State<AppState>,
    Path((t, reset_id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<ResetVerifyRequest>,
) -> AppResult<Json<ResetProgress>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::verify(&state, &tenant, &client.actor, &reset_id, &req)
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/resets/{reset_id}/password", tag = "reset",
    params(("t" = String, Path), ("reset_id" = String, Path)), request_body = ResetPasswordRequest,
    responses((status = 200, body = Done, description = "Written, unlocked, sessions ended; no sign-in"),
        (status = 400, body = ErrorBody, description = "reset.more_methods_needed, reset.strong_method_required, password.*")))]
pub async fn password(
    State(state): State<AppState>,
    Path((t, reset_id)): Path<(String, String)>,
    client: Client,
    ApiJson(req): ApiJson<ResetPasswordRequest>,
) -> AppResult<Json<Done>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::set_password(
        &state,
        &tenant,
        &client.actor,
        &reset_id,
        &req.new_password,
        &client.languages,
    )
    .await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/resets/{reset_id}/unlock", tag = "reset",
    params(("t" = String, Path), ("reset_id" = String, Path)),
    responses((status = 200, body = Done), (status = 403, body = ErrorBody, description = "reset.unlock_disabled")))]
pub async fn unlock(
    State(state): State<AppState>,
    Path((t, reset_id)): Path<(String, String)>,
    client: Client,
) -> AppResult<Json<Done>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::unlock(&state, &tenant, &client.actor, &reset_id, &client.languages).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(delete, path = "/api/v1/tenants/{t}/resets/{reset_id}", tag = "reset",
    params(("t" = String, Path), ("reset_id" = String, Path)),
    responses((status = 200, body = Done, description = "Cancelled: the reset cannot be continued (also when already used up or expired)"),
        (status = 404, body = ErrorBody, description = "reset.not_found")))]
pub async fn cancel(
    State(state): State<AppState>,
    Path((t, reset_id)): Path<(String, String)>,
    client: Client,
) -> AppResult<Json<Done>> {
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    reset::cancel(&state, &tenant, &client.actor, &reset_id).await?;
    Ok(Json(Done::ok()))
}
