//! Sending emails and text messages. The embedded default is the outbox: one JSON line per
//! message appended to `<data-dir>/outbox.jsonl` (and logged), which the demo and the tests read.

use async_trait::async_trait;
use latchkey_proto::Secret;
use serde::Serialize;
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Sms,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub tenant: String,
    pub channel: Channel,
    pub to: String,
    pub subject: Option<String>,
    pub body: String,
    /// The one-time code in the message, if any (the outbox records it for tests and the demo).
    pub code: Option<Secret>,
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("outbox: {0}")]
    Io(#[from] std::io::Error),
}

#[async_trait]
pub trait Delivery: Send + Sync + std::fmt::Debug {
    async fn send(&self, at_ms: i64, msg: &Message) -> Result<(), DeliveryError>;
}

#[derive(Debug)]
pub struct Outbox {
    path: PathBuf,
    lock: tokio::sync::Mutex<()>,
}

impl Outbox {
    pub fn new(path: PathBuf) -> Outbox {
        Outbox {
            path,
            lock: tokio::sync::Mutex::new(()),
        }
    }
}

#[derive(Serialize)]
struct OutboxLine<'a> {
    at: String,
    tenant: &'a str,
    channel: Channel,
    to: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    body: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
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

#[async_trait]
impl Delivery for Outbox {
    async fn send(&self, at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        let line = OutboxLine {
            at: rfc3339(at_ms),
            tenant: &msg.tenant,
            channel: msg.channel,
            to: &msg.to,
            subject: msg.subject.as_deref(),
            body: &msg.body,
            code: msg.code.as_ref().map(Secret::expose),
        };
        let mut text = serde_json::to_string(&line).unwrap_or_default();
        text.push('\n');
        tracing::info!(tenant = msg.tenant, channel = ?msg.channel, to = msg.to, "message written to the outbox");
        let _guard = self.lock.lock().await;
        let mut f = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .await?;
        f.write_all(text.as_bytes()).await?;
        f.flush().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_rfc3339() {
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::rfc3339(1_764_111_600_000), "2025-11-25T23:00:00Z");
    }
}
