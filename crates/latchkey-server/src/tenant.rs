//! A tenant as the flows see it: its row plus parsed branding and policy.

use crate::directory::Directory;
use crate::store::{Store, TenantRow, UserRow};
use latchkey_core::policy::TenantPolicy;
use latchkey_proto::PasswordPolicy;
use latchkey_proto::{Branding, Colors, Helpdesk, Palette};
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
        let colors = Colors {
            primary: b.primary_color.clone().unwrap_or(d.primary),
            background: b.background_color.clone().unwrap_or(d.background),
            text: b.text_color.clone().unwrap_or(d.text),
        };
        Branding {
            name: self.row.name.clone(),
            palette: Some(palette_of(&colors)),
            colors,
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

/// The palette every client applies (`latchkey_core::branding::palette`), in its wire form.
pub fn palette_of(colors: &Colors) -> Palette {
    use latchkey_core::branding;
    let core = |c: &Colors| branding::Colors {
        primary: c.primary.clone(),
        background: c.background.clone(),
        text: c.text.clone(),
    };
    let p = branding::palette(&core(colors), &core(&Colors::default()));
    Palette {
        primary: p.primary,
        on_primary: p.on_primary,
        background: p.background,
        text: p.text,
        accent: p.accent,
    }
}

impl Tenant {
    /// The password rules a tenant's flows enforce and its app shows: the tenant's policy
    /// tightened by its directory's. When the directory cannot say (it is down), the tenant's rules
    /// alone apply; the directory still refuses what it refuses, with a specific code.
    pub async fn effective_policy(&self, dir: &dyn Directory) -> PasswordPolicy {
        let base = self.policy.password_policy(self.name());
        if dir.is_builtin() {
            return base;
        }
        match dir.policy().await {
            Ok(p) => p.merge_into(base),
            Err(e) => {
                tracing::warn!(tenant = self.slug(), error = %e, "cannot read the directory's password policy");
                base
            }
        }
    }

    /// [`Tenant::effective_policy`] for one user: the tenant's rules tightened by the directory's rules for
    /// that user (a fine-grained password policy on AD).
    pub async fn effective_policy_for(&self, dir: &dyn Directory, store: &Store, user: &UserRow) -> PasswordPolicy {
        let base = self.policy.password_policy(self.name());
        if dir.is_builtin() {
            return base;
        }
        match dir.policy_for(store, user).await {
            Ok(p) => p.merge_into(base),
            Err(e) => {
                tracing::warn!(tenant = self.slug(), error = %e, "cannot read the directory's password policy for a user");
                base
            }
        }
    }
}
