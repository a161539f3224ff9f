//! Captchas and reset sessions.

use super::methods::{METHOD_COLUMNS, method_from_row_at};
use super::{AuditRow, Backend, MethodRow, Store, StoreResult, UserRow, audit_from, bind_audit, insert_audit};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct ResetRow {
    pub id_hash: String,
    pub tenant_id: String,
    /// None for a decoy (unknown user, or one who may not reset).
    pub user_id: Option<String>,
    pub login: String,
    pub mode: String,
    pub required: i64,
    pub verified: Vec<String>,
    pub expires_at: i64,
    pub completed: bool,
}

/// A reset as [`Store::reset_context`] reads it.
#[derive(Debug, Clone)]
pub struct ResetContext {
    pub reset: ResetRow,
    /// Until when the reset path of the reset's name is blocked, if it is.
    pub blocked_until: Option<i64>,
    /// The user and all their methods; `None` for a decoy (or a user deleted since).
    pub user: Option<(UserRow, Vec<MethodRow>)>,
}

fn reset_from_row(r: &sqlx::any::AnyRow) -> ResetRow {
    let verified: String = r.get(6);
    ResetRow {
        id_hash: r.get(0),
        tenant_id: r.get(1),
        user_id: r.get(2),
        login: r.get(3),
        mode: r.get(4),
        required: r.get(5),
        verified: serde_json::from_str(&verified).unwrap_or_default(),
        expires_at: r.get(7),
        completed: r.get::<i64, _>(8) != 0,
    }
}

impl Store {
    /// Records a solved captcha (by its MAC); true the first time only, also under concurrency
    /// and across instances. Kept until an hour after it expires (see `housekeeping`).
    pub async fn use_captcha(&self, mac: &str, tenant_id: &str, expires_at: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO captchas (id, tenant_id, challenge, difficulty, expires_at, used) VALUES ($1, $2, '', 0, $3, 1) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(mac)
        .bind(tenant_id)
        .bind(expires_at)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Stores a new reset and the audit event of its start (one statement on PostgreSQL).
    pub async fn insert_reset(&self, r: &ResetRow, now: i64, audit: &AuditRow) -> StoreResult<()> {
        let insert = "INSERT INTO resets (id_hash, tenant_id, user_id, login, mode, required, verified, created_at, expires_at, completed) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0)";
        let postgres = self.backend() == Backend::Postgres;
        let sql = if postgres {
            format!("WITH r AS ({insert} RETURNING 1) {}", audit_from("r", 10))
        } else {
            insert.to_string()
        };
        let q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&r.id_hash)
            .bind(&r.tenant_id)
            .bind(&r.user_id)
            .bind(&r.login)
            .bind(&r.mode)
            .bind(r.required)
            .bind(serde_json::to_string(&r.verified).unwrap_or_else(|_| "[]".into()))
            .bind(now)
            .bind(r.expires_at);
        let mut conn = self.conn().await?;
        if postgres {
            bind_audit(q, audit).execute(&mut *conn).await?;
        } else {
            q.execute(&mut *conn).await?;
            insert_audit(&mut conn, audit).await?;
        }
        Ok(())
    }

    /// A reset with, in the same query, until when its name's reset path is blocked (see
    /// [`Store::set_block`]; the key is `reset:<tenant slug>:<login>`) and its user with all
    /// their methods (none for a decoy).
    pub async fn reset_context(
        &self,
        id_hash: &str,
        tenant_slug: &str,
        now_ms: i64,
    ) -> StoreResult<Option<ResetContext>> {
        let methods: Vec<String> = METHOD_COLUMNS.split(", ").map(|c| format!("m.{c}")).collect();
        let sql = format!(
            "SELECT r.id_hash, r.tenant_id, r.user_id, r.login, r.mode, r.required, r.verified, r.expires_at, r.completed, \
             b.window_start, {}, {} FROM resets r \
             LEFT JOIN rate_counters b ON b.key = 'block:reset:' || $2 || ':' || r.login \
             LEFT JOIN users u ON u.id = r.user_id \
             LEFT JOIN methods m ON m.user_id = u.id \
             WHERE r.id_hash = $1 ORDER BY m.created_at, m.id",
            Self::user_columns_of("u"),
            methods.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id_hash)
            .bind(tenant_slug)
            .fetch_all(&mut *self.conn().await?)
            .await?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        const USER_AT: usize = 10;
        let user = if first.try_get::<Option<String>, _>(USER_AT)?.is_some() {
            let user = Self::user_from_row_at(first, USER_AT)?;
            let at = USER_AT + Self::USER_WIDTH;
            let mut list = Vec::new();
            for r in &rows {
                if r.try_get::<Option<String>, _>(at)?.is_some() {
                    list.push(method_from_row_at(r, at));
                }
            }
            Some((user, list))
        } else {
            None
        };
        Ok(Some(ResetContext {
            reset: reset_from_row(first),
            blocked_until: first.get::<Option<i64>, _>(9).filter(|until| *until > now_ms),
            user,
        }))
    }

