//! Per-tenant policy: who may use self-service reset, which methods, the numbers (lifetimes,
//! throttles), and the password rules. Stored as JSON; changed one key at a time through
//! [`TenantPolicy::set`], which refuses unknown keys, bad values and invalid combinations.

use latchkey_proto::{ErrorCode, MethodKind, PasswordPolicy};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// Who may use self-service password reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SsprScope {
    None,
    All,
    Groups(Vec<String>),
}

impl SsprScope {
    pub fn parse(s: &str) -> Option<SsprScope> {
        match s.trim() {
            "none" => Some(SsprScope::None),
            "all" => Some(SsprScope::All),
            other => {
                let groups: Vec<String> = other
                    .strip_prefix("groups:")?
                    .split(',')
                    .map(|g| g.trim().to_string())
                    .filter(|g| !g.is_empty())
                    .collect();
                (!groups.is_empty()).then_some(SsprScope::Groups(groups))
            }
        }
    }

    pub fn as_string(&self) -> String {
        match self {
            SsprScope::None => "none".into(),
            SsprScope::All => "all".into(),
            SsprScope::Groups(g) => format!("groups:{}", g.join(",")),
        }
    }

    /// Whether a user in `groups` may reset.
    pub fn admits(&self, groups: &[String]) -> bool {
        match self {
            SsprScope::None => false,
            SsprScope::All => true,
            SsprScope::Groups(allowed) => groups.iter().any(|g| allowed.contains(g)),
        }
    }
}

/// Every policy key. Field names are the key names of `admin policy set --key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TenantPolicy {
    /// `none` | `all` | `groups:g1,g2` (default `none`, as in Entra).
    pub sspr_enabled: String,
    pub allowed_methods: Vec<MethodKind>,
    pub methods_required: u8,
    pub registration_required: bool,
    pub reconfirm_days: u32,
    /// How often a user may skip the registration (or reconfirmation) interrupt before it must
    /// be completed; 0 = it cannot be skipped. Counted again from zero once satisfied.
    pub registration_skips_allowed: u32,
    pub notify_users: bool,
    pub notify_admins: bool,
    pub unlock_enabled: bool,
    /// The account's own email and mobile number (from the directory, or set by an
    /// administrator for a built-in account) serve as reset methods too, before the user has
    /// registered any. Off by default.
    pub reset_with_directory_contacts: bool,
    pub helpdesk_url: String,
    pub code_lifetime_secs: u32,
    pub reset_session_secs: u32,
    pub captcha_difficulty: u32,
    pub questions_to_register: u32,
    pub questions_to_reset: u32,
    pub password_min_length: u32,
    pub password_max_length: u32,
    pub password_history: u32,
    pub password_min_strength: u32,
    pub password_banned_check: bool,
    pub password_breached_check: bool,
    pub password_user_info_check: bool,
    pub password_banned_words: Vec<String>,
    pub lockout_threshold: u32,
    pub lockout_duration_secs: u32,
    pub session_idle_secs: u32,
    pub session_absolute_secs: u32,
    pub signin_attempts_per_minute: u32,
    pub reset_attempts_per_day: u32,
    pub sms_per_hour: u32,
    pub question_attempts_per_hour: u32,
    pub emails_per_10_minutes: u32,
    pub block_hours: u32,
    pub audit_retention_days: u32,
    /// How recent a step-up must be to add or remove a method, regenerate backup codes or
    /// change the password (for a user with methods).
    pub step_up_max_age_secs: u32,
}

impl Default for TenantPolicy {
    fn default() -> Self {
        TenantPolicy {
            sspr_enabled: "none".into(),
            allowed_methods: vec![MethodKind::Totp, MethodKind::Email, MethodKind::Phone],
            methods_required: 1,
            registration_required: true,
            reconfirm_days: 180,
            registration_skips_allowed: 3,
            notify_users: true,
            notify_admins: true,
            unlock_enabled: true,
            reset_with_directory_contacts: false,
            helpdesk_url: String::new(),
            code_lifetime_secs: 300,
            reset_session_secs: 900,
            captcha_difficulty: 18,
            questions_to_register: 3,
            questions_to_reset: 3,
            password_min_length: 8,
            password_max_length: 256,
            password_history: 5,
            password_min_strength: 2,
            password_banned_check: true,
            password_breached_check: true,
            password_user_info_check: true,
            password_banned_words: Vec::new(),
            lockout_threshold: 10,
            lockout_duration_secs: 900,
            session_idle_secs: 900,
            session_absolute_secs: 8 * 3600,
            signin_attempts_per_minute: 30,
            reset_attempts_per_day: 5,
            sms_per_hour: 5,
            question_attempts_per_hour: 5,
            emails_per_10_minutes: 10,
            block_hours: 24,
            audit_retention_days: 90,
            step_up_max_age_secs: 300,
        }
    }
}

