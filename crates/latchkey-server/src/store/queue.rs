//! The delivery queue: codes waiting to be sent by the worker (see `crate::flows::delivery_queue`).
//! Safe with several server instances on one PostgreSQL: a row is claimed with a lease in one
//! statement (`FOR UPDATE SKIP LOCKED` there), so two workers never send the same message, and a
//! worker that dies mid-send leaves its row to be claimed again once the lease ends.

use super::{Backend, Store, StoreResult};
use sqlx::Row;

/// A message to queue; `payload` is sealed with the row's `id` as associated data.
#[derive(Debug)]
pub struct NewDelivery<'a> {
    pub id: &'a str,
    pub tenant: &'a str,
    pub method_id: &'a str,
    pub purpose: &'a str,
    pub payload: &'a str,
    pub now_ms: i64,
    pub expires_at_ms: i64,
}

/// A claimed row.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: String,
    pub tenant: String,
    pub method_id: String,
    pub purpose: String,
    pub payload: String,
    /// Including the one just claimed.
    pub attempts: i64,
    pub expires_at_ms: i64,
}

impl Store {
    /// Queues a message for (method, purpose), replacing one not yet sent (or one that failed):
    /// it carried a code that the fresh one replaced.
    pub async fn enqueue_delivery(&self, d: &NewDelivery<'_>) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO delivery_queue (id, tenant, method_id, purpose, payload, state, attempts, next_at, \
             claimed_until, last_error, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, 0, NULL, $6, $7) \
             ON CONFLICT (method_id, purpose) DO UPDATE SET id = excluded.id, tenant = excluded.tenant, \
             payload = excluded.payload, state = 'queued', attempts = 0, next_at = excluded.next_at, \
             claimed_until = 0, last_error = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at",
        )
        .bind(d.id)
        .bind(d.tenant)
        .bind(d.method_id)
        .bind(d.purpose)
        .bind(d.payload)
        .bind(d.now_ms)
        .bind(d.expires_at_ms)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Claims the queued row due first for `lease_ms`, counting the attempt; `None` when nothing
    /// is due.
    pub async fn claim_delivery(&self, now_ms: i64, lease_ms: i64) -> StoreResult<Option<Delivery>> {
        let skip_locked = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE delivery_queue SET claimed_until = $1, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM delivery_queue WHERE state = 'queued' AND next_at <= $2 \
             AND claimed_until <= $2 ORDER BY next_at LIMIT 1{skip_locked}) \
             AND state = 'queued' AND claimed_until <= $2 \
             RETURNING id, tenant, method_id, purpose, payload, attempts, expires_at"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms + lease_ms)
            .bind(now_ms)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| Delivery {
            id: r.get(0),
            tenant: r.get(1),
            method_id: r.get(2),
            purpose: r.get(3),
            payload: r.get(4),
            attempts: r.get(5),
            expires_at_ms: r.get(6),
        }))
    }

    /// The message went out: its row, body included, is deleted.
    pub async fn delivery_sent(&self, id: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM delivery_queue WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// The attempt failed; the row is tried again at `next_at_ms`.
    pub async fn delivery_retry(&self, id: &str, next_at_ms: i64, error: &str) -> StoreResult<()> {
        sqlx::query("UPDATE delivery_queue SET claimed_until = 0, next_at = $2, last_error = $3 WHERE id = $1")
            .bind(id)
            .bind(next_at_ms)
            .bind(error)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// The last attempt failed: the row stays, without its body, so the user's next poll can be
    /// told; it goes when its code would have expired (housekeeping) or a fresh code replaces it.
    pub async fn delivery_gave_up(&self, id: &str, error: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE delivery_queue SET state = 'failed', payload = '', claimed_until = 0, last_error = $2 WHERE id = $1",
        )
        .bind(id)
        .bind(error)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Whether the message for (method, purpose) could not be sent (the worker gave up).
    pub async fn delivery_failed(&self, method_id: &str, purpose: &str) -> StoreResult<bool> {
        let row =
            sqlx::query("SELECT 1 FROM delivery_queue WHERE method_id = $1 AND purpose = $2 AND state = 'failed'")
                .bind(method_id)
                .bind(purpose)
                .fetch_optional(&mut *self.conn().await?)
                .await?;
        Ok(row.is_some())
    }

    /// Rows per state (`queued`, `failed`): for the admin and the tests.
    pub async fn delivery_queue_counts(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT state, count(*) FROM delivery_queue GROUP BY state ORDER BY state")
            .fetch_all(&mut *self.conn().await?)
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }
}
