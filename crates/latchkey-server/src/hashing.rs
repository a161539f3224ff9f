//! argon2id password hashing at the OWASP parameters (m = 19 MiB, t = 2, p = 1), with a dummy
//! verification for unknown users so timing does not reveal who exists.
//!
//! Requests hash on a fixed pool of one thread per core. Each pool thread keeps its 19 MiB of
//! argon2 memory between hashes: allocating it per hash cost page faults and a 19 MiB memset
//! every time (about a tenth of each hash, measured). argon2 overwrites every block before
//! reading it, so reused memory gives the same results; freed memory held the same kind of
//! leftovers before.

use argon2::password_hash::phc::{Output, ParamsString, Salt};
use argon2::{Algorithm, Argon2, Block, Params, PasswordHash, Version};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};

/// OWASP Password Storage Cheat Sheet minimum for argon2id.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

/// argon2's working memory, reusable from one hash to the next on the same thread.
#[derive(Default)]
pub struct Scratch(Vec<Block>);

impl Scratch {
    /// At least `blocks` blocks. Memory is only ever grown, never zeroed: argon2 writes each
    /// block before it reads it.
    fn blocks(&mut self, blocks: usize) -> &mut [Block] {
        if self.0.len() < blocks {
            self.0 = vec![Block::default(); blocks];
        }
        &mut self.0[..blocks]
    }
}

type Job = Box<dyn FnOnce(&mut Scratch) + Send>;

static POOL_OPERATIONS: AtomicU64 = AtomicU64::new(0);

/// argon2 operations (hashes and verifications) the hashing threads have done since the
/// process started; benchmarks count the work per request with it.
pub fn pool_operations() -> u64 {
    POOL_OPERATIONS.load(Ordering::Relaxed)
}

/// The process-wide hashing threads: argon2 is CPU- and memory-bound, so one thread per core
/// gives the most hashes per second; more would only share the cores and thrash the caches.
struct Pool {
    jobs: Mutex<mpsc::Sender<Job>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("latchkey-argon2-{i}"))
                .spawn(move || {
                    let mut scratch = Scratch::default();
                    loop {
                        let job = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        let Ok(job) = job else { return };
                        POOL_OPERATIONS.fetch_add(1, Ordering::Relaxed);
                        // A panicking job drops its answer channel (the caller sees the failure);
                        // the thread stays for the next one.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut scratch)));
                    }
                })
                .expect("the OS starts a hashing thread");
        }
        Pool { jobs: Mutex::new(tx) }
    })
}

/// Runs `f` on a hashing thread and waits for it without blocking the async runtime.
async fn on_pool<T: Send + 'static>(f: impl FnOnce(&mut Scratch) -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move |scratch| {
        let _ = tx.send(f(scratch));
    });
    pool().jobs.lock().ok()?.send(job).ok()?;
    rx.await.ok()
}

