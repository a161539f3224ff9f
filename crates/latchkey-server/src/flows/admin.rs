//! Administration: tenants, users, policy and the audit log. Used by the `admin` CLI; every
//! change is audited with client type `admin-cli`.

use crate::audit::{self, Actor, Event};
use crate::config::TenantConfig;
use crate::directory::builtin::BuiltinDirectory;
use crate::directory::{Changer, Directory, PasswordWrite};
use crate::error::{AppError, AppResult};
use crate::hashing::Hasher;
use crate::store::{ChangeAudit, EndSessions, NewUser, Store, UserRow};
use crate::tenant::{BrandingSettings, Tenant};
use base64::Engine as _;
use latchkey_core::branding;
use latchkey_core::password::{self, UserContext};
use latchkey_core::policy::TenantPolicy;
use latchkey_proto::{ErrorCode, Secret};
use serde_json::json;

fn now_ms() -> i64 {
    latchkey_core::Clock::now_ms(&latchkey_core::SystemClock)
}

/// The tenant, created with the default policy (and its slug as name) when missing.
pub async fn ensure_tenant(store: &Store, slug: &str, name: Option<&str>) -> AppResult<Tenant> {
    if !crate::tenant_slug_is_valid(slug) {
        return Err(AppError::new(ErrorCode::TenantNotFound).with_arg("slug", slug));
    }
    let policy = serde_json::to_string(&TenantPolicy::default()).map_err(AppError::internal)?;
    let branding = serde_json::to_string(&BrandingSettings::default()).map_err(AppError::internal)?;
    let row = store
        .ensure_tenant(slug, name.unwrap_or(slug), &branding, &policy)
        .await?;
    Ok(Tenant::from_row(row))
}

pub async fn tenant(store: &Store, slug: &str) -> AppResult<Tenant> {
    store
        .tenant_by_slug(slug)
        .await?
        .map(Tenant::from_row)
        .ok_or_else(|| AppError::new(ErrorCode::TenantNotFound).with_arg("slug", slug))
}

/// Applies a `[[tenant]]` block of the configuration file: name, branding, policy keys.
pub async fn apply_tenant_config(store: &Store, cfg: &TenantConfig) -> anyhow::Result<()> {
    let tenant = ensure_tenant(store, &cfg.slug, Some(&cfg.name))
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.code.as_str()))?;
    let mut branding = tenant.branding.clone();
    if let Some(b) = &cfg.branding {
        let colors = safe_colors(&cfg.slug, b);
        branding = BrandingSettings {
            primary_color: colors.as_ref().map(|c| c.primary.clone()),
            background_color: colors.as_ref().map(|c| c.background.clone()),
            text_color: colors.map(|c| c.text),
            logo_data_url: match &b.logo_file {
                Some(path) => logo_data_url(&cfg.slug, path)?,
                None => None,
            },
            sign_in_text: b.sign_in_text.clone(),
            sign_in_text_translations: b.sign_in_text_translations.clone(),
            helpdesk_url: b.helpdesk_url.clone(),
            helpdesk_email: b.helpdesk_email.clone(),
            helpdesk_phone: b.helpdesk_phone.clone(),
        };
    }
    let branding_json = serde_json::to_string(&branding)?;
    store
        .update_tenant_profile(tenant.id(), &cfg.name, &branding_json)
        .await?;
    if let Some(table) = &cfg.policy {
        let mut policy = tenant.policy.clone();
        for (key, value) in table {
            let text = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string()))
                    .collect::<Vec<_>>()
                    .join(","),
                other => other.to_string(),
            };
            policy.set(key, &text).map_err(|e| {
                anyhow::anyhow!("tenant {}: policy key {key}: {} {}", cfg.slug, e.code.as_str(), e.args)
            })?;
        }
        store
            .update_tenant_policy(tenant.id(), &serde_json::to_string(&policy)?)
            .await?;
    }
    Ok(())
}

/// The configured colors made readable (AA contrast); each change is logged for the admin. `None`
/// when the configuration sets no color (the default look).
fn safe_colors(slug: &str, b: &crate::config::BrandingConfig) -> Option<branding::Colors> {
    if b.primary_color.is_none() && b.background_color.is_none() && b.text_color.is_none() {
        return None;
    }
    let d = latchkey_proto::Colors::default();
    let asked = branding::Colors {
        primary: b.primary_color.clone().unwrap_or(d.primary.clone()),
        background: b.background_color.clone().unwrap_or(d.background.clone()),
        text: b.text_color.clone().unwrap_or(d.text.clone()),
    };
    let defaults = branding::Colors {
        primary: d.primary,
        background: d.background,
        text: d.text,
    };
    let (colors, warnings) = branding::readable_colors(&asked, &defaults);
    for w in warnings {
        tracing::warn!(tenant = slug, key = %format!("branding.{}", w.key), "branding adjusted: {}", w.detail);
    }
    Some(colors)
}

