//! OpenLDAP (and other servers with the ppolicy overlay): the user changes a password with the
//! Password Modify extended operation (RFC 3062) bound as themselves; the service account
//! resets it with the same operation naming the user; the ppolicy response control's answers
//! become our codes; the lock is `pwdAccountLockedTime`; the rules come from the default
//! policy entry (`pwdMinLength`, `pwdInHistory`, `pwdMaxFailure`, `pwdMinAge`).

use super::{BindRefusal, Flavor, Settings, attr, conn, generalized_time};
use crate::directory::{AccountState, DirResult, DirectoryError, DirectoryPolicy, DirectoryUser, LOCKED_FOREVER};
use async_trait::async_trait;
use ldap3::controls::RawControl;
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, LdapResult, Mod, Scope, SearchEntry};
use std::collections::HashSet;

/// The ppolicy request/response control (draft-behera-ldap-password-policy).
pub const PPOLICY_OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";

/// `pwdAccountLockedTime` of an account an administrator locked for good.
const LOCKED_BY_ADMIN: &str = "000001010000Z";

#[derive(Debug, Clone, Copy)]
pub struct OpenLdap;

/// The ppolicy response's error, when there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PpolicyError {
    PasswordExpired,
    AccountLocked,
    ChangeAfterReset,
    PasswordModNotAllowed,
    MustSupplyOldPassword,
    InsufficientPasswordQuality,
    PasswordTooShort,
    PasswordTooYoung,
    PasswordInHistory,
    Other(u8),
}

/// Reads the error out of a ppolicy response control value:
/// `SEQUENCE { warning [0] ... OPTIONAL, error [1] ENUMERATED OPTIONAL }`. Malformed input
/// gives `None`, never a panic.
pub fn ppolicy_error(value: &[u8]) -> Option<PpolicyError> {
    // One BER length (short or long form) at `at`: (length, where the contents start).
    fn length(b: &[u8], at: usize) -> Option<(usize, usize)> {
        let first = *b.get(at)?;
        if first < 0x80 {
            return Some((usize::from(first), at + 1));
        }
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | usize::from(*b.get(at + 1 + i)?);
        }
        Some((len, at + 1 + n))
    }
    if *value.first()? != 0x30 {
        return None;
    }
    let (len, mut at) = length(value, 1)?;
    let end = at.checked_add(len)?.min(value.len());
    while at < end {
        let tag = value[at];
        let (len, start) = length(value, at + 1)?;
        let stop = start.checked_add(len)?;
        if stop > end {
            return None;
        }
        if tag == 0x81 && len >= 1 {
            let code = value[stop - 1];
            return Some(match code {
                0 => PpolicyError::PasswordExpired,
                1 => PpolicyError::AccountLocked,
                2 => PpolicyError::ChangeAfterReset,
                3 => PpolicyError::PasswordModNotAllowed,
                4 => PpolicyError::MustSupplyOldPassword,
                5 => PpolicyError::InsufficientPasswordQuality,
                6 => PpolicyError::PasswordTooShort,
                7 => PpolicyError::PasswordTooYoung,
                8 => PpolicyError::PasswordInHistory,
                other => PpolicyError::Other(other),
            });
        }
        at = stop;
    }
    None
}

fn response_error(result: &LdapResult) -> Option<PpolicyError> {
    result
        .ctrls
        .iter()
        .find(|c| c.1.ctype == PPOLICY_OID)
        .and_then(|c| c.1.val.as_deref())
        .and_then(ppolicy_error)
}

fn request_control() -> RawControl {
    RawControl {
        ctype: PPOLICY_OID.to_string(),
        crit: false,
        val: None,
    }
}

/// What a refused password write means.
fn write_error(result: LdapResult, settings: &Settings) -> DirectoryError {
    let text = result.text.to_ascii_lowercase();
    match response_error(&result) {
        Some(PpolicyError::PasswordTooShort) => return DirectoryError::PasswordTooShort { min: None },
        // OpenLDAP answers "same as the current one" with the history error; its text tells.
        Some(PpolicyError::PasswordInHistory) if text.contains("not being changed") => {
            return DirectoryError::PasswordSameAsCurrent;
        }
        Some(PpolicyError::PasswordInHistory) => return DirectoryError::PasswordInHistory { count: None },
        Some(PpolicyError::PasswordTooYoung) => return DirectoryError::PasswordTooYoung { min_age_secs: None },
        Some(PpolicyError::InsufficientPasswordQuality) => return DirectoryError::PasswordQuality(result.text),
        Some(PpolicyError::PasswordModNotAllowed) => return DirectoryError::CannotChangePassword,
        Some(PpolicyError::AccountLocked) => return DirectoryError::AccountLocked,
        Some(PpolicyError::PasswordExpired) => return DirectoryError::AccountExpired,
        _ => {}
    }
    match result.rc {
        19 if text.contains("too short") => DirectoryError::PasswordTooShort { min: None },
        19 if text.contains("not being changed") => DirectoryError::PasswordSameAsCurrent,
        19 if text.contains("history") => DirectoryError::PasswordInHistory { count: None },
        19 if text.contains("too young") => DirectoryError::PasswordTooYoung { min_age_secs: None },
        19 => DirectoryError::PasswordQuality(result.text),
        49 => DirectoryError::InvalidCredentials,
        _ => conn::classify(ldap3::LdapError::LdapResult { result }, settings.timeout()),
    }
}

