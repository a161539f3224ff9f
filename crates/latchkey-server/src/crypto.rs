//! Secrets at rest. TOTP seeds are encrypted with AES-256-GCM under a key kept in a file (created
//! on first start with mode 0600; several instances on one PostgreSQL must share it through
//! `key_file`). Backup codes and one-time codes are stored as HMAC-SHA256 under a key derived from
//! the same file, so a stolen database alone cannot be brute-forced offline.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("key file {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("key file {path} must hold exactly 32 bytes")]
    Length { path: String },
}

#[derive(Clone)]
pub struct Vault {
    cipher: Arc<Aes256Gcm>,
    mac_key: Arc<[u8; 32]>,
    fingerprint_bytes: Arc<[u8; 32]>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(<redacted>)")
    }
}

/// Ciphertext that is not ours, or was tampered with.
#[derive(Debug, thiserror::Error)]
#[error("encrypted value cannot be decrypted with this key")]
pub struct DecryptError;

impl Vault {
    pub fn from_key(key: [u8; 32]) -> Vault {
        let mac_key: [u8; 32] = Sha256::digest([b"latchkey-mac-key:".as_slice(), &key].concat()).into();
        let fingerprint: [u8; 32] = Sha256::digest([b"latchkey-key-fingerprint:".as_slice(), &key].concat()).into();
        Vault {
            cipher: Arc::new(Aes256Gcm::new_from_slice(&key).expect("32-byte key")),
            mac_key: Arc::new(mac_key),
            fingerprint_bytes: Arc::new(fingerprint),
        }
    }

    /// Reads the key file, creating it (0600) with a fresh random key when missing.
    pub fn load_or_create(path: &Path) -> Result<Vault, KeyError> {
        let err = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        match std::fs::read(path) {
            Ok(bytes) => {
                let key: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Length {
                    path: path.display().to_string(),
                })?;
                Ok(Vault::from_key(key))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut key = [0u8; 32];
                getrandom::fill(&mut key).expect("the OS random source works");
                write_private(path, &key).map_err(err)?;
                Ok(Vault::from_key(key))
            }
            Err(e) => Err(err(e)),
        }
    }

    /// `v2:` base64(nonce ‖ ciphertext), with `row` (what the value belongs to, e.g. tenant, user
    /// and method id) as associated data: a sealed value copied into another row, by someone who
    /// can write the database but lacks the key, no longer opens.
    pub fn seal(&self, plaintext: &[u8], row: &str) -> String {
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce).expect("the OS random source works");
        let ct = self
            .cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: row.as_bytes(),
                },
            )
            .expect("AES-GCM encryption cannot fail");
        format!(
            "{SEALED_PREFIX}{}",
            base64::engine::general_purpose::STANDARD.encode([nonce.as_slice(), &ct].concat())
        )
    }

    /// Opens a value of [`Vault::seal`] for the same `row`; anything else (another row, the
    /// unbound format of [`Vault::encrypt`]) fails.
    pub fn open(&self, stored: &str, row: &str) -> Result<Vec<u8>, DecryptError> {
        let body = stored.strip_prefix(SEALED_PREFIX).ok_or(DecryptError)?;
        let (nonce, ct) = split_sealed(body)?;
        self.cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: ct.as_slice(),
                    aad: row.as_bytes(),
                },
            )
            .map_err(|_| DecryptError)
    }

    /// Whether `stored` is in the bound format of [`Vault::seal`].
    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(SEALED_PREFIX)
    }

    /// A fingerprint of the key, safe to store and show: it cannot be turned back into the key.
    /// Instances that share a database record it, so one started with another key is refused.
    pub fn fingerprint(&self) -> String {
        hex::encode(&self.fingerprint_bytes[..16])
    }

    /// base64(nonce ‖ ciphertext), bound to nothing; only read, to re-seal values stored before
    /// [`Vault::seal`] existed.
    pub fn encrypt(&self, plaintext: &[u8]) -> String {
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce).expect("the OS random source works");
        let ct = self
            .cipher
            .encrypt(&Nonce::from(nonce), plaintext)
            .expect("AES-GCM encryption cannot fail");
        base64::engine::general_purpose::STANDARD.encode([nonce.as_slice(), &ct].concat())
    }

    pub fn decrypt(&self, stored: &str) -> Result<Vec<u8>, DecryptError> {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(stored)
            .map_err(|_| DecryptError)?;
        if raw.len() < 12 + 16 {
            return Err(DecryptError);
        }
        let (nonce, ct) = raw.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| DecryptError)?;
        self.cipher.decrypt(&Nonce::from(nonce), ct).map_err(|_| DecryptError)
    }

    /// Keyed hash for codes: hex HMAC-SHA256 over a context and the value.
    pub fn mac(&self, context: &str, value: &str) -> String {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(self.mac_key.as_slice()).expect("any key length");
        m.update(context.as_bytes());
        m.update(&[0]);
        m.update(value.as_bytes());
        hex::encode(m.finalize().into_bytes())
    }

    /// Constant-time check of a value against a stored MAC.
    pub fn mac_matches(&self, context: &str, value: &str, stored_hex: &str) -> bool {
        let Ok(stored) = hex::decode(stored_hex) else {
            return false;
        };
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(self.mac_key.as_slice()).expect("any key length");
        m.update(context.as_bytes());
        m.update(&[0]);
        m.update(value.as_bytes());
        m.verify_slice(&stored).is_ok()
    }
}

