//! Sessions: bearer tokens (only their hashes are stored), their levels, and resolving a
//! request's token to its session and user with idle and absolute expiry.

use crate::audit::{self, Actor, Event};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{SessionRow, UserRow};
use crate::tenant::Tenant;
use base64::Engine as _;
use latchkey_proto::{ErrorCode, Secret};
use serde_json::json;
use sha2::{Digest, Sha256};

/// Session levels.
pub const LEVEL_FULL: &str = "full";
/// Signed in with the password only; security info needs a verified method first.
pub const LEVEL_PASSWORD: &str = "password";
/// A temporary password: only a password change is allowed.
pub const LEVEL_CHANGE_ONLY: &str = "change_only";

/// A session token as handed out: random, 256 bits; only its hash is stored.
pub fn new_token() -> Secret {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).expect("the OS random source works");
    Secret::new(format!(
        "lks_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
    ))
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// An authenticated request's session.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub token_hash: String,
    pub session: SessionRow,
    pub user: UserRow,
}

/// Resolves a bearer token to its session and user, enforcing idle and absolute expiry.
pub async fn authenticate(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    bearer: Option<&str>,
) -> AppResult<Authenticated> {
    let Some(token) = bearer else {
        return Err(AppError::new(ErrorCode::AuthTokenMissing));
    };
    let hash = token_hash(token);
    let found = if token.len() > 128 {
        None
    } else {
        state.store.session_with_user(&hash).await?
    };
    let Some((session, user)) = found.filter(|(s, _)| s.tenant_id == tenant.id()) else {
        audit::record_unauthenticated(
            &state.store,
            state.clock.now_ms(),
            actor,
            Event {
                tenant: tenant.slug(),
                username: None,
                event: "session.token_rejected",
                outcome: "failure",
                detail: json!({}),
            },
        )
        .await;
        return Err(AppError::new(ErrorCode::AuthTokenInvalid));
    };
    let now = state.clock.now();
    if now >= session.expires_at || now >= session.last_seen + session.idle_secs {
        state.store.delete_session(&hash).await?;
        return Err(AppError::new(ErrorCode::SessionExpired));
    }
    let Some(user) = user else {
        state.store.delete_session(&hash).await?;
        return Err(AppError::new(ErrorCode::AuthTokenInvalid));
    };
    if user.disabled {
        state.store.delete_user_sessions(&user.id, None).await?;
        return Err(AppError::new(ErrorCode::AuthAccountDisabled));
    }
    if now - session.last_seen >= touch_interval(session.idle_secs) {
        state.store.touch_session(&hash, now).await?;
    }
    Ok(Authenticated {
        token_hash: hash,
        session,
        user,
    })
}

/// How stale a session's last-seen time may get before a request writes it again: a tenth of
/// the idle timeout, at most 30 s. Sessions then expire on idle up to that much early, never
/// late, and a busy session costs one write per interval instead of one per request.
fn touch_interval(idle_secs: i64) -> i64 {
    (idle_secs / 10).clamp(1, 30)
}

pub async fn sign_out(state: &AppState, tenant: &Tenant, actor: &Actor, auth: &Authenticated) -> AppResult<()> {
    state.store.delete_session(&auth.token_hash).await?;
    audit::record(
        &state.store,
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(&auth.user.username),
            event: "signout",
            outcome: "success",
            detail: json!({}),
        },
    )
    .await;
    Ok(())
}
