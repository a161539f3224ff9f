//! The registration interrupt: `registration_required`, `reconfirm_days` and
//! `registration_skips_allowed`, through the sign-in and `/me/methods` answers and
//! `POST /me/registration/skip`.

use crate::both;
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use latchkey_server::flows::admin;
use serde_json::{Value, json};
use tower::ServiceExt;

const M: &str = "/api/v1/tenants/contoso/me/methods";
const SKIP: &str = "/api/v1/tenants/contoso/me/registration/skip";
const DAY: i64 = 86_400;

async fn set(h: &Harness, key: &str, value: &str) {
    admin::set_policy(&h.store, "contoso", key, value).await.unwrap();
}

async fn interrupt_of_list(h: &Harness, token: &str) -> Value {
    let (s, v) = h.get_auth(M, token, None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v.get("interrupt").cloned().unwrap_or(Value::Null)
}

async fn skip(h: &Harness, token: &str) -> (StatusCode, Value) {
    h.post(SKIP, json!({}), Some(token)).await
}

async fn register_interrupt_counts_skips_server_side(db: Db) {
    let h = Harness::new(db).await;
    // In scope (SSPR for all), no methods: sign-in says so before anything else.
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        v["interrupt"],
        json!({"reason": "register", "required": 1, "registered": 0, "skips_allowed": 3, "skips_left": 3})
    );
    let token = v["token"].as_str().unwrap().to_string();
    assert_eq!(interrupt_of_list(&h, &token).await["reason"], "register");

    // A skip counts one and lasts for the session; a second one in it counts nothing.
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, v["skips_left"].clone()), (StatusCode::OK, json!(2)), "{v}");
    assert_eq!(interrupt_of_list(&h, &token).await, Value::Null);
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, v["skips_left"].clone()), (StatusCode::OK, json!(2)), "{v}");

    // Every new session asks again, with the skips left.
    for left in [1, 0] {
        let t = h.token("alex", ALEX_PW).await;
        let (s, v) = skip(&h, &t).await;
        assert_eq!((s, v["skips_left"].clone()), (StatusCode::OK, json!(left)), "{v}");
    }
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(v["interrupt"]["skips_left"], 0);
    let token = v["token"].as_str().unwrap().to_string();
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "registration.skips_used_up"));
    assert_eq!(v["error"]["args"]["allowed"], 3);
    // Refused, the interrupt stays.
    assert_eq!(interrupt_of_list(&h, &token).await["skips_left"], 0);
    let skips = h.audit("registration.skip").await;
    assert_eq!(skips.iter().filter(|e| e.outcome == "success").count(), 3);
    assert!(
        skips
            .iter()
            .any(|e| e.outcome == "failure" && e.detail["error"] == "skips_used_up")
    );

    // Registering enough methods ends it, and the skips count from zero again.
    h.enroll_totp(&token).await;
    assert_eq!(interrupt_of_list(&h, &token).await, Value::Null);
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, code(&v)), (StatusCode::CONFLICT, "registration.not_due"));
    let left: i64 = sqlx::query_scalar("SELECT registration_skips FROM users WHERE username = 'alex'")
        .fetch_one(&mut *h.store.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(left, 0);
}
both!(register_interrupt_counts_skips_server_side);

