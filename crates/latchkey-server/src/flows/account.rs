//! Sign-in sessions and password change, against the tenant's directory.
//!
//! Unknown users cost the same as known ones (a dummy argon2 verification) and get the same
//! answer, so sign-in does not reveal who exists. A locked or disabled account is only named
//! when the password was right.

use super::session::{Authenticated, LEVEL_CHANGE_ONLY, LEVEL_FULL, LEVEL_PASSWORD, new_token, token_hash};
use crate::audit::{self, Actor, Event};
use crate::directory::{Changer, LockoutRule, PasswordCheck, PasswordWrite};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{ChangeAudit, EndSessions, SessionRow, UserRow};
use crate::tenant::Tenant;
use latchkey_core::password::{self, HARD_MAX_CHARS, UserContext};
use latchkey_proto::{ErrorCode, Secret, SignInResponse};
use serde_json::json;

/// Counts one attempt from this address; past the tenant's per-minute limit the caller waits.
async fn throttle_signin(state: &AppState, tenant: &Tenant, actor: &Actor) -> AppResult<()> {
    let now = state.clock.now_ms();
    let key = format!("signin:{}:{}", tenant.slug(), actor.network());
    let (count, window_start) = state.store.rate_hit(&key, now, 60_000).await?;
    if count > i64::from(tenant.policy.signin_attempts_per_minute) {
        let retry = ((window_start + 60_000 - now).max(1000) / 1000) as u64;
        audit::record_unauthenticated(
            &state.store,
            now,
            actor,
            Event {
                tenant: tenant.slug(),
                username: None,
                event: "signin",
                outcome: "rate_limited",
                detail: json!({}),
            },
        )
        .await;
        return Err(AppError::rate_limited(ErrorCode::AuthRateLimited, retry));
    }
    Ok(())
}

fn too_long(p: &Secret) -> bool {
    p.expose().chars().count() > HARD_MAX_CHARS || p.expose().len() > HARD_MAX_CHARS * 4
}

