//! argon2id password hashing at the OWASP parameters (m = 19 MiB, t = 2, p = 1), with a dummy
//! verification for unknown users so timing does not reveal who exists.

use argon2::{Algorithm, Argon2, Params, PasswordHasher as _, PasswordVerifier as _, Version};
use std::sync::Arc;

/// OWASP Password Storage Cheat Sheet minimum for argon2id.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

#[derive(Clone)]
pub struct Hasher {
    params: Params,
    dummy: Arc<String>,
    /// About one hash per core at a time: argon2 is memory-hard, and dozens running at once
    /// thrash the caches and lower throughput for everyone.
    slots: Arc<tokio::sync::Semaphore>,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hasher").field("params", &self.params).finish()
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Hasher::new(MEMORY_KIB, ITERATIONS, PARALLELISM)
    }
}

impl Hasher {
    pub fn new(m_kib: u32, t: u32, p: u32) -> Hasher {
        let params = Params::new(m_kib, t, p, None).expect("valid argon2 parameters");
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let mut h = Hasher {
            params,
            dummy: Arc::new(String::new()),
            // One spare slot keeps the cores busy while a finished hash hands over to the next.
            slots: Arc::new(tokio::sync::Semaphore::new(cores + 1)),
        };
        h.dummy = Arc::new(h.hash("latchkey-dummy-password-for-timing"));
        h
    }

    fn argon(&self) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
    }

    /// PHC string of the (already normalized) password with a fresh 16-byte salt.
    pub fn hash(&self, password: &str) -> String {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).expect("the OS random source works");
        self.argon()
            .hash_password_with_salt(password.as_bytes(), &salt)
            .expect("argon2 with valid parameters and salt cannot fail")
            .to_string()
    }

    /// Constant-time verification; a malformed stored hash never matches.
    pub fn verify(&self, phc: &str, password: &str) -> bool {
        self.argon().verify_password(password.as_bytes(), phc).is_ok()
    }

    /// Does the work of one verification against a hash nobody has, so the unknown-user path
    /// costs the same as the known-user path.
    pub fn dummy_verify(&self, password: &str) {
        let _ = self.verify(&self.dummy, password);
    }

    pub async fn hash_async(&self, password: String) -> String {
        let _slot = self.slots.acquire().await.expect("the semaphore is never closed");
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.hash(&password))
            .await
            .expect("hashing task does not panic")
    }

    pub async fn verify_async(&self, phc: String, password: String) -> bool {
        let _slot = self.slots.acquire().await.expect("the semaphore is never closed");
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.verify(&phc, &password))
            .await
            .unwrap_or(false)
    }

    pub async fn dummy_verify_async(&self, password: String) {
        let _slot = self.slots.acquire().await.expect("the semaphore is never closed");
        let me = self.clone();
        let _ = tokio::task::spawn_blocking(move || me.dummy_verify(&password)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_owasp_salted_and_verify() {
        let h = Hasher::default();
        let a = h.hash("correct horse");
        let b = h.hash("correct horse");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "salts differ");
        assert!(h.verify(&a, "correct horse"));
        assert!(!h.verify(&a, "correct horsf"));
        assert!(!h.verify("not a hash", "x"));
    }
}
