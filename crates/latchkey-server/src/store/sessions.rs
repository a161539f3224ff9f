//! Signed-in sessions and their step-up time.

use super::*;

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub tenant_id: String,
    pub user_id: String,
    pub level: String,
    pub created_at: i64,
    pub last_seen: i64,
    pub expires_at: i64,
    pub idle_secs: i64,
}

impl Store {
    pub async fn insert_session(
        &self,
        token_hash: &str,
        s: &SessionRow,
        client_type: &str,
        ip: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, tenant_id, user_id, level, created_at, last_seen, expires_at, idle_secs, client_type, ip) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(token_hash)
        .bind(&s.tenant_id)
        .bind(&s.user_id)
        .bind(&s.level)
        .bind(s.created_at)
        .bind(s.last_seen)
        .bind(s.expires_at)
        .bind(s.idle_secs)
        .bind(client_type)
        .bind(ip)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    pub async fn session(&self, token_hash: &str) -> StoreResult<Option<SessionRow>> {
        let row = sqlx::query(
            "SELECT tenant_id, user_id, level, created_at, last_seen, expires_at, idle_secs FROM sessions WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        Ok(row.map(|r| SessionRow {
            tenant_id: r.get(0),
            user_id: r.get(1),
            level: r.get(2),
            created_at: r.get(3),
            last_seen: r.get(4),
            expires_at: r.get(5),
            idle_secs: r.get(6),
        }))
    }

    /// A session and its user (`None` when the user is gone), in one query.
    pub async fn session_with_user(&self, token_hash: &str) -> StoreResult<Option<(SessionRow, Option<UserRow>)>> {
        let sql = format!(
            "SELECT s.tenant_id, s.user_id, s.level, s.created_at, s.last_seen, s.expires_at, s.idle_secs, {} \
             FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
            Self::user_columns_of("u")
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        let Some(r) = row else { return Ok(None) };
        let session = SessionRow {
            tenant_id: r.get(0),
            user_id: r.get(1),
            level: r.get(2),
            created_at: r.get(3),
            last_seen: r.get(4),
            expires_at: r.get(5),
            idle_secs: r.get(6),
        };
        let user = if r.try_get::<Option<String>, _>(7)?.is_some() {
            Some(Self::user_from_row_at(&r, 7)?)
        } else {
            None
        };
        Ok(Some((session, user)))
    }

    pub async fn touch_session(&self, token_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Records that the session proved a method at `now` (seconds).
    pub async fn mark_stepped_up(&self, token_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET stepped_up_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// When the session last proved a method, if ever.
    pub async fn stepped_up_at(&self, token_hash: &str) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT stepped_up_at FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.and_then(|r| r.get::<Option<i64>, _>(0)))
    }

    pub async fn set_session_level(&self, token_hash: &str, level: &str) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET level = $1 WHERE token_hash = $2")
            .bind(level)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<bool> {
        let r = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Ends every session of the user except `keep` (a token hash). Returns how many ended.
    pub async fn delete_user_sessions(&self, user_id: &str, keep: Option<&str>) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    pub async fn prune_sessions(&self, now: i64) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen + idle_secs <= $1")
            .bind(now)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    /// Deletes at most `limit` rows of `table` matching `condition` (on `$1` = `bound`), chosen
    /// by their `key` column; for housekeeping, whose callers pass fixed names only.
    pub async fn delete_batch(
        &self,
        table: &'static str,
        key: &'static str,
        condition: &'static str,
        bound: i64,
        limit: i64,
    ) -> StoreResult<u64> {
        let sql = format!("DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {table} WHERE {condition} LIMIT $2)");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(bound)
            .bind(limit)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }
}