/// Reads a logo into a `data:` URL. A file that cannot be read stops the start (the key is
/// wrong); a logo that is too big, not an image, or an unsafe SVG is left out with a warning, and
/// the tenant shows its name instead, as in the default look.
fn logo_data_url(slug: &str, path: &std::path::Path) -> anyhow::Result<Option<String>> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("logo_file {}: {e}", path.display()))?;
    match branding::check_logo(&bytes) {
        Ok(kind) => Ok(Some(format!(
            "data:{};base64,{}",
            kind.content_type(),
            base64::engine::general_purpose::STANDARD.encode(bytes)
        ))),
        Err(problem) => {
            tracing::warn!(
                tenant = slug,
                key = "branding.logo_file",
                "branding falls back to the default look without a logo: {} {problem}",
                path.display()
            );
            Ok(None)
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct UserSpec {
    pub username: String,
    pub password: Secret,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub admin: bool,
    pub groups: Vec<String>,
    pub temporary: bool,
}

fn valid_username(u: &str) -> bool {
    let u = u.trim();
    !u.is_empty() && u.len() <= 256 && !u.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// E.164: `+` then 8 to 15 digits.
pub fn valid_e164(n: &str) -> bool {
    n.strip_prefix('+')
        .is_some_and(|d| (8..=15).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()) && !d.starts_with('0'))
}

pub fn valid_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.len() <= 253
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

pub async fn add_user(store: &Store, hasher: &Hasher, tenant_slug: &str, spec: &UserSpec) -> AppResult<UserRow> {
    let tenant = ensure_tenant(store, tenant_slug, None).await?;
    if !valid_username(&spec.username) {
        return Err(AppError::new(ErrorCode::UserInvalid).with_arg("field", "username"));
    }
    if let Some(e) = &spec.email
        && !valid_email(e)
    {
        return Err(AppError::new(ErrorCode::UserInvalid).with_arg("field", "email"));
    }
    if let Some(p) = &spec.phone
        && !valid_e164(p)
    {
        return Err(AppError::new(ErrorCode::UserInvalid).with_arg("field", "phone"));
    }
    let display_name = spec.display_name.clone().unwrap_or_else(|| spec.username.clone());
    let policy = tenant.policy.password_policy(tenant.name());
    let ctx = UserContext {
        username: &spec.username,
        display_name: Some(&display_name),
        email: spec.email.as_deref(),
    };
    let verdict = password::evaluate(&policy, spec.password.expose(), &ctx);
    if let Some(first) = verdict.problems.first() {
        let code = ErrorCode::parse(&first.code).unwrap_or(ErrorCode::PasswordTooWeak);
        return Err(AppError::new(code).with_args(first.args.clone()));
    }
    let hash = hasher.hash(&password::normalize(spec.password.expose()));
    let user = store
        .insert_user(&NewUser {
            tenant_id: tenant.id().to_string(),
            username: spec.username.trim().to_string(),
            display_name,
            email: spec.email.clone(),
            phone: spec.phone.clone(),
            groups: spec.groups.clone(),
            is_admin: spec.admin,
            must_change_password: spec.temporary,
            password_hash: hash,
        })
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::UserExists).with_arg("username", spec.username.clone()))?;
    audit::record(
        store,
        now_ms(),
        &Actor::cli(),
        Event {
            tenant: tenant.slug(),
            username: Some(&user.username),
            event: "admin.user.add",
            outcome: "success",
            detail: json!({"admin": spec.admin, "groups": spec.groups}),
        },
    )
    .await;
    Ok(user)
}

pub async fn find_user(store: &Store, tenant: &Tenant, username: &str) -> AppResult<UserRow> {
    store
        .user_by_login(tenant.id(), username)
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::UserNotFound).with_arg("username", username))
}

/// The account a login names in the tenant's directory, with our row for it.
pub async fn find_account(store: &Store, dir: &dyn Directory, tenant: &Tenant, username: &str) -> AppResult<UserRow> {
    dir.find(store, tenant.id(), username)
        .await?
        .map(|a| a.row)
        .ok_or_else(|| AppError::new(ErrorCode::UserNotFound).with_arg("username", username))
}

async fn audit_admin(store: &Store, tenant: &Tenant, username: &str, event: &str, detail: serde_json::Value) {
    audit::record(
        store,
        now_ms(),
        &Actor::cli(),
        Event {
            tenant: tenant.slug(),
            username: Some(username),
            event,
            outcome: "success",
            detail,
        },
    )
    .await;
}

