//! Email over SMTP (lettre). One connection per message: codes are few and far between, and a
//! fresh connection never hands a message to a server that went away since the last one.

use super::{Channel, Delivery, DeliveryError, Message};
use async_trait::async_trait;
use latchkey_proto::Secret;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::time::Duration;

/// Connect, and each SMTP command, must finish within this.
const TIMEOUT: Duration = Duration::from_secs(10);

/// How the connection to the SMTP server is protected (`tls` in the configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// STARTTLS when the server offers it, plain text otherwise (port 25).
    Opportunistic,
    /// STARTTLS or nothing is sent (the default; port 587 unless given).
    Starttls,
    /// TLS from the first byte, "SMTPS" (port 465 unless given).
    Tls,
    /// Plain text only (port 25), for a relay on the same host or network.
    None,
}

impl SmtpTls {
    pub const NAMES: &'static str = "\"opportunistic\", \"starttls\", \"tls\" or \"none\"";

    pub fn parse(s: &str) -> Option<SmtpTls> {
        match s {
            "opportunistic" => Some(SmtpTls::Opportunistic),
            "starttls" => Some(SmtpTls::Starttls),
            "tls" => Some(SmtpTls::Tls),
            "none" => Some(SmtpTls::None),
            _ => None,
        }
    }

    fn default_port(self) -> u16 {
        match self {
            SmtpTls::Opportunistic | SmtpTls::None => 25,
            SmtpTls::Starttls => 587,
            SmtpTls::Tls => 465,
        }
    }
}

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// `host:port`, for the log.
    server: String,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

/// What is wrong with an SMTP setting, named by its key.
#[derive(Debug, thiserror::Error)]
pub enum SmtpSettingError {
    #[error("from {0:?} is not an email address (e.g. \"Contoso IT <it@contoso.com>\")")]
    From(String),
    #[error("host {0:?} cannot be used for TLS: {1}")]
    Host(String, String),
    #[error("ca_file holds no usable PEM certificate: {0}")]
    Ca(String),
}

/// SMTP sign-in (AUTH PLAIN or LOGIN, whichever the server offers), only over TLS.
pub struct SmtpLogin {
    pub username: String,
    pub password: Secret,
}

impl std::fmt::Debug for SmtpLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpLogin")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

impl Smtp {
    /// `ca_pem`: extra certificate authorities to trust (PEM), besides the Mozilla roots.
    pub fn new(
        host: &str,
        port: Option<u16>,
        tls: SmtpTls,
        from: &str,
        ca_pem: Option<&[u8]>,
        login: Option<SmtpLogin>,
    ) -> Result<Smtp, SmtpSettingError> {
        let from_box: Mailbox = from.parse().map_err(|_| SmtpSettingError::From(from.into()))?;
        let ca = ca_pem
            .map(|pem| {
                if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
                    return Err(SmtpSettingError::Ca("no \"BEGIN CERTIFICATE\" block".into()));
                }
                Certificate::from_pem(pem).map_err(|e| SmtpSettingError::Ca(e.to_string()))
            })
            .transpose()?;
        let params = || {
            let mut b = TlsParameters::builder(host.to_string());
            if let Some(ca) = &ca {
                b = b.add_root_certificate(ca.clone());
            }
            b.build()
                .map_err(|e| SmtpSettingError::Host(host.into(), e.to_string()))
        };
        let tls_setting = match tls {
            SmtpTls::Opportunistic => Tls::Opportunistic(params()?),
            SmtpTls::Starttls => Tls::Required(params()?),
            SmtpTls::Tls => Tls::Wrapper(params()?),
            SmtpTls::None => Tls::None,
        };
        let port = port.unwrap_or(tls.default_port());
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .tls(tls_setting)
            .timeout(Some(TIMEOUT));
        if let Some(login) = login {
            builder = builder
                .credentials(Credentials::new(login.username, login.password.expose().to_string()))
                .authentication(vec![Mechanism::Plain, Mechanism::Login]);
        }
        let transport = builder.build();
        Ok(Smtp {
            transport,
            from: from_box,
            server: format!("{host}:{port}"),
        })
    }
}

#[async_trait]
impl Delivery for Smtp {
    async fn send(&self, _at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        let to: Mailbox = msg.to.parse().map_err(|_| DeliveryError::Address(msg.to.clone()))?;
        let builder = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(msg.subject.clone().unwrap_or_default());
        let email = match &msg.html {
            None => builder.header(ContentType::TEXT_PLAIN).body(msg.body.clone())?,
            // multipart/alternative: the plain text first, the HTML (with its inline logo in a
            // multipart/related) as the preferred rendering.
            Some(html) => {
                let html_part = match &html.logo {
                    None => MultiPart::related().singlepart(SinglePart::html(html.html.clone())),
                    Some(logo) => {
                        let ct = ContentType::parse(&logo.content_type).unwrap_or(ContentType::TEXT_PLAIN);
                        MultiPart::related()
                            .singlepart(SinglePart::html(html.html.clone()))
                            .singlepart(
                                Attachment::new_inline(super::LOGO_CID.to_string()).body(logo.bytes.clone(), ct),
                            )
                    }
                };
                builder.multipart(
                    MultiPart::alternative()
                        .singlepart(SinglePart::plain(msg.body.clone()))
                        .multipart(html_part),
                )?
            }
        };
        self.transport.send(email).await?;
        tracing::info!(
            tenant = msg.tenant,
            to = msg.to,
            server = self.server,
            "email handed to the SMTP server"
        );
        Ok(())
    }

    async fn check(&self, _at_ms: i64, _tenant: &str, _channel: Channel) -> Result<(), DeliveryError> {
        if self.transport.test_connection().await? {
            Ok(())
        } else {
            Err(DeliveryError::SmtpNotReady)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_smtp_password() {
        let login = || SmtpLogin {
            username: "relay".into(),
            password: Secret::new("Relay-Pass-3141"),
        };
        let shown = format!("{:?}", login());
        assert!(shown.contains("relay") && !shown.contains("3141"), "{shown}");
        let smtp = Smtp::new(
            "127.0.0.1",
            None,
            SmtpTls::Starttls,
            "it@contoso.com",
            None,
            Some(login()),
        )
        .unwrap();
        let shown = format!("{smtp:?}");
        assert!(!shown.contains("3141"), "{shown}");
    }
}
