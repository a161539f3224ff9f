//! The self-hosted proof-of-work captcha (`sha256-zero-bits`): find a decimal nonce such that
//! SHA-256(challenge ‖ nonce), both UTF-8, starts with `difficulty` zero bits. Accessible (no
//! puzzle to see or hear), needs no third party, and costs a bot as much as a person.

use sha2::{Digest, Sha256};

pub const ALGORITHM: &str = "sha256-zero-bits";

/// Leading zero bits of a digest.
pub fn leading_zero_bits(digest: &[u8]) -> u32 {
    let mut bits = 0;
    for b in digest {
        if *b == 0 {
            bits += 8;
        } else {
            bits += b.leading_zeros();
            break;
        }
    }
    bits
}

/// Whether `nonce` solves the challenge. Non-decimal or oversized nonces never do.
pub fn verify(challenge: &str, difficulty: u32, nonce: &str) -> bool {
    if nonce.is_empty() || nonce.len() > 20 || !nonce.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digest = Sha256::new()
        .chain_update(challenge.as_bytes())
        .chain_update(nonce.as_bytes())
        .finalize();
    leading_zero_bits(&digest) >= difficulty
}

/// Solves a challenge; `progress` is called every 4096 tries with the number tried so far
/// (about 2^difficulty tries are expected).
pub fn solve(challenge: &str, difficulty: u32, mut progress: impl FnMut(u64)) -> String {
    let prefix = Sha256::new().chain_update(challenge.as_bytes());
    let mut n: u64 = 0;
    loop {
        let nonce = n.to_string();
        let digest = prefix.clone().chain_update(nonce.as_bytes()).finalize();
        if leading_zero_bits(&digest) >= difficulty {
            return nonce;
        }
        n += 1;
        if n.is_multiple_of(4096) {
            progress(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_and_verifies() {
        let nonce = solve("abc123", 12, |_| {});
        assert!(verify("abc123", 12, &nonce));
        assert!(
            !verify("abc124", 12, &nonce)
                || verify("abc124", 12, &nonce) == (leading_zero_bits(&Sha256::digest(format!("abc124{nonce}"))) >= 12)
        );
        assert!(!verify("abc123", 12, "x1"));
        assert!(!verify("abc123", 12, ""));
        assert!(!verify("abc123", 12, &"9".repeat(21)));
    }

    #[test]
    fn counts_bits() {
        assert_eq!(leading_zero_bits(&[0, 0, 0b0001_0000]), 19);
        assert_eq!(leading_zero_bits(&[0x80]), 0);
        assert_eq!(leading_zero_bits(&[0, 0]), 16);
    }

    #[test]
    fn difficulty_zero_accepts_any_decimal() {
        assert!(verify("c", 0, "0"));
    }
}
