//! The web portal: the embedded UI with its headers, host mapping, branding stylesheet, the
//! bootstrap and locale endpoints, live password evaluation, and portal links in emails.

use crate::both;
use crate::support::{Db, Harness, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use latchkey_core::password::{UserContext, evaluate};
use latchkey_server::http::{portal, portal_api};
use serde_json::json;
use tower::ServiceExt;

/// Status, headers and body text of a GET with extra headers.
async fn fetch(
    app: &axum::Router,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::get(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    let status = resp.status();
    let h = resp.headers().clone();
    (status, h, resp.into_body().collect().await.unwrap().to_bytes().to_vec())
}

async fn bootstrap_negotiates_language_and_carries_the_rules(db: Db) {
    let h = Harness::new(db).await;
    let req = Request::get("/api/v1/tenants/contoso/portal/bootstrap")
        .header("accept-language", "de-CH,de;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let (s, _, v) = h.send(req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["locale"], "de");
    let ftl = v["ftl"].as_array().unwrap();
    assert_eq!(ftl.first().unwrap()["locale"], "de");
    assert_eq!(ftl.last().unwrap()["locale"], "en-US");
    assert!(ftl[0]["source"].as_str().unwrap().contains("start-flow-reset"));
    assert_eq!(v["tenant"]["slug"], "contoso");
    assert_eq!(v["tenant"]["url"], "https://sspr.contoso.test");
    assert_eq!(v["branding"]["name"], "Contoso");
    assert_eq!(v["policy"]["min_length"], 8);
    assert_eq!(v["flows"], json!(["reset", "unlock", "change", "security_info"]));
    assert!(
        v["locales"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["code"] == "de" && l["name"] == "Deutsch")
    );
    assert_eq!(v["kiosk"], false);

    // ?lang= and Entra's ?mkt= win over the header.
    for (query, want) in [("?lang=en-US", "en-US"), ("?mkt=de-DE", "de"), ("?lang=xx-YY", "de")] {
        let req = Request::get(format!("/api/v1/tenants/contoso/portal/bootstrap{query}"))
            .header("accept-language", "de")
            .body(Body::empty())
            .unwrap();
        assert_eq!(h.send(req).await.2["locale"], want, "{query}");
    }
    let (_, _, v) = h.get("/api/v1/tenants/contoso/portal/locale?lang=de").await;
    assert_eq!(v["locale"], "de");
    let (s, _, v) = h.get("/api/v1/tenants/nope/portal/bootstrap").await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "tenant.not_found"));

    // A tenant that turns unlock off does not offer it.
    latchkey_server::flows::admin::set_policy(&h.store, "contoso", "unlock_enabled", "false")
        .await
        .unwrap();
    h.clock.advance_secs(2);
    let (_, _, v) = h.get("/api/v1/tenants/contoso/portal/bootstrap").await;
    assert_eq!(v["flows"], json!(["reset", "change", "security_info"]));
}
both!(bootstrap_negotiates_language_and_carries_the_rules);

async fn password_evaluate_is_the_core_verdict_and_rate_limited(db: Db) {
    let h = Harness::new(db).await;
    let path = "/api/v1/tenants/contoso/password-evaluate";
    let (s, v) = h
        .post(path, json!({"password": "password1", "username": "alex"}), None)
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, _, policy) = h.get("/api/v1/tenants/contoso/password-policy").await;
    let policy: latchkey_proto::PasswordPolicy = serde_json::from_value(policy).unwrap();
    let direct = evaluate(
        &policy,
        "password1",
        &UserContext {
            username: "alex",
            display_name: None,
            email: None,
        },
    );
    assert_eq!(
        v,
        serde_json::to_value(&direct).unwrap(),
        "the same verdict as latchkey-core"
    );
    assert_eq!(v["ok"], false);
    let (s, v) = h.post(path, json!({"password": "x", "extra": 1}), None).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "request.unknown_field"));

    // The limit holds under parallel requests: exactly EVALUATIONS_PER_MINUTE pass in a window.
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..portal_api::EVALUATIONS_PER_MINUTE + 20 {
        let app = h.app.clone();
        tasks.spawn(async move {
            let req = Request::post(path)
                .header("content-type", "application/json")
                .body(Body::from(json!({"password": "Harbor-Violet-Tractor-42"}).to_string()))
                .unwrap();
            let resp = app.oneshot(req).await.unwrap();
            let status = resp.status();
            let body = resp.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<serde_json::Value>(&body).unwrap())
        });
    }
    let (mut ok, mut limited) = (0, 0);
    while let Some(r) = tasks.join_next().await {
        let (s, v) = r.unwrap();
        match s {
            StatusCode::OK => ok += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                assert_eq!(code(&v), "password.evaluate_rate_limited");
                assert!(v["error"]["args"]["retry_after_secs"].as_u64().unwrap() >= 1);
                limited += 1;
            }
            other => panic!("unexpected {other}: {v}"),
        }
    }
    // One evaluation was made before the burst.
    assert_eq!((ok, limited), (portal_api::EVALUATIONS_PER_MINUTE - 1, 21));
    h.clock.advance_secs(61);
    assert_eq!(h.post(path, json!({"password": "a"}), None).await.0, StatusCode::OK);
}
both!(password_evaluate_is_the_core_verdict_and_rate_limited);

