//! The server's TOML configuration (fixed keys, see docs/api). Anything absent falls back to the
//! embedded defaults: SQLite in the data dir, built-in directory, outbox delivery.

use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub data_dir: Option<PathBuf>,
    pub listen: Option<String>,
    pub database_url: Option<String>,
    /// Links in emails, WebAuthn origin and RP ID; never taken from request headers.
    pub public_url: Option<String>,
    /// 32-byte key for secrets at rest; instances sharing a database must share it.
    /// Absent: `secret.key` in the data dir, created on first start (mode 0600).
    pub key_file: Option<PathBuf>,
    /// Addresses or CIDR blocks of the reverse proxies in front; only from these are
    /// `Forwarded` / `X-Forwarded-For` believed (see `client_addr`). Empty: never.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    /// PEM certificate chain and private key: `serve` terminates TLS itself.
    pub tls_cert_file: Option<PathBuf>,
    pub tls_key_file: Option<PathBuf>,
    /// A TLS proxy in front terminates TLS, so a non-loopback `listen` without TLS is intended.
    #[serde(default)]
    pub tls_proxy: bool,
    /// Connections served at once; more are closed at once (default 1024, 1-65535).
    pub max_connections: Option<u32>,
    /// Time for a client to send a request's headers (and the TLS handshake), in seconds
    /// (default 10, 1-120).
    pub header_read_timeout_secs: Option<u64>,
    /// Time to answer one request, body included, in seconds (default 30, 1-600).
    pub request_timeout_secs: Option<u64>,
    #[serde(default, rename = "tenant")]
    pub tenants: Vec<TenantConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantConfig {
    pub slug: String,
    pub name: String,
    /// Host names whose `/` serves this tenant's web portal, e.g. `["sspr.contoso.com"]`.
    #[serde(default)]
    pub hosts: Vec<String>,
    #[serde(default)]
    pub branding: Option<BrandingConfig>,
    #[serde(default)]
    pub directory: Option<DirectoryConfig>,
    #[serde(default)]
    pub delivery: Option<DeliveryConfig>,
    /// Policy keys applied at start, e.g. `sspr_enabled = "all"`.
    #[serde(default)]
    pub policy: Option<toml::Table>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandingConfig {
    pub primary_color: Option<String>,
    pub background_color: Option<String>,
    pub text_color: Option<String>,
    pub logo_file: Option<PathBuf>,
    pub sign_in_text: Option<String>,
    /// `[tenant.branding.sign_in_text_translations]`: locale tag → the sign-in text in it.
    #[serde(default)]
    pub sign_in_text_translations: std::collections::BTreeMap<String, String>,
    pub helpdesk_url: Option<String>,
    pub helpdesk_email: Option<String>,
    pub helpdesk_phone: Option<String>,
}

/// `[tenant.directory]`: `kind = "builtin"` (default) or `"ldap"`; the other keys are the LDAP
/// connector's (checked by `directory::ldap`; the README's "Directories" section lists them).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryConfig {
    pub kind: String,
    /// `ldaps://host:636` or `ldap://host:389` (with `starttls = true`, or on loopback).
    pub url: Option<String>,
    /// `openldap` or `active-directory`.
    pub flavor: Option<String>,
    /// The service account that searches, resets and unlocks.
    pub bind_dn: Option<String>,
    /// A file holding the service account's password (one line); never logged.
    pub bind_password_file: Option<PathBuf>,
    pub user_base: Option<String>,
    /// Finds a user by what they type; `{username}` is replaced (escaped).
    pub user_filter: Option<String>,
    /// PEM certificate authorities trusted for the directory's certificate (instead of the
    /// system's).
    pub ca_file: Option<PathBuf>,
    /// Upgrade `ldap://` with StartTLS (never falls back to plain text).
    pub starttls: Option<bool>,
    /// Attributes a typed login is matched against when `user_filter` is absent.
    pub login_attributes: Option<Vec<String>>,
    pub display_name_attribute: Option<String>,
    pub mail_attribute: Option<String>,
    pub mobile_attribute: Option<String>,
    /// Where groups are searched (default: `user_base`'s domain components).
    pub group_base: Option<String>,
    /// Members of this group (its `cn`) are administrators (two methods, no questions).
    pub admin_group: Option<String>,
    /// Members of this group are never reset or unlocked by the service account.
    pub protected_group: Option<String>,
    /// OpenLDAP: the default password policy entry (`ppolicy_default`).
    pub policy_dn: Option<String>,
    /// Seconds any one directory call may take (default 5).
    pub timeout_secs: Option<u64>,
    /// Service-account connections kept open and reused (default 4).
    pub pool_size: Option<usize>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryConfig {
    pub email: Option<ChannelConfig>,
    pub sms: Option<ChannelConfig>,
}

/// One `[tenant.delivery.email]` or `[tenant.delivery.sms]` table. Which keys a kind takes is
/// checked by `delivery::backend`: `outbox` none; `smtp` (email) `host`, `from` and optionally
/// `port`, `tls`, `username` with `password_file`, and `ca_file`; `http` (sms) `url`.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelConfig {
    pub kind: String,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub from: Option<String>,
    /// `opportunistic` (default), `starttls`, `tls` or `none`.
    pub tls: Option<String>,
    /// SMTP sign-in name; needs `password_file` and a `tls` of `starttls` or `tls`.
    pub username: Option<String>,
    /// A file holding the SMTP password (one line), so that the password is not in this file.
    pub password_file: Option<PathBuf>,
    /// A PEM file of extra certificate authorities to trust for the SMTP server's TLS (a
    /// private CA), besides the built-in Mozilla roots.
    pub ca_file: Option<PathBuf>,
    pub url: Option<String>,
}

