//! Machine policy: what IT sets for every user of the machine (tenant, language, kiosk mode,
//! flows, network). Read from where each OS's management tools put it:
//!
//! - Linux: `/etc/latchkey/policy.toml`, then `/etc/latchkey/policy.d/*.toml` in name order
//!   (later files win, key by key).
//! - Windows: `%ProgramData%\Latchkey\policy.toml`, then the registry key
//!   `HKLM\SOFTWARE\Policies\Latchkey` (Group Policy / Intune with the ADMX; wins).
//! - macOS: `/Library/Application Support/Latchkey/policy.toml`, then the managed preferences
//!   domain `org.latchkey.desktop` (MDM profile; wins).
//!
//! `LATCHKEY_POLICY_FILE` is honoured only when none of those exist, so a user cannot override
//! IT. Every key is described once in `policy.schema.json`; `KEYS` must match it (tested).
//! A problem names the file, the key and what is wrong; it never falls back to a default.

use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const ALL_FLOWS: [&str; 4] = ["reset", "unlock", "change", "security_info"];

/// The macOS managed preferences domain (and the plist file name under `/Library/Managed Preferences`).
pub const MANAGED_DOMAIN: &str = "org.latchkey.desktop";
/// The Windows policy registry key under HKLM.
pub const REGISTRY_KEY: &str = r"SOFTWARE\Policies\Latchkey";

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MachinePolicy {
    pub tenant_url: Option<String>,
    pub tenant: Option<String>,
    pub locale: Option<String>,
    pub allowed_locales: Vec<String>,
    pub kiosk: bool,
    pub idle_timeout_secs: u64,
    pub flows: Vec<String>,
    pub allow_stay_signed_in: bool,
    pub proxy: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub helpdesk_email: Option<String>,
    pub helpdesk_phone: Option<String>,
    pub helpdesk_url: Option<String>,
    pub log_level: LogLevel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    Error,
    #[default]
    Warn,
    Info,
    Debug,
}

impl Default for MachinePolicy {
    fn default() -> Self {
        MachinePolicy {
            tenant_url: None,
            tenant: None,
            locale: None,
            allowed_locales: Vec::new(),
            kiosk: false,
            idle_timeout_secs: 120,
            flows: ALL_FLOWS.iter().map(|s| s.to_string()).collect(),
            allow_stay_signed_in: true,
            proxy: None,
            ca_file: None,
            helpdesk_email: None,
            helpdesk_phone: None,
            helpdesk_url: None,
            log_level: LogLevel::Warn,
        }
    }
}

/// The value type of a key, for sources without types of their own (registry strings, plists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Int,
    Str,
    List,
}

/// Every policy key with its type; must equal `policy.schema.json` (tested in `policy_docs`).
pub const KEYS: [(&str, Kind); 14] = [
    ("tenant_url", Kind::Str),
    ("tenant", Kind::Str),
    ("kiosk", Kind::Bool),
    ("idle_timeout_secs", Kind::Int),
    ("locale", Kind::Str),
    ("allowed_locales", Kind::List),
    ("flows", Kind::List),
    ("allow_stay_signed_in", Kind::Bool),
    ("proxy", Kind::Str),
    ("ca_file", Kind::Str),
    ("helpdesk_email", Kind::Str),
    ("helpdesk_phone", Kind::Str),
    ("helpdesk_url", Kind::Str),
    ("log_level", Kind::Str),
];

pub fn kind_of(key: &str) -> Option<Kind> {
    KEYS.iter().find(|(k, _)| *k == key).map(|(_, kind)| *kind)
}

/// A policy problem the start screen explains (`config.policy_invalid` with file, key, reason).
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyProblem {
    pub path: String,
    /// The key at fault, when one is.
    pub key: Option<String>,
    pub detail: String,
}

/// The policy in force, and which keys IT set (shown as managed).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedPolicy {
    pub policy: MachinePolicy,
    pub managed: Vec<String>,
    /// Where the keys came from, in the order applied.
    pub sources: Vec<String>,
    /// The source that set each key.
    pub origins: Vec<(String, String)>,
}

impl LoadedPolicy {
    pub fn origin(&self, key: &str) -> Option<String> {
        self.origins.iter().find(|(k, _)| k == key).map(|(_, s)| s.clone())
    }
}

/// One source of keys: a file, the registry or a managed preferences plist.
#[derive(Debug, Clone)]
pub struct Layer {
    pub source: String,
    pub table: toml::Table,
}

