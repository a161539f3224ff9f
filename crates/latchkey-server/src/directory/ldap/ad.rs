//! Active Directory (`flavor = "active-directory"`): what differs from a plain LDAP server.
//!
//! - Passwords live in `unicodePwd`, written as the UTF-16LE bytes of the password in double
//!   quotes, and AD accepts that only over an encrypted connection: `ldaps://` or StartTLS.
//!   A plain `ldap://` URL is refused when the configuration loads.
//! - A reset by the service account is a `replace`, sent with the password-history
//!   policy-hints control ([`POLICY_HINTS_OID`], not critical) so Windows applies history on a
//!   reset too (Samba ignores the control and skips history on resets). A user's own change is
//!   `delete` old + `add` new, bound as the user: AD then checks the old password, history,
//!   length, complexity and minimum age itself.
//! - Unlock is `replace lockoutTime: 0`.
//! - Account state: `userAccountControl` (disabled), `accountExpires`, `adminCount=1`
//!   (protected), the computed `msDS-User-Account-Control-Computed` (locked, password expired),
//!   `lockoutTime`, `pwdLastSet` (0 = must change), and "user cannot change password", which AD
//!   does not store as a flag (writing `UF_PASSWD_CANT_CHANGE` is ignored): it is a deny ACE for
//!   the Change Password right on the user's security descriptor, read from
//!   `nTSecurityDescriptor` with the SD-flags control.
//! - Policy: the domain root (`minPwdLength`, `pwdHistoryLength`, `minPwdAge`,
//!   `lockoutThreshold`, `lockoutDuration`), overridden for a user by the fine-grained password
//!   settings object (PSO) `msDS-ResultantPSO` names.
//! - AD explains failures in the diagnostic text: a hex Win32 code (`0000052D` constraint
//!   violation) and, for binds, `data 775` (locked) and friends; [`password_write_error`] and
//!   [`bind_answer`] turn those into our specific errors.
//! - The stable id is `objectGUID`, as its canonical text (the first three groups are stored
//!   little-endian).

use super::{BindRefusal, Flavor, Settings, conn, domain_of};
use crate::directory::{AccountState, DirResult, DirectoryError, DirectoryPolicy, DirectoryUser, LOCKED_FOREVER};
use async_trait::async_trait;
use latchkey_proto::Secret;
use ldap3::controls::RawControl;
use ldap3::{Ldap, LdapResult, Mod, Scope, SearchEntry};
use std::collections::HashSet;

/// LDAP_SERVER_POLICY_HINTS_OID: "apply the password policy (history) to this reset".
pub const POLICY_HINTS_OID: &str = "1.2.840.113556.1.4.2239";
/// LDAP_SERVER_SD_FLAGS_OID: which parts of `nTSecurityDescriptor` to return.
pub const SD_FLAGS_OID: &str = "1.2.840.113556.1.4.801";

/// The attributes read for every user, besides the configured login/contact ones.
pub const USER_ATTRS: &[&str] = &[
    "objectGUID",
    "sAMAccountName",
    "userPrincipalName",
    "displayName",
    "userAccountControl",
    "msDS-User-Account-Control-Computed",
    "accountExpires",
    "adminCount",
    "lockoutTime",
    "pwdLastSet",
    "msDS-ResultantPSO",
    "nTSecurityDescriptor",
];

/// The domain root's password and lockout rules.
pub const DOMAIN_POLICY_ATTRS: &[&str] = &[
    "minPwdLength",
    "pwdHistoryLength",
    "minPwdAge",
    "lockoutThreshold",
    "lockoutDuration",
];

/// A fine-grained password settings object's rules.
pub const PSO_ATTRS: &[&str] = &[
    "msDS-MinimumPasswordLength",
    "msDS-PasswordHistoryLength",
    "msDS-MinimumPasswordAge",
    "msDS-LockoutThreshold",
    "msDS-LockoutDuration",
];

// userAccountControl and msDS-User-Account-Control-Computed bits.
const UF_ACCOUNTDISABLE: u32 = 0x2;
const UF_LOCKOUT: u32 = 0x10;
const UF_PASSWD_CANT_CHANGE: u32 = 0x40;
const UF_DONT_EXPIRE_PASSWD: u32 = 0x1_0000;
const UF_PASSWORD_EXPIRED: u32 = 0x80_0000;

/// Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const FILETIME_UNIX_OFFSET: i64 = 11_644_473_600;
/// `accountExpires` / intervals meaning "never".
const NEVER: i64 = i64::MAX;

