//! Rows of users who live in an external directory (LDAP, Active Directory): one per tenant and
//! stable directory id, so that registered methods, sessions and counters keep pointing at the
//! same person after a rename or a move to another branch of the tree.

use super::{Store, StoreResult, UserRow, flag, new_id, now_ms};

/// What the directory says about an account, as mirrored into our row.
#[derive(Debug, Clone)]
pub struct DirectoryAccount<'a> {
    pub tenant_id: &'a str,
    /// `entryUUID`, `objectGUID`, ...: never changes for the life of the account.
    pub directory_id: &'a str,
    pub username: &'a str,
    pub display_name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    /// The directory's preferred language (one Latchkey has): the user's language until they
    /// choose one themselves.
    pub language: Option<&'a str>,
    pub groups: &'a [String],
    pub is_admin: bool,
    pub disabled: bool,
    pub locked_until: Option<i64>,
    pub must_change_password: bool,
}

impl Store {
    /// Creates or refreshes the row of a directory account and returns it. The row is found by
    /// the stable id, so a renamed account keeps its row. A row that still holds the name (one
    /// of an account renamed or deleted since) gives the name up first.
    pub async fn upsert_directory_user(&self, a: &DirectoryAccount<'_>) -> StoreResult<UserRow> {
        let username = a.username.trim().to_lowercase();
        sqlx::query(
            "UPDATE users SET username = username || '~' || id \
             WHERE tenant_id = $1 AND username = $2 AND (directory_id IS NULL OR directory_id <> $3)",
        )
        .bind(a.tenant_id)
        .bind(&username)
        .bind(a.directory_id)
        .execute(&mut *self.conn().await?)
        .await?;
        let now = now_ms() / 1000;
        let sql = format!(
            "INSERT INTO users (id, tenant_id, username, display_name, email, phone, groups_json, is_admin, disabled, \
             locked_until, failed_logins, must_change_password, password_hash, password_changed_at, created_at, directory_id, \
             locale) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, '', $12, $12, $13, $14) \
             ON CONFLICT (tenant_id, directory_id) DO UPDATE SET username = excluded.username, \
             display_name = excluded.display_name, email = excluded.email, phone = excluded.phone, \
             groups_json = excluded.groups_json, is_admin = excluded.is_admin, disabled = excluded.disabled, \
             locked_until = excluded.locked_until, must_change_password = excluded.must_change_password, \
             locale = COALESCE(users.locale, excluded.locale) \
             RETURNING {}",
            Self::USER_COLUMNS
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(new_id())
            .bind(a.tenant_id)
            .bind(&username)
            .bind(a.display_name)
            .bind(a.email.map(str::to_lowercase))
            .bind(a.phone)
            .bind(serde_json::to_string(a.groups).unwrap_or_else(|_| "[]".into()))
            .bind(flag(a.is_admin))
            .bind(flag(a.disabled))
            .bind(a.locked_until)
            .bind(flag(a.must_change_password))
            .bind(now)
            .bind(a.directory_id)
            .bind(a.language)
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Self::user_from_row(&row)
    }

    /// The row of a directory account, if it ever signed in or started a reset.
    pub async fn user_by_directory_id(&self, tenant_id: &str, directory_id: &str) -> StoreResult<Option<UserRow>> {
        let sql = format!(
            "SELECT {} FROM users WHERE tenant_id = $1 AND directory_id = $2",
            Self::USER_COLUMNS
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .bind(directory_id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.as_ref().map(Self::user_from_row).transpose()
    }

    /// Marks whether a directory account is locked (as the directory reported it).
    pub async fn set_directory_lock(&self, user_id: &str, locked_until: Option<i64>) -> StoreResult<()> {
        sqlx::query("UPDATE users SET locked_until = $1 WHERE id = $2")
            .bind(locked_until)
            .bind(user_id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }
}
