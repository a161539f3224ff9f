//! The directory port: where a tenant's accounts and their passwords live.
//!
//! Every flow (sign-in, change, reset, unlock, admin) reaches accounts through [`Directory`];
//! none reads or writes the built-in password tables around it. Two adapters sit beside it:
//! [`builtin`] (argon2id hashes in our store, the embedded default) and [`ldap`] (an LDAP
//! server: OpenLDAP with ppolicy, or Active Directory).
//!
//! Whatever the directory, a user also has a row in our `users` table: for the built-in
//! directory it *is* the account; for an external one it mirrors the account (name, contact
//! data, groups, state) and is keyed by the directory's stable id (`entryUUID`, `objectGUID`),
//! so registered methods, sessions and counters stay with the person through a rename or move.
//! Flows therefore keep working with [`UserRow`]s; the directory is asked whenever the truth
//! matters (a password, a lock, the account's state).

pub mod builtin;
pub mod ldap;

use crate::error::AppError;
use crate::store::{ChangeAudit, EndSessions, MethodRow, Store, StoreError, UserRow};
use async_trait::async_trait;
use latchkey_proto::{ErrorCode, PasswordPolicy, Secret};
use std::collections::HashMap;
use std::sync::Arc;

/// An account as the directory describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryUser {
    /// The stable id: `entryUUID` (OpenLDAP), `objectGUID` (Active Directory, as its
    /// canonical UUID text), our user id (built-in).
    pub id: String,
    /// The name people sign in with (`uid`, `sAMAccountName`, the built-in user name).
    pub login: String,
    /// The entry's distinguished name (LDAP); `None` for the built-in directory.
    pub dn: Option<String>,
    pub display_name: String,
    pub email: Option<String>,
    /// Mobile phone as the directory holds it (not necessarily E.164).
    pub mobile: Option<String>,
    /// `preferredLanguage` (RFC 2798: a tag, or a list like `Accept-Language`), as held.
    pub preferred_language: Option<String>,
    /// Group names (the `cn` of each group, or the built-in groups).
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub state: AccountState,
}

/// The language Latchkey speaks that the directory's `preferredLanguage` asks for, if any: a
/// value naming only languages Latchkey does not have gives `None`, so the request's language is
/// used rather than English.
pub fn directory_language(value: &str) -> Option<String> {
    let asked = latchkey_i18n::parse_accept_language(value);
    let chosen = latchkey_i18n::negotiate(&asked.iter().map(String::as_str).collect::<Vec<_>>()).swap_remove(0);
    let english_asked = asked.iter().any(|t| t.to_ascii_lowercase().starts_with("en"));
    (chosen != latchkey_i18n::PSEUDO_LOCALE && (chosen != "en-US" || english_asked)).then_some(chosen)
}

/// What the directory says about an account's standing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountState {
    pub disabled: bool,
    pub expired: bool,
    /// The account may not change its own password (AD: "user cannot change password").
    pub cannot_change_password: bool,
    /// Privileged (AD `adminCount=1`): the service account never resets it.
    pub protected: bool,
    /// Locked until this Unix second; [`LOCKED_FOREVER`] until an administrator unlocks.
    pub locked_until: Option<i64>,
    /// The password must be changed at the next sign-in (temporary, or reset by an admin).
    pub must_change_password: bool,
}

/// `locked_until` of an account locked until someone unlocks it.
pub const LOCKED_FOREVER: i64 = i64::MAX / 2;

impl AccountState {
    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|t| t > now)
    }
}

/// A directory account and our row for it.
#[derive(Debug, Clone)]
pub struct Account {
    pub user: DirectoryUser,
    pub row: UserRow,
}

/// The directory's own password rules, merged into the tenant's so the app never accepts a
/// password the directory would refuse. `None` = the directory has no such rule (or did not
/// say).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct DirectoryPolicy {
    pub min_length: Option<u32>,
    /// Previous passwords the directory refuses again.
    pub history: Option<u32>,
    /// Wrong passwords in a row before the directory locks the account.
    pub max_failures: Option<u32>,
    /// Seconds a password must be kept before its owner may change it.
    pub min_age_secs: Option<u64>,
    /// Seconds a lock lasts (0 = until unlocked).
    pub lockout_secs: Option<u64>,
}

