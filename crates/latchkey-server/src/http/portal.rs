//! The web portal: the same UI as the desktop app (`ui/dist`, embedded at compile time by
//! `build.rs`), served at `/t/{tenant}/` and at `/` for host names mapped to a tenant
//! (`[[tenant]] hosts = [...]`). Its own endpoints are in `portal_api`.
//!
//! Every portal page carries a strict Content-Security-Policy (no inline script, nothing from
//! another origin, no framing), `Referrer-Policy: no-referrer`, and HSTS when `public_url` is
//! https. The tenant's colors arrive before first paint as a stylesheet (`branding.css`), so no
//! inline style or script is needed.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_proto::{Branding, ErrorCode};
use serde::Deserialize;
use std::fmt::Write as _;

/// One file of the built UI, with its precompressed forms.
pub struct Asset {
    pub path: &'static str,
    pub raw: &'static [u8],
    pub gzip: &'static [u8],
    pub brotli: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/portal_assets.rs"));

/// Whether the UI was built into this binary (`ui/dist` existed at compile time).
pub fn embedded() -> bool {
    asset("index.html").is_some()
}

fn asset(path: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.path == path)
}

/// The Content-Security-Policy of every portal page: scripts, styles, workers and API calls
/// from this origin only; images also as `data:` (tenant logos, the QR code).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; worker-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; \
base-uri 'none'; form-action 'self'; object-src 'none'";

/// The tenant a request's `Host` maps to, if any.
fn mapped_tenant(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    // Mapped hosts are names, never IPv6 literals; drop a port.
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    };
    state.portal_hosts.get(&name.to_ascii_lowercase()).cloned()
}

/// The headers every portal response carries.
fn security_headers(state: &AppState) -> Vec<(HeaderName, HeaderValue)> {
    let mut out = vec![
        (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)),
        (header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
        (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("same-origin"),
        ),
    ];
    if state.public_url.starts_with("https://") {
        out.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    out
}

fn with_headers(state: &AppState, mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in security_headers(state) {
        headers.insert(name, value);
    }
    response
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A small page of its own (no script), for when the portal cannot start.
fn plain_page(state: &AppState, status: StatusCode, title: &str, text: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t}</title></head>\
<body><main><h1>{t}</h1><p>{x}</p></main></body></html>",
        t = html_escape(title),
        x = html_escape(text)
    );
    let response = (
        status,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response();
    with_headers(state, response)
}

/// Which precompressed form the client accepts: brotli, then gzip, else none.
fn encoding(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers.get(header::ACCEPT_ENCODING)?.to_str().ok()?;
    let accepts = |name: &str| {
        accept.split(',').any(|part| {
            let mut pieces = part.trim().split(';');
            let token = pieces.next().unwrap_or("").trim();
            let refused = pieces.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            token.eq_ignore_ascii_case(name) && !refused
        })
    };
    if accepts("br") {
        Some("br")
    } else if accepts("gzip") {
        Some("gzip")
    } else {
        None
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "json" | "map" => "application/json",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The language the request asks for: `?lang=`, Entra's `?mkt=`, then `Accept-Language`.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
    pub mkt: Option<String>,
}

pub(super) fn chain(query: &LangQuery, client_languages: &[String]) -> Vec<String> {
    // An explicit choice wins outright, English included (negotiation always puts en-US last,
    // as the fallback); one Latchkey does not have falls through to the browser's languages.
    for tag in [&query.lang, &query.mkt].into_iter().flatten() {
        if tag.len() > 35 {
            continue;
        }
        let picked = latchkey_i18n::negotiate(&[tag.as_str()]);
        let english = tag.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en"));
        if picked[0] != latchkey_i18n::DEFAULT_LOCALE || english {
            return picked;
        }
    }
    let requested: Vec<&str> = client_languages.iter().map(String::as_str).collect();
    latchkey_i18n::negotiate(&requested)
}

fn accept_languages(headers: &HeaderMap) -> Vec<String> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(latchkey_i18n::parse_accept_language)
        .unwrap_or_default()
}

const RTL: &[&str] = &["ar", "he", "fa", "ur"];

fn is_rtl(locale: &str) -> bool {
    let primary = locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    RTL.contains(&primary.as_str())
}

/// `index.html` for a tenant: its language and direction on `<html>`, its stylesheet of colors
/// and its slug for the web transport, all before the first paint.
fn index_page(state: &AppState, slug: &str, query: &LangQuery, headers: &HeaderMap) -> Response {
    let Some(index) = asset("index.html") else {
        return plain_page(
            state,
            StatusCode::SERVICE_UNAVAILABLE,
            "Web portal not built",
            "This server was built without its web portal. Build the UI (npm --prefix ui run build), \
             then the server again.",
        );
    };
    let locale = chain(query, &accept_languages(headers)).remove(0);
    let html = String::from_utf8_lossy(index.raw);
    let dir = if is_rtl(&locale) { "rtl" } else { "ltr" };
    let html = html.replacen(
        "<html lang=\"en-US\" dir=\"ltr\">",
        &format!("<html lang=\"{}\" dir=\"{dir}\">", html_escape(&locale)),
        1,
    );
    let head = format!(
        "<meta name=\"latchkey-tenant\" content=\"{}\">\n    <link rel=\"stylesheet\" href=\"branding.css\">\n  </head>",
        html_escape(slug)
    );
    let html = html.replacen("</head>", &head, 1);
    let response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        html,
    )
        .into_response();
    with_headers(state, response)
}

