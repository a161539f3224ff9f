//! Users of the built-in directory and the local record of directory users: passwords, history, lockout.

use super::*;

#[derive(Clone)]
pub struct UserRow {
    pub id: String,
    pub tenant_id: String,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub disabled: bool,
    pub locked_until: Option<i64>,
    pub failed_logins: i64,
    pub must_change_password: bool,
    pub password_hash: String,
    pub password_changed_at: i64,
    pub created_at: i64,
    /// Consecutive failed reset verifications.
    pub reset_failures: i64,
    /// The account's stable id in an external directory (`None` for built-in users).
    pub directory_id: Option<String>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("password_hash", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl UserRow {
    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|t| t > now)
    }
}
#[derive(Debug, Clone)]
pub struct NewUser {
    pub tenant_id: String,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub must_change_password: bool,
    pub password_hash: String,
}
/// A new password and what it ends; see [`Store::change_password`].
#[derive(Debug)]
pub struct PasswordChange<'a> {
    pub user: &'a UserRow,
    pub new_hash: &'a str,
    pub must_change: bool,
    /// Previous hashes to keep.
    pub keep_history: i64,
    /// The reset (id hash) this change finishes; it happens only if the reset was still open.
    pub completes_reset: Option<&'a str>,
    pub end_sessions: Option<EndSessions<'a>>,
}
/// The audit event written with a password change; the number of sessions it ended goes into
/// the detail under `ended_key`.
#[derive(Debug)]
pub struct ChangeAudit {
    pub row: AuditRow,
    pub ended_key: &'static str,
}
/// Which of the user's sessions a password change ends.
#[derive(Debug)]
pub struct EndSessions<'a> {
    /// The token hash of the one session that stays (the one that changed the password).
    pub keep: Option<&'a str>,
    /// A new level for the session that stays.
    pub kept_level: Option<&'a str>,
}

impl Store {
    pub(super) const USER_COLUMNS: &'static str = "id, tenant_id, username, display_name, email, phone, groups_json, is_admin, disabled, locked_until, failed_logins, must_change_password, password_hash, password_changed_at, created_at, reset_failures, directory_id";
    /// How many columns [`Store::USER_COLUMNS`] has.
    pub(super) const USER_WIDTH: usize = 17;