const SEALED_PREFIX: &str = "v2:";

fn split_sealed(body: &str) -> Result<([u8; 12], Vec<u8>), DecryptError> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|_| DecryptError)?;
    if raw.len() < 12 + 16 {
        return Err(DecryptError);
    }
    let (nonce, ct) = raw.split_at(12);
    Ok((nonce.try_into().map_err(|_| DecryptError)?, ct.to_vec()))
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    std::io::Write::write_all(&mut opts.open(path)?, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_private_and_round_trips() {
        let dir = std::env::temp_dir().join(format!("lk-vault-{}", std::process::id()));
        let path = dir.join("secret.key");
        let v = Vault::load_or_create(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let sealed = v.encrypt(b"JBSWY3DPEHPK3PXP");
        assert!(!sealed.contains("JBSWY3DP"));
        let again = Vault::load_or_create(&path).unwrap();
        assert_eq!(again.decrypt(&sealed).unwrap(), b"JBSWY3DPEHPK3PXP");
        let other = Vault::from_key([7; 32]);
        assert!(other.decrypt(&sealed).is_err(), "another key cannot read it");
        let mac = v.mac("backup", "1234567890");
        assert!(v.mac_matches("backup", "1234567890", &mac));
        assert!(!v.mac_matches("backup", "1234567891", &mac));
        assert!(!v.mac_matches("other", "1234567890", &mac));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_sealed_value_opens_only_in_its_row() {
        let v = Vault::from_key([3; 32]);
        let sealed = v.seal(b"JBSWY3DPEHPK3PXP", "totp:t1:u1:m1");
        assert!(Vault::is_sealed(&sealed));
        assert_eq!(v.open(&sealed, "totp:t1:u1:m1").unwrap(), b"JBSWY3DPEHPK3PXP");
        assert!(v.open(&sealed, "totp:t1:u2:m1").is_err(), "another user's row");
        assert!(v.open(&sealed, "totp:t1:u1:m2").is_err(), "another method");
        assert!(Vault::from_key([4; 32]).open(&sealed, "totp:t1:u1:m1").is_err());
        let unbound = v.encrypt(b"JBSWY3DPEHPK3PXP");
        assert!(!Vault::is_sealed(&unbound));
        assert!(
            v.open(&unbound, "totp:t1:u1:m1").is_err(),
            "the old format is not accepted"
        );
    }

    #[test]
    fn fingerprints_tell_keys_apart_and_hide_them() {
        let a = Vault::from_key([1; 32]);
        assert_eq!(a.fingerprint(), Vault::from_key([1; 32]).fingerprint());
        assert_ne!(a.fingerprint(), Vault::from_key([2; 32]).fingerprint());
        assert_eq!(a.fingerprint().len(), 32);
        assert!(!a.fingerprint().contains(&hex::encode([1u8; 16])));
    }
}
