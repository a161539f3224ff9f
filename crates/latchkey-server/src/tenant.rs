//! A tenant as the flows see it: its row plus parsed branding and policy.

use crate::store::TenantRow;
use latchkey_core::policy::TenantPolicy;
use latchkey_proto::{Branding, Colors, Helpdesk};
use serde::{Deserialize, Serialize};

/// Branding as stored (JSON in the tenants table).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BrandingSettings {
    pub primary_color: Option<String>,
    pub background_color: Option<String>,
    pub text_color: Option<String>,
    /// A `data:` URL, read from `logo_file` at configuration time.
    pub logo_data_url: Option<String>,
    pub sign_in_text: Option<String>,
    /// Locale tag → the sign-in text in that language.
    pub sign_in_text_translations: std::collections::BTreeMap<String, String>,
    pub helpdesk_url: Option<String>,
    pub helpdesk_email: Option<String>,
    pub helpdesk_phone: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Tenant {
    pub row: TenantRow,
    pub branding: BrandingSettings,
    pub policy: TenantPolicy,
}

impl Tenant {
    pub fn from_row(row: TenantRow) -> Tenant {
        let branding = serde_json::from_str(&row.branding).unwrap_or_default();
        // A policy stored by an older version may lack newer keys: defaults fill them.
        let policy = serde_json::from_str(&row.policy).unwrap_or_default();
        Tenant { row, branding, policy }
    }

    pub fn id(&self) -> &str {
        &self.row.id
    }

    pub fn slug(&self) -> &str {
        &self.row.slug
    }

    pub fn name(&self) -> &str {
        &self.row.name
    }

    /// The wire form; the policy's help-desk link wins over the configured one.
    pub fn branding(&self) -> Branding {
        let d = Colors::default();
        let b = &self.branding;
        let helpdesk_url = if self.policy.helpdesk_url.is_empty() {
            b.helpdesk_url.clone()
        } else {
            Some(self.policy.helpdesk_url.clone())
        };
        Branding {
            name: self.row.name.clone(),
            colors: Colors {
                primary: b.primary_color.clone().unwrap_or(d.primary),
                background: b.background_color.clone().unwrap_or(d.background),
                text: b.text_color.clone().unwrap_or(d.text),
            },
            logo_url: b.logo_data_url.clone(),
            sign_in_text: b.sign_in_text.clone(),
            sign_in_text_translations: b.sign_in_text_translations.clone(),
            helpdesk: Helpdesk {
                url: helpdesk_url,
                email: b.helpdesk_email.clone(),
                phone: b.helpdesk_phone.clone(),
            },
            locales: latchkey_i18n::available_tags(),
        }
    }
}

/// `#rgb` or `#rrggbb`.
pub fn is_color(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else { return false };
    (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}