pub async fn set_disabled(store: &Store, tenant_slug: &str, username: &str, disabled: bool) -> AppResult<()> {
    let tenant = tenant(store, tenant_slug).await?;
    let user = find_user(store, &tenant, username).await?;
    store.set_user_disabled(&user.id, disabled).await?;
    if disabled {
        store.delete_user_sessions(&user.id, None).await?;
    }
    let event = if disabled {
        "admin.user.disable"
    } else {
        "admin.user.enable"
    };
    audit_admin(store, &tenant, &user.username, event, json!({})).await;
    Ok(())
}

pub async fn unlock(store: &Store, dir: &dyn Directory, tenant_slug: &str, username: &str) -> AppResult<()> {
    let tenant = tenant(store, tenant_slug).await?;
    let user = find_account(store, dir, &tenant, username).await?;
    dir.unlock(store, &user).await?;
    audit_admin(store, &tenant, &user.username, "admin.user.unlock", json!({})).await;
    Ok(())
}

/// A random temporary password: 4 groups of 4 from an alphabet without look-alikes.
pub fn temporary_password() -> Secret {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    Secret::new(
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-"),
    )
}

/// Admin-initiated reset of a built-in account; see [`reset_password_in`].
pub async fn reset_password(
    store: &Store,
    hasher: &Hasher,
    tenant_slug: &str,
    username: &str,
    password: Option<Secret>,
    temporary: bool,
) -> AppResult<Secret> {
    let dir = BuiltinDirectory::new(hasher.clone());
    reset_password_in(store, &dir, tenant_slug, username, password, temporary).await
}

/// Admin-initiated reset in the tenant's directory. With `temporary`, the user must change it
/// at the next sign-in. Ends the user's sessions and unlocks the account. Returns the password
/// set.
pub async fn reset_password_in(
    store: &Store,
    dir: &dyn Directory,
    tenant_slug: &str,
    username: &str,
    password: Option<Secret>,
    temporary: bool,
) -> AppResult<Secret> {
    let tenant = tenant(store, tenant_slug).await?;
    let user = find_account(store, dir, &tenant, username).await?;
    let password = password.unwrap_or_else(temporary_password);
    let policy = tenant.effective_policy(dir).await;
    let ctx = UserContext {
        username: &user.username,
        display_name: Some(&user.display_name),
        email: user.email.as_deref(),
    };
    let verdict = password::evaluate(&policy, password.expose(), &ctx);
    if let Some(first) = verdict.problems.first() {
        let code = ErrorCode::parse(&first.code).unwrap_or(ErrorCode::PasswordTooWeak);
        return Err(AppError::new(code).with_args(first.args.clone()));
    }
    let write = PasswordWrite {
        user: &user,
        by: Changer::Admin,
        new: &password,
        must_change: temporary,
        keep_history: i64::from(tenant.policy.password_history),
        history_check: 0,
        completes_reset: None,
        end_sessions: Some(EndSessions {
            keep: None,
            kept_level: None,
        }),
        audit: Some(ChangeAudit {
            ended_key: "sessions_ended",
            row: audit::row(
                now_ms(),
                &Actor::cli(),
                Event {
                    tenant: tenant.slug(),
                    username: Some(&user.username),
                    event: "admin.user.reset_password",
                    outcome: "success",
                    detail: json!({"temporary": temporary}),
                },
            ),
        }),
    };
    dir.set_password(store, write).await?;
    Ok(password)
}

pub async fn set_policy(store: &Store, tenant_slug: &str, key: &str, value: &str) -> AppResult<TenantPolicy> {
    let tenant = ensure_tenant(store, tenant_slug, None).await?;
    let mut policy = tenant.policy.clone();
    let before = policy.show().into_iter().find(|(k, _)| k == key).map(|(_, v)| v);
    if let Err(e) = policy.set(key, value) {
        audit::record(
            store,
            now_ms(),
            &Actor::cli(),
            Event {
                tenant: tenant.slug(),
                username: None,
                event: "admin.policy.set",
                outcome: "failure",
                detail: json!({"key": key, "value": value, "code": e.code.as_str()}),
            },
        )
        .await;
        return Err(e.into());
    }
    store
        .update_tenant_policy(
            tenant.id(),
            &serde_json::to_string(&policy).map_err(AppError::internal)?,
        )
        .await?;
    audit::record(
        store,
        now_ms(),
        &Actor::cli(),
        Event {
            tenant: tenant.slug(),
            username: None,
            event: "admin.policy.set",
            outcome: "success",
            detail: json!({"key": key, "from": before, "to": value}),
        },
    )
    .await;
    Ok(policy)
}

