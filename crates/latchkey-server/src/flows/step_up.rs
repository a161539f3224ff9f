//! Step-up: the verification that turns a password-only session into a full one, and the
//! freshness check before a change to methods or the password. Security questions are never a
//! step-up factor.

use super::security_info::{
    ask_questions, audit_event, check_backup_code, check_questions, check_sent_code, check_totp, hint, send_code,
    to_wire,
};
use super::session::{Authenticated, LEVEL_FULL, LEVEL_PASSWORD};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{MethodRow, UserRow};
use crate::tenant::Tenant;
use latchkey_proto::{Challenge, ErrorCode, Method, MfaRequest};
use serde_json::json;

/// Step-up attempts per user in [`MFA_WINDOW_MS`].
const MFA_ATTEMPTS: i64 = 10;
const MFA_WINDOW_MS: i64 = 10 * 60 * 1000;
/// Verified methods usable to step up a sign-in, masked; never security questions.
pub async fn step_up_methods(state: &AppState, user: &UserRow) -> AppResult<Vec<Method>> {
    let methods = state.store.methods_of(&user.id).await?;
    Ok(methods
        .iter()
        .filter(|m| step_up_check(m).is_ok())
        .filter_map(to_wire)
        .collect())
}

/// Requires a session that passed step-up.
pub fn require_full(auth: &Authenticated) -> AppResult<()> {
    match auth.session.level.as_str() {
        LEVEL_FULL => Ok(()),
        LEVEL_PASSWORD => Err(AppError::new(ErrorCode::AuthMfaRequired)),
        _ => Err(AppError::new(ErrorCode::AuthPasswordChangeRequired)),
    }
}

/// Requires a step-up within the tenant's `step_up_max_age_secs` before a change to methods or
/// the password, for a user who had a method to step up with when the session began (one who
/// signed in without any has nothing to prove: each method it registers is proven by its own
/// verification).
pub async fn require_recent_step_up(state: &AppState, tenant: &Tenant, auth: &Authenticated) -> AppResult<()> {
    let methods = state.store.methods_of(&auth.user.id).await?;
    let had_one = methods
        .iter()
        .any(|m| step_up_check(m).is_ok() && m.created_at < auth.session.created_at);
    if !had_one {
        return Ok(());
    }
    let max = i64::from(tenant.policy.step_up_max_age_secs);
    match state.store.stepped_up_at(&auth.token_hash).await? {
        Some(at) if state.clock.now() - at <= max => Ok(()),
        _ => Err(AppError::new(ErrorCode::AuthStepUpRequired).with_arg("max_age_secs", max)),
    }
}

/// The session just proved a method: its step-up is fresh.
async fn proved(state: &AppState, auth: &Authenticated) -> AppResult<()> {
    state.store.mark_stepped_up(&auth.token_hash, state.clock.now()).await?;
    Ok(())
}

async fn throttle_mfa(state: &AppState, user: &UserRow) -> AppResult<()> {
    let now = state.clock.now_ms();
    let (count, start) = state
        .store
        .rate_hit(&format!("mfa:{}", user.id), now, MFA_WINDOW_MS)
        .await?;
    if count > MFA_ATTEMPTS {
        return Err(AppError::rate_limited(
            ErrorCode::AuthRateLimited,
            ((start + MFA_WINDOW_MS - now).max(1000) / 1000) as u64,
        ));
    }
    Ok(())
}

/// A method that may verify a sign-in: verified, and never security questions (guessable,
/// often public, so never a second factor).
fn step_up_check(m: &MethodRow) -> AppResult<()> {
    if m.kind == "questions" {
        return Err(AppError::new(ErrorCode::MfaQuestionsNotAllowed));
    }
    if !m.verified {
        return Err(AppError::new(ErrorCode::MfaMethodNotVerified));
    }
    Ok(())
}

pub async fn mfa_challenge(
    state: &AppState,
    tenant: &Tenant,
    auth: &Authenticated,
    method_id: &str,
    locale: &[String],
) -> AppResult<Challenge> {
    // A full session may step up again, to refresh it before a change (see
    // `require_recent_step_up`).
    if auth.session.level != LEVEL_PASSWORD && auth.session.level != LEVEL_FULL {
        return Err(AppError::new(ErrorCode::MfaNotRequired));
    }
    let user = &auth.user;
    let m = state
        .store
        .method(&user.id, method_id)
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
    step_up_check(&m)?;
    match m.kind.as_str() {
        "email" | "phone" => {
            let lifetime = send_code(state, tenant, user, &m, "mfa", locale).await?;
            Ok(Challenge {
                hint: Some(hint(&m)),
                expires_in_secs: Some(lifetime),
                ..Challenge::default()
            })
        }
        "questions" => {
            let questions = ask_questions(state, tenant, &m, "mfa", locale).await?;
            Ok(Challenge {
                expires_in_secs: Some(tenant.policy.code_lifetime_secs),
                questions: Some(questions),
                ..Challenge::default()
            })
        }
        "security_key" => Ok(Challenge {
            hint: Some(hint(&m)),
            options: Some(super::security_key::challenge(state, tenant, &m, "mfa").await?),
            ..Challenge::default()
        }),
        _ => Ok(Challenge::default()),
    }
}

/// Verifies one method for a password-only session and upgrades it.
pub async fn mfa_verify(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    auth: &Authenticated,
    req: &MfaRequest,
) -> AppResult<()> {
    // A full session may step up again, to refresh it before a change (see
    // `require_recent_step_up`).
    if auth.session.level != LEVEL_PASSWORD && auth.session.level != LEVEL_FULL {
        return Err(AppError::new(ErrorCode::MfaNotRequired));
    }
    let user = &auth.user;
    throttle_mfa(state, user).await?;
    let m = state
        .store
        .method(&user.id, &req.method_id)
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
    step_up_check(&m)?;
    let code = req.code.as_ref().map(|c| c.expose().to_string()).unwrap_or_default();
    let result = match m.kind.as_str() {
        "totp" => check_totp(state, tenant.id(), &m, &code).await.map(|_| ()),
        "email" | "phone" => check_sent_code(state, &m, "mfa", &code).await,
        "backup_codes" => check_backup_code(state, user, &m, &code).await,
        "questions" => check_questions(state, &m, "mfa", req.answers.as_deref().unwrap_or(&[])).await,
        "security_key" => super::security_key::check(state, tenant, &m, "mfa", req.credential.as_ref()).await,
        _ => Err(AppError::new(ErrorCode::MfaMethodNotVerified)),
    };
    let result = result.map_err(|e| e.with_policy_limits(&tenant.policy));
    if let Err(e) = result {
        audit_event(
            state,
            tenant,
            actor,
            user,
            "mfa.verify",
            "failure",
            json!({"kind": m.kind, "code": e.code.as_str()}),
        )
        .await;
        return Err(e);
    }
    // Accepting a TOTP step or a backup code already recorded the use.
    if m.kind != "totp" && m.kind != "backup_codes" {
        state.store.touch_method(&m.id, state.clock.now()).await?;
    }
    state.store.set_session_level(&auth.token_hash, LEVEL_FULL).await?;
    proved(state, auth).await?;
    audit_event(
        state,
        tenant,
        actor,
        user,
        "mfa.verify",
        "success",
        json!({"kind": m.kind}),
    )
    .await;
    Ok(())
}
