//! Registered methods and one-time codes.

use super::{Store, StoreResult, UserRow, flag, new_id};
use sqlx::Row;

#[derive(Clone)]
pub struct MethodRow {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub name: Option<String>,
    /// Email address or phone number (not secret, needed to send).
    pub destination: Option<String>,
    /// Encrypted secret (TOTP seed).
    pub secret: Option<String>,
    /// Kind-specific JSON: question answer hashes, backup code MACs, WebAuthn credential.
    pub data: serde_json::Value,
    pub verified: bool,
    pub is_default: bool,
    pub last_step: Option<i64>,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

impl std::fmt::Debug for MethodRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MethodRow")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("verified", &self.verified)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub struct NewMethod<'a> {
    pub tenant_id: &'a str,
    pub user_id: &'a str,
    pub kind: &'a str,
    pub name: Option<&'a str>,
    pub destination: Option<&'a str>,
    pub secret: Option<&'a str>,
    pub data: serde_json::Value,
    pub verified: bool,
}

/// The outcome of checking a one-time code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    Valid,
    Invalid,
    Expired,
    AttemptsExceeded,
    /// No live code for that method and purpose (never sent, or already used).
    Missing,
}

pub(super) const METHOD_COLUMNS: &str =
    "id, user_id, kind, name, destination, secret, data, verified, is_default, last_step, created_at, last_used_at";

fn method_from_row(r: &sqlx::any::AnyRow) -> MethodRow {
    method_from_row_at(r, 0)
}

/// The method in the row's columns starting at `at`.
pub(super) fn method_from_row_at(r: &sqlx::any::AnyRow, at: usize) -> MethodRow {
    let data: String = r.get(at + 6);
    MethodRow {
        id: r.get(at),
        user_id: r.get(at + 1),
        kind: r.get(at + 2),
        name: r.get(at + 3),
        destination: r.get(at + 4),
        secret: r.get(at + 5),
        data: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
        verified: r.get::<i64, _>(at + 7) != 0,
        is_default: r.get::<i64, _>(at + 8) != 0,
        last_step: r.get(at + 9),
        created_at: r.get(at + 10),
        last_used_at: r.get(at + 11),
    }
}

impl Store {
    pub async fn insert_method(&self, m: &NewMethod<'_>, now: i64) -> StoreResult<String> {
        self.insert_method_as(&new_id(), m, now).await
    }

    /// [`Store::insert_method`] with an id chosen before, for a secret sealed to its row.
    pub async fn insert_method_as(&self, id: &str, m: &NewMethod<'_>, now: i64) -> StoreResult<String> {
        let id = id.to_string();
        sqlx::query(
            "INSERT INTO methods (id, tenant_id, user_id, kind, name, destination, secret, data, verified, is_default, last_step, created_at, last_used_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, NULL, $10, NULL)",
        )
        .bind(&id)
        .bind(m.tenant_id)
        .bind(m.user_id)
        .bind(m.kind)
        .bind(m.name)
        .bind(m.destination)
        .bind(m.secret)
        .bind(m.data.to_string())
        .bind(flag(m.verified))
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(id)
    }