pub async fn sign_in(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    username: &str,
    password: &Secret,
    languages: &[String],
) -> AppResult<SignInResponse> {
    throttle_signin(state, tenant, actor).await?;
    if too_long(password) {
        return Err(AppError::new(ErrorCode::PasswordTooLong).with_arg("max", HARD_MAX_CHARS));
    }
    let login = username.trim();
    let now = state.clock.now();
    let fail = |reason: &str| {
        let reason = reason.to_string();
        let login = login.to_string();
        async move {
            audit::record(
                &state.store,
                state.clock.now_ms(),
                actor,
                Event {
                    tenant: tenant.slug(),
                    username: Some(&login),
                    event: "signin",
                    outcome: "failure",
                    detail: json!({"reason": reason}),
                },
            )
            .await;
        }
    };

    // Control characters (NUL above all, which PostgreSQL refuses in text) never name a user.
    let directory = state.directory(tenant);
    // The name as typed, for counters that must behave the same for every name.
    let name: String = login
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_control())
        .take(256)
        .collect();
    let p = &tenant.policy;
    let locked_answer = |until: i64| {
        // The wait left of the lockout, rounded up: "wait 15 minutes" is never too short. A lock
        // until someone unlocks it says a year, whoever it is.
        let minutes = ((until.saturating_sub(now) + 59) / 60).clamp(1, MAX_LOCK_MINUTES);
        AppError::new(ErrorCode::AuthAccountLocked).with_arg("minutes", minutes)
    };
    // An account's lock holds for everyone, so a stranger's wrong passwords could keep its user
    // out. Failures are first counted per name as typed and client network, below the account's
    // own limit (ours, or the directory's where it locks accounts itself): one network alone
    // never locks the account, and while it is held back there, the user signs in from elsewhere.
    let external = !directory.is_builtin();
    let rule = lock_rule(directory.as_ref(), tenant).await;
    let net_key = format!("signin-net:{}:{name}:{}", tenant.slug(), actor.network());
    {
        let (count, until_ms) = state
            .store
            .count_attempt_until(
                &net_key,
                now * 1000,
                rule.per_network,
                (now + i64::from(p.lockout_duration_secs)) * 1000,
            )
            .await?;
        if count == rule.per_network + 1 {
            audit::record(
                &state.store,
                state.clock.now_ms(),
                actor,
                Event {
                    tenant: tenant.slug(),
                    username: Some(&name),
                    event: "account.locked",
                    outcome: "success",
                    detail: json!({"scope": "network", "network": actor.network(), "failures": rule.per_network}),
                },
            )
            .await;
        }
        if count > rule.per_network {
            state
                .hasher
                .dummy_verify_async(password::normalize(password.expose()))
                .await;
            fail("locked_for_network").await;
            return Err(locked_answer(until_ms / 1000));
        }
    }
    let user = if login.is_empty() || login.len() > 256 || login.chars().any(char::is_control) {
        None
    } else {
        match directory.find(&state.store, tenant.id(), login).await {
            Ok(found) => found.map(|a| a.row),
            Err(e) => {
                fail(e.reason().as_str()).await;
                return Err(e.into());
            }
        }
    };
    let Some(user) = user else {
        state
            .hasher
            .dummy_verify_async(password::normalize(password.expose()))
            .await;
        // An unknown name locks exactly like a real one: with the tenant's threshold and
        // duration where locks are ours (the built-in directory), with the directory's where it
        // locks accounts itself; its failures counted under the name as typed, so a lock tells
        // nothing about who exists.
        let (threshold, lock_secs) = (rule.threshold, rule.lock_secs);
        let key = format!("signin-unknown:{}:{name}", tenant.slug());
        let until_ms = if lock_secs > 0 {
            (now + lock_secs) * 1000
        } else {
            // Until unlocked: as long as a directory's lock of that kind.
            (now + MAX_LOCK_MINUTES * 60) * 1000
        };
        let (count, until_ms) = state
            .store
            .count_attempt_until(&key, now * 1000, threshold, until_ms)
            .await?;
        if count > threshold {
            fail("locked").await;
            return Err(locked_answer(until_ms / 1000));
        }
        fail("unknown_user").await;
        return Err(AppError::new(ErrorCode::AuthInvalidCredentials));
    };

    let checked = directory
        .verify_password(&state.store, &user, password, &lockout_rule(tenant, now))
        .await;
    // Locked in the directory (as the directory judged it when the name was looked up; a lock
    // that ran out is not mirrored): the right password and a wrong one answer alike. The
    // password still went to the directory, so it keeps counting.
    let locked_in_directory = external && user.locked_until.is_some();
    let answered = match &checked {
        Ok(_) => true,
        // The directory answered about the account, not about being reachable.
        Err(e) => matches!(
            e,
            crate::directory::DirectoryError::AccountExpired
                | crate::directory::DirectoryError::AccountLocked
                | crate::directory::DirectoryError::AccountDisabled
                | crate::directory::DirectoryError::InvalidCredentials
        ),
    };
    if locked_in_directory && answered {
        fail("locked").await;
        return Err(locked_answer(user.locked_until.unwrap_or(now)));
    }
    let checked = match checked {
        Ok(c) => c,
        Err(e) => {
            fail(e.reason().as_str()).await;
            return Err(e.into());
        }
    };
    if external
        && matches!(checked, PasswordCheck::Invalid { .. })
        && let Ok(Some(_)) = directory.lockout(&state.store, &user).await
    {
        // This failure locked the account in the directory.
        audit::record(
            &state.store,
            state.clock.now_ms(),
            actor,
            Event {
                tenant: tenant.slug(),
                username: Some(&user.username),
                event: "account.locked",
                outcome: "success",
                detail: json!({"scope": "directory"}),
            },
        )
        .await;
    }
    if matches!(checked, PasswordCheck::Valid) {
        state.store.clear_attempts(&net_key).await?;
    }
    match checked {
        PasswordCheck::Invalid { failures, reason } => {
            if failures == Some(i64::from(tenant.policy.lockout_threshold)) {
                audit::record(
                    &state.store,
                    state.clock.now_ms(),
                    actor,
                    Event {
                        tenant: tenant.slug(),
                        username: Some(&user.username),
                        event: "account.locked",
                        outcome: "success",
                        detail: json!({"failures": failures}),
                    },
                )
                .await;
            }
            fail(reason).await;
            return Err(AppError::new(ErrorCode::AuthInvalidCredentials));
        }
        PasswordCheck::Locked { .. } => {
            fail("locked").await;
            return Err(locked_answer(user.locked_until.unwrap_or(now)));
        }
        PasswordCheck::Valid => {}
    }
    if user.disabled {
        fail("disabled").await;
        return Err(AppError::new(ErrorCode::AuthAccountDisabled));
    }
    crate::flows::notice::remember_language(state, &user, languages).await;

    // With methods registered, the password alone only opens the door to step-up.
    let methods = crate::flows::step_up::step_up_methods(state, &user).await?;
    let level = if user.must_change_password {
        LEVEL_CHANGE_ONLY
    } else if methods.is_empty() {
        LEVEL_FULL
    } else {
        LEVEL_PASSWORD
    };
    let token = new_token();
    let p = &tenant.policy;
    let session = SessionRow {
        tenant_id: tenant.id().to_string(),
        user_id: user.id.clone(),
        level: level.to_string(),
        created_at: now,
        last_seen: now,
        expires_at: now + i64::from(p.session_absolute_secs),
        idle_secs: i64::from(p.session_idle_secs),
    };
    state
        .store
        .insert_session(&token_hash(token.expose()), &session, &actor.client_type, &actor.ip)
        .await?;
    audit::record(
        &state.store,
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(&user.username),
            event: "signin",
            outcome: "success",
            detail: json!({"level": level}),
        },
    )
    .await;
    // What the user is asked first once through step-up; a password to change comes before.
    let interrupt = if level == LEVEL_CHANGE_ONLY {
        None
    } else {
        crate::flows::registration::interrupt_for(state, tenant, &user, None).await?
    };
    Ok(SignInResponse {
        token,
        mfa_required: level == LEVEL_PASSWORD,
        methods: if level == LEVEL_PASSWORD { methods } else { Vec::new() },
        password_change_required: user.must_change_password,
        expires_at: session.expires_at,
        interrupt,
    })
}

