use crate::both;
use crate::support::{ALEX_PW, Db, Harness, code};
use axum::http::StatusCode;
use latchkey_proto::Secret;
use latchkey_server::flows::admin;
use serde_json::json;

const NEW_PW: &str = "Quiet-Maple-Orbit-88";

async fn change_succeeds_ends_other_sessions_and_notifies(db: Db) {
    let h = Harness::new(db).await;
    let other = h.token("alex", ALEX_PW).await;
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h.change(&token, ALEX_PW, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(h.sign_in("alex", NEW_PW).await.0, StatusCode::OK);
    // The other session ended; this one lives on.
    assert_eq!(
        code(&h.change(&other, NEW_PW, "Second-Fresh-Phrase-31").await.1),
        "auth.token_invalid"
    );
    assert_eq!(
        h.change(&token, NEW_PW, "Second-Fresh-Phrase-31").await.0,
        StatusCode::OK
    );
    let mail = h.outbox();
    let notice = mail
        .iter()
        .find(|m| m["to"] == "alex@contoso.com")
        .expect("a notice went to the user");
    assert_eq!(notice["channel"], "email");
    assert!(notice["subject"].as_str().unwrap().contains("Contoso"));
    assert!(notice["body"].as_str().unwrap().contains("help@contoso.com"));
    let events = h.audit("password.change").await;
    let ok: Vec<_> = events
        .iter()
        .filter(|e| e.outcome == "success" && e.username.as_deref() == Some("alex"))
        .collect();
    // Each change ended one other session: `other`, then the sign-in with the new password.
    let ended: Vec<_> = ok.iter().map(|e| e.detail["other_sessions_ended"].clone()).collect();
    assert_eq!(ended, [json!(1), json!(1)]);
}
both!(change_succeeds_ends_other_sessions_and_notifies);

async fn every_rule_is_enforced_with_a_specific_code(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let long = "x".repeat(300);
    let cases: &[(&str, &str)] = &[
        ("short1!", "password.too_short"),
        ("P@ssw0rd1", "password.banned"),
        ("Contoso!1", "password.banned"),
        ("iloveyou", "password.breached"),
        ("Wilber-Garden-Zebra-77", "password.contains_user_info"),
        ("aaaaaaaaaaaaa", "password.too_weak"),
        (&long, "password.too_long"),
        (ALEX_PW, "password.same_as_current"),
    ];
    for (pw, expected) in cases {
        let (s, v) = h.change(&token, ALEX_PW, pw).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{pw}: {v}");
        let problems = v["error"]["args"]["problems"].as_array().cloned().unwrap_or_default();
        let listed = problems.iter().any(|p| p["code"] == *expected);
        assert!(code(&v) == *expected || listed, "{pw}: expected {expected}, got {v}");
    }
    // Nothing changed.
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
    // NFKC: a full-width variant of the current password is the same password.
    let wide: String = ALEX_PW
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap()
            } else {
                c
            }
        })
        .collect();
    assert_eq!(
        code(&h.change(&token, ALEX_PW, &wide).await.1),
        "password.same_as_current"
    );
    assert!(h.audit("password.change").await.iter().all(|e| e.outcome == "failure"));
}
both!(every_rule_is_enforced_with_a_specific_code);

async fn history_refuses_recent_passwords(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "password_history", "2")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    assert_eq!(h.change(&token, ALEX_PW, NEW_PW).await.0, StatusCode::OK);
    let (s, v) = h.change(&token, NEW_PW, ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.reused"));
    assert_eq!(
        h.change(&token, NEW_PW, "Third-Cobalt-Window-64").await.0,
        StatusCode::OK
    );
    assert_eq!(
        h.change(&token, "Third-Cobalt-Window-64", "Fourth-Amber-Ladder-27")
            .await
            .0,
        StatusCode::OK
    );
    // Two back is still remembered; three back has aged out.
    assert_eq!(
        code(&h.change(&token, "Fourth-Amber-Ladder-27", NEW_PW).await.1),
        "password.reused"
    );
    assert_eq!(
        h.change(&token, "Fourth-Amber-Ladder-27", ALEX_PW).await.0,
        StatusCode::OK
    );
}
both!(history_refuses_recent_passwords);

async fn wrong_current_password_counts_toward_lockout(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "2")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    for _ in 0..2 {
        let (s, v) = h.change(&token, "Not-The-Password-1", NEW_PW).await;
        assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.invalid_credentials"));
    }
    assert_eq!(code(&h.sign_in("alex", ALEX_PW).await.1), "auth.account_locked");
}
both!(wrong_current_password_counts_toward_lockout);

async fn temporary_password_forces_a_change(db: Db) {
    let h = Harness::new(db).await;
    let temp = admin::reset_password(&h.store, &h.hasher, "contoso", "alex", None, true)
        .await
        .unwrap();
    let (s, v) = h.sign_in("alex", temp.expose()).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["password_change_required"], true);
    let token = v["token"].as_str().unwrap().to_string();
    assert_eq!(h.change(&token, temp.expose(), NEW_PW).await.0, StatusCode::OK);
    let (_, v) = h.sign_in("alex", NEW_PW).await;
    assert_eq!(v["password_change_required"], false);
    // An admin-chosen password must meet the policy too.
    let err = admin::reset_password(
        &h.store,
        &h.hasher,
        "contoso",
        "alex",
        Some(Secret::new("password")),
        false,
    )
    .await
    .unwrap_err();
    assert!(err.code.as_str().starts_with("password."));
}
both!(temporary_password_forces_a_change);
