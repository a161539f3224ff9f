//! LDAP directories: the shared plumbing (configuration, TLS, pooled service connections,
//! finding users, binding as a user, mirroring accounts into our rows), with what differs
//! between servers behind [`Flavor`]: OpenLDAP with the ppolicy overlay ([`openldap`]) and
//! Active Directory (`ad`, its own module).

pub mod ad;
pub mod conn;
pub mod openldap;

use super::{
    Account, AccountState, Changer, CheckStep, DirResult, Directory, DirectoryError, DirectoryPolicy, DirectoryUser,
    LockoutRule, PasswordCheck, PasswordWrite,
};
use crate::config::DirectoryConfig;
use crate::store::{DirectoryAccount, PasswordChange, Store, UserRow};
use async_trait::async_trait;
use conn::{Endpoint, Pool};
use latchkey_proto::Secret;
use ldap3::controls::RawControl;
use ldap3::{Ldap, LdapResult, Scope, SearchEntry};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the directory's password policy is used before it is read again.
const POLICY_FRESH: Duration = Duration::from_secs(60);
/// How long a failed policy read is remembered.
const POLICY_RETRY: Duration = Duration::from_secs(5);
/// Users read per page when listing.
const PAGE_SIZE: i32 = 200;

/// What differs between LDAP servers. The shared code finds entries, binds and mirrors; a flavor
/// says how accounts are identified and described, and how passwords, locks and policy are
/// written and read.
#[async_trait]
pub trait Flavor: Send + Sync + std::fmt::Debug {
    /// `openldap`, `active-directory`.
    fn name(&self) -> &'static str;

    /// Whether plain `ldap://` (no TLS) is acceptable for a server on this machine. Never for a
    /// remote one.
    fn plain_on_loopback(&self) -> bool;

    /// Object class filter of user entries, e.g. `(objectClass=inetOrgPerson)`.
    fn user_class_filter(&self) -> &'static str;

    /// Attributes a typed login is matched against when `login_attributes` is not configured;
    /// the first is the account's user name.
    fn login_attributes(&self) -> &'static [&'static str];

    /// Default for `display_name_attribute`.
    fn display_name_attribute(&self) -> &'static str;

    /// The attribute holding the stable id.
    fn id_attribute(&self) -> &'static str;

    /// The entry's stable id as text.
    fn stable_id(&self, entry: &SearchEntry) -> Option<String>;

    /// A filter matching the entry with this stable id.
    fn id_filter(&self, id: &str) -> String;

    /// Attributes read with every user besides the configured ones (state, lock, ...).
    fn state_attributes(&self) -> &'static [&'static str];

    /// The account's standing from its entry (`protected` and admin from groups are added by
    /// the shared code).
    fn account_state(&self, entry: &SearchEntry, now: i64, policy: &DirectoryPolicy) -> AccountState;

    /// Group names (`cn`) the entry belongs to. The default searches groups under `group_base`
    /// whose `member` or `uniqueMember` is the entry.
    async fn groups(&self, ldap: &mut Ldap, settings: &Settings, entry: &SearchEntry) -> DirResult<Vec<String>> {
        default_groups(ldap, settings, entry).await
    }

    /// Controls sent with every search for users (AD: the SD-flags control, so the service
    /// account may read the DACL of `nTSecurityDescriptor`).
    fn search_controls(&self) -> Vec<RawControl> {
        Vec::new()
    }

    /// Whether the connection of a user whose bind answered "password must be changed"
    /// ([`Flavor::bind_result`] `Ok(true)`) is bound. AD refuses such a bind, so the user's
    /// change then runs on a service connection (AD checks the current password in the change).
    fn bound_when_password_must_change(&self) -> bool {
        true
    }

    /// The rules that apply to one user: `domain` unless the directory has per-user rules
    /// (AD's fine-grained password policies).
    async fn user_policy(
        &self,
        _ldap: &mut Ldap,
        _settings: &Settings,
        _user: &DirectoryUser,
        domain: &DirectoryPolicy,
    ) -> DirResult<DirectoryPolicy> {
        Ok(domain.clone())
    }

    /// Controls sent with a user's bind (e.g. the ppolicy request control).
    fn bind_controls(&self) -> Vec<RawControl>;

    /// What a bind's answer means: `Ok(true)` signed in and the password must be changed now,
    /// `Ok(false)` signed in, `Err` the reason it was refused.
    fn bind_result(&self, result: &LdapResult) -> Result<bool, BindRefusal>;

    /// Changes the password on a connection already bound as the user.
    async fn change_password(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        user: &DirectoryUser,
        current: &str,
        new: &str,
    ) -> DirResult<()>;

    /// Sets the password on a service connection (reset). `must_change`: the user changes it at
    /// the next sign-in.
    async fn reset_password(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        user: &DirectoryUser,
        new: &str,
        must_change: bool,
    ) -> DirResult<()>;

    /// Clears the lock on a service connection.
    async fn unlock(&self, ldap: &mut Ldap, settings: &Settings, user: &DirectoryUser) -> DirResult<()>;

    /// Reads the directory's password rules on a service connection.
    async fn policy(&self, ldap: &mut Ldap, settings: &Settings) -> DirResult<DirectoryPolicy>;
}

