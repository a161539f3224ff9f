//! LDAP connections: TLS (LDAPS or StartTLS, never a silent fall back to plain text), a bounded
//! time for every call, and a small pool of service-account connections that are reused and
//! replaced when broken. A user's bind always gets a fresh, short-lived connection of its own,
//! so it never changes the identity of a shared one.

use crate::directory::{DirResult, DirectoryError};
use latchkey_proto::Secret;
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapError, ResultEntry, SearchEntry};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// Where and how to connect.
#[derive(Clone)]
pub struct Endpoint {
    pub url: String,
    pub starttls: bool,
    /// Certificate authorities to trust (`ca_file`); `None`: the system's.
    pub tls: Option<Arc<rustls::ClientConfig>>,
    pub timeout: Duration,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Endpoint")
            .field("url", &self.url)
            .field("starttls", &self.starttls)
            .field("ca_file", &self.tls.is_some())
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// A rustls client configuration trusting exactly the certificates in `pem`.
pub fn tls_config(pem: &[u8]) -> Result<Arc<rustls::ClientConfig>, String> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    let mut found = 0;
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| format!("not valid PEM: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("holds a certificate rustls cannot use: {e}"))?;
        found += 1;
    }
    if found == 0 {
        return Err("holds no PEM certificate".into());
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// What a TLS failure means, in words an administrator can act on.
fn tls_problem(text: &str) -> Option<&'static str> {
    let t = text.to_ascii_lowercase();
    if t.contains("unknownissuer") || t.contains("unknown issuer") || t.contains("unknown ca") {
        Some("the directory's certificate is not from a trusted authority (check ca_file)")
    } else if t.contains("expired") || t.contains("notvalidyet") || t.contains("not valid yet") {
        Some("the directory's certificate has expired or is not valid yet")
    } else if t.contains("notvalidforname") || t.contains("not valid for name") {
        Some("the directory's certificate is not valid for the host name in url")
    } else if t.contains("certificate") || t.contains("handshake") || t.contains("tls") {
        Some("the TLS handshake with the directory failed")
    } else {
        None
    }
}

/// A failed call, as one of our errors: TLS problems, time-outs and lost connections apart from
/// what the directory refused.
pub fn classify(e: LdapError, timeout: Duration) -> DirectoryError {
    match e {
        LdapError::Timeout { .. } => DirectoryError::Timeout(timeout.as_secs().max(1)),
        LdapError::Rustls { source } => DirectoryError::Tls(format!(
            "{}: {source}",
            tls_problem(&source.to_string()).unwrap_or("TLS failed")
        )),
        LdapError::Io { source } => {
            let text = source.to_string();
            match tls_problem(&text) {
                Some(problem) => DirectoryError::Tls(format!("{problem}: {text}")),
                None => DirectoryError::Unavailable(text),
            }
        }
        LdapError::LdapResult { result } => match result.rc {
            // busy, unavailable, unwilling to perform (a server shutting down), other
            51 | 52 => DirectoryError::Unavailable(format!("result {}: {}", result.rc, result.text)),
            _ => DirectoryError::Refused(format!("result {}: {}", result.rc, result.text)),
        },
        other => {
            let text = other.to_string();
            match tls_problem(&text) {
                Some(problem) if text.to_ascii_lowercase().contains("tls") => {
                    DirectoryError::Tls(format!("{problem}: {text}"))
                }
                _ => DirectoryError::Unavailable(text),
            }
        }
    }
}

/// Whether a failure is the connection's (so another connection may succeed).
pub fn connection_lost(e: &DirectoryError) -> bool {
    matches!(e, DirectoryError::Unavailable(_))
}

/// Whether a connection that answered `e` must not be lent again: lost, or hung past the
/// timeout (a server or network path that stalls once is not trusted with the next call; the
/// next one gets a fresh connection).
fn connection_spent(e: &DirectoryError) -> bool {
    connection_lost(e) || matches!(e, DirectoryError::Timeout(_))
}

impl Endpoint {
    /// A new connection (TLS set up as configured), not yet bound.
    pub async fn connect(&self) -> DirResult<Ldap> {
        let mut settings = LdapConnSettings::new()
            .set_conn_timeout(self.timeout)
            .set_starttls(self.starttls);
        if let Some(config) = &self.tls {
            settings = settings.set_config(config.clone());
        }
        let opened = tokio::time::timeout(self.timeout, LdapConnAsync::with_settings(settings, &self.url))
            .await
            .map_err(|_| DirectoryError::Timeout(self.timeout.as_secs().max(1)))?;
        let (conn, ldap) = opened.map_err(|e| classify(e, self.timeout))?;
        ldap3::drive!(conn);
        Ok(ldap)
    }

    /// Runs one call with this endpoint's time bound (besides the bound ldap3 applies to each
    /// answer), so no call waits longer.
    pub async fn bounded<T>(&self, call: impl std::future::Future<Output = ldap3::result::Result<T>>) -> DirResult<T> {
        match tokio::time::timeout(self.timeout, call).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(classify(e, self.timeout)),
            Err(_) => Err(DirectoryError::Timeout(self.timeout.as_secs().max(1))),
        }
    }
}

/// Parses a search result entry; a malformed one (the library panics on those) is an error.
pub fn entry(re: ResultEntry) -> DirResult<SearchEntry> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| SearchEntry::construct(re)))
        .map_err(|_| DirectoryError::Refused("the directory sent an entry that cannot be read".into()))
}

