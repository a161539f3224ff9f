//! Self-service password reset and account unlock.
//!
//! Enumeration-proof: every user name gets the same answer shape. A name that is unknown, not
//! allowed to reset, or without enough methods gets decoy methods derived from a keyed hash of
//! the name (stable across calls), and every later step fails the way a wrong code fails. Throttles
//! are keyed by the name as typed, so they behave the same for everyone. The reset path has its
//! own counters and never touches sign-in lockout, so a forgot-password attack cannot lock the
//! account. Finishing never signs the user in.

use crate::audit::{self, Actor, Event};
use crate::delivery::Channel;
use crate::directory::{Changer, PasswordWrite};
use crate::error::{AppError, AppResult};
use crate::flows::account;
use crate::flows::methods::{required_for, usable};
use crate::flows::security_info::{self as info, hint, kind_of};
use crate::flows::session::{self, token_hash};
use crate::state::AppState;
use crate::store::{ChangeAudit, EndSessions, MethodRow, ResetRow, UserRow};
use crate::tenant::Tenant;
use latchkey_core::captcha;
use latchkey_proto::{
    CaptchaChallenge, Challenge, ErrorCode, MethodKind, ResetMethod, ResetProgress, ResetStarted, ResetVerifyRequest,
    Secret,
};
use serde_json::json;

/// Never more than this many consecutive failed verifications per account (NIST SP 800-63B).
pub const MAX_CONSECUTIVE_FAILURES: i64 = 100;
/// Authenticator-app codes checked per reset and method. Its seed never changes, so unlike a
/// sent code (5 guesses per code) a fresh challenge cannot replace it: past this, start again.
pub const TOTP_GUESSES_PER_RESET: i64 = 5;
/// Longer than any reset session (`reset_session_secs` is at most an hour).
const RESET_GUESS_WINDOW_MS: i64 = 2 * 3_600_000;
const CAPTCHA_LIFETIME_SECS: i64 = 300;
const DAY_MS: i64 = 86_400_000;

fn normalize_login(login: &str) -> String {
    login
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_control())
        .take(256)
        .collect()
}

fn block_key(tenant: &Tenant, login: &str) -> String {
    format!("reset:{}:{login}", tenant.slug())
}

async fn ensure_not_blocked(state: &AppState, tenant: &Tenant, login: &str) -> AppResult<()> {
    let now = state.clock.now_ms();
    if let Some(until) = state.store.blocked_until(&block_key(tenant, login), now).await? {
        return Err(AppError::rate_limited(
            ErrorCode::ResetBlocked,
            ((until - now) / 1000).max(1) as u64,
        ));
    }
    Ok(())
}

/// One counted reset-path attempt, so that it can be taken back.
struct Hit {
    key: String,
    window_start: i64,
}

/// Counts against a reset-path limit; past it, the whole reset path for this name is blocked
/// for the tenant's `block_hours`.
async fn throttle(
    state: &AppState,
    tenant: &Tenant,
    login: &str,
    what: &str,
    limit: u32,
    window_ms: i64,
) -> AppResult<Hit> {
    let now = state.clock.now_ms();
    let key = throttle_key(tenant, what, login);
    let (count, window_start) = state.store.rate_hit(&key, now, window_ms).await?;
    over_limit(state, tenant, login, count, limit).await?;
    Ok(Hit { key, window_start })
}

fn throttle_key(tenant: &Tenant, what: &str, login: &str) -> String {
    format!("reset-{what}:{}:{login}", tenant.slug())
}

/// Past a reset-path limit, the whole reset path for this name is blocked.
async fn over_limit(state: &AppState, tenant: &Tenant, login: &str, count: i64, limit: u32) -> AppResult<()> {
    let now = state.clock.now_ms();
    if count > i64::from(limit) {
        let block_ms = i64::from(tenant.policy.block_hours) * 3_600_000;
        state.store.set_block(&block_key(tenant, login), now + block_ms).await?;
        return Err(AppError::rate_limited(
            ErrorCode::ResetBlocked,
            (block_ms / 1000) as u64,
        ));
    }
    Ok(())
}

async fn audit_event(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    login: &str,
    event: &str,
    outcome: &str,
    detail: serde_json::Value,
) {
    audit::record(
        &state.store,
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(login),
            event,
            outcome,
            detail,
        },
    )
    .await;
}

// ---- captcha ----

/// What a captcha's MAC covers besides its challenge: the tenant, the expiry and the difficulty.
fn captcha_context(tenant: &Tenant, expires_at: i64, difficulty: u32) -> String {
    format!("captcha:{}:{expires_at}:{difficulty}", tenant.id())
}

/// A captcha costs no storage until it is used: its id carries the expiry, the difficulty and the
/// challenge under a MAC with the server's key, so `POST /captcha` (open to anyone) writes
/// nothing, and only a solved one is recorded, once.
pub async fn new_captcha(state: &AppState, tenant: &Tenant) -> AppResult<CaptchaChallenge> {
    let challenge = crate::store::new_id();
    let difficulty = tenant.policy.captcha_difficulty;
    let expires_at = state.clock.now() + CAPTCHA_LIFETIME_SECS;
    let mac = state
        .vault
        .mac(&captcha_context(tenant, expires_at, difficulty), &challenge);
    Ok(CaptchaChallenge {
        id: format!("{expires_at}.{difficulty}.{challenge}.{mac}"),
        algorithm: captcha::ALGORITHM.into(),
        challenge,
        difficulty,
        expires_at: crate::delivery::rfc3339(expires_at * 1000),
    })
}

