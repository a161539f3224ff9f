use crate::both;
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code};
use axum::http::StatusCode;
use latchkey_core::Clock;
use latchkey_server::flows::admin;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

const T: &str = "/api/v1/tenants/contoso";
const NEW_PW: &str = "Lantern-Quartz-Meadow-58";

impl Harness {
    /// A solved captcha for the tenant.
    pub async fn captcha(&self) -> Value {
        let (s, c) = self.post(&format!("{T}/captcha"), json!({}), None).await;
        assert_eq!(s, StatusCode::OK, "{c}");
        assert_eq!(c["algorithm"], "sha256-zero-bits");
        let nonce = latchkey_core::captcha::solve(
            c["challenge"].as_str().unwrap(),
            c["difficulty"].as_u64().unwrap() as u32,
            |_| {},
        );
        json!({"id": c["id"], "solution": nonce})
    }

    /// A reset for `login` whose first method is `email` (an address `to`), verified; its id.
    pub async fn verified_reset(&self, login: &str, email: &str, to: &str) -> String {
        let (s, v) = self.reset_start(login).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let reset = v["reset_id"].as_str().unwrap().to_string();
        assert_eq!(v["methods"][0]["id"], email.to_string(), "{v}");
        let (s, v) = self.reset_verify_code(&reset, email, to).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        reset
    }

    pub async fn reset_password(&self, reset: &str, pw: &str) -> (StatusCode, Value) {
        self.post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": pw}),
            None,
        )
        .await
    }

    /// With the directory down: the new password is refused with `directory.unavailable` within
    /// `within`, nothing claims success, and the failure and the directory's reason are logged.
    pub async fn reset_password_while_directory_down(&self, reset: &str, pw: &str, within: std::time::Duration) {
        let started = std::time::Instant::now();
        let (s, v) = self.reset_password(reset, pw).await;
        assert_eq!(
            (s, crate::support::code(&v)),
            (StatusCode::SERVICE_UNAVAILABLE, "directory.unavailable"),
            "{v}"
        );
        assert!(started.elapsed() < within, "bounded: {:?}", started.elapsed());
        let done = self.audit("reset.complete").await;
        assert!(done.iter().all(|e| e.outcome == "failure"), "{done:?}");
        assert!(
            done.iter().any(|e| e.detail["code"] == "directory.unavailable"
                && e.detail["reason"].as_str().unwrap_or_default().len() > "directory.unavailable".len()),
            "{done:?}"
        );
    }

    pub async fn reset_start(&self, username: &str) -> (StatusCode, Value) {
        let captcha = self.captcha().await;
        self.post(
            &format!("{T}/resets"),
            json!({"username": username, "captcha": captcha}),
            None,
        )
        .await
    }

    /// Registers a verified email for a user with a full session.
    pub async fn add_email(&self, token: &str, address: &str) -> String {
        let (s, v) = self
            .post(
                &format!("{T}/me/methods/email"),
                json!({"address": address}),
                Some(token),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let id = v["id"].as_str().unwrap().to_string();
        let c = self.last_code(address);
        assert_eq!(
            self.post(
                &format!("{T}/me/methods/email/{id}/verify"),
                json!({"code": c}),
                Some(token)
            )
            .await
            .0,
            StatusCode::OK
        );
        id
    }

    pub async fn add_phone(&self, token: &str, number: &str) -> String {
        let (s, v) = self
            .post(&format!("{T}/me/methods/phone"), json!({"number": number}), Some(token))
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let id = v["id"].as_str().unwrap().to_string();
        let c = self.last_code(number);
        assert_eq!(
            self.post(
                &format!("{T}/me/methods/phone/{id}/verify"),
                json!({"code": c}),
                Some(token)
            )
            .await
            .0,
            StatusCode::OK
        );
        id
    }

    /// Signs in and steps the session up with the email method `email` (code sent to `to`);
    /// returns the full session's token.
    pub async fn stepped_up(&self, username: &str, password: &str, email: &str, to: &str) -> String {
        let (_, v) = self.sign_in(username, password).await;
        let t = v["token"].as_str().unwrap().to_string();
        self.post(
            &format!("{T}/sessions/current/mfa/challenges"),
            json!({"method_id": email}),
            Some(&t),
        )
        .await;
        let c = self.last_code(to);
        let (s, v) = self
            .post(
                &format!("{T}/sessions/current/mfa"),
                json!({"method_id": email, "code": c}),
                Some(&t),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        t
    }

    /// Starts an unlock-only visit with a solved captcha.
    pub async fn unlock_start(&self, username: &str) -> (StatusCode, Value) {
        let captcha = self.captcha().await;
        self.post(
            &format!("{T}/unlocks"),
            json!({"username": username, "captcha": captcha}),
            None,
        )
        .await
    }

    pub async fn reset_verify_code(&self, reset: &str, method: &str, to: &str) -> (StatusCode, Value) {
        let (s, v) = self
            .post(
                &format!("{T}/resets/{reset}/challenges"),
                json!({"method_id": method}),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let c = self.last_code(to);
        self.post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": method, "code": c}),
            None,
        )
        .await
    }
}

async fn prepared(db: Db) -> (Harness, String) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "6")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    let email = h.add_email(&token, "alex.home@example.org").await;
    (h, email)
}

