use super::i18n::{self, FtlSource, LocaleInfo};
use crate::client::BrandingFetch;
use crate::error::CommandError;
use crate::{AppState, IMPLEMENTED_FLOWS, branding_cache};
use latchkey_proto::{Branding, PasswordPolicy};
use serde::Serialize;
use tauri::State;

#[derive(Debug, Clone, Serialize)]
pub struct TenantInfo {
    pub slug: String,
    pub url: String,
}

/// Everything the start screen needs, in one call.
#[derive(Debug, Clone, Serialize)]
pub struct Bootstrap {
    pub tenant: Option<TenantInfo>,
    pub branding: Option<Branding>,
    pub offline: bool,
    pub kiosk: bool,
    /// Kiosk mode: seconds without input after which the visit is wiped (0 = never).
    pub idle_timeout_secs: u64,
    pub flows: Vec<String>,
    pub locale: String,
    pub locales: Vec<LocaleInfo>,
    pub ftl: Vec<FtlSource>,
    pub policy: Option<PasswordPolicy>,
    pub error: Option<CommandError>,
}

/// Language order: the machine policy's, then the OS's.
fn requested_locales(state: &AppState) -> Vec<String> {
    let mut out: Vec<String> = state.policy.locale.iter().cloned().collect();
    out.extend(sys_locale::get_locales());
    out
}

pub async fn bootstrap(state: &AppState) -> Bootstrap {
    let requested = requested_locales(state);
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let bundle = i18n::select(state, &requested);
    let flows: Vec<String> = state
        .policy
        .flows
        .iter()
        .filter(|f| IMPLEMENTED_FLOWS.contains(&f.as_str()))
        .cloned()
        .collect();
    let mut out = Bootstrap {
        tenant: None,
        branding: None,
        offline: false,
        kiosk: state.policy.kiosk,
        idle_timeout_secs: state.policy.idle_timeout_secs,
        flows,
        locale: bundle.locale.clone(),
        locales: i18n::locales(),
        ftl: bundle.ftl,
        policy: None,
        error: None,
    };
    if let Some(problem) = &state.policy_problem {
        let mut args = serde_json::Map::new();
        args.insert("path".into(), problem.path.clone().into());
        args.insert("detail".into(), problem.detail.clone().into());
        out.error = Some(CommandError::with_args("config.policy_invalid", args));
        return out;
    }
    let (Some(client), Some(url), Some(slug)) = (&state.client, &state.policy.tenant_url, &state.policy.tenant) else {
        out.error = Some(CommandError::new(CommandError::NO_TENANT));
        return out;
    };
    out.tenant = Some(TenantInfo {
        slug: slug.clone(),
        url: url.clone(),
    });

    let dir = branding_cache::dir();
    let cached = branding_cache::load(&dir, url, slug);
    let locale = bundle.locale.clone();
    let fetched = client
        .branding(cached.as_ref().and_then(|c| c.etag.as_deref()), &locale)
        .await;
    let entry = match fetched {
        Ok(BrandingFetch::NotModified) if cached.is_some() => {
            let mut entry = cached.expect("checked above");
            if let Ok(policy) = client.password_policy(&locale).await {
                entry.policy = Some(policy);
            }
            Some(entry)
        }
        Ok(BrandingFetch::Fresh { branding, etag }) => {
            let policy = client.password_policy(&locale).await.ok();
            Some(branding_cache::CachedTenant {
                etag,
                branding: *branding,
                policy,
            })
        }
        Ok(BrandingFetch::NotModified) => None,
        Err(e) => {
            let network = e.code.starts_with("network.");
            if network && cached.is_some() {
                out.offline = true;
            } else {
                out.error = Some(e);
            }
            if network { cached } else { None }
        }
    };
    if let Some(entry) = entry {
        if !out.offline {
            branding_cache::store(&dir, url, slug, &entry);
        }
        if let Ok(mut s) = state.session.lock() {
            s.password_policy = entry.policy.clone();
        }
        out.branding = Some(entry.branding);
        out.policy = entry.policy;
    }
    out
}

#[tauri::command]
pub async fn app_bootstrap(state: State<'_, AppState>) -> Result<Bootstrap, CommandError> {
    Ok(bootstrap(&state).await)
}