async fn check_captcha(state: &AppState, tenant: &Tenant, id: &str, solution: &str) -> AppResult<()> {
    let invalid = || AppError::new(ErrorCode::CaptchaInvalid);
    if id.len() > 160 || solution.len() > 64 {
        return Err(invalid());
    }
    let parts: Vec<&str> = id.split('.').collect();
    let [expires_at, difficulty, challenge, mac] = parts[..] else {
        return Err(invalid());
    };
    let (Ok(expires_at), Ok(difficulty)) = (expires_at.parse::<i64>(), difficulty.parse::<u32>()) else {
        return Err(invalid());
    };
    // Issued by this server for this tenant, with this difficulty and expiry.
    if !state
        .vault
        .mac_matches(&captcha_context(tenant, expires_at, difficulty), challenge, mac)
    {
        return Err(invalid());
    }
    if expires_at <= state.clock.now() {
        return Err(AppError::new(ErrorCode::CaptchaExpired));
    }
    if !captcha::verify(challenge, difficulty, solution) {
        return Err(invalid());
    }
    // Single use, also across server instances: the first to record it wins.
    if !state.store.use_captcha(mac, tenant.id(), expires_at).await? {
        return Err(invalid());
    }
    Ok(())
}

fn is_strong(kind: &str) -> bool {
    kind == "totp" || kind == "security_key"
}

/// How long a tenant's decoy profiles are used before they are read again.
const PROFILES_FRESH: std::time::Duration = std::time::Duration::from_secs(300);

/// The shape of a method list as decoys copy it: per method its kind and the impersonal part of
/// its hint (an email's domain; a phone's country code and length, without the last two digits;
/// the number of questions; an authenticator app's hint). A security key's hint is its owner's
/// name for it, never copied: decoys say "Security key".
fn profile_of(methods: &[MethodRow]) -> Vec<(String, String)> {
    methods
        .iter()
        .filter_map(|m| {
            let template = match kind_of(m)? {
                MethodKind::Email => m.destination.as_deref()?.rsplit_once('@')?.1.to_lowercase(),
                MethodKind::Phone => {
                    let h = hint(m);
                    let keep = h.chars().count().saturating_sub(2);
                    h.chars().take(keep).collect()
                }
                MethodKind::SecurityKey => String::new(),
                _ => hint(m),
            };
            Some((m.kind.clone(), template))
        })
        .collect()
}

/// The tenant's decoy profiles: the method-list shapes of every user who could start a reset now
/// (enabled, in scope, enough usable methods), with how many have each. Read at most every
/// [`PROFILES_FRESH`] per process.
async fn profiles(state: &AppState, tenant: &Tenant) -> AppResult<std::sync::Arc<crate::state::DecoyProfiles>> {
    if let Ok(cache) = state.decoy_profiles.read()
        && let Some((at, p)) = cache.get(tenant.slug())
        && at.elapsed() < PROFILES_FRESH
    {
        return Ok(p.clone());
    }
    let read_at = std::time::Instant::now();
    let users = state.store.list_users(tenant.id()).await?;
    let mut by_user: std::collections::HashMap<String, Vec<MethodRow>> = std::collections::HashMap::new();
    for m in state.store.methods_of_tenant(tenant.id()).await? {
        by_user.entry(m.user_id.clone()).or_default().push(m);
    }
    let mut counts: std::collections::BTreeMap<Vec<(String, String)>, u32> = std::collections::BTreeMap::new();
    for u in users {
        if u.disabled || !tenant.policy.scope().admits(&u.groups) {
            continue;
        }
        let methods = usable(tenant, &u, by_user.remove(&u.id).unwrap_or_default());
        if methods.len() < usize::from(required_for(tenant, Some(&u))) {
            continue;
        }
        *counts.entry(profile_of(&methods)).or_default() += 1;
    }
    let profiles = std::sync::Arc::new(counts.into_iter().collect::<crate::state::DecoyProfiles>());
    if let Ok(mut cache) = state.decoy_profiles.write() {
        cache.insert(tenant.slug().to_string(), (read_at, profiles.clone()));
    }
    Ok(profiles)
}

/// The profile a name's decoys copy: weighted rendezvous hashing over the tenant's profiles with
/// a keyed hash of the name, so a name gets the profile of a real user with the probability real
/// users have it, always the same one, and a new user changes few names' choices (only those
/// whose draw the new weight wins).
fn profile_for<'p>(
    state: &AppState,
    tenant: &Tenant,
    login: &str,
    profiles: &'p crate::state::DecoyProfiles,
) -> Option<&'p [(String, String)]> {
    profiles
        .iter()
        .map(|(profile, weight)| {
            let mac = state
                .vault
                .mac("reset-decoy-profile", &format!("{}:{login}:{profile:?}", tenant.slug()));
            let x = u64::from_str_radix(&mac[..16], 16).unwrap_or(0);
            // Uniform in (0, 1); the smallest -ln(u) / weight wins.
            let u = (x as f64 + 1.0) / (u64::MAX as f64 + 2.0);
            (-u.ln() / f64::from((*weight).max(1)), profile)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p.as_slice())
}