async fn reset_with_an_email_code(db: Db) {
    let (h, email) = prepared(db).await;
    let other = h.token("alex", ALEX_PW).await;
    let (s, v) = h.reset_start("Alex").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["required"], 1);
    assert_eq!(v["methods"][0]["hint"], "a***@example.org");
    assert!(v["expires_at"].as_i64().unwrap() - h.clock.now() == 900);
    let reset = v["reset_id"].as_str().unwrap().to_string();
    // A password before verification is refused.
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "reset.more_methods_needed"));
    let (s, v) = h.reset_verify_code(&reset, &email, "alex.home@example.org").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    // Nothing remains: the answer carries the rules for the new password (here the tenant's,
    // the same as the public ones; a directory may make them the user's own).
    let (_, _, public) = h.get(&format!("{T}/password-policy")).await;
    assert_eq!(
        v,
        json!({"verified": [email], "remaining": 0, "password_policy": public})
    );
    // The full policy applies.
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": "P@ssw0rd1"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.banned"));
    let before = h.outbox().len();
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(v.get("token").is_none(), "a reset never signs in");
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(h.sign_in("alex", NEW_PW).await.0, StatusCode::OK);
    assert_eq!(
        code(&h.change(&other, ALEX_PW, "x").await.1),
        "auth.token_invalid",
        "other sessions ended"
    );
    let done = h.audit("reset.complete").await;
    let done: Vec<_> = done.iter().filter(|e| e.outcome == "success").collect();
    assert_eq!(done.len(), 1);
    // Both sessions signed in above.
    assert_eq!(done[0].detail["sessions_ended"], json!(2), "{:?}", done[0].detail);
    // The start and the verification are in the log too, written with the change they report.
    let started = h.audit("reset.start").await;
    assert!(
        started
            .iter()
            .any(|e| e.outcome == "success" && e.username.as_deref() == Some("alex")),
        "{started:?}"
    );
    let verified = h.audit("reset.verify").await;
    assert!(
        verified
            .iter()
            .any(|e| e.outcome == "success" && e.detail["kind"] == "email"),
        "{verified:?}"
    );
    let notices: Vec<Value> = h.outbox()[before..].to_vec();
    for to in ["alex@contoso.com", "alex.home@example.org"] {
        assert!(
            notices
                .iter()
                .any(|m| m["to"] == to && m["subject"].as_str().unwrap().contains("reset")),
            "{to} told"
        );
    }
    assert!(h.audit("reset.complete").await.iter().any(|e| e.outcome == "success"));
    // Single use.
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": "Another-Fresh-Phrase-12"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::GONE, "reset.expired"));
}
both!(reset_with_an_email_code);

