//! Security-info and step-up wire types.

use crate::{Method, Secret};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `GET /me/methods`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MethodsResponse {
    pub methods: Vec<Method>,
    /// Methods a reset needs (the tenant's `methods_required`).
    pub required: u8,
    pub registration_complete: bool,
    /// The tenant asks users to confirm their info and the interval has passed.
    #[serde(default)]
    pub reconfirm_due: bool,
    /// Kinds the tenant allows this user to add.
    #[serde(default)]
    pub allowed: Vec<String>,
    /// The tenant asks this user, before anything else, to register or to confirm their
    /// methods (`registration_required`, `reconfirm_days`); absent when nothing is asked or the
    /// user skipped it in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interrupt: Option<RegistrationInterrupt>,
}

/// Why the user is interrupted after sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InterruptReason {
    /// Fewer usable methods than the tenant requires.
    Register,
    /// The methods were last confirmed more than `reconfirm_days` ago.
    Reconfirm,
}

/// "Your organization needs more information" / "Is your security info still current?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegistrationInterrupt {
    pub reason: InterruptReason,
    /// Methods a reset needs for this user (two for administrators).
    pub required: u8,
    /// Methods this user could reset with today.
    pub registered: u32,
    /// The tenant's `registration_skips_allowed` (0: the step cannot be skipped).
    pub skips_allowed: u32,
    /// Skips this user has left.
    pub skips_left: u32,
}

/// `POST /me/registration/skip`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegistrationSkipped {
    /// Skips this user has left after this one.
    pub skips_left: u32,
}

/// `POST /me/methods/totp`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TotpEnrollment {
    pub id: String,
    /// Base32, for manual entry.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub secret: Secret,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub otpauth_uri: Secret,
    /// The `otpauth://` URI as an SVG QR code.
    pub qr_svg: String,
}

/// A one-time code for verifying a method.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub code: Secret,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailStartRequest {
    pub address: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PhoneStartRequest {
    /// E.164, e.g. `+14255550134`.
    pub number: String,
}

/// A method was created (not yet verified); a code went to `hint`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MethodStarted {
    pub id: String,
    pub hint: String,
    pub expires_in_secs: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Question {
    pub id: String,
    pub text: String,
}

/// `GET /me/methods/questions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct QuestionsResponse {
    pub questions: Vec<Question>,
    /// How many to answer.
    pub required: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    pub question_id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub answer: Secret,
}

/// `PUT /me/methods/questions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionsRequest {
    pub answers: Vec<QuestionAnswer>,
}

/// `POST /me/methods/backup-codes`: shown once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BackupCodes {
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub codes: Vec<Secret>,
}

/// `POST /sessions/current/mfa/challenges`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChallengeRequest {
    pub method_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Challenge {
    /// Where a code went (masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_secs: Option<u32>,
    /// Security questions to answer, in this order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<Question>>,
    /// For a security key: the WebAuthn `PublicKeyCredentialRequestOptions` to sign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub options: Option<serde_json::Value>,
}

/// `POST /sessions/current/mfa`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MfaRequest {
    pub method_id: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub code: Option<Secret>,
    /// Answers to the challenge's questions, in its order.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub answers: Option<Vec<Secret>>,
    /// For a security key: the WebAuthn `PublicKeyCredential` (assertion) the key signed.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub credential: Option<serde_json::Value>,
}

/// The start of a security-key registration: the method id and the WebAuthn
/// `PublicKeyCredentialCreationOptions` for the authenticator.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SecurityKeyStarted {
    pub id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub options: serde_json::Value,
}

/// The end of a security-key registration: the key's attestation and a name the user chose.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SecurityKeyFinishRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
    #[serde(default)]
    pub name: Option<String>,
}
