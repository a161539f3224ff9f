use std::collections::HashSet;
use std::sync::OnceLock;

/// About 20,000 of the most common passwords from public breach corpora (the list Django ships,
/// BSD-licensed), compiled in so the check works offline.
static LIST: &str = include_str!("../../data/common-passwords.txt");

fn set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LIST.split_whitespace().collect())
}

/// Case-insensitive membership in the shipped breached list.
pub fn is_breached(password: &str) -> bool {
    let lower = password.to_lowercase();
    set().contains(lower.as_str())
}