#[derive(Clone)]
pub struct Hasher {
    params: Params,
    dummy: Arc<String>,
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
        let mut h = Hasher {
            params,
            dummy: Arc::new(String::new()),
        };
        h.dummy = Arc::new(h.hash("latchkey-dummy-password-for-timing"));
        h
    }

    /// PHC string of the (already normalized) password with a fresh 16-byte salt.
    pub fn hash(&self, password: &str) -> String {
        self.hash_in(password, &mut Scratch::default())
    }

    /// [`Hasher::hash`] in memory kept by the caller (one [`Scratch`] per thread).
    pub fn hash_in(&self, password: &str, scratch: &mut Scratch) -> String {
        let mut salt = [0u8; Salt::RECOMMENDED_LENGTH];
        getrandom::fill(&mut salt).expect("the OS random source works");
        let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
            .hash_password_into_with_memory(
                password.as_bytes(),
                &salt,
                &mut out,
                scratch.blocks(self.params.block_count()),
            )
            .expect("argon2 with valid parameters and salt cannot fail");
        PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&self.params).expect("the parameters encode"),
            salt: Some(Salt::new(&salt).expect("a 16-byte salt is valid")),
            hash: Some(Output::new(&out).expect("a 32-byte output is valid")),
        }
        .to_string()
    }

    /// Constant-time verification; a malformed stored hash never matches.
    pub fn verify(&self, phc: &str, password: &str) -> bool {
        self.verify_in(phc, password, &mut Scratch::default())
    }

    /// [`Hasher::verify`] in memory kept by the caller. The stored hash's own parameters are
    /// used, so hashes made with older parameters keep verifying.
    pub fn verify_in(&self, phc: &str, password: &str, scratch: &mut Scratch) -> bool {
        let Ok(parsed) = PasswordHash::new(phc) else {
            return false;
        };
        let (Some(salt), Some(expected)) = (&parsed.salt, &parsed.hash) else {
            return false;
        };
        let Ok(algorithm) = Algorithm::try_from(parsed.algorithm.as_str()) else {
            return false;
        };
        let Ok(version) = parsed.version.map(Version::try_from).transpose() else {
            return false;
        };
        let Ok(params) = Params::try_from(&parsed) else {
            return false;
        };
        let blocks = params.block_count();
        // Memory for an unusually large stored hash is not kept past this call.
        let mut oversized = Scratch::default();
        let scratch = if blocks > self.params.block_count() {
            &mut oversized
        } else {
            scratch
        };
        let mut out = vec![0u8; expected.len()];
        let argon = Argon2::new(algorithm, version.unwrap_or_default(), params);
        if argon
            .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, scratch.blocks(blocks))
            .is_err()
        {
            return false;
        }
        // `Output`'s equality is constant-time.
        Output::new(&out).is_ok_and(|computed| &computed == expected)
    }

    /// Does the work of one verification against a hash nobody has, so the unknown-user path
    /// costs the same as the known-user path.
    /// The hash [`Hasher::dummy_verify`] checks against: for stand-ins that must cost a real
    /// verification and never match.
    pub fn dummy_hash(&self) -> String {
        self.dummy.to_string()
    }

    pub fn dummy_verify(&self, password: &str) {
        let _ = self.verify(&self.dummy, password);
    }

    pub async fn hash_async(&self, password: String) -> String {
        let me = self.clone();
        on_pool(move |scratch| me.hash_in(&password, scratch))
            .await
            .expect("the hashing threads are running")
    }

    pub async fn verify_async(&self, phc: String, password: String) -> bool {
        let me = self.clone();
        on_pool(move |scratch| me.verify_in(&phc, &password, scratch))
            .await
            .unwrap_or(false)
    }

    pub async fn dummy_verify_async(&self, password: String) {
        let me = self.clone();
        let _ = on_pool(move |scratch| me.verify_in(&me.dummy, &password, scratch)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::{PasswordHasher as _, PasswordVerifier as _};

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

    /// Reused memory and the hand-built PHC string agree with the argon2 crate's own hashing
    /// and verification, both ways, so stored hashes stay valid.
    #[test]
    fn reused_memory_matches_the_crate() {
        let h = Hasher::new(64, 2, 1);
        let crate_argon = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(64, 2, 1, None).unwrap(),
        );
        let mut scratch = Scratch::default();
        for pw in ["first", "second password", ""] {
            let ours = h.hash_in(pw, &mut scratch);
            assert!(
                crate_argon
                    .verify_password(pw.as_bytes(), &PasswordHash::new(&ours).unwrap())
                    .is_ok()
            );
            let parsed = PasswordHash::new(&ours).unwrap();
            let again = crate_argon
                .hash_password_with_salt(pw.as_bytes(), parsed.salt.as_ref().unwrap())
                .unwrap()
                .to_string();
            assert_eq!(ours, again, "same salt, same PHC string");
            let theirs = crate_argon.hash_password(pw.as_bytes()).unwrap().to_string();
            assert!(h.verify_in(&theirs, pw, &mut scratch));
            assert!(!h.verify_in(&theirs, "other", &mut scratch));
        }
        // A hash made with larger parameters than the hasher's still verifies.
        let big = Hasher::new(256, 1, 1).hash("pw");
        assert!(h.verify_in(&big, "pw", &mut scratch));
        assert!(!h.verify_in(&big.replace("argon2id", "argon2x"), "pw", &mut scratch));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_pool_hashes_and_verifies() {
        let h = Hasher::new(64, 2, 1);
        let a = h.hash_async("pool".into()).await;
        assert!(h.verify_async(a.clone(), "pool".into()).await);
        assert!(!h.verify_async(a, "loop".into()).await);
        h.dummy_verify_async("x".into()).await;
    }
}
