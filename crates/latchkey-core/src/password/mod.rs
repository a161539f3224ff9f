//! Password rules (NIST SP 800-63B, OWASP ASVS 5.0 §6.2): the one evaluation both the app (live
//! checklist) and the server (final verdict) run.
//!
//! No composition rules. The candidate is NFKC-normalized, never truncated; input over
//! [`HARD_MAX_CHARS`] is refused before anything expensive runs, and zxcvbn sees only the first
//! [`STRENGTH_PREFIX_CHARS`] characters because it is slow on long input.

mod banned;
mod breached;

pub use banned::{BANNED_MIN_POINTS, banned_points, normalize_for_banned};
pub use breached::is_breached;

use latchkey_proto::{ErrorCode, PasswordCheck, PasswordPolicy, PasswordProblemWire, PasswordVerdict};
use serde_json::{Map, Value, json};
use unicode_normalization::UnicodeNormalization;

/// Nothing longer is looked at.
pub const HARD_MAX_CHARS: usize = 256;
/// zxcvbn's cost grows with length; the first 100 characters decide the score.
pub const STRENGTH_PREFIX_CHARS: usize = 100;

/// Who is choosing the password: their names must not appear in it.
#[derive(Debug, Default, Clone)]
pub struct UserContext<'a> {
    pub username: &'a str,
    pub display_name: Option<&'a str>,
    pub email: Option<&'a str>,
}

