use super::i18n::{self, FtlSource, LocaleInfo};
use crate::client::BrandingFetch;
use crate::error::CommandError;
use crate::{AppState, IMPLEMENTED_FLOWS, branding_cache};
use latchkey_proto::{Branding, PasswordPolicy};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State};

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
    /// Machine policy keys set by IT: the UI shows them locked ("Set by your organization").
    pub managed: Vec<String>,
    pub stay_signed_in: StayInfo,
}

/// "Stay signed in": offered on this machine, and (from `session_resume`) whether a kept
/// session was resumed. The keyring is not touched at start, only when security info opens.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StayInfo {
    pub offered: bool,
    pub resumed: bool,
    /// `keyring.unavailable` when the keyring could not be read.
    pub problem: Option<CommandError>,
}

/// Language order: the machine policy's, then the OS's (only the allowed ones, when the policy
/// narrows them).
fn requested_locales(state: &AppState) -> Vec<String> {
    let mut out: Vec<String> = state.policy.locale.iter().cloned().collect();
    out.extend(sys_locale::get_locales());
    i18n::allowed_only(&state.policy, out)
}

/// A branding refresh still to run: for the tenant, against what was cached, in the locale shown.
#[derive(Debug)]
pub struct PendingRefresh {
    url: String,
    slug: String,
    cached: Option<branding_cache::CachedTenant>,
    locale: String,
}

/// What the start screen gets without the network: final (a policy problem, no tenant), the
/// cached tenant (its refresh still to run), or nothing cached (the refresh must come first).
enum Local {
    Final(Bootstrap),
    Cached(Bootstrap, PendingRefresh),
    Uncached(Bootstrap, PendingRefresh),
}

fn local(state: &AppState) -> Local {
    let requested = requested_locales(state);
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let bundle = i18n::select(state, &requested);
    let flows: Vec<String> = state
        .policy
        .flows
        .iter()
        .filter(|f| IMPLEMENTED_FLOWS.contains(&f.as_str()))
        // A kiosk offers reset, unlock and change only: security info would mean signing in
        // and enrolling secrets on a shared machine.
        .filter(|f| !(state.policy.kiosk && f.as_str() == "security_info"))
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
        locales: i18n::locales(&state.policy),
        ftl: bundle.ftl,
        policy: None,
        error: None,
        managed: state.managed.clone(),
        stay_signed_in: StayInfo::default(),
    };
    if let Some(problem) = &state.policy_problem {
        let mut args = serde_json::Map::new();
        args.insert("path".into(), problem.path.clone().into());
        args.insert("key".into(), problem.key.clone().unwrap_or_else(|| "-".into()).into());
        args.insert("detail".into(), problem.detail.clone().into());
        out.error = Some(CommandError::with_args("config.policy_invalid", args));
        return Local::Final(out);
    }
    let (Some(_), Some(url), Some(slug)) = (&state.client, &state.policy.tenant_url, &state.policy.tenant) else {
        out.error = Some(CommandError::new(CommandError::NO_TENANT));
        return Local::Final(out);
    };
    out.tenant = Some(TenantInfo {
        slug: slug.clone(),
        url: url.clone(),
    });
    out.stay_signed_in = StayInfo {
        offered: crate::stay_signed_in::allowed(&state.policy),
        ..StayInfo::default()
    };
    let cached = branding_cache::load(&branding_cache::dir(), url, slug);
    let pending = PendingRefresh {
        url: url.clone(),
        slug: slug.clone(),
        cached: cached.clone(),
        locale: bundle.locale.clone(),
    };
    let Some(entry) = cached else {
        return Local::Uncached(out, pending);
    };
    if let Ok(mut s) = state.session.lock() {
        s.password_policy = entry.policy.clone();
    }
    out.branding = Some(with_policy_helpdesk(entry.branding, &state.policy));
    out.policy = entry.policy;
    Local::Cached(out, pending)
}

/// `app`: where the background refresh reports (None: refresh inline, no cache-first).
pub async fn bootstrap(state: &AppState, app: Option<AppHandle>) -> Bootstrap {
    // Cache first: the start screen paints with the cached look and rules at once, and the
    // refresh (ETag, so usually a 304) runs in the background and tells the UI what changed.
    let (mut out, pending) = match (local(state), app) {
        (Local::Final(out), _) => return out,
        (Local::Cached(out, pending), Some(app)) => {
            spawn_refresh(app, pending);
            return out;
        }
        (Local::Cached(out, pending), None) | (Local::Uncached(out, pending), _) => (out, pending),
    };
    let update = refresh(state, &pending.url, &pending.slug, pending.cached, &pending.locale).await;
    out.offline = update.offline;
    out.error = update.error;
    out.branding = update.branding;
    out.policy = update.policy;
    out
}