async fn unknown_users_get_stable_decoys(db: Db) {
    let (h, email) = prepared(db).await;
    let (s1, known) = h.reset_start("alex").await;
    let (s2, unknown) = h.reset_start("nobody@contoso.com").await;
    assert_eq!((s1, s2), (StatusCode::OK, StatusCode::OK));
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&known), keys(&unknown));
    let ids: Vec<String> = unknown["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        ids.iter()
            .all(|id| id.len() == email.len() && id.chars().all(|c| c.is_ascii_hexdigit()))
    );
    let (_, again) = h.reset_start("NOBODY@contoso.com ").await;
    assert_eq!(again["methods"], unknown["methods"], "decoys are stable");
    // Later steps fail the way a wrong code fails.
    let reset = unknown["reset_id"].as_str().unwrap();
    let m = &unknown["methods"][0];
    let (s, _) = h
        .post(
            &format!("{T}/resets/{reset}/challenges"),
            json!({"method_id": m["id"]}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": m["id"], "code": "123456"}),
            None,
        )
        .await;
    let real_reset = known["reset_id"].as_str().unwrap();
    h.post(
        &format!("{T}/resets/{real_reset}/challenges"),
        json!({"method_id": email}),
        None,
    )
    .await;
    let (s2, v2) = h
        .post(
            &format!("{T}/resets/{real_reset}/verify"),
            json!({"method_id": email, "code": "000000"}),
            None,
        )
        .await;
    if m["kind"] != "totp" {
        assert_eq!((s, &v), (s2, &v2));
    } else {
        assert_eq!(code(&v), "totp.code_invalid");
    }
    assert!(h.outbox().iter().all(|m| m["to"] != "nobody@contoso.com"));
    // The log, unlike the answer, says what happened.
    let starts = h.audit("reset.start").await;
    assert!(
        starts
            .iter()
            .any(|e| e.outcome == "failure" && e.detail["reason"] == "unknown_user"),
        "{starts:?}"
    );
}
both!(unknown_users_get_stable_decoys);

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Status, body shape and median latency of start and verify match for known and unknown users
/// (difference under 5 ms over 200 calls each).
async fn enumeration_timing(db: Db) {
    let (h, email) = prepared(db).await;
    admin::set_policy(&h.store, "contoso", "reset_attempts_per_day", "100")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    let token = h.token("megan", MEGAN_PW).await;
    h.add_email(&token, "megan.home@example.org").await;
    h.add_phone(&token, "+14255550188").await;
    let mut known = (Vec::new(), Vec::new());
    let mut unknown = (Vec::new(), Vec::new());
    for i in 0..200 {
        let (name, bucket) = if i % 2 == 0 {
            (["alex", "megan"][i % 4 / 2], &mut known)
        } else {
            (["ghost", "nobody"][i % 4 / 2], &mut unknown)
        };
        let captcha = json!({"id": h.captcha().await["id"], "solution": "0"});
        let t0 = Instant::now();
        let (s, v) = h
            .post(
                &format!("{T}/resets"),
                json!({"username": name, "captcha": captcha}),
                None,
            )
            .await;
        bucket.0.push(t0.elapsed());
        assert_eq!(s, StatusCode::OK, "{v}");
        let reset = v["reset_id"].as_str().unwrap();
        let method = v["methods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["kind"] != "totp")
            .unwrap()["id"]
            .clone();
        let t0 = Instant::now();
        let (s, v) = h
            .post(
                &format!("{T}/resets/{reset}/verify"),
                json!({"method_id": method, "code": "000000"}),
                None,
            )
            .await;
        bucket.1.push(t0.elapsed());
        assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.invalid"));
    }
    let _ = email;
    let (ks, kv, us, uv) = (median(known.0), median(known.1), median(unknown.0), median(unknown.1));
    let diff = |a: Duration, b: Duration| a.abs_diff(b);
    assert!(
        diff(ks, us) < Duration::from_millis(5),
        "start: known {ks:?} vs unknown {us:?}"
    );
    assert!(
        diff(kv, uv) < Duration::from_millis(5),
        "verify: known {kv:?} vs unknown {uv:?}"
    );
    // Failed reset verifications never lock sign-in.
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
}
both!(enumeration_timing);

async fn two_methods_keep_the_strong_factor(db: Db) {
    let (h, email) = prepared(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let _ = token;
    // alex now has an email; add a phone and an authenticator app with a full session.
    let t = h.stepped_up("alex", ALEX_PW, &email, "alex.home@example.org").await;
    let phone = h.add_phone(&t, "+14255550134").await;
    let (totp_id, secret) = h.enroll_totp(&t).await;
    admin::set_policy(&h.store, "contoso", "methods_required", "2")
        .await
        .unwrap();
    let (_, v) = h.reset_start("alex").await;
    assert_eq!(v["required"], 2);
    assert_eq!(v["methods"].as_array().unwrap().len(), 3);
    let reset = v["reset_id"].as_str().unwrap().to_string();
    assert_eq!(
        h.reset_verify_code(&reset, &email, "alex.home@example.org").await.1["remaining"],
        1
    );
    let (_, v) = h.reset_verify_code(&reset, &phone, "+14255550134").await;
    assert_eq!(
        v["remaining"], 1,
        "two weak methods do not replace the authenticator app: {v}"
    );
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "reset.strong_method_required"));
    h.clock.advance_secs(30);
    let totp = secret.code_at(h.clock.now());
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": totp_id, "code": totp.expose()}),
            None,
        )
        .await;
    assert_eq!((s, v["remaining"].as_u64()), (StatusCode::OK, Some(0)));
    assert_eq!(
        h.post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None
        )
        .await
        .0,
        StatusCode::OK
    );
    // A used authenticator code cannot be replayed in another reset.
    let (_, v) = h.reset_start("alex").await;
    let r2 = v["reset_id"].as_str().unwrap();
    let (s, v) = h
        .post(
            &format!("{T}/resets/{r2}/verify"),
            json!({"method_id": totp_id, "code": totp.expose()}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "totp.code_reused"));
}
both!(two_methods_keep_the_strong_factor);

