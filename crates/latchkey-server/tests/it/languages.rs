//! The user's language is remembered and used for what is sent to them, whoever asks; messages
//! that state a limit carry the tenant's number; emails have a plain-text and an HTML part.

use crate::both;
use crate::support::{ALEX_PW, Db, Harness, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use latchkey_server::flows::admin;
use serde_json::{Value, json};

const T: &str = "/api/v1/tenants/contoso";

impl Harness {
    /// A POST with `Accept-Language: lang`.
    async fn post_in(&self, lang: &str, path: &str, body: Value, token: Option<&str>) -> (StatusCode, Value) {
        let mut req = Request::post(path)
            .header("content-type", "application/json")
            .header("accept-language", lang);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        let (s, _, v) = self.send(req.body(Body::from(body.to_string())).unwrap()).await;
        (s, v)
    }

    async fn language_of(&self, username: &str) -> Option<String> {
        let user = self
            .store
            .user_by_login(&self.tenant_id().await, username)
            .await
            .unwrap()
            .unwrap();
        self.store.user_language(&user.id).await.unwrap()
    }

    /// Starts a reset of `username` and asks for a code by `method_id`, both requests in `lang`;
    /// the reset's id and the code message sent to `to`.
    async fn reset_code_in(&self, lang: &str, username: &str, method_id: &str, to: &str) -> (String, Value) {
        let captcha = self.captcha().await;
        let (s, v) = self
            .post_in(
                lang,
                &format!("{T}/resets"),
                json!({"username": username, "captcha": captcha}),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let reset = v["reset_id"].as_str().unwrap().to_string();
        let (s, v) = self
            .post_in(
                lang,
                &format!("{T}/resets/{reset}/challenges"),
                json!({"method_id": method_id}),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let mail = self
            .outbox()
            .into_iter()
            .rev()
            .find(|m| m["to"] == to && m["code"].is_string())
            .unwrap();
        (reset, mail)
    }

    async fn tenant_id(&self) -> String {
        admin::tenant(&self.store, "contoso").await.unwrap().id().to_string()
    }
}

async fn notices_and_codes_follow_the_users_language(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "4")
        .await
        .unwrap();
    assert_eq!(h.language_of("alex").await, None);
    // Alex signs in and registers an email address in German: German is remembered.
    let (s, v) = h
        .post_in(
            "de-DE,de;q=0.9",
            &format!("{T}/sessions"),
            json!({"username": "alex", "password": ALEX_PW}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let token = v["token"].as_str().unwrap().to_string();
    assert_eq!(h.language_of("alex").await.as_deref(), Some("de"));
    let id = h.add_email(&token, "alex.home@example.org").await;

    // Someone starts a reset of Alex's account in English: the code still goes out in German.
    let (reset, mail) = h.reset_code_in("en", "alex", &id, "alex.home@example.org").await;
    assert_eq!(mail["subject"], "Ihr Contoso-Bestätigungscode", "{mail}");
    assert!(
        mail["html"].as_str().unwrap().contains(r#"<html lang="de" dir="ltr">"#),
        "{mail}"
    );
    let sent = mail["code"].as_str().unwrap().to_string();
    let (s, v) = h
        .post_in(
            "en",
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": id, "code": sent}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h
        .post_in(
            "en",
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": "Lantern-Quartz-Meadow-58"}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");

    // The notice of the reset, on every channel, is German too, in both parts of the email.
    let notices: Vec<Value> = h
        .outbox()
        .into_iter()
        .filter(|m| m["code"].is_null() && m["channel"] == "email")
        .filter(|m| m["subject"].as_str().unwrap_or_default().contains("zurückgesetzt"))
        .collect();
    let to: Vec<&str> = notices.iter().map(|m| m["to"].as_str().unwrap()).collect();
    assert!(
        to.contains(&"alex@contoso.com") && to.contains(&"alex.home@example.org"),
        "{notices:?}"
    );
    for m in &notices {
        assert_eq!(m["subject"], "Ihr Contoso-Kennwort wurde zurückgesetzt");
        assert!(m["body"].as_str().unwrap().starts_with("Hallo Alex Wilber,"), "{m}");
        assert!(m["html"].as_str().unwrap().contains("Hallo Alex Wilber,"), "{m}");
    }
    // Having finished the reset in English, Alex is written to in English from now on.
    assert_eq!(h.language_of("alex").await.as_deref(), Some("en-US"));
}
both!(notices_and_codes_follow_the_users_language);

async fn a_user_without_a_language_gets_the_requesters(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "4")
        .await
        .unwrap();
    // Neither the sign-in nor the registration said a language: nothing is remembered.
    let token = h.token("alex", ALEX_PW).await;
    let id = h.add_email(&token, "a@example.org").await;
    assert_eq!(h.language_of("alex").await, None);
    // So a reset's code follows the request.
    let (_, mail) = h.reset_code_in("de", "alex", &id, "a@example.org").await;
    assert_eq!(mail["subject"], "Ihr Contoso-Bestätigungscode");
    // Starting a reset proves nothing about who asks: the language is not remembered from it.
    assert_eq!(h.language_of("alex").await, None);
}
both!(a_user_without_a_language_gets_the_requesters);

async fn limits_come_from_the_tenants_policy(db: Db) {
    let h = Harness::new(db).await;
    for (k, v) in [
        ("code_lifetime_secs", "600"),
        ("lockout_threshold", "2"),
        ("lockout_duration_secs", "1800"),
    ] {
        admin::set_policy(&h.store, "contoso", k, v).await.unwrap();
    }
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h
        .post(
            &format!("{T}/me/methods/email"),
            json!({"address": "a@example.org"}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    let mail = h
        .outbox()
        .into_iter()
        .rev()
        .find(|m| m["to"] == "a@example.org")
        .unwrap();
    assert!(
        mail["body"].as_str().unwrap().contains("It is valid for 10 minutes."),
        "{mail}"
    );
    h.clock.advance_secs(601);
    let (s, v) = h
        .post(
            &format!("{T}/me/methods/email/{id}/verify"),
            json!({"code": mail["code"]}),
            Some(&token),
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "code.expired"));
    assert_eq!(v["error"]["args"]["minutes"], 10, "{v}");

    for _ in 0..2 {
        h.sign_in("alex", "Wrong-Password-123").await;
    }
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    assert_eq!(v["error"]["args"]["minutes"], 30, "{v}");
}
both!(limits_come_from_the_tenants_policy);
