use crate::both;
use crate::support::{ALEX_PW, Db, Harness, code};
use axum::body::Body;
use axum::http::{Request, StatusCode};

fn post_raw(path: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(path)
        .header("content-type", content_type)
        .body(Body::from(body))
        .unwrap()
}

async fn malformed_requests_get_specific_codes(db: Db) {
    let h = Harness::new(db).await;
    let path = "/api/v1/tenants/contoso/sessions";
    let cases: Vec<(Request<Body>, StatusCode, &str)> = vec![
        (
            post_raw(path, "application/json", b"{\"username\":".to_vec()),
            StatusCode::BAD_REQUEST,
            "request.malformed_json",
        ),
        (
            post_raw(
                path,
                "application/json",
                br#"{"username":"a","password":"b","admin":true}"#.to_vec(),
            ),
            StatusCode::BAD_REQUEST,
            "request.unknown_field",
        ),
        (
            post_raw(path, "application/json", br#"{"username":"a"}"#.to_vec()),
            StatusCode::BAD_REQUEST,
            "request.missing_field",
        ),
        (
            post_raw(path, "application/json", br#"{"username":5,"password":"b"}"#.to_vec()),
            StatusCode::BAD_REQUEST,
            "request.invalid_field",
        ),
        (
            post_raw(
                path,
                "application/json",
                b"{\"username\":\"\xff\xfe\",\"password\":\"b\"}".to_vec(),
            ),
            StatusCode::BAD_REQUEST,
            "request.invalid_utf8",
        ),
        (
            post_raw(path, "application/json", vec![b' '; 10 * 1024 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
            "request.too_large",
        ),
        (
            post_raw(path, "text/plain", br#"{"username":"a","password":"b"}"#.to_vec()),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "request.unsupported_media_type",
        ),
        (
            Request::get("/api/v1/nothing").body(Body::empty()).unwrap(),
            StatusCode::NOT_FOUND,
            "request.not_found",
        ),
        (
            Request::put(path).body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "request.method_not_allowed",
        ),
    ];
    for (req, status, expected) in cases {
        let (s, _, v) = h.send(req).await;
        assert_eq!((s, code(&v)), (status, expected), "{v}");
        assert!(v["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let v = h
        .post(path, serde_json::json!({"username":"alex","password":"b","x":1}), None)
        .await
        .1;
    assert_eq!(v["error"]["args"]["field"], "x");
}
both!(malformed_requests_get_specific_codes);

async fn oversized_passwords_are_refused_cheaply(db: Db) {
    let h = Harness::new(db).await;
    // 100 KB does not even fit the body limit.
    let big = "a".repeat(100 * 1024);
    let (s, v) = h.sign_in("alex", &big).await;
    assert_eq!((s, code(&v)), (StatusCode::PAYLOAD_TOO_LARGE, "request.too_large"));
    // 60 KB fits the body but is refused before any hashing.
    let started = std::time::Instant::now();
    let (s, v) = h.sign_in("alex", &"a".repeat(60 * 1024)).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_long"));
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h.change(&token, ALEX_PW, &"b".repeat(60 * 1024)).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_long"));
}
both!(oversized_passwords_are_refused_cheaply);

async fn sql_metacharacters_change_nothing(db: Db) {
    let h = Harness::new(db).await;
    let tenant = h.store.tenant_by_slug("contoso").await.unwrap().unwrap();
    let before = h.store.list_users(&tenant.id).await.unwrap().len();
    let nasty = [
        "' OR '1'='1",
        "alex'; DROP TABLE users; --",
        "\" OR 1=1 --",
        "alex\0",
        "%' UNION SELECT password_hash FROM users --",
    ];
    for n in nasty {
        let (s, v) = h.sign_in(n, n).await;
        assert!(
            s == StatusCode::UNAUTHORIZED || s == StatusCode::BAD_REQUEST,
            "{n}: {s} {v}"
        );
        assert!(code(&v).starts_with("auth.") || code(&v).starts_with("request."), "{v}");
        let (s, _, v) = h.get(&format!("/api/v1/tenants/{}/branding", urlencode(n))).await;
        assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "tenant.not_found"));
    }
    let token = h.token("alex", ALEX_PW).await;
    let (s, _) = h
        .change(&token, "' OR '1'='1", "'; DROP TABLE users; -- Long Phrase 9")
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(h.store.list_users(&tenant.id).await.unwrap().len(), before);
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
}
both!(sql_metacharacters_change_nothing);

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Pseudo-random bodies at every POST endpoint: the answer is always a 4xx with an error code.
#[tokio::test]
async fn random_bodies_never_cause_a_server_error() {
    let h = Harness::new(Db::Sqlite).await;
    let token = h.token("alex", ALEX_PW).await;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let fragments: [&[u8]; 8] = [
        b"{",
        b"}",
        b"\"username\"",
        b":",
        b"\"password\"",
        b"[1,2",
        b"\xf0\x28\x8c",
        b"null",
    ];
    for i in 0..300 {
        let mut body = Vec::new();
        for _ in 0..(next() % 12) {
            body.extend_from_slice(fragments[(next() % 8) as usize]);
        }
        let path = if i % 2 == 0 {
            "/api/v1/tenants/contoso/sessions"
        } else {
            "/api/v1/tenants/contoso/me/password"
        };
        let req = Request::post(path)
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {token}"))
            .body(Body::from(body.clone()))
            .unwrap();
        let (s, _, v) = h.send(req).await;
        assert!(s.is_client_error(), "{s} for {:?}", String::from_utf8_lossy(&body));
        assert!(code(&v).contains('.'));
    }
}