/// Checks a new password against the effective policy (the tenant's, tightened by its
/// directory's). "Same as current" and history are the directory's to check when it writes.
pub async fn vet_new_password(state: &AppState, tenant: &Tenant, user: &UserRow, new: &Secret) -> AppResult<()> {
    if too_long(new) {
        return Err(AppError::new(ErrorCode::PasswordTooLong).with_arg("max", HARD_MAX_CHARS));
    }
    let policy = tenant
        .effective_policy_for(state.directory(tenant).as_ref(), &state.store, user)
        .await;
    let ctx = UserContext {
        username: &user.username,
        display_name: Some(&user.display_name),
        email: user.email.as_deref(),
    };
    let verdict = password::evaluate(&policy, new.expose(), &ctx);
    if let Some(first) = verdict.problems.first() {
        let code = ErrorCode::parse(&first.code).unwrap_or(ErrorCode::PasswordTooWeak);
        let problems = serde_json::to_value(&verdict.problems).unwrap_or_default();
        return Err(AppError::new(code)
            .with_args(first.args.clone())
            .with_arg("problems", problems));
    }
    Ok(())
}

/// The longest wait a locked answer names (a year): a lock until someone unlocks it.
const MAX_LOCK_MINUTES: i64 = 525_600;

/// The account lock in force (the tenant's, or that of a directory that locks accounts itself),
/// mirrored for names nobody has, and the per-network limit held below it.
struct LockRule {
    /// Failures before the account locks (the directory's own limit, else the tenant's).
    threshold: i64,
    /// How long its lock lasts, seconds (0: until unlocked).
    lock_secs: i64,
    /// Failures per name and client network before that network is held back: the tenant's
    /// threshold, kept below the directory's so one network cannot lock the account there.
    per_network: i64,
}

async fn lock_rule(directory: &dyn crate::directory::Directory, tenant: &Tenant) -> LockRule {
    let p = if directory.is_builtin() {
        crate::directory::DirectoryPolicy::default()
    } else {
        directory.policy().await.unwrap_or_default()
    };
    let tenant_threshold = i64::from(tenant.policy.lockout_threshold).max(1);
    let threshold = p
        .max_failures
        .filter(|f| *f > 0)
        .map(i64::from)
        .unwrap_or(tenant_threshold);
    LockRule {
        threshold,
        lock_secs: p
            .lockout_secs
            .map(|s| s.min(i64::MAX as u64 / 4_000) as i64)
            .unwrap_or(i64::from(tenant.policy.lockout_duration_secs)),
        per_network: if threshold >= 2 {
            tenant_threshold.min(threshold - 1)
        } else {
            tenant_threshold
        },
    }
}

