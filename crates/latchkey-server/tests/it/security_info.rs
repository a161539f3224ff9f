use crate::both;
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use latchkey_core::Clock;
use latchkey_core::method::TotpSecret;
use latchkey_server::flows::admin;
use serde_json::{Value, json};

const M: &str = "/api/v1/tenants/contoso/me/methods";

impl Harness {
    pub async fn get_auth(&self, path: &str, token: &str, lang: Option<&str>) -> (StatusCode, Value) {
        let mut req = Request::get(path).header("authorization", format!("Bearer {token}"));
        if let Some(l) = lang {
            req = req.header("accept-language", l);
        }
        let (s, _, v) = self.send(req.body(Body::empty()).unwrap()).await;
        (s, v)
    }

    pub async fn put_auth(&self, path: &str, body: Value, token: &str) -> (StatusCode, Value) {
        let req = Request::put(path)
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let (s, _, v) = self.send(req).await;
        (s, v)
    }

    pub async fn delete_auth(&self, path: &str, token: &str) -> (StatusCode, Value) {
        let req = Request::delete(path)
            .header("authorization", format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        let (s, _, v) = self.send(req).await;
        (s, v)
    }

    /// Registers an authenticator app for a signed-in user; returns (method id, secret).
    pub async fn enroll_totp(&self, token: &str) -> (String, TotpSecret) {
        let (s, v) = self.post(&format!("{M}/totp"), json!({}), Some(token)).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let id = v["id"].as_str().unwrap().to_string();
        let secret = TotpSecret::from_base32(v["secret"].as_str().unwrap()).unwrap();
        let code = secret.code_at(self.clock.now());
        let (s, v) = self
            .post(
                &format!("{M}/totp/{id}/verify"),
                json!({"code": code.expose()}),
                Some(token),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        (id, secret)
    }

    /// The newest code the outbox holds for `to`.
    pub fn last_code(&self, to: &str) -> String {
        self.outbox()
            .iter()
            .rev()
            .find(|m| m["to"] == to && m["code"].is_string())
            .expect("a code was sent")["code"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Signs in and passes step-up with the authenticator app.
    pub async fn full_token(&self, user: &str, pw: &str, totp: (&str, &TotpSecret)) -> String {
        let (_, v) = self.sign_in(user, pw).await;
        let token = v["token"].as_str().unwrap().to_string();
        if v["mfa_required"] == true {
            self.clock.advance_secs(30);
            let code = totp.1.code_at(self.clock.now());
            let (s, v) = self
                .post(
                    "/api/v1/tenants/contoso/sessions/current/mfa",
                    json!({"method_id": totp.0, "code": code.expose()}),
                    Some(&token),
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{v}");
        }
        token
    }
}

async fn totp_enrollment_step_up_and_replay(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h.post(&format!("{M}/totp"), json!({}), Some(&token)).await;
    assert_eq!(s, StatusCode::OK);
    let uri = v["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/Contoso:alex?"), "{uri}");
    assert!(uri.contains("algorithm=SHA1") && uri.contains("digits=6") && uri.contains("period=30"));
    assert!(v["qr_svg"].as_str().unwrap().starts_with("<?xml") || v["qr_svg"].as_str().unwrap().contains("<svg"));
    let id = v["id"].as_str().unwrap().to_string();
    let secret_b32 = v["secret"].as_str().unwrap().to_string();
    assert_eq!(secret_b32.len(), 32, "160-bit secret");
    // Not active before a correct code.
    let (_, list) = h.get_auth(M, &token, None).await;
    assert!(list["methods"].as_array().unwrap().is_empty());
    for (bad, expected) in [
        ("000000", "totp.code_invalid"),
        ("12ab56", "totp.code_malformed"),
        ("1234567", "totp.code_malformed"),
    ] {
        let (s, v) = h
            .post(&format!("{M}/totp/{id}/verify"), json!({"code": bad}), Some(&token))
            .await;
        assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, expected));
    }
    let secret = TotpSecret::from_base32(&secret_b32).unwrap();
    let now_code = secret.code_at(h.clock.now());
    assert_eq!(
        h.post(
            &format!("{M}/totp/{id}/verify"),
            json!({"code": now_code.expose()}),
            Some(&token)
        )
        .await
        .0,
        StatusCode::OK
    );
    // The seed is encrypted at rest.
    let stored: String = sqlx::query_scalar("SELECT secret FROM methods WHERE id = $1")
        .bind(&id)
        .fetch_one(&mut *h.store.conn().await.unwrap())
        .await
        .unwrap();
    assert!(!stored.contains(&secret_b32[..8]));

    // Sign in again: the password alone only allows step-up.
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["mfa_required"], true);
    assert_eq!(v["methods"][0]["kind"], "totp");
    let t2 = v["token"].as_str().unwrap().to_string();
    let (s, v) = h.get_auth(M, &t2, None).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.mfa_required"));
    // The code used for enrollment is never accepted again.
    let mfa = "/api/v1/tenants/contoso/sessions/current/mfa";
    let (s, v) = h
        .post(mfa, json!({"method_id": id, "code": now_code.expose()}), Some(&t2))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "totp.code_reused"));
    h.clock.advance_secs(30);
    let next = secret.code_at(h.clock.now());
    assert_eq!(
        h.post(mfa, json!({"method_id": id, "code": next.expose()}), Some(&t2))
            .await
            .0,
        StatusCode::OK
    );
    let (s, v) = h.get_auth(M, &t2, None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["methods"][0]["kind"], "totp");
    assert_eq!(v["registration_complete"], true);
    // Audited and announced.
    assert!(h.audit("method.add").await.iter().any(|e| e.detail["kind"] == "totp"));
    assert!(h.audit("mfa.verify").await.iter().any(|e| e.outcome == "success"));
    assert!(
        h.outbox()
            .iter()
            .any(|m| m["subject"].as_str().unwrap_or("").contains("security info"))
    );
}
both!(totp_enrollment_step_up_and_replay);

