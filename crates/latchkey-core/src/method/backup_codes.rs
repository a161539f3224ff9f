//! Single-use recovery codes, for when the authenticator is lost.
//!
//! A code is 10 decimal digits shown as `12345-67890`: log2(10^10) ≈ 33.2 bits each, typeable on
//! any keyboard layout and on a phone's number pad, and free of letters that read differently
//! across scripts and fonts. The server stores only a hash of the normalized form and deletes it
//! on use; the throttling limits keep online guessing far below 2^33.

use latchkey_proto::Secret;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::RandomSource;

/// Codes in one set.
pub const CODES_PER_SET: usize = 10;
/// Digits in one code.
pub const CODE_DIGITS: usize = 10;
/// Input longer than this is refused before it is looked at.
pub const INPUT_MAX_BYTES: usize = 64;

const CODE_SPACE: u64 = 10_000_000_000; // 10^CODE_DIGITS
/// Draws allowed for one set; a working CSPRNG needs [`CODES_PER_SET`] (a redraw happens with
/// probability ~5e-10 per draw), so running out means the source is broken.
const MAX_DRAWS: usize = 100;

/// Why codes could not be made or an input is not a code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BackupCodeError {
    /// Longer than [`INPUT_MAX_BYTES`]; not normalized.
    #[error("backup code input longer than {max_bytes} bytes")]
    TooLong { max_bytes: usize },
    /// After removing spaces and dashes, not exactly [`CODE_DIGITS`] digits.
    #[error("backup code is not {digits} digits")]
    Malformed { digits: usize },
    /// The random source kept returning values it had already returned or out-of-range values.
    #[error("random source produced {draws} unusable values")]
    RandomSourceFailed { draws: usize },
}

/// One recovery code, held in normalized form (digits only). `Debug` prints `<redacted>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupCode(Secret);

impl BackupCode {
    /// What the user sees and writes down: `12345-67890`.
    pub fn display(&self) -> Secret {
        let digits = self.0.expose();
        let (a, b) = digits.split_at(CODE_DIGITS / 2);
        Secret::new(format!("{a}-{b}"))
    }

    /// What the server hashes; equal to [`normalize_backup_code`] of anything the user types for it.
    pub fn normalized(&self) -> &Secret {
        &self.0
    }
}

/// A fresh set of [`CODES_PER_SET`] distinct codes, uniformly distributed.
pub fn generate_backup_codes(rng: &mut dyn RandomSource) -> Result<Vec<BackupCode>, BackupCodeError> {
    // Rejection sampling: values at or above the largest multiple of 10^10 that fits would make
    // low codes more likely.
    let limit = u64::MAX - (u64::MAX % CODE_SPACE);
    let mut values: Vec<Zeroizing<u64>> = Vec::with_capacity(CODES_PER_SET);
    let mut draws = 0;
    while values.len() < CODES_PER_SET {
        if draws == MAX_DRAWS {
            return Err(BackupCodeError::RandomSourceFailed { draws });
        }
        draws += 1;
        let mut buf = Zeroizing::new([0u8; 8]);
        rng.fill(buf.as_mut_slice());
        let raw = Zeroizing::new(u64::from_le_bytes(*buf));
        if *raw >= limit {
            continue;
        }
        let value = Zeroizing::new(*raw % CODE_SPACE);
        if values.iter().any(|v| **v == *value) {
            continue;
        }
        values.push(value);
    }
    Ok(values
        .iter()
        .map(|v| BackupCode(Secret::new(format!("{:0width$}", **v, width = CODE_DIGITS))))
        .collect())
}

/// The form of a typed code that gets hashed: NFKC (full-width digits from East Asian input
/// methods become ASCII), spaces and dashes of any kind removed, uppercased. Anything that is then
/// not [`CODE_DIGITS`] ASCII digits is refused, so the server never hashes garbage.
pub fn normalize_backup_code(input: &str) -> Result<Secret, BackupCodeError> {
    if input.len() > INPUT_MAX_BYTES {
        return Err(BackupCodeError::TooLong {
            max_bytes: INPUT_MAX_BYTES,
        });
    }
    let normalized: String = input
        .nfkc()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .flat_map(char::to_uppercase)
        .collect();
    let normalized = Secret::new(normalized);
    let bytes = normalized.expose().as_bytes();
    if bytes.len() != CODE_DIGITS || !bytes.iter().all(u8::is_ascii_digit) {
        return Err(BackupCodeError::Malformed { digits: CODE_DIGITS });
    }
    Ok(normalized)
}

