//! FIDO2 security keys against the real relying party, with webauthn-authenticator-rs's software
//! token as the key (a hardware key cannot exist here).

use crate::both;
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code};
use axum::http::StatusCode;
use latchkey_server::flows::admin;
use serde_json::{Value, json};
use std::sync::Arc;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::prelude::Url;
use webauthn_authenticator_rs::softtoken::SoftToken;

const M: &str = "/api/v1/tenants/contoso/me/methods";
const MFA: &str = "/api/v1/tenants/contoso/sessions/current/mfa";
const ORIGIN: &str = "https://sspr.contoso.test";

fn token() -> SoftToken {
    SoftToken::new(false).unwrap().0
}

fn origin() -> Url {
    Url::parse(ORIGIN).unwrap()
}

fn sign(key: &mut SoftToken, options: &Value) -> Value {
    let options = serde_json::from_value(options.clone()).unwrap();
    serde_json::to_value(key.do_authentication(origin(), options).unwrap()).unwrap()
}

impl Harness {
    pub async fn allow_security_keys(&self) {
        admin::set_policy(
            &self.store,
            "contoso",
            "allowed_methods",
            "totp,email,phone,security_key",
        )
        .await
        .unwrap();
    }

    /// Registers `key` for the signed-in user; returns the method id.
    pub async fn register_key(&self, token: &str, key: &mut SoftToken, name: &str) -> String {
        let (s, v) = self.post(&format!("{M}/security-key"), json!({}), Some(token)).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let id = v["id"].as_str().unwrap().to_string();
        let options = serde_json::from_value(v["options"].clone()).unwrap();
        let credential = key.do_registration(origin(), options).unwrap();
        let (s, v) = self
            .post(
                &format!("{M}/security-key/{id}/finish"),
                json!({"credential": credential, "name": name}),
                Some(token),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        id
    }

    /// Asks for a step-up challenge for `method` and answers it with `key`.
    async fn step_up_with_key(&self, token: &str, key: &mut SoftToken, method: &str) -> (StatusCode, Value) {
        let (s, v) = self
            .post(&format!("{MFA}/challenges"), json!({"method_id": method}), Some(token))
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let credential = sign(key, &v["options"]);
        self.post(MFA, json!({"method_id": method, "credential": credential}), Some(token))
            .await
    }
}

async fn register_step_up_replay_and_clone(db: Db) {
    let h = Harness::new(db).await;
    h.allow_security_keys().await;
    let t = h.token("alex", ALEX_PW).await;
    let mut key = token();

    // Registration: the options name the tenant as relying party, with the configured RP ID.
    let (s, v) = h.post(&format!("{M}/security-key"), json!({}), Some(&t)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["options"]["publicKey"]["rp"]["id"], "sspr.contoso.test");
    assert_eq!(v["options"]["publicKey"]["rp"]["name"], "Contoso");
    let id = v["id"].as_str().unwrap().to_string();
    let options = serde_json::from_value(v["options"].clone()).unwrap();
    let credential = serde_json::to_value(key.do_registration(origin(), options).unwrap()).unwrap();

    // Not active before it is finished; a bad name or a malformed answer changes nothing.
    let (_, list) = h.get_auth(M, &t, None).await;
    assert!(list["methods"].as_array().unwrap().is_empty());
    let long = "k".repeat(65);
    let fin = format!("{M}/security-key/{id}/finish");
    let (s, v) = h
        .post(&fin, json!({"credential": credential, "name": long}), Some(&t))
        .await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "security_key.name_invalid"));
    let (s, v) = h
        .post(&fin, json!({"credential": {"id": "x"}, "name": "Blue"}), Some(&t))
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_malformed")
    );

    let (s, v) = h
        .post(&fin, json!({"credential": credential, "name": "Blue key 🔑"}), Some(&t))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    // The same attestation again is a replay.
    let (s, v) = h
        .post(&fin, json!({"credential": credential, "name": "Blue"}), Some(&t))
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.challenge_missing")
    );

    let (_, list) = h.get_auth(M, &t, None).await;
    let methods = list["methods"].as_array().unwrap();
    assert_eq!(methods.len(), 1);
    assert_eq!(methods[0]["kind"], "security_key");
    assert_eq!(methods[0]["hint"], "Blue key 🔑");
    assert_eq!(methods[0]["verified"], true);
    assert!(list["allowed"].as_array().unwrap().contains(&json!("security_key")));
    assert_eq!(h.audit("method.add").await.len(), 1);

    // Step-up with the key.
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["mfa_required"], true);
    assert_eq!(v["methods"][0]["kind"], "security_key");
    let t2 = v["token"].as_str().unwrap().to_string();
    let (s, v) = h.step_up_with_key(&t2, &mut key, &id).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, _) = h.get_auth(M, &t2, None).await;
    assert_eq!(s, StatusCode::OK);

    // A replayed assertion: without a live challenge, and against a new challenge.
    let t3 = h.token("alex", ALEX_PW).await;
    let (_, ch) = h
        .post(&format!("{MFA}/challenges"), json!({"method_id": id}), Some(&t3))
        .await;
    let used = sign(&mut key, &ch["options"]);
    let (s, _) = h
        .post(MFA, json!({"method_id": id, "credential": used}), Some(&t3))
        .await;
    assert_eq!(s, StatusCode::OK);
    let t4 = h.token("alex", ALEX_PW).await;
    let (s, v) = h
        .post(MFA, json!({"method_id": id, "credential": used}), Some(&t4))
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.challenge_missing")
    );
    let (_, _) = h
        .post(&format!("{MFA}/challenges"), json!({"method_id": id}), Some(&t4))
        .await;
    let (s, v) = h
        .post(MFA, json!({"method_id": id, "credential": used}), Some(&t4))
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_invalid")
    );
    // The challenge was spent by the failed answer; a malformed one is named as such.
    let (s, v) = h
        .post(MFA, json!({"method_id": id, "credential": "nope"}), Some(&t4))
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_malformed")
    );
    let (s, _) = h.get_auth(M, &t4, None).await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "a failed step-up leaves the session password-only"
    );

    // A copy of the key taken now falls behind once the original signs again: refused.
    let mut clone = SoftToken::from_cbor(&key.to_cbor().unwrap()).unwrap();
    let (s, _) = h.step_up_with_key(&t4, &mut key, &id).await;
    assert_eq!(s, StatusCode::OK);
    let t5 = h.token("alex", ALEX_PW).await;
    let (s, v) = h.step_up_with_key(&t5, &mut clone, &id).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.counter_regressed")
    );
    let failures = h.audit("mfa.verify").await;
    assert!(
        failures
            .iter()
            .any(|e| e.outcome == "failure" && e.detail["code"] == "security_key.counter_regressed")
    );

    // Removal (alex needs one method; add an email first so the key may go).
    h.add_email(&t2, "alex@contoso.com").await;
    let (s, v) = h.delete_auth(&format!("{M}/{id}"), &t2).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, list) = h.get_auth(M, &t2, None).await;
    assert!(
        list["methods"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["kind"] != "security_key")
    );
}
both!(register_step_up_replay_and_clone);

