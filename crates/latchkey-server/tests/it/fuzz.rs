//! Property-based fuzzing on stable Rust (proptest): arbitrary JSON bodies through every
//! POST/PUT route of the router, and arbitrary configuration files through the parser. Nothing
//! may panic, and no answer may be a 5xx: bad input is always the client's error, with a code.

use crate::support::{Db, Harness};
use axum::body::Body;
use axum::http::Request;
use proptest::prelude::*;
use serde_json::Value;
use tower::ServiceExt;

/// JSON values up to a few levels deep, biased toward the shapes the API takes.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,40}".prop_map(Value::String),
        "[0-9]{6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(
                (
                    prop_oneof![
                        Just("username".to_string()),
                        Just("password".to_string()),
                        Just("code".to_string()),
                        Just("method_id".to_string()),
                        Just("answers".to_string()),
                        Just("credential".to_string()),
                        Just("captcha".to_string()),
                        Just("new_password".to_string()),
                        Just("current_password".to_string()),
                        Just("address".to_string()),
                        Just("number".to_string()),
                        "[a-z_]{1,12}",
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

const ROUTES: &[(&str, &str)] = &[
    ("POST", "/api/v1/tenants/contoso/sessions"),
    ("POST", "/api/v1/tenants/contoso/captcha"),
    ("POST", "/api/v1/tenants/contoso/resets"),
    ("POST", "/api/v1/tenants/contoso/unlocks"),
    ("POST", "/api/v1/tenants/contoso/resets/abc/challenges"),
    ("POST", "/api/v1/tenants/contoso/resets/abc/verify"),
    ("POST", "/api/v1/tenants/contoso/resets/abc/password"),
    ("POST", "/api/v1/tenants/contoso/resets/abc/unlock"),
    ("POST", "/api/v1/tenants/contoso/sessions/current/mfa"),
    ("POST", "/api/v1/tenants/contoso/sessions/current/mfa/challenges"),
    ("POST", "/api/v1/tenants/contoso/me/password"),
    ("POST", "/api/v1/tenants/contoso/me/methods/totp"),
    ("POST", "/api/v1/tenants/contoso/me/methods/totp/x/verify"),
    ("POST", "/api/v1/tenants/contoso/me/methods/email"),
    ("POST", "/api/v1/tenants/contoso/me/methods/email/x/verify"),
    ("POST", "/api/v1/tenants/contoso/me/methods/phone"),
    ("POST", "/api/v1/tenants/contoso/me/methods/security-key"),
    ("POST", "/api/v1/tenants/contoso/me/methods/security-key/x/finish"),
    ("PUT", "/api/v1/tenants/contoso/me/methods/questions"),
    ("POST", "/api/v1/tenants/contoso/me/methods/backup-codes"),
    ("POST", "/api/v1/tenants/contoso/me/methods/confirm"),
    ("POST", "/api/v1/tenants/contoso/me/methods/x/default"),
    ("POST", "/api/v1/tenants/contoso/me/methods/x/resend"),
];

#[test]
fn json_bodies_never_cause_a_5xx() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let h = rt.block_on(Harness::new(Db::Sqlite));
    // A signed-in session, so the authenticated routes parse their bodies too.
    let token = rt.block_on(h.token("alex", crate::support::ALEX_PW));
    let config = ProptestConfig {
        cases: 384,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |(route in 0..ROUTES.len(), body in json_value(), raw in proptest::option::of("\\PC{0,64}"), signed_in in any::<bool>())| {
        let (method, path) = ROUTES[route];
        let text = raw.unwrap_or_else(|| body.to_string());
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json");
        if signed_in {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        let req = req.body(Body::from(text.clone())).unwrap();
        let status = rt.block_on(h.app.clone().oneshot(req)).unwrap().status();
        prop_assert!(status.as_u16() < 500, "{} {} with {} answered {}", method, path, text, status);
    });
}

#[test]
fn configuration_files_never_panic() {
    let config = ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let key = prop_oneof![
        Just("listen"),
        Just("trusted_proxies"),
        Just("max_connections"),
        Just("request_timeout_secs"),
        Just("header_read_timeout_secs"),
        Just("tls_proxy"),
        Just("public_url"),
        Just("nonsense"),
    ];
    let value = prop_oneof![
        "\\PC{0,20}".prop_map(|s| toml::Value::String(s).to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        proptest::collection::vec("[0-9a-f:./]{0,20}", 0..4).prop_map(|v| toml::Value::from(v).to_string()),
    ];
    let tenant = prop_oneof![
        Just(String::new()),
        "[a-z0-9-]{0,10}".prop_map(|slug| format!("[[tenant]]\nslug = \"{slug}\"\nname = \"T\"\n")),
        ("[a-z]{1,8}", "(outbox|smtp|http|pigeon)", "\\PC{0,12}").prop_map(|(slug, kind, v)| format!(
            "[[tenant]]\nslug = \"{slug}\"\nname = \"T\"\n[tenant.delivery.email]\nkind = \"{kind}\"\nhost = {}\nfrom = {}\n",
            toml::Value::String(v.clone()),
            toml::Value::String(v)
        )),
        ("[a-z]{1,8}", "[a-z_]{1,24}", "\\PC{0,12}").prop_map(|(slug, k, v)| format!(
            "[[tenant]]\nslug = \"{slug}\"\nname = \"T\"\n[tenant.policy]\n{k} = {}\n",
            toml::Value::String(v)
        )),
    ];
    proptest!(config, |(pairs in proptest::collection::vec((key, value), 0..5), tenant in tenant, garbage in "\\PC{0,30}")| {
        let mut text = String::new();
        for (k, v) in pairs {
            text.push_str(&format!("{k} = {v}\n"));
        }
        text.push_str(&tenant);
        for candidate in [text.clone(), format!("{text}{garbage}")] {
            if let Ok(cfg) = toml::from_str::<latchkey_server::config::Config>(&candidate) {
                let _ = latchkey_server::cli::check_config(&cfg);
                for t in &cfg.tenants {
                    if let Some(policy) = &t.policy {
                        let mut p = latchkey_core::policy::TenantPolicy::default();
                        for (k, v) in policy {
                            let _ = p.set(k, &v.to_string());
                        }
                    }
                }
            }
        }
    });
}
