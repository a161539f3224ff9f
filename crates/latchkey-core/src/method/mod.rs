//! Security-info methods: the rules a user's registered ways of proving who they are must follow,
//! kept apart from storage and transport so the app and the server apply the same ones.
//!
//! - [`totp`]: authenticator-app codes (RFC 6238) and their enrollment URI;
//! - [`backup_codes`]: single-use recovery codes;
//! - [`questions`]: security questions and answer normalization;
//! - [`contact`]: phone numbers and email addresses that codes are sent to.
//!
//! Nothing here stores, sends or logs anything. Randomness comes in through [`RandomSource`] and
//! time as plain Unix seconds, so every window and every generated value is reproducible in tests.
//! Secrets leave this module only inside redacting types ([`latchkey_proto::Secret`],
//! [`TotpSecret`], [`BackupCode`]).

pub mod backup_codes;
mod base32;
pub mod contact;
pub mod questions;
pub mod totp;

pub use backup_codes::{BackupCode, BackupCodeError, generate_backup_codes, normalize_backup_code};
pub use base32::Base32Error;
pub use contact::{EmailAddress, EmailError, PhoneError, PhoneNumber, parse_email, parse_phone};
pub use questions::{
    QuestionError, normalize_answer, validate_answer, validate_answers, validate_custom_questions, validate_question,
};
pub use totp::{TotpError, TotpSecret, TotpSecretError};

/// Where secrets, seeds and codes get their bytes. The server passes the operating system's
/// CSPRNG (`getrandom`); tests pass a deterministic sequence.
///
/// Any `FnMut(&mut [u8])` is a `RandomSource`, so a closure works too.
pub trait RandomSource {
    /// Fills `buf` entirely with random bytes.
    fn fill(&mut self, buf: &mut [u8]);
}

impl<F: FnMut(&mut [u8]) + ?Sized> RandomSource for F {
    fn fill(&mut self, buf: &mut [u8]) {
        self(buf)
    }
}

#[cfg(test)]
pub(crate) mod test_random {
    use super::RandomSource;

    /// A deterministic byte stream (a 64-bit LCG): different bytes on every call, the same
    /// sequence in every run.
    #[derive(Debug)]
    pub(crate) struct Sequence(pub(crate) u64);

    impl RandomSource for Sequence {
        fn fill(&mut self, buf: &mut [u8]) {
            for b in buf {
                self.0 = self
                    .0
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                *b = (self.0 >> 56) as u8;
            }
        }
    }

    #[test]
    fn closures_are_random_sources() {
        let mut calls = 0;
        let mut f = |buf: &mut [u8]| {
            calls += 1;
            buf.fill(7);
        };
        let rng: &mut dyn RandomSource = &mut f;
        let mut buf = [0u8; 3];
        rng.fill(&mut buf);
        assert_eq!(buf, [7, 7, 7]);
        assert_eq!(calls, 1);
    }
}
