//! Network self-diagnosis: the "Check connection" screen and `latchkey --diagnose`. Each check
//! gives a status and a specific code (`diag.*`, localized as `diag-*` in `locales/*/app.ftl`)
//! with its arguments, so an employee can read the result to the help desk.
//!
//! Checks, in order: machine policy, DNS, proxy, TCP connection (through a proxy: the tunnel it
//! opens, refused or asking for a sign-in), TLS (chain, expiry, name), clock skew against the
//! server's `Date`, and the server's API version and tenant.

use crate::AppState;
use serde::Serialize;
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
    Skipped,
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// `policy`, `dns`, `proxy`, `tcp`, `tls`, `clock` or `api`.
    pub id: &'static str,
    pub status: Status,
    pub code: String,
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub args: Map<String, Value>,
}

fn check(id: &'static str, status: Status, code: &str, args: &[(&str, Value)]) -> Check {
    Check {
        id,
        status,
        code: code.to_string(),
        args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    }
}

/// How much clock difference TOTP codes and sessions tolerate.
pub const MAX_SKEW_SECS: i64 = 60;
const STEP_TIMEOUT: Duration = Duration::from_secs(6);

/// Splits an http(s) URL into host and port.
fn host_port(url: &str) -> Option<(String, u16)> {
    let u = url::Url::parse(url).ok()?;
    let host = u.host_str()?.trim_start_matches('[').trim_end_matches(']').to_string();
    Some((host, u.port_or_known_default()?))
}

/// What a TLS failure was, from the TLS library's error text.
pub fn tls_code(detail: &str) -> &'static str {
    if detail.contains("Expired") || detail.contains("NotValidYet") {
        "diag.tls_expired"
    } else if detail.contains("NotValidForName") {
        "diag.tls_name_mismatch"
    } else if detail.contains("UnknownIssuer")
        || detail.contains("BadSignature")
        || detail.contains("UnknownRevocationStatus")
    {
        "diag.tls_untrusted"
    } else {
        "diag.tls_failed"
    }
}

/// Whether the proxy refused to open the tunnel to the server (its answer to `CONNECT` was not
/// 200: e.g. 403 for a port it does not allow), and whether it asked for a sign-in (407), from
/// the HTTP library's error chain.
pub fn proxy_refusal(detail: &str) -> Option<&'static str> {
    if detail.contains("ProxyAuthRequired") {
        Some("diag.proxy_auth_required")
    } else if detail.contains("TunnelUnsuccessful") {
        Some("diag.proxy_refused")
    } else {
        None
    }
}

fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = format!("{e:?}");
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push_str(&format!(" / {s:?}"));
        cur = s.source();
    }
    out
}

async fn tcp(host: &str, port: u16) -> Result<(String, u128), &'static str> {
    let started = Instant::now();
    match tokio::time::timeout(STEP_TIMEOUT, tokio::net::TcpStream::connect((host, port))).await {
        Ok(Ok(stream)) => Ok((
            stream.peer_addr().map(|a| a.to_string()).unwrap_or_default(),
            started.elapsed().as_millis(),
        )),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => Err("refused"),
        Ok(Err(_)) => Err("failed"),
        Err(_) => Err("timeout"),
    }
}

