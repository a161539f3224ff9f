//! Per tenant and channel, the backend a message goes through: the tenant's configured SMTP
//! server or SMS gateway, else the default (the outbox).

use super::{Channel, Delivery, DeliveryError, Message, SmsHttp, Smtp, SmtpLogin, SmtpTls};
use crate::config::{ChannelConfig, TenantConfig};
use async_trait::async_trait;
use latchkey_proto::Secret;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// How long a failed send makes `check` fail for the same backend, unless a send succeeds first.
/// Reachability alone misses a server that answers but refuses everything (a relay that denies
/// us, a gateway answering 500); remembering real failures lets an unknown name's decoy challenge
/// fail as a known user's would.
const FAILURE_MEMORY_MS: i64 = 10 * 60 * 1000;

#[derive(Debug)]
struct Route {
    backend: Arc<dyn Delivery>,
    /// When the last send failed, if no send succeeded since.
    failed_at: Mutex<Option<i64>>,
}

impl Route {
    fn new(backend: Arc<dyn Delivery>) -> Route {
        Route {
            backend,
            failed_at: Mutex::new(None),
        }
    }

    fn remember(&self, at_ms: i64, ok: bool) {
        if let Ok(mut failed) = self.failed_at.lock() {
            *failed = if ok { None } else { Some(at_ms) };
        }
    }

    fn recent_failure(&self, at_ms: i64) -> Option<i64> {
        let failed = (*self.failed_at.lock().ok()?)?;
        (at_ms - failed < FAILURE_MEMORY_MS).then_some(((at_ms - failed) / 1000).max(0))
    }
}

#[derive(Debug, Default)]
struct TenantRoutes {
    email: Option<Route>,
    sms: Option<Route>,
}

#[derive(Debug)]
pub struct Router {
    default: Arc<dyn Delivery>,
    tenants: HashMap<String, TenantRoutes>,
}

impl Router {
    /// Everything through `default` until routes are added.
    pub fn new(default: Arc<dyn Delivery>) -> Router {
        Router {
            default,
            tenants: HashMap::new(),
        }
    }

    /// Sends `tenant`'s messages on `channel` through `backend`.
    pub fn route(mut self, tenant: &str, channel: Channel, backend: Arc<dyn Delivery>) -> Router {
        let routes = self.tenants.entry(tenant.to_string()).or_default();
        let slot = match channel {
            Channel::Email => &mut routes.email,
            Channel::Sms => &mut routes.sms,
        };
        *slot = Some(Route::new(backend));
        self
    }

    /// The routes the tenants' `[tenant.delivery.*]` tables ask for; the rest go to `default`.
    pub fn from_config(tenants: &[TenantConfig], default: Arc<dyn Delivery>) -> Result<Router, String> {
        let mut router = Router::new(default);
        for t in tenants {
            let Some(delivery) = &t.delivery else { continue };
            for (channel, ch) in [(Channel::Email, &delivery.email), (Channel::Sms, &delivery.sms)] {
                let Some(ch) = ch else { continue };
                if let Some(backend) = backend(channel, ch).map_err(|e| format!("tenant {}: {e}", t.slug))? {
                    router = router.route(&t.slug, channel, backend);
                }
            }
        }
        Ok(router)
    }

    /// Routes every channel the tenants configured with `kind = "outbox"` to `outbox`; the others
    /// keep their routes or the default.
    pub fn with_outbox_routes(mut self, tenants: &[TenantConfig], outbox: Arc<dyn Delivery>) -> Router {
        for t in tenants {
            let Some(delivery) = &t.delivery else { continue };
            for (channel, ch) in [(Channel::Email, &delivery.email), (Channel::Sms, &delivery.sms)] {
                if ch.as_ref().is_some_and(|c| c.kind == "outbox") {
                    self = self.route(&t.slug, channel, outbox.clone());
                }
            }
        }
        self
    }