/// The system root the OS locations hang off: `/` in release builds. Debug builds (the tests)
/// may move it with `LATCHKEY_POLICY_ROOT`; release builds ignore it, so a user cannot.
pub fn system_root() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(root) = std::env::var_os("LATCHKEY_POLICY_ROOT") {
        return PathBuf::from(root);
    }
    PathBuf::from("/")
}

fn under(root: &Path, absolute: &str) -> PathBuf {
    root.join(absolute.trim_start_matches('/'))
}

/// The policy file IT edits on this OS (documented; also the first layer).
pub fn default_path() -> PathBuf {
    if cfg!(target_os = "windows") {
        program_data().join("Latchkey").join("policy.toml")
    } else if cfg!(target_os = "macos") {
        under(&system_root(), "/Library/Application Support/Latchkey/policy.toml")
    } else {
        under(&system_root(), "/etc/latchkey/policy.toml")
    }
}

fn program_data() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(root) = std::env::var_os("LATCHKEY_POLICY_ROOT") {
        return PathBuf::from(root).join("ProgramData");
    }
    std::env::var_os("ProgramData")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(r"C:\ProgramData"))
}

fn read_toml(path: &Path) -> Result<Option<Layer>, PolicyProblem> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(PolicyProblem {
                path: path.display().to_string(),
                key: None,
                detail: e.to_string(),
            });
        }
    };
    let table: toml::Table = toml::from_str(&text).map_err(|e| PolicyProblem {
        path: path.display().to_string(),
        key: None,
        detail: e.message().to_string(),
    })?;
    Ok(Some(Layer {
        source: path.display().to_string(),
        table,
    }))
}

/// The file layers of this OS, lowest priority first.
fn file_layers(root: &Path) -> Result<Vec<Layer>, PolicyProblem> {
    let mut out = Vec::new();
    if cfg!(target_os = "windows") {
        out.extend(read_toml(&program_data().join("Latchkey").join("policy.toml"))?);
        return Ok(out);
    }
    if cfg!(target_os = "macos") {
        out.extend(read_toml(&under(
            root,
            "/Library/Application Support/Latchkey/policy.toml",
        ))?);
        return Ok(out);
    }
    out.extend(read_toml(&under(root, "/etc/latchkey/policy.toml"))?);
    let dir = under(root, "/etc/latchkey/policy.d");
    let mut fragments: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            return Err(PolicyProblem {
                path: dir.display().to_string(),
                key: None,
                detail: e.to_string(),
            });
        }
    };
    fragments.sort();
    for path in fragments {
        out.extend(read_toml(&path)?);
    }
    Ok(out)
}

/// Turns a value from an untyped source into the key's type: registry DWORDs become booleans,
/// strings like "true"/"1" too; a comma or newline separated string becomes a list.
pub fn coerce(key: &str, value: toml::Value) -> toml::Value {
    use toml::Value as V;
    match (kind_of(key), value) {
        (Some(Kind::Bool), V::Integer(i)) => V::Boolean(i != 0),
        (Some(Kind::Bool), V::String(s)) if matches!(s.as_str(), "true" | "1") => V::Boolean(true),
        (Some(Kind::Bool), V::String(s)) if matches!(s.as_str(), "false" | "0") => V::Boolean(false),
        (Some(Kind::Int), V::String(s)) if s.trim().parse::<i64>().is_ok() => V::Integer(s.trim().parse().unwrap_or(0)),
        (Some(Kind::List), V::String(s)) => V::Array(
            s.split([',', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| V::String(p.to_string()))
                .collect(),
        ),
        (_, v) => v,
    }
}

/// `HKLM\SOFTWARE\Policies\Latchkey`: DWORD, string and multi-string values named like the keys.
#[cfg(windows)]
fn registry_layer() -> Result<Option<Layer>, PolicyProblem> {
    use winreg::RegKey;
    use winreg::enums::{HKEY_LOCAL_MACHINE, RegType};
    let source = format!(r"HKLM\{REGISTRY_KEY}");
    let key = match RegKey::predef(HKEY_LOCAL_MACHINE).open_subkey(REGISTRY_KEY) {
        Ok(k) => k,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(PolicyProblem {
                path: source,
                key: None,
                detail: e.to_string(),
            });
        }
    };
    let mut table = toml::Table::new();
    for item in key.enum_values() {
        let (name, raw) = item.map_err(|e| PolicyProblem {
            path: source.clone(),
            key: None,
            detail: e.to_string(),
        })?;
        let value = match raw.vtype {
            RegType::REG_DWORD => {
                let n: u32 = key.get_value(&name).unwrap_or(0);
                toml::Value::Integer(i64::from(n))
            }
            RegType::REG_QWORD => {
                let n: u64 = key.get_value(&name).unwrap_or(0);
                toml::Value::Integer(n as i64)
            }
            RegType::REG_MULTI_SZ => {
                let list: Vec<String> = key.get_value(&name).unwrap_or_default();
                toml::Value::Array(list.into_iter().map(toml::Value::String).collect())
            }
            _ => toml::Value::String(key.get_value::<String, _>(&name).map_err(|e| PolicyProblem {
                path: source.clone(),
                key: Some(name.clone()),
                detail: e.to_string(),
            })?),
        };
        let value = coerce(&name, value);
        table.insert(name, value);
    }
    Ok((!table.is_empty()).then_some(Layer { source, table }))
}