/// Decoy methods for a name that cannot reset, stable for the name: the method list of a real
/// user's profile drawn for it (see [`profile_for`]), with hints built the way real ones are
/// (the name's initial before an email's domain; a phone's last two digits from the keyed hash).
/// A tenant where nobody can reset yet gets the built-in shape ([`fallback_decoys`]).
async fn decoys(state: &AppState, tenant: &Tenant, login: &str) -> AppResult<Vec<ResetMethod>> {
    let profiles = profiles(state, tenant).await?;
    let Some(profile) = profile_for(state, tenant, login, &profiles) else {
        return Ok(fallback_decoys(state, tenant, login));
    };
    let seed = hex::decode(state.vault.mac("reset-decoy", &format!("{}:{login}", tenant.slug()))).unwrap_or_default();
    let initial: String = login
        .chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_string())
        .unwrap_or_else(|| "a".into());
    Ok(profile
        .iter()
        .enumerate()
        .filter_map(|(i, (kind, template))| {
            let kind = MethodKind::parse(kind)?;
            let hint = match kind {
                MethodKind::Email => format!("{initial}***@{template}"),
                MethodKind::Phone => format!("{template}{:02}", seed.get(2 + i).copied().unwrap_or(0) % 100),
                MethodKind::SecurityKey => "Security key".to_string(),
                _ => template.clone(),
            };
            Some(ResetMethod {
                id: decoy_id(state, tenant, login, i),
                kind,
                hint,
            })
        })
        .collect())
}

fn decoy_id(state: &AppState, tenant: &Tenant, login: &str, i: usize) -> String {
    state
        .vault
        .mac("reset-decoy-id", &format!("{}:{login}:{i}", tenant.slug()))[..32]
        .to_string()
}

/// Decoys for a tenant where no user can reset yet: two or three of the allowed kinds.
fn fallback_decoys(state: &AppState, tenant: &Tenant, login: &str) -> Vec<ResetMethod> {
    let seed = hex::decode(state.vault.mac("reset-decoy", &format!("{}:{login}", tenant.slug()))).unwrap_or_default();
    let byte = |i: usize| seed.get(i).copied().unwrap_or(0);
    let mut kinds: Vec<MethodKind> = tenant
        .policy
        .allowed_methods
        .iter()
        .copied()
        .filter(|k| match k {
            MethodKind::Email | MethodKind::Phone | MethodKind::Totp => true,
            MethodKind::SecurityKey => state.webauthn_origin.is_some(),
            _ => false,
        })
        .collect();
    if kinds.is_empty() {
        kinds.push(MethodKind::Email);
    }
    let count = (2 + usize::from(byte(0) % 2)).min(kinds.len().max(2));
    let start = usize::from(byte(1)) % kinds.len();
    let domain = login
        .rsplit_once('@')
        .map(|(_, d)| d.to_string())
        .or_else(|| {
            tenant
                .branding
                .helpdesk_email
                .as_ref()
                .and_then(|e| e.rsplit_once('@').map(|(_, d)| d.to_string()))
        })
        .unwrap_or_else(|| format!("{}.com", tenant.slug()));
    let initial: String = login
        .chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_string())
        .unwrap_or_else(|| "a".into());
    (0..count)
        .map(|i| {
            let kind = kinds[(start + i) % kinds.len()];
            let hint = match kind {
                MethodKind::Email => format!("{initial}***@{domain}"),
                MethodKind::Phone => format!("+1 ••• ••• ••{:02}", byte(2 + i) % 100),
                MethodKind::SecurityKey => "Security key".to_string(),
                _ => String::new(),
            };
            ResetMethod {
                id: decoy_id(state, tenant, login, i),
                kind,
                hint,
            }
        })
        .collect()
}

fn to_reset_method(m: &MethodRow) -> Option<ResetMethod> {
    Some(ResetMethod {
        id: m.id.clone(),
        kind: kind_of(m)?,
        hint: hint(m),
    })
}

// ---- the flow ----