/// Runs every check; a failed step skips the ones that depend on it.
pub async fn run(state: &AppState) -> Vec<Check> {
    let mut out = Vec::new();
    let skip = |out: &mut Vec<Check>, ids: &[&'static str]| {
        for id in ids {
            out.push(check(id, Status::Skipped, "diag.skipped", &[]));
        }
    };
    const AFTER_POLICY: [&str; 6] = ["dns", "proxy", "tcp", "tls", "clock", "api"];

    // Policy.
    if let Some(p) = &state.policy_problem {
        out.push(check(
            "policy",
            Status::Fail,
            "diag.policy_invalid",
            &[
                ("path", p.path.clone().into()),
                ("key", p.key.clone().unwrap_or_else(|| "-".into()).into()),
            ],
        ));
        skip(&mut out, &AFTER_POLICY);
        return out;
    }
    let (Some(url), Some(tenant), Some(client)) = (&state.policy.tenant_url, &state.policy.tenant, &state.client)
    else {
        out.push(check("policy", Status::Fail, "diag.no_tenant", &[]));
        skip(&mut out, &AFTER_POLICY);
        return out;
    };
    out.push(check(
        "policy",
        Status::Ok,
        "diag.policy_ok",
        &[("url", url.clone().into()), ("tenant", tenant.clone().into())],
    ));
    let Some((host, port)) = host_port(url) else {
        out.push(check(
            "dns",
            Status::Fail,
            "diag.url_invalid",
            &[("url", url.clone().into())],
        ));
        skip(&mut out, &AFTER_POLICY[1..]);
        return out;
    };
    let proxy = state.policy.proxy.as_deref().and_then(host_port);

    // DNS: the server's name, or the proxy's (which then resolves the server).
    let (dns_host, dns_port) = proxy.clone().unwrap_or((host.clone(), port));
    if dns_host.parse::<std::net::IpAddr>().is_ok() {
        out.push(check(
            "dns",
            Status::Ok,
            "diag.dns_ip",
            &[("host", dns_host.clone().into())],
        ));
    } else {
        match tokio::time::timeout(STEP_TIMEOUT, tokio::net::lookup_host((dns_host.as_str(), dns_port))).await {
            Ok(Ok(addrs)) => {
                let list: Vec<String> = addrs.map(|a| a.ip().to_string()).collect();
                out.push(check(
                    "dns",
                    Status::Ok,
                    "diag.dns_ok",
                    &[("host", dns_host.clone().into()), ("addresses", list.join(", ").into())],
                ));
            }
            _ => {
                out.push(check(
                    "dns",
                    Status::Fail,
                    "diag.dns_failed",
                    &[("host", dns_host.clone().into())],
                ));
                skip(&mut out, &AFTER_POLICY[1..]);
                return out;
            }
        }
    }

    // Proxy, then the TCP connection (through the proxy the app's requests below go).
    match &proxy {
        None => out.push(check("proxy", Status::Skipped, "diag.proxy_none", &[])),
        Some((ph, pp)) => match tcp(ph, *pp).await {
            Ok(_) => out.push(check(
                "proxy",
                Status::Ok,
                "diag.proxy_ok",
                &[("proxy", format!("{ph}:{pp}").into())],
            )),
            Err(_) => {
                out.push(check(
                    "proxy",
                    Status::Fail,
                    "diag.proxy_unreachable",
                    &[("proxy", format!("{ph}:{pp}").into())],
                ));
                skip(&mut out, &AFTER_POLICY[2..]);
                return out;
            }
        },
    }
    if proxy.is_some() {
        out.push(check("tcp", Status::Skipped, "diag.tcp_via_proxy", &[]));
    } else {
        let target = format!("{host}:{port}");
        match tcp(&host, port).await {
            Ok((addr, ms)) => out.push(check(
                "tcp",
                Status::Ok,
                "diag.tcp_ok",
                &[("address", addr.into()), ("ms", (ms as u64).into())],
            )),
            Err(kind) => {
                out.push(check(
                    "tcp",
                    Status::Fail,
                    &format!("diag.tcp_{kind}"),
                    &[("address", target.into())],
                ));
                skip(&mut out, &AFTER_POLICY[3..]);
                return out;
            }
        }
    }

    // TLS, clock and API: one request to /healthz through the app's own client (same proxy and
    // trusted CAs as every other request).
    let health = client.health().await;
    let https = url.starts_with("https://");
    let (date, body) = match health {
        Ok(v) => {
            if https {
                out.push(check(
                    "tls",
                    Status::Ok,
                    "diag.tls_ok",
                    &[("host", host.clone().into())],
                ));
            } else {
                out.push(check(
                    "tls",
                    Status::Warn,
                    "diag.tls_not_used",
                    &[("url", url.clone().into())],
                ));
            }
            v
        }
        Err(e) => {
            let detail = error_chain(&e);
            if let (Some(code), Some((ph, pp))) = (proxy_refusal(&detail), &proxy) {
                // The tunnel is the connection step: that row fails, the later ones are skipped.
                out.retain(|c| c.id != "tcp");
                out.push(check(
                    "tcp",
                    Status::Fail,
                    code,
                    &[
                        ("proxy", format!("{ph}:{pp}").into()),
                        ("address", format!("{host}:{port}").into()),
                    ],
                ));
                skip(&mut out, &AFTER_POLICY[3..]);
                return out;
            }
            let tls_failure = https
                && [
                    "certificate",
                    "Certificate",
                    "tls",
                    "Tls",
                    "TLS",
                    "handshake",
                    "Handshake",
                ]
                .iter()
                .any(|w| detail.contains(w));
            if tls_failure {
                out.push(check(
                    "tls",
                    Status::Fail,
                    tls_code(&detail),
                    &[("host", host.clone().into())],
                ));
                skip(&mut out, &AFTER_POLICY[4..]);
            } else {
                let code = if e.is_timeout() {
                    "diag.http_timeout"
                } else {
                    "diag.http_failed"
                };
                if https {
                    out.push(check("tls", Status::Skipped, "diag.skipped", &[]));
                } else {
                    out.push(check(
                        "tls",
                        Status::Warn,
                        "diag.tls_not_used",
                        &[("url", url.clone().into())],
                    ));
                }
                out.push(check("clock", Status::Skipped, "diag.skipped", &[]));
                out.push(check("api", Status::Fail, code, &[("url", url.clone().into())]));
            }
            return out;
        }
    };

    // Clock skew against the server's Date header.
    let now = std::time::SystemTime::now();
    match date.as_deref().and_then(|d| httpdate::parse_http_date(d).ok()) {
        Some(server) => {
            let skew = match now.duration_since(server) {
                Ok(d) => d.as_secs() as i64,
                Err(e) => -(e.duration().as_secs() as i64),
            };
            let status = if skew.abs() > MAX_SKEW_SECS {
                Status::Fail
            } else {
                Status::Ok
            };
            let code = if status == Status::Ok {
                "diag.clock_ok"
            } else {
                "diag.clock_skew"
            };
            out.push(check("clock", status, code, &[("skew_secs", skew.into())]));
        }
        None => out.push(check("clock", Status::Warn, "diag.clock_unknown", &[])),
    }

    // API version and tenant.
    let version = body.get("version").and_then(Value::as_str).map(str::to_string);
    match version {
        None => out.push(check(
            "api",
            Status::Fail,
            "diag.api_not_latchkey",
            &[("url", url.clone().into())],
        )),
        Some(v) if !compatible(&v, env!("CARGO_PKG_VERSION")) => out.push(check(
            "api",
            Status::Fail,
            "diag.api_incompatible",
            &[("version", v.into()), ("expected", env!("CARGO_PKG_VERSION").into())],
        )),
        Some(v) => match client.branding(None, &state.locale()).await {
            Ok(_) => out.push(check(
                "api",
                Status::Ok,
                "diag.api_ok",
                &[("version", v.into()), ("tenant", tenant.clone().into())],
            )),
            Err(e) if e.code == "tenant.not_found" => out.push(check(
                "api",
                Status::Fail,
                "diag.tenant_unknown",
                &[("tenant", tenant.clone().into())],
            )),
            Err(e) => out.push(check(
                "api",
                Status::Fail,
                "diag.api_failed",
                &[("code", e.code.into())],
            )),
        },
    }
    out
}