    /// `(tenant id, user id, method id, secret)` of every TOTP method whose secret is not yet
    /// in `sealed_prefix`'s format.
    pub async fn totp_secrets_to_seal(
        &self,
        sealed_prefix: &str,
    ) -> StoreResult<Vec<(String, String, String, String)>> {
        let rows = sqlx::query(
            "SELECT tenant_id, user_id, id, secret FROM methods \
             WHERE kind = 'totp' AND secret IS NOT NULL AND substr(secret, 1, 3) <> $1",
        )
        .bind(sealed_prefix)
        .fetch_all(&mut *self.conn().await?)
        .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))).collect())
    }

    /// Replaces a method's secret if it is still `old`.
    pub async fn replace_method_secret(&self, id: &str, old: &str, new: &str) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE methods SET secret = $1 WHERE id = $2 AND secret = $3")
            .bind(new)
            .bind(id)
            .bind(old)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn methods_of(&self, user_id: &str) -> StoreResult<Vec<MethodRow>> {
        let sql = format!("SELECT {METHOD_COLUMNS} FROM methods WHERE user_id = $1 ORDER BY created_at, id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .fetch_all(&mut *self.conn().await?)
            .await?;
        Ok(rows.iter().map(method_from_row).collect())
    }

    /// Every method of a tenant's users, oldest first (for the shapes reset decoys copy).
    pub async fn methods_of_tenant(&self, tenant_id: &str) -> StoreResult<Vec<MethodRow>> {
        let sql = format!("SELECT {METHOD_COLUMNS} FROM methods WHERE tenant_id = $1 ORDER BY created_at, id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .fetch_all(&mut *self.conn().await?)
            .await?;
        Ok(rows.iter().map(method_from_row).collect())
    }

    /// [`Store::user_by_login`] and the user's methods (oldest first) in one query.
    pub async fn login_with_methods(
        &self,
        tenant_id: &str,
        login: &str,
    ) -> StoreResult<Option<(UserRow, Vec<MethodRow>)>> {
        let login = login.trim().to_lowercase();
        let methods: Vec<String> = METHOD_COLUMNS.split(", ").map(|c| format!("m.{c}")).collect();
        let sql = format!(
            "SELECT {}, {} FROM users u LEFT JOIN methods m ON m.user_id = u.id \
             WHERE u.id = (SELECT id FROM users WHERE tenant_id = $2 AND (username = $1 OR email = $1) \
             ORDER BY CASE WHEN username = $1 THEN 0 ELSE 1 END LIMIT 1) ORDER BY m.created_at, m.id",
            Self::user_columns_of("u"),
            methods.join(", ")
        );
        let q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(&login).bind(tenant_id);
        let rows = q.fetch_all(&mut *self.conn().await?).await?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let user = Self::user_from_row_at(first, 0)?;
        let at = Self::USER_WIDTH;
        let mut list = Vec::new();
        for r in &rows {
            if r.try_get::<Option<String>, _>(at)?.is_some() {
                list.push(method_from_row_at(r, at));
            }
        }
        Ok(Some((user, list)))
    }

    /// A method of this user (never another user's, whatever id is asked for).
    pub async fn method(&self, user_id: &str, id: &str) -> StoreResult<Option<MethodRow>> {
        let sql = format!("SELECT {METHOD_COLUMNS} FROM methods WHERE user_id = $1 AND id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .bind(id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.as_ref().map(method_from_row))
    }

    pub async fn mark_method_verified(&self, id: &str, last_step: Option<i64>, now: i64) -> StoreResult<()> {
        sqlx::query(
            "UPDATE methods SET verified = 1, last_step = COALESCE($1, last_step), last_used_at = $2 WHERE id = $3",
        )
        .bind(last_step)
        .bind(now)
        .bind(id)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Records a TOTP step as used, atomically: false when that step (or a later one) was
    /// already used, so concurrent submissions of one code cannot both pass.
    pub async fn claim_totp_step(&self, id: &str, step: i64, now: i64) -> StoreResult<bool> {
        let r = sqlx::query(
            "UPDATE methods SET last_step = $1, last_used_at = $2 WHERE id = $3 AND (last_step IS NULL OR last_step < $1)",
        )
        .bind(step)
        .bind(now)
        .bind(id)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn touch_method(&self, id: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE methods SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Replaces a method's data only if it still equals `expected` (optimistic concurrency for
    /// single-use backup codes).
    pub async fn swap_method_data(
        &self,
        id: &str,
        expected: &serde_json::Value,
        new: &serde_json::Value,
        now: i64,
    ) -> StoreResult<bool> {
        let r = sqlx::query("UPDATE methods SET data = $1, last_used_at = $2 WHERE id = $3 AND data = $4")
            .bind(new.to_string())
            .bind(now)
            .bind(id)
            .bind(expected.to_string())
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Turns a pending security key into a verified one, only if it is still pending with the
    /// registration state it was started with: a replayed finish changes nothing.
    pub async fn finish_security_key(
        &self,
        id: &str,
        expected: &serde_json::Value,
        data: &serde_json::Value,
        name: &str,
        now: i64,
    ) -> StoreResult<bool> {
        let r = sqlx::query(
            "UPDATE methods SET data = $1, name = $2, verified = 1, last_used_at = $3 \
             WHERE id = $4 AND verified = 0 AND data = $5",
        )
        .bind(data.to_string())
        .bind(name)
        .bind(now)
        .bind(id)
        .bind(expected.to_string())
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Stores the live WebAuthn challenge for `key` (method and purpose), replacing an older one.
    pub async fn put_webauthn_challenge(
        &self,
        key: &str,
        user_id: &str,
        state: &str,
        expires_at: i64,
    ) -> StoreResult<()> {
        let mut c = self.conn().await?;
        sqlx::query("DELETE FROM webauthn_challenges WHERE key = $1 OR expires_at < $2")
            .bind(key)
            .bind(expires_at - 86_400)
            .execute(&mut *c)
            .await?;
        sqlx::query("INSERT INTO webauthn_challenges (key, user_id, state, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(key)
            .bind(user_id)
            .bind(state)
            .bind(expires_at)
            .execute(&mut *c)
            .await?;
        Ok(())
    }

    /// Takes the live challenge for `key`: it is deleted by whoever reads it first, so of two
    /// concurrent assertions at most one gets it. `None` when missing, used or expired.
    pub async fn take_webauthn_challenge(&self, key: &str, now: i64) -> StoreResult<Option<String>> {
        let mut c = self.conn().await?;
        let row = sqlx::query("SELECT state, expires_at FROM webauthn_challenges WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut *c)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let state: String = row.get(0);
        let expires_at: i64 = row.get(1);
        let r = sqlx::query("DELETE FROM webauthn_challenges WHERE key = $1 AND state = $2")
            .bind(key)
            .bind(&state)
            .execute(&mut *c)
            .await?;
        Ok((r.rows_affected() == 1 && expires_at > now).then_some(state))
    }

    pub async fn delete_method(&self, user_id: &str, id: &str) -> StoreResult<bool> {
        sqlx::query("DELETE FROM codes WHERE method_id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        let r = sqlx::query("DELETE FROM methods WHERE user_id = $1 AND id = $2")
            .bind(user_id)
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Deletes the user's methods of a kind (e.g. old backup codes being replaced).
    pub async fn delete_methods_of_kind(&self, user_id: &str, kind: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM methods WHERE user_id = $1 AND kind = $2")
            .bind(user_id)
            .bind(kind)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    pub async fn set_default_method(&self, user_id: &str, id: &str) -> StoreResult<()> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        sqlx::query("UPDATE methods SET is_default = 0 WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE methods SET is_default = 1 WHERE user_id = $1 AND id = $2")
            .bind(user_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_methods_confirmed(&self, user_id: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE users SET methods_confirmed_at = $1 WHERE id = $2")
            .bind(now)
            .bind(user_id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    pub async fn methods_confirmed_at(&self, user_id: &str) -> StoreResult<Option<i64>> {
        let r = sqlx::query("SELECT methods_confirmed_at FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(r.and_then(|r| r.get(0)))
    }

    // ---- one-time codes ----

    /// Stores a fresh code for (method, purpose), replacing any earlier one (its attempts
    /// start over). One statement: the unique (method, purpose) index makes it atomic, so two
    /// concurrent sends can never leave two live codes.
    #[allow(clippy::too_many_arguments)]
    pub async fn insert_code(
        &self,
        user_id: &str,
        method_id: &str,
        purpose: &str,
        code_mac: &str,
        expires_at: i64,
        max_attempts: i64,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO codes (id, user_id, method_id, purpose, code_mac, expires_at, attempts, max_attempts, used, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 0, $7, 0, $8) \
             ON CONFLICT (method_id, purpose) DO UPDATE SET id = excluded.id, user_id = excluded.user_id, \
             code_mac = excluded.code_mac, expires_at = excluded.expires_at, attempts = 0, \
             max_attempts = excluded.max_attempts, used = 0, created_at = excluded.created_at",
        )
        .bind(new_id())
        .bind(user_id)
        .bind(method_id)
        .bind(purpose)
        .bind(code_mac)
        .bind(expires_at)
        .bind(max_attempts)
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Claims one attempt at the live code for (method, purpose): the attempt is counted in the
    /// same statement that reads the code, so concurrent guesses can never check more than
    /// `max_attempts` times. Returns the code's id and stored value, or why there is none.
    pub async fn claim_code_attempt(
        &self,
        method_id: &str,
        purpose: &str,
        now: i64,
    ) -> StoreResult<Result<(String, String), CodeCheck>> {
        let claimed = sqlx::query(
            "UPDATE codes SET attempts = attempts + 1 \
             WHERE method_id = $1 AND purpose = $2 AND used = 0 AND attempts < max_attempts AND expires_at > $3 \
             RETURNING id, code_mac",
        )
        .bind(method_id)
        .bind(purpose)
        .bind(now)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        if let Some(row) = claimed {
            return Ok(Ok((row.get(0), row.get(1))));
        }
        Ok(Err(self.why_no_code(method_id, purpose, now).await?))
    }

    /// Why no attempt could be claimed: expired and exhausted told apart from missing.
    async fn why_no_code(&self, method_id: &str, purpose: &str, now: i64) -> StoreResult<CodeCheck> {
        let row = sqlx::query(
            "SELECT expires_at, attempts, max_attempts, used FROM codes WHERE method_id = $1 AND purpose = $2",
        )
        .bind(method_id)
        .bind(purpose)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        Ok(match row {
            None => CodeCheck::Missing,
            Some(r) if r.get::<i64, _>(3) != 0 => CodeCheck::Missing,
            Some(r) if r.get::<i64, _>(0) <= now => CodeCheck::Expired,
            Some(r) if r.get::<i64, _>(1) >= r.get::<i64, _>(2) => CodeCheck::AttemptsExceeded,
            Some(_) => CodeCheck::Invalid,
        })
    }

    /// Uses a claimed code up; true exactly once per code.
    pub async fn consume_code(&self, id: &str) -> StoreResult<bool> {
        let r = sqlx::query("UPDATE codes SET used = 1 WHERE id = $1 AND used = 0")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Claims an attempt at the live code and, when it matches, uses the code up, in one
    /// statement: the database compares `entered_mac` (the MAC of the code entered, which
    /// without the key says nothing about the stored one) and `matches` confirms the result in
    /// constant time.
    pub async fn check_code(
        &self,
        method_id: &str,
        purpose: &str,
        now: i64,
        entered_mac: &str,
        matches: impl Fn(&str) -> bool,
    ) -> StoreResult<CodeCheck> {
        let claimed = sqlx::query(
            "UPDATE codes SET attempts = attempts + 1, used = CASE WHEN code_mac = $4 THEN 1 ELSE 0 END \
             WHERE method_id = $1 AND purpose = $2 AND used = 0 AND attempts < max_attempts AND expires_at > $3 \
             RETURNING code_mac, used",
        )
        .bind(method_id)
        .bind(purpose)
        .bind(now)
        .bind(entered_mac)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        let Some(row) = claimed else {
            return self.why_no_code(method_id, purpose, now).await;
        };
        let (stored, used): (String, i64) = (row.get(0), row.get(1));
        Ok(if used == 1 && matches(&stored) {
            CodeCheck::Valid
        } else {
            CodeCheck::Invalid
        })
    }

    /// Verified methods per kind in a tenant.
    pub async fn method_counts(&self, tenant_id: &str) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT kind, COUNT(*) FROM methods WHERE tenant_id = $1 AND verified = 1 GROUP BY kind ORDER BY kind",
        )
        .bind(tenant_id)
        .fetch_all(&mut *self.conn().await?)
        .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Users of a tenant with at least one verified method: our id and the directory's stable
    /// id (`None` for built-in accounts).
    pub async fn registered_users(&self, tenant_id: &str) -> StoreResult<Vec<(String, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT DISTINCT u.id, u.directory_id FROM users u JOIN methods m ON m.user_id = u.id \
             WHERE u.tenant_id = $1 AND m.tenant_id = $1 AND m.verified = 1",
        )
        .bind(tenant_id)
        .fetch_all(&mut *self.conn().await?)
        .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    // ---- custom questions ----

    /// `(id, text, locale)` of the tenant's own questions, oldest first.
    pub async fn custom_questions(&self, tenant_id: &str) -> StoreResult<Vec<(String, String, Option<String>)>> {
        let rows =
            sqlx::query("SELECT id, text, locale FROM custom_questions WHERE tenant_id = $1 ORDER BY created_at, id")
                .bind(tenant_id)
                .fetch_all(&mut *self.conn().await?)
                .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
    }

    pub async fn insert_custom_question(
        &self,
        tenant_id: &str,
        text: &str,
        locale: Option<&str>,
        now: i64,
    ) -> StoreResult<String> {
        let id = format!("custom-{}", &new_id()[..12]);
        sqlx::query(
            "INSERT INTO custom_questions (id, tenant_id, text, created_at, locale) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(tenant_id)
        .bind(text)
        .bind(now)
        .bind(locale)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(id)
    }

    /// How many users of the tenant registered an answer to question `id`.
    pub async fn users_answering(&self, tenant_id: &str, id: &str) -> StoreResult<i64> {
        let row =
            sqlx::query("SELECT COUNT(*) FROM methods WHERE tenant_id = $1 AND kind = 'questions' AND data LIKE $2")
                .bind(tenant_id)
                .bind(format!("%\"{id}\"%"))
                .fetch_one(&mut *self.conn().await?)
                .await?;
        Ok(row.get(0))
    }

    pub async fn delete_custom_question(&self, tenant_id: &str, id: &str) -> StoreResult<bool> {
        let r = sqlx::query("DELETE FROM custom_questions WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() > 0)
    }
}
