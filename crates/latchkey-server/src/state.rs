//! The state every handler shares: a `Clone` struct of cheap handles.

use crate::crypto::Vault;
use crate::delivery::Delivery;
use crate::directory::{Directories, Directory};
use crate::error::{AppError, AppResult};
use crate::hashing::Hasher;
use crate::store::Store;
use crate::tenant::Tenant;
use latchkey_core::Clock;
use latchkey_proto::ErrorCode;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// A tenant with its branding answer pre-serialized, for the hot public GETs.
#[derive(Debug)]
pub struct CachedTenant {
    pub tenant: Tenant,
    pub branding_body: Vec<u8>,
    pub etag: String,
}

/// How long public GETs may serve a tenant read earlier. Short, because an admin changing
/// policy from the CLI (another process) expects to see it almost at once.
/// Slug → (read at, tenant).
type TenantCache = HashMap<String, (i64, Arc<CachedTenant>)>;

const TENANT_CACHE_MS: i64 = 1000;

/// How long flows may use a tenant read earlier: a policy change made by another process (the
/// admin CLI, another instance) applies within this; one made through this process's store at
/// once.
const TENANT_FRESH: std::time::Duration = std::time::Duration::from_secs(1);

/// Per tenant, the shapes of the method lists of the users who can reset (per method: kind and
/// the impersonal part of its hint), each with how many users have it; sorted. Reset decoys are
/// drawn from it.
pub type DecoyProfiles = Vec<(Vec<(String, String)>, u32)>;

/// Slug → (read at, profiles).
type ProfileCache = HashMap<String, (std::time::Instant, Arc<DecoyProfiles>)>;

/// Slug → (read at, tenant writes of the store then, tenant).
type FlowTenants = HashMap<String, (std::time::Instant, u64, Arc<Tenant>)>;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub hasher: Hasher,
    pub delivery: Arc<dyn Delivery>,
    /// Encryption of seeds and keyed hashes of codes.
    pub vault: Vault,
    /// Base URL for links in emails; from configuration, never from the Host header.
    pub public_url: Arc<str>,
    /// WebAuthn origin (and RP ID, its host), from `public_url`; `None` when that URL has no
    /// host name (an IP address), so security keys cannot be offered.
    pub webauthn_origin: Option<Arc<url::Url>>,
    /// Host name → tenant slug for the web portal at `/` (`[[tenant]] hosts`).
    pub portal_hosts: Arc<HashMap<String, String>>,
    /// Proxies whose forwarding headers name the client; none unless configured.
    pub trusted_proxies: crate::client_addr::TrustedProxies,
    /// Each tenant's directory (built-in unless configured otherwise).
    pub directories: Directories,
    /// The decoy profiles of each tenant, read at most [`crate::reset`]'s refresh time ago.
    pub decoy_profiles: Arc<RwLock<ProfileCache>>,
    /// Wakes this process's delivery worker when a message is queued.
    pub delivery_wake: Arc<tokio::sync::Notify>,
    cache: Arc<RwLock<TenantCache>>,
    tenants: Arc<RwLock<FlowTenants>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

impl AppState {
    pub fn new(
        store: Store,
        clock: Arc<dyn Clock>,
        hasher: Hasher,
        delivery: Arc<dyn Delivery>,
        vault: Vault,
        public_url: &str,
    ) -> Self {
        AppState {
            store,
            clock,
            hasher: hasher.clone(),
            delivery,
            vault,
            public_url: public_url.trim_end_matches('/').into(),
            webauthn_origin: webauthn_origin(public_url).map(Arc::new),
            portal_hosts: Arc::new(HashMap::new()),
            trusted_proxies: Default::default(),
            directories: Directories::builtin_only(Arc::new(crate::directory::builtin::BuiltinDirectory::new(
                hasher.clone(),
            ))),
            delivery_wake: Arc::new(tokio::sync::Notify::new()),
            decoy_profiles: Arc::new(RwLock::new(HashMap::new())),
            cache: Arc::new(RwLock::new(HashMap::new())),
            tenants: Arc::new(RwLock::new(HashMap::new())),
        }
    }