/// Same major version; for 0.x, the same minor (the API may change between 0.x releases).
pub fn compatible(server: &str, app: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').take(2).filter_map(|p| p.parse().ok()).collect() };
    let (s, a) = (parts(server), parts(app));
    match (s.as_slice(), a.as_slice()) {
        ([0, sm], [0, am]) => sm == am,
        ([server_major, ..], [app_major, ..]) => server_major == app_major,
        _ => false,
    }
}

/// The worst status: the exit code of `latchkey --diagnose` (0 ok, 1 a check failed, 2 warnings).
pub fn exit_code(checks: &[Check]) -> i32 {
    if checks.iter().any(|c| c.status == Status::Fail) {
        1
    } else if checks.iter().any(|c| c.status == Status::Warn) {
        2
    } else {
        0
    }
}

/// Fluent message id of a code: `diag.tls_expired` → `diag-tls-expired`.
pub fn message_id(code: &str) -> String {
    code.replace(['.', '_'], "-")
}

/// The report as text in the negotiated language (the CLI's output and the screen's "copy").
pub fn report(checks: &[Check], chain: &[String]) -> String {
    let l10n = latchkey_i18n::Localizer::for_chain(chain);
    let mut out = String::new();
    for c in checks {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = c
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Value::Number(n) => fluent_bundle::FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => fluent_bundle::FluentValue::from(s.as_str()),
                    other => fluent_bundle::FluentValue::from(other.to_string()),
                };
                (k.as_str(), value)
            })
            .collect();
        let status = l10n.format(
            &format!(
                "diag-status-{}",
                serde_json::to_value(c.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ),
            &[],
        );
        out.push_str(&format!(
            "{status:<8} {}: {} [{}]\n",
            l10n.format(&format!("diag-check-{}", c.id), &[]),
            l10n.format(&message_id(&c.code), &args),
            c.code
        ));
    }
    out
}