async fn tenant_page(state: &AppState, slug: &str, query: &LangQuery, headers: &HeaderMap) -> Response {
    match state.cached_tenant(slug).await {
        Ok(_) => index_page(state, slug, query, headers),
        Err(e) if e.code == ErrorCode::TenantNotFound => plain_page(
            state,
            StatusCode::NOT_FOUND,
            "Not found",
            "There is no organization at this address. Check the link you were given.",
        ),
        Err(_) => plain_page(
            state,
            StatusCode::SERVICE_UNAVAILABLE,
            "Unavailable",
            "The service cannot be reached right now. Try again in a few minutes.",
        ),
    }
}

/// `GET /t/{t}/`
pub async fn tenant_index(
    State(state): State<AppState>,
    Path(t): Path<String>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    tenant_page(&state, &t, &query, &headers).await
}

/// `GET /t/{t}`: the relative asset links need the trailing slash.
pub async fn tenant_redirect(State(state): State<AppState>, Path(t): Path<String>, uri: axum::http::Uri) -> Response {
    if !crate::tenant_slug_is_valid(&t) {
        return plain_page(&state, StatusCode::NOT_FOUND, "Not found", "There is no such page.");
    }
    let location = match uri.query() {
        Some(q) => format!("/t/{t}/?{q}"),
        None => format!("/t/{t}/"),
    };
    match HeaderValue::from_str(&location) {
        Ok(v) => with_headers(
            &state,
            (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, v)]).into_response(),
        ),
        Err(_) => plain_page(&state, StatusCode::NOT_FOUND, "Not found", "There is no such page."),
    }
}

/// `GET /` on a host mapped to a tenant.
pub async fn host_index(State(state): State<AppState>, Query(query): Query<LangQuery>, headers: HeaderMap) -> Response {
    match mapped_tenant(&state, &headers) {
        Some(slug) => tenant_page(&state, &slug, &query, &headers).await,
        None => AppError::new(ErrorCode::RequestNotFound).into_response(),
    }
}

/// `GET /t/{t}/assets/{file}` and `GET /assets/{file}`: hashed names, cached for a year.
pub async fn tenant_asset(
    State(state): State<AppState>,
    Path((_t, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    serve_asset(&state, &file, &headers)
}

pub async fn root_asset(State(state): State<AppState>, Path(file): Path<String>, headers: HeaderMap) -> Response {
    serve_asset(&state, &file, &headers)
}

fn serve_asset(state: &AppState, file: &str, headers: &HeaderMap) -> Response {
    let Some(a) = asset(&format!("assets/{file}")) else {
        return with_headers(state, AppError::new(ErrorCode::RequestNotFound).into_response());
    };
    let (body, enc) = match encoding(headers) {
        Some("br") if a.brotli.len() < a.raw.len() => (a.brotli, Some("br")),
        Some("br" | "gzip") if a.gzip.len() < a.raw.len() => (a.gzip, Some("gzip")),
        _ => (a.raw, None),
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type(a.path))),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
            (header::VARY, HeaderValue::from_static("Accept-Encoding")),
        ],
        body,
    )
        .into_response();
    if let Some(enc) = enc {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    with_headers(state, response)
}

