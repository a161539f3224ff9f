//! Authenticator-app codes (RFC 6238 TOTP over RFC 4226 HOTP).
//!
//! Parameters are fixed at SHA1, 6 digits and 30 seconds: authenticator apps accept other values in
//! the enrollment URI and then silently generate codes with the defaults, so anything else locks
//! users out. Secrets are 160 bits (RFC 4226 recommends it).
//!
//! [`TotpSecret::verify`] accepts the previous, current and next step (clock drift of the phone),
//! and never accepts a step at or before the last one used, so an observed code cannot be replayed
//! and an older code cannot be used after a newer one.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use latchkey_proto::Secret;
use sha1::Sha1;
use subtle::{Choice, ConstantTimeEq};
use zeroize::Zeroizing;

use super::RandomSource;
use super::base32::{self, Base32Error};

/// Digits in a code.
pub const DIGITS: usize = 6;
/// Seconds a code is valid for.
pub const PERIOD_SECS: u64 = 30;
/// Length of a generated secret: 160 bits, the HMAC-SHA1 output size (RFC 4226 §4).
pub const SECRET_BYTES: usize = 20;
/// The shortest secret accepted when loading one: 128 bits (RFC 4226 §4, R6).
pub const MIN_SECRET_BYTES: usize = 16;
/// Steps accepted on either side of the current one.
pub const SKEW_STEPS: u64 = 1;

/// Why a submitted code was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TotpError {
    /// Not exactly [`DIGITS`] ASCII digits; nothing was computed.
    #[error("code is not {digits} digits")]
    Malformed { digits: usize },
    /// The code matches none of the accepted steps.
    #[error("code does not match")]
    Invalid,
    /// The code is right but its step was already used (or a later one was).
    #[error("code for step {step} already used (last used step {last_used_step})")]
    Replayed { step: u64, last_used_step: u64 },
}

/// Why bytes or text cannot be a TOTP secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TotpSecretError {
    /// Shorter than [`MIN_SECRET_BYTES`].
    #[error("secret has {bytes} bytes, at least {min} needed")]
    TooShort { bytes: usize, min: usize },
    /// The text is not base32.
    #[error(transparent)]
    Base32(#[from] Base32Error),
}

/// The shared key of one authenticator enrollment. `Debug` prints `<redacted>` and the bytes are
/// wiped on drop.
#[derive(Clone)]
pub struct TotpSecret(Zeroizing<Vec<u8>>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret(<redacted>)")
    }
}

impl TotpSecret {
    /// A fresh [`SECRET_BYTES`]-byte secret.
    pub fn generate(rng: &mut dyn RandomSource) -> Self {
        let mut bytes = Zeroizing::new(vec![0u8; SECRET_BYTES]);
        rng.fill(&mut bytes);
        TotpSecret(bytes)
    }

