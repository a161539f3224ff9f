//! What the web portal's transport needs beyond the API the desktop app uses, so every rule
//! stays in Rust: the bootstrap (branding, password rules, flows, the negotiated language and
//! its Fluent sources), the Fluent sources of a picked language, and live password evaluation
//! with the same `latchkey_core::password::evaluate` the server's verdict uses.

use super::portal::{LangQuery, chain};
use super::{ApiJson, Client};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use latchkey_core::password::{self, UserContext};
use latchkey_proto::{Branding, ErrorBody, ErrorCode, PasswordPolicy, PasswordVerdict, Secret};
use serde::{Deserialize, Serialize};

/// Live evaluations allowed per tenant and address per minute (one per pause in typing).
pub const EVALUATIONS_PER_MINUTE: i64 = 240;

/// One locale's UI messages (`app.ftl` and `meta.ftl`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FtlSource {
    pub locale: String,
    pub source: String,
}

/// The negotiated language and its fallback chain (en-US last), as Fluent sources.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LocaleBundle {
    pub locale: String,
    pub ftl: Vec<FtlSource>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's own name.
    pub name: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PortalTenant {
    pub slug: String,
    pub url: String,
}

/// Everything the portal's start screen needs, in one call (the shape of the desktop app's
/// bootstrap, so the screens are shared).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PortalBootstrap {
    pub tenant: PortalTenant,
    pub branding: Branding,
    pub offline: bool,
    pub kiosk: bool,
    pub flows: Vec<String>,
    pub locale: String,
    pub locales: Vec<LocaleInfo>,
    pub ftl: Vec<FtlSource>,
    pub policy: PasswordPolicy,
    #[schema(value_type = Option<Object>)]
    pub error: Option<serde_json::Value>,
}

fn bundle(chain: Vec<String>) -> LocaleBundle {
    let all = latchkey_i18n::available();
    let ftl = chain
        .iter()
        .filter_map(|tag| all.iter().find(|l| &l.locale == tag))
        .map(|l| FtlSource {
            locale: l.locale.clone(),
            source: l
                .files
                .iter()
                .filter(|(name, _)| name.as_str() == "app.ftl" || name.as_str() == "meta.ftl")
                .map(|(_, text)| text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    LocaleBundle {
        locale: chain[0].clone(),
        ftl,
    }
}

fn locales() -> Vec<LocaleInfo> {
    latchkey_i18n::available_tags()
        .into_iter()
        .map(|code| {
            let name = latchkey_i18n::Localizer::for_chain(std::slice::from_ref(&code)).format("locale-name", &[]);
            LocaleInfo { code, name }
        })
        .collect()
}

#[utoipa::path(get, path = "/api/v1/tenants/{t}/portal/bootstrap", tag = "portal",
    params(("t" = String, Path, description = "Tenant slug"),
        ("lang" = Option<String>, Query, description = "Preferred language (BCP 47)"),
        ("mkt" = Option<String>, Query, description = "Entra's name for `lang`")),
    responses((status = 200, body = PortalBootstrap, description = "Branding, password rules, flows, language and its messages"),
        (status = 404, body = ErrorBody, description = "tenant.not_found")))]
pub async fn bootstrap(
    State(state): State<AppState>,
    Path(t): Path<String>,
    Query(query): Query<LangQuery>,
    client: Client,
) -> AppResult<Json<PortalBootstrap>> {
    let cached = state.cached_tenant(&t).await?;
    let tenant = &cached.tenant;
    let LocaleBundle { locale, ftl } = bundle(chain(&query, &client.languages));
    let mut flows = vec!["reset".to_string()];
    if tenant.policy.unlock_enabled {
        flows.push("unlock".into());
    }
    flows.extend(["change".to_string(), "security_info".to_string()]);
    Ok(Json(PortalBootstrap {
        tenant: PortalTenant {
            slug: tenant.slug().into(),
            url: state.public_url.to_string(),
        },
        branding: tenant.branding(),
        offline: false,
        kiosk: false,
        flows,
        locale,
        locales: locales(),
        ftl,
        policy: tenant.policy.password_policy(tenant.name()),
        error: None,
    }))
}

#[utoipa::path(get, path = "/api/v1/tenants/{t}/portal/locale", tag = "portal",
    params(("t" = String, Path, description = "Tenant slug"),
        ("lang" = Option<String>, Query, description = "The language picked"),
        ("mkt" = Option<String>, Query, description = "Entra's name for `lang`")),
    responses((status = 200, body = LocaleBundle), (status = 404, body = ErrorBody, description = "tenant.not_found")))]
pub async fn locale(
    State(state): State<AppState>,
    Path(t): Path<String>,
    Query(query): Query<LangQuery>,
    client: Client,
) -> AppResult<Json<LocaleBundle>> {
    state.cached_tenant(&t).await?;
    Ok(Json(bundle(chain(&query, &client.languages))))
}

/// A password to check against the tenant's rules, with the user ID typed so far.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluateRequest {
    #[schema(value_type = String)]
    pub password: Secret,
    #[serde(default)]
    pub username: Option<String>,
    /// The user's own rules, as a finished reset verification answered them (a fine-grained
    /// directory policy); absent: the tenant's effective rules. Only the numbers and switches
    /// are taken: the banned terms are always the tenant's.
    #[serde(default)]
    pub policy: Option<PasswordPolicy>,
}

#[utoipa::path(post, path = "/api/v1/tenants/{t}/password-evaluate", tag = "portal",
    params(("t" = String, Path, description = "Tenant slug")), request_body = EvaluateRequest,
    responses((status = 200, body = PasswordVerdict, description = "The same evaluation as the server's final verdict (without history)"),
        (status = 429, body = ErrorBody, description = "password.evaluate_rate_limited")))]
pub async fn evaluate(
    State(state): State<AppState>,
    Path(t): Path<String>,
    client: Client,
    ApiJson(req): ApiJson<EvaluateRequest>,
) -> AppResult<Json<PasswordVerdict>> {
    let cached = state.cached_tenant(&t).await?;
    let tenant = &cached.tenant;
    let now = state.clock.now_ms();
    let key = format!("evaluate:{}:{}", tenant.slug(), client.actor.ip);
    let (count, window_start) = state.store.rate_hit(&key, now, 60_000).await?;
    if count > EVALUATIONS_PER_MINUTE {
        let retry = ((window_start + 60_000 - now).max(1000) / 1000) as u64;
        return Err(AppError::rate_limited(ErrorCode::PasswordEvaluateRateLimited, retry));
    }
    let username: String = req.username.unwrap_or_default().chars().take(256).collect();
    let effective = tenant.effective_policy(state.directory(tenant).as_ref()).await;
    let policy = match req.policy {
        Some(own) => PasswordPolicy {
            custom_banned_words: effective.custom_banned_words,
            tenant_name: effective.tenant_name,
            ..own
        },
        None => effective,
    };
    // zxcvbn and the lists take about a millisecond: off the async threads.
    tokio::task::spawn_blocking(move || {
        let ctx = UserContext {
            username: &username,
            display_name: None,
            email: None,
        };
        password::evaluate(&policy, req.password.expose(), &ctx)
    })
    .await
    .map(Json)
    .map_err(AppError::internal)
}
