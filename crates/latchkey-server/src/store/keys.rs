//! The key the deployment encrypts with (its fingerprint), and wiping what depends on it.

use super::*;

impl Store {
    /// Records `fingerprint` as the key's if none is recorded yet (first start), in one
    /// statement so two instances starting at once agree; returns the one recorded.
    pub async fn claim_key_fingerprint(&self, fingerprint: &str) -> StoreResult<String> {
        let mut conn = self.conn().await?;
        sqlx::query(
            "INSERT INTO latchkey_meta (key, value) VALUES ('key_fingerprint', $1) ON CONFLICT (key) DO NOTHING",
        )
        .bind(fingerprint)
        .execute(&mut *conn)
        .await?;
        let row = sqlx::query("SELECT value FROM latchkey_meta WHERE key = 'key_fingerprint'")
            .fetch_one(&mut *conn)
            .await?;
        Ok(row.get(0))
    }

    /// Replaces the recorded key fingerprint `old` with `new` (key rotation).
    pub async fn replace_key_fingerprint(&self, old: &str, new: &str) -> StoreResult<bool> {
        let r = sqlx::query("UPDATE latchkey_meta SET value = $1 WHERE key = 'key_fingerprint' AND value = $2")
            .bind(new)
            .bind(old)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Drops every live one-time code (key rotation: they are MACs under the old key).
    pub async fn delete_all_codes(&self) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM codes")
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    /// Removes every user's backup codes (key rotation: they are MACs under the old key).
    pub async fn delete_all_backup_codes(&self) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM methods WHERE kind = 'backup_codes'")
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }
}