impl UserContext<'_> {
    /// Name terms of at least three characters, normalized like the password.
    fn terms(&self) -> Vec<String> {
        let mut raw: Vec<&str> = vec![self.username];
        if let Some(local) = self.username.split('@').next() {
            raw.push(local);
        }
        if let Some(email) = self.email {
            raw.push(email.split('@').next().unwrap_or(email));
        }
        if let Some(name) = self.display_name {
            raw.extend(name.split(|c: char| !c.is_alphanumeric()));
        }
        let mut out: Vec<String> = raw
            .into_iter()
            .flat_map(|s| s.split(['.', '_', '-', ' ']).chain(std::iter::once(s)))
            .map(normalize_for_banned)
            .filter(|t| t.chars().count() >= 3)
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// NFKC form of a password: what gets hashed and compared, so the same password typed on
/// keyboards that produce different code points is the same password.
pub fn normalize(password: &str) -> String {
    password.nfkc().collect()
}

fn problem(code: ErrorCode, args: Value) -> PasswordProblemWire {
    PasswordProblemWire {
        code: code.as_str().into(),
        args: into_map(args),
    }
}

fn check(rule: &str, ok: bool, args: Value) -> PasswordCheck {
    PasswordCheck {
        rule: rule.into(),
        ok,
        args: into_map(args),
    }
}

fn into_map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Evaluates a candidate against the policy. History is not checked here (it needs the stored
/// hashes); the server adds `password.reused` after this passes.
pub fn evaluate(policy: &PasswordPolicy, password: &str, user: &UserContext<'_>) -> PasswordVerdict {
    let min = policy.min_length as usize;
    let max = (policy.max_length as usize).min(HARD_MAX_CHARS);
    let length_args = json!({"min": min, "max": max});

    // Refuse oversized input before normalizing or scoring it.
    if password.chars().count() > HARD_MAX_CHARS || password.len() > HARD_MAX_CHARS * 4 {
        return PasswordVerdict {
            ok: false,
            score: 0,
            checks: vec![check("length", false, length_args.clone())],
            problems: vec![problem(ErrorCode::PasswordTooLong, json!({"max": max}))],
        };
    }

    let normalized = normalize(password);
    let len = normalized.chars().count();
    let mut problems = Vec::new();
    let mut checks = Vec::new();

    if len == 0 {
        problems.push(problem(ErrorCode::PasswordEmpty, json!({})));
    }
    let length_ok = len >= min && len <= max;
    if len > 0 && len < min {
        problems.push(problem(ErrorCode::PasswordTooShort, json!({"min": min})));
    }
    if len > max {
        problems.push(problem(ErrorCode::PasswordTooLong, json!({"max": max})));
    }
    checks.push(check("length", length_ok, length_args));

    let user_terms = user.terms();

    if policy.user_info_check {
        let folded = normalize_for_banned(&normalized);
        let hit = user_terms.iter().any(|t| folded.contains(t.as_str()));
        if hit {
            problems.push(problem(ErrorCode::PasswordContainsUserInfo, json!({})));
        }
        checks.push(check("no_user_info", len > 0 && !hit, json!({})));
    }

    if policy.banned_check {
        let mut extra: Vec<String> = policy.custom_banned_words.clone();
        if !policy.tenant_name.is_empty() {
            extra.push(policy.tenant_name.clone());
        }
        extra.extend(user_terms.iter().cloned());
        let points = banned_points(&normalized, &extra);
        let ok = len > 0 && points >= BANNED_MIN_POINTS;
        if len > 0 && !ok {
            problems.push(problem(ErrorCode::PasswordBanned, json!({"points": points})));
        }
        checks.push(check("not_banned", ok, json!({})));
    }

    if policy.breached_check {
        let hit = is_breached(&normalized);
        if hit {
            problems.push(problem(ErrorCode::PasswordBreached, json!({})));
        }
        checks.push(check("not_breached", len > 0 && !hit, json!({})));
    }

    let score = if len == 0 {
        0
    } else {
        let prefix: String = normalized.chars().take(STRENGTH_PREFIX_CHARS).collect();
        let inputs: Vec<&str> = user_terms
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(policy.tenant_name.as_str()))
            .filter(|s| !s.is_empty())
            .collect();
        u8::from(zxcvbn::zxcvbn(&prefix, &inputs).score())
    };
    let strength_ok = len > 0 && score >= policy.min_strength;
    if len > 0 && !strength_ok {
        problems.push(problem(
            ErrorCode::PasswordTooWeak,
            json!({"score": score, "min": policy.min_strength}),
        ));
    }
    checks.push(check("strength", strength_ok, json!({"min": policy.min_strength})));

    PasswordVerdict {
        ok: problems.is_empty(),
        score,
        checks,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> PasswordPolicy {
        PasswordPolicy {
            min_length: 8,
            max_length: 256,
            history_count: 5,
            banned_check: true,
            breached_check: true,
            min_strength: 2,
            user_info_check: true,
            custom_banned_words: vec!["fabrikam".into()],
            tenant_name: "Contoso".into(),
            min_age_secs: 0,
            lockout_threshold: 10,
        }
    }

    fn codes(v: &PasswordVerdict) -> Vec<&str> {
        v.problems.iter().map(|p| p.code.as_str()).collect()
    }

    fn alex() -> UserContext<'static> {
        UserContext {
            username: "alex.wilber",
            display_name: Some("Alex Wilber"),
            email: Some("alex.wilber@contoso.com"),
        }
    }

    #[test]
    fn accepts_a_strong_passphrase() {
        let v = evaluate(&policy(), "violet-harbor-tractor-91", &alex());
        assert!(v.ok, "{v:?}");
        assert!(v.checks.iter().all(|c| c.ok));
        assert!(v.score >= 3);
    }

    #[test]
    fn too_short_and_empty() {
        let v = evaluate(&policy(), "aB3$x", &alex());
        assert!(codes(&v).contains(&"password.too_short"));
        let v = evaluate(&policy(), "", &alex());
        assert_eq!(codes(&v), vec!["password.empty"]);
        assert!(v.checks.iter().all(|c| !c.ok));
    }

    #[test]
    fn at_least_64_allowed_and_256_hard_cap_without_truncation() {
        let long64 = "correct horse battery staple is a long phrase that keeps going on";
        assert!(long64.chars().count() >= 64);
        assert!(evaluate(&policy(), long64, &alex()).ok);
        let p256 = "q7#Zm!v2Lw9@".repeat(22)[..256].to_string();
        assert!(!codes(&evaluate(&policy(), &p256, &alex())).contains(&"password.too_long"));
        let p257 = format!("{p256}x");
        assert_eq!(codes(&evaluate(&policy(), &p257, &alex())), vec!["password.too_long"]);
        let huge = "a".repeat(100_000);
        assert_eq!(codes(&evaluate(&policy(), &huge, &alex())), vec!["password.too_long"]);
    }

    #[test]
    fn nfkc_normalizes_before_length() {
        // U+FB01 (ﬁ ligature) becomes "fi": the NFKC form is what is measured and hashed.
        assert_eq!(normalize("\u{FB01}"), "fi");
        assert_eq!(normalize("Ａｂｃ"), "Abc");
    }

    #[test]
    fn banned_with_substitutions_and_edit_distance() {
        for pw in ["P@ssw0rd1", "Passw0rd!", "Pa$$word12", "Welcome1!"] {
            assert!(
                codes(&evaluate(&policy(), pw, &UserContext::default())).contains(&"password.banned"),
                "{pw}"
            );
        }
        // The tenant name and custom words count as banned terms.
        assert!(codes(&evaluate(&policy(), "Contoso!1", &UserContext::default())).contains(&"password.banned"));
        assert!(codes(&evaluate(&policy(), "Fabr1kam77", &UserContext::default())).contains(&"password.banned"));
    }

    #[test]
    fn breached_list_ships_offline() {
        assert!(is_breached("iloveyou"));
        assert!(is_breached("QWERTY"));
        assert!(codes(&evaluate(&policy(), "trustno1", &UserContext::default())).contains(&"password.breached"));
        assert!(!is_breached("violet-harbor-tractor-91"));
    }

    #[test]
    fn contains_user_name() {
        let v = evaluate(&policy(), "wilber-Garden-Zebra-77", &alex());
        assert!(codes(&v).contains(&"password.contains_user_info"));
        let check = v.checks.iter().find(|c| c.rule == "no_user_info").unwrap();
        assert!(!check.ok);
    }

    #[test]
    fn weak_by_zxcvbn() {
        let mut p = policy();
        p.banned_check = false;
        p.breached_check = false;
        let v = evaluate(&p, "aaaaaaaaaa", &UserContext::default());
        assert!(codes(&v).contains(&"password.too_weak"));
    }

    #[test]
    fn checks_can_be_switched_off() {
        let p = PasswordPolicy {
            banned_check: false,
            breached_check: false,
            user_info_check: false,
            min_strength: 0,
            ..policy()
        };
        let v = evaluate(&p, "password", &alex());
        assert!(v.ok, "{v:?}");
        let rules: Vec<&str> = v.checks.iter().map(|c| c.rule.as_str()).collect();
        assert_eq!(rules, vec!["length", "strength"]);
    }
}

/// Property tests: whatever is typed, the evaluator answers (no panic), within its contract.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn policy(min: u32, max: u32, words: Vec<String>) -> PasswordPolicy {
        PasswordPolicy {
            min_length: min,
            max_length: max,
            history_count: 5,
            banned_check: true,
            breached_check: true,
            min_strength: 2,
            user_info_check: true,
            custom_banned_words: words,
            tenant_name: "Contoso".into(),
            min_age_secs: 0,
            lockout_threshold: 10,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_input_gets_a_consistent_verdict(
            password in "\\PC{0,300}",
            username in "\\PC{0,40}",
            min in 8u32..64,
            extra in 0u32..200,
            words in proptest::collection::vec("\\PC{0,20}", 0..4),
        ) {
            let max = (min + extra).clamp(64, 256);
            let user = UserContext { username: &username, display_name: Some(&username), email: None };
            let v = evaluate(&policy(min, max, words), &password, &user);
            prop_assert!(v.score <= 4);
            prop_assert_eq!(v.ok, v.problems.is_empty(), "ok exactly when nothing is wrong: {:?}", v);
            if password.chars().count() > HARD_MAX_CHARS {
                prop_assert!(!v.ok);
            }
        }

        #[test]
        fn oversized_input_is_refused_cheaply(len in 257usize..5000, c in any::<char>()) {
            let password: String = std::iter::repeat_n(c, len).collect();
            let v = evaluate(&policy(8, 256, vec![]), &password, &UserContext::default());
            prop_assert!(!v.ok);
            prop_assert_eq!(v.problems[0].code.as_str(), "password.too_long");
        }
    }
}