async fn unlock_only(db: Db) {
    let (h, email) = prepared(db).await;
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "2")
        .await
        .unwrap();
    for _ in 0..2 {
        h.sign_in("alex", "Wrong-Password-123").await;
    }
    assert_eq!(code(&h.sign_in("alex", ALEX_PW).await.1), "auth.account_locked");
    let (s, v) = h.unlock_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let reset = v["reset_id"].as_str().unwrap().to_string();
    h.reset_verify_code(&reset, &email, "alex.home@example.org").await;
    assert_eq!(
        h.post(&format!("{T}/resets/{reset}/unlock"), json!({}), None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        h.sign_in("alex", ALEX_PW).await.0,
        StatusCode::OK,
        "unlocked, same password"
    );
    assert!(!h.audit("unlock.complete").await.is_empty());
    admin::set_policy(&h.store, "contoso", "unlock_enabled", "false")
        .await
        .unwrap();
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    h.reset_verify_code(&reset, &email, "alex.home@example.org").await;
    let (s, v) = h.post(&format!("{T}/resets/{reset}/unlock"), json!({}), None).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "reset.unlock_disabled"));
}
both!(unlock_only);

async fn throttles_block_known_and_unknown_alike(db: Db) {
    let (h, _) = prepared(db).await;
    for name in ["alex", "ghost"] {
        for _ in 0..5 {
            assert_eq!(h.reset_start(name).await.0, StatusCode::OK);
        }
        let (s, v) = h.reset_start(name).await;
        assert_eq!(
            (s, code(&v)),
            (StatusCode::TOO_MANY_REQUESTS, "reset.blocked"),
            "{name}"
        );
        assert!(v["error"]["args"]["retry_after_secs"].as_u64().unwrap() >= 23 * 3600);
    }
    // Blocking the reset path never locks sign-in.
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
    h.clock.advance_secs(24 * 3600 + 1);
    assert_eq!(h.reset_start("alex").await.0, StatusCode::OK);
}
both!(throttles_block_known_and_unknown_alike);