/// Why a user's bind failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BindRefusal {
    /// Wrong password, or an account that cannot sign in and will not say so before the
    /// password is known (reason for the audit log: `bad_password`, `locked`, `expired`, ...).
    Invalid(&'static str),
    /// Something else went wrong.
    Error(DirectoryError),
}

/// The settings of one LDAP directory, resolved from `[tenant.directory]`.
pub struct Settings {
    pub endpoint: Endpoint,
    pub user_base: String,
    /// With `{username}`.
    pub user_filter: String,
    /// The account's user name attribute.
    pub login_attribute: String,
    pub display_name_attribute: String,
    pub mail_attribute: String,
    pub mobile_attribute: String,
    pub group_base: String,
    pub admin_group: Option<String>,
    pub protected_group: Option<String>,
    pub policy_dn: Option<String>,
    pub bind_dn: String,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("endpoint", &self.endpoint)
            .field("user_base", &self.user_base)
            .field("user_filter", &self.user_filter)
            .field("bind_dn", &self.bind_dn)
            .finish_non_exhaustive()
    }
}

impl Settings {
    pub fn timeout(&self) -> Duration {
        self.endpoint.timeout
    }

    /// Every attribute read for a user.
    fn user_attributes(&self, flavor: &dyn Flavor) -> Vec<String> {
        let mut attrs = vec![
            self.login_attribute.clone(),
            self.display_name_attribute.clone(),
            "cn".to_string(),
            self.mail_attribute.clone(),
            self.mobile_attribute.clone(),
            "preferredLanguage".to_string(),
            flavor.id_attribute().to_string(),
        ];
        attrs.extend(flavor.state_attributes().iter().map(|a| a.to_string()));
        attrs.sort();
        attrs.dedup();
        attrs
    }
}

/// The first value of an attribute (names compare without case, as LDAP's do).
pub fn attr<'a>(entry: &'a SearchEntry, name: &str) -> Option<&'a str> {
    entry
        .attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// An LDAP generalized time (`20261201212403Z`, fractions allowed) as Unix seconds.