/// The managed preferences an MDM profile installs for `org.latchkey.desktop`.
#[cfg(target_os = "macos")]
fn managed_preferences_layer(root: &Path) -> Result<Option<Layer>, PolicyProblem> {
    let path = under(root, &format!("/Library/Managed Preferences/{MANAGED_DOMAIN}.plist"));
    if !path.exists() {
        return Ok(None);
    }
    let problem = |detail: String| PolicyProblem {
        path: path.display().to_string(),
        key: None,
        detail,
    };
    let value = plist::Value::from_file(&path).map_err(|e| problem(e.to_string()))?;
    let dict = value
        .into_dictionary()
        .ok_or_else(|| problem("not a dictionary".into()))?;
    let mut table = toml::Table::new();
    for (name, v) in dict {
        if let Some(v) = plist_to_toml(v) {
            table.insert(name.clone(), coerce(&name, v));
        }
    }
    Ok(Some(Layer {
        source: path.display().to_string(),
        table,
    }))
}

#[cfg(target_os = "macos")]
fn plist_to_toml(v: plist::Value) -> Option<toml::Value> {
    use plist::Value as P;
    Some(match v {
        P::Boolean(b) => toml::Value::Boolean(b),
        P::Integer(i) => toml::Value::Integer(i.as_signed()?),
        P::String(s) => toml::Value::String(s),
        P::Array(a) => toml::Value::Array(a.into_iter().filter_map(plist_to_toml).collect()),
        _ => return None,
    })
}

/// Every machine layer of this OS under `root`, lowest priority first.
pub fn machine_layers(root: &Path) -> Result<Vec<Layer>, PolicyProblem> {
    #[allow(unused_mut)]
    let mut layers = file_layers(root)?;
    #[cfg(windows)]
    layers.extend(registry_layer()?);
    #[cfg(target_os = "macos")]
    layers.extend(managed_preferences_layer(root)?);
    Ok(layers)
}