async fn reset_with_a_key_and_an_email(db: Db) {
    let h = Harness::new(db).await;
    h.allow_security_keys().await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "methods_required", "2")
        .await
        .unwrap();
    let t = h.token("alex", ALEX_PW).await;
    let mut key = token();
    let key_id = h.register_key(&t, &mut key, "Keyring").await;
    let email_id = h.add_email(&t, "alex@contoso.com").await;

    let (s, v) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let kinds: Vec<&str> = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"security_key"), "{kinds:?}");
    let base = format!("/api/v1/tenants/contoso/resets/{reset}");

    // The email alone is not enough: the key is the strong factor.
    let (s, v) = h.reset_verify_code(&reset, &email_id, "alex@contoso.com").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["remaining"], 1);

    let (s, ch) = h
        .post(&format!("{base}/challenges"), json!({"method_id": key_id}), None)
        .await;
    assert_eq!(s, StatusCode::OK, "{ch}");
    assert_eq!(ch["hint"], "Keyring");
    let credential = sign(&mut key, &ch["options"]);
    let (s, v) = h
        .post(
            &format!("{base}/verify"),
            json!({"method_id": key_id, "credential": credential}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["remaining"], 0);
    // The same assertion again is refused, and changes nothing.
    let (s, v) = h
        .post(
            &format!("{base}/verify"),
            json!({"method_id": key_id, "credential": credential}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "already verified: {v}");

    let (s, v) = h
        .post(
            &format!("{base}/password"),
            json!({"new_password": "Copper-Willow-Beacon-88"}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, _) = h.sign_in("alex", "Copper-Willow-Beacon-88").await;
    assert_eq!(s, StatusCode::OK);

    // A replayed assertion in a new reset: no live challenge, then a challenge it does not answer.
    let (_, v) = h.reset_start("alex").await;
    let base2 = format!("/api/v1/tenants/contoso/resets/{}", v["reset_id"].as_str().unwrap());
    let body = json!({"method_id": key_id, "credential": credential});
    let (s, v) = h.post(&format!("{base2}/verify"), body.clone(), None).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.challenge_missing")
    );
    h.post(&format!("{base2}/challenges"), json!({"method_id": key_id}), None)
        .await;
    let (s, v) = h.post(&format!("{base2}/verify"), body, None).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_invalid")
    );
}
both!(reset_with_a_key_and_an_email);