async fn expiry_captcha_and_other_tenants(db: Db) {
    let (h, email) = prepared(db).await;
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    h.clock.advance_secs(901);
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/challenges"),
            json!({"method_id": email}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::GONE, "reset.expired"));
    // A reset id is worthless at another tenant.
    admin::ensure_tenant(&h.store, "fabrikam", Some("Fabrikam"))
        .await
        .unwrap();
    admin::set_policy(&h.store, "fabrikam", "sspr_enabled", "all")
        .await
        .unwrap();
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h
        .post(
            &format!("/api/v1/tenants/fabrikam/resets/{reset}/challenges"),
            json!({"method_id": email}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));
    // Captchas: wrong, tampered with, reused, expired.
    let (_, c) = h.post(&format!("{T}/captcha"), json!({}), None).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "8")
        .await
        .unwrap();
    let (_, c2) = h.post(&format!("{T}/captcha"), json!({}), None).await;
    let challenge = c2["challenge"].as_str().unwrap();
    let start = |id: Value, solution: String| {
        let h = &h;
        async move {
            h.post(
                &format!("{T}/resets"),
                json!({"username": "alex", "captcha": {"id": id, "solution": solution}}),
                None,
            )
            .await
        }
    };
    let wrong = (0u64..)
        .map(|n| n.to_string())
        .find(|n| !latchkey_core::captcha::verify(challenge, 8, n))
        .unwrap();
    let (s, v) = start(c2["id"].clone(), wrong).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "captcha.invalid"));
    // The id carries the difficulty under the server's MAC: lowering it is refused.
    let easy = latchkey_core::captcha::solve(challenge, 0, |_| {});
    let tampered = c2["id"].as_str().unwrap().replacen(".8.", ".0.", 1);
    let (s, v) = start(json!(tampered), easy).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "captcha.invalid"), "tampered");
    // A wrong answer did not use it up; a right one does, once.
    let nonce = latchkey_core::captcha::solve(challenge, 8, |_| {});
    let (s, v) = start(c2["id"].clone(), nonce.clone()).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = start(c2["id"].clone(), nonce).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "captcha.invalid"),
        "single use"
    );
    let (s, v) = start(json!("1.2.3"), "0".into()).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "captcha.invalid"), "{v}");
    // A captcha of another tenant is refused here (fabrikam's difficulty is the default).
    let (_, f) = h.post("/api/v1/tenants/fabrikam/captcha", json!({}), None).await;
    let nonce = latchkey_core::captcha::solve(
        f["challenge"].as_str().unwrap(),
        f["difficulty"].as_u64().unwrap() as u32,
        |_| {},
    );
    let (s, v) = start(f["id"].clone(), nonce).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "captcha.invalid"), "{v}");
    h.clock.advance_secs(301);
    let nonce = latchkey_core::captcha::solve(
        c["challenge"].as_str().unwrap(),
        c["difficulty"].as_u64().unwrap() as u32,
        |_| {},
    );
    let (s, v) = h
        .post(
            &format!("{T}/resets"),
            json!({"username": "alex", "captcha": {"id": c["id"], "solution": nonce}}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "captcha.expired"));
    // SSPR off for the tenant is said plainly (it names no user).
    admin::set_policy(&h.store, "contoso", "sspr_enabled", "none")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    let (s, v) = h.reset_start("alex").await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "reset.disabled"));
}
both!(expiry_captcha_and_other_tenants);