/// `unicodePwd`'s value: the password in double quotes, as UTF-16LE.
pub fn encode_password(password: &str) -> Vec<u8> {
    // The quoted copy is a Secret so it is wiped when dropped.
    let quoted = Secret::new(format!("\"{password}\""));
    quoted.expose().encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// The policy-hints control (non-critical, value `SEQUENCE { INTEGER 1 }`): Windows applies
/// password history to the reset it rides on; servers that do not know it ignore it.
pub fn policy_hints_control() -> RawControl {
    RawControl {
        ctype: POLICY_HINTS_OID.into(),
        crit: false,
        val: Some(vec![0x30, 0x03, 0x02, 0x01, 0x01]),
    }
}

/// The SD-flags control asking for the DACL only (`SEQUENCE { INTEGER 4 }`), which any
/// account with read-control on the user may read (owner, group and SACL need more).
pub fn sd_flags_control() -> RawControl {
    RawControl {
        ctype: SD_FLAGS_OID.into(),
        crit: false,
        val: Some(vec![0x30, 0x03, 0x02, 0x01, 0x04]),
    }
}

/// A reset by the service account: replace the password.
pub fn reset_mods(new: &str) -> Vec<Mod<Vec<u8>>> {
    vec![Mod::Replace(
        b"unicodePwd".to_vec(),
        HashSet::from([encode_password(new)]),
    )]
}

/// A user's own change: delete the old value and add the new one in one modify, so AD checks
/// the old password and the user's change right.
pub fn change_mods(current: &str, new: &str) -> Vec<Mod<Vec<u8>>> {
    vec![
        Mod::Delete(b"unicodePwd".to_vec(), HashSet::from([encode_password(current)])),
        Mod::Add(b"unicodePwd".to_vec(), HashSet::from([encode_password(new)])),
    ]
}

/// Unlock: `lockoutTime: 0` (AD also clears the bad-password count).
pub fn unlock_mods() -> Vec<Mod<Vec<u8>>> {
    vec![Mod::Replace(b"lockoutTime".to_vec(), HashSet::from([b"0".to_vec()]))]
}

/// The first value of an attribute as bytes, wherever ldap3 put it (values that happen to be
/// valid UTF-8 land in `attrs`, the others in `bin_attrs`).
pub fn first_bytes<'a>(entry: &'a SearchEntry, attr: &str) -> Option<&'a [u8]> {
    let find = |key: &str| {
        entry
            .bin_attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .and_then(|(_, v)| v.first().map(Vec::as_slice))
            .or_else(|| {
                entry
                    .attrs
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(key))
                    .and_then(|(_, v)| v.first().map(String::as_bytes))
            })
    };
    find(attr)
}

/// The first value of a text attribute.
pub fn first_text<'a>(entry: &'a SearchEntry, attr: &str) -> Option<&'a str> {
    entry
        .attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(attr))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

fn first_i64(entry: &SearchEntry, attr: &str) -> Option<i64> {
    first_text(entry, attr).and_then(|v| v.trim().parse().ok())
}

/// `objectGUID` (16 bytes) as canonical text: `{Data1 LE}-{Data2 LE}-{Data3 LE}-{8 bytes}`.
pub fn guid_text(bytes: &[u8]) -> Option<String> {
    let b: &[u8; 16] = bytes.try_into().ok()?;
    Some(format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{}",
        b[3],
        b[2],
        b[1],
        b[0],
        b[5],
        b[4],
        b[7],
        b[6],
        b[8],
        b[9],
        hex::encode(&b[10..])
    ))
}

/// The bytes of a canonical GUID text (the inverse of [`guid_text`]).
pub fn guid_bytes(text: &str) -> Option<[u8; 16]> {
    let hexed: String = text.chars().filter(|c| *c != '-').collect();
    if hexed.len() != 32 || text.len() != 36 {
        return None;
    }
    let raw = hex::decode(hexed).ok()?;
    let mut b = [0u8; 16];
    b[..4].copy_from_slice(&[raw[3], raw[2], raw[1], raw[0]]);
    b[4..6].copy_from_slice(&[raw[5], raw[4]]);
    b[6..8].copy_from_slice(&[raw[7], raw[6]]);
    b[8..].copy_from_slice(&raw[8..]);
    Some(b)
}

/// An LDAP filter matching the user with this stable id (`objectGUID` as escaped bytes).
pub fn guid_filter(id: &str) -> Option<String> {
    let bytes = guid_bytes(id)?;
    let escaped: String = bytes.iter().map(|b| format!("\\{b:02x}")).collect();
    Some(format!("(objectGUID={escaped})"))
}

/// A FILETIME (100 ns since 1601) as Unix seconds.
pub fn filetime_to_unix(ft: i64) -> i64 {
    ft / 10_000_000 - FILETIME_UNIX_OFFSET
}

/// An AD interval (negative 100 ns ticks, e.g. `minPwdAge: -864000000000` = 1 day) in seconds.
/// `None` for "never"/"forever" (`-9223372036854775808`) and for 0.
fn interval_secs(v: i64) -> Option<u64> {
    if v == i64::MIN || v == 0 {
        None
    } else {
        Some(v.unsigned_abs() / 10_000_000)
    }
}

