//! Self-service password reset and account unlock.
//!
//! Enumeration-proof: every user name gets the same answer shape. A name that is unknown, not
//! allowed to reset, or without enough methods gets decoy methods derived from a keyed hash of
//! the name (stable across calls), and every later step fails the way a wrong code fails. Throttles
//! are keyed by the name as typed, so they behave the same for everyone. The reset path has its
//! own counters and never touches sign-in lockout, so a forgot-password attack cannot lock the
//! account. Finishing never signs the user in.

use crate::account::{self, token_hash};
use crate::audit::{self, Actor, Event};
use crate::delivery::{Channel, Message};
use crate::error::{AppError, AppResult};
use crate::security_info::{self as info, hint, kind_of};
use crate::state::AppState;
use crate::store::{ChangeAudit, EndSessions, MethodRow, PasswordChange, ResetRow, UserRow};
use crate::tenant::Tenant;
use latchkey_core::captcha;
use latchkey_proto::{
    CaptchaChallenge, Challenge, ErrorCode, MethodKind, ResetMethod, ResetProgress, ResetStarted, ResetVerifyRequest,
    Secret,
};
use serde_json::json;

/// Never more than this many consecutive failed verifications per account (NIST SP 800-63B).
pub const MAX_CONSECUTIVE_FAILURES: i64 = 100;
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

// ---- methods a reset may use ----

/// The verified methods of kinds the tenant allows for reset (never backup codes; never
/// questions for admins).
fn usable(tenant: &Tenant, user: &UserRow, methods: Vec<MethodRow>) -> Vec<MethodRow> {
    methods
        .into_iter()
        .filter(|m| m.verified)
        .filter(|m| match kind_of(m) {
            Some(MethodKind::BackupCodes) | None => false,
            Some(MethodKind::Questions) if user.is_admin => false,
            Some(k) => tenant.policy.allowed_methods.contains(&k),
        })
        .collect()
}

fn required_for(tenant: &Tenant, user: Option<&UserRow>) -> u8 {
    // Admins always need two methods.
    if user.is_some_and(|u| u.is_admin) {
        2
    } else {
        tenant.policy.methods_required
    }
}

fn is_strong(kind: &str) -> bool {
    kind == "totp" || kind == "security_key"
}

