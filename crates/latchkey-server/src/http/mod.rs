//! The HTTP edge: routes, extractors and handlers. Handlers deserialize, call `account` (or the
//! domain crates) and map errors; no rule lives here.

mod extract;
pub mod public;
pub mod session;

pub use extract::{ApiJson, Client};

use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
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
        .route("/api/v1/tenants/{t}/sessions", post(session::create))
        .route("/api/v1/tenants/{t}/sessions/current", delete(session::delete_current))
        .route("/api/v1/tenants/{t}/me/password", post(session::change_password))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(on_panic))
        .with_state(state)
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
