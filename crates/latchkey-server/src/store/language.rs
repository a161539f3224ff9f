//! The language a user last chose, kept so that notices and codes reach them in it whoever
//! triggered them. Read apart from the user row on purpose: only message sending needs it.

use super::{Store, StoreResult};
use sqlx::Row;

impl Store {
    /// The user's remembered language (a BCP 47 tag of an available locale), if any.
    pub async fn user_language(&self, user_id: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT locale FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.and_then(|r| r.get::<Option<String>, _>(0)))
    }

    /// Remembers `locale` for the user; writes only when it changes.
    pub async fn set_user_language(&self, user_id: &str, locale: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET locale = $1 WHERE id = $2 AND (locale IS NULL OR locale <> $1)")
            .bind(locale)
            .bind(user_id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }
}
