//! Unauthenticated GETs: health, OpenAPI, branding, password policy.

use crate::error::AppResult;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_proto::{Branding, ErrorBody, Health, PasswordPolicy};

#[utoipa::path(get, path = "/healthz", tag = "public", responses((status = 200, body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

#[utoipa::path(get, path = "/api/openapi.json", tag = "public", responses((status = 200, description = "This document")))]
pub async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        crate::http::openapi::document_json(),
    )
        .into_response()
}

#[utoipa::path(
    get,
    path = "/api/v1/tenants/{t}/branding",
    tag = "public",
    params(("t" = String, Path, description = "Tenant slug")),
    responses(
        (status = 200, body = Branding, description = "Branding, with an ETag"),
        (status = 304, description = "Not modified (If-None-Match matched)"),
        (status = 404, body = ErrorBody),
    )
)]
pub async fn branding(State(state): State<AppState>, Path(t): Path<String>, headers: HeaderMap) -> AppResult<Response> {
    let cached = state.cached_tenant(&t).await?;
    let etag = HeaderValue::from_str(&cached.etag).expect("hex etag is a valid header");
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',').any(|tag| {
                let tag = tag.trim();
                tag == "*" || tag.trim_start_matches("W/") == cached.etag
            })
        });
    let cache_control = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if matches {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache_control]).into_response());
    }
    Ok((
        [
            (header::ETAG, etag),
            cache_control,
            (header::CONTENT_TYPE, HeaderValue::from_static("application/json")),
        ],
        cached.branding_body.clone(),
    )
        .into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/tenants/{t}/password-policy",
    tag = "public",
    params(("t" = String, Path, description = "Tenant slug")),
    responses((status = 200, body = PasswordPolicy), (status = 404, body = ErrorBody))
)]
pub async fn password_policy(State(state): State<AppState>, Path(t): Path<String>) -> AppResult<Json<PasswordPolicy>> {
    let cached = state.cached_tenant(&t).await?;
    let tenant = &cached.tenant;
    // The tenant's rules tightened by its directory's (e.g. OpenLDAP ppolicy).
    Ok(Json(tenant.effective_policy(state.directory(tenant).as_ref()).await))
}
