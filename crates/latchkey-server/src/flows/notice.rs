//! Notices to a user on every registered channel: the directory email, each verified email
//! method and, when the notice has a text form, each verified phone. In the user's language, with
//! the tenant's name.

use crate::delivery::{Channel, Message};
use crate::state::AppState;
use crate::store::{MethodRow, UserRow};
use crate::tenant::Tenant;
use latchkey_i18n::Localizer;

/// The Fluent ids of one notice.
pub struct Notice<'a> {
    pub subject: &'a str,
    pub body: &'a str,
    /// Text-message form; `None` sends email only.
    pub sms: Option<&'a str>,
}

/// The shared (parsed once) localizer for the request's languages.
pub fn localizer(locale: &[String]) -> std::sync::Arc<Localizer> {
    let requested: Vec<&str> = locale.iter().map(String::as_str).collect();
    Localizer::shared(&requested)
}

/// The languages to write to `user` in: the one they last chose, else the request's. A notice
/// goes to the account's owner, who may not be whoever made the request.
pub async fn user_languages(state: &AppState, user: &UserRow, request: &[String]) -> Vec<String> {
    match state.store.user_language(&user.id).await {
        Ok(Some(locale)) => vec![locale],
        Ok(None) => request.to_vec(),
        Err(e) => {
            tracing::warn!(error = %e, "could not read the user's language");
            request.to_vec()
        }
    }
}

/// Remembers the request's language as the user's, once they proved who they are (signed in,
/// registered a method, finished a reset). A request without `Accept-Language` changes nothing.
pub async fn remember_language(state: &AppState, user: &UserRow, request: &[String]) {
    if request.is_empty() {
        return;
    }
    let requested: Vec<&str> = request.iter().map(String::as_str).collect();
    let chosen = latchkey_i18n::negotiate(&requested).swap_remove(0);
    // The pseudo-locale is for looking at screens, never for what reaches a person.
    if chosen == latchkey_i18n::PSEUDO_LOCALE {
        return;
    }
    if let Err(e) = state.store.set_user_language(&user.id, &chosen).await {
        tracing::warn!(error = %e, "could not remember the user's language");
    }
}

/// Sends the notice in the user's language; failures are logged, never turned into the user's
/// error.
pub async fn to_user(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    notice: Notice<'_>,
    extra: &[(&str, String)],
    locale: &[String],
) {
    let methods = state.store.methods_of(&user.id).await.unwrap_or_default();
    to_user_with(state, tenant, user, &methods, notice, extra, locale).await
}

/// [`to_user`] with the user's methods already read (all of them; unverified ones are skipped).
pub async fn to_user_with(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    methods: &[MethodRow],
    notice: Notice<'_>,
    extra: &[(&str, String)],
    locale: &[String],
) {
    let l10n = localizer(&user_languages(state, user, locale).await);
    let mut args = vec![
        ("tenant", tenant.name().into()),
        ("name", user.display_name.clone().into()),
        ("portal", state.portal_url(tenant.slug()).into()),
    ];
    args.extend(extra.iter().map(|(k, v)| (*k, v.clone().into())));
    let verified = |kind: &str| -> Vec<String> {
        methods
            .iter()
            .filter(|m| m.verified && m.kind == kind)
            .filter_map(|m| m.destination.clone())
            .collect()
    };
    let mut emails: Vec<String> = user.email.iter().cloned().chain(verified("email")).collect();
    emails.sort();
    emails.dedup();
    let mut phones = if notice.sms.is_some() {
        verified("phone")
    } else {
        Vec::new()
    };
    phones.sort();
    phones.dedup();
    let now = state.clock.now_ms();
    // Built up front: the arguments are not Sync, so nothing may borrow them across an await.
    let messages: Vec<Message> = emails
        .into_iter()
        .map(|to| crate::email::message(tenant, &l10n, to, (notice.subject, notice.body), &args, None))
        .chain(phones.into_iter().map(|to| Message {
            tenant: tenant.slug().into(),
            channel: Channel::Sms,
            to,
            subject: None,
            body: l10n.format(notice.sms.unwrap_or_default(), &args),
            html: None,
            code: None,
        }))
        .collect();
    for msg in messages {
        if let Err(e) = state.delivery.send(now, &msg).await {
            tracing::error!(error = %e, channel = ?msg.channel, "could not send a notice");
        }
    }
}