/// Decoy methods for a name that cannot reset: derived from a keyed hash of the name, so the
/// same name always gets the same list, and shaped like a real user's.
fn decoys(state: &AppState, tenant: &Tenant, login: &str) -> Vec<ResetMethod> {
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
            let id = state
                .vault
                .mac("reset-decoy-id", &format!("{}:{login}:{i}", tenant.slug()))[..32]
                .to_string();
            let hint = match kind {
                MethodKind::Email => format!("{initial}***@{domain}"),
                MethodKind::Phone => format!("+1 ••• ••• ••{:02}", byte(2 + i) % 100),
                MethodKind::SecurityKey => "Security key".to_string(),
                _ => String::new(),
            };
            ResetMethod { id, kind, hint }
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
    throttle(
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
        state.store.login_with_methods(tenant.id(), &login).await?
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
    let token = account::new_token();
    let id_hash = token_hash(token.expose());
    let expires_at = state.clock.now() + i64::from(tenant.policy.reset_session_secs);
    let (user_id, required, methods) = match &candidate {
        Ok((u, methods)) => (
            Some(u.id.clone()),
            required_for(tenant, Some(u)),
            methods.iter().filter_map(to_reset_method).collect(),
        ),
        Err(_) => (None, required_for(tenant, None), decoys(state, tenant, &login)),
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
        return Err(AppError::new(ErrorCode::ResetExpired));
    }
    if let Some(until) = c.blocked_until {
        return Err(AppError::rate_limited(
            ErrorCode::ResetBlocked,
            ((until - now_ms) / 1000).max(1) as u64,
        ));
    }
    // A reset for a user who has since been deleted is gone too.
    if r.user_id.is_some() && c.user.is_none() {
        return Err(AppError::new(ErrorCode::ResetNotFound));
    }
    Ok((r, c.user))
}

/// The reset's user, the method asked for and the user's usable methods; `None` for decoys
/// (the method must then be one of the decoy ids, so probing ids tells nothing either).
fn method_for(
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
            if decoys(state, tenant, &r.login).iter().any(|d| d.id == method_id) {
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
    let found = method_for(state, tenant, &r, user, method_id)?;
    let kind = match &found {
        Some((_, m, _)) => m.kind.clone(),
        None => decoys(state, tenant, &r.login)
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
            // A code that could not be sent fails the challenge with `delivery.failed` and is not
            // counted, so an outage does not end in a blocked reset. A decoy fails the same way
            // whenever a real send to the tenant's backend would: the backend's check covers an
            // unreachable server and remembers a real send's recent failure.
            let (hit, sent) = match &found {
                Some((user, m, _)) => {
                    // The reset path's limit and the method's own sending limit (the same
                    // window) are counted in one statement.
                    let keys = [throttle_key(tenant, what, &r.login), info::send_key(user, m)];
                    let counts = state.store.rate_hits(&keys, state.clock.now_ms(), window).await?;
                    over_limit(state, tenant, &r.login, counts[0].0, limit).await?;
                    let [key, _] = keys;
                    let hit = Hit {
                        key,
                        window_start: counts[0].1,
                    };
                    let sent = info::send_code_counted(state, tenant, user, m, &purpose(&r), locale, counts[1]).await;
                    (hit, sent.map(|_| ()))
                }
                None => {
                    let hit = throttle(state, tenant, &r.login, what, limit, window).await?;
                    let channel = if kind == "email" { Channel::Email } else { Channel::Sms };
                    let sent = state
                        .delivery
                        .check(state.clock.now_ms(), tenant.slug(), channel)
                        .await
                        .map_err(info::delivery_failed);
                    (hit, sent)
                }
            };
            if let Err(e) = sent {
                if e.code == ErrorCode::DeliveryFailed {
                    state.store.rate_refund(&hit.key, hit.window_start).await?;
                }
                return Err(e);
            }
            match &found {
                Some((_, m, _)) => Ok(Challenge {
                    hint: Some(hint(m)),
                    expires_in_secs: Some(lifetime),
                    ..Challenge::default()
                }),
                None => {
                    // Same work as a real send, minus the message nobody would receive.
                    let code = info::random_code(6);
                    let _ = state
                        .vault
                        .mac(&format!("code:{}:{method_id}", purpose(&r)), code.expose());
                    let hint = decoys(state, tenant, &r.login)
                        .into_iter()
                        .find(|d| d.id == method_id)
                        .map(|d| d.hint);
                    Ok(Challenge {
                        hint,
                        expires_in_secs: Some(lifetime),
                        ..Challenge::default()
                    })
                }
            }
        }
        "questions" => match &found {
            Some((_, m, _)) => {
                let questions = info::ask_questions(state, tenant, m, &purpose(&r), locale).await?;
                Ok(Challenge {
                    expires_in_secs: Some(lifetime),
                    questions: Some(questions),
                    ..Challenge::default()
                })
            }
            None => Ok(Challenge::default()),
        },
        "security_key" => {
            let options = match &found {
                Some((_, m, _)) => crate::security_key::challenge(state, tenant, m, &purpose(&r)).await?,
                None => crate::security_key::decoy_challenge(state, method_id, &purpose(&r)).await?,
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
    let found = method_for(state, tenant, &r, user, &req.method_id)?;
    let code = req.code.as_ref().map(|c| c.expose().to_string()).unwrap_or_default();
    let Some((user, m, methods)) = found else {
        // Decoy: fail exactly as a wrong answer would, after comparable work.
        let kind = decoys(state, tenant, &r.login)
            .into_iter()
            .find(|d| d.id == req.method_id)
            .map(|d| d.kind);
        let _ = state
            .store
            .claim_code_attempt(&req.method_id, &purpose(&r), state.clock.now())
            .await?;
        audit_event(
            state,
            tenant,
            actor,
            &r.login,
            &format!("{}.verify", r.mode),
            "failure",
            json!({"reason": "decoy"}),
        )
        .await;
        return Err(match kind {
            Some(MethodKind::SecurityKey) => {
                crate::security_key::decoy_check(state, &req.method_id, &purpose(&r), req.credential.as_ref()).await
            }
            Some(MethodKind::Totp) => AppError::new(
                if code.trim().len() == 6 && code.trim().chars().all(|c| c.is_ascii_digit()) {
                    ErrorCode::TotpCodeInvalid
                } else {
                    ErrorCode::TotpCodeMalformed
                },
            ),
            _ => AppError::new(ErrorCode::CodeInvalid),
        });
    };
    if r.verified.contains(&m.id) {
        let (needed, done) = strong_state(&r, &methods);
        return Ok(ResetProgress {
            remaining: remaining(r.required, &r.verified, needed, done),
            verified: r.verified,
        });
    }
    let result = match m.kind.as_str() {
        "totp" => info::check_totp(state, &m, &code).await.map(|_| ()),
        "email" | "phone" => info::check_sent_code(state, &m, &purpose(&r), &code).await,
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
            info::check_questions(state, &m, &purpose(&r), req.answers.as_deref().unwrap_or(&[])).await
        }
        "security_key" => crate::security_key::check(state, tenant, &m, &purpose(&r), req.credential.as_ref()).await,
        _ => Err(AppError::new(ErrorCode::MethodsNotFound)),
    };
    if let Err(e) = result {
        let failures = state.store.add_reset_failure(&user.id).await?;
        if failures >= MAX_CONSECUTIVE_FAILURES {
            let until = state.clock.now_ms() + i64::from(tenant.policy.block_hours) * 3_600_000;
            state.store.set_block(&block_key(tenant, &r.login), until).await?;
        }
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
    if user.reset_failures != 0 {
        state.store.clear_reset_failures(&user.id).await?;
    }
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
    Ok(ResetProgress {
        remaining: remaining(r.required, &verified, needed, done),
        verified,
    })
}

/// The reset's user (and all their methods) once every required method is verified.
fn verified_user(tenant: &Tenant, r: &ResetRow, found: ResetUser) -> AppResult<(UserRow, Vec<MethodRow>)> {
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
    let (user, methods) = verified_user(tenant, &r, found)?;
    let hash = match account::vet_new_password(state, tenant, &user, new, None).await {
        Ok(h) => h,
        Err(e) => {
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
    };
    // Written back, unlocked, every session ended, the reset used up and the audit event, in one
    // transaction; no sign-in.
    let change = PasswordChange {
        user: &user,
        new_hash: &hash,
        must_change: false,
        keep_history: i64::from(tenant.policy.password_history),
        completes_reset: Some(&r.id_hash),
        end_sessions: Some(EndSessions {
            keep: None,
            kept_level: None,
        }),
    };
    let written = state
        .store
        .change_password(
            &change,
            Some(ChangeAudit {
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
        )
        .await?;
    if written.is_none() {
        return Err(AppError::new(ErrorCode::ResetExpired));
    }
    notify(state, tenant, &user, &methods, "reset", locale).await;
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
    let (user, methods) = verified_user(tenant, &r, found)?;
    if !state.store.complete_reset(&r.id_hash).await? {
        return Err(AppError::new(ErrorCode::ResetExpired));
    }
    state.store.unlock_user(&user.id).await?;
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
    let l10n = crate::notice::localizer(locale);
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
        let notice = crate::notice::Notice {
            subject: &subject,
            body: &body,
            sms: Some(&sms),
        };
        crate::notice::to_user_with(state, tenant, user, methods, notice, &[], locale).await;
    }
    if user.is_admin && tenant.policy.notify_admins {
        let admins = state.store.list_users(tenant.id()).await.unwrap_or_default();
        for admin in admins.iter().filter(|a| a.is_admin && a.id != user.id) {
            let Some(to) = &admin.email else { continue };
            let msg = Message {
                tenant: tenant.slug().into(),
                channel: Channel::Email,
                to: to.clone(),
                subject: Some(l10n.format("email-admin-reset-subject", &args)),
                body: l10n.format("email-admin-reset-body", &args),
                code: None,
            };
            if let Err(e) = state.delivery.send(now, &msg).await {
                tracing::error!(error = %e, "could not tell an admin about another admin's reset");
            }
        }
    }
}