/// A user entry's account state at `now` (Unix seconds). `lockout_secs` is how long a lock
/// lasts for this user (its PSO or the domain's; `None` = until an administrator unlocks).
pub fn account_state(entry: &SearchEntry, now: i64, lockout_secs: Option<u64>) -> AccountState {
    let uac = first_i64(entry, "userAccountControl").unwrap_or(0) as u32;
    let computed = first_i64(entry, "msDS-User-Account-Control-Computed").map(|v| v as u32);
    let expires = first_i64(entry, "accountExpires").unwrap_or(0);
    let expired = expires != 0 && expires != NEVER && filetime_to_unix(expires) <= now;
    let lockout_time = first_i64(entry, "lockoutTime").unwrap_or(0);
    let locked_until = if lockout_time > 0 {
        let until = match lockout_secs {
            Some(secs) => filetime_to_unix(lockout_time).saturating_add(secs as i64),
            None => LOCKED_FOREVER,
        };
        // The computed flag is the DC's own verdict (it knows the user's PSO); when it is
        // there and says "not locked", the lock has run out even if lockoutTime is still set.
        match computed {
            Some(c) if c & UF_LOCKOUT == 0 => None,
            Some(_) => Some(until.max(now + 1)),
            None => Some(until),
        }
    } else {
        None
    };
    let pwd_last_set = first_i64(entry, "pwdLastSet");
    let must_change = pwd_last_set == Some(0)
        || computed.is_some_and(|c| c & UF_PASSWORD_EXPIRED != 0 && uac & UF_DONT_EXPIRE_PASSWD == 0);
    AccountState {
        disabled: uac & UF_ACCOUNTDISABLE != 0,
        expired,
        cannot_change_password: uac & UF_PASSWD_CANT_CHANGE != 0
            || first_bytes(entry, "nTSecurityDescriptor").is_some_and(denies_change_password),
        protected: first_i64(entry, "adminCount") == Some(1),
        locked_until,
        must_change_password: must_change,
    }
}

/// The rules on the domain root.
pub fn domain_policy(entry: &SearchEntry) -> DirectoryPolicy {
    DirectoryPolicy {
        min_length: first_i64(entry, "minPwdLength").map(|v| v.max(0) as u32),
        history: first_i64(entry, "pwdHistoryLength").map(|v| v.max(0) as u32),
        max_failures: first_i64(entry, "lockoutThreshold").map(|v| v.max(0) as u32),
        min_age_secs: first_i64(entry, "minPwdAge").map(|v| interval_secs(v).unwrap_or(0)),
        lockout_secs: first_i64(entry, "lockoutDuration").map(|v| interval_secs(v).unwrap_or(0)),
    }
}

/// The rules of a PSO. Returns `None` when the entry carries none of them: the service account
/// may see the PSO but not read its attributes (the README's delegation grants that).
pub fn pso_policy(entry: &SearchEntry) -> Option<DirectoryPolicy> {
    let p = DirectoryPolicy {
        min_length: first_i64(entry, "msDS-MinimumPasswordLength").map(|v| v.max(0) as u32),
        history: first_i64(entry, "msDS-PasswordHistoryLength").map(|v| v.max(0) as u32),
        max_failures: first_i64(entry, "msDS-LockoutThreshold").map(|v| v.max(0) as u32),
        min_age_secs: first_i64(entry, "msDS-MinimumPasswordAge").map(|v| interval_secs(v).unwrap_or(0)),
        lockout_secs: first_i64(entry, "msDS-LockoutDuration").map(|v| interval_secs(v).unwrap_or(0)),
    };
    (p != DirectoryPolicy::default()).then_some(p)
}

/// A user's rules: the PSO replaces the domain's rules wholesale (that is AD's semantics: the
/// resultant PSO wins, it is not merged with the domain policy).
pub fn pso_over_domain(domain: &DirectoryPolicy, pso: Option<&DirectoryPolicy>) -> DirectoryPolicy {
    match pso {
        Some(p) => DirectoryPolicy {
            min_length: p.min_length.or(domain.min_length),
            history: p.history.or(domain.history),
            max_failures: p.max_failures.or(domain.max_failures),
            min_age_secs: p.min_age_secs.or(domain.min_age_secs),
            lockout_secs: p.lockout_secs.or(domain.lockout_secs),
        },
        None => domain.clone(),
    }
}

/// How long a lock lasts under a policy: `None` = until an administrator unlocks
/// (AD's `lockoutDuration` of "forever" or 0).
pub fn lock_duration(policy: &DirectoryPolicy) -> Option<u64> {
    policy.lockout_secs.filter(|s| *s > 0)
}

/// The Win32 code at the start of AD's diagnostic text (`0000052D: Constraint violation - …`).
fn win32_code(text: &str) -> Option<u32> {
    let head = text.split(':').next()?.trim();
    (head.len() == 8).then(|| u32::from_str_radix(head, 16).ok()).flatten()
}

/// The `data NNN` sub-code of a failed bind (`80090308: LdapErr: …, data 775, v1db1`).
pub fn bind_data(text: &str) -> Option<u32> {
    let rest = text.split("data ").nth(1)?;
    let code: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    u32::from_str_radix(&code, 16).ok()
}