/// Numeric ranges; a value outside is refused with `policy.out_of_range`.
const RANGES: &[(&str, u64, u64)] = &[
    ("methods_required", 1, 2),
    ("reconfirm_days", 0, 730),
    ("registration_skips_allowed", 0, 10),
    ("code_lifetime_secs", 60, 900),
    ("reset_session_secs", 300, 3600),
    ("captcha_difficulty", 0, 28),
    ("questions_to_register", 3, 5),
    ("questions_to_reset", 3, 5),
    ("password_min_length", 8, 64),
    ("password_max_length", 64, 256),
    ("password_history", 0, 24),
    ("password_min_strength", 0, 4),
    // NIST SP 800-63B: never more than 100 consecutive failures.
    ("lockout_threshold", 1, 100),
    ("lockout_duration_secs", 60, 86_400),
    ("session_idle_secs", 60, 86_400),
    ("session_absolute_secs", 300, 7 * 86_400),
    ("signin_attempts_per_minute", 1, 10_000),
    ("reset_attempts_per_day", 1, 100),
    ("sms_per_hour", 1, 100),
    ("question_attempts_per_hour", 1, 100),
    ("emails_per_10_minutes", 1, 100),
    ("block_hours", 1, 168),
    ("audit_retention_days", 30, 3650),
    ("step_up_max_age_secs", 60, 3600),
];

/// A refused policy change: the error code plus the data a client needs to explain it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}: {args}", code.as_str())]
pub struct PolicyError {
    pub code: ErrorCode,
    pub args: Value,
}

impl PolicyError {
    fn new(code: ErrorCode, args: Value) -> Self {
        PolicyError { code, args }
    }

    pub fn args_map(&self) -> Map<String, Value> {
        match &self.args {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        }
    }
}

