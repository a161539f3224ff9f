//! A tenant's own security questions (`admin question add|list|remove`): up to
//! [`MAX_PER_LANGUAGE`] per language, 3-200 characters each. A question with a language is
//! offered for registration to users of that language only, one without to everyone; a reset
//! asks the questions a user registered whatever language they are in now.

use crate::error::{AppError, AppResult};
use crate::store::Store;
use latchkey_proto::ErrorCode;
use serde::Serialize;

pub const MAX_PER_LANGUAGE: usize = 20;
pub const MIN_CHARS: usize = 3;
pub const MAX_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CustomQuestion {
    pub id: String,
    /// A locale of `locales/` (`en-US`, `de`), or `None` for every language.
    pub locale: Option<String>,
    pub text: String,
}

/// The text as stored: trimmed, inner runs of white space made one space; refused when it has
/// control characters or its length is outside [`MIN_CHARS`]..=[`MAX_CHARS`].
fn clean_text(text: &str) -> AppResult<String> {
    let clean = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = clean.chars().count();
    if clean.chars().any(char::is_control) || !(MIN_CHARS..=MAX_CHARS).contains(&chars) {
        return Err(AppError::new(ErrorCode::QuestionsInvalidQuestion)
            .with_arg("min", MIN_CHARS)
            .with_arg("max", MAX_CHARS));
    }
    Ok(clean)
}

pub async fn list(store: &Store, tenant_slug: &str) -> AppResult<Vec<CustomQuestion>> {
    let tenant = crate::flows::admin::tenant(store, tenant_slug).await?;
    Ok(store
        .custom_questions(tenant.id())
        .await?
        .into_iter()
        .map(|(id, text, locale)| CustomQuestion { id, locale, text })
        .collect())
}

pub async fn add(
    store: &Store,
    tenant_slug: &str,
    locale: Option<&str>,
    text: &str,
    now: i64,
) -> AppResult<CustomQuestion> {
    let tenant = crate::flows::admin::tenant(store, tenant_slug).await?;
    let text = clean_text(text)?;
    let available = latchkey_i18n::available_tags();
    if let Some(l) = locale
        && !available.iter().any(|a| a == l)
    {
        return Err(AppError::new(ErrorCode::QuestionsLocaleUnknown)
            .with_arg("locale", l)
            .with_arg("available", available.join(", ")));
    }
    let existing = list(store, tenant_slug).await?;
    let same_language: Vec<&CustomQuestion> = existing.iter().filter(|q| q.locale.as_deref() == locale).collect();
    if same_language
        .iter()
        .any(|q| q.text.to_lowercase() == text.to_lowercase())
    {
        return Err(AppError::new(ErrorCode::QuestionsExists));
    }
    if same_language.len() >= MAX_PER_LANGUAGE {
        return Err(AppError::new(ErrorCode::QuestionsLimitReached).with_arg("max", MAX_PER_LANGUAGE));
    }
    let id = store.insert_custom_question(tenant.id(), &text, locale, now).await?;
    Ok(CustomQuestion {
        id,
        locale: locale.map(str::to_string),
        text,
    })
}

/// Removes a question nobody has answered; one in use would leave its users unable to reset
/// with their questions, so it is refused with the number of users.
pub async fn remove(store: &Store, tenant_slug: &str, id: &str) -> AppResult<()> {
    let tenant = crate::flows::admin::tenant(store, tenant_slug).await?;
    if !list(store, tenant_slug).await?.iter().any(|q| q.id == id) {
        return Err(AppError::new(ErrorCode::QuestionsUnknownQuestion).with_arg("id", id));
    }
    let users = store.users_answering(tenant.id(), id).await?;
    if users > 0 {
        return Err(AppError::new(ErrorCode::QuestionsInUse).with_arg("users", users));
    }
    store.delete_custom_question(tenant.id(), id).await?;
    Ok(())
}
