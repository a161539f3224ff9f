//! Sending emails and text messages, behind one trait. The outbox writes one JSON line per
//! message, code included, to `<data-dir>/outbox.jsonl` (mode 0600); `serve` uses it only for a
//! channel configured with `kind = "outbox"`, `demo` for everything, the tests read it. An
//! unconfigured channel under `serve` refuses to send ([`Unconfigured`]). A tenant's configuration may route its email through SMTP and its text
//! messages through an HTTP gateway; [`Router`] picks the backend per tenant and channel.
//!
//! Only the outbox ever records a code: the other backends hand the message to the network and
//! log who it went to, never what it said.

mod outbox;
mod router;
mod sms_http;
mod smtp;

pub use outbox::Outbox;
pub use router::{Router, backend};
pub use sms_http::SmsHttp;
pub use smtp::{Smtp, SmtpLogin, SmtpTls};

use async_trait::async_trait;
use latchkey_proto::Secret;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    /// The configuration table's last name: `email` or `sms`.
    pub fn table(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }
}

/// The content id of the inline logo.
pub const LOGO_CID: &str = "logo@latchkey";

/// An image carried inside the email.
#[derive(Clone, PartialEq)]
pub struct InlineImage {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for InlineImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InlineImage")
            .field("content_type", &self.content_type)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The HTML part of an email and the logo it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Html {
    pub html: String,
    pub logo: Option<InlineImage>,
}

#[derive(Clone)]
pub struct Message {
    pub tenant: String,
    pub channel: Channel,
    pub to: String,
    pub subject: Option<String>,
    /// May contain the code, so `Debug` leaves it out. For an email, the plain-text part.
    pub body: String,
    /// For an email, the HTML part (with its inline logo), sent as the alternative to `body`.
    pub html: Option<Html>,
    /// The one-time code in the message, if any (the outbox records it for tests and the demo).
    pub code: Option<Secret>,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("tenant", &self.tenant)
            .field("channel", &self.channel)
            .field("to", &self.to)
            .field("subject", &self.subject)
            .field("body", &"<redacted>")
            .field("html", &self.html.as_ref().map(|_| "<redacted>"))
            .field("code", &self.code)
            .finish()
    }
}

/// Why a message did not go out. The text is for the log: it names the backend's answer, never
/// the message's content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeliveryError {
    #[error("outbox: {0}")]
    Io(#[from] std::io::Error),
    #[error("email address {0:?} is not valid")]
    Address(String),
    #[error("email could not be built: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("smtp: the server did not answer NOOP")]
    SmtpNotReady,
    #[error("sms gateway: {0}")]
    Http(reqwest::Error),
    #[error("sms gateway answered HTTP {0}")]
    HttpStatus(u16),
    #[error("sms gateway at {0} cannot be reached: {1}")]
    Unreachable(String, std::io::Error),
    #[error("sms gateway at {0} did not accept a connection in time")]
    ConnectTimeout(String),
    #[error("the last message through this backend failed {0} s ago and none went out since")]
    RecentlyFailed(i64),
    #[error("tenant {0} has no [tenant.delivery.{1}] table: nothing is sent")]
    NotConfigured(String, &'static str),
}

/// The default under `serve` for a channel its tenant has not configured: every send (and every
/// check, so unknown names' decoys fail alike) is refused. Codes are written to a file only when
/// the configuration says `kind = "outbox"` or under `demo`.
#[derive(Debug, Default)]
pub struct Unconfigured;

#[async_trait]
impl Delivery for Unconfigured {
    async fn send(&self, _at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        Err(DeliveryError::NotConfigured(msg.tenant.clone(), msg.channel.table()))
    }

    async fn check(&self, _at_ms: i64, tenant: &str, channel: Channel) -> Result<(), DeliveryError> {
        Err(DeliveryError::NotConfigured(tenant.to_string(), channel.table()))
    }
}

impl From<reqwest::Error> for DeliveryError {
    fn from(e: reqwest::Error) -> Self {
        // The URL may carry a gateway key in its query; the log gets the error without it.
        DeliveryError::Http(e.without_url())
    }
}

#[async_trait]
pub trait Delivery: Send + Sync + std::fmt::Debug {
    async fn send(&self, at_ms: i64, msg: &Message) -> Result<(), DeliveryError>;

    /// Whether a message for `tenant` on `channel` would go out now, as far as can be told without
    /// sending one. The reset flow asks it for an unknown name's decoy methods, so that their
    /// challenges fail when a real user's would: otherwise a broken mail server would tell
    /// an attacker which names are real.
    async fn check(&self, _at_ms: i64, _tenant: &str, _channel: Channel) -> Result<(), DeliveryError> {
        Ok(())
    }
}

/// RFC 3339 UTC from Unix milliseconds, without a date library.
pub fn rfc3339(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_764_111_600_000), "2025-11-25T23:00:00Z");
    }

    #[test]
    fn debug_never_shows_the_code() {
        let msg = Message {
            tenant: "contoso".into(),
            channel: Channel::Sms,
            to: "+14255550134".into(),
            subject: None,
            body: "492817 is your code".into(),
            html: None,
            code: Some(Secret::new("492817")),
        };
        let text = format!("{msg:?}");
        assert!(!text.contains("492817"), "{text}");
        assert!(text.contains("+14255550134"));
    }
}
