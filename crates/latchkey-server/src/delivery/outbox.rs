//! The outbox: every message is one JSON line in a file, code included, so the demo and the
//! tests can read what was sent.

use super::{Channel, Delivery, DeliveryError, Message, rfc3339};
use async_trait::async_trait;
use latchkey_proto::Secret;
use serde::Serialize;
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;

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
    /// The HTML alternative of an email.
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<&'a str>,
    /// The content type of the logo the HTML part carries inline (`cid:`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    inline_logo: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
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
            html: msg.html.as_ref().map(|h| h.html.as_str()),
            inline_logo: msg
                .html
                .as_ref()
                .and_then(|h| h.logo.as_ref())
                .map(|l| l.content_type.as_str()),
            code: msg.code.as_ref().map(Secret::expose),
        };
        let mut text = serde_json::to_string(&line).unwrap_or_default();
        text.push('\n');
        tracing::info!(tenant = msg.tenant, channel = ?msg.channel, to = msg.to, "message written to the outbox");
        let _guard = self.lock.lock().await;
        let mut opts = tokio::fs::OpenOptions::new();
        opts.create(true).append(true);
        // It holds live codes: readable by the server's user only.
        #[cfg(unix)]
        opts.mode(0o600);
        let mut f = opts.open(&self.path).await?;
        f.write_all(text.as_bytes()).await?;
        f.flush().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_file_is_private() {
        let dir = std::env::temp_dir().join(format!("lk-outbox-{}", crate::store::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("outbox.jsonl");
        let msg = Message {
            tenant: "contoso".into(),
            channel: Channel::Email,
            to: "alex@contoso.com".into(),
            subject: None,
            body: "123456".into(),
            html: None,
            code: Some(Secret::new("123456")),
        };
        Outbox::new(path.clone()).send(0, &msg).await.unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