impl DirectoryPolicy {
    /// The tenant's rules tightened by the directory's: the longer minimum and history, the
    /// lower failure limit, the directory's minimum age.
    pub fn merge_into(&self, mut p: PasswordPolicy) -> PasswordPolicy {
        if let Some(min) = self.min_length {
            p.min_length = p.min_length.max(min).min(p.max_length);
        }
        if let Some(h) = self.history {
            p.history_count = p.history_count.max(h);
        }
        if let Some(f) = self.max_failures.filter(|f| *f > 0) {
            p.lockout_threshold = if p.lockout_threshold == 0 {
                f
            } else {
                p.lockout_threshold.min(f)
            };
        }
        if let Some(age) = self.min_age_secs {
            p.min_age_secs = p.min_age_secs.max(age);
        }
        p
    }
}

/// The tenant's lockout rule, for directories that count failures themselves in our store
/// (the built-in one); LDAP directories apply their own.
#[derive(Debug, Clone, Copy)]
pub struct LockoutRule {
    pub now: i64,
    pub threshold: i64,
    /// When a lock taken now ends.
    pub lock_until: i64,
}

/// The answer to a password check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordCheck {
    Valid,
    /// The account is locked. Sign-in answers the same whether the password was right or wrong
    /// (a lock is no password oracle); a signed-in user changing their password still needs the
    /// right one, hence `right`.
    Locked {
        right: bool,
    },
    /// Wrong (or, when the directory will not say, locked or unusable). `failures` is the count
    /// after this one when the directory counts in our store; `reason` goes to the audit log.
    Invalid {
        failures: Option<i64>,
        reason: &'static str,
    },
}

/// Who sets a new password.
#[derive(Debug, Clone, Copy)]
pub enum Changer<'a> {
    /// The user, who proved the current password (as typed).
    User { current: &'a Secret },
    /// A self-service reset, written by the service (account).
    Reset,
    /// An administrator (`admin user reset-password`), written by the service (account); the
    /// built-in directory checks neither "same as current" nor history then.
    Admin,
}

/// A new password to write, and what our store records with it. The built-in directory writes
/// all of it in one transaction; an external one writes the directory first and records the
/// rest only when the directory took the password, so a refusal or an outage leaves nothing
/// that claims success.
#[derive(Debug)]
pub struct PasswordWrite<'a> {
    pub user: &'a UserRow,
    pub by: Changer<'a>,
    /// Already checked against the effective policy.
    pub new: &'a Secret,
    /// The user must change it at the next sign-in.
    pub must_change: bool,
    /// Previous passwords our store keeps (built-in only).
    pub keep_history: i64,
    /// History length to check against (built-in only; directories check their own).
    pub history_check: u32,
    /// The reset (id hash) this write finishes; nothing is written if it already finished.
    pub completes_reset: Option<&'a str>,
    pub end_sessions: Option<EndSessions<'a>>,
    pub audit: Option<ChangeAudit>,
}

/// One step of `admin directory test`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckStep {
    /// `connect`, `tls`, `bind`, `search`, `policy`, ...
    pub step: String,
    pub ok: bool,
    pub detail: String,
}

/// Why a directory call failed. Each maps to a stable error code (see [`DirectoryError::code`]);
/// the text in `Unavailable`, `Tls`, `Refused` is the directory's own reason, for the log and
/// the audit detail, never for the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DirectoryError {
    #[error("directory unreachable: {0}")]
    Unavailable(String),
    #[error("directory did not answer within {0} s")]
    Timeout(u64),
    #[error("directory TLS: {0}")]
    Tls(String),
    #[error("wrong password")]
    InvalidCredentials,
    #[error("password shorter than the directory's minimum")]
    PasswordTooShort { min: Option<u32> },
    #[error("password in the directory's history")]
    PasswordInHistory { count: Option<u32> },
    #[error("password same as the current one")]
    PasswordSameAsCurrent,
    #[error("password changed too recently")]
    PasswordTooYoung { min_age_secs: Option<u64> },
    #[error("password fails the directory's quality check: {0}")]
    PasswordQuality(String),
    #[error("account locked")]
    AccountLocked,
    #[error("account disabled")]
    AccountDisabled,
    #[error("account expired")]
    AccountExpired,
    #[error("account may not change its password")]
    CannotChangePassword,
    #[error("protected account")]
    Protected,
    #[error("no such account")]
    NotFound,
    #[error("directory refused: {0}")]
    Refused(String),
    #[error("store: {0}")]
    Store(String),
}