/// The gateway URL may carry a key (user info or query), so `Debug` shows its scheme and host only.
impl std::fmt::Debug for ChannelConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = self.url.as_deref().map(|u| match reqwest::Url::parse(u) {
            Ok(p) => format!("{}://{}/<redacted>", p.scheme(), p.host_str().unwrap_or_default()),
            Err(_) => "<redacted>".to_string(),
        });
        f.debug_struct("ChannelConfig")
            .field("kind", &self.kind)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("from", &self.from)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password_file", &self.password_file)
            .field("ca_file", &self.ca_file)
            .field("url", &url)
            .finish()
    }
}

/// A configuration problem, with the key that is wrong.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {source}")]
    Parse { path: PathBuf, source: toml::de::Error },
    #[error("tenant {slug}: {problem}")]
    Tenant { slug: String, problem: String },
    #[error("{key}: {problem}")]
    Key { key: &'static str, problem: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.into(),
            source,
        })?;
        let config: Config = toml::from_str(&text).map_err(|source| ConfigError::Parse {
            path: path.into(),
            source,
        })?;
        config.check()?;
        Ok(config)
    }

    /// Refuses what this build cannot honour, instead of silently ignoring it. The settings of
    /// each tenant's directory and delivery are checked by building them, one layer up
    /// ([`crate::cli::check_config`]).
    pub fn check(&self) -> Result<(), ConfigError> {
        crate::client_addr::TrustedProxies::parse(&self.trusted_proxies).map_err(|problem| ConfigError::Key {
            key: "trusted_proxies",
            problem,
        })?;
        let range = |key: &'static str, value: Option<u64>, min: u64, max: u64| match value {
            Some(v) if v < min || v > max => Err(ConfigError::Key {
                key,
                problem: format!("{v} is outside {min}-{max}"),
            }),
            _ => Ok(()),
        };
        range("max_connections", self.max_connections.map(u64::from), 1, 65_535)?;
        range("header_read_timeout_secs", self.header_read_timeout_secs, 1, 120)?;
        range("request_timeout_secs", self.request_timeout_secs, 1, 600)?;
        match (&self.tls_cert_file, &self.tls_key_file) {
            (Some(cert), Some(key)) => {
                crate::tls::tls_config(cert, key).map_err(|problem| ConfigError::Key {
                    key: "tls_cert_file",
                    problem,
                })?;
            }
            (Some(_), None) => {
                return Err(ConfigError::Key {
                    key: "tls_key_file",
                    problem: "is required with tls_cert_file".into(),
                });
            }
            (None, Some(_)) => {
                return Err(ConfigError::Key {
                    key: "tls_cert_file",
                    problem: "is required with tls_key_file".into(),
                });
            }
            (None, None) => {}
        }
        for t in &self.tenants {
            let fail = |problem: String| ConfigError::Tenant {
                slug: t.slug.clone(),
                problem,
            };
            if !crate::tenant_slug_is_valid(&t.slug) {
                return Err(fail("slug must be 1-63 characters of a-z, 0-9 and -".into()));
            }
            if let Some(b) = &t.branding {
                for (key, value) in [
                    ("primary_color", &b.primary_color),
                    ("background_color", &b.background_color),
                    ("text_color", &b.text_color),
                ] {
                    if let Some(v) = value
                        && !is_color(v)
                    {
                        return Err(fail(format!("branding.{key} \"{v}\" is not a #rrggbb color")));
                    }
                }
                // A misspelt language would silently never show; a translation needs the text
                // every other language shows.
                let known = latchkey_i18n::available_tags();
                if let Some(tag) = b.sign_in_text_translations.keys().find(|tag| !known.contains(tag)) {
                    return Err(fail(format!(
                        "branding.sign_in_text_translations: no language \"{tag}\" (known: {})",
                        known.join(", ")
                    )));
                }
                if b.sign_in_text.is_none() && !b.sign_in_text_translations.is_empty() {
                    return Err(fail(
                        "branding.sign_in_text_translations needs branding.sign_in_text, the text of every other language"
                            .into(),
                    ));
                }
            }
        }
        portal_hosts(&self.tenants)?;
        Ok(())
    }
}