    /// Wraps existing key bytes (at least [`MIN_SECRET_BYTES`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TotpSecretError> {
        if bytes.len() < MIN_SECRET_BYTES {
            return Err(TotpSecretError::TooShort {
                bytes: bytes.len(),
                min: MIN_SECRET_BYTES,
            });
        }
        Ok(TotpSecret(Zeroizing::new(bytes.to_vec())))
    }

    /// Reads a secret as stored or as shown for manual entry: spaces, trailing `=` padding and
    /// lowercase are tolerated.
    pub fn from_base32(text: &str) -> Result<Self, TotpSecretError> {
        let mut canonical = Zeroizing::new(String::with_capacity(text.len()));
        canonical.extend(text.chars().filter(|c| *c != ' ').map(|c| c.to_ascii_uppercase()));
        let trimmed = canonical.trim_end_matches('=');
        let bytes = base32::decode(trimmed)?;
        Self::from_bytes(&bytes)
    }

    /// Uppercase unpadded base32: the storage form and the `secret=` parameter.
    pub fn to_base32(&self) -> Secret {
        Secret::new(base32::encode(&self.0))
    }

    /// The base32 secret in groups of four separated by spaces, for users who type it into the
    /// app instead of scanning the QR code.
    pub fn secret_groups(&self) -> Secret {
        let plain = self.to_base32();
        let chars = plain.expose().as_bytes();
        let mut out = String::with_capacity(chars.len() + chars.len() / 4);
        for (i, group) in chars.chunks(4).enumerate() {
            if i > 0 {
                out.push(' ');
            }
            // Base32 output is ASCII, so every chunk is valid UTF-8.
            out.push_str(std::str::from_utf8(group).unwrap_or_default());
        }
        Secret::new(out)
    }

    /// The Key URI (Google Authenticator format) that goes into the enrollment QR code. It
    /// contains the secret, hence the [`Secret`] wrapper.
    ///
    /// `issuer` and `account` are percent-encoded (everything but RFC 3986 unreserved
    /// characters), so a `:` in either cannot be mistaken for the label separator.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> Secret {
        let secret = self.to_base32();
        let issuer = percent_encode(issuer);
        let account = percent_encode(account);
        Secret::new(format!(
            "otpauth://totp/{issuer}:{account}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={PERIOD_SECS}",
            secret.expose()
        ))
    }

    /// The code an authenticator app shows at `now_secs`. The server only needs it in tests and
    /// for diagnostics; verification goes through [`TotpSecret::verify`].
    pub fn code_at(&self, now_secs: i64) -> Secret {
        let digits = self.code_for_step(time_step(now_secs));
        Secret::new(digits.iter().map(|&d| d as char).collect::<String>())
    }

    /// Checks `code` against the steps around `now_secs` and returns the step it matched, which
    /// the caller stores as the new `last_used_step` in the same transaction that accepts it.
    ///
    /// Codes are compared in constant time and all candidate steps are always computed, so
    /// timing does not reveal which step (if any) matched.
    pub fn verify(&self, code: &str, now_secs: i64, last_used_step: Option<u64>) -> Result<u64, TotpError> {
        let code = code.as_bytes();
        if code.len() != DIGITS || !code.iter().all(u8::is_ascii_digit) {
            return Err(TotpError::Malformed { digits: DIGITS });
        }
        let current = time_step(now_secs);
        let mut newest_match: Option<u64> = None;
        for step in current.saturating_sub(SKEW_STEPS)..=current.saturating_add(SKEW_STEPS) {
            let expected = self.code_for_step(step);
            let matched: Choice = expected.as_slice().ct_eq(code);
            if bool::from(matched) {
                newest_match = Some(step);
            }
        }
        // A code matching two steps is a 1-in-a-million coincidence; taking the newest one burns
        // both, which is the safe side.
        let step = newest_match.ok_or(TotpError::Invalid)?;
        match last_used_step {
            Some(last) if step <= last => Err(TotpError::Replayed {
                step,
                last_used_step: last,
            }),
            _ => Ok(step),
        }
    }

    /// RFC 4226 HOTP value for one counter, as ASCII digits.
    fn code_for_step(&self, step: u64) -> Zeroizing<[u8; DIGITS]> {
        let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(&self.0).expect("HMAC accepts keys of any length");
        mac.update(&step.to_be_bytes());
        let hash = mac.finalize().into_bytes();
        let offset = usize::from(hash[hash.len() - 1] & 0x0f);
        let binary = u32::from_be_bytes([
            hash[offset] & 0x7f,
            hash[offset + 1],
            hash[offset + 2],
            hash[offset + 3],
        ]);
        let mut value = binary % 10u32.pow(DIGITS as u32);
        let mut digits = Zeroizing::new([b'0'; DIGITS]);
        for d in digits.iter_mut().rev() {
            *d = b'0' + (value % 10) as u8;
            value /= 10;
        }
        digits
    }
}

/// The RFC 6238 time step at `now_secs`. Times before 1970 count as step 0: the clock is wrong
/// then, and no code from the future should become acceptable because of it.
pub fn time_step(now_secs: i64) -> u64 {
    u64::try_from(now_secs).unwrap_or(0) / PERIOD_SECS
}