pub async fn start(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    username: &str,
    captcha_id: &str,
    solution: &str,
    mode: &str,
) -> AppResult<ResetStarted> {
    if tenant.policy.scope() == latchkey_core::policy::SsprScope::None {
        return Err(AppError::new(ErrorCode::ResetDisabled));
    }
    check_captcha(state, tenant, captcha_id, solution).await?;
    let login = normalize_login(username);
    ensure_not_blocked(state, tenant, &login).await?;
    let hit = throttle(
        state,
        tenant,
        &login,
        "start",
        tenant.policy.reset_attempts_per_day,
        DAY_MS,
    )
    .await?;

    let found = if login.is_empty() {
        None
    } else {
        match state
            .directory(tenant)
            .find_with_methods(&state.store, tenant.id(), &login)
            .await
        {
            Ok(found) => found,
            Err(e) => {
                // The directory is down or refused: the attempt does not count, so an outage
                // does not end in a blocked reset path. Same answer for every name.
                state.store.rate_refund(&hit.key, hit.window_start).await?;
                audit_event(
                    state,
                    tenant,
                    actor,
                    &login,
                    &format!("{mode}.start"),
                    "failure",
                    json!({"reason": e.reason()}),
                )
                .await;
                return Err(e.into());
            }
        }
    };
    let candidate = match found {
        Some((ref u, _)) if u.disabled => Err("disabled"),
        Some((ref u, _)) if !tenant.policy.scope().admits(&u.groups) => Err("not_enabled"),
        Some((ref u, ref all)) => {
            let methods = usable(tenant, u, all.clone());
            if methods.len() < usize::from(required_for(tenant, Some(u))) {
                Err("insufficient_methods")
            } else {
                Ok((u, methods))
            }
        }
        None => Err("unknown_user"),
    };
    let token = session::new_token();
    let id_hash = token_hash(token.expose());
    let expires_at = state.clock.now() + i64::from(tenant.policy.reset_session_secs);
    let (user_id, required, methods) = match &candidate {
        Ok((u, methods)) => (
            Some(u.id.clone()),
            required_for(tenant, Some(u)),
            methods.iter().filter_map(to_reset_method).collect(),
        ),
        Err(_) => (None, required_for(tenant, None), decoys(state, tenant, &login).await?),
    };
    // The answer names the tenant's requirement for everyone; an admin's stricter one shows up
    // as `remaining` after the first method, so the start does not reveal admin accounts.
    let shown_required = tenant.policy.methods_required;
    let (outcome, reason) = match &candidate {
        Ok(_) => ("success", "".to_string()),
        Err(r) => ("failure", r.to_string()),
    };
    let started = audit::row(
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(&login),
            event: &format!("{mode}.start"),
            outcome,
            detail: json!({"reason": reason}),
        },
    );
    state
        .store
        .insert_reset(
            &ResetRow {
                id_hash,
                tenant_id: tenant.id().to_string(),
                user_id,
                login: login.clone(),
                mode: mode.to_string(),
                required: i64::from(required),
                verified: Vec::new(),
                expires_at,
                completed: false,
            },
            state.clock.now(),
            &started,
        )
        .await?;
    Ok(ResetStarted {
        reset_id: token,
        required: shown_required,
        methods,
        expires_at,
    })
}

/// A reset's user with all their methods; `None` for a decoy.
type ResetUser = Option<(UserRow, Vec<MethodRow>)>;

/// A live reset of this tenant (ids of other tenants are unknown here) with its user and all
/// their methods, read in one query.
async fn load(state: &AppState, tenant: &Tenant, reset_id: &str) -> AppResult<(ResetRow, ResetUser)> {
    if reset_id.len() > 128 {
        return Err(AppError::new(ErrorCode::ResetNotFound));
    }
    let now_ms = state.clock.now_ms();
    let c = state
        .store
        .reset_context(&token_hash(reset_id), tenant.slug(), now_ms)
        .await?
        .filter(|c| c.reset.tenant_id == tenant.id())
        .ok_or_else(|| AppError::new(ErrorCode::ResetNotFound))?;
    let r = c.reset;
    if r.completed || r.expires_at <= state.clock.now() {
        return Err(AppError::new(ErrorCode::ResetExpired).with_policy_limits(&tenant.policy));
    }
    if let Some(until) = c.blocked_until {
        return Err(AppError::rate_limited(
            ErrorCode::ResetBlocked,
            ((until - now_ms) / 1000).max(1) as u64,
        ));
    }
    // A reset for a user who has since been deleted or disabled is gone too.
    if r.user_id.is_some() && c.user.as_ref().is_none_or(|(u, _)| u.disabled) {
        return Err(AppError::new(ErrorCode::ResetNotFound));
    }
    Ok((r, c.user))
}

/// The reset's user, the method asked for and the user's usable methods; `None` for decoys
/// (the method must then be one of the decoy ids, so probing ids tells nothing either).
async fn method_for(
    state: &AppState,
    tenant: &Tenant,
    r: &ResetRow,
    found: ResetUser,
    method_id: &str,
) -> AppResult<Option<(UserRow, MethodRow, Vec<MethodRow>)>> {
    match found {
        Some((user, all)) => {
            let methods = usable(tenant, &user, all);
            let m = methods
                .iter()
                .find(|m| m.id == method_id)
                .cloned()
                .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
            Ok(Some((user, m, methods)))
        }
        None => {
            if decoys(state, tenant, &r.login).await?.iter().any(|d| d.id == method_id) {
                Ok(None)
            } else {
                Err(AppError::new(ErrorCode::MethodsNotFound))
            }
        }
    }
}

fn purpose(r: &ResetRow) -> String {
    format!("reset:{}", &r.id_hash[..24])
}