/// The tenant's lockout rule at `now`.
pub fn lockout_rule(tenant: &Tenant, now: i64) -> LockoutRule {
    LockoutRule {
        now,
        threshold: i64::from(tenant.policy.lockout_threshold),
        lock_until: now + i64::from(tenant.policy.lockout_duration_secs),
    }
}

pub async fn change_password(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    auth: &Authenticated,
    current: &Secret,
    new: &Secret,
    locale: &[String],
) -> AppResult<()> {
    throttle_signin(state, tenant, actor).await?;
    let user = &auth.user;
    let audit_fail = |reason: String| async move {
        audit::record(
            &state.store,
            state.clock.now_ms(),
            actor,
            Event {
                tenant: tenant.slug(),
                username: Some(&user.username),
                event: "password.change",
                outcome: "failure",
                detail: json!({"reason": reason}),
            },
        )
        .await;
    };
    if too_long(current) {
        audit_fail("current_too_long".into()).await;
        return Err(AppError::new(ErrorCode::AuthInvalidCredentials));
    }
    let now = state.clock.now();
    let directory = state.directory(tenant);
    let checked = directory
        .verify_password(&state.store, user, current, &lockout_rule(tenant, now))
        .await;
    match checked {
        Ok(PasswordCheck::Valid | PasswordCheck::Locked { right: true }) => {}
        Ok(PasswordCheck::Invalid { .. } | PasswordCheck::Locked { right: false }) => {
            audit_fail("bad_current_password".into()).await;
            return Err(AppError::new(ErrorCode::AuthInvalidCredentials));
        }
        Err(e) => {
            audit_fail(e.reason()).await;
            return Err(e.into());
        }
    }
    if let Err(e) = vet_new_password(state, tenant, user, new).await {
        audit_fail(e.code.as_str().to_string()).await;
        return Err(e);
    }
    // A temporary-password session moves on to step-up (or full, without methods).
    let kept_level = if auth.session.level == LEVEL_CHANGE_ONLY {
        let has_methods = !crate::flows::step_up::step_up_methods(state, user).await?.is_empty();
        Some(if has_methods { LEVEL_PASSWORD } else { LEVEL_FULL })
    } else {
        None
    };
    // The password, the other sessions ended and the audit event commit together (with an
    // external directory: recorded once the directory took the password).
    let write = PasswordWrite {
        user,
        by: Changer::User { current },
        new,
        must_change: false,
        keep_history: i64::from(tenant.policy.password_history),
        history_check: tenant.policy.password_history,
        completes_reset: None,
        end_sessions: Some(EndSessions {
            keep: Some(&auth.token_hash),
            kept_level,
        }),
        audit: Some(ChangeAudit {
            ended_key: "other_sessions_ended",
            row: audit::row(
                state.clock.now_ms(),
                actor,
                Event {
                    tenant: tenant.slug(),
                    username: Some(&user.username),
                    event: "password.change",
                    outcome: "success",
                    detail: json!({}),
                },
            ),
        }),
    };
    if let Err(e) = directory.set_password(&state.store, write).await {
        audit_fail(e.reason()).await;
        return Err(e.into());
    }
    if tenant.policy.notify_users {
        notify_password_changed(state, tenant, user, locale).await;
    }
    Ok(())
}

/// Tells the user on their email that the password changed, in their language, with the
/// tenant's name and help desk.
pub async fn notify_password_changed(state: &AppState, tenant: &Tenant, user: &UserRow, locale: &[String]) {
    let branding = tenant.branding();
    let helpdesk = branding
        .helpdesk
        .email
        .or(branding.helpdesk.url)
        .unwrap_or_else(|| state.public_url.to_string());
    let notice = crate::flows::notice::Notice {
        subject: "email-password-changed-subject",
        body: "email-password-changed-body",
        sms: None,
    };
    crate::flows::notice::to_user(state, tenant, user, notice, &[("helpdesk", helpdesk)], locale).await;
}
