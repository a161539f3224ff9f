//! The Entra-style banned-password check: normalize, fuzzy-match banned terms (edit distance 1),
//! then score: one point per banned term found, one per remaining character; five points pass.

/// Minimum score a password needs.
pub const BANNED_MIN_POINTS: usize = 5;

/// Base words that attackers try first, in the languages we ship. Matched after normalization
/// and with one edit of tolerance, so variants need not be listed.
const GLOBAL_TERMS: &[&str] = &[
    "password",
    "passwort",
    "kennwort",
    "motdepasse",
    "contrasena",
    "welcome",
    "willkommen",
    "bienvenue",
    "letmein",
    "qwerty",
    "qwertz",
    "azerty",
    "asdfgh",
    "zxcvbn",
    "admin",
    "administrator",
    "login",
    "logon",
    "secret",
    "geheim",
    "changeme",
    "default",
    "master",
    "access",
    "hello",
    "hallo",
    "iloveyou",
    "trustno",
    "monkey",
    "dragon",
    "shadow",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "soccer",
    "superman",
    "batman",
    "starwars",
    "pokemon",
    "computer",
    "internet",
    "freedom",
    "whatever",
    "summer",
    "winter",
    "spring",
    "autumn",
    "sommer",
    "herbst",
    "fruhling",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "company",
    "office",
    "service",
    "support",
    "helpdesk",
    "guest",
    "test",
    "user",
    "temp",
    "abc123",
    "123456",
    "654321",
    "111111",
    "000000",
    "qazwsx",
    "google",
    "microsoft",
    "windows",
    "apple",
    "samsung",
];

/// Lowercase and undo the common character substitutions.
pub fn normalize_for_banned(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '$' => 's',
            '@' => 'a',
            other => other,
        })
        .collect()
}

/// True when `a` and `b` differ by at most one insertion, deletion or substitution.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let mut i = 0;
    let mut j = 0;
    let mut edits = 0;
    while i < short.len() && j < long.len() {
        if short[i] == long[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        if short.len() == long.len() {
            i += 1;
        }
        j += 1;
    }
    edits + (long.len() - j) + (short.len() - i) <= 1
}

/// Scores a (NFKC-normalized) password against the global terms plus `extra_terms` (tenant
/// name, custom words, the user's names).
pub fn banned_points(password: &str, extra_terms: &[String]) -> usize {
    let pw: Vec<char> = normalize_for_banned(password).chars().collect();
    let mut terms: Vec<Vec<char>> = GLOBAL_TERMS
        .iter()
        .map(|t| t.chars().collect())
        .chain(
            extra_terms
                .iter()
                .map(|t| normalize_for_banned(t).chars().filter(|c| !c.is_whitespace()).collect()),
        )
        .filter(|t: &Vec<char>| t.len() >= 3)
        .collect();
    // Longest first, so "administrator" wins over "admin".
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    terms.dedup();

    let mut covered = vec![false; pw.len()];
    let mut found = 0;
    for term in &terms {
        // Short terms must match exactly; fuzzy matching them would flag almost anything.
        let windows: Vec<usize> = if term.len() >= 5 {
            vec![term.len(), term.len() - 1, term.len() + 1]
        } else {
            vec![term.len()]
        };
        let mut start = 0;
        while start < pw.len() {
            let mut matched = None;
            for &w in &windows {
                let end = start + w;
                if end > pw.len() || covered[start..end].iter().any(|c| *c) {
                    continue;
                }
                if within_one_edit(&pw[start..end], term) {
                    matched = Some(end);
                    break;
                }
            }
            match matched {
                Some(end) => {
                    found += 1;
                    covered[start..end].iter_mut().for_each(|c| *c = true);
                    start = end;
                }
                None => start += 1,
            }
        }
    }
    found + covered.iter().filter(|c| !**c).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_one() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_one_edit(&c("password"), &c("passwerd")));
        assert!(within_one_edit(&c("password"), &c("pasword")));
        assert!(within_one_edit(&c("password"), &c("passwords")));
        assert!(!within_one_edit(&c("password"), &c("pazzword")));
    }

    #[test]
    fn entra_examples() {
        // "P@ssw0rd1" → "password1": one banned term + one character = 2 points.
        assert_eq!(banned_points("P@ssw0rd1", &[]), 2);
        // A passphrase of unlisted words keeps all its characters as points.
        assert!(banned_points("violet-harbor-tractor", &[]) >= BANNED_MIN_POINTS);
        assert!(banned_points("Contoso!123", &["contoso".into()]) == 5);
    }
}