async fn reconfirm_interrupts_after_the_interval(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let totp = h.enroll_totp(&token).await;
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["mfa_required"], true);
    assert!(v.get("interrupt").is_none(), "{v}");

    // 180 days (the default) after registering: confirm first.
    h.clock.advance_secs(181 * DAY);
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(
        v["interrupt"],
        json!({"reason": "reconfirm", "required": 1, "registered": 1, "skips_allowed": 3, "skips_left": 3})
    );
    // Skipping needs the step-up first.
    let half = v["token"].as_str().unwrap().to_string();
    let (s, v) = skip(&h, &half).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.mfa_required"));
    let full = h.full_token("alex", ALEX_PW, (&totp.0, &totp.1)).await;
    let (_, list) = h.get_auth(M, &full, None).await;
    assert_eq!(list["reconfirm_due"], true);
    assert_eq!(list["interrupt"]["reason"], "reconfirm");
    let (s, v) = h.post(&format!("{M}/confirm"), json!({}), Some(&full)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(interrupt_of_list(&h, &full).await, Value::Null);
    assert!(h.audit("method.confirm").await.iter().any(|e| e.outcome == "success"));

    // The interval counts from the confirmation; 0 never asks.
    h.clock.advance_secs(179 * DAY);
    let full = h.full_token("alex", ALEX_PW, (&totp.0, &totp.1)).await;
    assert_eq!(interrupt_of_list(&h, &full).await, Value::Null);
    h.clock.advance_secs(2 * DAY);
    let full = h.full_token("alex", ALEX_PW, (&totp.0, &totp.1)).await;
    assert_eq!(interrupt_of_list(&h, &full).await["reason"], "reconfirm");
    set(&h, "reconfirm_days", "0").await;
    assert_eq!(interrupt_of_list(&h, &full).await, Value::Null);
}
both!(reconfirm_interrupts_after_the_interval);

async fn never_for_users_out_of_scope_or_when_not_required(db: Db) {
    let h = Harness::new(db).await;
    // alex and megan are in "staff" only.
    for scope in ["groups:finance", "none"] {
        set(&h, "sspr_enabled", scope).await;
        let (s, v) = h.sign_in("alex", ALEX_PW).await;
        assert_eq!(s, StatusCode::OK);
        assert!(v.get("interrupt").is_none(), "{scope}: {v}");
        let token = v["token"].as_str().unwrap().to_string();
        assert_eq!(interrupt_of_list(&h, &token).await, Value::Null, "{scope}");
        let (s, v) = skip(&h, &token).await;
        assert_eq!((s, code(&v)), (StatusCode::CONFLICT, "registration.not_due"), "{scope}");
    }
    set(&h, "sspr_enabled", "groups:staff").await;
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(v["interrupt"]["reason"], "register");

    // Not required: no registration interrupt, and no reconfirmation either (as in Entra, the
    // interval applies only where registration is required).
    set(&h, "registration_required", "false").await;
    let token = h.token("alex", ALEX_PW).await;
    assert_eq!(interrupt_of_list(&h, &token).await, Value::Null);
    let totp = h.enroll_totp(&token).await;
    h.clock.advance_secs(400 * DAY);
    let full = h.full_token("alex", ALEX_PW, (&totp.0, &totp.1)).await;
    let (_, list) = h.get_auth(M, &full, None).await;
    assert_eq!(list["reconfirm_due"], true);
    assert!(list.get("interrupt").is_none(), "{list}");
    set(&h, "registration_required", "true").await;
    assert_eq!(interrupt_of_list(&h, &full).await["reason"], "reconfirm");
}
both!(never_for_users_out_of_scope_or_when_not_required);

async fn skips_not_allowed_and_administrators_need_two(db: Db) {
    let h = Harness::new(db).await;
    set(&h, "registration_skips_allowed", "0").await;
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(v["interrupt"]["skips_allowed"], 0);
    assert_eq!(v["interrupt"]["skips_left"], 0);
    let token = v["token"].as_str().unwrap().to_string();
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "registration.skip_not_allowed"));
    assert_eq!(interrupt_of_list(&h, &token).await["reason"], "register");

    // An administrator resets only with two methods: one is not enough.
    let token = h.token("megan", MEGAN_PW).await;
    let totp = h.enroll_totp(&token).await;
    let full = h.full_token("megan", MEGAN_PW, (&totp.0, &totp.1)).await;
    let (_, list) = h.get_auth(M, &full, None).await;
    assert_eq!(list["required"], 2);
    assert_eq!(list["registration_complete"], false);
    assert_eq!(
        list["interrupt"],
        json!({"reason": "register", "required": 2, "registered": 1, "skips_allowed": 0, "skips_left": 0})
    );

    // A temporary password is changed first: no interrupt on that session.
    admin::reset_password(
        &h.store,
        &h.hasher,
        "contoso",
        "alex",
        Some(latchkey_proto::Secret::new("Temporary-Pass-1234!")),
        true,
    )
    .await
    .unwrap();
    let (_, v) = h.sign_in("alex", "Temporary-Pass-1234!").await;
    assert_eq!(v["password_change_required"], true);
    assert!(v.get("interrupt").is_none(), "{v}");
    let token = v["token"].as_str().unwrap().to_string();
    let (s, v) = skip(&h, &token).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.password_change_required"));
}
both!(skips_not_allowed_and_administrators_need_two);