/// `latchkey --diagnose`: prints the report, returns the exit code.
pub fn cli() -> i32 {
    let state = AppState::from_environment();
    let requested: Vec<String> = state
        .policy
        .locale
        .iter()
        .cloned()
        .chain(sys_locale::get_locales())
        .collect();
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let chain = latchkey_i18n::negotiate(&requested);
    if let Ok(mut s) = state.session.lock() {
        s.locale_chain = chain.clone();
    }
    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        eprintln!("diag: no async runtime");
        return 1;
    };
    let checks = rt.block_on(run(&state));
    print!("{}", report(&checks, &chain));
    exit_code(&checks)
}

#[tauri::command]
pub async fn diagnose_run(state: tauri::State<'_, AppState>) -> Result<Vec<Check>, crate::error::CommandError> {
    Ok(run(&state).await)
}

/// The report as plain text in the app's language, for "Copy report".
#[tauri::command]
pub async fn diagnose_report(state: tauri::State<'_, AppState>) -> Result<String, crate::error::CommandError> {
    let checks = run(&state).await;
    let chain = state.session.lock().map(|s| s.locale_chain.clone()).unwrap_or_default();
    Ok(report(&checks, &chain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_failures_have_specific_codes() {
        assert_eq!(tls_code("invalid peer certificate: Expired"), "diag.tls_expired");
        assert_eq!(
            tls_code("InvalidCertificate(NotValidForName)"),
            "diag.tls_name_mismatch"
        );
        assert_eq!(tls_code("InvalidCertificate(UnknownIssuer)"), "diag.tls_untrusted");
        assert_eq!(tls_code("HandshakeFailure"), "diag.tls_failed");
    }

    /// A proxy that answers `CONNECT` with `status` once, on a loopback port.
    fn refusing_proxy(status: &'static str) -> u16 {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            if let Ok((mut conn, _)) = listener.accept() {
                let mut buf = [0u8; 1024];
                let _ = conn.read(&mut buf);
                let _ = conn.write_all(format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n").as_bytes());
            }
        });
        port
    }

    #[tokio::test]
    async fn a_refused_tunnel_is_told_from_other_failures() {
        for (status, code) in [
            ("403 Forbidden", "diag.proxy_refused"),
            ("407 Proxy Authentication Required", "diag.proxy_auth_required"),
        ] {
            let port = refusing_proxy(status);
            let client = reqwest::Client::builder()
                .proxy(reqwest::Proxy::all(format!("http://127.0.0.1:{port}")).unwrap())
                .build()
                .unwrap();
            let e = client.get("https://127.0.0.1:9/healthz").send().await.unwrap_err();
            let detail = error_chain(&e);
            assert_eq!(proxy_refusal(&detail), Some(code), "{detail}");
            assert_eq!(tls_code(&detail), "diag.tls_failed", "not taken for a TLS failure");
        }
        assert_eq!(proxy_refusal("InvalidCertificate(UnknownIssuer)"), None);
        assert_eq!(proxy_refusal("ConnectionRefused"), None);
    }

    #[test]
    fn versions_and_exit_codes() {
        assert!(compatible("0.1.0", "0.1.3"));
        assert!(!compatible("0.2.0", "0.1.0"));
        assert!(compatible("1.4.0", "1.0.0"));
        assert!(!compatible("2.0.0", "1.9.0"));
        assert!(!compatible("banana", "0.1.0"));
        let ok = check("dns", Status::Ok, "diag.dns_ok", &[]);
        let warn = check("tls", Status::Warn, "diag.tls_not_used", &[]);
        let fail = check("tcp", Status::Fail, "diag.tcp_refused", &[]);
        assert_eq!(exit_code(std::slice::from_ref(&ok)), 0);
        assert_eq!(exit_code(&[ok.clone(), warn.clone()]), 2);
        assert_eq!(exit_code(&[ok, warn, fail]), 1);
        assert_eq!(message_id("diag.tcp_refused"), "diag-tcp-refused");
    }
}
