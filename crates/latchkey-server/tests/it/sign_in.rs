use crate::both;
use crate::support::{ALEX_PW, Db, Harness, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use latchkey_server::flows::admin;

async fn sign_in_and_out(db: Db) {
    let h = Harness::new(db).await;
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["mfa_required"], false);
    let token = v["token"].as_str().unwrap();
    assert!(token.len() >= 40);
    // Email works as the user ID, case-insensitively.
    assert_eq!(h.sign_in("ALEX@contoso.com", ALEX_PW).await.0, StatusCode::OK);
    let req = Request::delete("/api/v1/tenants/contoso/sessions/current")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    assert_eq!(h.send(req).await.0, StatusCode::OK);
    // The token is gone.
    let (s, v) = h.change(token, ALEX_PW, "whatever-Long-enough-99").await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.token_invalid"));
    // Only the hash of a token is stored.
    let row = h.store.session(token).await.unwrap();
    assert!(row.is_none());
    let audit = h.audit("signin").await;
    let ok = audit.iter().find(|e| e.outcome == "success").unwrap();
    assert_eq!(ok.username.as_deref(), Some("alex"));
    assert_eq!(ok.client_type.as_deref(), Some("test/1"));
    assert!(ok.ip.is_some());
    assert!(!h.audit("signout").await.is_empty());
}
both!(sign_in_and_out);

async fn unknown_and_wrong_look_the_same(db: Db) {
    let h = Harness::new(db).await;
    let (s1, v1) = h.sign_in("alex", "Wrong-Password-123").await;
    let (s2, v2) = h.sign_in("nobody-here", "Wrong-Password-123").await;
    assert_eq!(s1, StatusCode::UNAUTHORIZED);
    assert_eq!(
        (s1, &v1),
        (s2, &v2),
        "known and unknown users must get identical answers"
    );
    assert_eq!(code(&v1), "auth.invalid_credentials");
    let failures = h.audit("signin").await;
    assert!(failures.iter().any(|e| e.detail["reason"] == "unknown_user"));
    assert!(failures.iter().any(|e| e.detail["reason"] == "bad_password"));
}
both!(unknown_and_wrong_look_the_same);

async fn lockout_after_threshold_and_admin_unlock(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "3")
        .await
        .unwrap();
    // Three failures lock the account; from one network only two are judged (one network cannot
    // lock a user out), so they come from three.
    for i in 0..3 {
        assert_eq!(
            code(
                &h.sign_in_from(&format!("192.0.2.{i}"), "alex", "Wrong-Password-123")
                    .await
                    .1
            ),
            "auth.invalid_credentials"
        );
    }
    // While locked, the right and a wrong password answer alike.
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    assert_eq!(h.sign_in("alex", "Wrong-Password-123").await, (s, v));
    assert!(!h.audit("account.locked").await.is_empty());
    admin::unlock(&h.store, h.state.directories.of("contoso").as_ref(), "contoso", "alex")
        .await
        .unwrap();
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
    assert!(!h.audit("admin.user.unlock").await.is_empty());
}
both!(lockout_after_threshold_and_admin_unlock);

async fn disabled_user_and_sessions(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    admin::set_disabled(&h.store, "contoso", "alex", true).await.unwrap();
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_disabled"));
    let (s, v) = h.change(&token, ALEX_PW, "Quiet-Maple-Orbit-88").await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::UNAUTHORIZED, "auth.token_invalid"),
        "disabling ends sessions"
    );
    admin::set_disabled(&h.store, "contoso", "alex", false).await.unwrap();
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
}
both!(disabled_user_and_sessions);