pub async fn challenge(
    state: &AppState,
    tenant: &Tenant,
    reset_id: &str,
    method_id: &str,
    locale: &[String],
) -> AppResult<Challenge> {
    let (r, user) = load(state, tenant, reset_id).await?;
    let found = method_for(state, tenant, &r, user, method_id).await?;
    let kind = match &found {
        Some((_, m, _)) => m.kind.clone(),
        None => decoys(state, tenant, &r.login)
            .await?
            .into_iter()
            .find(|d| d.id == method_id)
            .map(|d| d.kind.as_str().to_string())
            .unwrap_or_default(),
    };
    let lifetime = tenant.policy.code_lifetime_secs;
    match kind.as_str() {
        "email" | "phone" => {
            let (what, limit, window) = if kind == "email" {
                ("email", tenant.policy.emails_per_10_minutes, 600_000)
            } else {
                ("sms", tenant.policy.sms_per_hour, 3_600_000)
            };
            // One code path for real methods and decoys: the same two counters (the reset path's
            // limit and its sending limit, both keyed by the name as typed, so sends on other
            // paths or under another name of the user change nothing here), a stored code with
            // the same lifetime and attempts, and a sealed message of the same size queued for
            // the worker. Nothing waits for the mail or SMS gateway, so the answer takes the
            // same time whether a message will go out or not; one that cannot be sent is
            // reported on the next attempt at the code (`delivery.undelivered`) and its counts
            // are taken back, so an outage does not end in a blocked reset path.
            let recipient = found
                .as_ref()
                .map(|(u, m, _)| (u.id.as_str(), m.destination.as_deref().unwrap_or_default()));
            let keys = [
                throttle_key(tenant, what, &r.login),
                reset_send_key(tenant, &kind, &r.login),
            ];
            let now_ms = state.clock.now_ms();
            let counts = state.store.rate_hits(&keys, now_ms, window).await?;
            over_limit(state, tenant, &r.login, counts[0].0, limit).await?;
            let user_id = recipient.map(|(id, _)| id).unwrap_or_default();
            let code = info::issue_code(state, tenant, user_id, method_id, &kind, &purpose(&r), counts[1]).await?;
            let [key, send_key] = keys;
            crate::flows::delivery_queue::enqueue(
                state,
                tenant,
                crate::flows::delivery_queue::Queued {
                    method_id,
                    purpose: &purpose(&r),
                    channel: if kind == "email" { Channel::Email } else { Channel::Sms },
                    login: &r.login,
                    recipient,
                    code: &code,
                    locale,
                    refunds: vec![(key, counts[0].1), (send_key, counts[1].1)],
                    expires_at_ms: now_ms + i64::from(lifetime) * 1000,
                },
            )
            .await?;
            let hint = match &found {
                Some((_, m, _)) => Some(hint(m)),
                None => decoys(state, tenant, &r.login)
                    .await?
                    .into_iter()
                    .find(|d| d.id == method_id)
                    .map(|d| d.hint),
            };
            Ok(Challenge {
                hint,
                expires_in_secs: Some(lifetime),
                ..Challenge::default()
            })
        }
        "questions" => {
            // A decoy asks through the same code, from a stand-in method (see `decoy_questions`).
            let m = match &found {
                Some((_, m, _)) => m.clone(),
                None => decoy_questions(state, tenant, &r.login, method_id).await?,
            };
            let questions = info::ask_questions(state, tenant, &m, &purpose(&r), locale).await?;
            Ok(Challenge {
                expires_in_secs: Some(lifetime),
                questions: Some(questions),
                ..Challenge::default()
            })
        }
        "security_key" => {
            let options = match &found {
                Some((_, m, _)) => crate::flows::security_key::challenge(state, tenant, m, &purpose(&r)).await?,
                None => crate::flows::security_key::decoy_challenge(state, method_id, &purpose(&r)).await?,
            };
            Ok(Challenge {
                hint: Some(match &found {
                    Some((_, m, _)) => hint(m),
                    None => "Security key".to_string(),
                }),
                options: Some(options),
                ..Challenge::default()
            })
        }
        _ => Ok(Challenge::default()),
    }
}

/// The stand-in for a decoy's security questions: as many of the tenant's questions as its hint
/// says, drawn by a keyed hash of the name (so asking again asks the same ones, as for a real
/// user), with answer hashes that cost a real check and never match.
async fn decoy_questions(state: &AppState, tenant: &Tenant, login: &str, method_id: &str) -> AppResult<MethodRow> {
    let count = decoys(state, tenant, login)
        .await?
        .into_iter()
        .find(|d| d.id == method_id)
        .and_then(|d| d.hint.parse::<usize>().ok())
        .unwrap_or(tenant.policy.questions_to_register as usize);
    let seed = format!("{}:{login}", tenant.slug());
    info::decoy_questions_method(state, tenant, method_id, &seed, count).await
}

/// The 100-failure counter, keyed by the name as typed for real names and decoys alike, so the
/// count and the block that follows are the same for both.
fn failures_key(tenant: &Tenant, login: &str) -> String {
    format!("reset-failures:{}:name:{login}", tenant.slug())
}

/// The reset path's sending counter, for real methods and decoys alike (sign-in and
/// registration count under [`info::send_key`]).
fn reset_send_key(tenant: &Tenant, kind: &str, login: &str) -> String {
    format!("send:{kind}:reset:{}:{login}", tenant.slug())
}

/// Counts a guess at an authenticator app of this reset before it is checked; past
/// [`TOTP_GUESSES_PER_RESET`] it is refused unchecked. Decoys count the same way.
async fn count_totp_guess(state: &AppState, r: &ResetRow, method_id: &str) -> AppResult<()> {
    let key = format!("reset-totp:{}:{method_id}", r.id_hash);
    let (count, _) = state
        .store
        .rate_hit(&key, state.clock.now_ms(), RESET_GUESS_WINDOW_MS)
        .await?;
    if count > TOTP_GUESSES_PER_RESET {
        return Err(AppError::new(ErrorCode::TotpAttemptsExceeded).with_arg("max", TOTP_GUESSES_PER_RESET));
    }
    Ok(())
}

