//! The pseudo-locale `en-XA`: `en-US` with every letter accented and every piece of text at least
//! 40% longer, each message in brackets. Made when text is formatted (Fluent's transform of text
//! elements), so variables (codes, names) stay as they are. Text that is not accented on a screen
//! did not come through Fluent; a clipped bracket shows a layout that cannot grow.
//!
//! The UI has the same function (`ui/src/pseudo.ts`); both are pinned by the same example in
//! their tests.

use std::borrow::Cow;

/// The pseudo-locale's tag (a private-use region, as the CLDR pseudo-locales use).
pub const PSEUDO_LOCALE: &str = "en-XA";

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// One piece of text made pseudo: accented, vowels doubled, then padded with `~` to at least
/// 140% of its length.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut added = 0usize;
    let mut len = 0usize;
    for c in text.chars() {
        len += 1;
        let a = accent(c);
        out.push(a);
        if "aeiouyAEIOUY".contains(c) {
            out.push(a);
            added += 1;
        }
    }
    let wanted = (len * 2).div_ceil(5);
    for _ in added..wanted {
        out.push('~');
    }
    out
}

pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_longer_and_pinned() {
        // The same example is pinned in ui/test/pseudo.test.ts.
        assert_eq!(pseudo("Reset my password"), "Ŕééšééţ ɱýý þààššŵööŕđ~~");
        assert_eq!(pseudo(""), "");
        let s = "Your organization requires a minimum number of methods.";
        assert!(pseudo(s).chars().count() * 10 >= s.chars().count() * 14);
    }
}