async fn session_expiry_and_forged_tokens(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    h.clock.advance_secs(901); // idle limit 900 s
    let (s, v) = h.change(&token, ALEX_PW, "Quiet-Maple-Orbit-88").await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "session.expired"));
    // Absolute expiry: a long idle limit does not keep a session past its lifetime.
    admin::set_policy(&h.store, "contoso", "session_idle_secs", "86400")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "session_absolute_secs", "3600")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    h.clock.advance_secs(3601);
    let (s, v) = h.change(&token, ALEX_PW, "Quiet-Maple-Orbit-88").await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "session.expired"));
    let (s, v) = h.change("lks_forged-token", ALEX_PW, "Quiet-Maple-Orbit-88").await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.token_invalid"));
    let (s, v) = h
        .post(
            "/api/v1/tenants/contoso/me/password",
            serde_json::json!({"current_password": ALEX_PW, "new_password": "Quiet-Maple-Orbit-88"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.token_missing"));
    assert!(!h.audit("session.token_rejected").await.is_empty());
}
both!(session_expiry_and_forged_tokens);

async fn sign_in_is_rate_limited_per_address(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "signin_attempts_per_minute", "3")
        .await
        .unwrap();
    for _ in 0..3 {
        assert_eq!(
            h.sign_in("alex", "Wrong-Password-123").await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let req = Request::post("/api/v1/tenants/contoso/sessions")
        .header("content-type", "application/json")
        .body(Body::from(
            serde_json::json!({"username":"alex","password":ALEX_PW}).to_string(),
        ))
        .unwrap();
    let (s, headers, v) = h.send(req).await;
    assert_eq!((s, code(&v)), (StatusCode::TOO_MANY_REQUESTS, "auth.rate_limited"));
    assert!(v["error"]["args"]["retry_after_secs"].as_u64().unwrap() >= 1);
    assert!(headers.get("retry-after").is_some());
    h.clock.advance_secs(61);
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
}
both!(sign_in_is_rate_limited_per_address);

/// A lock is no oracle: while locked, the right and a wrong password answer alike, failures keep
/// counting, and an unknown name that failed as often answers the same way. Once the lock has
/// expired one wrong password does not lock again, and every lock is audited.
async fn locked_sign_in_tells_nothing(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "3")
        .await
        .unwrap();
    let wrong = "Wrong-Password-123";
    let mut trail = Vec::new();
    for i in 0..5 {
        let (a, b) = (h.sign_in("alex", wrong).await, h.sign_in("Ghost", wrong).await);
        assert_eq!(a, b, "wrong password {}", i + 1);
        trail.push(code(&a.1).to_string());
    }
    // From one network the lock comes one failure before the account's own (threshold 3).
    assert_eq!(
        trail,
        [
            "auth.invalid_credentials",
            "auth.invalid_credentials",
            "auth.account_locked",
            "auth.account_locked",
            "auth.account_locked"
        ]
    );
    let (a, b) = (h.sign_in("alex", ALEX_PW).await, h.sign_in("ghost", ALEX_PW).await);
    assert_eq!((a.0, code(&a.1)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    assert_eq!(a, b, "the right password while locked");
    assert_eq!(a.1["error"]["args"]["minutes"], 15, "{}", a.1);
    // After the lock: the count starts again, one wrong password is just wrong.
    h.clock.advance_secs(15 * 60 + 1);
    let (a, b) = (h.sign_in("alex", wrong).await, h.sign_in("ghost", wrong).await);
    assert_eq!(
        (a.0, code(&a.1)),
        (StatusCode::UNAUTHORIZED, "auth.invalid_credentials")
    );
    assert_eq!(a, b);
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
    // Locked again after three more: audited again (alex twice and the unknown name once).
    for _ in 0..3 {
        h.sign_in("alex", wrong).await;
    }
    assert_eq!(h.audit("account.locked").await.len(), 3);
}
both!(locked_sign_in_tells_nothing);

/// A stranger cannot keep a user locked out: failures from one network are held back (for that
/// name and network only) one short of the account's lock, so the user signs in from their own
/// network meanwhile. Failures from several networks do lock the account (for everyone); then
/// the right and a wrong password, and an unknown name that failed as often, answer alike.
async fn one_network_cannot_lock_a_user_out(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "3")
        .await
        .unwrap();
    let wrong = "Wrong-Password-123";
    let stranger = "203.0.113.7";
    for i in 0..6 {
        let a = h.sign_in_from(stranger, "alex", wrong).await;
        assert_eq!(a, h.sign_in_from(stranger, "ghost", wrong).await, "attempt {}", i + 1);
        let expected = if i < 2 {
            "auth.invalid_credentials"
        } else {
            "auth.account_locked"
        };
        assert_eq!(code(&a.1), expected, "attempt {}", i + 1);
    }
    // Held back for the stranger even with the right password; the user gets in from elsewhere.
    let (s, v) = h.sign_in_from(stranger, "alex", ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    assert_eq!(h.sign_in_from("198.51.100.20", "alex", ALEX_PW).await.0, StatusCode::OK);
    // Three networks, one failure each: the account itself locks.
    for i in 0..3 {
        let peer = format!("192.0.2.{i}");
        let a = h.sign_in_from(&peer, "alex", wrong).await;
        assert_eq!(code(&a.1), "auth.invalid_credentials");
        assert_eq!(a, h.sign_in_from(&peer, "ghost2", wrong).await);
    }
    let peer = "192.0.2.50";
    let right = h.sign_in_from(peer, "alex", ALEX_PW).await;
    assert_eq!(
        (right.0, code(&right.1)),
        (StatusCode::FORBIDDEN, "auth.account_locked")
    );
    assert_eq!(h.sign_in_from(peer, "alex", wrong).await, right);
    assert_eq!(h.sign_in_from(peer, "ghost2", wrong).await, right);
    let locks = h.audit("account.locked").await;
    assert_eq!(
        locks.iter().filter(|e| e.detail["scope"] == "network").count(),
        2,
        "alex and ghost held back for the stranger: {locks:?}"
    );
    assert_eq!(locks.len(), 3, "and alex's account lock: {locks:?}");
    // The self-service unlock (or an administrator) ends every lock of the account.
    admin::unlock(&h.store, h.state.directories.of("contoso").as_ref(), "contoso", "alex")
        .await
        .unwrap();
    assert_eq!(h.sign_in_from(stranger, "alex", ALEX_PW).await.0, StatusCode::OK);
}
both!(one_network_cannot_lock_a_user_out);
