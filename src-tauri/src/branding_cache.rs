//! Branding and password policy cached on disk with the ETag, so the app starts offline with the
//! tenant's look and rules. Holds nothing about any user, so kiosk mode may keep it too.

use latchkey_proto::{Branding, PasswordPolicy};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedTenant {
    pub etag: Option<String>,
    pub branding: Branding,
    pub policy: Option<PasswordPolicy>,
}

/// `LATCHKEY_CACHE_DIR`, else the OS cache dir.
pub fn dir() -> PathBuf {
    std::env::var_os("LATCHKEY_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::cache_dir().map(|d| d.join("latchkey")))
        .unwrap_or_else(|| std::env::temp_dir().join("latchkey-cache"))
}

fn file(dir: &Path, base_url: &str, tenant: &str) -> PathBuf {
    use sha2::Digest;
    let key = hex::encode(sha2::Sha256::digest(format!("{base_url}|{tenant}")));
    dir.join(format!("tenant-{}.json", &key[..16]))
}

pub fn load(dir: &Path, base_url: &str, tenant: &str) -> Option<CachedTenant> {
    let text = std::fs::read_to_string(file(dir, base_url, tenant)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Best effort: a read-only disk only costs the offline start.
pub fn store(dir: &Path, base_url: &str, tenant: &str, entry: &CachedTenant) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let path = file(dir, base_url, tenant);
    let tmp = path.with_extension("tmp");
    if let Ok(text) = serde_json::to_string(entry)
        && std::fs::write(&tmp, text).is_ok()
    {
        let _ = std::fs::rename(&tmp, &path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_proto::{Colors, Helpdesk};

    #[test]
    fn round_trips_per_server_and_tenant() {
        let dir = std::env::temp_dir().join(format!("lk-cache-test-{}", std::process::id()));
        let entry = CachedTenant {
            etag: Some("\"abc\"".into()),
            branding: Branding {
                name: "Contoso".into(),
                colors: Colors::default(),
                logo_url: None,
                sign_in_text: None,
                sign_in_text_translations: Default::default(),
                helpdesk: Helpdesk::default(),
                locales: vec!["en-US".into()],
            },
            policy: None,
        };
        store(&dir, "http://a", "contoso", &entry);
        assert_eq!(
            load(&dir, "http://a", "contoso").unwrap().etag.as_deref(),
            Some("\"abc\"")
        );
        assert!(load(&dir, "http://b", "contoso").is_none());
        let _ = std::fs::remove_dir_all(dir);
    }
}
