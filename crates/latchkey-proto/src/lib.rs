//! Latchkey's wire contract: the JSON types exchanged between the server, the desktop app and
//! the UI, and the stable dotted error codes clients localize.
//!
//! This crate holds data only: no I/O, no policy logic, no English text beyond error fallbacks.

mod error;
mod methods;
mod reset;
mod secret;

pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use methods::*;
pub use reset::*;
pub use secret::Secret;

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `GET /healthz`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// Tenant branding as served at `/api/v1/tenants/{t}/branding`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Branding {
    pub name: String,
    pub colors: Colors,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in_text: Option<String>,
    /// The sign-in text in other languages, by locale tag (one of `locales`); a language without
    /// an entry shows `sign_in_text`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sign_in_text_translations: std::collections::BTreeMap<String, String>,
    pub helpdesk: Helpdesk,
    pub locales: Vec<String>,
    /// The colors as the UI applies them (CSS custom properties `--brand-*`), computed by the
    /// server from `colors` so that every client shows the same readable look.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub palette: Option<Palette>,
}

/// Readable colors for the UI: `on_primary` labels buttons of the primary color, `accent` is the
/// primary color where it reads on the background (links, focus rings, headings), else the text
/// color.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Palette {
    pub primary: String,
    pub on_primary: String,
    pub background: String,
    pub text: String,
    pub accent: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Colors {
    pub primary: String,
    pub background: String,
    pub text: String,
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            primary: "#0f6cbd".into(),
            background: "#ffffff".into(),
            text: "#242424".into(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Helpdesk {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// The password rules a tenant enforces, served at `/api/v1/tenants/{t}/password-policy` so the
/// app can evaluate a candidate live with the same code the server uses.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordPolicy {
    pub min_length: u32,
    pub max_length: u32,
    /// How many previous passwords may not be reused (0 = no history check).
    pub history_count: u32,
    pub banned_check: bool,
    pub breached_check: bool,
    /// Minimum zxcvbn score, 0..=4.
    pub min_strength: u8,
    pub user_info_check: bool,
    /// The tenant's own banned terms (besides the built-in list and the tenant name).
    #[serde(default)]
    pub custom_banned_words: Vec<String>,
    /// The tenant's display name, used as a banned term.
    #[serde(default)]
    pub tenant_name: String,
    /// Seconds a password must be kept before its owner may change it again (a directory's
    /// minimum age, e.g. OpenLDAP `pwdMinAge`); 0 = none.
    #[serde(default)]
    pub min_age_secs: u64,
    /// Wrong passwords in a row before the account locks (the tenant's `lockout_threshold`, or
    /// the directory's own rule when it is stricter).
    #[serde(default)]
    pub lockout_threshold: u32,
}

/// Kinds of security-info methods.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    Totp,
    Email,
    Phone,
    Questions,
    SecurityKey,
    /// Single-use recovery codes: for signing in when the phone or key is lost, never enough
    /// alone for a password reset, never an allowed policy method.
    BackupCodes,
}

impl MethodKind {
    /// The kinds a tenant can allow.
    pub const ALL: [MethodKind; 5] = [
        MethodKind::Totp,
        MethodKind::Email,
        MethodKind::Phone,
        MethodKind::Questions,
        MethodKind::SecurityKey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MethodKind::Totp => "totp",
            MethodKind::Email => "email",
            MethodKind::Phone => "phone",
            MethodKind::Questions => "questions",
            MethodKind::SecurityKey => "security_key",
            MethodKind::BackupCodes => "backup_codes",
        }
    }

    pub fn parse(s: &str) -> Option<MethodKind> {
        MethodKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A registered security-info method; `hint` is always masked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Method {
    pub id: String,
    pub kind: MethodKind,
    pub hint: String,
    /// RFC 3339.
    pub created_at: String,
    pub verified: bool,
    #[serde(default)]
    pub is_default: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<String>,
    /// The user's name for it (security keys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `POST /api/v1/tenants/{t}/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Password))]
    pub password: Secret,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignInResponse {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: Secret,
    pub mfa_required: bool,
    pub methods: Vec<Method>,
    /// The password was set by an administrator (temporary) or has expired: the session can only
    /// change the password.
    #[serde(default)]
    pub password_change_required: bool,
    /// Unix seconds.
    pub expires_at: i64,
    /// What the user is asked first once signed in (and stepped up): register more methods or
    /// confirm them (see `MethodsResponse::interrupt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interrupt: Option<RegistrationInterrupt>,
}

/// `POST /api/v1/tenants/{t}/me/password`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Password))]
    pub current_password: Secret,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Password))]
    pub new_password: Secret,
}

/// Empty success answer `{"status":"ok"}` for calls that return nothing else.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Done {
    pub status: String,
}

impl Done {
    pub fn ok() -> Self {
        Done { status: "ok".into() }
    }
}

/// One item of the live password checklist.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordCheck {
    /// `length`, `not_banned`, `not_breached`, `strength`, `no_user_info`.
    pub rule: String,
    pub ok: bool,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub args: serde_json::Map<String, serde_json::Value>,
}

/// A reason a password is refused: `code` is an error code (`password.too_short`, ...).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordProblemWire {
    pub code: String,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub args: serde_json::Map<String, serde_json::Value>,
}

/// The verdict on a candidate password, identical in the app (live) and on the server.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordVerdict {
    pub ok: bool,
    /// zxcvbn score 0..=4.
    pub score: u8,
    pub checks: Vec<PasswordCheck>,
    pub problems: Vec<PasswordProblemWire>,
}