impl From<StoreError> for DirectoryError {
    fn from(e: StoreError) -> Self {
        DirectoryError::Store(e.to_string())
    }
}

pub type DirResult<T> = Result<T, DirectoryError>;

impl DirectoryError {
    /// The stable code a client sees.
    pub fn code(&self) -> ErrorCode {
        match self {
            DirectoryError::Unavailable(_) => ErrorCode::DirectoryUnavailable,
            DirectoryError::Timeout(_) => ErrorCode::DirectoryTimeout,
            DirectoryError::Tls(_) => ErrorCode::DirectoryTls,
            DirectoryError::InvalidCredentials => ErrorCode::AuthInvalidCredentials,
            DirectoryError::PasswordTooShort { .. } => ErrorCode::PasswordTooShort,
            DirectoryError::PasswordInHistory { .. } => ErrorCode::PasswordReused,
            DirectoryError::PasswordSameAsCurrent => ErrorCode::PasswordSameAsCurrent,
            DirectoryError::PasswordTooYoung { .. } => ErrorCode::PasswordTooYoung,
            DirectoryError::PasswordQuality(_) => ErrorCode::PasswordTooWeak,
            DirectoryError::AccountLocked => ErrorCode::AuthAccountLocked,
            DirectoryError::AccountDisabled => ErrorCode::AuthAccountDisabled,
            DirectoryError::AccountExpired => ErrorCode::AccountExpired,
            DirectoryError::CannotChangePassword => ErrorCode::AccountCannotChangePassword,
            DirectoryError::Protected => ErrorCode::AccountProtected,
            DirectoryError::NotFound => ErrorCode::UserNotFound,
            DirectoryError::Refused(_) => ErrorCode::DirectoryRefused,
            DirectoryError::Store(_) => ErrorCode::InternalUnavailable,
        }
    }

    /// The reason for the audit log: the code, and for a directory that failed or refused,
    /// its own words.
    pub fn reason(&self) -> String {
        match self {
            DirectoryError::Unavailable(why)
            | DirectoryError::Tls(why)
            | DirectoryError::Refused(why)
            | DirectoryError::PasswordQuality(why)
            | DirectoryError::Store(why) => format!("{}: {why}", self.code().as_str()),
            DirectoryError::Timeout(secs) => format!("{}: no answer within {secs} s", self.code().as_str()),
            _ => self.code().as_str().to_string(),
        }
    }
}

impl From<DirectoryError> for AppError {
    fn from(e: DirectoryError) -> Self {
        let mut err = AppError::new(e.code());
        err = match &e {
            DirectoryError::PasswordTooShort { min: Some(min) } => err.with_arg("min", *min),
            DirectoryError::PasswordInHistory { count: Some(count) } => err.with_arg("history", *count),
            DirectoryError::PasswordTooYoung {
                min_age_secs: Some(secs),
            } => err.with_arg("min_age_secs", *secs),
            DirectoryError::Timeout(secs) => err.with_arg("timeout_secs", *secs),
            _ => err,
        };
        err.detail = Some(e.to_string());
        err
    }
}

/// A tenant's directory. Object-safe: the state keeps an `Arc<dyn Directory>` per tenant.
///
/// Calls that read or write our rows take the request's [`Store`] handle (it may hold a
/// database connection; implementations that wait on the network release it first, see
/// [`Store::release`]).
#[async_trait]
pub trait Directory: Send + Sync + std::fmt::Debug {
    /// `builtin`, `ldap/openldap`, `ldap/active-directory`: for logs and `admin directory test`.
    fn kind(&self) -> String;

    /// Whether this is the built-in directory (our store holds the passwords).
    fn is_builtin(&self) -> bool {
        false
    }

    /// The account a typed login names (user name, UPN or email, per the directory's
    /// configured attributes), with our row for it (created or refreshed). `None` when no
    /// account or more than one matches.
    async fn find(&self, store: &Store, tenant_id: &str, login: &str) -> DirResult<Option<Account>>;

