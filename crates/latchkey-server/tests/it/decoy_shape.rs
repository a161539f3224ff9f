//! The start of a reset tells nothing by its shape: an unknown name's decoy methods are drawn
//! from the tenant's real method lists (kinds, counts, email domains, phone country codes and
//! lengths), with the probability real users have each, and stay the same for the name.

use crate::both;
use crate::support::{Db, Harness};
use axum::http::StatusCode;
use latchkey_proto::Secret;
use latchkey_server::flows::admin::{self, UserSpec};
use serde_json::Value;
use std::collections::BTreeMap;

/// What a method list shows that is not the name's own: per method the kind and the hint with
/// the email's first character (the name's initial) and a phone's last two digits blanked.
fn shape(v: &Value) -> (u64, Vec<(String, String)>) {
    let methods = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let hint = m["hint"].as_str().unwrap();
            let n = hint.chars().count();
            let hint = match m["kind"].as_str().unwrap() {
                "email" => format!("?{}", hint.chars().skip(1).collect::<String>()),
                "phone" => format!("{}??", hint.chars().take(n.saturating_sub(2)).collect::<String>()),
                _ => hint.to_string(),
            };
            (m["kind"].as_str().unwrap().to_string(), hint)
        })
        .collect();
    let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["expires_at", "methods", "required", "reset_id"], "{v}");
    (v["required"].as_u64().unwrap(), methods)
}

async fn add_users(h: &Harness, users: &[(&str, Option<&str>, Option<&str>)]) {
    for (name, email, phone) in users {
        admin::add_user(
            &h.store,
            &h.hasher,
            "contoso",
            &UserSpec {
                username: name.to_string(),
                password: Secret::new("Quartz-Lantern-Harbor-93"),
                display_name: None,
                email: email.map(str::to_string),
                phone: phone.map(str::to_string),
                admin: false,
                groups: vec!["staff".into()],
                temporary: false,
            },
        )
        .await
        .unwrap();
    }
}

async fn started(h: &Harness, name: &str) -> Value {
    let (s, v) = h.reset_start(name).await;
    assert_eq!(s, StatusCode::OK, "{name}: {v}");
    v
}

async fn contacts_tenant(db: Db, allowed: &str) -> Harness {
    let h = Harness::new(db).await;
    for (key, value) in [
        ("captcha_difficulty", "1"),
        ("allowed_methods", allowed),
        ("reset_with_directory_contacts", "true"),
    ] {
        admin::set_policy(&h.store, "contoso", key, value).await.unwrap();
    }
    h
}

/// Every real user has exactly one email: so does every unknown name, at the tenant's domain.
/// (Before, decoys were always two or three methods: the start alone told who exists.)
async fn one_email_tenant_real_and_unknown_look_alike(db: Db) {
    let h = contacts_tenant(db, "email").await;
    add_users(
        &h,
        &[
            ("lee", Some("lee@contoso.com"), None),
            ("kim", Some("kim@contoso.com"), None),
            ("pat", Some("pat@contoso.com"), None),
        ],
    )
    .await;
    let real = shape(&started(&h, "alex").await);
    assert_eq!(real, (1, vec![("email".to_string(), "?***@contoso.com".to_string())]));
    for name in ["lee", "kim", "pat"] {
        assert_eq!(shape(&started(&h, name).await), real, "{name}");
    }
    for i in 0..40 {
        let name = format!("nobody{i}");
        let first = started(&h, &name).await;
        assert_eq!(shape(&first), real, "{name}: {first}");
        // Stable: the same name gets the same list again.
        assert_eq!(started(&h, &name).await["methods"], first["methods"], "{name}");
    }
}
both!(one_email_tenant_real_and_unknown_look_alike);