async fn concurrent_wrong_codes_against_one_reset(db: Db) {
    let (h, email) = prepared(db).await;
    // A second instance on the same database: separate pool, shared nothing in memory.
    let store2 = latchkey_server::store::Store::open(&h.db_url).await.unwrap();
    let state2 = latchkey_server::AppState::new(
        store2,
        h.clock.clone(),
        h.hasher.clone(),
        std::sync::Arc::new(latchkey_server::delivery::Outbox::new(h.dir.join("outbox.jsonl"))),
        latchkey_server::crypto::Vault::from_key([42; 32]),
        "https://sspr.contoso.test",
    );
    let app2 = latchkey_server::http::app(state2);
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    h.post(
        &format!("{T}/resets/{reset}/challenges"),
        json!({"method_id": email}),
        None,
    )
    .await;
    let right = h.last_code("alex.home@example.org");
    let wrong = if right == "111111" { "222222" } else { "111111" };
    let mut tasks = Vec::new();
    for i in 0..50 {
        let app = if i % 2 == 0 { h.app.clone() } else { app2.clone() };
        let body = json!({"method_id": email, "code": wrong}).to_string();
        let path = format!("{T}/resets/{reset}/verify");
        tasks.push(tokio::spawn(async move {
            let req = axum::http::Request::post(path)
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body))
                .unwrap();
            let resp = tower::ServiceExt::oneshot(app, req).await.unwrap();
            let bytes = http_body_util::BodyExt::collect(resp.into_body())
                .await
                .unwrap()
                .to_bytes();
            serde_json::from_slice::<Value>(&bytes).unwrap()["error"]["code"]
                .as_str()
                .unwrap()
                .to_string()
        }));
    }
    let mut checked = 0;
    for t in tasks {
        if t.await.unwrap() == "code.invalid" {
            checked += 1;
        }
    }
    assert!(
        checked <= 5,
        "{checked} guesses checked across two instances; the limit is 5"
    );
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": email, "code": right}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.attempts_exceeded"));
}
both!(concurrent_wrong_codes_against_one_reset);

async fn admins_need_two_methods_and_other_admins_hear_of_it(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    admin::add_user(
        &h.store,
        &h.hasher,
        "contoso",
        &admin::UserSpec {
            username: "root2".into(),
            password: latchkey_proto::Secret::new("Cinder-Harvest-Galaxy-91"),
            email: Some("root2@contoso.com".into()),
            admin: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let t = h.token("megan", MEGAN_PW).await;
    let e = h.add_email(&t, "megan.home@example.org").await;
    // One method is not enough for an admin: decoys, and nothing reveals why (the start shows
    // the tenant's requirement for everyone).
    let (_, v) = h.reset_start("megan").await;
    assert_eq!(v["required"], 1);
    assert!(v["methods"].as_array().unwrap().iter().all(|m| m["id"] != e.as_str()));
    let t = h.stepped_up("megan", MEGAN_PW, &e, "megan.home@example.org").await;
    let p = h.add_phone(&t, "+14255550177").await;
    let (_, v) = h.reset_start("megan").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    assert_eq!(
        h.reset_verify_code(&reset, &e, "megan.home@example.org").await.1["remaining"],
        1,
        "admins always need two"
    );
    assert_eq!(h.reset_verify_code(&reset, &p, "+14255550177").await.1["remaining"], 0);
    assert_eq!(
        h.post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None
        )
        .await
        .0,
        StatusCode::OK
    );
    assert!(
        h.outbox()
            .iter()
            .any(|m| m["to"] == "root2@contoso.com" && m["subject"].as_str().unwrap().contains("administrator"))
    );
}
both!(admins_need_two_methods_and_other_admins_hear_of_it);

async fn usage_report_counts_registrations_and_resets(db: Db) {
    let (h, email) = prepared(db).await;
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    h.post(
        &format!("{T}/resets/{reset}/challenges"),
        json!({"method_id": email}),
        None,
    )
    .await;
    h.post(
        &format!("{T}/resets/{reset}/verify"),
        json!({"method_id": email, "code": "000000"}),
        None,
    )
    .await;
    h.reset_verify_code(&reset, &email, "alex.home@example.org").await;
    assert_eq!(
        h.post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None
        )
        .await
        .0,
        StatusCode::OK
    );
    let r = admin::report(
        &h.store,
        "contoso",
        30,
        latchkey_core::Clock::now_ms(&latchkey_core::SystemClock),
    )
    .await
    .unwrap();
    let email_row = r.registrations.iter().find(|x| x.kind == "email").unwrap();
    assert_eq!((email_row.registered, email_row.added_in_window), (1, 1));
    let resets_ok: i64 = r.daily.iter().map(|d| d.resets_succeeded).sum();
    let resets_failed: i64 = r.daily.iter().map(|d| d.resets_failed).sum();
    assert_eq!((resets_ok, resets_failed), (1, 1));
}
both!(usage_report_counts_registrations_and_resets);