/// One key on its own: its type and value rules, so a problem names the key.
fn check_key(key: &str, value: &toml::Value) -> Result<(), String> {
    let mut one = toml::Table::new();
    one.insert(key.to_string(), value.clone());
    let p: MachinePolicy = toml::Value::Table(one)
        .try_into()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    p.check()
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
    /// Rules beyond the types (also applied to the merged result).
    fn check(&self) -> Result<(), String> {
        if let Some(url) = &self.tenant_url
            && !(url.starts_with("https://") || (url.starts_with("http://") && is_loopback(url)))
        {
            // Passwords and codes travel to this URL: plain HTTP only to this machine itself.
            return Err(format!(
                "tenant_url must start with https:// (http:// only for localhost; got {url})"
            ));
        }
        if let Some(f) = self.flows.iter().find(|f| !ALL_FLOWS.contains(&f.as_str())) {
            return Err(format!("unknown flow {f}"));
        }
        if self.idle_timeout_secs > 86_400 {
            return Err("must be at most 86400".into());
        }
        for (name, value) in [("proxy", &self.proxy), ("helpdesk_url", &self.helpdesk_url)] {
            if let Some(u) = value
                && (!(u.starts_with("https://") || u.starts_with("http://")) || url::Url::parse(u).is_err())
            {
                return Err(format!("{name} must be an http:// or https:// URL"));
            }
        }
        if let Some(tag) = self
            .locale
            .iter()
            .chain(&self.allowed_locales)
            .find(|t| t.parse::<unic_langid_check::Tag>().is_err())
        {
            return Err(format!("{tag} is not a language tag"));
        }
        Ok(())
    }

    /// Parses one policy file's text (every key checked).
    pub fn parse(text: &str) -> Result<MachinePolicy, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
        for (key, value) in &table {
            check_key(key, value).map_err(|d| format!("{key}: {d}"))?;
        }
        let p: MachinePolicy = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| e.message().to_string())?;
        p.check()?;
        Ok(p)
    }

    /// Merges the layers (later wins) and checks every key where it was set.
    pub fn from_layers(layers: &[Layer]) -> Result<LoadedPolicy, PolicyProblem> {
        let mut merged = toml::Table::new();
        let mut origin: Vec<(String, String)> = Vec::new();
        for layer in layers {
            for (key, value) in &layer.table {
                check_key(key, value).map_err(|detail| PolicyProblem {
                    path: layer.source.clone(),
                    key: Some(key.clone()),
                    detail,
                })?;
                merged.insert(key.clone(), value.clone());
                origin.retain(|(k, _)| k != key);
                origin.push((key.clone(), layer.source.clone()));
            }
        }
        let managed: Vec<String> = KEYS
            .iter()
            .map(|(k, _)| k.to_string())
            .filter(|k| merged.contains_key(k))
            .collect();
        let policy: MachinePolicy =
            toml::Value::Table(merged)
                .try_into()
                .map_err(|e: toml::de::Error| PolicyProblem {
                    path: layers.last().map(|l| l.source.clone()).unwrap_or_default(),
                    key: None,
                    detail: e.message().to_string(),
                })?;
        if let (Some(locale), false) = (&policy.locale, policy.allowed_locales.is_empty())
            && !policy.allowed_locales.contains(locale)
        {
            let source = origin
                .iter()
                .find(|(k, _)| k == "locale")
                .map(|(_, s)| s.clone())
                .unwrap_or_default();
            return Err(PolicyProblem {
                path: source,
                key: Some("locale".into()),
                detail: format!("{locale} is not in allowed_locales"),
            });
        }
        Ok(LoadedPolicy {
            policy,
            managed,
            sources: layers.iter().map(|l| l.source.clone()).collect(),
            origins: origin,
        })
    }

    /// The machine policy; `LATCHKEY_POLICY_FILE` only when the machine has none. Nothing at all
    /// is the default policy (no tenant yet).
    pub fn load() -> Result<LoadedPolicy, PolicyProblem> {
        let file = std::env::var_os("LATCHKEY_POLICY_FILE").map(PathBuf::from);
        MachinePolicy::load_at(&system_root(), file.as_deref())
    }

    pub fn load_at(root: &Path, env_file: Option<&Path>) -> Result<LoadedPolicy, PolicyProblem> {
        let mut layers = machine_layers(root)?;
        if layers.is_empty()
            && let Some(file) = env_file
        {
            layers.extend(read_toml(file)?);
        }
        MachinePolicy::from_layers(&layers)
    }
}