/// Counts a verification toward [`MAX_CONSECUTIVE_FAILURES`] before it is checked, so parallel
/// guesses cannot slip past the limit between a check and a count. Returns the count; the one
/// at the limit is the last checked, later ones are refused unchecked until the block ends.
async fn count_before_check(state: &AppState, tenant: &Tenant, key: &str) -> AppResult<i64> {
    let now = state.clock.now_ms();
    let block_ms = i64::from(tenant.policy.block_hours) * 3_600_000;
    let count = state
        .store
        .count_attempt(key, now, MAX_CONSECUTIVE_FAILURES, now + block_ms)
        .await?;
    if count > MAX_CONSECUTIVE_FAILURES {
        return Err(AppError::rate_limited(
            ErrorCode::ResetBlocked,
            (block_ms / 1000) as u64,
        ));
    }
    Ok(count)
}

/// After the attempt at the limit failed, the whole reset path for this name is blocked.
async fn block_at_limit(state: &AppState, tenant: &Tenant, login: &str, count: i64) -> AppResult<()> {
    if count >= MAX_CONSECUTIVE_FAILURES {
        let until = state.clock.now_ms() + i64::from(tenant.policy.block_hours) * 3_600_000;
        state.store.set_block(&block_key(tenant, login), until).await?;
    }
    Ok(())
}

fn remaining(required: i64, verified: &[String], strong_needed: bool, strong_done: bool) -> u8 {
    let mut left = (required - verified.len() as i64).max(0);
    if left == 0 && strong_needed && !strong_done {
        left = 1;
    }
    left as u8
}

/// With two methods required, a user who has an authenticator app (or key) must use it: a reset
/// never lets weaker methods alone replace the strong factor.
fn strong_state(r: &ResetRow, usable: &[MethodRow]) -> (bool, bool) {
    let needed = r.required >= 2 && usable.iter().any(|m| is_strong(&m.kind));
    let done = usable.iter().any(|m| is_strong(&m.kind) && r.verified.contains(&m.id));
    (needed, done)
}

pub async fn verify(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    reset_id: &str,
    req: &ResetVerifyRequest,
) -> AppResult<ResetProgress> {
    let (r, user) = load(state, tenant, reset_id).await?;
    let found = method_for(state, tenant, &r, user, &req.method_id).await?;
    // A code the worker could not deliver (real or decoy alike) is reported, not guessed at.
    crate::flows::delivery_queue::ensure_delivered(state, &req.method_id, &purpose(&r)).await?;
    let code = req.code.as_ref().map(|c| c.expose().to_string()).unwrap_or_default();
    let Some((user, m, methods)) = found else {
        // Decoy: fail exactly as a wrong answer would, after comparable work, counted by the
        // same rules (keyed by the name as typed).
        let kind = decoys(state, tenant, &r.login)
            .await?
            .into_iter()
            .find(|d| d.id == req.method_id)
            .map(|d| d.kind);
        let answers = req.answers.as_deref().unwrap_or(&[]);
        let refused = async {
            if kind == Some(MethodKind::Totp) {
                count_totp_guess(state, &r, &req.method_id).await?;
            }
            let count = count_before_check(state, tenant, &failures_key(tenant, &r.login)).await?;
            block_at_limit(state, tenant, &r.login, count).await
        }
        .await
        .err();
        let e = match refused {
            Some(e) => e,
            None => match kind {
                Some(MethodKind::SecurityKey) => {
                    crate::flows::security_key::decoy_check(
                        state,
                        &req.method_id,
                        &purpose(&r),
                        req.credential.as_ref(),
                    )
                    .await
                }
                Some(MethodKind::Totp) => AppError::new(
                    if code.trim().len() == 6 && code.trim().chars().all(|c| c.is_ascii_digit()) {
                        ErrorCode::TotpCodeInvalid
                    } else {
                        ErrorCode::TotpCodeMalformed
                    },
                ),
                // The decoy's stored code answers invalid, expired or exhausted as a real one
                // would; one guessed right (one in a million) is used up and still refused.
                Some(MethodKind::Email | MethodKind::Phone) => {
                    match info::check_code_of(state, &req.method_id, &purpose(&r), &code).await {
                        Ok(()) => AppError::new(ErrorCode::CodeInvalid),
                        Err(e) => e,
                    }
                }
                // Counted and checked (against answers that never match) as a real user's are.
                Some(MethodKind::Questions) => {
                    let checked = async {
                        throttle(
                            state,
                            tenant,
                            &r.login,
                            "questions",
                            tenant.policy.question_attempts_per_hour,
                            3_600_000,
                        )
                        .await?;
                        let m = decoy_questions(state, tenant, &r.login, &req.method_id).await?;
                        info::check_questions(state, &m, &purpose(&r), answers).await
                    }
                    .await;
                    match checked {
                        Ok(()) => AppError::new(ErrorCode::QuestionsWrongAnswers),
                        Err(e) => e,
                    }
                }
                _ => AppError::new(ErrorCode::CodeInvalid),
            },
        }
        .with_policy_limits(&tenant.policy);
        audit_event(
            state,
            tenant,
            actor,
            &r.login,
            &format!("{}.verify", r.mode),
            "failure",
            json!({"reason": "decoy", "code": e.code.as_str()}),
        )
        .await;
        return Err(e);
    };
    if r.verified.contains(&m.id) {
        let (needed, done) = strong_state(&r, &methods);
        let left = remaining(r.required, &r.verified, needed, done);
        return Ok(progress(state, tenant, &r, &user, r.verified.clone(), left).await);
    }
    // Counted before checked: at most the limits' worth is ever judged, however many arrive at
    // once, on any number of instances.
    let failures = failures_key(tenant, &r.login);
    let counted = async {
        if m.kind == "totp" {
            count_totp_guess(state, &r, &m.id).await?;
        }
        count_before_check(state, tenant, &failures).await
    }
    .await;
    let result = match counted {
        Err(e) => Err(e),
        Ok(count) => {
            let judged = judge(state, tenant, &r, &m, &code, req).await;
            if judged.is_err() {
                block_at_limit(state, tenant, &r.login, count).await?;
            }
            judged
        }
    };
    let result = result.map_err(|e| e.with_policy_limits(&tenant.policy));
    if let Err(e) = result {
        audit_event(
            state,
            tenant,
            actor,
            &user.username,
            &format!("{}.verify", r.mode),
            "failure",
            json!({"kind": m.kind, "code": e.code.as_str()}),
        )
        .await;
        return Err(e);
    }
    state.store.clear_attempts(&failures).await?;
    let passed = audit::row(
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(&user.username),
            event: &format!("{}.verify", r.mode),
            outcome: "success",
            detail: json!({"kind": m.kind}),
        },
    );
    let verified = state.store.add_reset_verified(&r, &m.id, &passed).await?;
    let r = ResetRow {
        verified: verified.clone(),
        ..r
    };
    let (needed, done) = strong_state(&r, &methods);
    let left = remaining(r.required, &verified, needed, done);
    Ok(progress(state, tenant, &r, &user, verified, left).await)
}