    /// The user columns qualified with a table alias, for joins.
    pub(super) fn user_columns_of(alias: &str) -> String {
        Self::USER_COLUMNS
            .split(", ")
            .map(|c| format!("{alias}.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(super) fn user_from_row(r: &sqlx::any::AnyRow) -> StoreResult<UserRow> {
        Self::user_from_row_at(r, 0)
    }

    /// The user in the row's columns starting at `at`.
    pub(super) fn user_from_row_at(r: &sqlx::any::AnyRow, at: usize) -> StoreResult<UserRow> {
        let groups: String = r.get(at + 6);
        Ok(UserRow {
            id: r.get(at),
            tenant_id: r.get(at + 1),
            username: r.get(at + 2),
            display_name: r.get(at + 3),
            email: r.get(at + 4),
            phone: r.get(at + 5),
            groups: serde_json::from_str(&groups).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            is_admin: r.get::<i64, _>(at + 7) != 0,
            disabled: r.get::<i64, _>(at + 8) != 0,
            locked_until: r.get(at + 9),
            failed_logins: r.get(at + 10),
            must_change_password: r.get::<i64, _>(at + 11) != 0,
            password_hash: r.get(at + 12),
            password_changed_at: r.get(at + 13),
            created_at: r.get(at + 14),
            reset_failures: r.get(at + 15),
            directory_id: r.get(at + 16),
        })
    }

    /// Inserts a user; `Ok(None)` when the username is taken in the tenant.
    pub async fn insert_user(&self, u: &NewUser) -> StoreResult<Option<UserRow>> {
        let id = new_id();
        let now = now_ms() / 1000;
        let result = sqlx::query(
            "INSERT INTO users (id, tenant_id, username, display_name, email, phone, groups_json, is_admin, disabled, locked_until, failed_logins, must_change_password, password_hash, password_changed_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, NULL, 0, $9, $10, $11, $11) ON CONFLICT (tenant_id, username) DO NOTHING",
        )
        .bind(&id)
        .bind(&u.tenant_id)
        .bind(u.username.to_lowercase())
        .bind(&u.display_name)
        .bind(u.email.as_deref().map(str::to_lowercase))
        .bind(&u.phone)
        .bind(serde_json::to_string(&u.groups).unwrap_or_else(|_| "[]".into()))
        .bind(flag(u.is_admin))
        .bind(flag(u.must_change_password))
        .bind(&u.password_hash)
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        if result.rows_affected() == 0 {
            return Ok(None);
        }
        self.user_by_id(&id).await
    }

    pub async fn user_by_id(&self, id: &str) -> StoreResult<Option<UserRow>> {
        let sql = format!("SELECT {} FROM users WHERE id = $1", Self::USER_COLUMNS);
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.as_ref().map(Self::user_from_row).transpose()
    }

    /// Finds a user by user name or email address (case-insensitive).
    pub async fn user_by_login(&self, tenant_id: &str, login: &str) -> StoreResult<Option<UserRow>> {
        let login = login.trim().to_lowercase();
        let sql = format!(
            "SELECT {} FROM users WHERE tenant_id = $1 AND (username = $2 OR email = $2) ORDER BY CASE WHEN username = $2 THEN 0 ELSE 1 END LIMIT 1",
            Self::USER_COLUMNS
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .bind(&login)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.as_ref().map(Self::user_from_row).transpose()
    }

    pub async fn list_users(&self, tenant_id: &str) -> StoreResult<Vec<UserRow>> {
        let sql = format!(
            "SELECT {} FROM users WHERE tenant_id = $1 ORDER BY username",
            Self::USER_COLUMNS
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .fetch_all(&mut *self.conn().await?)
            .await?;
        rows.iter().map(Self::user_from_row).collect()
    }

    pub async fn set_user_disabled(&self, id: &str, disabled: bool) -> StoreResult<()> {
        sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(flag(disabled))
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Counts a failed password; at `threshold` the account locks until `lock_until`. While
    /// locked, failures keep counting without extending the lock; once a lock has expired, or
    /// the last failure is older than a lock would last (`lock_until - now`), the count starts
    /// again at 1 (one wrong password does not re-lock). Returns the count.
    pub async fn record_failed_login(&self, id: &str, threshold: i64, lock_until: i64, now: i64) -> StoreResult<i64> {
        let fresh = "(locked_until IS NOT NULL AND locked_until <= $4) \
             OR (locked_until IS NULL AND last_failed_at IS NOT NULL AND last_failed_at <= $5)";
        let sql = format!(
            "UPDATE users SET \
             failed_logins = CASE WHEN {fresh} THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE \
               WHEN locked_until IS NOT NULL AND locked_until > $4 THEN locked_until \
               WHEN (CASE WHEN {fresh} THEN 1 ELSE failed_logins + 1 END) >= $1 THEN $2 \
               ELSE NULL END, \
             last_failed_at = $4 \
             WHERE id = $3 RETURNING failed_logins"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(threshold)
            .bind(lock_until)
            .bind(id)
            .bind(now)
            .bind(now - (lock_until - now))
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| r.get::<i64, _>(0)).unwrap_or(0))
    }

    /// Clears failures and any lock.
    pub async fn unlock_user(&self, id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.clear_network_locks(id).await
    }

    /// Forgets the per-network sign-in failures counted for a user's names (user name and
    /// email, as typed in lower case): an unlock or a reset ends those locks too.
    pub async fn clear_network_locks(&self, user_id: &str) -> StoreResult<()> {
        let row = sqlx::query(
            "SELECT t.slug, u.username, u.email FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        let Some(row) = row else { return Ok(()) };
        let slug: String = row.get(0);
        let names = [Some(row.get::<String, _>(1)), row.get::<Option<String>, _>(2)];
        for name in names.into_iter().flatten() {
            // Every key `signin-net:<tenant>:<name>:<network>`: from `<name>:` up to `<name>;`.
            let from = format!("signin-net:{slug}:{}:", name.to_lowercase());
            let to = format!("signin-net:{slug}:{};", name.to_lowercase());
            sqlx::query("DELETE FROM rate_counters WHERE key >= $1 AND key < $2")
                .bind(from)
                .bind(to)
                .execute(&mut *self.conn().await?)
                .await?;
        }
        Ok(())
    }

    pub async fn reset_failed_logins(&self, id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET failed_logins = 0 WHERE id = $1 AND failed_logins <> 0")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Replaces the password hash, keeping the previous one in the history (trimmed to `keep`).
    pub async fn set_password(&self, user: &UserRow, new_hash: &str, must_change: bool, keep: i64) -> StoreResult<()> {
        let change = PasswordChange {
            user,
            new_hash,
            must_change,
            keep_history: keep,
            completes_reset: None,
            end_sessions: None,
        };
        self.change_password(&change, None).await.map(|_| ())
    }

    /// Writes a new password and everything that goes with it in one transaction: the history,
    /// the reset it finishes, the sessions it ends, and the audit event (`audit` gets the number
    /// of sessions ended). `Ok(None)` when the reset was already finished: nothing is written.
    pub async fn change_password(
        &self,
        c: &PasswordChange<'_>,
        audit: Option<ChangeAudit>,
    ) -> StoreResult<Option<u64>> {
        if self.backend == Backend::Postgres {
            return self.change_password_pg(c, audit).await;
        }
        let now = now_ms() / 1000;
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        if let Some(reset) = c.completes_reset {
            let done = sqlx::query("UPDATE resets SET completed = 1 WHERE id_hash = $1 AND completed = 0")
                .bind(reset)
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() != 1 {
                return Ok(None);
            }
        }
        // Strictly increasing per user (milliseconds, bumped past the newest), so "the newest
        // N" is well defined even for changes within the same millisecond.
        sqlx::query(
            "INSERT INTO password_history (user_id, hash, created_at) VALUES ($1, $2, \
             CASE WHEN (SELECT COALESCE(MAX(created_at), 0) FROM password_history WHERE user_id = $1) >= $3 \
             THEN (SELECT MAX(created_at) + 1 FROM password_history WHERE user_id = $1) ELSE $3 END)",
        )
        .bind(&c.user.id)
        .bind(&c.user.password_hash)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "DELETE FROM password_history WHERE user_id = $1 AND hash NOT IN \
             (SELECT hash FROM password_history WHERE user_id = $1 ORDER BY created_at DESC, hash LIMIT $2)",
        )
        .bind(&c.user.id)
        .bind(c.keep_history.max(0))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3, failed_logins = 0, locked_until = NULL WHERE id = $4",
        )
        .bind(c.new_hash)
        .bind(flag(c.must_change))
        .bind(now)
        .bind(&c.user.id)
        .execute(&mut *tx)
        .await?;
        let mut ended = 0;
        if let Some(end) = &c.end_sessions {
            if let (Some(keep), Some(level)) = (end.keep, end.kept_level) {
                sqlx::query("UPDATE sessions SET level = $1 WHERE token_hash = $2")
                    .bind(level)
                    .bind(keep)
                    .execute(&mut *tx)
                    .await?;
            }
            ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(&c.user.id)
                .bind(end.keep.unwrap_or(""))
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        if let Some(mut a) = audit {
            a.row.detail[a.ended_key] = ended.into();
            insert_audit(&mut tx, &a.row).await?;
        }
        tx.commit().await?;
        Ok(Some(ended))
    }

    /// [`Store::change_password`] on PostgreSQL: the same writes as one statement (data-modifying
    /// `WITH` parts, all or nothing, each after the reset is taken), one round trip instead of
    /// eight. Every part sees the rows as they were before the statement, so the history keeps
    /// `keep - 1` earlier hashes besides the one added.
    async fn change_password_pg(&self, c: &PasswordChange<'_>, audit: Option<ChangeAudit>) -> StoreResult<Option<u64>> {
        let mut parts = vec![
            match c.completes_reset {
                Some(_) => "r AS (UPDATE resets SET completed = 1 WHERE id_hash = $1 AND completed = 0 RETURNING 1)",
                None => "r AS (SELECT $1::text)",
            }
            .to_string(),
        ];
        parts.push(
            "u AS (UPDATE users SET password_hash = $2, must_change_password = $3, password_changed_at = $4, \
             failed_logins = 0, locked_until = NULL WHERE id = $5 AND EXISTS (SELECT 1 FROM r) RETURNING id)"
                .into(),
        );
        parts.push(
            "h AS (INSERT INTO password_history (user_id, hash, created_at) \
             SELECT $5, $6, GREATEST($7, (SELECT COALESCE(MAX(created_at), 0) + 1 FROM password_history WHERE user_id = $5)) \
             FROM r WHERE $8 > 0)"
                .into(),
        );
        parts.push(
            "t AS (DELETE FROM password_history WHERE user_id = $5 AND EXISTS (SELECT 1 FROM r) AND hash NOT IN \
             (SELECT hash FROM password_history WHERE user_id = $5 ORDER BY created_at DESC, hash LIMIT GREATEST($8 - 1, 0)))"
                .into(),
        );
        let mut next = 9;
        let mut arg = || {
            next += 1;
            format!("${}", next - 1)
        };
        let mut binds: Vec<String> = Vec::new();
        match &c.end_sessions {
            Some(end) => {
                if let (Some(keep), Some(level)) = (end.keep, end.kept_level) {
                    parts.push(format!(
                        "l AS (UPDATE sessions SET level = {} WHERE token_hash = {} AND EXISTS (SELECT 1 FROM r))",
                        arg(),
                        arg()
                    ));
                    binds.extend([level.to_string(), keep.to_string()]);
                }
                parts.push(format!(
                    "s AS (DELETE FROM sessions WHERE user_id = $5 AND token_hash <> {} AND EXISTS (SELECT 1 FROM r) RETURNING 1)",
                    arg()
                ));
                binds.push(end.keep.unwrap_or("").to_string());
            }
            None => parts.push("s AS (SELECT 1 WHERE false)".into()),
        }
        if audit.is_some() {
            let args: Vec<String> = (0..9).map(|_| arg()).collect();
            parts.push(format!(
                "a AS (INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) \
                 SELECT {}, {}, {}, {}, {}, {}, {}, ({}::jsonb || jsonb_build_object({}::text, (SELECT count(*) FROM s)))::text FROM r)",
                args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8]
            ));
        }
        let sql = format!(
            "WITH {} SELECT (SELECT count(*) FROM r), (SELECT count(*) FROM s)",
            parts.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(c.completes_reset.unwrap_or(""))
            .bind(c.new_hash)
            .bind(flag(c.must_change))
            .bind(now_ms() / 1000)
            .bind(&c.user.id)
            .bind(&c.user.password_hash)
            .bind(now_ms())
            .bind(c.keep_history.max(0));
        for b in binds {
            q = q.bind(b);
        }
        if let Some(a) = audit {
            q = q
                .bind(a.row.at)
                .bind(a.row.tenant)
                .bind(a.row.username)
                .bind(a.row.event)
                .bind(a.row.outcome)
                .bind(a.row.ip)
                .bind(a.row.client_type)
                .bind(a.row.detail.to_string())
                .bind(a.ended_key);
        }
        let row = q.fetch_one(&mut *self.conn().await?).await?;
        let (taken, ended): (i64, i64) = (row.get(0), row.get(1));
        Ok((taken == 1).then_some(ended as u64))
    }

    /// Previous password hashes, newest first.
    pub async fn password_history(&self, user_id: &str, limit: i64) -> StoreResult<Vec<String>> {
        let rows =
            sqlx::query("SELECT hash FROM password_history WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2")
                .bind(user_id)
                .bind(limit.max(0))
                .fetch_all(&mut *self.conn().await?)
                .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}