/// The colors as the UI's `branding.ts` applies them once it runs (the same WCAG AA
/// adjustments), so the page keeps the look it had at first paint.
pub fn branding_css(branding: &Branding) -> String {
    use latchkey_core::branding::{MIN_CONTRAST, contrast, parse_hex};
    const DARK: &str = "#111111";
    const LIGHT: &str = "#ffffff";
    let defaults = latchkey_proto::Colors::default();
    let pick = |c: &str, d: &str| {
        if parse_hex(c).is_some() {
            c.trim().to_string()
        } else {
            d.to_string()
        }
    };
    let rgb = |c: &str| parse_hex(c).unwrap_or([0, 0, 0]);
    let best_on = |background: [u8; 3]| {
        if contrast(rgb(DARK), background) >= contrast(rgb(LIGHT), background) {
            DARK
        } else {
            LIGHT
        }
    };
    let primary = pick(&branding.colors.primary, &defaults.primary);
    let background = pick(&branding.colors.background, &defaults.background);
    let bg = rgb(&background);
    let mut text = pick(&branding.colors.text, &defaults.text);
    if contrast(rgb(&text), bg) < MIN_CONTRAST {
        text = best_on(bg).to_string();
    }
    let accent = if contrast(rgb(&primary), bg) >= MIN_CONTRAST {
        primary.clone()
    } else {
        text.clone()
    };
    let mut css = String::from(":root {\n");
    for (name, value) in [
        ("primary", primary.as_str()),
        ("on-primary", best_on(rgb(&primary))),
        ("background", background.as_str()),
        ("text", text.as_str()),
        ("accent", accent.as_str()),
    ] {
        let _ = writeln!(css, "  --brand-{name}: {value};");
    }
    css.push_str("}\n");
    css
}

async fn css_for(state: &AppState, slug: &str, headers: &HeaderMap) -> Response {
    let cached = match state.cached_tenant(slug).await {
        Ok(c) => c,
        Err(e) => return with_headers(state, e.into_response()),
    };
    let etag = HeaderValue::from_str(&cached.etag).expect("hex etag is a valid header");
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim().trim_start_matches("W/") == cached.etag))
    {
        return with_headers(
            state,
            (StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache]).into_response(),
        );
    }
    let css = branding_css(&cached.tenant.branding());
    let response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (header::ETAG, etag),
            cache,
        ],
        css,
    )
        .into_response();
    with_headers(state, response)
}

/// `GET /t/{t}/branding.css`
pub async fn tenant_css(State(state): State<AppState>, Path(t): Path<String>, headers: HeaderMap) -> Response {
    css_for(&state, &t, &headers).await
}

/// `GET /branding.css` on a host mapped to a tenant.
pub async fn host_css(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match mapped_tenant(&state, &headers) {
        Some(slug) => css_for(&state, &slug, &headers).await,
        None => AppError::new(ErrorCode::RequestNotFound).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn branding(primary: &str, background: &str, text: &str) -> Branding {
        Branding {
            name: "T".into(),
            colors: latchkey_proto::Colors {
                primary: primary.into(),
                background: background.into(),
                text: text.into(),
            },
            logo_url: None,
            sign_in_text: None,
            sign_in_text_translations: Default::default(),
            helpdesk: Default::default(),
            locales: vec![],
        }
    }

    #[test]
    fn palette_keeps_text_readable_like_the_ui() {
        // Faint text on white becomes near-black; a light primary gets dark labels and is not
        // used for links; anything that is not a hex color falls back to the defaults.
        let css = branding_css(&branding("#ffd700", "#ffffff", "#eeeeee"));
        assert!(css.contains("--brand-text: #111111;"), "{css}");
        assert!(css.contains("--brand-on-primary: #111111;"), "{css}");
        assert!(css.contains("--brand-accent: #111111;"), "{css}");
        let css = branding_css(&branding("red; } body { x", "#000", "#fff"));
        assert!(css.contains("--brand-primary: #0f6cbd;"), "{css}");
        assert!(
            css.contains("--brand-background: #000;") && css.contains("--brand-text: #fff;"),
            "{css}"
        );
    }

    #[test]
    fn encodings_and_hosts() {
        let mut h = HeaderMap::new();
        assert_eq!(encoding(&h), None);
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip, deflate, br"));
        assert_eq!(encoding(&h), Some("br"));
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br;q=0, gzip;q=0.5"));
        assert_eq!(encoding(&h), Some("gzip"));
        assert!(is_rtl("ar-EG") && !is_rtl("de"));
        assert_eq!(content_type("assets/x.js"), "text/javascript; charset=utf-8");
    }
}