pub fn generalized_time(text: &str) -> Option<i64> {
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() < 12 || !text.ends_with('Z') {
        return None;
    }
    let n = |a: usize, b: usize| digits.get(a..b).and_then(|s| s.parse::<i64>().ok());
    let (y, mo, d, h, mi) = (n(0, 4)?, n(4, 6)?, n(6, 8)?, n(8, 10)?, n(10, 12)?);
    let s = n(12, 14).unwrap_or(0);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

/// The `dc=` components at the end of a DN (`ou=people,dc=contoso,dc=com` → `dc=contoso,dc=com`).
fn domain_of(dn: &str) -> String {
    let parts: Vec<&str> = dn.split(',').map(str::trim).collect();
    let start = parts
        .iter()
        .position(|p| p.to_ascii_lowercase().starts_with("dc="))
        .unwrap_or(0);
    parts[start..].join(",")
}

async fn default_groups(ldap: &mut Ldap, settings: &Settings, entry: &SearchEntry) -> DirResult<Vec<String>> {
    let dn = ldap3::ldap_escape(&entry.dn);
    let filter = format!("(|(member={dn})(uniqueMember={dn}))");
    let t = settings.timeout();
    let (entries, _) = settings
        .endpoint
        .bounded(
            ldap.with_timeout(t)
                .search(&settings.group_base, Scope::Subtree, &filter, vec!["cn"]),
        )
        .await?
        .success()
        .map_err(|e| conn::classify(e, t))?;
    let mut groups = Vec::new();
    for e in entries {
        if let Some(cn) = attr(&conn::entry(e)?, "cn") {
            groups.push(cn.to_string());
        }
    }
    Ok(groups)
}

/// A directory reached over LDAP.
pub struct LdapDirectory {
    flavor: Arc<dyn Flavor>,
    settings: Settings,
    pool: Pool,
    policy: tokio::sync::Mutex<Option<(Instant, DirResult<DirectoryPolicy>)>>,
}

impl std::fmt::Debug for LdapDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LdapDirectory")
            .field("flavor", &self.flavor.name())
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// The flavor `flavor = "..."` names.
fn flavor(name: &str) -> Result<Arc<dyn Flavor>, String> {
    match name {
        "openldap" => Ok(Arc::new(openldap::OpenLdap)),
        // Active Directory plugs in here (its module: `ad.rs`).
        "active-directory" => Ok(Arc::new(ad::ActiveDirectory)),
        other => Err(format!(
            "directory.flavor \"{other}\" is not known (use \"openldap\" or \"active-directory\")"
        )),
    }
}

fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl LdapDirectory {
    /// Checks the configuration (everything that can be checked without the network) and builds
    /// the directory; connections open when first needed. Errors name the key.
    pub fn from_config(_slug: &str, cfg: &DirectoryConfig) -> Result<Arc<dyn Directory>, String> {
        Ok(Arc::new(Self::build(cfg)?))
    }

    pub fn build(cfg: &DirectoryConfig) -> Result<LdapDirectory, String> {
        let need = |key: &str, v: &Option<String>| -> Result<String, String> {
            v.clone()
                .filter(|s| !s.trim().is_empty())
                .ok_or_else(|| format!("directory.{key} is required for kind = \"ldap\""))
        };
        let flavor = flavor(&need("flavor", &cfg.flavor)?)?;
        let url_text = need("url", &cfg.url)?;
        let url = url::Url::parse(&url_text).map_err(|e| format!("directory.url \"{url_text}\": {e}"))?;
        let host = url.host_str().unwrap_or_default().to_string();
        if host.is_empty() {
            return Err(format!("directory.url \"{url_text}\" has no host"));
        }
        let starttls = cfg.starttls.unwrap_or(false);
        match (url.scheme(), starttls) {
            ("ldaps", true) => {
                return Err("directory.starttls is for ldap:// URLs; ldaps:// is TLS from the first byte".into());
            }
            ("ldaps", false) | ("ldap", true) => {}
            ("ldap", false) => {
                if !(flavor.plain_on_loopback() && is_loopback(&host)) {
                    return Err(format!(
                        "directory.url \"{url_text}\" would send passwords in plain text: use ldaps:// or \
                         starttls = true{}",
                        if flavor.plain_on_loopback() {
                            " (plain ldap:// is accepted only for a directory on this machine)"
                        } else {
                            ""
                        }
                    ));
                }
            }
            (other, _) => return Err(format!("directory.url scheme \"{other}\" is not ldap:// or ldaps://")),
        }
        let tls = match &cfg.ca_file {
            Some(path) => {
                let pem = std::fs::read(path)
                    .map_err(|e| format!("directory.ca_file {}: cannot read it: {e}", path.display()))?;
                Some(conn::tls_config(&pem).map_err(|e| format!("directory.ca_file {}: {e}", path.display()))?)
            }
            None => None,
        };
        if tls.is_some() && url.scheme() == "ldap" && !starttls {
            return Err("directory.ca_file is set but the connection is plain ldap:// without starttls".into());
        }
        let bind_dn = need("bind_dn", &cfg.bind_dn)?;
        let password_file = cfg
            .bind_password_file
            .as_ref()
            .ok_or("directory.bind_password_file is required for kind = \"ldap\"")?;
        let password = std::fs::read_to_string(password_file).map_err(|e| {
            format!(
                "directory.bind_password_file {}: cannot read it: {}",
                password_file.display(),
                e.kind()
            )
        })?;
        let password = password.lines().next().unwrap_or_default().to_string();
        if password.is_empty() {
            return Err(format!(
                "directory.bind_password_file {} is empty",
                password_file.display()
            ));
        }
        let user_base = need("user_base", &cfg.user_base)?;
        let login_attributes: Vec<String> = match &cfg.login_attributes {
            Some(list) if list.is_empty() => return Err("directory.login_attributes is empty".into()),
            Some(list) => list.clone(),
            None => flavor.login_attributes().iter().map(|a| a.to_string()).collect(),
        };
        for a in login_attributes
            .iter()
            .chain(cfg.mail_attribute.iter())
            .chain(cfg.mobile_attribute.iter())
            .chain(cfg.display_name_attribute.iter())
        {
            if a.is_empty() || !a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ';') {
                return Err(format!("directory: \"{a}\" is not an attribute name"));
            }
        }
        let user_filter = match &cfg.user_filter {
            Some(f) if !f.contains("{username}") => {
                return Err(format!("directory.user_filter \"{f}\" lacks {{username}}"));
            }
            Some(f) => f.clone(),
            None => format!(
                "(&{}(|{}))",
                flavor.user_class_filter(),
                login_attributes
                    .iter()
                    .map(|a| format!("({a}={{username}})"))
                    .collect::<String>()
            ),
        };
        ldap3::parse_filter(user_filter.replace("{username}", "x"))
            .map_err(|_| format!("directory.user_filter \"{user_filter}\" is not an LDAP filter"))?;
        let timeout = Duration::from_secs(cfg.timeout_secs.unwrap_or(5));
        if !(1..=60).contains(&timeout.as_secs()) {
            return Err("directory.timeout_secs must be 1..60".into());
        }
        let pool_size = cfg.pool_size.unwrap_or(4);
        if !(1..=64).contains(&pool_size) {
            return Err("directory.pool_size must be 1..64".into());
        }
        let endpoint = Endpoint {
            url: url_text,
            starttls,
            tls,
            timeout,
        };
        let settings = Settings {
            endpoint: endpoint.clone(),
            group_base: cfg.group_base.clone().unwrap_or_else(|| domain_of(&user_base)),
            user_base,
            user_filter,
            login_attribute: login_attributes[0].clone(),
            display_name_attribute: cfg
                .display_name_attribute
                .clone()
                .unwrap_or_else(|| flavor.display_name_attribute().into()),
            mail_attribute: cfg.mail_attribute.clone().unwrap_or_else(|| "mail".into()),
            mobile_attribute: cfg.mobile_attribute.clone().unwrap_or_else(|| "mobile".into()),
            admin_group: cfg.admin_group.clone(),
            protected_group: cfg.protected_group.clone(),
            policy_dn: cfg.policy_dn.clone(),
            bind_dn: bind_dn.clone(),
        };
        Ok(LdapDirectory {
            flavor,
            pool: Pool::new(endpoint, bind_dn, Secret::new(password), pool_size),
            settings,
            policy: tokio::sync::Mutex::new(None),
        })
    }

    /// Service-account binds so far (one per pooled connection opened).
    pub fn service_binds(&self) -> u64 {
        self.pool.binds()
    }

    /// Entries matching `filter` under the user base (at most 2: one is an answer, two are
    /// ambiguous).
    async fn search_users(&self, filter: &str) -> DirResult<Vec<SearchEntry>> {
        let attrs = self.settings.user_attributes(self.flavor.as_ref());
        let t = self.settings.timeout();
        let base = self.settings.user_base.clone();
        self.pool
            .run(|mut ldap| {
                let attrs = attrs.clone();
                let base = base.clone();
                async move {
                    let found = self
                        .settings
                        .endpoint
                        .bounded(
                            ldap.with_controls(self.flavor.search_controls())
                                .with_timeout(t)
                                .with_search_options(ldap3::SearchOptions::new().sizelimit(2))
                                .search(&base, Scope::Subtree, filter, attrs),
                        )
                        .await?;
                    // 4: size limit exceeded (more than one match).
                    if found.1.rc != 0 && found.1.rc != 4 {
                        return Err(conn::classify(ldap3::LdapError::LdapResult { result: found.1 }, t));
                    }
                    found.0.into_iter().map(conn::entry).collect()
                }
            })
            .await
    }

    /// Our description of an entry (groups read too).
    async fn describe(&self, entry: &SearchEntry) -> DirResult<Option<DirectoryUser>> {
        let Some(id) = self.flavor.stable_id(entry) else {
            tracing::warn!(dn = %entry.dn, attribute = self.flavor.id_attribute(), "directory entry without a stable id; ignored");
            return Ok(None);
        };
        let Some(login) = attr(entry, &self.settings.login_attribute) else {
            return Ok(None);
        };
        let groups = self
            .pool
            .run(|mut ldap| async move { self.flavor.groups(&mut ldap, &self.settings, entry).await })
            .await?;
        let policy = self.cached_policy().await.unwrap_or_default();
        let mut state = self.flavor.account_state(entry, now(), &policy);
        let member = |g: &Option<String>| {
            g.as_ref()
                .is_some_and(|g| groups.iter().any(|have| have.eq_ignore_ascii_case(g)))
        };
        state.protected |= member(&self.settings.protected_group);
        let display_name = attr(entry, &self.settings.display_name_attribute)
            .or_else(|| attr(entry, "cn"))
            .unwrap_or(login);
        Ok(Some(DirectoryUser {
            id,
            login: login.to_string(),
            dn: Some(entry.dn.clone()),
            display_name: display_name.to_string(),
            email: attr(entry, &self.settings.mail_attribute).map(str::to_string),
            mobile: attr(entry, &self.settings.mobile_attribute).map(str::to_string),
            preferred_language: attr(entry, "preferredLanguage").map(str::to_string),
            is_admin: member(&self.settings.admin_group),
            groups,
            state,
        }))
    }

    /// The account (with our row, created or refreshed) of one entry.
    async fn account(&self, store: &Store, tenant_id: &str, user: DirectoryUser) -> DirResult<Account> {
        let s = &user.state;
        let row = store
            .upsert_directory_user(&DirectoryAccount {
                tenant_id,
                directory_id: &user.id,
                username: &user.login,
                display_name: &user.display_name,
                email: user.email.as_deref(),
                phone: user.mobile.as_deref(),
                language: user
                    .preferred_language
                    .as_deref()
                    .and_then(crate::directory::directory_language)
                    .as_deref(),
                groups: &user.groups,
                is_admin: user.is_admin,
                disabled: s.disabled || s.expired,
                locked_until: s.locked_until,
                must_change_password: s.must_change_password,
            })
            .await?;
        Ok(Account { user, row })
    }

    /// The directory's account behind one of our rows, by its stable id.
    async fn by_id(&self, row: &UserRow) -> DirResult<DirectoryUser> {
        let id = row.directory_id.as_deref().ok_or(DirectoryError::NotFound)?;
        let filter = format!("(&{}{})", self.flavor.user_class_filter(), self.flavor.id_filter(id));
        let entries = self.search_users(&filter).await?;
        match entries.as_slice() {
            [entry] => self.describe(entry).await?.ok_or(DirectoryError::NotFound),
            _ => Err(DirectoryError::NotFound),
        }
    }

    /// The directory's policy, read at most every [`POLICY_FRESH`]; a failed read is
    /// remembered for [`POLICY_RETRY`], so a directory that is down is not asked on every
    /// request.
    async fn cached_policy(&self) -> DirResult<DirectoryPolicy> {
        let mut cached = self.policy.lock().await;
        if let Some((at, p)) = cached.as_ref() {
            let fresh = if p.is_ok() { POLICY_FRESH } else { POLICY_RETRY };
            if at.elapsed() < fresh {
                return p.clone();
            }
        }
        let p = self
            .pool
            .run(|mut ldap| async move { self.flavor.policy(&mut ldap, &self.settings).await })
            .await;
        *cached = Some((Instant::now(), p.clone()));
        p
    }

    /// Binds as the user on a fresh connection; on success hands the bound connection to
    /// `then`. The connection is closed afterwards either way.
    async fn as_user<T, F, Fut>(&self, dn: &str, password: &Secret, then: F) -> DirResult<Result<T, BindRefusal>>
    where
        F: FnOnce(Ldap, bool) -> Fut,
        Fut: std::future::Future<Output = DirResult<T>>,
    {
        // An empty password would be an unauthenticated bind, which LDAP servers accept.
        if password.expose().is_empty() || dn.is_empty() {
            return Ok(Err(BindRefusal::Invalid("bad_password")));
        }
        let mut ldap = self.settings.endpoint.connect().await?;
        let t = self.settings.timeout();
        let bound = self
            .settings
            .endpoint
            .bounded(
                ldap.with_controls(self.flavor.bind_controls())
                    .with_timeout(t)
                    .simple_bind(dn, password.expose()),
            )
            .await;
        let outcome: DirResult<Result<T, BindRefusal>> = match bound {
            Ok(result) => match self.flavor.bind_result(&result) {
                Ok(must_change) => then(ldap.clone(), must_change).await.map(Ok),
                Err(refusal) => Ok(Err(refusal)),
            },
            Err(e) => Err(e),
        };
        let _ = tokio::time::timeout(Duration::from_millis(500), ldap.unbind()).await;
        outcome
    }
    /// Writes a new password into the directory: as the user (bound with the current one), or
    /// as the service account.
    async fn write_password(
        &self,
        user: &DirectoryUser,
        dn: &str,
        by: Changer<'_>,
        new: &Secret,
        must_change: bool,
    ) -> DirResult<()> {
        match by {
            Changer::User { current } => {
                if user.state.cannot_change_password {
                    return Err(DirectoryError::CannotChangePassword);
                }
                let changed = self
                    .as_user(dn, current, |mut ldap, must_change| async move {
                        if must_change && !self.flavor.bound_when_password_must_change() {
                            // The bind was refused because the password must be changed
                            // (AD 773/532): the change runs on a service connection, where
                            // the directory still checks the current password.
                            return self
                                .pool
                                .write(|mut svc| async move {
                                    self.flavor
                                        .change_password(&mut svc, &self.settings, user, current.expose(), new.expose())
                                        .await
                                })
                                .await;
                        }
                        self.flavor
                            .change_password(&mut ldap, &self.settings, user, current.expose(), new.expose())
                            .await
                    })
                    .await?;
                match changed {
                    Ok(()) => {}
                    Err(BindRefusal::Invalid(_)) => return Err(DirectoryError::InvalidCredentials),
                    Err(BindRefusal::Error(e)) => return Err(e),
                }
            }
            Changer::Reset | Changer::Admin => {
                if user.state.protected {
                    return Err(DirectoryError::Protected);
                }
                if user.state.disabled {
                    return Err(DirectoryError::AccountDisabled);
                }
                if user.state.expired {
                    return Err(DirectoryError::AccountExpired);
                }
                self.pool
                    .write(|mut ldap| {
                        async move {
                            self.flavor
                                .reset_password(&mut ldap, &self.settings, user, new.expose(), must_change)
                                .await?;
                            // A reset also unlocks: the user proved who they are.
                            if user.state.locked_until.is_some() {
                                self.flavor.unlock(&mut ldap, &self.settings, user).await?;
                            }
                            Ok(())
                        }
                    })
                    .await?;
            }
        }
        Ok(())
    }
}

