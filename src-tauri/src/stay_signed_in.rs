//! "Stay signed in" on personal machines (policy `allow_stay_signed_in`, never in kiosk mode):
//! the session token goes to the OS keyring through the `keyring` crate (Secret Service on
//! Linux, Credential Manager on Windows, Keychain on macOS), never to a file. The next start
//! resumes the session when the server still accepts it; signing out removes it. When the
//! keyring cannot be used the app says so (`keyring.unavailable`) and works without it.

use crate::error::CommandError;
use crate::machine_policy::MachinePolicy;
use latchkey_proto::Secret;

/// The keyring service name: the app's bundle identifier.
pub const SERVICE: &str = "org.latchkey.desktop";
pub const UNAVAILABLE: &str = "keyring.unavailable";

/// Whether this machine may keep a sign-in.
pub fn allowed(policy: &MachinePolicy) -> bool {
    policy.allow_stay_signed_in && !policy.kiosk
}

/// One entry per server and tenant.
fn entry(url: &str, tenant: &str) -> Result<keyring::Entry, CommandError> {
    keyring::Entry::new(SERVICE, &format!("{tenant}@{}", url.trim_end_matches('/'))).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> CommandError {
    crate::applog::log(
        crate::machine_policy::LogLevel::Warn,
        &format!("keyring unavailable: {}", kind(&e)),
    );
    CommandError::new(UNAVAILABLE)
}

/// The error's kind only: a keyring error never carries the secret, but keep the log terse.
fn kind(e: &keyring::Error) -> &'static str {
    match e {
        keyring::Error::PlatformFailure(_) => "platform failure",
        keyring::Error::NoStorageAccess(_) => "no storage access",
        keyring::Error::NoEntry => "no entry",
        _ => "other",
    }
}

pub fn save(url: &str, tenant: &str, token: &Secret) -> Result<(), CommandError> {
    entry(url, tenant)?.set_password(token.expose()).map_err(unavailable)
}

/// The kept token, if any.
pub fn load(url: &str, tenant: &str) -> Result<Option<Secret>, CommandError> {
    match entry(url, tenant)?.get_password() {
        Ok(t) => Ok(Some(Secret::new(t))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Removes the kept token; nothing kept is fine.
pub fn forget(url: &str, tenant: &str) -> Result<(), CommandError> {
    match entry(url, tenant)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against the real Secret Service: `./dev test` runs this inside `dbus-run-session` with an
    /// unlocked gnome-keyring and `LATCHKEY_TEST_KEYRING=secret-service`.
    #[test]
    fn keeps_reads_and_forgets_a_token_in_the_os_keyring() {
        if std::env::var("LATCHKEY_TEST_KEYRING").as_deref() != Ok("secret-service") {
            eprintln!("skipped: needs LATCHKEY_TEST_KEYRING=secret-service in a D-Bus session with gnome-keyring");
            return;
        }
        let url = format!("https://sspr.test/{}", std::process::id());
        assert_eq!(load(&url, "contoso").unwrap(), None);
        save(&url, "contoso", &Secret::new("tok-123")).unwrap();
        assert_eq!(load(&url, "contoso").unwrap().unwrap().expose(), "tok-123");
        assert_eq!(load(&url, "fabrikam").unwrap(), None, "per tenant");
        forget(&url, "contoso").unwrap();
        assert_eq!(load(&url, "contoso").unwrap(), None);
        forget(&url, "contoso").unwrap();
    }

    /// Without a Secret Service (`./dev test` runs this with no D-Bus session bus).
    #[test]
    fn says_so_when_the_keyring_is_unavailable() {
        if std::env::var("LATCHKEY_TEST_KEYRING").as_deref() != Ok("absent") {
            eprintln!("skipped: needs LATCHKEY_TEST_KEYRING=absent and no D-Bus session bus");
            return;
        }
        let err = save("https://sspr.test", "contoso", &Secret::new("t")).unwrap_err();
        assert_eq!(err.code, UNAVAILABLE);
        assert_eq!(load("https://sspr.test", "contoso").unwrap_err().code, UNAVAILABLE);
    }

    #[test]
    fn never_in_kiosk_mode() {
        let kiosk = MachinePolicy {
            kiosk: true,
            ..MachinePolicy::default()
        };
        assert!(!allowed(&kiosk));
        assert!(allowed(&MachinePolicy::default()));
    }
}
