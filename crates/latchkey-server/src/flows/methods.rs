//! Which of a user's methods count: for a reset (the methods it may use, how many it needs)
//! and for the registration interrupt (whether the user could reset today, when they last
//! confirmed their info). Below every flow that asks, so they all count alike.

use super::session::token_hash;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::{MethodRow, UserRow};
use crate::tenant::Tenant;
use latchkey_proto::MethodKind;
use serde_json::json;

/// The verified methods of kinds the tenant allows for reset (never backup codes; never
/// questions for admins, nor when one method is enough: questions are never enough alone,
/// even under a policy stored before that rule was checked).
pub(crate) fn usable(tenant: &Tenant, user: &UserRow, methods: Vec<MethodRow>) -> Vec<MethodRow> {
    let questions_alone = required_for(tenant, Some(user)) < 2;
    let mut usable: Vec<MethodRow> = methods
        .into_iter()
        .filter(|m| m.verified)
        .filter(|m| match kind_of(m) {
            Some(MethodKind::BackupCodes) | None => false,
            Some(MethodKind::Questions) if user.is_admin || questions_alone => false,
            Some(k) => tenant.policy.allowed_methods.contains(&k),
        })
        .collect();
    if tenant.policy.reset_with_directory_contacts {
        let extra = contact_methods(tenant, user, &usable);
        usable.extend(extra);
    }
    usable
}

/// The id of an account's contact method (`email`, `phone`): stable for the account, shaped
/// like a registered method's id (and a decoy's), so the list does not say where it came from.
pub fn contact_method_id(user_id: &str, kind: &str) -> String {
    token_hash(&format!("contact-method:{kind}:{user_id}"))[..32].to_string()
}

/// The account's email and mobile number as reset methods (`reset_with_directory_contacts`):
/// what the directory holds for it (`mail_attribute`, `mobile_attribute`, mirrored at every
/// lookup) or an administrator set for a built-in account. Only kinds the tenant allows, only a
/// mobile number in international form, and none that repeats a registered method.
fn contact_methods(tenant: &Tenant, user: &UserRow, registered: &[MethodRow]) -> Vec<MethodRow> {
    let phone = user.phone.as_deref().and_then(international_number);
    let candidates = [
        (MethodKind::Email, "email", user.email.clone()),
        (MethodKind::Phone, "phone", phone),
    ];
    candidates
        .into_iter()
        .filter(|(kind, _, _)| tenant.policy.allowed_methods.contains(kind))
        .filter_map(|(_, kind, to)| {
            let to = to.filter(|t| !t.trim().is_empty())?;
            let repeated = registered
                .iter()
                .any(|m| m.kind == kind && m.destination.as_deref().is_some_and(|d| d.eq_ignore_ascii_case(&to)));
            (!repeated).then(|| MethodRow {
                id: contact_method_id(&user.id, kind),
                user_id: user.id.clone(),
                kind: kind.to_string(),
                name: None,
                destination: Some(to),
                secret: None,
                data: json!({}),
                verified: true,
                is_default: false,
                last_step: None,
                created_at: 0,
                last_used_at: None,
            })
        })
        .collect()
}

/// A directory's phone number in E.164 form (`+1 (425) 555-0134` → `+14255550134`); `None`
/// when it is not international (no country code to send to).
fn international_number(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let rest = raw.strip_prefix('+')?;
    if !rest.chars().all(|c| c.is_ascii_digit() || " -().".contains(c)) {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (8..=15).contains(&digits.len()).then(|| format!("+{digits}"))
}

pub(crate) fn required_for(tenant: &Tenant, user: Option<&UserRow>) -> u8 {
    // Admins always need two methods.
    if user.is_some_and(|u| u.is_admin) {
        2
    } else {
        tenant.policy.methods_required
    }
}

pub(crate) fn kind_of(m: &MethodRow) -> Option<MethodKind> {
    MethodKind::parse(&m.kind).or(if m.kind == "backup_codes" {
        Some(MethodKind::BackupCodes)
    } else {
        None
    })
}

/// When the user's methods were last confirmed: explicitly (`POST /me/methods/confirm`), or
/// else when the newest verified one was registered.
pub(crate) async fn last_confirmed(state: &AppState, user: &UserRow, methods: &[MethodRow]) -> AppResult<Option<i64>> {
    Ok(match state.store.methods_confirmed_at(&user.id).await? {
        Some(t) => Some(t),
        None => methods.iter().filter(|m| m.verified).map(|m| m.created_at).max(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn directory_phone_numbers_become_e164_or_nothing() {
        use super::international_number as n;
        assert_eq!(n("+1 (425) 555-0199").as_deref(), Some("+14255550199"));
        assert_eq!(n(" +49 30 1234567 ").as_deref(), Some("+49301234567"));
        assert_eq!(n("425-555-0199"), None, "no country code");
        assert_eq!(n("+1 425 555 0199 ext 12"), None);
        assert_eq!(n("+123"), None);
    }
}