/// What the answer to a user's simple bind means (see [`Flavor::bind_result`]). AD names the
/// reason in the text (`data 775`); all but "wrong password" and "locked" are said only when
/// the password was right, so naming them tells nothing to someone guessing.
pub fn bind_answer(rc: u32, text: &str) -> Result<bool, BindRefusal> {
    match (rc, bind_data(text)) {
        (0, _) => Ok(false),
        // 532 password expired, 773 must change at next logon: the password is right, but AD
        // refuses the bind itself; the change then runs on a service connection.
        (49, Some(0x532 | 0x773)) => Ok(true),
        (49, Some(0x533)) => Err(BindRefusal::Error(DirectoryError::AccountDisabled)),
        (49, Some(0x701)) => Err(BindRefusal::Error(DirectoryError::AccountExpired)),
        (49, Some(0x530 | 0x531)) => Err(BindRefusal::Error(DirectoryError::Refused(format!(
            "logon hours or workstation restriction: {text}"
        )))),
        // Locked: AD says so whatever the password, so it is not named to the client.
        (49, Some(0x775)) => Err(BindRefusal::Invalid("locked")),
        (49, _) => Err(BindRefusal::Invalid("bad_password")),
        (53, _) => Err(BindRefusal::Error(DirectoryError::Refused(format!(
            "the directory wants an encrypted connection: {text}"
        )))),
        _ => Err(BindRefusal::Error(DirectoryError::Refused(format!(
            "bind failed ({rc}): {text}"
        )))),
    }
}

/// The number in Samba's "…should be equal or longer than 7 characters!".
fn figure_after(text: &str, marker: &str) -> Option<u32> {
    let rest = &text[text.find(marker)? + marker.len()..];
    let digits: String = rest.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// What a refused `unicodePwd` write means.
pub fn password_write_error(rc: u32, text: &str) -> DirectoryError {
    let lower = text.to_ascii_lowercase();
    // 0000052D ERROR_PASSWORD_RESTRICTION (constraint violation, 19): Samba says which rule;
    // Windows does not, so there the rest falls to the generic quality refusal.
    if lower.contains("too short") {
        return DirectoryError::PasswordTooShort {
            min: figure_after(&lower, "longer than"),
        };
    }
    if lower.contains("(in history)") || lower.contains("already used") {
        return DirectoryError::PasswordInHistory { count: None };
    }
    if lower.contains("too young") {
        return DirectoryError::PasswordTooYoung { min_age_secs: None };
    }
    if lower.contains("complexity") {
        return DirectoryError::PasswordQuality(text.to_string());
    }
    match (rc, win32_code(text)) {
        // 00000056 ERROR_INVALID_PASSWORD: the current password given with a change is wrong.
        (_, Some(0x56)) => DirectoryError::InvalidCredentials,
        // A deny ACE on Change Password: "insufficient access" from Windows, a constraint
        // violation from Samba's acl module.
        (50, _) => DirectoryError::CannotChangePassword,
        (19, _) if lower.contains("module acl") => DirectoryError::CannotChangePassword,
        (19, _) | (_, Some(0x52d)) => DirectoryError::PasswordQuality(text.to_string()),
        // unwillingToPerform: AD's answer to a password write over an unencrypted connection.
        (53, _) => DirectoryError::Refused(format!("password write refused: {text}")),
        (49, _) => DirectoryError::InvalidCredentials,
        _ => conn::classify(
            ldap3::LdapError::LdapResult {
                result: LdapResult {
                    rc,
                    matched: String::new(),
                    text: text.to_string(),
                    refs: Vec::new(),
                    ctrls: Vec::new(),
                },
            },
            std::time::Duration::from_secs(1),
        ),
    }
}

/// Whether a self-relative security descriptor denies Everyone or SELF the Change Password
/// right: ADUC's "User cannot change password". Malformed input answers `false` (AD itself
/// still refuses the change then, and that refusal is mapped too).
pub fn denies_change_password(sd: &[u8]) -> bool {
    const CHANGE_PASSWORD: [u8; 16] = match guid_bytes_const("ab721a53-1e2f-11d0-9819-00aa0040529b") {
        Some(b) => b,
        None => [0; 16],
    };
    const EVERYONE: &[u8] = &[1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
    const SELF: &[u8] = &[1, 1, 0, 0, 0, 0, 0, 5, 10, 0, 0, 0];
    const ACCESS_DENIED_OBJECT_ACE: u8 = 0x06;
    const INHERIT_ONLY: u8 = 0x08;
    const CONTROL_ACCESS: u32 = 0x100;
    const OBJECT_TYPE_PRESENT: u32 = 0x1;
    const INHERITED_OBJECT_TYPE_PRESENT: u32 = 0x2;

    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|s| u16::from_le_bytes([s[0], s[1]]));
    let u32_at = |b: &[u8], i: usize| b.get(i..i + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]));

    // SECURITY_DESCRIPTOR_RELATIVE: revision, sbz1, control (2), owner, group, sacl, dacl (4 each).
    let Some(dacl_at) = u32_at(sd, 16).map(|v| v as usize).filter(|v| *v != 0) else {
        return false;
    };
    let (Some(acl_size), Some(ace_count)) = (u16_at(sd, dacl_at + 2), u16_at(sd, dacl_at + 4)) else {
        return false;
    };
    let Some(acl) = sd.get(dacl_at..dacl_at + acl_size as usize) else {
        return false;
    };
    let mut at = 8;
    for _ in 0..ace_count {
        let (Some(&ace_type), Some(&ace_flags), Some(ace_size)) = (acl.get(at), acl.get(at + 1), u16_at(acl, at + 2))
        else {
            return false;
        };
        let ace_size = ace_size as usize;
        let Some(ace) = acl.get(at..at + ace_size).filter(|_| ace_size >= 4) else {
            return false;
        };
        if ace_type == ACCESS_DENIED_OBJECT_ACE
            && ace_flags & INHERIT_ONLY == 0
            && let (Some(mask), Some(flags)) = (u32_at(ace, 4), u32_at(ace, 8))
        {
            let mut p = 12;
            let object_type = if flags & OBJECT_TYPE_PRESENT != 0 {
                let t = ace.get(p..p + 16);
                p += 16;
                t
            } else {
                None
            };
            if flags & INHERITED_OBJECT_TYPE_PRESENT != 0 {
                p += 16;
            }
            // SID: revision, sub-authority count, 6-byte authority, 4 bytes per sub-authority.
            let sid = ace.get(p..).and_then(|s| s.get(..8 + 4 * usize::from(*s.get(1)?)));
            if mask & CONTROL_ACCESS != 0
                && object_type == Some(&CHANGE_PASSWORD[..])
                && sid.is_some_and(|s| s == EVERYONE || s == SELF)
            {
                return true;
            }
        }
        at += ace_size;
    }
    false
}

