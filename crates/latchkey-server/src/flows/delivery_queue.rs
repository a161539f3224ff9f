//! The delivery queue: a reset's code is not sent while the request waits. The request stores
//! the code (hashed) and a sealed message in the store's `delivery_queue` and answers; a worker
//! task in every server process claims due rows (a lease, `FOR UPDATE SKIP LOCKED` on
//! PostgreSQL, so several instances share one queue), sends them through the tenant's backend,
//! retries with back-off, and deletes what went out. A message that could not be sent after its
//! last try (or before its code expired) is kept without its body, so the user's next attempt at
//! the code answers `delivery.undelivered` instead of a baffling `code.invalid`.
//!
//! An unknown name's decoy goes through exactly the same steps: the request seals a payload of
//! the same padded size into a row of the same shape, and the worker, seeing (only after
//! opening it) that it is a decoy, asks the backend whether a message would go out now instead of
//! sending one; its failures are recorded, retried and shown the same way.

use crate::audit::{self, Actor, Event};
use crate::delivery::{Channel, Message};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{NewDelivery, QueuedDelivery};
use crate::tenant::Tenant;
use latchkey_i18n::Localizer;
use latchkey_proto::{ErrorCode, Secret};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Tries per message: the first, then after each of [`BACKOFF_MS`].
pub const MAX_ATTEMPTS: i64 = 4;
/// The wait before the 2nd, 3rd and 4th try.
pub const BACKOFF_MS: [i64; 3] = [5_000, 20_000, 60_000];
/// How long a claimed row is left to its worker before another may take it (a worker that died
/// mid-send): longer than any backend's timeouts.
const LEASE_MS: i64 = 120_000;
/// How often the worker looks for due rows without being woken (retries, other instances' rows).
const POLL: Duration = Duration::from_secs(1);
/// Messages sent at once by one process.
const IN_FLIGHT: usize = 8;
/// Payloads are padded to a multiple of this, so a real message and a decoy seal to the same
/// length.
const PAD_TO: usize = 512;

/// What a queued row holds, sealed.
#[derive(Serialize, Deserialize)]
struct Payload {
    decoy: bool,
    channel: Channel,
    /// The name as typed (for the audit log).
    login: String,
    user_id: String,
    to: String,
    code: String,
    /// The request's languages, used when the user has none remembered.
    locale: Vec<String>,
    /// Counters (key, window start) taken back when the message could not be sent at all.
    refunds: Vec<(String, i64)>,
    pad: String,
}

/// A code message to queue, for a real method or a decoy.
pub struct Queued<'a> {
    pub method_id: &'a str,
    pub purpose: &'a str,
    pub channel: Channel,
    pub login: &'a str,
    /// `None` for a decoy.
    pub recipient: Option<(&'a str, &'a str)>,
    pub code: &'a Secret,
    pub locale: &'a [String],
    pub refunds: Vec<(String, i64)>,
    pub expires_at_ms: i64,
}

fn row_context(id: &str) -> String {
    format!("delivery-queue:{id}")
}

/// Seals and stores the message and wakes this process's worker. The same work for a decoy.
pub async fn enqueue(state: &AppState, tenant: &Tenant, q: Queued<'_>) -> AppResult<()> {
    let (user_id, to) = q.recipient.unwrap_or(("", ""));
    let mut payload = Payload {
        decoy: q.recipient.is_none(),
        channel: q.channel,
        login: q.login.to_string(),
        user_id: user_id.to_string(),
        to: to.to_string(),
        code: q.code.expose().to_string(),
        locale: q.locale.iter().take(8).cloned().collect(),
        refunds: q.refunds,
        pad: String::new(),
    };
    let len = serde_json::to_vec(&payload).map_err(AppError::internal)?.len();
    payload.pad = "0".repeat(len.div_ceil(PAD_TO) * PAD_TO - len);
    let plain = zeroizing(serde_json::to_vec(&payload).map_err(AppError::internal)?);
    let id = crate::store::new_id();
    let sealed = state.vault.seal(&plain, &row_context(&id));
    state
        .store
        .enqueue_delivery(&NewDelivery {
            id: &id,
            tenant: tenant.slug(),
            method_id: q.method_id,
            purpose: q.purpose,
            payload: &sealed,
            now_ms: state.clock.now_ms(),
            expires_at_ms: q.expires_at_ms,
        })
        .await?;
    state.delivery_wake.notify_one();
    Ok(())
}

/// Bytes wiped when dropped.
struct Wiped(Vec<u8>);

impl Drop for Wiped {
    fn drop(&mut self) {
        self.0.iter_mut().for_each(|b| *b = 0);
    }
}