    /// `(tenant, channel)` of the configured tenants' channels that have no table, which the
    /// default backend then serves.
    pub fn unrouted(tenants: &[TenantConfig]) -> Vec<(String, Channel)> {
        let mut out = Vec::new();
        for t in tenants {
            let d = t.delivery.clone().unwrap_or_default();
            for (channel, ch) in [(Channel::Email, &d.email), (Channel::Sms, &d.sms)] {
                if ch.is_none() {
                    out.push((t.slug.clone(), channel));
                }
            }
        }
        out
    }

    fn route_for(&self, tenant: &str, channel: Channel) -> Option<&Route> {
        let routes = self.tenants.get(tenant)?;
        match channel {
            Channel::Email => routes.email.as_ref(),
            Channel::Sms => routes.sms.as_ref(),
        }
    }
}

#[async_trait]
impl Delivery for Router {
    async fn send(&self, at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        let Some(route) = self.route_for(&msg.tenant, msg.channel) else {
            return self.default.send(at_ms, msg).await;
        };
        let result = route.backend.send(at_ms, msg).await;
        route.remember(at_ms, result.is_ok());
        result
    }

    async fn check(&self, at_ms: i64, tenant: &str, channel: Channel) -> Result<(), DeliveryError> {
        let Some(route) = self.route_for(tenant, channel) else {
            return self.default.check(at_ms, tenant, channel).await;
        };
        if let Some(secs) = route.recent_failure(at_ms) {
            return Err(DeliveryError::RecentlyFailed(secs));
        }
        route.backend.check(at_ms, tenant, channel).await
    }
}

