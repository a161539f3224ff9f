//! Phone numbers and email addresses that codes are sent to.
//!
//! Checks are syntactic and pragmatic: the real proof that an address works is the code the user
//! receives there. Phone numbers are stored in E.164 form so the SMS provider, masking and
//! duplicate checks all see the same string. Byte length is checked first, so oversized input is
//! refused before anything else runs.

use std::fmt;

use unicode_normalization::UnicodeNormalization;

/// Fewest digits after the `+` (shorter national numbers exist, but not with a country code).
pub const PHONE_MIN_DIGITS: usize = 8;
/// Most digits after the `+` (ITU-T E.164).
pub const PHONE_MAX_DIGITS: usize = 15;
/// Raw phone input over this many bytes is refused unread.
pub const PHONE_INPUT_MAX_BYTES: usize = 64;
/// Longest email address in bytes (RFC 5321 path limit minus the angle brackets).
pub const EMAIL_MAX_BYTES: usize = 254;
/// Longest local part in bytes (RFC 5321 §4.5.3.1.1).
pub const EMAIL_LOCAL_MAX_BYTES: usize = 64;

/// Why a phone number is not E.164.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// Longer than [`PHONE_INPUT_MAX_BYTES`]; not read.
    #[error("phone number input longer than {max_bytes} bytes")]
    TooLong { max_bytes: usize },
    /// Does not start with `+` (a country code is required).
    #[error("phone number does not start with +")]
    MissingPlus,
    /// Something other than a digit or a visual separator, at this character position of the
    /// cleaned number.
    #[error("phone number has an invalid character at position {position}")]
    InvalidCharacter { position: usize },
    /// Country codes never start with 0.
    #[error("phone number starts with 0 after the +")]
    LeadingZero,
    /// Fewer than `min` digits.
    #[error("phone number has {digits} digits, at least {min} needed")]
    TooFewDigits { digits: usize, min: usize },
    /// More than `max` digits.
    #[error("phone number has {digits} digits, at most {max} allowed")]
    TooManyDigits { digits: usize, max: usize },
}

/// Why an email address is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EmailError {
    /// Nothing but whitespace.
    #[error("email address is empty")]
    Empty,
    /// Longer than `max_bytes`.
    #[error("email address longer than {max_bytes} bytes")]
    TooLong { max_bytes: usize },
    /// Whitespace or a control character inside the address.
    #[error("email address has whitespace or a control character at byte {position}")]
    InvalidCharacter { position: usize },
    /// Not exactly one `@`.
    #[error("email address has {count} @ signs, exactly one needed")]
    AtSignCount { count: usize },
    /// Nothing before the `@`.
    #[error("email address has an empty local part")]
    LocalPartEmpty,
    /// Local part longer than `max_bytes`.
    #[error("email local part longer than {max_bytes} bytes")]
    LocalPartTooLong { max_bytes: usize },
    /// The domain has no dot (a bare host name cannot receive mail from the internet).
    #[error("email domain has no dot")]
    DomainWithoutDot,
    /// The domain has an empty label (leading, trailing or doubled dot).
    #[error("email domain has an empty label")]
    DomainEmptyLabel,
}

/// A phone number in E.164 form: `+` and 8 to 15 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// The E.164 string, e.g. `+4915112345678`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address that passed [`parse_email`]; the domain is lowercased (domains are
/// case-insensitive, local parts are not).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// The address as it will be used.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a phone number as people type it: full-width characters are folded (NFKC), and spaces,
/// dashes, dots, slashes and parentheses are dropped. What remains must be `+` followed by
/// [`PHONE_MIN_DIGITS`] to [`PHONE_MAX_DIGITS`] ASCII digits, the first not 0.
pub fn parse_phone(input: &str) -> Result<PhoneNumber, PhoneError> {
    if input.len() > PHONE_INPUT_MAX_BYTES {
        return Err(PhoneError::TooLong {
            max_bytes: PHONE_INPUT_MAX_BYTES,
        });
    }
    let cleaned: String = input.nfkc().filter(|c| !is_phone_separator(*c)).collect();
    let Some(digits) = cleaned.strip_prefix('+') else {
        return Err(PhoneError::MissingPlus);
    };
    if let Some(position) = digits.chars().position(|c| !c.is_ascii_digit()) {
        // Position in the cleaned number, counting the '+'.
        return Err(PhoneError::InvalidCharacter { position: position + 1 });
    }
    if digits.starts_with('0') {
        return Err(PhoneError::LeadingZero);
    }
    let count = digits.len();
    if count < PHONE_MIN_DIGITS {
        return Err(PhoneError::TooFewDigits {
            digits: count,
            min: PHONE_MIN_DIGITS,
        });
    }
    if count > PHONE_MAX_DIGITS {
        return Err(PhoneError::TooManyDigits {
            digits: count,
            max: PHONE_MAX_DIGITS,
        });
    }
    Ok(PhoneNumber(cleaned))
}