async fn portal_pages_assets_and_headers(db: Db) {
    let h = Harness::new(db).await;
    let (s, headers, body) = fetch(&h.app, "/t/contoso/", &[("accept-language", "de")]).await;
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert_eq!(csp, portal::CSP);
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(
        headers["strict-transport-security"], "max-age=31536000; includeSubDomains",
        "public_url is https"
    );
    assert!(headers.get("set-cookie").is_none());
    assert!(headers.get("access-control-allow-origin").is_none());
    let html = String::from_utf8(body).unwrap();
    if !portal::embedded() {
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
        assert!(html.contains("npm --prefix ui run build"), "{html}");
        return;
    }
    assert_eq!(s, StatusCode::OK);
    assert_eq!(headers["cache-control"], "no-cache");
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<meta name=\"latchkey-tenant\" content=\"contoso\">"));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"branding.css\">"));
    let (_, _, body) = fetch(&h.app, "/t/contoso/?lang=de", &[]).await;
    assert!(String::from_utf8(body).unwrap().contains("lang=\"de\""));

    // Every hashed asset, precompressed, cached for a year.
    let js = html
        .split("src=\"./")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(js.starts_with("assets/") && js.ends_with(".js"), "{js}");
    let (s, headers, raw) = fetch(&h.app, &format!("/t/contoso/{js}"), &[]).await;
    assert_eq!(s, StatusCode::OK);
    assert!(headers.get("content-encoding").is_none());
    assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(headers["content-type"], "text/javascript; charset=utf-8");
    assert_eq!(headers["vary"], "Accept-Encoding");
    let (_, headers, br) = fetch(&h.app, &format!("/t/contoso/{js}"), &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(headers["content-encoding"], "br");
    assert!(br.len() * 2 < raw.len(), "brotli {} vs {}", br.len(), raw.len());
    let (_, headers, gz) = fetch(
        &h.app,
        &format!("/t/contoso/{js}"),
        &[("accept-encoding", "gzip, br;q=0")],
    )
    .await;
    assert_eq!(headers["content-encoding"], "gzip");
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(&mut flate2_reader(&gz), &mut unzipped).unwrap();
    assert_eq!(unzipped, raw);
    let (s, _, _) = fetch(&h.app, "/t/contoso/assets/nope.js", &[]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _, _) = fetch(&h.app, "/t/contoso/assets/..%2Findex.html", &[]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Without the trailing slash the relative links would break: redirect, keeping the query.
    let (s, headers, _) = fetch(&h.app, "/t/contoso?lang=de", &[]).await;
    assert_eq!(s, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(headers["location"], "/t/contoso/?lang=de");
    let (s, headers, body) = fetch(&h.app, "/t/fabrikam/", &[]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    assert!(String::from_utf8(body).unwrap().contains("no organization"));
}
both!(portal_pages_assets_and_headers);

fn flate2_reader(data: &[u8]) -> impl std::io::Read + '_ {
    flate2::read::GzDecoder::new(data)
}

async fn mapped_host_serves_its_tenant_at_the_root(db: Db) {
    let h = Harness::new(db).await;
    let cfg: latchkey_server::config::TenantConfig =
        toml::from_str("slug = \"contoso\"\nname = \"Contoso\"\nhosts = [\"SSPR.contoso.test\"]\n").unwrap();
    let hosts = latchkey_server::config::portal_hosts(std::slice::from_ref(&cfg)).unwrap();
    let app = latchkey_server::http::app(h.state.clone().with_portal_hosts(hosts));
    let (s, _, body) = fetch(&app, "/", &[("host", "sspr.contoso.test:8443")]).await;
    let html = String::from_utf8(body).unwrap();
    if portal::embedded() {
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("content=\"contoso\""));
    } else {
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    }
    let (s, _, css) = fetch(&app, "/branding.css", &[("host", "sspr.contoso.test")]).await;
    assert_eq!(s, StatusCode::OK);
    assert!(String::from_utf8(css).unwrap().contains("--brand-primary: #0f6cbd;"));
    // Any other host gets the API's 404 at the root.
    let (s, _, body) = fetch(&app, "/", &[("host", "evil.example")]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(code(&v), "request.not_found");

    // Bad and doubled host names are refused at start, naming the tenant.
    for (text, want) in [
        ("hosts = [\"https://sspr.contoso.test\"]", "is not a host name"),
        ("hosts = [\"sspr.contoso.test:443\"]", "is not a host name"),
    ] {
        let bad: latchkey_server::config::TenantConfig =
            toml::from_str(&format!("slug = \"contoso\"\nname = \"C\"\n{text}\n")).unwrap();
        let e = latchkey_server::config::portal_hosts(&[bad]).unwrap_err().to_string();
        assert!(e.contains("tenant contoso") && e.contains(want), "{e}");
    }
    let other: latchkey_server::config::TenantConfig =
        toml::from_str("slug = \"fabrikam\"\nname = \"F\"\nhosts = [\"sspr.contoso.test\"]\n").unwrap();
    let e = latchkey_server::config::portal_hosts(&[cfg, other])
        .unwrap_err()
        .to_string();
    assert!(e.contains("also given to tenant contoso"), "{e}");
}
both!(mapped_host_serves_its_tenant_at_the_root);

async fn branding_css_is_the_tenant_palette_with_etag(db: Db) {
    let h = Harness::new(db).await;
    let (s, headers, css) = fetch(&h.app, "/t/contoso/branding.css", &[]).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(headers["content-type"], "text/css; charset=utf-8");
    let css = String::from_utf8(css).unwrap();
    for line in [
        "--brand-primary: #0f6cbd;",
        "--brand-on-primary: #ffffff;",
        "--brand-background: #ffffff;",
        "--brand-text: #242424;",
        "--brand-accent: #0f6cbd;",
    ] {
        assert!(css.contains(line), "{line} in {css}");
    }
    let etag = headers["etag"].to_str().unwrap().to_string();
    let (s, _, _) = fetch(&h.app, "/t/contoso/branding.css", &[("if-none-match", &etag)]).await;
    assert_eq!(s, StatusCode::NOT_MODIFIED);
    let (s, _, _) = fetch(&h.app, "/t/nope/branding.css", &[]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
both!(branding_css_is_the_tenant_palette_with_etag);

async fn emails_link_to_the_portal_from_public_url(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", crate::support::ALEX_PW).await;
    let (s, v) = h
        .post(
            "/api/v1/tenants/contoso/me/methods/email",
            json!({"address": "alex.home@example.org"}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let mail = h
        .outbox()
        .into_iter()
        .rev()
        .find(|m| m["to"] == "alex.home@example.org")
        .unwrap();
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains("https://sspr.contoso.test/t/contoso/"), "{body}");
    let html = mail["html"].as_str().unwrap();
    assert!(
        html.contains(r#"<a href="https://sspr.contoso.test/t/contoso/""#),
        "{html}"
    );

    // A notice too, in the user's language, and never from the request's Host header.
    let req = Request::post("/api/v1/tenants/contoso/me/password")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .header("host", "evil.example")
        .header("accept-language", "de")
        .body(Body::from(
            json!({"current_password": crate::support::ALEX_PW, "new_password": "Copper-Window-Basil-58"}).to_string(),
        ))
        .unwrap();
    let (s, _, v) = h.send(req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let notice = h
        .outbox()
        .into_iter()
        .rev()
        .find(|m| m["code"].is_null() && m["channel"] == "email")
        .unwrap();
    let body = notice["body"].as_str().unwrap();
    assert!(
        body.contains("in jedem Browser\nhttps://sspr.contoso.test/t/contoso/"),
        "{body}"
    );
    assert!(!body.contains("evil.example"), "{body}");
}
both!(emails_link_to_the_portal_from_public_url);
