//! Machine policy: what IT sets for every user of the machine (tenant, language, kiosk mode,
//! flows). Read from the OS policy location; `LATCHKEY_POLICY_FILE` points elsewhere.

use serde::Deserialize;
use std::path::PathBuf;

pub const ALL_FLOWS: [&str; 4] = ["reset", "unlock", "change", "security_info"];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MachinePolicy {
    pub tenant_url: Option<String>,
    pub tenant: Option<String>,
    pub locale: Option<String>,
    pub kiosk: bool,
    pub idle_timeout_secs: u64,
    pub flows: Vec<String>,
    pub allow_stay_signed_in: bool,
}

impl Default for MachinePolicy {
    fn default() -> Self {
        MachinePolicy {
            tenant_url: None,
            tenant: None,
            locale: None,
            kiosk: false,
            idle_timeout_secs: 120,
            flows: ALL_FLOWS.iter().map(|s| s.to_string()).collect(),
            allow_stay_signed_in: true,
        }
    }
}

/// Where the policy file lives on this OS.
pub fn default_path() -> PathBuf {
    if cfg!(target_os = "windows") {
        let base = std::env::var_os("ProgramData")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(r"C:\ProgramData"));
        base.join("Latchkey").join("policy.toml")
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/Latchkey/policy.toml")
    } else {
        PathBuf::from("/etc/latchkey/policy.toml")
    }
}

pub fn path() -> PathBuf {
    std::env::var_os("LATCHKEY_POLICY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(default_path)
}

/// A policy problem the start screen explains (`config.policy_invalid` with the reason).
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyProblem {
    pub path: String,
    pub detail: String,
}

/// Whether the URL's host is this machine (`localhost`, `127.0.0.0/8`, `::1`).
fn is_loopback(url: &str) -> bool {
    match url::Url::parse(url).ok().and_then(|u| u.host().map(|h| h.to_owned())) {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl MachinePolicy {
    pub fn parse(text: &str) -> Result<MachinePolicy, String> {
        let p: MachinePolicy = toml::from_str(text).map_err(|e| e.message().to_string())?;
        if let Some(url) = &p.tenant_url
            && !(url.starts_with("https://") || (url.starts_with("http://") && is_loopback(url)))
        {
            // Passwords and codes travel to this URL: plain HTTP only to this machine itself.
            return Err(format!(
                "tenant_url must start with https:// (http:// only for localhost; got {url})"
            ));
        }
        if let Some(f) = p.flows.iter().find(|f| !ALL_FLOWS.contains(&f.as_str())) {
            return Err(format!("unknown flow {f}"));
        }
        Ok(p)
    }

    /// Reads the policy; a missing file is the default policy (no tenant yet).
    pub fn load() -> Result<MachinePolicy, PolicyProblem> {
        let path = path();
        match std::fs::read_to_string(&path) {
            Ok(text) => MachinePolicy::parse(&text).map_err(|detail| PolicyProblem {
                path: path.display().to_string(),
                detail,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(MachinePolicy::default()),
            Err(e) => Err(PolicyProblem {
                path: path.display().to_string(),
                detail: e.to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_fixed_keys() {
        let p = MachinePolicy::parse(
            r#"
tenant_url = "https://sspr.contoso.com"
tenant = "contoso"
locale = "de"
kiosk = true
idle_timeout_secs = 60
flows = ["reset", "change"]
allow_stay_signed_in = false
"#,
        )
        .unwrap();
        assert_eq!(p.tenant.as_deref(), Some("contoso"));
        assert!(p.kiosk);
        assert_eq!(p.flows, vec!["reset", "change"]);
    }

    #[test]
    fn refuses_bad_policy() {
        assert!(MachinePolicy::parse("tenant_url = \"ftp://x\"").is_err());
        // Plain HTTP only to this machine.
        assert!(MachinePolicy::parse("tenant_url = \"http://sspr.contoso.com\"").is_err());
        assert!(MachinePolicy::parse("tenant_url = \"http://10.0.0.5:8443\"").is_err());
        assert!(MachinePolicy::parse("tenant_url = \"http://localhost.evil.com\"").is_err());
        for ok in [
            "http://127.0.0.1:8443",
            "http://localhost:8443/",
            "http://[::1]:8443",
            "https://sspr.contoso.com",
        ] {
            assert!(MachinePolicy::parse(&format!("tenant_url = \"{ok}\"")).is_ok(), "{ok}");
        }
        assert!(MachinePolicy::parse("flows = [\"teleport\"]").is_err());
        assert!(MachinePolicy::parse("colour = 1").is_err());
        assert_eq!(MachinePolicy::parse("").unwrap(), MachinePolicy::default());
    }
}