/// The usage report: methods registered (now, and added in the window) and resets and unlocks
/// per day.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub tenant: String,
    pub days: i64,
    pub registrations: Vec<RegistrationRow>,
    pub daily: Vec<DayRow>,
    /// Who the self-service scope covers and how many of them have registered (filled from the
    /// tenant's directory by [`coverage`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Coverage>,
}

/// Registered vs in scope: accounts of the directory (read page by page, never all at once)
/// that `sspr_enabled` admits and that are not disabled, and how many of those have at least
/// one verified method.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// Accounts the directory lists.
    pub accounts: u64,
    /// Of those, enabled and admitted by `sspr_enabled`.
    pub in_scope: u64,
    /// Of those in scope, with at least one verified method.
    pub registered: u64,
    /// In scope and not registered yet.
    pub not_registered: u64,
}

/// [`Coverage`] of a tenant, from its directory.
pub async fn coverage(store: &Store, dir: &dyn Directory, tenant_slug: &str) -> AppResult<Coverage> {
    let tenant = tenant(store, tenant_slug).await?;
    let registered: std::collections::HashSet<String> = store
        .registered_users(tenant.id())
        .await?
        .into_iter()
        .flat_map(|(id, dir_id)| std::iter::once(id).chain(dir_id))
        .collect();
    let scope = tenant.policy.scope();
    let mut c = Coverage::default();
    let mut each = |u: crate::directory::DirectoryUser| {
        c.accounts += 1;
        if u.state.disabled || u.state.expired || !scope.admits(&u.groups) {
            return;
        }
        c.in_scope += 1;
        if registered.contains(&u.id) {
            c.registered += 1;
        }
    };
    dir.for_each_user(store, tenant.id(), &mut each)
        .await
        .map_err(crate::error::AppError::from)?;
    c.not_registered = c.in_scope - c.registered;
    Ok(c)
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct RegistrationRow {
    pub kind: String,
    pub registered: i64,
    pub added_in_window: i64,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct DayRow {
    pub date: String,
    pub resets_succeeded: i64,
    pub resets_failed: i64,
    pub unlocks_succeeded: i64,
    pub unlocks_failed: i64,
}

pub async fn report(store: &Store, tenant_slug: &str, days: i64, now_ms: i64) -> AppResult<Report> {
    let tenant = tenant(store, tenant_slug).await?;
    let since = now_ms - days * 86_400_000;
    let events = store
        .query_audit(&crate::store::AuditFilter {
            tenant: Some(tenant.slug().to_string()),
            since_ms: Some(since),
            limit: 1_000_000,
            ..Default::default()
        })
        .await?;
    let mut added: std::collections::BTreeMap<String, i64> = Default::default();
    let mut daily: std::collections::BTreeMap<String, DayRow> = Default::default();
    for e in &events {
        if e.event == "method.add" && e.outcome == "success" {
            let kind = e.detail["kind"].as_str().unwrap_or("other").to_string();
            *added.entry(kind).or_default() += 1;
        }
        let date = crate::delivery::rfc3339(e.at)[..10].to_string();
        let ok = e.outcome == "success";
        let day = || DayRow {
            date: date.clone(),
            ..Default::default()
        };
        match e.event.as_str() {
            "reset.complete" => {
                let row = daily.entry(date.clone()).or_insert_with(day);
                if ok {
                    row.resets_succeeded += 1
                } else {
                    row.resets_failed += 1
                }
            }
            "reset.verify" if !ok => daily.entry(date.clone()).or_insert_with(day).resets_failed += 1,
            "unlock.complete" => {
                let row = daily.entry(date.clone()).or_insert_with(day);
                if ok {
                    row.unlocks_succeeded += 1
                } else {
                    row.unlocks_failed += 1
                }
            }
            "unlock.verify" if !ok => daily.entry(date.clone()).or_insert_with(day).unlocks_failed += 1,
            _ => {}
        }
    }
    let counts = store.method_counts(tenant.id()).await?;
    let mut kinds: Vec<String> = counts
        .iter()
        .map(|(k, _)| k.clone())
        .chain(added.keys().cloned())
        .collect();
    kinds.sort();
    kinds.dedup();
    let registrations = kinds
        .into_iter()
        .map(|kind| RegistrationRow {
            registered: counts.iter().find(|(k, _)| *k == kind).map(|(_, n)| *n).unwrap_or(0),
            added_in_window: added.get(&kind).copied().unwrap_or(0),
            kind,
        })
        .collect();
    Ok(Report {
        tenant: tenant.slug().to_string(),
        days,
        registrations,
        daily: daily.into_values().collect(),
        coverage: None,
    })
}