/// The backend one `[tenant.delivery.<channel>]` table describes: `None` for the outbox (the
/// default), or a message naming the key that is wrong. `Config::check` calls it too, so a bad
/// setting stops the server at start, never at the first code.
pub fn backend(channel: Channel, ch: &ChannelConfig) -> Result<Option<Arc<dyn Delivery>>, String> {
    let name = match channel {
        Channel::Email => "email",
        Channel::Sms => "sms",
    };
    let keys = [
        ("host", ch.host.is_some()),
        ("port", ch.port.is_some()),
        ("from", ch.from.is_some()),
        ("tls", ch.tls.is_some()),
        ("username", ch.username.is_some()),
        ("password_file", ch.password_file.is_some()),
        ("ca_file", ch.ca_file.is_some()),
        ("url", ch.url.is_some()),
    ];
    let used: &[&str] = match (channel, ch.kind.as_str()) {
        (_, "outbox") => &[],
        (Channel::Email, "smtp") => &["host", "port", "from", "tls", "username", "password_file", "ca_file"],
        (Channel::Sms, "http") => &["url"],
        (Channel::Email, other) => {
            return Err(format!(
                "delivery.email kind \"{other}\" is not available (email: \"outbox\" or \"smtp\")"
            ));
        }
        (Channel::Sms, other) => {
            return Err(format!(
                "delivery.sms kind \"{other}\" is not available (sms: \"outbox\" or \"http\")"
            ));
        }
    };
    if let Some((key, _)) = keys.iter().find(|(key, given)| *given && !used.contains(key)) {
        return Err(format!("delivery.{name}.{key} is not used by kind \"{}\"", ch.kind));
    }
    let required = |key: &str, value: &Option<String>| -> Result<String, String> {
        match value.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => Ok(v.to_string()),
            _ => Err(format!("delivery.{name}.{key} is required for kind \"{}\"", ch.kind)),
        }
    };
    match ch.kind.as_str() {
        "smtp" => {
            let host = required("host", &ch.host)?;
            let from = required("from", &ch.from)?;
            if ch.port == Some(0) {
                return Err(format!("delivery.{name}.port must be 1-65535"));
            }
            let tls = match ch.tls.as_deref() {
                // Required STARTTLS unless the configuration says otherwise: codes never cross
                // the network in plain text by default.
                None => SmtpTls::Starttls,
                Some(t) => SmtpTls::parse(t)
                    .ok_or_else(|| format!("delivery.{name}.tls \"{t}\" must be {}", SmtpTls::NAMES))?,
            };
            let read = |key: &str, path: &std::path::Path| {
                std::fs::read(path).map_err(|e| format!("delivery.{name}.{key} {}: {e}", path.display()))
            };
            let ca_pem = ch.ca_file.as_deref().map(|p| read("ca_file", p)).transpose()?;
            let login = match (&ch.username, &ch.password_file) {
                (Some(user), Some(file)) => {
                    if !matches!(tls, SmtpTls::Starttls | SmtpTls::Tls) {
                        return Err(format!(
                            "delivery.{name}.username needs tls = \"starttls\" or \"tls\": a password is never sent unencrypted"
                        ));
                    }
                    let raw = String::from_utf8(read("password_file", file)?)
                        .map_err(|_| format!("delivery.{name}.password_file {} is not UTF-8 text", file.display()))?;
                    let password = raw.trim_end_matches(['\r', '\n']);
                    if user.trim().is_empty() || password.is_empty() {
                        return Err(format!(
                            "delivery.{name}.username and the password in {} must not be empty",
                            file.display()
                        ));
                    }
                    Some(SmtpLogin {
                        username: user.trim().to_string(),
                        password: Secret::new(password.to_string()),
                    })
                }
                (Some(_), None) => return Err(format!("delivery.{name}.password_file is required with username")),
                (None, Some(_)) => return Err(format!("delivery.{name}.username is required with password_file")),
                (None, None) => None,
            };
            let smtp = Smtp::new(&host, ch.port, tls, &from, ca_pem.as_deref(), login)
                .map_err(|e| format!("delivery.{name}.{e}"))?;
            Ok(Some(Arc::new(smtp)))
        }
        "http" => {
            let url = required("url", &ch.url)?;
            let sms = SmsHttp::new(&url).map_err(|e| format!("delivery.{name}.url {e}"))?;
            Ok(Some(Arc::new(sms)))
        }
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Counts sends and fails while told to.
    #[derive(Debug, Default)]
    struct Flaky {
        sent: AtomicUsize,
        failing: std::sync::atomic::AtomicBool,
    }

    #[async_trait]
    impl Delivery for Flaky {
        async fn send(&self, _at_ms: i64, _msg: &Message) -> Result<(), DeliveryError> {
            self.sent.fetch_add(1, Ordering::SeqCst);
            if self.failing.load(Ordering::SeqCst) {
                Err(DeliveryError::HttpStatus(500))
            } else {
                Ok(())
            }
        }
    }

    fn msg(tenant: &str, channel: Channel) -> Message {
        Message {
            tenant: tenant.into(),
            channel,
            to: "+14255550134".into(),
            subject: None,
            body: "hello".into(),
            html: None,
            code: None,
        }
    }

    #[tokio::test]
    async fn routes_per_tenant_and_channel_and_remembers_failures() {
        let default = Arc::new(Flaky::default());
        let gateway = Arc::new(Flaky::default());
        let router = Router::new(default.clone()).route("contoso", Channel::Sms, gateway.clone());
        router.send(0, &msg("contoso", Channel::Sms)).await.unwrap();
        router.send(0, &msg("contoso", Channel::Email)).await.unwrap();
        router.send(0, &msg("fabrikam", Channel::Sms)).await.unwrap();
        assert_eq!(gateway.sent.load(Ordering::SeqCst), 1);
        assert_eq!(default.sent.load(Ordering::SeqCst), 2);

        gateway.failing.store(true, Ordering::SeqCst);
        assert!(router.send(1_000, &msg("contoso", Channel::Sms)).await.is_err());
        // A failed send fails the check for a while; other routes are not affected.
        assert!(matches!(
            router.check(61_000, "contoso", Channel::Sms).await,
            Err(DeliveryError::RecentlyFailed(60))
        ));
        router.check(61_000, "contoso", Channel::Email).await.unwrap();
        router
            .check(1_000 + FAILURE_MEMORY_MS, "contoso", Channel::Sms)
            .await
            .unwrap();
        // A success clears it at once.
        gateway.failing.store(false, Ordering::SeqCst);
        router.send(2_000, &msg("contoso", Channel::Sms)).await.unwrap();
        router.check(3_000, "contoso", Channel::Sms).await.unwrap();
    }
}