    /// A tenant's web portal address, for links in emails: from `public_url` only, never from a
    /// request header.
    pub fn portal_url(&self, slug: &str) -> String {
        format!("{}/t/{slug}/", self.public_url)
    }

    /// This state with host names mapped to tenants for the web portal.
    pub fn with_portal_hosts(self, hosts: HashMap<String, String>) -> Self {
        AppState {
            portal_hosts: Arc::new(hosts),
            ..self
        }
    }

    /// This state believing forwarding headers from `proxies`.
    pub fn with_trusted_proxies(self, proxies: crate::client_addr::TrustedProxies) -> Self {
        AppState {
            trusted_proxies: proxies,
            ..self
        }
    }

    /// This state with the tenants' directories (see [`crate::directory::from_config`]).
    pub fn with_directories(self, directories: Directories) -> Self {
        AppState { directories, ..self }
    }

    /// The directory of a tenant.
    pub fn directory(&self, tenant: &Tenant) -> &Arc<dyn Directory> {
        self.directories.of(tenant.slug())
    }

    /// This state with a store that keeps one database connection for its statements (see
    /// [`Store::hold`]), for a request that makes several without hashing in between.
    pub async fn hold(&self) -> AppResult<AppState> {
        Ok(AppState {
            store: self.store.hold().await?,
            ..self.clone()
        })
    }

    /// The tenant for a flow: as stored at most [`TENANT_FRESH`] ago, and never older than a
    /// change made through this process's store. Reading and parsing it was a statement and two
    /// JSON documents on every request.
    pub async fn tenant(&self, slug: &str) -> AppResult<Arc<Tenant>> {
        if !crate::tenant_slug_is_valid(slug) {
            return Err(AppError::new(ErrorCode::TenantNotFound));
        }
        let writes = self.store.tenant_writes();
        if let Ok(cache) = self.tenants.read()
            && let Some((at, seen, t)) = cache.get(slug)
            && *seen == writes
            && at.elapsed() < TENANT_FRESH
        {
            return Ok(t.clone());
        }
        let read_at = std::time::Instant::now();
        let tenant = Arc::new(self.stored_tenant(slug).await?);
        if let Ok(mut cache) = self.tenants.write() {
            cache.insert(slug.to_string(), (read_at, writes, tenant.clone()));
        }
        Ok(tenant)
    }

    /// The tenant as stored now.
    async fn stored_tenant(&self, slug: &str) -> AppResult<Tenant> {
        if !crate::tenant_slug_is_valid(slug) {
            return Err(AppError::new(ErrorCode::TenantNotFound));
        }
        let row = self.store.tenant_by_slug(slug).await?;
        row.map(Tenant::from_row)
            .ok_or_else(|| AppError::new(ErrorCode::TenantNotFound))
    }

    /// The tenant as read at most a second ago; for public GETs.
    pub async fn cached_tenant(&self, slug: &str) -> AppResult<Arc<CachedTenant>> {
        let now = self.clock.now_ms();
        if let Ok(cache) = self.cache.read()
            && let Some((at, t)) = cache.get(slug)
            && now - at < TENANT_CACHE_MS
            && now >= *at
        {
            return Ok(t.clone());
        }
        let tenant = self.stored_tenant(slug).await?;
        let branding_body = serde_json::to_vec(&tenant.branding()).map_err(AppError::internal)?;
        let digest = Sha256::digest(&branding_body);
        let etag = format!("\"{}\"", &hex::encode(digest)[..20]);
        let entry = Arc::new(CachedTenant {
            tenant,
            branding_body,
            etag,
        });
        if let Ok(mut cache) = self.cache.write() {
            cache.insert(slug.to_string(), (now, entry.clone()));
        }
        Ok(entry)
    }
}

/// The WebAuthn origin for a public URL, when it has a host name (WebAuthn refuses IPs).
pub fn webauthn_origin(public_url: &str) -> Option<url::Url> {
    let url = url::Url::parse(public_url.trim_end_matches('/')).ok()?;
    url.domain()?;
    Some(url)
}
