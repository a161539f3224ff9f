//! Sign-in, sign-out and password change.

use super::{ApiJson, Client};
use crate::error::AppResult;
use crate::flows::{account, session, step_up};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use latchkey_proto::{ChangePasswordRequest, Done, ErrorBody, SignInRequest, SignInResponse};

#[utoipa::path(
    post,
    path = "/api/v1/tenants/{t}/sessions",
    tag = "sign-in",
    params(("t" = String, Path, description = "Tenant slug")),
    request_body = SignInRequest,
    responses(
        (status = 200, body = SignInResponse),
        (status = 401, body = ErrorBody, description = "auth.invalid_credentials"),
        (status = 403, body = ErrorBody, description = "auth.account_locked, auth.account_disabled"),
        (status = 429, body = ErrorBody, description = "auth.rate_limited"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<SignInRequest>,
) -> AppResult<Json<SignInResponse>> {
    let tenant = state.tenant(&t).await?;
    account::sign_in(
        &state,
        &tenant,
        &client.actor,
        &req.username,
        &req.password,
        &client.languages,
    )
    .await
    .map(Json)
}

#[utoipa::path(
    delete,
    path = "/api/v1/tenants/{t}/sessions/current",
    tag = "sign-in",
    params(("t" = String, Path, description = "Tenant slug")),
    security(("bearer" = [])),
    responses((status = 200, body = Done), (status = 401, body = ErrorBody))
)]
pub async fn delete_current(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
) -> AppResult<Json<Done>> {
    let tenant = state.tenant(&t).await?;
    let auth = session::authenticate(&state, &tenant, &client.actor, client.bearer.as_deref()).await?;
    session::sign_out(&state, &tenant, &client.actor, &auth).await?;
    Ok(Json(Done::ok()))
}

#[utoipa::path(
    post,
    path = "/api/v1/tenants/{t}/me/password",
    tag = "security-info",
    params(("t" = String, Path, description = "Tenant slug")),
    security(("bearer" = [])),
    request_body = ChangePasswordRequest,
    responses(
        (status = 200, body = Done),
        (status = 400, body = ErrorBody, description = "password.* (too_short, banned, breached, too_weak, contains_user_info, reused, same_as_current, too_long)"),
        (status = 401, body = ErrorBody, description = "auth.invalid_credentials, auth.token_invalid, session.expired"),
    )
)]
pub async fn change_password(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<ChangePasswordRequest>,
) -> AppResult<Json<Done>> {
    // Released before the first hash (see account::change_password).
    let state = state.hold().await?;
    let tenant = state.tenant(&t).await?;
    let auth = session::authenticate(&state, &tenant, &client.actor, client.bearer.as_deref()).await?;
    // A temporary password is changed before anything else; otherwise a user with methods
    // changes it only shortly after proving one.
    if auth.session.level != session::LEVEL_CHANGE_ONLY {
        step_up::require_recent_step_up(&state, &tenant, &auth).await?;
    }
    account::change_password(
        &state,
        &tenant,
        &client.actor,
        &auth,
        &req.current_password,
        &req.new_password,
        &client.languages,
    )
    .await?;
    Ok(Json(Done::ok()))
}