impl TenantPolicy {
    /// All keys with their current values, in a stable order, as strings for display.
    pub fn show(&self) -> Vec<(String, String)> {
        let Value::Object(map) = serde_json::to_value(self).unwrap_or(Value::Null) else {
            return Vec::new();
        };
        map.into_iter()
            .map(|(k, v)| {
                let s = match v {
                    Value::String(s) => s,
                    Value::Array(items) => items
                        .iter()
                        .map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string()))
                        .collect::<Vec<_>>()
                        .join(","),
                    other => other.to_string(),
                };
                (k, s)
            })
            .collect()
    }

    /// Sets one key from its textual value and validates the whole policy; on error `self` is
    /// unchanged.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), PolicyError> {
        let Value::Object(mut map) = serde_json::to_value(&*self).unwrap_or(Value::Null) else {
            unreachable!("a struct serializes to an object")
        };
        let current = map
            .get(key)
            .ok_or_else(|| PolicyError::new(ErrorCode::PolicyUnknownKey, json!({"key": key})))?;
        let invalid = || PolicyError::new(ErrorCode::PolicyInvalidValue, json!({"key": key, "value": value}));
        let parsed = match current {
            Value::Bool(_) => Value::Bool(parse_bool(value).ok_or_else(invalid)?),
            Value::Number(_) => {
                let n: u64 = value.trim().parse().map_err(|_| invalid())?;
                Value::from(n)
            }
            Value::Array(_) => Value::Array(
                value
                    .split(',')
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
            _ => Value::String(value.trim().to_string()),
        };
        map.insert(key.to_string(), parsed);
        let candidate: TenantPolicy = serde_json::from_value(Value::Object(map)).map_err(|_| invalid())?;
        candidate.validate()?;
        *self = candidate;
        Ok(())
    }

    /// Checks ranges and the combinations Entra refuses.
    pub fn validate(&self) -> Result<(), PolicyError> {
        let Value::Object(map) = serde_json::to_value(self).unwrap_or(Value::Null) else {
            unreachable!("a struct serializes to an object")
        };
        for (key, min, max) in RANGES {
            if let Some(n) = map.get(*key).and_then(Value::as_u64)
                && (n < *min || n > *max)
            {
                return Err(PolicyError::new(
                    ErrorCode::PolicyOutOfRange,
                    json!({"key": key, "value": n, "min": min, "max": max}),
                ));
            }
        }
        if SsprScope::parse(&self.sspr_enabled).is_none() {
            return Err(PolicyError::new(
                ErrorCode::PolicyInvalidValue,
                json!({"key": "sspr_enabled", "value": self.sspr_enabled}),
            ));
        }
        let mut methods = self.allowed_methods.clone();
        methods.sort();
        methods.dedup();
        if methods.len() != self.allowed_methods.len() {
            return Err(PolicyError::new(
                ErrorCode::PolicyInvalidValue,
                json!({"key": "allowed_methods", "reason": "duplicate"}),
            ));
        }
        let required = self.methods_required as usize;
        let has_totp = methods.contains(&MethodKind::Totp);
        let others = methods.iter().filter(|m| **m != MethodKind::Totp).count();
        if required == 1 && has_totp && others == 0 {
            return Err(PolicyError::new(
                ErrorCode::PolicyAuthenticatorOnly,
                json!({"key": "allowed_methods"}),
            ));
        }
        // Entra: with the authenticator app allowed, at least `required` other methods must be
        // allowed too; in any case there must be enough methods to satisfy the requirement.
        if methods.len() < required || (has_totp && others < required) {
            return Err(PolicyError::new(
                ErrorCode::PolicyTooFewMethods,
                json!({"key": "allowed_methods", "required": required, "allowed": methods.len()}),
            ));
        }
        // Security questions are never enough alone (they are guessable and often public):
        // only as one of two required methods.
        if methods.contains(&MethodKind::Questions) && required < 2 {
            return Err(PolicyError::new(
                ErrorCode::PolicyQuestionsAlone,
                json!({"key": "allowed_methods", "required": required}),
            ));
        }
        if self.questions_to_reset > self.questions_to_register {
            return Err(PolicyError::new(
                ErrorCode::PolicyInvalidValue,
                json!({"key": "questions_to_reset", "reason": "more_than_registered"}),
            ));
        }
        if self.password_min_length > self.password_max_length {
            return Err(PolicyError::new(
                ErrorCode::PolicyInvalidValue,
                json!({"key": "password_min_length", "reason": "above_max"}),
            ));
        }
        let url = &self.helpdesk_url;
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(PolicyError::new(
                ErrorCode::PolicyInvalidValue,
                json!({"key": "helpdesk_url", "reason": "not_http_url"}),
            ));
        }
        Ok(())
    }

    pub fn scope(&self) -> SsprScope {
        SsprScope::parse(&self.sspr_enabled).unwrap_or(SsprScope::None)
    }

    /// The password rules in wire form, for the policy endpoint and the evaluator.
    pub fn password_policy(&self, tenant_name: &str) -> PasswordPolicy {
        PasswordPolicy {
            min_length: self.password_min_length,
            max_length: self.password_max_length,
            history_count: self.password_history,
            banned_check: self.password_banned_check,
            breached_check: self.password_breached_check,
            min_strength: self.password_min_strength.min(4) as u8,
            user_info_check: self.password_user_info_check,
            custom_banned_words: self.password_banned_words.clone(),
            tenant_name: tenant_name.to_string(),
            min_age_secs: 0,
            lockout_threshold: self.lockout_threshold,
        }
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Some(true),
        "false" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_match_entra() {
        let p = TenantPolicy::default();
        p.validate().unwrap();
        assert_eq!(p.scope(), SsprScope::None);
        assert_eq!(p.code_lifetime_secs, 300);
        assert_eq!(p.reset_session_secs, 900);
    }

    #[test]
    fn sets_keys_by_name() {
        let mut p = TenantPolicy::default();
        p.set("sspr_enabled", "groups:sales, it").unwrap();
        assert_eq!(p.scope(), SsprScope::Groups(vec!["sales".into(), "it".into()]));
        assert!(p.scope().admits(&["it".into()]));
        p.set("methods_required", "2").unwrap();
        p.set("allowed_methods", "totp,email,phone,questions,security_key")
            .unwrap();
        p.set("notify_users", "no").unwrap();
        assert!(!p.notify_users);
        let shown = p.show();
        assert!(shown.contains(&("methods_required".into(), "2".into())));
        assert!(shown.contains(&(
            "allowed_methods".into(),
            "totp,email,phone,questions,security_key".into()
        )));
    }

    #[test]
    fn refuses_bad_keys_values_and_combinations() {
        let mut p = TenantPolicy::default();
        let before = p.clone();
        let code = |r: Result<(), PolicyError>| r.unwrap_err().code;
        assert_eq!(code(p.set("nope", "1")), ErrorCode::PolicyUnknownKey);
        assert_eq!(code(p.set("reconfirm_days", "800")), ErrorCode::PolicyOutOfRange);
        assert_eq!(code(p.set("methods_required", "3")), ErrorCode::PolicyOutOfRange);
        assert_eq!(code(p.set("notify_users", "maybe")), ErrorCode::PolicyInvalidValue);
        assert_eq!(
            code(p.set("allowed_methods", "totp")),
            ErrorCode::PolicyAuthenticatorOnly
        );
        assert_eq!(
            code(p.set("allowed_methods", "carrier_pigeon")),
            ErrorCode::PolicyInvalidValue
        );
        assert_eq!(code(p.set("sspr_enabled", "some")), ErrorCode::PolicyInvalidValue);
        assert_eq!(code(p.set("lockout_threshold", "101")), ErrorCode::PolicyOutOfRange);
        assert_eq!(code(p.set("step_up_max_age_secs", "59")), ErrorCode::PolicyOutOfRange);
        assert_eq!(code(p.set("step_up_max_age_secs", "3601")), ErrorCode::PolicyOutOfRange);
        p.set("allowed_methods", "totp,email").unwrap();
        // Two required with the authenticator app needs two other methods.
        assert_eq!(code(p.set("methods_required", "2")), ErrorCode::PolicyTooFewMethods);
        p.set("allowed_methods", "totp,email,phone").unwrap();
        p.set("methods_required", "2").unwrap();
        // Questions only as one of two required methods, whichever key is set last.
        let mut two = TenantPolicy::default();
        two.set("methods_required", "2").unwrap();
        two.set("allowed_methods", "email,phone,questions").unwrap();
        assert_eq!(code(two.set("methods_required", "1")), ErrorCode::PolicyQuestionsAlone);
        assert_eq!(two.methods_required, 2, "a refused change leaves the policy as it was");
        let mut one = TenantPolicy::default();
        assert_eq!(
            code(one.set("allowed_methods", "email,questions")),
            ErrorCode::PolicyQuestionsAlone
        );
        let mut q = before.clone();
        q.set("reconfirm_days", "0").unwrap();
        q.set("reconfirm_days", "730").unwrap();
        // Skips of the registration interrupt: 0 (never) to 10, a number.
        assert_eq!(q.registration_skips_allowed, 3);
        q.set("registration_skips_allowed", "0").unwrap();
        q.set("registration_skips_allowed", "10").unwrap();
        let err = q.set("registration_skips_allowed", "11").unwrap_err();
        assert_eq!(err.code, ErrorCode::PolicyOutOfRange);
        assert_eq!(err.args["max"], 10);
        assert_eq!(
            code(q.set("registration_skips_allowed", "-1")),
            ErrorCode::PolicyInvalidValue
        );
        assert_eq!(
            code(q.set("registration_skips_allowed", "three")),
            ErrorCode::PolicyInvalidValue
        );
        assert_eq!(
            code(q.set("registration_required", "sometimes")),
            ErrorCode::PolicyInvalidValue
        );
        assert_eq!(
            q.registration_skips_allowed, 10,
            "a refused value leaves the policy as it was"
        );
        assert_eq!(before.validate(), Ok(()));
    }
}