async fn counted_as_a_reset_counts_them(db: Db) {
    let h = Harness::new(db).await;
    // The account's own email counts where the tenant resets with directory contacts.
    set(&h, "reset_with_directory_contacts", "true").await;
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert!(v.get("interrupt").is_none(), "{v}");
    let token = v["token"].as_str().unwrap().to_string();
    let (_, list) = h.get_auth(M, &token, None).await;
    assert_eq!(list["registration_complete"], true, "{list}");
    assert!(list.get("interrupt").is_none(), "{list}");
    set(&h, "reset_with_directory_contacts", "false").await;
    let (_, list) = h.get_auth(M, &token, None).await;
    assert_eq!(list["registration_complete"], false, "{list}");
    assert_eq!(list["interrupt"]["reason"], "register");
    // Backup codes only stand in for a lost method: they never make a user registered.
    let (s, v) = h.post(&format!("{M}/backup-codes"), json!({}), Some(&token)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, list) = h.get_auth(M, &token, None).await;
    assert_eq!(list["registration_complete"], false, "{list}");
    assert_eq!(list["interrupt"]["registered"], 0);
}
both!(counted_as_a_reset_counts_them);

async fn parallel_skips_never_pass_the_limit(db: Db) {
    let h = Harness::new(db).await;
    set(&h, "signin_attempts_per_minute", "1000").await;
    let mut tokens = Vec::new();
    for _ in 0..12 {
        tokens.push(h.token("alex", ALEX_PW).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for token in tokens {
        let app = h.app.clone();
        tasks.spawn(async move {
            let req = Request::post(SKIP)
                .header("content-type", "application/json")
                .header("authorization", format!("Bearer {token}"))
                .body(Body::from("{}"))
                .unwrap();
            let resp = app.oneshot(req).await.unwrap();
            let status = resp.status();
            let body = resp.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<Value>(&body).unwrap())
        });
    }
    let answers: Vec<(StatusCode, Value)> = tasks.join_all().await;
    let ok = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    let used_up = answers
        .iter()
        .filter(|(s, v)| *s == StatusCode::FORBIDDEN && code(v) == "registration.skips_used_up")
        .count();
    assert_eq!((ok, used_up), (3, 9), "{answers:?}");
}
both!(parallel_skips_never_pass_the_limit);

async fn policy_values_are_checked(db: Db) {
    let h = Harness::new(db).await;
    for (value, expected) in [
        ("11", "policy.out_of_range"),
        ("-1", "policy.invalid_value"),
        ("some", "policy.invalid_value"),
    ] {
        let e = admin::set_policy(&h.store, "contoso", "registration_skips_allowed", value)
            .await
            .unwrap_err();
        assert_eq!(e.code.as_str(), expected, "{value}");
    }
    let e = admin::set_policy(&h.store, "contoso", "registration_required", "perhaps")
        .await
        .unwrap_err();
    assert_eq!(e.code.as_str(), "policy.invalid_value");
    set(&h, "registration_skips_allowed", "5").await;
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(v["interrupt"]["skips_left"], 5);
    // The new path is documented with its answers.
    let (_, _, doc) = h.get("/api/openapi.json").await;
    let op = &doc["paths"]["/api/v1/tenants/{t}/me/registration/skip"]["post"];
    assert!(op["responses"]["200"].is_object(), "{op}");
    assert!(doc["components"]["schemas"]["RegistrationInterrupt"].is_object());
}
both!(policy_values_are_checked);
