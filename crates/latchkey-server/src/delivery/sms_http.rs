//! Text messages through an HTTP gateway: `POST url` with `{"to","body","tenant"}` as JSON; any
//! 2xx answer means the gateway took the message. The gateway turns it into an SMS, so this
//! works with any provider behind a small adapter.

use super::{Channel, Delivery, DeliveryError, Message};
use async_trait::async_trait;
use serde::Serialize;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);

pub struct SmsHttp {
    client: reqwest::Client,
    url: reqwest::Url,
    /// Host and port, for the reachability check and the log (never the path or query, which
    /// may hold a key).
    host: String,
    port: u16,
}

impl std::fmt::Debug for SmsHttp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsHttp")
            .field("host", &self.host)
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct GatewayRequest<'a> {
    to: &'a str,
    body: &'a str,
    tenant: &'a str,
}

impl SmsHttp {
    /// `url` must be an absolute `http://` or `https://` URL with a host.
    pub fn new(url: &str) -> Result<SmsHttp, String> {
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(format!("{url:?} must start with http:// or https://"));
        }
        let host = parsed
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| format!("{url:?} has no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let port = parsed
            .port_or_known_default()
            .ok_or_else(|| format!("{url:?} has no port"))?;
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            // A redirect would turn the POST into something else; the gateway's URL is the one
            // configured. No proxy either, so that `check` tests the same path a send takes.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            // A fresh connection per message, as for SMTP: a kept-alive one could outlive the
            // gateway's listener and make a send succeed where `check` fails.
            .pool_max_idle_per_host(0)
            .build()
            .map_err(|e| format!("HTTP client: {e}"))?;
        Ok(SmsHttp {
            client,
            url: parsed,
            host,
            port,
        })
    }
}

#[async_trait]
impl Delivery for SmsHttp {
    async fn send(&self, _at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        let resp = self
            .client
            .post(self.url.clone())
            .json(&GatewayRequest {
                to: &msg.to,
                body: &msg.body,
                tenant: &msg.tenant,
            })
            .send()
            .await?;
        let status = resp.status();
        if !status.is_success() {
            return Err(DeliveryError::HttpStatus(status.as_u16()));
        }
        tracing::info!(
            tenant = msg.tenant,
            to = msg.to,
            gateway = self.host,
            "text message handed to the gateway"
        );
        Ok(())
    }

    /// Can the gateway be reached at all? Without sending anything, that is as far as one can tell.
    async fn check(&self, _at_ms: i64, _tenant: &str, _channel: Channel) -> Result<(), DeliveryError> {
        let target = format!("{}:{}", self.host, self.port);
        match tokio::time::timeout(TIMEOUT, tokio::net::TcpStream::connect((self.host.as_str(), self.port))).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(DeliveryError::Unreachable(target, e)),
            Err(_) => Err(DeliveryError::ConnectTimeout(target)),
        }
    }
}