fn is_phone_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '/' | '(' | ')' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// A pragmatic email check: surrounding whitespace trimmed, at most [`EMAIL_MAX_BYTES`], no
/// whitespace or control characters, exactly one `@`, a local part of 1 to
/// [`EMAIL_LOCAL_MAX_BYTES`] bytes, and a domain with a dot and no empty labels. Quoted local
/// parts and IP-literal domains are not supported; internationalized domains are.
pub fn parse_email(input: &str) -> Result<EmailAddress, EmailError> {
    // Bound before trimming: trimming a huge string is still a scan of it.
    if input.len() > EMAIL_MAX_BYTES * 4 {
        return Err(EmailError::TooLong {
            max_bytes: EMAIL_MAX_BYTES,
        });
    }
    let address = input.trim();
    if address.is_empty() {
        return Err(EmailError::Empty);
    }
    if address.len() > EMAIL_MAX_BYTES {
        return Err(EmailError::TooLong {
            max_bytes: EMAIL_MAX_BYTES,
        });
    }
    if let Some((position, _)) = address
        .char_indices()
        .find(|(_, c)| c.is_whitespace() || c.is_control())
    {
        return Err(EmailError::InvalidCharacter { position });
    }
    let count = address.matches('@').count();
    if count != 1 {
        return Err(EmailError::AtSignCount { count });
    }
    let (local, domain) = address.split_once('@').ok_or(EmailError::AtSignCount { count: 0 })?;
    if local.is_empty() {
        return Err(EmailError::LocalPartEmpty);
    }
    if local.len() > EMAIL_LOCAL_MAX_BYTES {
        return Err(EmailError::LocalPartTooLong {
            max_bytes: EMAIL_LOCAL_MAX_BYTES,
        });
    }
    if !domain.contains('.') {
        return Err(EmailError::DomainWithoutDot);
    }
    if domain.split('.').any(str::is_empty) {
        return Err(EmailError::DomainEmptyLabel);
    }
    Ok(EmailAddress(format!("{local}@{}", domain.to_lowercase())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_e164_numbers() {
        assert_eq!(parse_phone("+4915112345678").unwrap().as_str(), "+4915112345678");
        assert_eq!(parse_phone("+12025550123").unwrap().as_str(), "+12025550123");
        assert_eq!(parse_phone("+12345678").unwrap().as_str(), "+12345678"); // 8 digits
        assert_eq!(parse_phone("+123456789012345").unwrap().as_str(), "+123456789012345"); // 15
    }

    #[test]
    fn separators_are_dropped() {
        for input in [
            "+1 (202) 555-0123",
            "+1.202.555.0123",
            "+1 202/555 0123",
            " +1\u{00A0}202\u{2011}555\u{2013}0123 ",
            "＋１ ２０２ ５５５ ０１２３", // full-width
        ] {
            assert_eq!(parse_phone(input).unwrap().as_str(), "+12025550123", "{input:?}");
        }
    }

    #[test]
    fn a_plus_is_required() {
        assert_eq!(parse_phone("12025550123"), Err(PhoneError::MissingPlus));
        assert_eq!(parse_phone("0049 151 12345678"), Err(PhoneError::MissingPlus));
        assert_eq!(parse_phone(""), Err(PhoneError::MissingPlus));
    }

    #[test]
    fn only_digits_after_the_plus() {
        assert_eq!(
            parse_phone("+1 202 555 O123"),
            Err(PhoneError::InvalidCharacter { position: 8 })
        );
        assert_eq!(
            parse_phone("++12025550123"),
            Err(PhoneError::InvalidCharacter { position: 1 })
        );
        assert_eq!(
            parse_phone("+1202555012#"),
            Err(PhoneError::InvalidCharacter { position: 11 })
        );
        // Arabic-Indic digits are not folded by NFKC and are not E.164.
        assert!(matches!(
            parse_phone("+٤٩١٥١١٢٣٤٥٦٧٨"),
            Err(PhoneError::InvalidCharacter { position: 1 })
        ));
    }

    #[test]
    fn the_first_digit_is_not_zero() {
        assert_eq!(parse_phone("+04915112345678"), Err(PhoneError::LeadingZero));
    }

    #[test]
    fn eight_to_fifteen_digits() {
        assert_eq!(
            parse_phone("+1234567"),
            Err(PhoneError::TooFewDigits { digits: 7, min: 8 })
        );
        assert_eq!(parse_phone("+"), Err(PhoneError::TooFewDigits { digits: 0, min: 8 }));
        assert_eq!(
            parse_phone("+1234567890123456"),
            Err(PhoneError::TooManyDigits { digits: 16, max: 15 })
        );
    }

    #[test]
    fn huge_phone_input_is_refused_unread() {
        let huge = format!("+1{}", " ".repeat(10_000));
        assert_eq!(parse_phone(&huge), Err(PhoneError::TooLong { max_bytes: 64 }));
        let fits = format!("+12025550123{}", " ".repeat(64 - 12));
        assert!(parse_phone(&fits).is_ok());
    }

    #[test]
    fn accepts_ordinary_addresses() {
        for address in [
            "alice@example.com",
            "first.last+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "jürgen@bücher.de",
            "a@b.c",
        ] {
            assert_eq!(parse_email(address).unwrap().as_str(), address);
        }
    }

    #[test]
    fn trims_and_lowercases_only_the_domain() {
        assert_eq!(
            parse_email("  Alice.Smith@Example.COM \n").unwrap().as_str(),
            "Alice.Smith@example.com"
        );
    }

    #[test]
    fn empty_is_refused() {
        assert_eq!(parse_email(""), Err(EmailError::Empty));
        assert_eq!(parse_email("   "), Err(EmailError::Empty));
    }

    #[test]
    fn exactly_one_at_sign() {
        assert_eq!(
            parse_email("alice.example.com"),
            Err(EmailError::AtSignCount { count: 0 })
        );
        assert_eq!(
            parse_email("alice@home@example.com"),
            Err(EmailError::AtSignCount { count: 2 })
        );
    }

    #[test]
    fn local_part_is_one_to_sixty_four_bytes() {
        assert_eq!(parse_email("@example.com"), Err(EmailError::LocalPartEmpty));
        assert!(parse_email(&format!("{}@example.com", "a".repeat(64))).is_ok());
        assert_eq!(
            parse_email(&format!("{}@example.com", "a".repeat(65))),
            Err(EmailError::LocalPartTooLong { max_bytes: 64 })
        );
    }

    #[test]
    fn domain_needs_a_dot_and_no_empty_labels() {
        assert_eq!(parse_email("alice@localhost"), Err(EmailError::DomainWithoutDot));
        assert_eq!(parse_email("alice@"), Err(EmailError::DomainWithoutDot));
        assert_eq!(parse_email("alice@.example.com"), Err(EmailError::DomainEmptyLabel));
        assert_eq!(parse_email("alice@example.com."), Err(EmailError::DomainEmptyLabel));
        assert_eq!(parse_email("alice@example..com"), Err(EmailError::DomainEmptyLabel));
    }

    #[test]
    fn no_whitespace_or_control_characters_inside() {
        assert_eq!(
            parse_email("alice smith@example.com"),
            Err(EmailError::InvalidCharacter { position: 5 })
        );
        assert_eq!(
            parse_email("alice@exa\u{0}mple.com"),
            Err(EmailError::InvalidCharacter { position: 9 })
        );
        assert_eq!(
            parse_email("alice@example.com\r\nBcc: x@evil.example"),
            Err(EmailError::InvalidCharacter { position: 17 })
        );
        assert_eq!(
            parse_email("alice\u{00A0}@example.com"),
            Err(EmailError::InvalidCharacter { position: 5 })
        );
    }

    #[test]
    fn total_is_at_most_254_bytes() {
        let domain = format!("{}.com", "d".repeat(254 - 6 - 4)); // "alice@" + domain = 254
        let ok = format!("alice@{domain}");
        assert_eq!(ok.len(), 254);
        assert!(parse_email(&ok).is_ok());
        let long = format!("alice@d{domain}");
        assert_eq!(parse_email(&long), Err(EmailError::TooLong { max_bytes: 254 }));
        let huge = "a".repeat(100_000);
        assert_eq!(parse_email(&huge), Err(EmailError::TooLong { max_bytes: 254 }));
    }
}