/// The Active Directory flavor.
#[derive(Debug, Clone, Copy)]
pub struct ActiveDirectory;

fn result_error(result: LdapResult, settings: &Settings) -> DirectoryError {
    conn::classify(ldap3::LdapError::LdapResult { result }, settings.timeout())
}

/// The entry at `dn` (base search) with `attrs`; `None` when it is not there or not readable.
async fn read_entry(
    ldap: &mut Ldap,
    settings: &Settings,
    dn: &str,
    attrs: &[&str],
    controls: Vec<RawControl>,
) -> DirResult<Option<SearchEntry>> {
    let t = settings.timeout();
    let found = settings
        .endpoint
        .bounded(ldap.with_controls(controls).with_timeout(t).search(
            dn,
            Scope::Base,
            "(objectClass=*)",
            attrs.to_vec(),
        ))
        .await?;
    match found.1.rc {
        0 => {}
        // noSuchObject
        32 => return Ok(None),
        _ => return Err(result_error(found.1, settings)),
    }
    match found.0.into_iter().next() {
        Some(re) => Ok(Some(conn::entry(re)?)),
        None => Ok(None),
    }
}

#[async_trait]
impl Flavor for ActiveDirectory {
    fn name(&self) -> &'static str {
        "active-directory"
    }

    /// Never: AD takes `unicodePwd` only over TLS, on loopback too.
    fn plain_on_loopback(&self) -> bool {
        false
    }

    fn user_class_filter(&self) -> &'static str {
        "(&(objectCategory=person)(objectClass=user))"
    }

    fn login_attributes(&self) -> &'static [&'static str] {
        &["sAMAccountName", "userPrincipalName", "mail"]
    }

    fn display_name_attribute(&self) -> &'static str {
        "displayName"
    }

    fn id_attribute(&self) -> &'static str {
        "objectGUID"
    }

    fn stable_id(&self, entry: &SearchEntry) -> Option<String> {
        first_bytes(entry, "objectGUID").and_then(guid_text)
    }

    fn id_filter(&self, id: &str) -> String {
        // An id that is no GUID matches nothing (it never came from this directory).
        guid_filter(id).unwrap_or_else(|| "(&(objectClass=user)(!(objectClass=user)))".into())
    }

    fn state_attributes(&self) -> &'static [&'static str] {
        USER_ATTRS
    }

    fn search_controls(&self) -> Vec<RawControl> {
        vec![sd_flags_control()]
    }

    fn account_state(&self, entry: &SearchEntry, now: i64, policy: &DirectoryPolicy) -> AccountState {
        account_state(entry, now, lock_duration(policy))
    }

    /// Every group the user is in, nested ones too (the in-chain matching rule), by `cn`.
    async fn groups(&self, ldap: &mut Ldap, settings: &Settings, entry: &SearchEntry) -> DirResult<Vec<String>> {
        let filter = format!(
            "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={}))",
            ldap3::ldap_escape(&entry.dn)
        );
        let t = settings.timeout();
        let found = settings
            .endpoint
            .bounded(
                ldap.with_timeout(t)
                    .search(&settings.group_base, Scope::Subtree, &filter, vec!["cn"]),
            )
            .await?;
        if found.1.rc != 0 {
            return Err(result_error(found.1, settings));
        }
        let mut groups = Vec::new();
        for re in found.0 {
            if let Some(cn) = first_text(&conn::entry(re)?, "cn") {
                groups.push(cn.to_string());
            }
        }
        Ok(groups)
    }

    fn bind_controls(&self) -> Vec<RawControl> {
        Vec::new()
    }

    fn bind_result(&self, result: &LdapResult) -> Result<bool, BindRefusal> {
        bind_answer(result.rc, &result.text)
    }

    /// Whether the bind of a user whose password must be changed succeeded: AD refuses it
    /// (773/532), so the change runs on a service connection, where AD still checks the
    /// current password (the `delete` value) and the user's Change Password right.
    fn bound_when_password_must_change(&self) -> bool {
        false
    }

    async fn change_password(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        user: &DirectoryUser,
        current: &str,
        new: &str,
    ) -> DirResult<()> {
        let dn = user.dn.as_deref().ok_or(DirectoryError::NotFound)?;
        let t = settings.timeout();
        let result = settings
            .endpoint
            .bounded(ldap.with_timeout(t).modify(dn, change_mods(current, new)))
            .await?;
        match result.rc {
            0 => Ok(()),
            rc => Err(password_write_error(rc, &result.text)),
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
        let mut mods = reset_mods(new);
        if must_change {
            // pwdLastSet 0: "must change password at next logon" (a temporary password).
            mods.push(Mod::Replace(b"pwdLastSet".to_vec(), HashSet::from([b"0".to_vec()])));
        }
        let t = settings.timeout();
        let result = settings
            .endpoint
            .bounded(
                ldap.with_controls(policy_hints_control())
                    .with_timeout(t)
                    .modify(dn, mods),
            )
            .await?;
        match result.rc {
            0 => Ok(()),
            rc => Err(password_write_error(rc, &result.text)),
        }
    }

    async fn unlock(&self, ldap: &mut Ldap, settings: &Settings, user: &DirectoryUser) -> DirResult<()> {
        let dn = user.dn.as_deref().ok_or(DirectoryError::NotFound)?;
        let t = settings.timeout();
        let result = settings
            .endpoint
            .bounded(ldap.with_timeout(t).modify(dn, unlock_mods()))
            .await?;
        match result.rc {
            0 => Ok(()),
            _ => Err(result_error(result, settings)),
        }
    }

    /// The domain's rules, from the domain root (or `policy_dn`).
    async fn policy(&self, ldap: &mut Ldap, settings: &Settings) -> DirResult<DirectoryPolicy> {
        let base = settings
            .policy_dn
            .clone()
            .unwrap_or_else(|| domain_of(&settings.user_base));
        match read_entry(ldap, settings, &base, DOMAIN_POLICY_ATTRS, Vec::new()).await? {
            Some(entry) => Ok(domain_policy(&entry)),
            None => Err(DirectoryError::Refused(format!(
                "the domain root {base} cannot be read for the password policy"
            ))),
        }
    }

    /// The user's rules: the domain's, or those of the fine-grained password policy (PSO) the
    /// DC computes for the user (`msDS-ResultantPSO`), which replaces them.
    async fn user_policy(
        &self,
        ldap: &mut Ldap,
        settings: &Settings,
        user: &DirectoryUser,
        domain: &DirectoryPolicy,
    ) -> DirResult<DirectoryPolicy> {
        let dn = user.dn.as_deref().ok_or(DirectoryError::NotFound)?;
        let Some(entry) = read_entry(ldap, settings, dn, &["msDS-ResultantPSO"], Vec::new()).await? else {
            return Ok(domain.clone());
        };
        let Some(pso_dn) = first_text(&entry, "msDS-ResultantPSO") else {
            return Ok(domain.clone());
        };
        let pso = read_entry(ldap, settings, pso_dn, PSO_ATTRS, Vec::new())
            .await?
            .as_ref()
            .and_then(pso_policy);
        match pso {
            Some(p) => Ok(pso_over_domain(domain, Some(&p))),
            None => {
                tracing::warn!(
                    pso = pso_dn,
                    "the service account cannot read the fine-grained password policy; the domain policy is shown \
                     instead (grant it Read on CN=Password Settings Container)"
                );
                Ok(domain.clone())
            }
        }
    }
}