/// The answer to a verification; once a password reset has nothing left to prove, with the
/// user's own password rules (only the verified owner ever sees them).
async fn progress(
    state: &AppState,
    tenant: &Tenant,
    r: &ResetRow,
    user: &UserRow,
    verified: Vec<String>,
    remaining: u8,
) -> ResetProgress {
    let password_policy = if remaining == 0 && r.mode == "reset" {
        Some(
            tenant
                .effective_policy_for(state.directory(tenant).as_ref(), &state.store, user)
                .await,
        )
    } else {
        None
    };
    ResetProgress {
        verified,
        remaining,
        password_policy,
    }
}

/// Checks the proof for one of the user's methods.
async fn judge(
    state: &AppState,
    tenant: &Tenant,
    r: &ResetRow,
    m: &MethodRow,
    code: &str,
    req: &ResetVerifyRequest,
) -> AppResult<()> {
    match m.kind.as_str() {
        "totp" => info::check_totp(state, tenant.id(), m, code).await.map(|_| ()),
        "email" | "phone" => info::check_sent_code(state, m, &purpose(r), code).await,
        "questions" => {
            throttle(
                state,
                tenant,
                &r.login,
                "questions",
                tenant.policy.question_attempts_per_hour,
                3_600_000,
            )
            .await?;
            info::check_questions(state, m, &purpose(r), req.answers.as_deref().unwrap_or(&[])).await
        }
        "security_key" => {
            crate::flows::security_key::check(state, tenant, m, &purpose(r), req.credential.as_ref()).await
        }
        _ => Err(AppError::new(ErrorCode::MethodsNotFound)),
    }
}

/// The reset's user (and all their methods) once every required method is verified, for a visit
/// started as `mode` (a reset sets a password, an unlock only unlocks; neither does the other).
fn verified_user(tenant: &Tenant, r: &ResetRow, found: ResetUser, mode: &str) -> AppResult<(UserRow, Vec<MethodRow>)> {
    if r.mode != mode {
        return Err(AppError::new(ErrorCode::ResetNotFound));
    }
    // Before any method is verified, every name is told the tenant's requirement: an admin's
    // stricter one would reveal an admin account.
    if r.verified.is_empty() {
        return Err(
            AppError::new(ErrorCode::ResetMoreMethodsNeeded).with_arg("remaining", tenant.policy.methods_required)
        );
    }
    let Some((user, all)) = found else {
        return Err(AppError::new(ErrorCode::ResetMoreMethodsNeeded).with_arg("remaining", r.required));
    };
    let (needed, done) = strong_state(r, &usable(tenant, &user, all.clone()));
    let left = remaining(r.required, &r.verified, needed, done);
    if left > 0 {
        let code = if r.verified.len() as i64 >= r.required {
            ErrorCode::ResetStrongMethodRequired
        } else {
            ErrorCode::ResetMoreMethodsNeeded
        };
        return Err(AppError::new(code).with_arg("remaining", left));
    }
    Ok((user, all))
}

