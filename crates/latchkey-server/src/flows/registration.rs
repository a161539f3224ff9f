//! The registration interrupt, as Entra's "Require users to register when signing in" and
//! "Number of days before users are asked to re-confirm their authentication information": once
//! signed in (and stepped up), a user the tenant's self-service reset applies to is asked first
//! to register enough methods to reset with, or, every `reconfirm_days`, to confirm the methods
//! are still current. The tenant allows `registration_skips_allowed` skips (counted here, per
//! user, so no client can skip more); a skip lasts for the session. Users outside the SSPR
//! scope, or of a tenant that does not require registration, are never interrupted.

use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::flows::methods::last_confirmed;
use crate::flows::security_info::audit_event;
use crate::flows::session::Authenticated;
use crate::flows::step_up::require_full;
use crate::state::AppState;
use crate::store::UserRow;
use crate::tenant::Tenant;
use latchkey_proto::{ErrorCode, InterruptReason, RegistrationInterrupt, RegistrationSkipped};
use serde_json::json;

/// What is due for this user, whoever asks: the reason, the methods a reset needs and the
/// methods the user could reset with today.
struct Due {
    reason: InterruptReason,
    required: u8,
    registered: u32,
}

async fn due(state: &AppState, tenant: &Tenant, user: &UserRow) -> AppResult<Option<Due>> {
    let policy = &tenant.policy;
    if !policy.registration_required || user.disabled || !policy.scope().admits(&user.groups) {
        return Ok(None);
    }
    let methods = state.store.methods_of(&user.id).await?;
    let required = crate::flows::methods::required_for(tenant, Some(user));
    // Counted as a reset counts them: the same rule decides whether this user could reset.
    let registered = crate::flows::methods::usable(tenant, user, methods.clone()).len();
    let registered = u32::try_from(registered).unwrap_or(u32::MAX);
    if registered < u32::from(required) {
        return Ok(Some(Due {
            reason: InterruptReason::Register,
            required,
            registered,
        }));
    }
    let days = i64::from(policy.reconfirm_days);
    let stale = days > 0
        && last_confirmed(state, user, &methods)
            .await?
            .is_some_and(|t| state.clock.now() - t > days * 86_400);
    Ok(stale.then_some(Due {
        reason: InterruptReason::Reconfirm,
        required,
        registered,
    }))
}

fn skips_left(tenant: &Tenant, used: i64) -> u32 {
    let allowed = i64::from(tenant.policy.registration_skips_allowed);
    u32::try_from((allowed - used).max(0)).unwrap_or(0)
}

/// The interrupt to show this user, if any. `token_hash` names the session asking: one that
/// skipped the interrupt is not asked again. When nothing is due, the user's skips count from
/// zero again (the next interrupt, such as the next reconfirmation, has them all).
pub async fn interrupt_for(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    token_hash: Option<&str>,
) -> AppResult<Option<RegistrationInterrupt>> {
    let Some(due) = due(state, tenant, user).await? else {
        state.store.clear_registration_skips(&user.id).await?;
        return Ok(None);
    };
    if let Some(hash) = token_hash
        && state.store.interrupt_skipped(hash).await?
    {
        return Ok(None);
    }
    let used = state.store.registration_skips(&user.id).await?;
    Ok(Some(RegistrationInterrupt {
        reason: due.reason,
        required: due.required,
        registered: due.registered,
        skips_allowed: tenant.policy.registration_skips_allowed,
        skips_left: skips_left(tenant, used),
    }))
}

/// "Skip for now": counts one of the user's skips and lets this session go on to security info.
/// Refused when nothing is due (`registration.not_due`), when the tenant allows no skip
/// (`registration.skip_not_allowed`) and once the skips are used up (`registration.skips_used_up`).
/// A second skip in the same session counts nothing.
pub async fn skip(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    auth: &Authenticated,
) -> AppResult<RegistrationSkipped> {
    require_full(auth)?;
    let user = &auth.user;
    let Some(due) = due(state, tenant, user).await? else {
        return Err(AppError::new(ErrorCode::RegistrationNotDue));
    };
    let reason = match due.reason {
        InterruptReason::Register => "register",
        InterruptReason::Reconfirm => "reconfirm",
    };
    let allowed = tenant.policy.registration_skips_allowed;
    if allowed == 0 {
        audit_event(
            state,
            tenant,
            actor,
            user,
            "registration.skip",
            "failure",
            json!({"reason": reason, "error": "skip_not_allowed"}),
        )
        .await;
        return Err(AppError::new(ErrorCode::RegistrationSkipNotAllowed));
    }
    if !state.store.mark_interrupt_skipped(&auth.token_hash).await? {
        // Already skipped in this session (a second click, a reload): nothing more is counted.
        let used = state.store.registration_skips(&user.id).await?;
        return Ok(RegistrationSkipped {
            skips_left: skips_left(tenant, used),
        });
    }
    if !state.store.take_registration_skip(&user.id, i64::from(allowed)).await? {
        state.store.unmark_interrupt_skipped(&auth.token_hash).await?;
        audit_event(
            state,
            tenant,
            actor,
            user,
            "registration.skip",
            "failure",
            json!({"reason": reason, "error": "skips_used_up"}),
        )
        .await;
        return Err(AppError::new(ErrorCode::RegistrationSkipsUsedUp).with_arg("allowed", allowed));
    }
    let used = state.store.registration_skips(&user.id).await?;
    let left = skips_left(tenant, used);
    audit_event(
        state,
        tenant,
        actor,
        user,
        "registration.skip",
        "success",
        json!({"reason": reason, "skips_left": left}),
    )
    .await;
    Ok(RegistrationSkipped { skips_left: left })
}