/// RFC 3986 percent-encoding of everything except unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_random::Sequence;
    use super::*;

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(b"12345678901234567890").unwrap()
    }

    /// RFC 6238 Appendix B, SHA1, truncated to 6 digits.
    const RFC6238_SHA1: [(i64, &str); 6] = [
        (59, "287082"),
        (1111111109, "081804"),
        (1111111111, "050471"),
        (1234567890, "005924"),
        (2000000000, "279037"),
        (20000000000, "353130"),
    ];

    #[test]
    fn generates_rfc6238_sha1_codes() {
        let secret = rfc_secret();
        for (time, code) in RFC6238_SHA1 {
            assert_eq!(secret.code_at(time).expose(), code, "t={time}");
        }
    }

    #[test]
    fn verifies_rfc6238_sha1_codes() {
        let secret = rfc_secret();
        for (time, code) in RFC6238_SHA1 {
            assert_eq!(secret.verify(code, time, None), Ok(time_step(time)), "t={time}");
        }
    }

    #[test]
    fn generates_rfc4226_hotp_values() {
        // RFC 4226 Appendix D: the same secret, counters 0..=9.
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489",
        ];
        let secret = rfc_secret();
        for (counter, code) in expected.iter().enumerate() {
            assert_eq!(secret.code_for_step(counter as u64).as_slice(), code.as_bytes());
        }
    }

    #[test]
    fn defaults_are_sha1_six_digits_thirty_seconds_160_bits() {
        assert_eq!(DIGITS, 6);
        assert_eq!(PERIOD_SECS, 30);
        assert_eq!(SECRET_BYTES * 8, 160);
        let secret = TotpSecret::generate(&mut Sequence(1));
        assert_eq!(secret.0.len(), 20);
        assert_eq!(secret.to_base32().expose().len(), 32);
    }

    #[test]
    fn generation_uses_the_random_source() {
        let a = TotpSecret::generate(&mut Sequence(1));
        let b = TotpSecret::generate(&mut Sequence(2));
        assert_ne!(a.to_base32(), b.to_base32());
        let c = TotpSecret::generate(&mut Sequence(1));
        assert_eq!(a.to_base32(), c.to_base32());
        let mut fill_with_ones = |buf: &mut [u8]| buf.fill(0xff);
        let ones = TotpSecret::generate(&mut fill_with_ones);
        assert_eq!(ones.0.as_slice(), [0xff; 20].as_slice());
    }

    #[test]
    fn accepts_one_step_either_side() {
        let secret = rfc_secret();
        let now = 1111111111; // step 37037037
        let step = time_step(now);
        let previous = secret.code_at(now - 30);
        let next = secret.code_at(now + 30);
        assert_eq!(secret.verify(previous.expose(), now, None), Ok(step - 1));
        assert_eq!(secret.verify(next.expose(), now, None), Ok(step + 1));
    }

    #[test]
    fn refuses_two_steps_away() {
        let secret = rfc_secret();
        let now = 1111111111;
        for offset in [-60, 60, -90, 90] {
            let code = secret.code_at(now + offset);
            assert_eq!(
                secret.verify(code.expose(), now, None),
                Err(TotpError::Invalid),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn refuses_a_wrong_code() {
        let secret = rfc_secret();
        let good = secret.code_at(59);
        let wrong = if good.expose() == "000000" { "000001" } else { "000000" };
        assert_eq!(secret.verify(wrong, 59, None), Err(TotpError::Invalid));
        let other = TotpSecret::generate(&mut Sequence(9));
        assert_eq!(other.verify(good.expose(), 59, None), Err(TotpError::Invalid));
    }

    #[test]
    fn a_code_is_never_accepted_twice() {
        let secret = rfc_secret();
        let now = 1234567890;
        let code = secret.code_at(now);
        let step = secret.verify(code.expose(), now, None).unwrap();
        assert_eq!(
            secret.verify(code.expose(), now, Some(step)),
            Err(TotpError::Replayed {
                step,
                last_used_step: step
            })
        );
        // Still refused within the skew window, when the code is still "valid".
        assert!(matches!(
            secret.verify(code.expose(), now + 30, Some(step)),
            Err(TotpError::Replayed { .. })
        ));
    }

    #[test]
    fn an_older_step_is_refused_after_a_newer_one_was_used() {
        let secret = rfc_secret();
        let now = 1234567890;
        let step = time_step(now);
        let previous = secret.code_at(now - 30);
        assert_eq!(
            secret.verify(previous.expose(), now, Some(step)),
            Err(TotpError::Replayed {
                step: step - 1,
                last_used_step: step
            })
        );
        // The next step is still fine.
        let next = secret.code_at(now + 30);
        assert_eq!(secret.verify(next.expose(), now + 30, Some(step)), Ok(step + 1));
    }

    #[test]
    fn refuses_malformed_codes_before_computing() {
        let secret = rfc_secret();
        for code in [
            "",
            "12345",
            "1234567",
            "12345a",
            " 287082",
            "287082 ",
            "287 082",
            "٢٨٧٠٨٢",
            "２８７０８２",
            "+28708",
        ] {
            assert_eq!(
                secret.verify(code, 59, None),
                Err(TotpError::Malformed { digits: 6 }),
                "{code:?}"
            );
        }
        let huge = "1".repeat(100_000);
        assert_eq!(secret.verify(&huge, 59, None), Err(TotpError::Malformed { digits: 6 }));
    }

    #[test]
    fn time_before_1970_is_step_zero() {
        assert_eq!(time_step(-1), 0);
        assert_eq!(time_step(i64::MIN), 0);
        assert_eq!(time_step(29), 0);
        assert_eq!(time_step(30), 1);
        let secret = rfc_secret();
        let step0 = secret.code_at(0);
        assert_eq!(secret.verify(step0.expose(), -1000, None), Ok(0));
    }

    #[test]
    fn base32_round_trip_and_loose_reading() {
        let secret = rfc_secret();
        assert_eq!(secret.to_base32().expose(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let back = TotpSecret::from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").unwrap();
        assert_eq!(back.0.as_slice(), b"12345678901234567890");
        let padded = TotpSecret::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====").unwrap();
        assert_eq!(padded.0.as_slice(), b"12345678901234567890");
    }

    #[test]
    fn refuses_short_or_invalid_secrets() {
        assert_eq!(
            TotpSecret::from_bytes(&[0; 15]).unwrap_err(),
            TotpSecretError::TooShort { bytes: 15, min: 16 }
        );
        assert!(TotpSecret::from_bytes(&[0; 16]).is_ok());
        assert_eq!(
            TotpSecret::from_base32("MZXW6YTB").unwrap_err(),
            TotpSecretError::TooShort { bytes: 5, min: 16 }
        );
        assert_eq!(
            TotpSecret::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1").unwrap_err(),
            TotpSecretError::Base32(Base32Error::InvalidCharacter { position: 31 })
        );
    }

    #[test]
    fn secret_groups_are_fours() {
        let secret = rfc_secret();
        assert_eq!(
            secret.secret_groups().expose(),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
        let odd = TotpSecret::from_bytes(&[0u8; 16]).unwrap(); // 26 characters
        assert_eq!(odd.secret_groups().expose(), "AAAA AAAA AAAA AAAA AAAA AAAA AA");
    }

    #[test]
    fn otpauth_uri_has_the_fixed_parameters() {
        let secret = rfc_secret();
        assert_eq!(
            secret.otpauth_uri("Latchkey", "alice@example.com").expose(),
            "otpauth://totp/Latchkey:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Latchkey&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn otpauth_uri_percent_encodes_issuer_and_account() {
        let secret = rfc_secret();
        let uri = secret.otpauth_uri("Acme Co: IT & Ops", "jürgen:müller?x=1#y/z");
        let uri = uri.expose();
        assert!(
            uri.starts_with("otpauth://totp/Acme%20Co%3A%20IT%20%26%20Ops:j%C3%BCrgen%3Am%C3%BCller%3Fx%3D1%23y%2Fz?"),
            "{uri}"
        );
        assert!(uri.contains("&issuer=Acme%20Co%3A%20IT%20%26%20Ops&"), "{uri}");
        // Exactly one literal ':' in the label (the separator) and one '?'.
        let label = uri.trim_start_matches("otpauth://totp/").split('?').next().unwrap();
        assert_eq!(label.matches(':').count(), 1);
        assert_eq!(uri.matches('?').count(), 1);
        assert_eq!(percent_encode("a-b.c_d~e"), "a-b.c_d~e");
    }

    #[test]
    fn debug_redacts_every_secret_form() {
        let secret = rfc_secret();
        let shown = format!(
            "{secret:?} {:?} {:?} {:?} {:?}",
            secret.to_base32(),
            secret.secret_groups(),
            secret.otpauth_uri("I", "a"),
            secret.code_at(59)
        );
        assert!(!shown.contains("GEZD"), "{shown}");
        assert!(!shown.contains("287082"), "{shown}");
        assert!(!shown.contains("1234567890"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }
}