fn number<T: std::str::FromStr>(entry: &SearchEntry, name: &str) -> Option<T> {
    attr(entry, name).and_then(|v| v.trim().parse().ok())
}

#[async_trait]
impl Flavor for OpenLdap {
    fn name(&self) -> &'static str {
        "openldap"
    }

    fn plain_on_loopback(&self) -> bool {
        true
    }

    fn user_class_filter(&self) -> &'static str {
        "(objectClass=inetOrgPerson)"
    }

    fn login_attributes(&self) -> &'static [&'static str] {
        &["uid", "mail"]
    }

    fn display_name_attribute(&self) -> &'static str {
        "displayName"
    }

    fn id_attribute(&self) -> &'static str {
        "entryUUID"
    }

    fn stable_id(&self, entry: &SearchEntry) -> Option<String> {
        attr(entry, "entryUUID").map(str::to_ascii_lowercase)
    }

    fn id_filter(&self, id: &str) -> String {
        format!("(entryUUID={})", ldap3::ldap_escape(id))
    }

    fn state_attributes(&self) -> &'static [&'static str] {
        &["pwdAccountLockedTime", "pwdReset", "pwdChangedTime"]
    }

    fn account_state(&self, entry: &SearchEntry, now: i64, policy: &DirectoryPolicy) -> AccountState {
        let locked = attr(entry, "pwdAccountLockedTime");
        // Locked by an administrator for good: treated as disabled.
        let disabled = locked == Some(LOCKED_BY_ADMIN);
        let locked_until = match locked {
            None => None,
            Some(LOCKED_BY_ADMIN) => Some(LOCKED_FOREVER),
            Some(at) => match (generalized_time(at), policy.lockout_secs) {
                (Some(at), Some(secs)) if secs > 0 => Some(at + secs as i64),
                _ => Some(LOCKED_FOREVER),
            },
        }
        .filter(|until| *until > now);
        AccountState {
            disabled,
            locked_until,
            must_change_password: attr(entry, "pwdReset").is_some_and(|v| v.eq_ignore_ascii_case("TRUE")),
            ..AccountState::default()
        }
    }

    fn bind_controls(&self) -> Vec<RawControl> {
        vec![request_control()]
    }

    fn bind_result(&self, result: &LdapResult) -> Result<bool, BindRefusal> {
        match result.rc {
            0 => Ok(matches!(
                response_error(result),
                Some(PpolicyError::ChangeAfterReset | PpolicyError::PasswordExpired)
            )),
            // A locked account is refused whatever the password, so it is not named here.
            49 => Err(BindRefusal::Invalid(match response_error(result) {
                Some(PpolicyError::AccountLocked) => "locked",
                Some(PpolicyError::PasswordExpired) => "expired",
                _ => "bad_password",
            })),
            rc => Err(BindRefusal::Error(conn::classify(
                ldap3::LdapError::LdapResult { result: result.clone() },
                std::time::Duration::from_secs(1),
            )))
            .inspect_err(|_| tracing::warn!(rc, "unexpected answer to a user's bind")),
        }
    }

    async fn change_password(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        _user: &DirectoryUser,
        current: &str,
        new: &str,
    ) -> DirResult<()> {
        let t = settings.timeout();
        let answer = settings
            .endpoint
            .bounded(
                ldap.with_controls(request_control())
                    .with_timeout(t)
                    .extended(PasswordModify {
                        user_id: None,
                        old_pass: Some(current),
                        new_pass: Some(new),
                    }),
            )
            .await?;
        match answer.1.rc {
            0 => Ok(()),
            _ => Err(write_error(answer.1, settings)),
        }
    }

    async fn reset_password(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        user: &DirectoryUser,
        new: &str,
        must_change: bool,
    ) -> DirResult<()> {
        let dn = user.dn.as_deref().ok_or(DirectoryError::NotFound)?;
        let t = settings.timeout();
        let answer = settings
            .endpoint
            .bounded(
                ldap.with_controls(request_control())
                    .with_timeout(t)
                    .extended(PasswordModify {
                        user_id: Some(dn),
                        old_pass: None,
                        new_pass: Some(new),
                    }),
            )
            .await?;
        if answer.1.rc != 0 {
            return Err(write_error(answer.1, settings));
        }
        if !must_change {
            return Ok(());
        }
        // A temporary password (admin reset): the user must change it at the next sign-in.
        // ppolicy sets pwdReset itself only with pwdMustChange in the policy.
        let result = settings
            .endpoint
            .bounded(
                ldap.with_timeout(t)
                    .modify(dn, vec![Mod::Replace("pwdReset", HashSet::from(["TRUE"]))]),
            )
            .await?;
        match result.rc {
            0 => Ok(()),
            _ => Err(write_error(result, settings)),
        }
    }

    async fn unlock(&self, ldap: &mut Ldap, settings: &Settings, user: &DirectoryUser) -> DirResult<()> {
        let dn = user.dn.as_deref().ok_or(DirectoryError::NotFound)?;
        let t = settings.timeout();
        let result = settings
            .endpoint
            .bounded(
                ldap.with_timeout(t)
                    .modify(dn, vec![Mod::Delete("pwdAccountLockedTime", HashSet::<&str>::new())]),
            )
            .await?;
        match result.rc {
            // 16: not locked.
            0 | 16 => Ok(()),
            _ => Err(conn::classify(ldap3::LdapError::LdapResult { result }, t)),
        }
    }

    async fn policy(&self, ldap: &mut Ldap, settings: &Settings) -> DirResult<DirectoryPolicy> {
        let t = settings.timeout();
        let attrs = vec![
            "pwdMinLength",
            "pwdInHistory",
            "pwdMaxFailure",
            "pwdMinAge",
            "pwdLockout",
            "pwdLockoutDuration",
            "pwdCheckQuality",
        ];
        // The configured default policy entry, or the one policy entry under the domain.
        let (base, scope, filter) = match &settings.policy_dn {
            Some(dn) => (dn.clone(), Scope::Base, "(objectClass=pwdPolicy)"),
            None => (settings.group_base.clone(), Scope::Subtree, "(objectClass=pwdPolicy)"),
        };
        let found = settings
            .endpoint
            .bounded(ldap.with_timeout(t).search(&base, scope, filter, attrs))
            .await?;
        if found.1.rc != 0 {
            return Err(conn::classify(ldap3::LdapError::LdapResult { result: found.1 }, t));
        }
        let entries: Vec<SearchEntry> = found.0.into_iter().map(conn::entry).collect::<DirResult<_>>()?;
        let [entry] = entries.as_slice() else {
            if entries.len() > 1 {
                tracing::warn!(
                    "several pwdPolicy entries and no directory.policy_dn: the directory's policy is not read"
                );
            }
            return Ok(DirectoryPolicy::default());
        };
        let lockout = attr(entry, "pwdLockout").is_some_and(|v| v.eq_ignore_ascii_case("TRUE"));
        let quality: u32 = number(entry, "pwdCheckQuality").unwrap_or(0);
        Ok(DirectoryPolicy {
            // pwdMinLength is enforced only with quality checking on.
            min_length: number(entry, "pwdMinLength").filter(|_| quality > 0),
            history: number(entry, "pwdInHistory"),
            max_failures: number(entry, "pwdMaxFailure").filter(|_| lockout),
            min_age_secs: number(entry, "pwdMinAge"),
            lockout_secs: number(entry, "pwdLockoutDuration"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ppolicy_answers_parse() {
        // As slapd 2.5 sends them (seen with ldappasswd -e ppolicy).
        assert_eq!(
            ppolicy_error(&[0x30, 0x03, 0x81, 0x01, 0x06]),
            Some(PpolicyError::PasswordTooShort)
        );
        assert_eq!(
            ppolicy_error(&[0x30, 0x03, 0x81, 0x01, 0x08]),
            Some(PpolicyError::PasswordInHistory)
        );
        // A warning first, then the error.
        assert_eq!(
            ppolicy_error(&[0x30, 0x08, 0xa0, 0x03, 0x80, 0x01, 0x05, 0x81, 0x01, 0x01]),
            Some(PpolicyError::AccountLocked)
        );
        assert_eq!(ppolicy_error(&[0x30, 0x00]), None);
        for bad in [
            &[][..],
            &[0x30],
            &[0x30, 0x05, 0x81, 0x09, 0x01],
            &[0x30, 0x84, 0xff, 0xff, 0xff, 0xff],
        ] {
            assert_eq!(ppolicy_error(bad), None);
        }
    }
}