    /// [`Directory::find`] with all of the user's registered methods (from our store).
    async fn find_with_methods(
        &self,
        store: &Store,
        tenant_id: &str,
        login: &str,
    ) -> DirResult<Option<(UserRow, Vec<MethodRow>)>> {
        let Some(account) = self.find(store, tenant_id, login).await? else {
            return Ok(None);
        };
        let methods = store.methods_of(&account.row.id).await?;
        Ok(Some((account.row, methods)))
    }

    /// The account behind one of our rows, read again from the directory (by its stable id),
    /// with the row refreshed. `None` when the account is gone.
    async fn refresh(&self, store: &Store, row: &UserRow) -> DirResult<Option<Account>>;

    /// Checks a password by signing in as the user. The built-in directory counts failures
    /// and locks by `lockout`; LDAP directories apply their own lockout.
    async fn verify_password(
        &self,
        store: &Store,
        row: &UserRow,
        password: &Secret,
        lockout: &LockoutRule,
    ) -> DirResult<PasswordCheck>;

    /// Writes a new password (see [`PasswordWrite`]): as the user with their current password,
    /// or as the service account. Unlocks the account. `Ok(None)` when the reset it was to
    /// finish had already finished: nothing was written.
    async fn set_password(&self, store: &Store, write: PasswordWrite<'_>) -> DirResult<Option<u64>>;

    /// Until when the account is locked, as the directory says now.
    async fn lockout(&self, store: &Store, row: &UserRow) -> DirResult<Option<i64>>;

    /// Clears the lock and the failure count.
    async fn unlock(&self, store: &Store, row: &UserRow) -> DirResult<()>;

    /// The directory's own password rules (cached by the adapter for a short while).
    async fn policy(&self) -> DirResult<DirectoryPolicy>;

    /// The directory's rules for one user: [`Directory::policy`] unless the directory has
    /// per-user rules (AD's fine-grained password policies, `msDS-ResultantPSO`).
    async fn policy_for(&self, store: &Store, row: &UserRow) -> DirResult<DirectoryPolicy> {
        let _ = (store, row);
        self.policy().await
    }

    /// Calls `each` for every user of the directory, read page by page (an LDAP paged
    /// search), never all at once. Returns how many there were.
    async fn for_each_user(
        &self,
        store: &Store,
        tenant_id: &str,
        each: &mut (dyn FnMut(DirectoryUser) + Send),
    ) -> DirResult<u64>;

    /// Checks the connection step by step (`admin directory test`).
    async fn check(&self) -> Vec<CheckStep>;
}

/// Each tenant's directory: the built-in one unless the configuration names another.
#[derive(Debug, Clone)]
pub struct Directories {
    builtin: Arc<dyn Directory>,
    by_tenant: Arc<HashMap<String, Arc<dyn Directory>>>,
}

impl Directories {
    pub fn builtin_only(builtin: Arc<dyn Directory>) -> Directories {
        Directories {
            builtin,
            by_tenant: Arc::new(HashMap::new()),
        }
    }

    /// With `by_tenant` (slug → directory) for tenants configured with an external directory.
    pub fn new(builtin: Arc<dyn Directory>, by_tenant: HashMap<String, Arc<dyn Directory>>) -> Directories {
        Directories {
            builtin,
            by_tenant: Arc::new(by_tenant),
        }
    }

