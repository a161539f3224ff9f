//! RFC 4648 §6 base32, uppercase and without padding: the form authenticator apps expect for TOTP
//! secrets. Small enough to own rather than take a dependency for.
//!
//! Decoding is strict (canonical input only) because it reads secrets this crate wrote; loose user
//! input is cleaned up by the caller first.

use zeroize::Zeroizing;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Why a string is not canonical unpadded base32.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Base32Error {
    /// A byte outside `A-Z2-7` at this byte offset.
    #[error("invalid base32 character at byte {position}")]
    InvalidCharacter { position: usize },
    /// No byte string encodes to this many characters (remainder 1, 3 or 6 modulo 8).
    #[error("invalid base32 length {len}")]
    InvalidLength { len: usize },
    /// The last character carries bits that no byte string produces.
    #[error("non-canonical base32: trailing bits are not zero")]
    NonZeroTrailingBits,
}

pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits: u32 = 0;
    for &b in bytes {
        buffer = (buffer << 8) | u16::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[usize::from((buffer >> bits) & 0x1f)] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[usize::from((buffer << (5 - bits)) & 0x1f)] as char);
    }
    out
}

pub(crate) fn decode(text: &str) -> Result<Zeroizing<Vec<u8>>, Base32Error> {
    let len = text.len();
    if matches!(len % 8, 1 | 3 | 6) {
        return Err(Base32Error::InvalidLength { len });
    }
    let mut out = Zeroizing::new(Vec::with_capacity(len * 5 / 8));
    let mut buffer: u16 = 0;
    let mut bits: u32 = 0;
    for (position, c) in text.bytes().enumerate() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => return Err(Base32Error::InvalidCharacter { position }),
        };
        buffer = (buffer << 5) | u16::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    if buffer & ((1 << bits) - 1) != 0 {
        return Err(Base32Error::NonZeroTrailingBits);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4648 §10 test vectors, padding removed.
    const VECTORS: [(&str, &str); 7] = [
        ("", ""),
        ("f", "MY"),
        ("fo", "MZXQ"),
        ("foo", "MZXW6"),
        ("foob", "MZXW6YQ"),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI"),
    ];

    #[test]
    fn encodes_rfc4648_vectors() {
        for (plain, encoded) in VECTORS {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn decodes_rfc4648_vectors() {
        for (plain, encoded) in VECTORS {
            assert_eq!(decode(encoded).unwrap().as_slice(), plain.as_bytes(), "{encoded:?}");
        }
    }

    #[test]
    fn round_trips_every_length_and_byte() {
        let data: Vec<u8> = (0..=255).collect();
        for n in 0..data.len() {
            let start = (n * 37) % 200;
            let slice = &data[start..(start + n).min(data.len())];
            assert_eq!(decode(&encode(slice)).unwrap().as_slice(), slice);
        }
    }

    #[test]
    fn twenty_bytes_are_thirty_two_characters() {
        assert_eq!(encode(b"12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn refuses_characters_outside_the_alphabet() {
        assert_eq!(decode("MZXW6YT1"), Err(Base32Error::InvalidCharacter { position: 7 }));
        assert_eq!(decode("mzxw6ytb"), Err(Base32Error::InvalidCharacter { position: 0 }));
        assert_eq!(decode("MZXW6Y=="), Err(Base32Error::InvalidCharacter { position: 6 }));
        assert_eq!(decode("MZ W"), Err(Base32Error::InvalidCharacter { position: 2 }));
    }

    #[test]
    fn refuses_impossible_lengths() {
        for len in [1, 3, 6, 9, 11, 14] {
            assert_eq!(decode(&"A".repeat(len)), Err(Base32Error::InvalidLength { len }));
        }
    }

    #[test]
    fn refuses_non_canonical_trailing_bits() {
        // "MY" is "f"; "MZ" sets a bit past the end of the byte.
        assert_eq!(decode("MZ"), Err(Base32Error::NonZeroTrailingBits));
    }
}
