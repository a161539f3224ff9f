//! The HTTP edge: routes, extractors and handlers. Handlers deserialize, call `account` (or the
//! domain crates) and map errors; no rule lives here.

mod extract;
pub mod methods;
pub mod openapi;
pub mod portal;
pub mod portal_api;
pub mod public;
pub mod reset;
pub mod session;

pub use extract::{ApiJson, Client};

use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use latchkey_proto::ErrorCode;

/// Largest accepted request body.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The whole API as a router; tests drive it with `oneshot`, `serve` binds it to a socket.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(public::healthz))
        .route("/api/openapi.json", get(public::openapi))
        .route("/api/v1/tenants/{t}/branding", get(public::branding))
        .route("/api/v1/tenants/{t}/password-policy", get(public::password_policy))
        .route("/api/v1/tenants/{t}/captcha", post(reset::captcha))
        .route("/api/v1/tenants/{t}/resets", post(reset::start))
        .route("/api/v1/tenants/{t}/unlocks", post(reset::start_unlock))
        .route(
            "/api/v1/tenants/{t}/resets/{reset_id}/challenges",
            post(reset::challenge),
        )
        .route("/api/v1/tenants/{t}/resets/{reset_id}/verify", post(reset::verify))
        .route("/api/v1/tenants/{t}/resets/{reset_id}/password", post(reset::password))
        .route("/api/v1/tenants/{t}/resets/{reset_id}/unlock", post(reset::unlock))
        .route("/api/v1/tenants/{t}/resets/{reset_id}", delete(reset::cancel))
        .route("/api/v1/tenants/{t}/sessions", post(session::create))
        .route("/api/v1/tenants/{t}/sessions/current", delete(session::delete_current))
        .route("/api/v1/tenants/{t}/sessions/current/mfa", post(methods::mfa_verify))
        .route(
            "/api/v1/tenants/{t}/sessions/current/mfa/challenges",
            post(methods::mfa_challenge),
        )
        .route("/api/v1/tenants/{t}/me/password", post(session::change_password))
        .route("/api/v1/tenants/{t}/me/methods", get(methods::list))
        .route("/api/v1/tenants/{t}/me/methods/totp", post(methods::totp_start))
        .route(
            "/api/v1/tenants/{t}/me/methods/totp/{id}/verify",
            post(methods::totp_verify),
        )
        .route("/api/v1/tenants/{t}/me/methods/email", post(methods::email_start))
        .route(
            "/api/v1/tenants/{t}/me/methods/email/{id}/verify",
            post(methods::email_verify),
        )
        .route("/api/v1/tenants/{t}/me/methods/phone", post(methods::phone_start))
        .route(
            "/api/v1/tenants/{t}/me/methods/phone/{id}/verify",
            post(methods::phone_verify),
        )
        .route(
            "/api/v1/tenants/{t}/me/methods/security-key",
            post(methods::security_key_start),
        )
        .route(
            "/api/v1/tenants/{t}/me/methods/security-key/{id}/finish",
            post(methods::security_key_finish),
        )
        .route(
            "/api/v1/tenants/{t}/me/methods/questions",
            get(methods::questions_list).put(methods::questions_save),
        )
        .route(
            "/api/v1/tenants/{t}/me/methods/backup-codes",
            post(methods::backup_codes),
        )
        .route("/api/v1/tenants/{t}/me/methods/confirm", post(methods::confirm))
        .route(
            "/api/v1/tenants/{t}/me/registration/skip",
            post(methods::registration_skip),
        )
        .route("/api/v1/tenants/{t}/me/methods/{id}", delete(methods::remove))
        .route(
            "/api/v1/tenants/{t}/me/methods/{id}/default",
            post(methods::set_default),
        )
        .route("/api/v1/tenants/{t}/me/methods/{id}/resend", post(methods::resend))
        // The web portal (see `portal`): the UI for a tenant, its colors, its assets.
        .route("/api/v1/tenants/{t}/portal/bootstrap", get(portal_api::bootstrap))
        .route("/api/v1/tenants/{t}/portal/locale", get(portal_api::locale))
        .route("/api/v1/tenants/{t}/password-evaluate", post(portal_api::evaluate))
        .route("/", get(portal::host_index))
        .route("/branding.css", get(portal::host_css))
        .route("/assets/{file}", get(portal::root_asset))
        .route("/t/{t}", get(portal::tenant_redirect))
        .route("/t/{t}/", get(portal::tenant_index))
        .route("/t/{t}/branding.css", get(portal::tenant_css))
        .route("/t/{t}/assets/{file}", get(portal::tenant_asset))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(on_panic))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// On every answer, errors and panics included: nothing is cached on the way (answers carry
/// tokens, codes and personal data), no content sniffing, no referrer. An answer that set its own
/// `Cache-Control` keeps it: branding (revalidated by ETag) and the portal's files do.
async fn security_headers(resp: Response) -> Response {
    with_security_headers(resp)
}

/// The headers of [`security_headers`], for answers made outside the router (a timeout).
pub fn with_security_headers(mut resp: Response) -> Response {
    let headers = resp.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    resp
}

async fn not_found() -> AppError {
    AppError::new(ErrorCode::RequestNotFound)
}

async fn method_not_allowed() -> AppError {
    AppError::new(ErrorCode::RequestMethodNotAllowed)
}

fn on_panic(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::internal("handler panicked").into_response()
}