fn now() -> i64 {
    latchkey_core::Clock::now(&latchkey_core::SystemClock)
}

#[async_trait]
impl Directory for LdapDirectory {
    fn kind(&self) -> String {
        format!("ldap/{}", self.flavor.name())
    }

    async fn find(&self, store: &Store, tenant_id: &str, login: &str) -> DirResult<Option<Account>> {
        let login = login.trim();
        if login.is_empty() || login.len() > 256 || login.chars().any(char::is_control) {
            return Ok(None);
        }
        // No database connection is kept while waiting for the directory.
        store.release().await;
        let filter = self
            .settings
            .user_filter
            .replace("{username}", &ldap3::ldap_escape(login));
        let entries = self.search_users(&filter).await?;
        let [entry] = entries.as_slice() else {
            if entries.len() > 1 {
                tracing::warn!(filter = %self.settings.user_filter, "a login matches more than one directory entry; refused");
            }
            return Ok(None);
        };
        let Some(user) = self.describe(entry).await? else {
            return Ok(None);
        };
        Ok(Some(self.account(store, tenant_id, user).await?))
    }

    async fn refresh(&self, store: &Store, row: &UserRow) -> DirResult<Option<Account>> {
        store.release().await;
        match self.by_id(row).await {
            Ok(user) => Ok(Some(self.account(store, &row.tenant_id, user).await?)),
            Err(DirectoryError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn verify_password(
        &self,
        store: &Store,
        row: &UserRow,
        password: &Secret,
        _lockout: &LockoutRule,
    ) -> DirResult<PasswordCheck> {
        store.release().await;
        let user = match self.by_id(row).await {
            Ok(u) => u,
            Err(DirectoryError::NotFound) => {
                return Ok(PasswordCheck::Invalid {
                    failures: None,
                    reason: "unknown_user",
                });
            }
            Err(e) => return Err(e),
        };
        let dn = user.dn.clone().unwrap_or_default();
        let bound = self.as_user(&dn, password, |_, _| async move { Ok(()) }).await?;
        match bound {
            Ok(()) => {
                if user.state.expired {
                    return Err(DirectoryError::AccountExpired);
                }
                Ok(PasswordCheck::Valid)
            }
            Err(BindRefusal::Invalid(reason)) => Ok(PasswordCheck::Invalid { failures: None, reason }),
            Err(BindRefusal::Error(e)) => Err(e),
        }
    }

    async fn set_password(&self, store: &Store, w: PasswordWrite<'_>) -> DirResult<Option<u64>> {
        store.release().await;
        let user = self.by_id(w.user).await?;
        let dn = user.dn.clone().unwrap_or_default();
        let (new, must_change) = (w.new, w.must_change);
        let written = self.write_password(&user, &dn, w.by, new, must_change).await;
        if let Err(DirectoryError::PasswordTooShort { min: None }) = written {
            let min = self.cached_policy().await.ok().and_then(|p| p.min_length);
            return Err(DirectoryError::PasswordTooShort { min });
        }
        written?;
        // The directory took it: now what our store records with it (the row holds no
        // password; its lock and failure count are cleared).
        let change = PasswordChange {
            user: w.user,
            new_hash: "",
            must_change: w.must_change,
            keep_history: 0,
            completes_reset: w.completes_reset,
            end_sessions: w.end_sessions,
        };
        let recorded = store.change_password(&change, w.audit).await;
        match recorded {
            Ok(r) => Ok(r),
            Err(e) => {
                // The directory has the new password; our record of it failed. Say so loudly:
                // the user's next sign-in works with the new password regardless.
                tracing::error!(error = %e, "the directory took the new password but recording it failed");
                Err(e.into())
            }
        }
    }

    async fn lockout(&self, store: &Store, row: &UserRow) -> DirResult<Option<i64>> {
        store.release().await;
        let user = self.by_id(row).await?;
        store.set_directory_lock(&row.id, user.state.locked_until).await?;
        Ok(user.state.locked_until)
    }

    async fn unlock(&self, store: &Store, row: &UserRow) -> DirResult<()> {
        store.release().await;
        let user = self.by_id(row).await?;
        if user.state.protected {
            return Err(DirectoryError::Protected);
        }
        self.pool
            .write(|mut ldap| {
                let user = &user;
                async move { self.flavor.unlock(&mut ldap, &self.settings, user).await }
            })
            .await?;
        store.unlock_user(&row.id).await?;
        Ok(())
    }

    async fn policy(&self) -> DirResult<DirectoryPolicy> {
        self.cached_policy().await
    }

    async fn policy_for(&self, store: &Store, row: &UserRow) -> DirResult<DirectoryPolicy> {
        store.release().await;
        let domain = self.cached_policy().await?;
        let user = self.by_id(row).await?;
        self.pool
            .run(|mut ldap| {
                let (user, domain) = (&user, &domain);
                async move { self.flavor.user_policy(&mut ldap, &self.settings, user, domain).await }
            })
            .await
    }

    async fn for_each_user(
        &self,
        store: &Store,
        _tenant_id: &str,
        each: &mut (dyn FnMut(DirectoryUser) + Send),
    ) -> DirResult<u64> {
        use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
        store.release().await;
        let filter = self.settings.user_filter.replace("{username}", "*");
        let attrs = self.settings.user_attributes(self.flavor.as_ref());
        let t = self.settings.timeout();
        let lent = self.pool.get().await?;
        let mut ldap = lent.ldap.clone();
        let adapters: Vec<Box<dyn Adapter<'static, String, Vec<String>>>> =
            vec![Box::new(EntriesOnly::new()), Box::new(PagedResults::new(PAGE_SIZE))];
        let mut stream = self
            .settings
            .endpoint
            .bounded(ldap.with_timeout(t).streaming_search_with(
                adapters,
                &self.settings.user_base,
                Scope::Subtree,
                &filter,
                attrs,
            ))
            .await?;
        let mut count = 0;
        loop {
            let next = self.settings.endpoint.bounded(stream.next()).await;
            let Some(re) = next? else { break };
            let entry = conn::entry(re)?;
            if let Some(user) = self.describe(&entry).await? {
                each(user);
                count += 1;
            }
        }
        let result = stream.finish().await;
        if result.rc == 4 {
            // sizeLimitExceeded: the server caps even paged searches for this account.
            return Err(DirectoryError::Refused(format!(
                "the directory stopped the listing at its size limit after {count} accounts; let the service \
                 account page past it (OpenLDAP: limits dn.exact=\"{}\" size.prtotal=unlimited)",
                self.settings.bind_dn
            )));
        }
        if result.rc != 0 {
            return Err(conn::classify(ldap3::LdapError::LdapResult { result }, t));
        }
        Ok(count)
    }

    async fn check(&self) -> Vec<CheckStep> {
        let mut steps = Vec::new();
        let step = |name: &str, r: Result<String, DirectoryError>| CheckStep {
            step: name.to_string(),
            ok: r.is_ok(),
            detail: match r {
                Ok(d) => d,
                Err(e) => format!("{} ({})", e, e.code().as_str()),
            },
        };
        let e = &self.settings.endpoint;
        let transport = if e.url.starts_with("ldaps://") {
            "LDAPS"
        } else if e.starttls {
            "StartTLS"
        } else {
            "plain text (loopback only)"
        };
        // Connect (with TLS when configured) on a fresh connection.
        let connected = e.connect().await;
        let ok = connected.is_ok();
        steps.push(step(
            "connect",
            connected.map(|mut l| {
                tokio::spawn(async move {
                    let _ = l.unbind().await;
                });
                format!("{} reached over {transport}", e.url)
            }),
        ));
        if !ok {
            return steps;
        }
        let bound = self
            .pool
            .get()
            .await
            .map(|_| format!("signed in as {}", self.settings.bind_dn));
        let ok = bound.is_ok();
        steps.push(step("bind", bound));
        if !ok {
            return steps;
        }
        let filter = self.settings.user_filter.replace("{username}", "*");
        let searched = self
            .pool
            .run(|mut ldap| {
                let filter = filter.clone();
                async move {
                    let t = self.settings.timeout();
                    let found = self
                        .settings
                        .endpoint
                        .bounded(
                            ldap.with_timeout(t)
                                .with_search_options(ldap3::SearchOptions::new().sizelimit(1))
                                .search(&self.settings.user_base, Scope::Subtree, &filter, vec!["1.1"]),
                        )
                        .await?;
                    match found.1.rc {
                        0 | 4 => Ok(format!(
                            "{} under {} ({} found with {})",
                            if found.0.is_empty() { "no users" } else { "users" },
                            self.settings.user_base,
                            if found.0.is_empty() { "none" } else { "some" },
                            filter
                        )),
                        _ => Err(conn::classify(ldap3::LdapError::LdapResult { result: found.1 }, t)),
                    }
                }
            })
            .await;
        steps.push(step("search", searched));
        let policy = self.cached_policy().await.map(|p| {
            let show = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
            format!(
                "min length {}, history {}, max failures {}, min age {} s",
                show(p.min_length.map(u64::from)),
                show(p.history.map(u64::from)),
                show(p.max_failures.map(u64::from)),
                show(p.min_age_secs)
            )
        });
        steps.push(step("policy", policy));
        steps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generalized_times_parse() {
        assert_eq!(generalized_time("19700101000000Z"), Some(0));
        assert_eq!(generalized_time("20261201212403Z"), Some(1_796_160_243));
        assert_eq!(generalized_time("20261201212402.935597Z"), Some(1_796_160_242));
        assert_eq!(generalized_time("2026"), None);
        assert_eq!(generalized_time("20261301000000Z"), None);
    }

    #[test]
    fn domain_components() {
        assert_eq!(domain_of("ou=people,dc=contoso,dc=test"), "dc=contoso,dc=test");
        assert_eq!(domain_of("o=example"), "o=example");
    }

    fn cfg(extra: &str) -> DirectoryConfig {
        let dir = std::env::temp_dir().join(format!("latchkey-dircfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let secret = dir.join("ldap.secret");
        std::fs::write(&secret, "s3cret-service\n").unwrap();
        toml::from_str(&format!(
            "kind = \"ldap\"\nflavor = \"openldap\"\nbind_dn = \"cn=latchkey,dc=contoso,dc=test\"\n\
             bind_password_file = \"{}\"\nuser_base = \"ou=people,dc=contoso,dc=test\"\n{extra}",
            secret.display()
        ))
        .unwrap()
    }

    #[test]
    fn plain_ldap_only_on_loopback_and_errors_name_the_key() {
        assert!(LdapDirectory::build(&cfg("url = \"ldap://127.0.0.1:3890\"")).is_ok());
        let e = LdapDirectory::build(&cfg("url = \"ldap://dc1.contoso.com\"")).unwrap_err();
        assert!(e.contains("directory.url") && e.contains("plain text"), "{e}");
        assert!(LdapDirectory::build(&cfg("url = \"ldap://dc1.contoso.com\"\nstarttls = true")).is_ok());
        let e = LdapDirectory::build(&cfg(
            "url = \"ldaps://dc1.contoso.com\"\nca_file = \"/nonexistent.pem\"",
        ))
        .unwrap_err();
        assert!(e.contains("directory.ca_file"), "{e}");
        let e = LdapDirectory::build(&cfg("url = \"ldaps://dc1\"\nuser_filter = \"(uid=x)\"")).unwrap_err();
        assert!(e.contains("{username}"), "{e}");
        let d = LdapDirectory::build(&cfg("url = \"ldaps://dc1\"")).unwrap();
        let debug = format!("{d:?}");
        assert!(!debug.contains("s3cret-service"), "{debug}");
        assert_eq!(
            d.settings.user_filter,
            "(&(objectClass=inetOrgPerson)(|(uid={username})(mail={username})))"
        );
    }
}
