//! What the registration interrupt needs: how often a user skipped it (counted here, so no
//! client can skip more often than the tenant allows) and whether this session skipped it.

use super::{Store, StoreResult};
use sqlx::Row;

impl Store {
    /// Skips the user has used since the interrupt last had nothing to ask.
    pub async fn registration_skips(&self, user_id: &str) -> StoreResult<i64> {
        let row = sqlx::query("SELECT registration_skips FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| r.get::<i64, _>(0)).unwrap_or(0))
    }

    /// Counts one skip if fewer than `allowed` were used; one statement, so parallel skips
    /// never get past the limit. False when none is left.
    pub async fn take_registration_skip(&self, user_id: &str, allowed: i64) -> StoreResult<bool> {
        let r = sqlx::query(
            "UPDATE users SET registration_skips = registration_skips + 1 WHERE id = $1 AND registration_skips < $2",
        )
        .bind(user_id)
        .bind(allowed)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// The interrupt was satisfied: the next one starts with every skip again.
    pub async fn clear_registration_skips(&self, user_id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET registration_skips = 0 WHERE id = $1 AND registration_skips <> 0")
            .bind(user_id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Marks the session as having skipped the interrupt; false when it already had.
    pub async fn mark_interrupt_skipped(&self, token_hash: &str) -> StoreResult<bool> {
        let r =
            sqlx::query("UPDATE sessions SET interrupt_skipped = 1 WHERE token_hash = $1 AND interrupt_skipped = 0")
                .bind(token_hash)
                .execute(&mut *self.conn().await?)
                .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Undoes [`Store::mark_interrupt_skipped`] when the skip was refused.
    pub async fn unmark_interrupt_skipped(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET interrupt_skipped = 0 WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Whether this session skipped the interrupt.
    pub async fn interrupt_skipped(&self, token_hash: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT interrupt_skipped FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.is_some_and(|r| r.get::<i64, _>(0) != 0))
    }
}