/// `#rgb` or `#rrggbb`.
pub fn is_color(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else { return false };
    (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// Host name → tenant slug, from `[[tenant]] hosts`. Host names are compared in lower case
/// without a port; one host belongs to one tenant.
pub fn portal_hosts(tenants: &[TenantConfig]) -> Result<HashMap<String, String>, ConfigError> {
    let fail = |slug: &str, problem: String| ConfigError::Tenant {
        slug: slug.to_string(),
        problem,
    };
    let mut out = HashMap::new();
    for t in tenants {
        for host in &t.hosts {
            let h = host.trim().to_ascii_lowercase();
            let valid = !h.is_empty()
                && h.len() <= 253
                && h.split('.').all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && !label.starts_with('-')
                        && !label.ends_with('-')
                        && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
            if !valid {
                return Err(fail(
                    &t.slug,
                    format!("hosts: {host:?} is not a host name (no scheme, port or path)"),
                ));
            }
            if let Some(other) = out.insert(h, t.slug.clone()) {
                return Err(fail(
                    &t.slug,
                    format!("hosts: {host:?} is also given to tenant {other}"),
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    fn check(tenant: &str) -> Result<(), String> {
        let cfg: super::Config =
            toml::from_str(&format!("[[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n{tenant}")).unwrap();
        cfg.check().map_err(|e| e.to_string())
    }

    #[test]
    fn sign_in_text_translations_name_known_languages() {
        let ok = "[tenant.branding]\nsign_in_text = \"Use your Contoso account.\"\n[tenant.branding.sign_in_text_translations]\nde = \"Verwenden Sie Ihr Contoso-Konto.\"\nar = \"استخدم حساب Contoso.\"\n";
        assert_eq!(check(ok), Ok(()));
        let typo = ok.replace("de =", "deu =");
        let e = check(&typo).unwrap_err();
        assert!(e.contains("no language \"deu\"") && e.contains("pt-BR"), "{e}");
        let alone = "[tenant.branding.sign_in_text_translations]\nde = \"Verwenden Sie Ihr Contoso-Konto.\"\n";
        let e = check(alone).unwrap_err();
        assert!(e.contains("needs branding.sign_in_text"), "{e}");
    }

    #[test]
    fn debug_hides_a_gateway_key() {
        let ch: super::ChannelConfig =
            toml::from_str("kind = \"http\"\nurl = \"https://user:pw@sms.contoso.com/send?key=s3cret\"\n").unwrap();
        let text = format!("{ch:?}");
        assert!(text.contains("https://sms.contoso.com/<redacted>"), "{text}");
        assert!(!text.contains("s3cret") && !text.contains("pw"), "{text}");
    }
}
