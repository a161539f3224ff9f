//! Self-service reset and unlock wire types.

use crate::{MethodKind, Secret};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `POST /captcha`: solve by finding a decimal nonce such that SHA-256(challenge + nonce)
/// starts with `difficulty` zero bits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CaptchaChallenge {
    pub id: String,
    pub algorithm: String,
    pub challenge: String,
    pub difficulty: u32,
    /// RFC 3339.
    pub expires_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaptchaSolution {
    pub id: String,
    pub solution: String,
}

/// `POST /resets`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetStartRequest {
    pub username: String,
    pub captcha: CaptchaSolution,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetMethod {
    pub id: String,
    pub kind: MethodKind,
    pub hint: String,
}

/// The same shape for every user name, known or not.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetStarted {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub reset_id: Secret,
    pub required: u8,
    pub methods: Vec<ResetMethod>,
    /// Unix seconds.
    pub expires_at: i64,
}

/// `POST /resets/{id}/verify`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetVerifyRequest {
    pub method_id: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub code: Option<Secret>,
    /// A WebAuthn assertion (security keys).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub credential: Option<serde_json::Value>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub answers: Option<Vec<Secret>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetProgress {
    pub verified: Vec<String>,
    pub remaining: u8,
    /// Once nothing remains on a password reset: the rules for this user's new password (the
    /// tenant's, tightened by the directory's, including a fine-grained policy that applies to
    /// the user alone), for live feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_policy: Option<crate::PasswordPolicy>,
}

/// `POST /resets/{id}/password`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetPasswordRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Password))]
    pub new_password: Secret,
}