/// Property tests: any key and value either changes the policy into a valid one or is refused
/// with a policy code, leaving it as it was.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn keys() -> Vec<String> {
        TenantPolicy::default().show().into_iter().map(|(k, _)| k).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn set_never_leaves_an_invalid_policy(
            steps in proptest::collection::vec((0usize..64, prop_oneof![
                "\\PC{0,40}",
                "[0-9]{1,12}",
                "(true|false|yes|no|on|off)",
                "(totp|email|phone|questions|security_key|backup_codes)(,(totp|email|phone|questions|security_key)){0,4}",
                "(none|all|groups:[a-z,]{0,20})",
            ]), 1..12),
        ) {
            let keys = keys();
            let mut p = TenantPolicy::default();
            for (k, value) in steps {
                let key = keys.get(k).cloned().unwrap_or_else(|| format!("nokey{k}"));
                let before = p.clone();
                match p.set(&key, &value) {
                    Ok(()) => prop_assert_eq!(p.validate(), Ok(())),
                    Err(e) => {
                        prop_assert!(e.code.as_str().starts_with("policy."), "{:?}", e);
                        prop_assert_eq!(&p, &before);
                    }
                }
            }
        }

        #[test]
        fn stored_json_never_panics(text in "\\PC{0,200}") {
            let _ = serde_json::from_str::<TenantPolicy>(&text).map(|p| p.validate());
        }
    }
}