/// Two methods verified at the same moment against one reset both count: neither answer is
/// lost to the other's write (each code is used up by its answer, so a lost one could not be
/// retried).
async fn simultaneous_verifications_both_count(db: Db) {
    let (h, email) = prepared(db).await;
    let t = h.stepped_up("alex", ALEX_PW, &email, "alex.home@example.org").await;
    let phone = h.add_phone(&t, "+14255550134").await;
    for (k, v) in [
        ("methods_required", "2"),
        ("captcha_difficulty", "0"),
        ("reset_attempts_per_day", "100"),
        ("emails_per_10_minutes", "100"),
        ("sms_per_hour", "100"),
    ] {
        admin::set_policy(&h.store, "contoso", k, v).await.unwrap();
    }
    for round in 0..12 {
        let (s, v) = h.unlock_start("alex").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let reset = v["reset_id"].as_str().unwrap().to_string();
        let mut answers = Vec::new();
        for (method, to) in [(&email, "alex.home@example.org"), (&phone, "+14255550134")] {
            let (s, v) = h
                .post(
                    &format!("{T}/resets/{reset}/challenges"),
                    json!({"method_id": method}),
                    None,
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{v}");
            answers.push(json!({"method_id": method, "code": h.last_code(to)}));
        }
        let path = format!("{T}/resets/{reset}/verify");
        let (a, b) = tokio::join!(
            h.post(&path, answers[0].clone(), None),
            h.post(&path, answers[1].clone(), None)
        );
        assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
        let (s, v) = h.post(&format!("{T}/resets/{reset}/unlock"), json!({}), None).await;
        assert_eq!(s, StatusCode::OK, "round {round}: both verifications count: {v}");
    }
}
both!(simultaneous_verifications_both_count);

/// `DELETE /resets/{id}`: a cancelled reset cannot be continued; decoys cancel the same way;
/// cancelling again, or an unknown id, says nothing new.
async fn cancel_ends_a_reset(db: Db) {
    let (h, email) = prepared(db).await;
    let (s, v) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h.reset_verify_code(&reset, &email, "alex.home@example.org").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let delete = |id: String| {
        let h = &h;
        async move {
            let req = axum::http::Request::delete(format!("{T}/resets/{id}"))
                .header("x-latchkey-client", "kiosk/1")
                .body(axum::body::Body::empty())
                .unwrap();
            let (s, _, v) = h.send(req).await;
            (s, v)
        }
    };
    assert_eq!(delete(reset.clone()).await, (StatusCode::OK, json!({"status": "ok"})));
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::GONE, "reset.expired"));
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK, "password unchanged");
    assert_eq!(
        delete(reset.clone()).await.0,
        StatusCode::OK,
        "cancelling twice is fine"
    );
    assert_eq!(h.audit("reset.cancel").await.len(), 1);
    // A decoy (unknown name) answers exactly like a real reset.
    let (s, v) = h.reset_start("nobody-here").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let decoy = v["reset_id"].as_str().unwrap().to_string();
    assert_eq!(delete(decoy).await, (StatusCode::OK, json!({"status": "ok"})));
    let (s, v) = delete("not-a-reset".into()).await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));
    let (s, v) = delete("x".repeat(200)).await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));
}
both!(cancel_ends_a_reset);