/// Hyphen-minus and the Unicode dashes a word processor or phone keyboard substitutes for it.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_random::Sequence;
    use super::*;

    #[test]
    fn a_set_is_ten_distinct_ten_digit_codes() {
        let codes = generate_backup_codes(&mut Sequence(42)).unwrap();
        assert_eq!(codes.len(), 10);
        for code in &codes {
            let n = code.normalized().expose();
            assert_eq!(n.len(), 10);
            assert!(n.bytes().all(|b| b.is_ascii_digit()), "{n}");
        }
        let mut unique: Vec<&str> = codes.iter().map(|c| c.normalized().expose()).collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 10);
    }

    #[test]
    fn entropy_is_at_least_33_bits() {
        assert!((CODE_SPACE as f64).log2() >= 33.0);
        assert_eq!(CODE_SPACE, 10u64.pow(CODE_DIGITS as u32));
    }

    #[test]
    fn codes_come_from_the_random_source() {
        let a = generate_backup_codes(&mut Sequence(1)).unwrap();
        let b = generate_backup_codes(&mut Sequence(1)).unwrap();
        let c = generate_backup_codes(&mut Sequence(2)).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn leading_zeros_are_kept() {
        let mut counter = 0u64;
        let mut small = |buf: &mut [u8]| {
            counter += 1;
            buf.copy_from_slice(&counter.to_le_bytes());
        };
        let codes = generate_backup_codes(&mut small).unwrap();
        assert_eq!(codes[0].normalized().expose(), "0000000001");
        assert_eq!(codes[0].display().expose(), "00000-00001");
        assert_eq!(codes[9].normalized().expose(), "0000000010");
    }

    #[test]
    fn out_of_range_values_are_redrawn_not_folded() {
        // The first draw is above the rejection limit; folding it would bias the result.
        let mut draws = vec![u64::MAX];
        draws.extend(1..=10);
        let mut iter = draws.into_iter();
        let mut source = |buf: &mut [u8]| buf.copy_from_slice(&iter.next().unwrap().to_le_bytes());
        let codes = generate_backup_codes(&mut source).unwrap();
        assert_eq!(codes[0].normalized().expose(), "0000000001");
    }

    #[test]
    fn duplicates_are_redrawn() {
        let draws = [5u64, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14];
        let mut iter = draws.into_iter();
        let mut source = |buf: &mut [u8]| buf.copy_from_slice(&iter.next().unwrap().to_le_bytes());
        let codes = generate_backup_codes(&mut source).unwrap();
        let values: Vec<&str> = codes.iter().map(|c| c.normalized().expose()).collect();
        assert_eq!(values[..3], ["0000000005", "0000000006", "0000000007"]);
    }

    #[test]
    fn a_stuck_random_source_is_an_error_not_a_hang() {
        let mut zeros = |buf: &mut [u8]| buf.fill(0);
        assert_eq!(
            generate_backup_codes(&mut zeros),
            Err(BackupCodeError::RandomSourceFailed { draws: MAX_DRAWS })
        );
        let mut ones = |buf: &mut [u8]| buf.fill(0xff);
        assert_eq!(
            generate_backup_codes(&mut ones),
            Err(BackupCodeError::RandomSourceFailed { draws: MAX_DRAWS })
        );
    }

    #[test]
    fn display_form_normalizes_back() {
        for code in generate_backup_codes(&mut Sequence(7)).unwrap() {
            let shown = code.display();
            assert_eq!(shown.expose().len(), 11);
            assert_eq!(&shown.expose()[5..6], "-");
            assert_eq!(&normalize_backup_code(shown.expose()).unwrap(), code.normalized());
        }
    }

    #[test]
    fn loose_typing_is_accepted() {
        for input in [
            "12345-67890",
            "1234567890",
            " 12345 67890 ",
            "12-34-56-78-90",
            "12345\u{2013}67890",     // en dash
            "12345\u{2212}67890",     // minus sign
            "１２３４５－６７８９０", // full-width
            "12345\u{00A0}67890",     // no-break space
            "12345\t67890\n",
        ] {
            assert_eq!(
                normalize_backup_code(input).unwrap().expose(),
                "1234567890",
                "{input:?}"
            );
        }
    }

    #[test]
    fn letters_are_uppercased_and_then_refused() {
        // Uppercasing keeps the normalization right if codes ever gain letters; today a letter
        // can never be part of a code.
        assert_eq!(
            normalize_backup_code("12345-6789a"),
            Err(BackupCodeError::Malformed { digits: 10 })
        );
    }

    #[test]
    fn wrong_shapes_are_malformed() {
        for input in ["", "12345", "12345-678901", "12345_67890", "١٢٣٤٥٦٧٨٩٠", "12345.67890"] {
            assert_eq!(
                normalize_backup_code(input),
                Err(BackupCodeError::Malformed { digits: 10 }),
                "{input:?}"
            );
        }
    }

    #[test]
    fn long_input_is_refused_before_normalizing() {
        let long = "-".repeat(65);
        assert_eq!(
            normalize_backup_code(&long),
            Err(BackupCodeError::TooLong { max_bytes: 64 })
        );
        let padded = format!("{}1234567890", " ".repeat(54));
        assert!(normalize_backup_code(&padded).is_ok());
        let huge = "1".repeat(10_000);
        assert_eq!(
            normalize_backup_code(&huge),
            Err(BackupCodeError::TooLong { max_bytes: 64 })
        );
    }

    #[test]
    fn debug_redacts() {
        let codes = generate_backup_codes(&mut Sequence(3)).unwrap();
        let shown = format!("{codes:?}");
        assert!(!shown.contains(codes[0].normalized().expose()));
        assert!(shown.contains("<redacted>"));
    }
}
