use crate::audit::Actor;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use latchkey_proto::ErrorCode;
use serde::de::DeserializeOwned;
use std::net::SocketAddr;

/// JSON body extractor with the API's error codes: 413 over 64 KiB, 415 without a JSON content
/// type, 400 with `request.invalid_utf8`, `request.malformed_json`, `request.unknown_field`,
/// `request.missing_field` or `request.invalid_field` (naming the field).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case("application/json")
            })
            .unwrap_or(false);
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::new(ErrorCode::RequestTooLarge).with_arg("max_bytes", super::MAX_BODY_BYTES)
            } else {
                AppError::new(ErrorCode::RequestMalformedJson)
            }
        })?;
        if !is_json {
            return Err(AppError::new(ErrorCode::RequestUnsupportedMediaType));
        }
        parse_json(&bytes).map(ApiJson)
    }
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    if std::str::from_utf8(bytes).is_err() {
        return Err(AppError::new(ErrorCode::RequestInvalidUtf8));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => {
                let msg = e.to_string();
                let field = msg.split('`').nth(1).unwrap_or("").chars().take(64).collect::<String>();
                let code = if msg.starts_with("unknown field") {
                    ErrorCode::RequestUnknownField
                } else if msg.starts_with("missing field") {
                    ErrorCode::RequestMissingField
                } else {
                    ErrorCode::RequestInvalidField
                };
                let err = AppError::new(code);
                if field.is_empty() {
                    err
                } else {
                    err.with_arg("field", field)
                }
            }
            _ => AppError::new(ErrorCode::RequestMalformedJson),
        }
    })
}

/// Who is calling: address, client type (`X-Latchkey-Client`), languages, bearer token.
#[derive(Debug, Clone)]
pub struct Client {
    pub actor: Actor,
    pub languages: Vec<String>,
    pub bearer: Option<String>,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // The peer, or the client a trusted proxy names; never a header from anyone else.
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ci| state.trusted_proxies.client(ci.0.ip(), &parts.headers).to_string())
            .unwrap_or_else(|| "unknown".into());
        let client_type = parts
            .headers
            .get("x-latchkey-client")
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().filter(|c| c.is_ascii_graphic()).take(64).collect::<String>())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "api".into());
        let languages = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(latchkey_i18n::parse_accept_language)
            .unwrap_or_default();
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(|t| t.trim().to_string());
        Ok(Client {
            actor: Actor { ip, client_type },
            languages,
            bearer,
        })
    }
}