pub async fn set_password(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    reset_id: &str,
    new: &Secret,
    locale: &[String],
) -> AppResult<()> {
    let (r, found) = load(state, tenant, reset_id).await?;
    let (user, methods) = verified_user(tenant, &r, found, "reset")?;
    if let Err(e) = account::vet_new_password(state, tenant, &user, new).await {
        audit_event(
            state,
            tenant,
            actor,
            &user.username,
            "reset.complete",
            "failure",
            json!({"code": e.code.as_str()}),
        )
        .await;
        return Err(e);
    }
    // Written back, unlocked, every session ended, the reset used up and the audit event, in one
    // transaction (with an external directory: recorded once the directory took the password,
    // so a directory that is down or refuses leaves the reset and its verified methods as they
    // were); no sign-in.
    let write = PasswordWrite {
        user: &user,
        by: Changer::Reset,
        new,
        must_change: false,
        keep_history: i64::from(tenant.policy.password_history),
        history_check: tenant.policy.password_history,
        completes_reset: Some(&r.id_hash),
        end_sessions: Some(EndSessions {
            keep: None,
            kept_level: None,
        }),
        audit: Some(ChangeAudit {
            ended_key: "sessions_ended",
            row: audit::row(
                state.clock.now_ms(),
                actor,
                Event {
                    tenant: tenant.slug(),
                    username: Some(&user.username),
                    event: "reset.complete",
                    outcome: "success",
                    detail: json!({"admin": user.is_admin}),
                },
            ),
        }),
    };
    let written = match state.directory(tenant).set_password(&state.store, write).await {
        Ok(w) => w,
        Err(e) => {
            audit_event(
                state,
                tenant,
                actor,
                &user.username,
                "reset.complete",
                "failure",
                json!({"code": e.code().as_str(), "reason": e.reason()}),
            )
            .await;
            return Err(e.into());
        }
    };
    if written.is_none() {
        return Err(AppError::new(ErrorCode::ResetExpired).with_policy_limits(&tenant.policy));
    }
    // Unlocked everywhere: also where a network was held back for the user's names.
    state.store.clear_network_locks(&user.id).await?;
    notify(state, tenant, &user, &methods, "reset", locale).await;
    // After the notice: it goes out in the language the owner had, whoever asked for the reset.
    crate::flows::notice::remember_language(state, &user, locale).await;
    Ok(())
}

pub async fn unlock(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    reset_id: &str,
    locale: &[String],
) -> AppResult<()> {
    if !tenant.policy.unlock_enabled {
        return Err(AppError::new(ErrorCode::ResetUnlockDisabled));
    }
    let (r, found) = load(state, tenant, reset_id).await?;
    let (user, methods) = verified_user(tenant, &r, found, "unlock")?;
    // The directory first: when it is down the reset stays open for another try.
    if let Err(e) = state.directory(tenant).unlock(&state.store, &user).await {
        audit_event(
            state,
            tenant,
            actor,
            &user.username,
            "unlock.complete",
            "failure",
            json!({"code": e.code().as_str(), "reason": e.reason()}),
        )
        .await;
        return Err(e.into());
    }
    if !state.store.complete_reset(&r.id_hash).await? {
        return Err(AppError::new(ErrorCode::ResetExpired).with_policy_limits(&tenant.policy));
    }
    audit_event(
        state,
        tenant,
        actor,
        &user.username,
        "unlock.complete",
        "success",
        json!({"admin": user.is_admin}),
    )
    .await;
    notify(state, tenant, &user, &methods, "unlock", locale).await;
    crate::flows::notice::remember_language(state, &user, locale).await;
    Ok(())
}

/// Ends a reset or unlock the person walked away from (a kiosk's "cancel" or idle wipe), so it
/// cannot be continued from anywhere. Decoys end the same way, so the answer tells nothing; a
/// reset that is already used up or expired answers the same "ok".
pub async fn cancel(state: &AppState, tenant: &Tenant, actor: &Actor, reset_id: &str) -> AppResult<()> {
    if reset_id.len() > 128 {
        return Err(AppError::new(ErrorCode::ResetNotFound));
    }
    let r = state
        .store
        .reset(&token_hash(reset_id))
        .await?
        .filter(|r| r.tenant_id == tenant.id())
        .ok_or_else(|| AppError::new(ErrorCode::ResetNotFound))?;
    if state.store.complete_reset(&r.id_hash).await? {
        let event = if r.mode == "unlock" {
            "unlock.cancel"
        } else {
            "reset.cancel"
        };
        audit_event(state, tenant, actor, &r.login, event, "success", json!({})).await;
    }
    Ok(())
}

/// Tells the user on every registered email and phone (`methods`: all of the user's), and every
/// other admin when the user is an admin.
async fn notify(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    methods: &[MethodRow],
    what: &str,
    locale: &[String],
) {
    let args = [
        ("tenant", tenant.name().into()),
        ("name", user.display_name.clone().into()),
        ("user", user.username.clone().into()),
    ];
    let now = state.clock.now_ms();
    if tenant.policy.notify_users {
        let (subject, body, sms) = (
            format!("email-{what}-subject"),
            format!("email-{what}-body"),
            format!("sms-{what}"),
        );
        let notice = crate::flows::notice::Notice {
            subject: &subject,
            body: &body,
            sms: Some(&sms),
        };
        crate::flows::notice::to_user_with(state, tenant, user, methods, notice, &[], locale).await;
    }
    if user.is_admin && tenant.policy.notify_admins {
        let admins = state.store.list_users(tenant.id()).await.unwrap_or_default();
        for admin in admins.iter().filter(|a| a.is_admin && a.id != user.id) {
            let Some(to) = &admin.email else { continue };
            let l10n =
                crate::flows::notice::localizer(&crate::flows::notice::user_languages(state, admin, locale).await);
            let msg = crate::email::message(
                tenant,
                &l10n,
                to.clone(),
                ("email-admin-reset-subject", "email-admin-reset-body"),
                &args,
                None,
            );
            if let Err(e) = state.delivery.send(now, &msg).await {
                tracing::error!(error = %e, "could not tell an admin about another admin's reset");
            }
        }
    }
}