/// The service account's connections: `size` of them, opened when first needed, shared by
/// concurrent calls (LDAP multiplexes requests on one connection), replaced when broken. At most
/// `size` connects and binds run at once, so an outage does not turn into a bind storm.
pub struct Pool {
    endpoint: Endpoint,
    bind_dn: String,
    password: Secret,
    slots: Vec<tokio::sync::Mutex<Option<Ldap>>>,
    next: AtomicUsize,
    binds: AtomicU64,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("endpoint", &self.endpoint)
            .field("bind_dn", &self.bind_dn)
            .field("size", &self.slots.len())
            .finish_non_exhaustive()
    }
}

/// A pooled connection lent for a call.
pub struct Lent {
    pub ldap: Ldap,
    slot: usize,
}

impl Pool {
    pub fn new(endpoint: Endpoint, bind_dn: String, password: Secret, size: usize) -> Pool {
        Pool {
            endpoint,
            bind_dn,
            password,
            slots: (0..size.max(1)).map(|_| tokio::sync::Mutex::new(None)).collect(),
            next: AtomicUsize::new(0),
            binds: AtomicU64::new(0),
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// Service-account binds done so far (each new pooled connection is one).
    pub fn binds(&self) -> u64 {
        self.binds.load(Ordering::Relaxed)
    }

    /// A connection bound as the service account: an open pooled one, or a new one in its slot.
    pub async fn get(&self) -> DirResult<Lent> {
        let slot = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let mut held = tokio::time::timeout(self.endpoint.timeout, self.slots[slot].lock())
            .await
            .map_err(|_| DirectoryError::Timeout(self.endpoint.timeout.as_secs().max(1)))?;
        if let Some(ldap) = held.as_mut()
            && !ldap.is_closed()
        {
            return Ok(Lent {
                ldap: ldap.clone(),
                slot,
            });
        }
        *held = None;
        let ldap = self.open().await?;
        *held = Some(ldap.clone());
        Ok(Lent { ldap, slot })
    }

    /// Forgets a connection that failed, so the next call opens a new one.
    pub async fn discard(&self, lent: &Lent) {
        let mut held = self.slots[lent.slot].lock().await;
        if let Some(mut ldap) = held.take() {
            let _ = tokio::time::timeout(Duration::from_millis(200), ldap.unbind()).await;
        }
    }

    async fn open(&self) -> DirResult<Ldap> {
        let mut ldap = self.endpoint.connect().await?;
        self.binds.fetch_add(1, Ordering::Relaxed);
        let t = self.endpoint.timeout;
        let result = self
            .endpoint
            .bounded(ldap.with_timeout(t).simple_bind(&self.bind_dn, self.password.expose()))
            .await?;
        match result.rc {
            0 => Ok(ldap),
            49 => {
                tracing::error!(bind_dn = %self.bind_dn, "the directory refused the service account's bind_dn or bind_password_file");
                Err(DirectoryError::Refused(format!(
                    "the service account cannot sign in (bind_dn {}, bind_password_file): {}",
                    self.bind_dn, result.text
                )))
            }
            rc => Err(classify(LdapError::LdapResult { result }, t))
                .inspect_err(|e| tracing::error!(rc, error = %e, "service account bind failed")),
        }
    }

    /// Runs a write on a service connection, once: a write whose answer was lost may have been
    /// applied, so it is not repeated here (the user's retry is). A broken connection is
    /// replaced for the next call.
    pub async fn write<T, F, Fut>(&self, call: F) -> DirResult<T>
    where
        F: FnOnce(Ldap) -> Fut,
        Fut: std::future::Future<Output = DirResult<T>>,
    {
        let lent = self.get().await?;
        let result = call(lent.ldap.clone()).await;
        if let Err(e) = &result
            && connection_spent(e)
        {
            self.discard(&lent).await;
        }
        result
    }

    /// Runs a read on a service connection; when the connection turns out broken (the directory
    /// restarted, say) it is replaced and the read made once more on a fresh one.
    pub async fn run<T, F, Fut>(&self, call: F) -> DirResult<T>
    where
        F: Fn(Ldap) -> Fut,
        Fut: std::future::Future<Output = DirResult<T>>,
    {
        let lent = self.get().await?;
        match call(lent.ldap.clone()).await {
            Err(e) if connection_lost(&e) => {
                tracing::warn!(error = %e, "directory connection lost; trying a fresh one");
                self.discard(&lent).await;
                let lent = self.get().await?;
                let result = call(lent.ldap.clone()).await;
                if let Err(e) = &result
                    && connection_spent(e)
                {
                    self.discard(&lent).await;
                }
                result
            }
            Err(e) if connection_spent(&e) => {
                // Hung: not repeated (that would double the wait), but not reused either.
                self.discard(&lent).await;
                Err(e)
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_failures_are_named() {
        assert!(
            tls_problem("invalid peer certificate: UnknownIssuer")
                .unwrap()
                .contains("trusted")
        );
        assert!(
            tls_problem("invalid peer certificate: Expired")
                .unwrap()
                .contains("expired")
        );
        assert!(
            tls_problem("invalid peer certificate: NotValidForName")
                .unwrap()
                .contains("host name")
        );
        assert_eq!(tls_problem("Connection refused (os error 111)"), None);
    }

    #[test]
    fn a_ca_file_needs_a_certificate() {
        assert!(tls_config(b"not a certificate").is_err());
        assert!(tls_config(b"").is_err());
    }
}