/// A mixed tenant: 22 users who can reset, with four method-list shapes in proportion 10:6:4:2.
/// Over 300 unknown names every decoy list has one of those shapes, and their frequencies match
/// the real ones (chi-square, 3 degrees of freedom, well under the 0.1% critical value).
async fn mixed_tenant_decoys_follow_the_real_distribution(db: Db) {
    let h = contacts_tenant(db, "email,phone").await;
    // alex and megan (an admin; two methods) have an email and a +1 phone already.
    let mut users: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    for i in 0..10 {
        users.push((format!("e{i}"), Some(format!("e{i}@contoso.com")), None));
    }
    for i in 0..6 {
        users.push((
            format!("d{i}"),
            Some(format!("d{i}@fabrikam.de")),
            Some(format!("+4915112345{i:02}")),
        ));
    }
    for i in 0..4 {
        users.push((format!("p{i}"), None, Some(format!("+142555501{i:02}"))));
    }
    let refs: Vec<(&str, Option<&str>, Option<&str>)> = users
        .iter()
        .map(|(n, e, p)| (n.as_str(), e.as_deref(), p.as_deref()))
        .collect();
    add_users(&h, &refs).await;

    let mut real: BTreeMap<_, u32> = BTreeMap::new();
    for name in [
        "alex", "megan", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9",
    ]
    .into_iter()
    .map(String::from)
    .chain((0..6).map(|i| format!("d{i}")))
    .chain((0..4).map(|i| format!("p{i}")))
    {
        *real.entry(shape(&started(&h, &name).await)).or_default() += 1;
    }
    assert_eq!(real.values().copied().collect::<Vec<_>>().iter().sum::<u32>(), 22);
    assert_eq!(real.len(), 4, "{real:?}");

    let n = 300;
    let mut seen: BTreeMap<_, u32> = BTreeMap::new();
    for i in 0..n {
        let v = started(&h, &format!("stranger{i}")).await;
        let s = shape(&v);
        assert!(real.contains_key(&s), "a decoy shape no real user has: {v}");
        *seen.entry(s).or_default() += 1;
    }
    let chi2: f64 = real
        .iter()
        .map(|(s, k)| {
            let expected = f64::from(n) * f64::from(*k) / 22.0;
            let got = f64::from(seen.get(s).copied().unwrap_or(0));
            (got - expected).powi(2) / expected
        })
        .sum();
    assert!(chi2 < 16.27, "chi-square {chi2:.2}: real {real:?}, decoys {seen:?}");
}
both!(mixed_tenant_decoys_follow_the_real_distribution);

/// Where real users have security questions, decoys have them too, asked and checked through the
/// same code: the same number of questions (the same ones each time for a name), and wrong
/// answers answer alike.
async fn decoy_questions_are_asked_and_refused_like_real_ones(db: Db) {
    use crate::support::{ALEX_PW, code};
    use serde_json::json;
    const T: &str = "/api/v1/tenants/contoso";
    let h = Harness::new(db).await;
    for (key, value) in [
        ("captcha_difficulty", "1"),
        ("methods_required", "2"),
        ("allowed_methods", "email,questions"),
    ] {
        admin::set_policy(&h.store, "contoso", key, value).await.unwrap();
    }
    let token = h.token("alex", ALEX_PW).await;
    let q = format!("{T}/me/methods/questions");
    let (_, list) = h.get_auth(&q, &token, None).await;
    let answers: Vec<Value> = list["questions"].as_array().unwrap()[..3]
        .iter()
        .zip(["Rex the dog", "Springfield Elementary", "Nokia 3310"])
        .map(|(q, a)| json!({"question_id": q["id"], "answer": a}))
        .collect();
    let (s, v) = h.put_auth(&q, json!({ "answers": answers }), &token).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    h.add_email(&token, "alex.home@example.org").await;

    let real = started(&h, "alex").await;
    let unknown = started(&h, "nobody").await;
    assert_eq!(shape(&real), shape(&unknown), "{real} {unknown}");
    let mut kinds = shape(&real).1;
    kinds.sort();
    assert_eq!(
        kinds,
        vec![
            ("email".to_string(), "?***@example.org".to_string()),
            ("questions".to_string(), "3".to_string()),
        ]
    );
    let ask = |v: &Value| {
        let m = v["methods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["kind"] == "questions")
            .unwrap();
        (
            v["reset_id"].as_str().unwrap().to_string(),
            m["id"].as_str().unwrap().to_string(),
        )
    };
    let mut asked = Vec::new();
    for v in [&real, &unknown, &unknown] {
        let (reset, method) = ask(v);
        let (s, ch) = h
            .post(
                &format!("{T}/resets/{reset}/challenges"),
                json!({"method_id": method}),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{ch}");
        let mut keys: Vec<&String> = ch.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["expires_in_secs", "questions"], "{ch}");
        let ids: Vec<String> = ch["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect();
        let wrong: Vec<&str> = ids.iter().map(|_| "not the answer").collect();
        let (s, v) = h
            .post(
                &format!("{T}/resets/{reset}/verify"),
                json!({"method_id": method, "answers": wrong}),
                None,
            )
            .await;
        asked.push((ids.len(), (s, code(&v).to_string()), ids));
    }
    assert_eq!(asked[0].0, asked[1].0, "as many questions for both");
    assert_eq!(
        asked[0].1,
        (StatusCode::BAD_REQUEST, "questions.wrong_answers".to_string())
    );
    assert_eq!(asked[1].1, asked[0].1);
    assert_eq!(asked[1].2, asked[2].2, "the same questions again for the same name");
}
both!(decoy_questions_are_asked_and_refused_like_real_ones);