/// The start screen's data when it needs no network (so the window can carry it from its first
/// page load, without a round trip), and the refresh to start once the UI listens for it.
pub fn first_bootstrap(state: &AppState) -> Option<(Bootstrap, Option<PendingRefresh>)> {
    match local(state) {
        Local::Final(out) => Some((out, None)),
        Local::Cached(out, pending) => Some((out, Some(pending))),
        Local::Uncached(..) => None,
    }
}

/// Runs the refresh in the background and sends its result as `branding-updated`.
pub fn spawn_refresh(app: AppHandle, pending: PendingRefresh) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let update = refresh(&state, &pending.url, &pending.slug, pending.cached, &pending.locale).await;
        let _ = app.emit(BRANDING_EVENT, update);
    });
}

/// The UI's event after a background refresh of branding and password rules.
pub const BRANDING_EVENT: &str = "branding-updated";

/// What a refresh found: fresh or confirmed branding and rules, or that the server is out of
/// reach (`offline`, the cache stays), or an error without any cache.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BrandingUpdate {
    pub branding: Option<Branding>,
    pub policy: Option<PasswordPolicy>,
    pub offline: bool,
    pub error: Option<CommandError>,
}

/// Fetches branding (with the cached ETag) and the password rules; stores them in the cache
/// (not in kiosk mode) and in the session.
async fn refresh(
    state: &AppState,
    url: &str,
    slug: &str,
    cached: Option<branding_cache::CachedTenant>,
    locale: &str,
) -> BrandingUpdate {
    let mut out = BrandingUpdate::default();
    let Some(client) = &state.client else {
        out.error = Some(CommandError::new(CommandError::NO_TENANT));
        return out;
    };
    let fetched = client
        .branding(cached.as_ref().and_then(|c| c.etag.as_deref()), locale)
        .await;
    let entry = match fetched {
        Ok(BrandingFetch::NotModified) if cached.is_some() => {
            let mut entry = cached.expect("checked above");
            if let Ok(policy) = client.password_policy(locale).await {
                entry.policy = Some(policy);
            }
            Some(entry)
        }
        Ok(BrandingFetch::Fresh { branding, etag }) => {
            let policy = client.password_policy(locale).await.ok();
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
        // Kiosk mode writes nothing to disk: it reads a cache IT may have prepared, never writes.
        if !out.offline && !state.policy.kiosk {
            branding_cache::store(&branding_cache::dir(), url, slug, &entry);
        }
        if let Ok(mut s) = state.session.lock() {
            s.password_policy = entry.policy.clone();
        }
        out.branding = Some(with_policy_helpdesk(entry.branding, &state.policy));
        out.policy = entry.policy;
    }
    out
}

/// The machine policy's help desk, where set, replaces the tenant's.
pub fn with_policy_helpdesk(mut branding: Branding, policy: &crate::machine_policy::MachinePolicy) -> Branding {
    let h = &mut branding.helpdesk;
    for (slot, value) in [
        (&mut h.email, &policy.helpdesk_email),
        (&mut h.phone, &policy.helpdesk_phone),
        (&mut h.url, &policy.helpdesk_url),
    ] {
        if value.is_some() {
            slot.clone_from(value);
        }
    }
    branding
}

/// The UI showed the bootstrap the window carried and now listens for `branding-updated`: the
/// refresh left pending for that moment starts (once).
#[tauri::command]
pub fn app_refresh(app: AppHandle, state: State<'_, AppState>) {
    let pending = state.pending_refresh.lock().ok().and_then(|mut p| p.take());
    if let Some(pending) = pending {
        spawn_refresh(app, pending);
    }
}

#[tauri::command]
pub async fn app_bootstrap(app: AppHandle, state: State<'_, AppState>) -> Result<Bootstrap, CommandError> {
    crate::startup_mark("bootstrap asked");
    let out = bootstrap(&state, Some(app)).await;
    crate::startup_mark("bootstrap answered");
    Ok(out)
}
