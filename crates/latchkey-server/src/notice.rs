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

/// An email body followed by the line that links to the tenant's web portal (`$portal` in `args`,
/// built from `public_url` by [`AppState::portal_url`]).
pub fn with_portal_link(l10n: &Localizer, body: String, args: &[(&str, latchkey_i18n::FluentValue<'_>)]) -> String {
    format!("{body}\n\n{}", l10n.format("email-portal-link", args))
}

/// Sends the notice; failures are logged, never turned into the user's error.
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
    let l10n = localizer(locale);
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
        .map(|to| Message {
            tenant: tenant.slug().into(),
            channel: Channel::Email,
            to,
            subject: Some(l10n.format(notice.subject, &args)),
            body: with_portal_link(&l10n, l10n.format(notice.body, &args), &args),
            code: None,
        })
        .chain(phones.into_iter().map(|to| Message {
            tenant: tenant.slug().into(),
            channel: Channel::Sms,
            to,
            subject: None,
            body: l10n.format(notice.sms.unwrap_or_default(), &args),
            code: None,
        }))
        .collect();
    for msg in messages {
        if let Err(e) = state.delivery.send(now, &msg).await {
            tracing::error!(error = %e, channel = ?msg.channel, "could not send a notice");
        }
    }
}