/// Language tags: letters and digits in dash-separated parts (checked, not interpreted).
mod unic_langid_check {
    pub struct Tag;
    impl std::str::FromStr for Tag {
        type Err = ();
        fn from_str(s: &str) -> Result<Tag, ()> {
            let mut parts = s.split('-');
            let first = parts.next().unwrap_or("");
            let ok_first = (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic());
            let ok_rest = parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
            if ok_first && ok_rest { Ok(Tag) } else { Err(()) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(source: &str, text: &str) -> Layer {
        Layer {
            source: source.into(),
            table: toml::from_str(text).unwrap(),
        }
    }

    #[test]
    fn parses_the_fixed_keys() {
        let p = MachinePolicy::parse(
            r#"
tenant_url = "https://sspr.contoso.com"
tenant = "contoso"
locale = "de"
allowed_locales = ["de", "en-US"]
kiosk = true
idle_timeout_secs = 60
flows = ["reset", "change"]
allow_stay_signed_in = false
proxy = "http://proxy.contoso.com:3128"
ca_file = "/etc/ssl/contoso-ca.pem"
helpdesk_email = "it@contoso.com"
helpdesk_phone = "+1 425 555 0100"
helpdesk_url = "https://help.contoso.com"
log_level = "debug"
"#,
        )
        .unwrap();
        assert_eq!(p.tenant.as_deref(), Some("contoso"));
        assert!(p.kiosk);
        assert_eq!(p.flows, vec!["reset", "change"]);
        assert_eq!(p.log_level, LogLevel::Debug);
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
        assert!(MachinePolicy::parse("log_level = \"loud\"").is_err());
        assert!(MachinePolicy::parse("proxy = \"socks://x\"").is_err());
        assert!(MachinePolicy::parse("locale = \"not a tag\"").is_err());
        assert_eq!(MachinePolicy::parse("").unwrap(), MachinePolicy::default());
    }

    #[test]
    fn later_layers_win_key_by_key_and_keys_are_managed() {
        let loaded = MachinePolicy::from_layers(&[
            layer(
                "/etc/latchkey/policy.toml",
                "tenant = \"contoso\"\nkiosk = true\nidle_timeout_secs = 60",
            ),
            layer("/etc/latchkey/policy.d/10-kiosk.toml", "kiosk = false"),
            layer("/etc/latchkey/policy.d/20-lang.toml", "locale = \"de\""),
        ])
        .unwrap();
        assert_eq!(loaded.policy.tenant.as_deref(), Some("contoso"));
        assert!(!loaded.policy.kiosk);
        assert_eq!(loaded.policy.idle_timeout_secs, 60);
        assert_eq!(loaded.managed, vec!["tenant", "kiosk", "idle_timeout_secs", "locale"]);
    }

    #[test]
    fn a_problem_names_the_file_and_the_key() {
        let err = MachinePolicy::from_layers(&[
            layer("/etc/latchkey/policy.toml", "tenant = \"contoso\""),
            layer("/etc/latchkey/policy.d/50-bad.toml", "idle_timeout_secs = \"soon\""),
        ])
        .unwrap_err();
        assert_eq!(err.path, "/etc/latchkey/policy.d/50-bad.toml");
        assert_eq!(err.key.as_deref(), Some("idle_timeout_secs"));
        assert!(
            err.detail.contains("integer") || err.detail.contains("u64"),
            "{}",
            err.detail
        );

        let err = MachinePolicy::from_layers(&[layer("/x.toml", "colour = 1")]).unwrap_err();
        assert_eq!(err.key.as_deref(), Some("colour"));
        assert!(err.detail.contains("unknown field"), "{}", err.detail);

        let err = MachinePolicy::from_layers(&[
            layer("/a.toml", "locale = \"fr\""),
            layer("/b.toml", "allowed_locales = [\"de\"]"),
        ])
        .unwrap_err();
        assert_eq!((err.path.as_str(), err.key.as_deref()), ("/a.toml", Some("locale")));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn reads_etc_and_fragments_and_ignores_the_env_file_then() {
        let root = std::env::temp_dir().join(format!("lk-policy-root-{}", std::process::id()));
        let etc = root.join("etc/latchkey");
        std::fs::create_dir_all(etc.join("policy.d")).unwrap();
        let env_file = root.join("user.toml");
        std::fs::write(&env_file, "tenant = \"mine\"\nkiosk = false").unwrap();
        // No machine policy: the environment's file is used.
        let loaded = MachinePolicy::load_at(&root, Some(&env_file)).unwrap();
        assert_eq!(loaded.policy.tenant.as_deref(), Some("mine"));

        std::fs::write(etc.join("policy.toml"), "tenant = \"contoso\"\nkiosk = true").unwrap();
        std::fs::write(etc.join("policy.d/20-b.toml"), "idle_timeout_secs = 30").unwrap();
        std::fs::write(
            etc.join("policy.d/10-a.toml"),
            "idle_timeout_secs = 90\nlocale = \"de\"",
        )
        .unwrap();
        std::fs::write(etc.join("policy.d/README"), "not toml").unwrap();
        let loaded = MachinePolicy::load_at(&root, Some(&env_file)).unwrap();
        assert_eq!(loaded.policy.tenant.as_deref(), Some("contoso"));
        assert!(loaded.policy.kiosk);
        assert_eq!(loaded.policy.idle_timeout_secs, 30);
        assert_eq!(loaded.policy.locale.as_deref(), Some("de"));
        assert_eq!(loaded.sources.len(), 3);

        std::fs::write(etc.join("policy.d/30-bad.toml"), "kiosk = [").unwrap();
        let err = MachinePolicy::load_at(&root, None).unwrap_err();
        assert!(err.path.ends_with("30-bad.toml"), "{err:?}");
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn untyped_values_are_coerced_by_key() {
        assert_eq!(coerce("kiosk", toml::Value::Integer(1)), toml::Value::Boolean(true));
        assert_eq!(
            coerce("idle_timeout_secs", toml::Value::String("30".into())),
            toml::Value::Integer(30)
        );
        assert_eq!(
            coerce("flows", toml::Value::String("reset, unlock".into())),
            toml::Value::Array(vec!["reset".into(), "unlock".into()])
        );
    }
}