/// Keys of names that cannot reset look and fail like real ones.
async fn decoy_keys_look_real(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "allowed_methods", "email,security_key")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "methods_required", "2")
        .await
        .unwrap();
    let t = h.token("alex", ALEX_PW).await;
    let mut key = token();
    let key_id = h.register_key(&t, &mut key, "Security key").await;
    h.add_email(&t, "alex@contoso.com").await;

    let (_, real) = h.reset_start("alex").await;
    let (_, fake) = h.reset_start("nobody@contoso.com").await;
    let fake_key = fake["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "security_key")
        .expect("a decoy key when keys are allowed")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let real_base = format!("/api/v1/tenants/contoso/resets/{}", real["reset_id"].as_str().unwrap());
    let fake_base = format!("/api/v1/tenants/contoso/resets/{}", fake["reset_id"].as_str().unwrap());

    // Verify before any challenge: the same error.
    let (_, ch) = h
        .post(&format!("{real_base}/challenges"), json!({"method_id": key_id}), None)
        .await;
    let assertion = sign(&mut key, &ch["options"]);
    let (s, v) = h
        .post(
            &format!("{fake_base}/verify"),
            json!({"method_id": fake_key, "credential": assertion}),
            None,
        )
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.challenge_missing")
    );

    // The challenge has the same shape and the same relying party.
    let (s, fch) = h
        .post(&format!("{fake_base}/challenges"), json!({"method_id": fake_key}), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    fn shape(v: &Value) -> Vec<String> {
        match v {
            Value::Object(m) => m
                .iter()
                .flat_map(|(k, v)| std::iter::once(k.clone()).chain(shape(v)))
                .collect(),
            Value::Array(a) => a.iter().flat_map(shape).collect(),
            _ => vec![],
        }
    }
    let (mut a, mut b) = (shape(&ch), shape(&fch));
    a.sort();
    b.sort();
    assert_eq!(a, b, "real {ch} vs decoy {fch}");
    assert_eq!(ch["options"]["publicKey"]["rpId"], fch["options"]["publicKey"]["rpId"]);
    assert_eq!(
        ch["options"]["publicKey"]["timeout"], fch["options"]["publicKey"]["timeout"],
        "same timeout"
    );
    // A well-formed answer fails as a wrong key's would; a malformed one as a malformed one's.
    let (s, v) = h
        .post(
            &format!("{fake_base}/verify"),
            json!({"method_id": fake_key, "credential": assertion}),
            None,
        )
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_invalid")
    );
    let (s, v) = h
        .post(
            &format!("{fake_base}/verify"),
            json!({"method_id": fake_key, "credential": 7}),
            None,
        )
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_malformed")
    );
    let (s, v) = h
        .post(
            &format!("{real_base}/verify"),
            json!({"method_id": key_id, "credential": 7}),
            None,
        )
        .await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::BAD_REQUEST, "security_key.response_malformed")
    );
}
both!(decoy_keys_look_real);

/// With a public URL that is an IP address there is no valid relying party: keys are not
/// offered, and asking for one says why.
async fn no_keys_without_a_host_name(db: Db) {
    let h = Harness::new(db).await;
    h.allow_security_keys().await;
    let state = latchkey_server::AppState::new(
        h.store.clone(),
        h.clock.clone(),
        h.hasher.clone(),
        Arc::new(latchkey_server::delivery::Outbox::new(h.dir.join("outbox.jsonl"))),
        latchkey_server::crypto::Vault::from_key([42; 32]),
        "http://10.1.2.3:8443",
    );
    let h = Harness {
        app: latchkey_server::http::app(state.clone()),
        state,
        ..h
    };
    let t = h.token("megan", MEGAN_PW).await;
    let (_, list) = h.get_auth(M, &t, None).await;
    assert!(
        !list["allowed"].as_array().unwrap().contains(&json!("security_key")),
        "{list}"
    );
    let (s, v) = h.post(&format!("{M}/security-key"), json!({}), Some(&t)).await;
    assert_eq!((s, code(&v)), (StatusCode::CONFLICT, "security_key.unavailable"));
}
both!(no_keys_without_a_host_name);