async fn email_and_phone_codes(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h
        .post(&format!("{M}/email"), json!({"address": "not an email"}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "contact.email_invalid"));
    let (s, v) = h
        .post(&format!("{M}/phone"), json!({"number": "555-0100"}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "contact.phone_invalid"));

    let (s, v) = h
        .post(
            &format!("{M}/email"),
            json!({"address": "alex.private@example.org"}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["hint"], "a***@example.org");
    assert_eq!(v["expires_in_secs"], 300);
    let id = v["id"].as_str().unwrap().to_string();
    let sent = h.last_code("alex.private@example.org");
    assert_eq!(sent.len(), 6);
    let (s, v) = h
        .post(
            &format!("{M}/email/{id}/verify"),
            json!({"code": "000000"}),
            Some(&token),
        )
        .await;
    assert!(s == StatusCode::BAD_REQUEST && code(&v) == "code.invalid" || sent == "000000");
    assert_eq!(
        h.post(&format!("{M}/email/{id}/verify"), json!({"code": sent}), Some(&token))
            .await
            .0,
        StatusCode::OK
    );

    // Phone: the code expires after the tenant's lifetime (5 minutes).
    let (s, v) = h
        .post(&format!("{M}/phone"), json!({"number": "+4915112345678"}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["hint"], "+49 ••• ••• •••78");
    let pid = v["id"].as_str().unwrap().to_string();
    let sms = h.last_code("+4915112345678");
    assert!(
        h.outbox()
            .iter()
            .any(|m| m["channel"] == "sms" && m["to"] == "+4915112345678")
    );
    h.clock.advance_secs(301);
    let (s, v) = h
        .post(&format!("{M}/phone/{pid}/verify"), json!({"code": sms}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.expired"));
    let (s, _) = h.post(&format!("{M}/{pid}/resend"), json!({}), Some(&token)).await;
    assert_eq!(s, StatusCode::OK);
    let sms = h.last_code("+4915112345678");
    assert_eq!(
        h.post(&format!("{M}/phone/{pid}/verify"), json!({"code": sms}), Some(&token))
            .await
            .0,
        StatusCode::OK
    );

    // Listed masked; nothing unmasked in the answer.
    let (_, list) = h.get_auth(M, &token, None).await;
    let text = list.to_string();
    assert!(!text.contains("alex.private@") && !text.contains("12345678"), "{text}");
    assert_eq!(list["methods"].as_array().unwrap().len(), 2);

    // Step-up by email: a fresh code bound to the step-up, single use.
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t2 = v["token"].as_str().unwrap().to_string();
    let ch = "/api/v1/tenants/contoso/sessions/current/mfa/challenges";
    let (s, v) = h.post(ch, json!({"method_id": id}), Some(&t2)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["hint"], "a***@example.org");
    // The registration code does not work for step-up.
    let mfa = "/api/v1/tenants/contoso/sessions/current/mfa";
    let (s, v) = h.post(mfa, json!({"method_id": id, "code": sent}), Some(&t2)).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.invalid"));
    let c = h.last_code("alex.private@example.org");
    assert_eq!(
        h.post(mfa, json!({"method_id": id, "code": c}), Some(&t2)).await.0,
        StatusCode::OK
    );
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t3 = v["token"].as_str().unwrap().to_string();
    let (s, v) = h.post(mfa, json!({"method_id": id, "code": c}), Some(&t3)).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "code.invalid"),
        "a code works once"
    );
}
both!(email_and_phone_codes);

async fn concurrent_wrong_guesses_stop_at_the_limit(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let (_, v) = h
        .post(
            &format!("{M}/email"),
            json!({"address": "race@example.org"}),
            Some(&token),
        )
        .await;
    let id = v["id"].as_str().unwrap().to_string();
    let right = h.last_code("race@example.org");
    let wrong = if right == "111111" { "222222" } else { "111111" };
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let app = h.app.clone();
        let (token, id) = (token.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            let req = Request::post(format!("{M}/email/{id}/verify"))
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(Body::from(json!({"code": wrong}).to_string()))
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
        let c = t.await.unwrap();
        assert!(c == "code.invalid" || c == "code.attempts_exceeded", "{c}");
        if c == "code.invalid" {
            checked += 1;
        }
    }
    assert!(checked <= 5, "{checked} guesses were checked; the limit is 5");
    // Even the right code no longer works.
    let (s, v) = h
        .post(&format!("{M}/email/{id}/verify"), json!({"code": right}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.attempts_exceeded"));
}
both!(concurrent_wrong_guesses_stop_at_the_limit);

async fn sending_is_throttled(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "emails_per_10_minutes", "2")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    for _ in 0..2 {
        assert_eq!(
            h.post(&format!("{M}/email"), json!({"address": "a@example.org"}), Some(&token))
                .await
                .0,
            StatusCode::OK
        );
    }
    let (s, v) = h
        .post(&format!("{M}/email"), json!({"address": "a@example.org"}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::TOO_MANY_REQUESTS, "code.rate_limited"));
    assert!(v["error"]["args"]["retry_after_secs"].as_u64().unwrap() > 0);
    h.clock.advance_secs(601);
    assert_eq!(
        h.post(&format!("{M}/email"), json!({"address": "a@example.org"}), Some(&token))
            .await
            .0,
        StatusCode::OK
    );
}
both!(sending_is_throttled);

async fn security_questions(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let q = format!("{M}/questions");
    let (s, v) = h.get_auth(&q, &token, None).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "questions.disabled"));
    // Questions are never enough alone: only as one of two required methods.
    let refused = admin::set_policy(&h.store, "contoso", "allowed_methods", "totp,email,phone,questions")
        .await
        .unwrap_err();
    assert_eq!(refused.code.as_str(), "policy.questions_alone");
    admin::set_policy(&h.store, "contoso", "methods_required", "2")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "allowed_methods", "totp,email,phone,questions")
        .await
        .unwrap();
    // Never for admins.
    let megan = h.token("megan", MEGAN_PW).await;
    let (s, v) = h.get_auth(&q, &megan, None).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::FORBIDDEN, "questions.not_allowed_for_admins")
    );
    // Localized.
    let (s, v) = h.get_auth(&q, &token, Some("de-DE,de;q=0.9")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["required"], 3);
    let first = &v["questions"][0];
    assert_eq!(first["id"], "first-pet");
    assert_eq!(first["text"], "Wie hieß Ihr erstes Haustier?");
    let answers = |a: [&str; 3]| {
        json!({"answers": [
            {"question_id": "first-pet", "answer": a[0]},
            {"question_id": "birth-city", "answer": a[1]},
            {"question_id": "first-car", "answer": a[2]},
        ]})
    };
    let long = "x".repeat(10_000);
    for (body, expected) in [
        (answers(["Rex", "rex ", "Golf"]), "questions.duplicate_answer"),
        (answers(["Rex", &long, "Golf"]), "questions.answer_too_long"),
        (answers(["Rx", "Lyon", "Golf"]), "questions.answer_too_short"),
        (
            json!({"answers": [{"question_id": "first-pet", "answer": "Rex"}]}),
            "questions.wrong_count",
        ),
        (
            json!({"answers": [
            {"question_id": "first-pet", "answer": "Rex"}, {"question_id": "nope", "answer": "Lyon"}, {"question_id": "first-car", "answer": "Golf"}]}),
            "questions.unknown_question",
        ),
    ] {
        let (s, v) = h.put_auth(&q, body, &token).await;
        assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, expected), "{v}");
    }
    assert_eq!(
        h.put_auth(&q, answers(["Rex 🐕", "São Paulo", "VW Golf"]), &token)
            .await
            .0,
        StatusCode::OK
    );
    // Answers are stored hashed only.
    let data: String = sqlx::query_scalar("SELECT data FROM methods WHERE kind = 'questions'")
        .fetch_one(&mut *h.store.conn().await.unwrap())
        .await
        .unwrap();
    assert!(!data.to_lowercase().contains("golf") && data.contains("argon2id"));

    // Never a step-up factor: not offered at sign-in, refused when asked for.
    let email = h.add_email(&token, "alex.home@example.org").await;
    let (_, list) = h.get_auth(M, &token, None).await;
    let qid = list["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "questions")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t2 = v["token"].as_str().unwrap().to_string();
    assert_eq!(v["mfa_required"], true);
    let offered: Vec<&str> = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["email"], "{v}");
    // Each with its own request shape: a challenge request takes the method only.
    for (path, body) in [
        ("sessions/current/mfa/challenges", json!({"method_id": qid})),
        (
            "sessions/current/mfa",
            json!({"method_id": qid, "answers": ["a", "b", "c"]}),
        ),
    ] {
        let (s, v) = h
            .post(&format!("/api/v1/tenants/contoso/{path}"), body, Some(&t2))
            .await;
        assert_eq!(
            (s, code(&v)),
            (StatusCode::BAD_REQUEST, "mfa.questions_not_allowed"),
            "{path}"
        );
    }

    // In a reset, beside a second method: answers are compared normalized (case, spaces, NFKC).
    let (s, start) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{start}");
    assert_eq!(start["required"], 2);
    let reset = start["reset_id"].as_str().unwrap().to_string();
    let challenge = format!("/api/v1/tenants/contoso/resets/{reset}/challenges");
    let verify = format!("/api/v1/tenants/contoso/resets/{reset}/verify");
    let (s, ch) = h.post(&challenge, json!({"method_id": qid}), None).await;
    assert_eq!(s, StatusCode::OK, "{ch}");
    let asked: Vec<String> = ch["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(asked.len(), 3);
    let answer_for = |id: &str| match id {
        "first-pet" => "  REX 🐕 ",
        "birth-city" => "são   paulo",
        _ => "vw golf",
    };
    let wrong: Vec<&str> = asked.iter().map(|_| "nothing right").collect();
    let (s, v) = h.post(&verify, json!({"method_id": qid, "answers": wrong}), None).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "questions.wrong_answers"));
    let (_, ch) = h.post(&challenge, json!({"method_id": qid}), None).await;
    let asked: Vec<String> = ch["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    let right: Vec<&str> = asked.iter().map(|id| answer_for(id)).collect();
    let (s, v) = h.post(&verify, json!({"method_id": qid, "answers": right}), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["remaining"], 1, "questions are never enough alone: {v}");
    let (s, v) = h
        .post(
            &format!("/api/v1/tenants/contoso/resets/{reset}/password"),
            json!({"new_password": "Lantern-Quartz-Meadow-58"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "reset.more_methods_needed"));
    let _ = email;
}
both!(security_questions);

async fn backup_codes_work_once(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let (id, secret) = h.enroll_totp(&token).await;
    let (s, v) = h.post(&format!("{M}/backup-codes"), json!({}), Some(&token)).await;
    assert_eq!(s, StatusCode::OK);
    let codes: Vec<String> = v["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10);
    let (_, list) = h.get_auth(M, &token, None).await;
    let bid = list["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "backup_codes")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mfa = "/api/v1/tenants/contoso/sessions/current/mfa";
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t2 = v["token"].as_str().unwrap().to_string();
    let loose = codes[3].replace('-', " ");
    assert_eq!(
        h.post(mfa, json!({"method_id": bid, "code": loose}), Some(&t2)).await.0,
        StatusCode::OK
    );
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t3 = v["token"].as_str().unwrap().to_string();
    let (s, v) = h
        .post(mfa, json!({"method_id": bid, "code": codes[3]}), Some(&t3))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "backup_code.invalid"));
    // Backup codes never count toward the reset requirement.
    let full = h.full_token("alex", ALEX_PW, (&id, &secret)).await;
    let (_, list) = h.get_auth(M, &full, None).await;
    let backup = list["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "backup_codes")
        .unwrap()
        .clone();
    assert_eq!(backup["hint"], "9");
}
both!(backup_codes_work_once);

async fn manage_remove_default_and_isolation(db: Db) {
    let h = Harness::new(db).await;
    let token = h.token("alex", ALEX_PW).await;
    let (id, secret) = h.enroll_totp(&token).await;
    let token = h.full_token("alex", ALEX_PW, (&id, &secret)).await;
    // The only method cannot go while the policy needs one.
    let (s, v) = h.delete_auth(&format!("{M}/{id}"), &token).await;
    assert_eq!((s, code(&v)), (StatusCode::CONFLICT, "methods.would_leave_too_few"));
    let (_, v) = h
        .post(
            &format!("{M}/email"),
            json!({"address": "alex@example.org"}),
            Some(&token),
        )
        .await;
    let eid = v["id"].as_str().unwrap().to_string();
    let c = h.last_code("alex@example.org");
    assert_eq!(
        h.post(&format!("{M}/email/{eid}/verify"), json!({"code": c}), Some(&token))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        h.post(&format!("{M}/{eid}/default"), json!({}), Some(&token)).await.0,
        StatusCode::OK
    );
    let (_, list) = h.get_auth(M, &token, None).await;
    let email = list["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == eid.as_str())
        .unwrap()
        .clone();
    assert_eq!(email["is_default"], true);
    // Another user cannot touch alex's methods.
    let megan = h.token("megan", MEGAN_PW).await;
    let (s, v) = h.delete_auth(&format!("{M}/{eid}"), &megan).await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "methods.not_found"));
    // Unverified methods cannot be used for step-up.
    let (_, v) = h
        .post(&format!("{M}/phone"), json!({"number": "+14255550199"}), Some(&token))
        .await;
    let pending = v["id"].as_str().unwrap().to_string();
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let t2 = v["token"].as_str().unwrap().to_string();
    let (s, v) = h
        .post(
            "/api/v1/tenants/contoso/sessions/current/mfa",
            json!({"method_id": pending, "code": "123456"}),
            Some(&t2),
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "mfa.method_not_verified"));
    // Removing the TOTP now works and is announced on the other channels.
    let before = h.outbox().len();
    assert_eq!(h.delete_auth(&format!("{M}/{id}"), &token).await.0, StatusCode::OK);
    let after = h.outbox();
    assert!(
        after[before..].iter().any(|m| m["to"] == "alex@example.org"),
        "the registered email is told"
    );
    assert!(
        h.audit("method.remove")
            .await
            .iter()
            .any(|e| e.detail["kind"] == "totp")
    );
}
both!(manage_remove_default_and_isolation);