/// [`guid_bytes`] at compile time, for constants.
const fn guid_bytes_const(text: &str) -> Option<[u8; 16]> {
    let t = text.as_bytes();
    if t.len() != 36 {
        return None;
    }
    let mut raw = [0u8; 16];
    let mut i = 0;
    let mut n = 0;
    while i < t.len() {
        if t[i] == b'-' {
            i += 1;
            continue;
        }
        let hi = match hex_val(t[i]) {
            Some(v) => v,
            None => return None,
        };
        let lo = match hex_val(t[i + 1]) {
            Some(v) => v,
            None => return None,
        };
        raw[n] = hi << 4 | lo;
        n += 1;
        i += 2;
    }
    Some([
        raw[3], raw[2], raw[1], raw[0], raw[5], raw[4], raw[7], raw[6], raw[8], raw[9], raw[10], raw[11], raw[12],
        raw[13], raw[14], raw[15],
    ])
}

const fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn entry(attrs: &[(&str, &str)]) -> SearchEntry {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for (k, v) in attrs {
            map.entry(k.to_string()).or_default().push(v.to_string());
        }
        SearchEntry {
            dn: "CN=x,CN=Users,DC=contoso,DC=test".into(),
            attrs: map,
            bin_attrs: HashMap::new(),
        }
    }

    #[test]
    fn password_is_quoted_utf16le() {
        assert_eq!(
            encode_password("Ab1é"),
            vec![0x22, 0, 0x41, 0, 0x62, 0, 0x31, 0, 0xe9, 0, 0x22, 0]
        );
    }

    #[test]
    fn controls_carry_their_ber_values() {
        let c = policy_hints_control();
        assert_eq!((c.ctype.as_str(), c.crit), ("1.2.840.113556.1.4.2239", false));
        assert_eq!(c.val.unwrap(), [0x30, 3, 2, 1, 1]);
        assert_eq!(sd_flags_control().val.unwrap(), [0x30, 3, 2, 1, 4]);
    }

    #[test]
    fn guid_text_round_trips_in_ad_byte_order() {
        // objectGUID:: guN09hxSjka1EpC/hsRoWQ== as stored on the wire.
        let bytes = [
            0x82, 0xe3, 0x74, 0xf6, 0x1c, 0x52, 0x8e, 0x46, 0xb5, 0x12, 0x90, 0xbf, 0x86, 0xc4, 0x68, 0x59,
        ];
        let text = guid_text(&bytes).unwrap();
        assert_eq!(text, "f674e382-521c-468e-b512-90bf86c46859");
        assert_eq!(guid_bytes(&text).unwrap(), bytes);
        assert_eq!(
            guid_filter(&text).unwrap(),
            "(objectGUID=\\82\\e3\\74\\f6\\1c\\52\\8e\\46\\b5\\12\\90\\bf\\86\\c4\\68\\59)"
        );
        assert!(guid_filter("not-a-guid)(objectClass=*").is_none());
        assert!(guid_text(&bytes[..15]).is_none());
    }

    #[test]
    fn account_state_reads_the_flags() {
        let now = 1_800_000_000;
        let ft = |unix: i64| ((unix + FILETIME_UNIX_OFFSET) * 10_000_000).to_string();
        let s = account_state(
            &entry(&[("userAccountControl", "514"), ("accountExpires", "0")]),
            now,
            None,
        );
        assert!(s.disabled && !s.expired && !s.protected && s.locked_until.is_none());
        let s = account_state(
            &entry(&[
                ("userAccountControl", "512"),
                ("accountExpires", &ft(now - 10)),
                ("adminCount", "1"),
                ("pwdLastSet", "0"),
            ]),
            now,
            None,
        );
        assert!(!s.disabled && s.expired && s.protected && s.must_change_password);
        let s = account_state(
            &entry(&[("accountExpires", "9223372036854775807"), ("pwdLastSet", "1")]),
            now,
            None,
        );
        assert!(!s.expired && !s.must_change_password);
        // Locked 60 s ago for 30 minutes.
        let locked = entry(&[
            ("lockoutTime", &ft(now - 60)),
            ("msDS-User-Account-Control-Computed", "16"),
        ]);
        assert_eq!(
            account_state(&locked, now, Some(1800)).locked_until,
            Some(now - 60 + 1800)
        );
        assert_eq!(account_state(&locked, now, None).locked_until, Some(LOCKED_FOREVER));
        // The DC says the lock ran out although lockoutTime is still set.
        let ran_out = entry(&[
            ("lockoutTime", &ft(now - 7200)),
            ("msDS-User-Account-Control-Computed", "0"),
        ]);
        assert_eq!(account_state(&ran_out, now, Some(1800)).locked_until, None);
        let s = account_state(&entry(&[("userAccountControl", "576")]), now, None);
        assert!(s.cannot_change_password);
    }

    #[test]
    fn policies_read_and_pso_wins() {
        let domain = domain_policy(&entry(&[
            ("minPwdLength", "7"),
            ("pwdHistoryLength", "24"),
            ("minPwdAge", "-864000000000"),
            ("lockoutThreshold", "5"),
            ("lockoutDuration", "-18000000000"),
        ]));
        assert_eq!(
            domain,
            DirectoryPolicy {
                min_length: Some(7),
                history: Some(24),
                max_failures: Some(5),
                min_age_secs: Some(86_400),
                lockout_secs: Some(1800),
            }
        );
        let pso = pso_policy(&entry(&[
            ("msDS-MinimumPasswordLength", "14"),
            ("msDS-PasswordHistoryLength", "3"),
            ("msDS-MinimumPasswordAge", "0"),
            ("msDS-LockoutThreshold", "3"),
            ("msDS-LockoutDuration", "-9223372036854775808"),
        ]))
        .unwrap();
        let user = pso_over_domain(&domain, Some(&pso));
        assert_eq!(
            (user.min_length, user.history, user.max_failures, user.min_age_secs),
            (Some(14), Some(3), Some(3), Some(0))
        );
        assert_eq!(lock_duration(&user), None, "forever: until an administrator unlocks");
        assert!(pso_policy(&entry(&[("cn", "unreadable")])).is_none());
    }

    #[test]
    fn ad_sub_codes_map_to_specific_errors() {
        let bind = |d: &str| {
            bind_answer(
                49,
                &format!("80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data {d}, v1db1"),
            )
        };
        assert!(matches!(bind_answer(0, ""), Ok(false)));
        assert!(matches!(bind("52e"), Err(BindRefusal::Invalid("bad_password"))));
        assert!(matches!(bind("525"), Err(BindRefusal::Invalid("bad_password"))));
        assert!(matches!(bind("775"), Err(BindRefusal::Invalid("locked"))));
        assert!(matches!(
            bind("533"),
            Err(BindRefusal::Error(DirectoryError::AccountDisabled))
        ));
        assert!(matches!(
            bind("701"),
            Err(BindRefusal::Error(DirectoryError::AccountExpired))
        ));
        assert!(matches!(bind("532"), Ok(true)));
        assert!(matches!(bind("773"), Ok(true)));

        let w = |t: &str| password_write_error(19, t);
        assert!(matches!(
            w(
                "0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!"
            ),
            DirectoryError::PasswordTooShort { min: Some(7) }
        ));
        assert!(matches!(
            w(
                "0000052D: Constraint violation - check_password_restrictions: the password was already used (in history)!"
            ),
            DirectoryError::PasswordInHistory { count: None }
        ));
        assert!(matches!(
            w("0000052D: Constraint violation - check_password_restrictions: password is too young to change!"),
            DirectoryError::PasswordTooYoung { .. }
        ));
        assert!(matches!(
            w(
                "0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!"
            ),
            DirectoryError::PasswordQuality(_)
        ));
        assert!(matches!(
            w("0000052D: SvcErr: DSID-03191083, problem 5003 (WILL_NOT_PERFORM), data 0"),
            DirectoryError::PasswordQuality(_)
        ));
        assert!(matches!(
            w(
                "00000056: Constraint violation - check_password_restrictions: the old password specified doesn't match!"
            ),
            DirectoryError::InvalidCredentials
        ));
        assert!(matches!(
            w("error in module acl: Constraint violation during LDB_MODIFY (19)"),
            DirectoryError::CannotChangePassword
        ));
        assert!(matches!(
            password_write_error(50, "00002098: insufficient access"),
            DirectoryError::CannotChangePassword
        ));
    }

    /// A self-relative descriptor with one DACL holding `aces`.
    fn descriptor(aces: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = aces.concat();
        let mut sd = vec![1, 0, 0x04, 0x80];
        sd.extend_from_slice(&[0; 12]); // no owner, group, SACL
        sd.extend_from_slice(&20u32.to_le_bytes());
        let acl_size = (8 + body.len()) as u16;
        sd.extend_from_slice(&[4, 0]);
        sd.extend_from_slice(&acl_size.to_le_bytes());
        sd.extend_from_slice(&(aces.len() as u16).to_le_bytes());
        sd.extend_from_slice(&[0, 0]);
        sd.extend_from_slice(&body);
        sd
    }

    fn object_ace(ace_type: u8, guid: &str, sid: &[u8]) -> Vec<u8> {
        let mut ace = vec![ace_type, 0, 0, 0];
        ace.extend_from_slice(&0x100u32.to_le_bytes());
        ace.extend_from_slice(&1u32.to_le_bytes());
        ace.extend_from_slice(&guid_bytes(guid).unwrap());
        ace.extend_from_slice(sid);
        let len = ace.len() as u16;
        ace[2..4].copy_from_slice(&len.to_le_bytes());
        ace
    }

    #[test]
    fn cannot_change_password_is_a_deny_ace() {
        let change = "ab721a53-1e2f-11d0-9819-00aa0040529b";
        let everyone = [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
        let self_sid = [1, 1, 0, 0, 0, 0, 0, 5, 10, 0, 0, 0];
        let users = [1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x21, 2, 0, 0];
        assert!(denies_change_password(&descriptor(&[object_ace(6, change, &everyone)])));
        assert!(denies_change_password(&descriptor(&[
            object_ace(5, change, &everyone),
            object_ace(6, change, &self_sid)
        ])));
        // An allow ACE, a deny for another right, or a deny for another group: not the checkbox.
        assert!(!denies_change_password(&descriptor(&[object_ace(
            5, change, &everyone
        )])));
        assert!(!denies_change_password(&descriptor(&[object_ace(
            6,
            "00299570-246d-11d0-a768-00aa006e0529",
            &everyone
        )])));
        assert!(!denies_change_password(&descriptor(&[object_ace(6, change, &users)])));
        // Garbage from the network never panics.
        for len in 0..64 {
            let sd = descriptor(&[object_ace(6, change, &everyone)]);
            let _ = denies_change_password(&sd[..len.min(sd.len())]);
        }
        assert!(!denies_change_password(&[0xff; 40]));
    }
}