    pub async fn reset(&self, id_hash: &str) -> StoreResult<Option<ResetRow>> {
        let row = sqlx::query(
            "SELECT id_hash, tenant_id, user_id, login, mode, required, verified, expires_at, completed FROM resets WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        Ok(row.as_ref().map(reset_from_row))
    }

    /// Adds a verified method (compare-and-set on the previous list).
    pub async fn add_reset_verified(
        &self,
        r: &ResetRow,
        method_id: &str,
        audit: &AuditRow,
    ) -> StoreResult<Vec<String>> {
        // Compare-and-set on the list as read; when another verification of the same reset
        // wrote in between, read it again and add to what it wrote, so neither is lost. The
        // audit event goes with the write that succeeds (in the same statement on PostgreSQL).
        let postgres = self.backend() == Backend::Postgres;
        let update = "UPDATE resets SET verified = $1 WHERE id_hash = $2 AND verified = $3";
        let sql = if postgres {
            format!(
                "WITH u AS ({update} RETURNING 1), a AS ({}) SELECT count(*) FROM u",
                audit_from("u", 4)
            )
        } else {
            update.to_string()
        };
        let mut current = r.verified.clone();
        for _ in 0..8 {
            if current.iter().any(|m| m == method_id) {
                insert_audit(&mut *self.conn().await?, audit).await?;
                return Ok(current);
            }
            let mut next = current.clone();
            next.push(method_id.to_string());
            let q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                .bind(serde_json::to_string(&next).unwrap_or_default())
                .bind(&r.id_hash)
                .bind(serde_json::to_string(&current).unwrap_or_default());
            let written = {
                let mut conn = self.conn().await?;
                if postgres {
                    let row = bind_audit(q, audit).fetch_one(&mut *conn).await?;
                    row.get::<i64, _>(0) == 1
                } else {
                    let done = q.execute(&mut *conn).await?.rows_affected() == 1;
                    if done {
                        insert_audit(&mut conn, audit).await?;
                    }
                    done
                }
            };
            if written {
                return Ok(next);
            }
            match self.reset(&r.id_hash).await? {
                Some(fresh) => current = fresh.verified,
                None => return Ok(Vec::new()),
            }
        }
        Err(super::StoreError::Corrupt(format!(
            "reset verifications kept changing while {method_id} was added"
        )))
    }

    /// Marks the reset used; true exactly once.
    pub async fn complete_reset(&self, id_hash: &str) -> StoreResult<bool> {
        let r = sqlx::query("UPDATE resets SET completed = 1 WHERE id_hash = $1 AND completed = 0")
            .bind(id_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Counts one verification against `key` before it is judged and returns the count, in one
    /// statement, so parallel attempts get distinct counts. The attempt that reaches `max`
    /// records `until` (the block's end); past `max` the count keeps rising, every attempt
    /// refused, until `until` has passed, when the next one starts again at 1. While counting,
    /// the row keeps the time of the last attempt (housekeeping forgets long-idle ones).
    pub async fn count_attempt(&self, key: &str, now_ms: i64, max: i64, until_ms: i64) -> StoreResult<i64> {
        self.count_attempt_until(key, now_ms, max, until_ms)
            .await
            .map(|(count, _)| count)
    }

    /// [`Store::count_attempt`], also returning the counter's `window_start`: past `max`, the
    /// end of the block.
    pub async fn count_attempt_until(
        &self,
        key: &str,
        now_ms: i64,
        max: i64,
        until_ms: i64,
    ) -> StoreResult<(i64, i64)> {
        let row = sqlx::query(
            "INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_counters.count >= $3 AND rate_counters.window_start <= $2 THEN 1 \
                            ELSE rate_counters.count + 1 END, \
               window_start = CASE WHEN rate_counters.count >= $3 AND rate_counters.window_start <= $2 THEN $2 \
                                   WHEN rate_counters.count + 1 = $3 THEN $4 \
                                   WHEN rate_counters.count >= $3 THEN rate_counters.window_start \
                                   ELSE $2 END \
             RETURNING count, window_start",
        )
        .bind(key)
        .bind(now_ms)
        .bind(max)
        .bind(until_ms)
        .fetch_one(&mut *self.conn().await?)
        .await?;
        Ok((row.get(0), row.get(1)))
    }

    /// Forgets the attempts counted by [`Store::count_attempt`] (after a success).
    pub async fn clear_attempts(&self, key: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM rate_counters WHERE key = $1")
            .bind(key)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Counts a failed reset verification; returns the consecutive count.
    pub async fn add_reset_failure(&self, user_id: &str) -> StoreResult<i64> {
        let row =
            sqlx::query("UPDATE users SET reset_failures = reset_failures + 1 WHERE id = $1 RETURNING reset_failures")
                .bind(user_id)
                .fetch_optional(&mut *self.conn().await?)
                .await?;
        Ok(row.map(|r| r.get(0)).unwrap_or(0))
    }

    pub async fn clear_reset_failures(&self, user_id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET reset_failures = 0 WHERE id = $1 AND reset_failures <> 0")
            .bind(user_id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    pub async fn reset_failures(&self, user_id: &str) -> StoreResult<i64> {
        let row = sqlx::query("SELECT reset_failures FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| r.get(0)).unwrap_or(0))
    }

    /// A 24-hour (or `secs`) block on a key, kept in the shared counters table.
    pub async fn set_block(&self, key: &str, until_ms: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET window_start = $2, count = 1",
        )
        .bind(format!("block:{key}"))
        .bind(until_ms)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Until when the key is blocked, if it is.
    pub async fn blocked_until(&self, key: &str, now_ms: i64) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT window_start FROM rate_counters WHERE key = $1")
            .bind(format!("block:{key}"))
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| r.get::<i64, _>(0)).filter(|until| *until > now_ms))
    }
}
