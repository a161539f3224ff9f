//! The one error type of the HTTP layer: a stable code, its data, and a detail that only the log
//! sees.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use latchkey_core::policy::PolicyError;
use latchkey_proto::{ErrorBody, ErrorCode, ErrorDetail};
use serde_json::{Map, Value};

#[derive(Debug)]
pub struct AppError {
    pub code: ErrorCode,
    pub args: Map<String, Value>,
    /// For the log only; never sent to clients.
    pub detail: Option<String>,
    pub retry_after_secs: Option<u64>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(code: ErrorCode) -> Self {
        AppError {
            code,
            args: Map::new(),
            detail: None,
            retry_after_secs: None,
        }
    }

    pub fn with_arg(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.args.insert(key.to_string(), value.into());
        self
    }

    pub fn with_args(mut self, args: Map<String, Value>) -> Self {
        self.args.extend(args);
        self
    }

    /// Adds the limit the error's message states, from the tenant's policy, so the user reads the
    /// tenant's number ("enter it within 10 minutes"), not a fixed one: `minutes` for
    /// `code.expired` (code lifetime) and `reset.expired` (reset session).
    pub fn with_policy_limits(self, policy: &latchkey_core::policy::TenantPolicy) -> Self {
        let secs = match self.code {
            ErrorCode::CodeExpired => policy.code_lifetime_secs,
            ErrorCode::ResetExpired => policy.reset_session_secs,
            _ => return self,
        };
        // Rounded down: a message never promises more time than there is.
        self.with_arg("minutes", (secs / 60).max(1))
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        AppError {
            detail: Some(detail.to_string()),
            ..AppError::new(ErrorCode::InternalError)
        }
    }

    pub fn rate_limited(code: ErrorCode, retry_after_secs: u64) -> Self {
        AppError {
            retry_after_secs: Some(retry_after_secs),
            ..AppError::new(code).with_arg("retry_after_secs", retry_after_secs)
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.code.as_str().to_string(),
                message: self.code.message().to_string(),
                args: self.args.clone(),
            },
        }
    }
}

impl From<PolicyError> for AppError {
    fn from(e: PolicyError) -> Self {
        AppError::new(e.code).with_args(e.args_map())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status.is_server_error() {
            tracing::error!(code = self.code.as_str(), detail = ?self.detail, "request failed");
        } else if let Some(detail) = &self.detail {
            tracing::debug!(code = self.code.as_str(), detail, "request refused");
        }
        let mut resp = (status, axum::Json(self.body())).into_response();
        if let Some(secs) = self.retry_after_secs
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            resp.headers_mut().insert(axum::http::header::RETRY_AFTER, v);
        }
        resp
    }
}
