use crate::both;
use crate::support::{Db, Harness, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use latchkey_server::flows::admin;

async fn branding_etag_and_304(db: Db) {
    let h = Harness::new(db).await;
    let (s, headers, v) = h.get("/api/v1/tenants/contoso/branding").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["name"], "Contoso");
    assert_eq!(v["colors"]["primary"], "#0f6cbd");
    assert_eq!(v["sign_in_text"], "Use your Contoso account.");
    assert_eq!(v["sign_in_text_translations"]["de"], "Verwenden Sie Ihr Contoso-Konto.");
    assert_eq!(v["helpdesk"]["email"], "help@contoso.com");
    assert!(v["locales"].as_array().unwrap().iter().any(|l| l == "de"));
    let etag = headers["etag"].to_str().unwrap().to_string();
    let req = Request::get("/api/v1/tenants/contoso/branding")
        .header("if-none-match", &etag)
        .body(Body::empty())
        .unwrap();
    let (s, headers, v) = h.send(req).await;
    assert_eq!(s, StatusCode::NOT_MODIFIED);
    assert_eq!(headers["etag"].to_str().unwrap(), etag);
    assert!(v.is_null());
    // A stale tag gets the full answer.
    let req = Request::get("/api/v1/tenants/contoso/branding")
        .header("if-none-match", "\"old\"")
        .body(Body::empty())
        .unwrap();
    assert_eq!(h.send(req).await.0, StatusCode::OK);
}
both!(branding_etag_and_304);

async fn unknown_tenant_is_specific(db: Db) {
    let h = Harness::new(db).await;
    for path in [
        "/api/v1/tenants/fabrikam/branding",
        "/api/v1/tenants/Bad%20Slug/password-policy",
    ] {
        let (s, _, v) = h.get(path).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(code(&v), "tenant.not_found");
    }
    let (s, v) = h.sign_in("alex", "x").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{v}");
    let (s, v) = h
        .post(
            "/api/v1/tenants/nope/sessions",
            serde_json::json!({"username":"alex","password":"x"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "tenant.not_found"));
}
both!(unknown_tenant_is_specific);

async fn password_policy_follows_admin_changes(db: Db) {
    let h = Harness::new(db).await;
    let (s, _, v) = h.get("/api/v1/tenants/contoso/password-policy").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["min_length"], 8);
    assert_eq!(v["max_length"], 256);
    assert_eq!(v["tenant_name"], "Contoso");
    admin::set_policy(&h.store, "contoso", "password_min_length", "12")
        .await
        .unwrap();
    h.clock.advance_secs(2); // past the one-second tenant cache
    let (_, _, v) = h.get("/api/v1/tenants/contoso/password-policy").await;
    assert_eq!(v["min_length"], 12);
    // Branding changes change the ETag.
    let (_, h1, _) = h.get("/api/v1/tenants/contoso/branding").await;
    admin::set_policy(&h.store, "contoso", "helpdesk_url", "https://it.contoso.com/help")
        .await
        .unwrap();
    h.clock.advance_secs(2);
    let (_, h2, v) = h.get("/api/v1/tenants/contoso/branding").await;
    assert_eq!(v["helpdesk"]["url"], "https://it.contoso.com/help");
    assert_ne!(h1["etag"], h2["etag"]);
}
both!(password_policy_follows_admin_changes);

#[tokio::test]
async fn health_and_openapi() {
    let h = Harness::new(Db::Sqlite).await;
    let (s, _, v) = h.get("/healthz").await;
    assert_eq!((s, v["status"].as_str()), (StatusCode::OK, Some("ok")));
    let (s, _, doc) = h.get("/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/healthz",
        "/api/v1/tenants/{t}/branding",
        "/api/v1/tenants/{t}/password-policy",
        "/api/v1/tenants/{t}/sessions",
        "/api/v1/tenants/{t}/sessions/current",
        "/api/v1/tenants/{t}/me/password",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    assert!(doc["components"]["schemas"].get("ErrorBody").is_some());
    // Every answer the server can give is declared (schemathesis checks that against a live
    // server): a bearer route's 401, a body's 400/413/415, a tenant route's 404/500/503.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let declared = |status: &str| op["responses"].get(status).is_some();
            let mut needed = Vec::new();
            if path.starts_with("/api/v1/tenants/") {
                needed.extend(["404", "500", "503"]);
            }
            if op.get("requestBody").is_some() {
                needed.extend(["400", "413", "415"]);
            }
            if op.get("security").is_some_and(|s| !s.as_array().unwrap().is_empty()) {
                needed.push("401");
            }
            for status in needed {
                assert!(declared(status), "{method} {path} does not declare {status}");
            }
        }
    }
}
