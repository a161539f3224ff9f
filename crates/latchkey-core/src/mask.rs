//! Masked forms of contact details, shown wherever a destination is named after registration.

/// `alex@contoso.com` → `a***@contoso.com`.
pub fn email(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

/// `+14255550134` → `+1 ••• ••• ••34`: the country code (when recognizable as 1-3 digits
/// after `+`) and the last two digits stay visible.
pub fn phone(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 4 {
        return "••••".into();
    }
    let cc_len = country_code_len(&digits);
    let (cc, rest) = digits.split_at(cc_len);
    let last2 = &rest[rest.len().saturating_sub(2)..];
    let hidden = rest.len().saturating_sub(2);
    // Hidden digits in groups of three; the last group is joined with the visible tail.
    let mut out = format!("+{cc}");
    let mut remaining = hidden;
    loop {
        let take = remaining.min(3);
        remaining -= take;
        out.push(' ');
        out.push_str(&"•".repeat(take));
        if remaining == 0 {
            break;
        }
    }
    out.push_str(last2);
    out
}

/// ITU country codes are prefix-free: 1 and 7 are one digit, a fixed set of two-digit codes, and
/// everything else three.
fn country_code_len(digits: &str) -> usize {
    const TWO: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
        "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    if digits.starts_with('1') || digits.starts_with('7') {
        1
    } else if TWO.iter().any(|p| digits.starts_with(p)) {
        2
    } else {
        3.min(digits.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_email() {
        assert_eq!(email("alex@contoso.com"), "a***@contoso.com");
        assert_eq!(email("bad"), "***");
    }

    #[test]
    fn masks_phone() {
        assert_eq!(phone("+14255550134"), "+1 ••• ••• ••34");
        assert_eq!(phone("+4915112345678"), "+49 ••• ••• •••78");
        assert!(!phone("+4915112345678").contains("151"));
    }
}
