//! Housekeeping: everything an anonymous client can make the server store has an end. Expired
//! sessions, solved captchas, finished resets, one-time codes, security-key challenges and idle
//! rate counters are deleted in bounded batches (a big backlog never holds the database in one
//! long statement); audit retention is applied per tenant.

use crate::store::{Store, StoreResult};

/// Rows deleted per statement.
pub const BATCH: i64 = 500;
/// Statements per table and run; the rest waits for the next run (every ten minutes).
const MAX_BATCHES: usize = 200;
/// Rate counters keep their window start (or, for blocks, their end); the longest window is a
/// day and the longest block a week, so a counter untouched for eight days means nothing.
pub const COUNTER_IDLE_MS: i64 = 8 * 86_400_000;

/// What one run removed, per table.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub captchas: u64,
    pub resets: u64,
    pub codes: u64,
    pub delivery_queue: u64,
    pub webauthn_challenges: u64,
    pub rate_counters: u64,
    pub audit_events: u64,
}

/// One run at `now_ms`.
pub async fn run(store: &Store, now_ms: i64) -> StoreResult<Swept> {
    let now = now_ms / 1000;
    let mut swept = Swept {
        sessions: store.prune_sessions(now).await?,
        ..Swept::default()
    };
    // (table, key column, condition, bound value)
    let plans: [(&str, &str, &str, i64, &mut u64); 6] = [
        // A used captcha is kept an hour past its expiry, so its MAC cannot be replayed.
        ("captchas", "id", "expires_at < $1", now - 3600, &mut swept.captchas),
        // Resets a day past their end (the audit log keeps what happened).
        ("resets", "id_hash", "expires_at < $1", now - 86_400, &mut swept.resets),
        ("codes", "id", "expires_at < $1", now - 3600, &mut swept.codes),
        // Queued messages whose code expired: nothing left to send or to tell (milliseconds).
        (
            "delivery_queue",
            "id",
            "expires_at < $1",
            now_ms - 3_600_000,
            &mut swept.delivery_queue,
        ),
        (
            "webauthn_challenges",
            "key",
            "expires_at < $1",
            now - 3600,
            &mut swept.webauthn_challenges,
        ),
        (
            "rate_counters",
            "key",
            "window_start < $1",
            now_ms - COUNTER_IDLE_MS,
            &mut swept.rate_counters,
        ),
    ];
    for (table, key, condition, bound, count) in plans {
        for _ in 0..MAX_BATCHES {
            let n = store.delete_batch(table, key, condition, bound, BATCH).await?;
            *count += n;
            if n < BATCH as u64 {
                break;
            }
        }
    }
    swept.audit_events = crate::audit::prune(store, now_ms).await?;
    Ok(swept)
}