impl std::ops::Deref for Wiped {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

fn zeroizing(v: Vec<u8>) -> Wiped {
    Wiped(v)
}

/// Whether the code for (method, purpose) could not be delivered: the user's answer is then
/// `delivery.undelivered` (ask for a new code or use another method).
pub async fn ensure_delivered(state: &AppState, method_id: &str, purpose: &str) -> AppResult<()> {
    if state.store.delivery_failed(method_id, purpose).await? {
        return Err(AppError::new(ErrorCode::DeliveryUndelivered));
    }
    Ok(())
}

/// The email or text message carrying a code, in the languages of `l10n`.
pub fn code_message(
    state: &AppState,
    tenant: &Tenant,
    l10n: &Localizer,
    channel: Channel,
    to: String,
    code: Secret,
) -> Message {
    let lifetime = tenant.policy.code_lifetime_secs;
    let args = [
        ("tenant", tenant.name().into()),
        ("code", code.expose().to_string().into()),
        ("minutes", (lifetime / 60).into()),
        ("portal", state.portal_url(tenant.slug()).into()),
    ];
    if channel == Channel::Email {
        crate::email::message(
            tenant,
            l10n,
            to,
            ("email-code-subject", "email-code-body"),
            &args,
            Some(code),
        )
    } else {
        Message {
            tenant: tenant.slug().into(),
            channel,
            to,
            subject: None,
            body: l10n.format("sms-code", &args),
            html: None,
            code: Some(code),
        }
    }
}

/// Runs this process's worker until the runtime ends.
pub fn spawn_worker(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut running = tokio::task::JoinSet::new();
        loop {
            // Claim while there is room and something is due.
            let mut claimed = false;
            while running.len() < IN_FLIGHT {
                match state.store.claim_delivery(state.clock.now_ms(), LEASE_MS).await {
                    Ok(Some(d)) => {
                        claimed = true;
                        let state = state.clone();
                        running.spawn(async move { process(&state, d).await });
                    }
                    Ok(None) => break,
                    Err(e) => {
                        tracing::warn!(error = %e, "could not read the delivery queue");
                        break;
                    }
                }
            }
            if claimed && running.len() < IN_FLIGHT {
                continue;
            }
            tokio::select! {
                _ = state.delivery_wake.notified() => {}
                Some(_) = running.join_next(), if !running.is_empty() => {}
                _ = tokio::time::sleep(POLL) => {}
            }
        }
    })
}

/// Processes every due row now, one after another; for tests and the admin CLI.
pub async fn run_due(state: &AppState) -> AppResult<usize> {
    let mut n = 0;
    while let Some(d) = state.store.claim_delivery(state.clock.now_ms(), LEASE_MS).await? {
        process(state, d).await;
        n += 1;
    }
    Ok(n)
}

/// One try at one claimed row.
async fn process(state: &AppState, d: QueuedDelivery) {
    let opened = state
        .vault
        .open(&d.payload, &row_context(&d.id))
        .ok()
        .map(zeroizing)
        .and_then(|plain| serde_json::from_slice::<Payload>(&plain).ok());
    let Some(p) = opened else {
        // Sealed with another key or altered: it can never be sent.
        tracing::error!(
            tenant = d.tenant,
            "a queued message cannot be opened with this key; dropped"
        );
        give_up(state, &d, None, "payload cannot be opened").await;
        return;
    };
    let now = state.clock.now_ms();
    let result = if p.decoy {
        state.delivery.check(now, &d.tenant, p.channel).await
    } else {
        match state.tenant(&d.tenant).await {
            Ok(tenant) => {
                let languages = match state.store.user_language(&p.user_id).await {
                    Ok(Some(l)) => vec![l],
                    _ => p.locale.clone(),
                };
                let l10n = crate::flows::notice::localizer(&languages);
                let msg = code_message(
                    state,
                    &tenant,
                    &l10n,
                    p.channel,
                    p.to.clone(),
                    Secret::new(p.code.clone()),
                );
                state.delivery.send(now, &msg).await
            }
            Err(_) => {
                give_up(state, &d, Some(&p), "tenant is gone").await;
                return;
            }
        }
    };
    let outcome = match result {
        Ok(()) => state.store.delivery_sent(&d.id).await,
        Err(e) => {
            let error = e.to_string();
            tracing::warn!(tenant = d.tenant, channel = ?p.channel, attempt = d.attempts, error, "a code could not be sent");
            let next = BACKOFF_MS
                .get((d.attempts - 1).max(0) as usize)
                .map(|wait| now + wait)
                .filter(|next| d.attempts < MAX_ATTEMPTS && *next < d.expires_at_ms);
            match next {
                Some(next) => state.store.delivery_retry(&d.id, next, &error).await,
                None => {
                    give_up(state, &d, Some(&p), &error).await;
                    Ok(())
                }
            }
        }
    };
    if let Err(e) = outcome {
        tracing::warn!(error = %e, "could not record a delivery's outcome");
    }
}

/// Records that a message will not be sent: its body goes, the counters it used are taken back
/// (an outage does not end in a blocked reset path), and the audit log says so.
async fn give_up(state: &AppState, d: &QueuedDelivery, p: Option<&Payload>, error: &str) {
    if let Err(e) = state.store.delivery_gave_up(&d.id, error).await {
        tracing::warn!(error = %e, "could not record a failed delivery");
    }
    let Some(p) = p else { return };
    for (key, start) in &p.refunds {
        if let Err(e) = state.store.rate_refund(key, *start).await {
            tracing::warn!(error = %e, "could not take back a sending count");
        }
    }
    audit::record(
        &state.store,
        state.clock.now_ms(),
        &Actor {
            ip: "local".into(),
            client_type: "delivery-worker".into(),
        },
        Event {
            tenant: &d.tenant,
            username: Some(&p.login),
            event: "delivery.failed",
            outcome: "failure",
            detail: serde_json::json!({"channel": p.channel, "attempts": d.attempts, "decoy": p.decoy, "error": error}),
        },
    )
    .await;
}