    /// The directory of the tenant with this slug.
    pub fn of(&self, slug: &str) -> &Arc<dyn Directory> {
        self.by_tenant.get(slug).unwrap_or(&self.builtin)
    }
}

/// Every configured tenant's directory (built-in for those without `[tenant.directory]`).
pub fn from_tenants(
    tenants: &[crate::config::TenantConfig],
    hasher: crate::hashing::Hasher,
) -> Result<Directories, String> {
    let mut by_tenant = HashMap::new();
    for t in tenants {
        if let Some(cfg) = &t.directory
            && let Some(dir) = from_config(&t.slug, cfg).map_err(|e| format!("tenant {}: {e}", t.slug))?
        {
            by_tenant.insert(t.slug.clone(), dir);
        }
    }
    Ok(Directories::new(
        Arc::new(builtin::BuiltinDirectory::new(hasher)),
        by_tenant,
    ))
}

/// Builds the directory a tenant's configuration names (`None`: built-in). Checks everything
/// that can be checked without the network: readable secret file, valid CA file, URL scheme;
/// a key the kind does not use is refused.
pub fn from_config(slug: &str, cfg: &crate::config::DirectoryConfig) -> Result<Option<Arc<dyn Directory>>, String> {
    match cfg.kind.as_str() {
        "builtin" => {
            let c = cfg;
            let set = [
                ("url", c.url.is_some()),
                ("flavor", c.flavor.is_some()),
                ("bind_dn", c.bind_dn.is_some()),
                ("bind_password_file", c.bind_password_file.is_some()),
                ("user_base", c.user_base.is_some()),
                ("user_filter", c.user_filter.is_some()),
                ("ca_file", c.ca_file.is_some()),
                ("starttls", c.starttls.is_some()),
                ("login_attributes", c.login_attributes.is_some()),
                ("display_name_attribute", c.display_name_attribute.is_some()),
                ("mail_attribute", c.mail_attribute.is_some()),
                ("mobile_attribute", c.mobile_attribute.is_some()),
                ("group_base", c.group_base.is_some()),
                ("admin_group", c.admin_group.is_some()),
                ("protected_group", c.protected_group.is_some()),
                ("policy_dn", c.policy_dn.is_some()),
                ("timeout_secs", c.timeout_secs.is_some()),
                ("pool_size", c.pool_size.is_some()),
            ];
            match set.iter().find(|(_, is_set)| *is_set) {
                Some((key, _)) => Err(format!("directory.{key} is only for kind = \"ldap\"")),
                None => Ok(None),
            }
        }
        "ldap" => Ok(Some(ldap::LdapDirectory::from_config(slug, cfg)?)),
        other => Err(format!(
            "directory.kind \"{other}\" is not known (use \"builtin\" or \"ldap\")"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_rules_tighten_the_tenant_policy() {
        let base = latchkey_core::policy::TenantPolicy::default().password_policy("Contoso");
        let d = DirectoryPolicy {
            min_length: Some(12),
            history: Some(8),
            max_failures: Some(3),
            min_age_secs: Some(3600),
            lockout_secs: None,
        };
        let p = d.merge_into(base.clone());
        assert_eq!(
            (p.min_length, p.history_count, p.lockout_threshold, p.min_age_secs),
            (12, 8, 3, 3600)
        );
        // A laxer directory never loosens the tenant's rules.
        let lax = DirectoryPolicy {
            min_length: Some(4),
            history: Some(0),
            max_failures: Some(1000),
            ..Default::default()
        };
        let p = lax.merge_into(base.clone());
        assert_eq!(
            (p.min_length, p.history_count, p.lockout_threshold),
            (base.min_length, base.history_count, base.lockout_threshold)
        );
    }

    #[test]
    fn errors_map_to_specific_codes() {
        let e: AppError = DirectoryError::PasswordTooShort { min: Some(12) }.into();
        assert_eq!(e.code, ErrorCode::PasswordTooShort);
        assert_eq!(e.args["min"], 12);
        let e: AppError = DirectoryError::Unavailable("connection refused".into()).into();
        assert_eq!(e.code, ErrorCode::DirectoryUnavailable);
        assert!(e.args.is_empty(), "the directory's words stay in the log");
        assert_eq!(
            AppError::from(DirectoryError::PasswordInHistory { count: None }).code,
            ErrorCode::PasswordReused
        );
        assert_eq!(
            AppError::from(DirectoryError::Protected).code,
            ErrorCode::AccountProtected
        );
    }

    #[test]
    fn the_directorys_language_when_latchkey_has_it() {
        assert_eq!(super::directory_language("de").as_deref(), Some("de"));
        assert_eq!(super::directory_language("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(super::directory_language("fr-CA").as_deref(), Some("fr"));
        // RFC 2798 allows a list with weights, like Accept-Language.
        assert_eq!(super::directory_language("nl, de;q=0.8").as_deref(), Some("de"));
        assert_eq!(super::directory_language("en-GB").as_deref(), Some("en-US"));
        // None Latchkey has: no language, so the request's is used, not English.
        assert_eq!(super::directory_language("nl"), None);
        assert_eq!(super::directory_language(""), None);
        assert_eq!(super::directory_language("en-XA"), None);
    }
}
