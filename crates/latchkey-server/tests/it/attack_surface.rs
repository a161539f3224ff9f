//! What an attacker meets at the edges: response headers, files at rest, sealed seeds, where
//! live codes may go.

use crate::both;
use crate::processes::{Server, admin};
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code, temp_dir};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use latchkey_core::Clock;
use latchkey_core::method::TotpSecret;
use latchkey_server::flows::admin;
use latchkey_server::store::NewMethod;
use serde_json::json;

fn assert_hardened(headers: &axum::http::HeaderMap, cache: &str, what: &str) {
    assert_eq!(headers["cache-control"], cache, "{what}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["referrer-policy"], "no-referrer", "{what}");
}

async fn every_answer_carries_security_headers(db: Db) {
    let h = Harness::new(db).await;
    let (s, headers, _) = h.get("/healthz").await;
    assert_eq!(s, StatusCode::OK);
    assert_hardened(&headers, "no-store", "healthz");
    let (_, headers, _) = h.get("/api/openapi.json").await;
    assert_hardened(&headers, "no-store", "openapi");
    let (_, headers, _) = h.get("/api/v1/tenants/contoso/password-policy").await;
    assert_hardened(&headers, "no-store", "password policy");
    // Branding is the one answer a cache may keep, revalidated by its ETag.
    let (s, headers, _) = h.get("/api/v1/tenants/contoso/branding").await;
    assert_eq!(s, StatusCode::OK);
    assert!(headers.contains_key("etag"));
    assert_hardened(&headers, "no-cache", "branding");
    // Errors, unknown routes and wrong methods too.
    for (req, what) in [
        (Request::get("/api/v1/nothing").body(Body::empty()).unwrap(), "404"),
        (Request::delete("/healthz").body(Body::empty()).unwrap(), "405"),
        (
            Request::post("/api/v1/tenants/contoso/sessions")
                .header("content-type", "application/json")
                .body(Body::from("{"))
                .unwrap(),
            "400",
        ),
    ] {
        let (_, headers, _) = h.send(req).await;
        assert_hardened(&headers, "no-store", what);
    }
    // A session token's answer.
    let req = Request::post("/api/v1/tenants/contoso/sessions")
        .header("content-type", "application/json")
        .body(Body::from(json!({"username": "alex", "password": ALEX_PW}).to_string()))
        .unwrap();
    let (s, headers, v) = h.send(req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(v["token"].is_string());
    assert_hardened(&headers, "no-store", "sign-in");
}
both!(every_answer_carries_security_headers);

/// A TOTP seed is sealed to its row: copied onto another user's method (by someone who can write
/// the database but has no key), it does not open.
async fn totp_seeds_are_sealed_to_their_row(db: Db) {
    let h = Harness::new(db).await;
    let alex = h.token("alex", ALEX_PW).await;
    let (alex_method, alex_secret) = h.enroll_totp(&alex).await;
    let megan = h.token("megan", MEGAN_PW).await;
    let (megan_method, _) = h.enroll_totp(&megan).await;
    let alex_id = h.user_id("alex").await;
    let stored = h.store.method(&alex_id, &alex_method).await.unwrap().unwrap();
    let sealed = stored.secret.clone().unwrap();
    assert!(sealed.starts_with("v2:"), "{sealed}");
    // Copy Alex's sealed seed onto Megan's method.
    sqlx::query("UPDATE methods SET secret = $1 WHERE id = $2")
        .bind(&sealed)
        .bind(&megan_method)
        .execute(&mut *h.store.conn().await.unwrap())
        .await
        .unwrap();
    h.clock.advance_secs(60);
    let (_, v) = h.sign_in("megan", MEGAN_PW).await;
    let token = v["token"].as_str().unwrap().to_string();
    let (s, v) = h
        .post(
            "/api/v1/tenants/contoso/sessions/current/mfa",
            json!({"method_id": megan_method, "code": alex_secret.code_at(h.clock.now()).expose()}),
            Some(&token),
        )
        .await;
    assert_ne!(s, StatusCode::OK, "Alex's seed must not verify Megan: {v}");
    assert_eq!(code(&v), "internal.error");
}
both!(totp_seeds_are_sealed_to_their_row);

/// Seeds stored before sealing existed are re-sealed at start and keep working.
async fn unbound_seeds_are_resealed(db: Db) {
    let h = Harness::new(db).await;
    let tenant = h.state.tenant("contoso").await.unwrap();
    let alex = h.store.user_by_login(tenant.id(), "alex").await.unwrap().unwrap();
    let secret = TotpSecret::from_base32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").unwrap();
    let legacy = h.state.vault.encrypt(secret.to_base32().expose().as_bytes());
    let id = h
        .store
        .insert_method(
            &NewMethod {
                tenant_id: tenant.id(),
                user_id: &alex.id,
                kind: "totp",
                name: None,
                destination: None,
                secret: Some(&legacy),
                data: json!({}),
                verified: true,
            },
            h.clock.now(),
        )
        .await
        .unwrap();
    let n = latchkey_server::cli::seal_totp_seeds(&h.store, &h.state.vault)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let stored = h.store.method(&alex.id, &id).await.unwrap().unwrap();
    assert!(stored.secret.unwrap().starts_with("v2:"));
    assert_eq!(
        latchkey_server::cli::seal_totp_seeds(&h.store, &h.state.vault)
            .await
            .unwrap(),
        0,
        "nothing left to seal"
    );
    let (_, v) = h.sign_in("alex", ALEX_PW).await;
    let token = v["token"].as_str().unwrap().to_string();
    let (s, v) = h
        .post(
            "/api/v1/tenants/contoso/sessions/current/mfa",
            json!({"method_id": id, "code": secret.code_at(h.clock.now()).expose()}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
}
both!(unbound_seeds_are_resealed);

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// `serve` writes codes to the outbox only for a channel configured `kind = "outbox"`; an
/// unconfigured one refuses to send. The data dir is 0700 and its files 0600.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_is_used_only_when_configured_and_files_are_private() {
    let dir = temp_dir("outbox");
    let data = dir.join("data").join("nested");
    let config = dir.join("latchkey.toml");
    std::fs::write(
        &config,
        "public_url = \"https://sspr.example.test\"\n\
         [[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n\
         [[tenant]]\nslug = \"fabrikam\"\nname = \"Fabrikam\"\n[tenant.delivery.email]\nkind = \"outbox\"\n",
    )
    .unwrap();
    for tenant in ["contoso", "fabrikam"] {
        admin(
            &config,
            &data,
            &[
                "user",
                "add",
                "--tenant",
                tenant,
                "--username",
                "sam",
                "--password",
                "Orchid-Canyon-Beacon-73",
            ],
        );
    }
    assert_eq!(mode(&data), 0o700, "a data dir created by the server");
    assert_eq!(mode(&data.join("latchkey.db")), 0o600);
    let server = Server::start(&config, data.clone());
    for f in ["latchkey.db", "secret.key"] {
        assert_eq!(mode(&data.join(f)), 0o600, "{f}");
    }
    let client = reqwest::Client::new();
    let mut answers = Vec::new();
    for tenant in ["contoso", "fabrikam"] {
        let base = format!("{}/api/v1/tenants/{tenant}", server.origin);
        let v: serde_json::Value = client
            .post(format!("{base}/sessions"))
            .json(&json!({"username": "sam", "password": "Orchid-Canyon-Beacon-73"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = v["token"].as_str().unwrap().to_string();
        let resp = client
            .post(format!("{base}/me/methods/email"))
            .bearer_auth(&token)
            .json(&json!({"address": "sam@example.org"}))
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let body: serde_json::Value = resp.json().await.unwrap();
        answers.push((status, body["error"]["code"].as_str().unwrap_or("").to_string()));
    }
    assert_eq!(
        answers[0],
        (502, "delivery.failed".to_string()),
        "contoso has no delivery table"
    );
    assert_eq!(answers[1].0, 200, "fabrikam states kind = \"outbox\": {answers:?}");
    let outbox = std::fs::read_to_string(data.join("outbox.jsonl")).unwrap();
    assert!(
        outbox.contains("fabrikam") && !outbox.contains("\"contoso\""),
        "{outbox}"
    );
    assert_eq!(mode(&data.join("outbox.jsonl")), 0o600);
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

impl Harness {
    /// The id of a user of `contoso`.
    pub async fn user_id(&self, username: &str) -> String {
        let tenant = self.state.tenant("contoso").await.unwrap();
        self.store
            .user_by_login(tenant.id(), username)
            .await
            .unwrap()
            .unwrap()
            .id
    }
}

/// Sign-in from `peer` with the given forwarding headers; the answer's status and error code.
async fn sign_in_from(app: &axum::Router, peer: &str, forwarded: &[(&str, &str)]) -> (StatusCode, String) {
    use tower::ServiceExt;
    let mut req = Request::post("/api/v1/tenants/contoso/sessions")
        .header("content-type", "application/json")
        .body(Body::from(json!({"username": "alex", "password": "wrong"}).to_string()))
        .unwrap();
    for (k, v) in forwarded {
        req.headers_mut().append(
            axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    let addr: std::net::SocketAddr = format!("[{peer}]:40000")
        .parse()
        .or_else(|_| format!("{peer}:40000").parse())
        .unwrap();
    req.extensions_mut().insert(axum::extract::ConnectInfo(addr));
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = http_body_util::BodyExt::collect(resp.into_body())
        .await
        .unwrap()
        .to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    (status, code(&v).to_string())
}

/// Behind a load balancer the per-address sign-in limit keys on the client the trusted proxy
/// names, not on the balancer; a client that is not a trusted proxy cannot pick its own address;
/// IPv6 clients share a bucket per /64.
async fn client_addresses_come_only_from_trusted_proxies(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "signin_attempts_per_minute", "3")
        .await
        .unwrap();
    // Many wrong passwords for one name here: the per-address limit is the subject, not lockout.
    admin::set_policy(&h.store, "contoso", "lockout_threshold", "100")
        .await
        .unwrap();
    let proxies = latchkey_server::client_addr::TrustedProxies::parse(&["10.0.0.0/8".to_string()]).unwrap();
    let app = latchkey_server::http::app(h.state.clone().with_trusted_proxies(proxies));
    let limited = (StatusCode::TOO_MANY_REQUESTS, "auth.rate_limited".to_string());
    let wrong = (StatusCode::UNAUTHORIZED, "auth.invalid_credentials".to_string());
    // Client A, through the balancer, uses up its limit ...
    for _ in 0..3 {
        let got = sign_in_from(&app, "10.0.0.1", &[("x-forwarded-for", "6.6.6.6, 198.51.100.7")]).await;
        assert_eq!(got, wrong);
    }
    assert_eq!(
        sign_in_from(&app, "10.0.0.2", &[("x-forwarded-for", "198.51.100.7")]).await,
        limited
    );
    // ... client B, through the same balancer, is not held back by it.
    assert_eq!(
        sign_in_from(&app, "10.0.0.1", &[("forwarded", "for=198.51.100.8")]).await,
        wrong
    );
    // A direct client cannot escape its bucket with made-up headers.
    for i in 0..3 {
        let forged = format!("192.0.2.{i}");
        let got = sign_in_from(&app, "203.0.113.9", &[("x-forwarded-for", &forged)]).await;
        assert_eq!(got, wrong);
    }
    assert_eq!(
        sign_in_from(&app, "203.0.113.9", &[("x-forwarded-for", "192.0.2.99")]).await,
        limited
    );
    // IPv6: the /64 is one bucket.
    for i in 1..=3 {
        let peer = format!("2001:db8:1:2::{i}");
        assert_eq!(sign_in_from(&app, &peer, &[]).await, wrong);
    }
    assert_eq!(sign_in_from(&app, "2001:db8:1:2:ffff::9", &[]).await, limited);
    assert_eq!(sign_in_from(&app, "2001:db8:1:3::1", &[]).await, wrong);
    // The audit log names the client, not the balancer.
    let ips: Vec<String> = h.audit("signin").await.into_iter().filter_map(|r| r.ip).collect();
    assert!(ips.contains(&"198.51.100.7".to_string()), "{ips:?}");
    assert!(ips.contains(&"198.51.100.8".to_string()), "{ips:?}");
    assert!(
        !ips.iter()
            .any(|ip| ip.starts_with("10.") || ip == "6.6.6.6" || ip.starts_with("192.0.2.")),
        "{ips:?}"
    );
}
both!(client_addresses_come_only_from_trusted_proxies);

const T: &str = "/api/v1/tenants/contoso";

/// `n` copies of one verify request at once; the error code of each answer (`ok` for success).
async fn parallel_verify(h: &Harness, reset: &str, method: &str, code: &str, n: usize) -> Vec<String> {
    use tower::ServiceExt;
    let mut tasks = Vec::new();
    for _ in 0..n {
        let app = h.app.clone();
        let body = json!({"method_id": method, "code": code}).to_string();
        let path = format!("{T}/resets/{reset}/verify");
        tasks.push(tokio::spawn(async move {
            let req = Request::post(path)
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap();
            let resp = app.oneshot(req).await.unwrap();
            let bytes = http_body_util::BodyExt::collect(resp.into_body())
                .await
                .unwrap()
                .to_bytes();
            let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            v["error"]["code"].as_str().unwrap_or("ok").to_string()
        }));
    }
    let mut codes = Vec::new();
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    codes
}

fn count(codes: &[String], code: &str) -> usize {
    codes.iter().filter(|c| *c == code).count()
}

/// A six-digit code the secret does not produce in the window around `now`.
fn wrong_totp(secret: &TotpSecret, now: i64) -> String {
    let near: Vec<String> = [-60, -30, 0, 30, 60]
        .iter()
        .map(|d| secret.code_at(now + d).expose().to_string())
        .collect();
    (0..10)
        .map(|d| format!("{d}{d}{d}{d}{d}{d}"))
        .find(|c| !near.contains(c))
        .unwrap()
}

fn method_of(start: &serde_json::Value, kind: &str) -> Option<String> {
    start["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == kind)
        .map(|m| m["id"].as_str().unwrap().to_string())
}

/// Authenticator-app guesses on one reset are counted before they are checked: 64 at once get
/// exactly 5 checked, for a real user and for an unknown name's decoy alike, and the audit log
/// agrees with the answers. Then the 100-failure block per name holds the same way.
async fn parallel_authenticator_guesses_on_a_reset(db: Db) {
    const N: usize = 64;
    let h = Harness::new(db).await;
    let alex = h.token("alex", ALEX_PW).await;
    let (_, secret) = h.enroll_totp(&alex).await;
    h.clock.advance_secs(90);
    let (s, start) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{start}");
    let reset = start["reset_id"].as_str().unwrap().to_string();
    let totp = method_of(&start, "totp").expect("alex's authenticator app is offered");
    let wrong = wrong_totp(&secret, h.clock.now());
    let codes = parallel_verify(&h, &reset, &totp, &wrong, N).await;
    assert_eq!(count(&codes, "totp.code_invalid"), 5, "{codes:?}");
    assert_eq!(count(&codes, "totp.attempts_exceeded"), N - 5, "{codes:?}");
    let audit = h.audit("reset.verify").await;
    assert_eq!(audit.len(), N);
    assert!(audit.iter().all(|e| e.outcome == "failure"));
    assert_eq!(
        audit.iter().filter(|e| e.detail["code"] == "totp.code_invalid").count(),
        5,
        "only the checked guesses were judged wrong"
    );
    // The right code is refused unchecked on this reset too.
    let right = secret.code_at(h.clock.now()).expose().to_string();
    assert_eq!(
        parallel_verify(&h, &reset, &totp, &right, 1).await,
        vec!["totp.attempts_exceeded".to_string()]
    );

    // An unknown name whose decoys include an authenticator app answers the same.
    let mut decoy = None;
    for i in 0..40 {
        let name = format!("nobody{i}");
        let (s, start) = h.reset_start(&name).await;
        assert_eq!(s, StatusCode::OK, "{start}");
        if let Some(m) = method_of(&start, "totp") {
            decoy = Some((start["reset_id"].as_str().unwrap().to_string(), m));
            break;
        }
    }
    let (decoy_reset, decoy_method) = decoy.expect("some name gets a decoy authenticator app");
    let codes = parallel_verify(&h, &decoy_reset, &decoy_method, &wrong, N).await;
    assert_eq!(count(&codes, "totp.code_invalid"), 5, "{codes:?}");
    assert_eq!(count(&codes, "totp.attempts_exceeded"), N - 5, "{codes:?}");

    // 97 consecutive failures on record (the 5 checked above and 92 more): of 64 guesses at once,
    // 3 are checked (the 98th to the 100th), the next 2 that pass the per-reset limit are refused
    // by the block, and the block then holds for the whole reset path. Guesses that load the
    // reset after the block is set are refused by it before the per-reset count, so how the
    // other 59 split between the two refusals depends on timing (PostgreSQL runs them truly in
    // parallel); none of them is checked.
    let key = "reset-failures:contoso:name:alex";
    for _ in 0..92 {
        h.store
            .count_attempt(key, h.clock.now_ms(), 100, h.clock.now_ms() + 86_400_000)
            .await
            .unwrap();
    }
    h.clock.advance_secs(30);
    let (s, start) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{start}");
    let reset = start["reset_id"].as_str().unwrap().to_string();
    let wrong = wrong_totp(&secret, h.clock.now());
    let codes = parallel_verify(&h, &reset, &totp, &wrong, N).await;
    assert_eq!(count(&codes, "totp.code_invalid"), 3, "{codes:?}");
    assert!(count(&codes, "reset.blocked") >= 2, "{codes:?}");
    assert_eq!(
        count(&codes, "reset.blocked") + count(&codes, "totp.attempts_exceeded"),
        N - 3,
        "{codes:?}"
    );
    let (s, v) = h.reset_start("alex").await;
    assert_eq!((s, code(&v)), (StatusCode::TOO_MANY_REQUESTS, "reset.blocked"));
    // After the block the count starts again, and the right code works.
    h.clock.advance_secs(25 * 3600);
    let (s, start) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{start}");
    let reset = start["reset_id"].as_str().unwrap().to_string();
    let right = secret.code_at(h.clock.now()).expose().to_string();
    assert_eq!(
        parallel_verify(&h, &reset, &totp, &right, 1).await,
        vec!["ok".to_string()]
    );
}
both!(parallel_authenticator_guesses_on_a_reset);

/// The first key a database is used with is recorded (as a fingerprint); another is refused.
async fn another_key_is_refused(db: Db) {
    let h = Harness::new(db).await;
    let key = std::path::Path::new("/etc/latchkey/secret.key");
    let first = latchkey_server::crypto::Vault::from_key([1; 32]);
    latchkey_server::cli::check_key(&h.store, &first, key).await.unwrap();
    latchkey_server::cli::check_key(&h.store, &first, key).await.unwrap();
    let other = latchkey_server::crypto::Vault::from_key([2; 32]);
    let err = latchkey_server::cli::check_key(&h.store, &other, key)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("key_file /etc/latchkey/secret.key"), "{err}");
    assert!(
        err.contains(&first.fingerprint()) && err.contains(&other.fingerprint()),
        "{err}"
    );
}
both!(another_key_is_refused);

/// Everything an anonymous client can make the server store is pruned: expired captchas,
/// resets, codes, security-key challenges, idle rate counters, sessions; live rows stay.
async fn housekeeping_prunes_what_anyone_can_create(db: Db) {
    let h = Harness::new(db).await;
    let now_ms = h.clock.now_ms();
    let now = now_ms / 1000;
    let exec = |sql: String| {
        let store = h.store.clone();
        async move {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *store.conn().await.unwrap())
                .await
                .unwrap();
        }
    };
    let n = latchkey_server::housekeeping::BATCH as usize * 2 + 7;
    for i in 0..n {
        exec(format!(
            "INSERT INTO captchas (id, tenant_id, challenge, difficulty, expires_at, used) VALUES ('old{i}', 't', '', 0, {}, 1)",
            now - 7200
        ))
        .await;
    }
    exec(format!(
        "INSERT INTO captchas (id, tenant_id, challenge, difficulty, expires_at, used) VALUES ('live', 't', '', 0, {}, 1)",
        now + 60
    ))
    .await;
    for (id, at) in [("old", now - 2 * 86_400), ("live", now + 600)] {
        exec(format!(
            "INSERT INTO resets (id_hash, tenant_id, user_id, login, mode, required, verified, created_at, expires_at, completed) \
             VALUES ('{id}', 't', NULL, 'x', 'reset', 1, '[]', 0, {at}, 0)"
        ))
        .await;
        exec(format!(
            "INSERT INTO codes (id, user_id, method_id, purpose, code_mac, expires_at, attempts, max_attempts, used, created_at) \
             VALUES ('{id}', 'u', 'm{id}', 'p', 'x', {at}, 0, 5, 0, 0)"
        ))
        .await;
        exec(format!(
            "INSERT INTO webauthn_challenges (key, user_id, state, expires_at) VALUES ('{id}', 'u', '{{}}', {at})"
        ))
        .await;
    }
    h.store
        .rate_hit("idle-counter", now_ms - 9 * 86_400_000, 60_000)
        .await
        .unwrap();
    h.store.rate_hit("busy-counter", now_ms, 60_000).await.unwrap();
    h.store.set_block("active-block", now_ms + 86_400_000).await.unwrap();
    let swept = latchkey_server::housekeeping::run(&h.store, now_ms).await.unwrap();
    assert_eq!(
        swept.captchas,
        n as u64,
        "in batches of {}",
        latchkey_server::housekeeping::BATCH
    );
    assert_eq!(
        (swept.resets, swept.codes, swept.webauthn_challenges),
        (1, 1, 1),
        "{swept:?}"
    );
    assert_eq!(swept.rate_counters, 1, "{swept:?}");
    let count = |table: &'static str| {
        let store = h.store.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *store.conn().await.unwrap())
                .await
                .unwrap()
        }
    };
    assert_eq!(count("captchas").await, 1);
    assert_eq!(count("resets").await, 1);
    assert_eq!(count("codes").await, 1);
    assert_eq!(count("webauthn_challenges").await, 1);
    assert!(h.store.blocked_until("active-block", now_ms).await.unwrap().is_some());
    let again = latchkey_server::housekeeping::run(&h.store, now_ms).await.unwrap();
    assert_eq!(again, latchkey_server::housekeeping::Swept::default());
}
both!(housekeeping_prunes_what_anyone_can_create);

/// A flood of forged tokens writes a handful of audit rows, not one per request.
async fn forged_tokens_are_audited_in_aggregate(db: Db) {
    let h = Harness::new(db).await;
    for i in 0..120 {
        let token = format!("forged-{i}");
        let (s, v) = h.get_auth(&format!("{T}/me/methods"), &token, None).await;
        assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.token_invalid"));
    }
    let rows = h.audit("session.token_rejected").await;
    let counts: Vec<i64> = rows.iter().map(|r| r.detail["count"].as_i64().unwrap()).collect();
    // One address: the 1st, 10th and 100th in the minute.
    assert_eq!(rows.len(), 3, "{counts:?}");
    assert!(
        counts.contains(&1) && counts.contains(&10) && counts.contains(&100),
        "{counts:?}"
    );
    // A minute later the count starts again.
    h.clock.advance_secs(61);
    let (s, _) = h.get_auth(&format!("{T}/me/methods"), "forged-again", None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(h.audit("session.token_rejected").await.len(), 4);
}
both!(forged_tokens_are_audited_in_aggregate);

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fixtures")
        .join(name)
}

/// `serve` terminates TLS with `tls_cert_file` / `tls_key_file`; plain HTTP to it gets nowhere.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_terminates_tls() {
    let dir = temp_dir("tls");
    let config = dir.join("latchkey.toml");
    std::fs::write(
        &config,
        format!(
            "tls_cert_file = {}\ntls_key_file = {}\n",
            toml::Value::String(fixture("tls-localhost.crt").display().to_string()),
            toml::Value::String(fixture("tls-localhost.key").display().to_string())
        ),
    )
    .unwrap();
    let server = Server::start(&config, dir.join("data"));
    assert!(server.origin.starts_with("https://127.0.0.1:"), "{}", server.origin);
    let port = server.origin.rsplit(':').next().unwrap().to_string();
    let ca = reqwest::Certificate::from_pem(&std::fs::read(fixture("tls-localhost.crt")).unwrap()).unwrap();
    let client = reqwest::Client::builder().add_root_certificate(ca).build().unwrap();
    for origin in [format!("https://localhost:{port}"), server.origin.clone()] {
        let resp = client.get(format!("{origin}/healthz")).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 200, "{origin}");
        assert_eq!(resp.headers()["cache-control"], "no-store");
    }
    // Without the certificate trusted, or in plain HTTP, nothing is answered.
    assert!(reqwest::get(format!("https://localhost:{port}/healthz")).await.is_err());
    assert!(reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await.is_err());
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A listen address other machines can reach needs TLS, or `tls_proxy = true` saying a TLS
/// proxy in front terminates it; broken TLS and limit settings stop the server at start.
#[test]
fn transport_settings_are_checked_at_start() {
    let dir = temp_dir("listen");
    let config = dir.join("latchkey.toml");
    std::fs::write(&config, "listen = \"0.0.0.0:0\"\n").unwrap();
    let out = crate::processes::server_command(&config, &dir.join("data"))
        .arg("serve")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tls_proxy = true") && err.contains("tls_cert_file"),
        "{err}"
    );
    let check = |text: &str| {
        toml::from_str::<latchkey_server::config::Config>(text)
            .unwrap()
            .check()
            .map_err(|e| e.to_string())
    };
    let cert = fixture("tls-localhost.crt").display().to_string();
    let key = fixture("tls-localhost.key").display().to_string();
    assert_eq!(
        check(&format!("tls_cert_file = \"{cert}\"\ntls_key_file = \"{key}\"\n")),
        Ok(())
    );
    assert_eq!(check("tls_proxy = true\nlisten = \"0.0.0.0:8443\"\n"), Ok(()));
    for (text, says) in [
        (
            format!("tls_cert_file = \"{cert}\"\n"),
            "tls_key_file: is required with tls_cert_file",
        ),
        (
            format!("tls_key_file = \"{key}\"\n"),
            "tls_cert_file: is required with tls_key_file",
        ),
        (
            format!("tls_cert_file = \"{key}\"\ntls_key_file = \"{key}\"\n"),
            "tls_cert_file: tls_cert_file",
        ),
        (
            format!("tls_cert_file = \"{cert}\"\ntls_key_file = \"{cert}\"\n"),
            "tls_key_file",
        ),
        (
            "max_connections = 0\n".to_string(),
            "max_connections: 0 is outside 1-65535",
        ),
        (
            "header_read_timeout_secs = 121\n".to_string(),
            "header_read_timeout_secs: 121 is outside 1-120",
        ),
        (
            "request_timeout_secs = 0\n".to_string(),
            "request_timeout_secs: 0 is outside 1-600",
        ),
        (
            "trusted_proxies = [\"10.0.0.1/8\"]\n".to_string(),
            "trusted_proxies: \"10.0.0.1/8\" has host bits set",
        ),
        (
            "trusted_proxies = [\"proxy.local\"]\n".to_string(),
            "trusted_proxies: \"proxy.local\" is not an address",
        ),
    ] {
        let got = check(&text).unwrap_err();
        assert!(got.contains(says), "{text}: {got}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Reads from a raw connection until it is closed or `limit` passes; what arrived and whether
/// the server closed it.
async fn read_until_closed(stream: &mut tokio::net::TcpStream, limit: std::time::Duration) -> (String, bool) {
    use tokio::io::AsyncReadExt;
    let mut got = Vec::new();
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let mut buf = [0u8; 4096];
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&got).to_string(), true),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&got).to_string(), false),
        }
    }
}

/// Slow clients and floods of connections: a request whose body never comes gets 503
/// `request.timeout`; headers that never finish get the connection closed; connections past
/// `max_connections` are closed at once, and served again when there is room.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_limits_connections_and_slow_clients() {
    use std::time::{Duration, Instant};
    use tokio::io::AsyncWriteExt;
    use tokio::net::TcpStream;
    let dir = temp_dir("limits");
    let config = dir.join("latchkey.toml");
    std::fs::write(
        &config,
        "max_connections = 2\nheader_read_timeout_secs = 2\nrequest_timeout_secs = 1\n",
    )
    .unwrap();
    let server = Server::start(&config, dir.join("data"));
    let addr = server.origin.trim_start_matches("http://").to_string();

    // The body never comes: 503 request.timeout after about a second.
    let mut slow = TcpStream::connect(&addr).await.unwrap();
    slow.write_all(
        b"POST /api/v1/tenants/contoso/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user",
    )
    .await
    .unwrap();
    let started = Instant::now();
    let (answer, _) = read_until_closed(&mut slow, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.contains("request.timeout") && answer.contains("no-store"),
        "{answer}"
    );
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    drop(slow);

    // Headers that never finish: closed after the header timeout, with no answer.
    let mut loris = TcpStream::connect(&addr).await.unwrap();
    loris.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let started = Instant::now();
    let (_, closed) = read_until_closed(&mut loris, Duration::from_secs(10)).await;
    assert!(closed, "the slow client is cut off");
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    drop(loris);
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Two connections held open; a third is closed at once.
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut c = TcpStream::connect(&addr).await.unwrap();
        c.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        let mut buf = [0u8; 1024];
        let n = tokio::io::AsyncReadExt::read(&mut c, &mut buf).await.unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
        held.push(c);
    }
    let mut third = TcpStream::connect(&addr).await.unwrap();
    let _ = third.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await;
    let (answer, closed) = read_until_closed(&mut third, Duration::from_secs(1)).await;
    assert!(closed && answer.is_empty(), "{answer}");
    drop(held);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let resp = reqwest::get(format!("{}/healthz", server.origin)).await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `admin key rotate`: seeds re-sealed under the new key keep working, backup codes (MACs under
/// the old key) are removed, the database then accepts only the new key.
async fn the_key_rotates(db: Db) {
    let h = Harness::new(db).await;
    let alex = h.token("alex", ALEX_PW).await;
    let (totp, secret) = h.enroll_totp(&alex).await;
    let (s, _) = h
        .post(&format!("{T}/me/methods/backup-codes"), json!({}), Some(&alex))
        .await;
    assert_eq!(s, StatusCode::OK);
    let old = h.state.vault.clone();
    let key = std::path::Path::new("secret.key");
    latchkey_server::cli::check_key(&h.store, &old, key).await.unwrap();
    let new = latchkey_server::crypto::Vault::from_key([99; 32]);
    let r = latchkey_server::cli::rotate_key(&h.store, &old, &new).await.unwrap();
    assert_eq!((r.resealed, r.backup_codes_removed), (1, 1), "{r:?}");
    assert_eq!(
        latchkey_server::cli::rotate_key(&h.store, &old, &new)
            .await
            .unwrap()
            .resealed,
        0,
        "a second run finds nothing left to do"
    );
    assert!(latchkey_server::cli::check_key(&h.store, &old, key).await.is_err());
    latchkey_server::cli::check_key(&h.store, &new, key).await.unwrap();
    // The same server with the new key: the authenticator app still verifies.
    let state = latchkey_server::AppState::new(
        h.store.clone(),
        h.clock.clone(),
        h.hasher.clone(),
        h.state.delivery.clone(),
        new,
        "https://sspr.contoso.test",
    );
    let rotated = Harness {
        state: state.clone(),
        app: latchkey_server::http::app(state),
        clock: h.clock.clone(),
        dir: h.dir.clone(),
        store: h.store.clone(),
        hasher: h.hasher.clone(),
        db_url: h.db_url.clone(),
    };
    h.clock.advance_secs(60);
    let (_, v) = rotated.sign_in("alex", ALEX_PW).await;
    let token = v["token"].as_str().unwrap().to_string();
    let kinds: Vec<&str> = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["totp"], "backup codes are gone: {v}");
    let (s, v) = rotated
        .post(
            &format!("{T}/sessions/current/mfa"),
            json!({"method_id": totp, "code": secret.code_at(h.clock.now()).expose()}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let events = h
        .store
        .query_audit(&latchkey_server::store::AuditFilter {
            tenant: Some("*".into()),
            event: Some("admin.key_rotate".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(events.len(), 2, "each run is audited");
}
both!(the_key_rotates);

/// Changing methods and the password needs a recent step-up (`step_up_max_age_secs`); a full
/// session can step up again to refresh it.
async fn changes_need_a_recent_step_up(db: Db) {
    let h = Harness::new(db).await;
    let first = h.token("alex", ALEX_PW).await;
    // Registering from scratch needs nothing: the session began without methods.
    let (totp, secret) = h.enroll_totp(&first).await;
    h.clock.advance_secs(5);
    let token = h.full_token("alex", ALEX_PW, (totp.as_str(), &secret)).await;
    let (s, v) = h
        .post(&format!("{T}/me/methods/backup-codes"), json!({}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    h.clock.advance_secs(301);
    let needed = (StatusCode::FORBIDDEN, "auth.step_up_required");
    let (s, v) = h
        .post(&format!("{T}/me/methods/backup-codes"), json!({}), Some(&token))
        .await;
    assert_eq!((s, code(&v)), needed, "{v}");
    assert_eq!(v["error"]["args"]["max_age_secs"], 300);
    let (s, v) = h.post(&format!("{T}/me/methods/totp"), json!({}), Some(&token)).await;
    assert_eq!((s, code(&v)), needed);
    let (s, v) = h
        .post(
            &format!("{T}/me/methods/email"),
            json!({"address": "a@example.org"}),
            Some(&token),
        )
        .await;
    assert_eq!((s, code(&v)), needed);
    let (s, v) = h.delete_auth(&format!("{T}/me/methods/{totp}"), &token).await;
    assert_eq!((s, code(&v)), needed);
    let (s, v) = h.change(&token, ALEX_PW, "Lantern-Quartz-Meadow-58").await;
    assert_eq!((s, code(&v)), needed);
    // Reading is still fine.
    let (s, _) = h.get_auth(&format!("{T}/me/methods"), &token, None).await;
    assert_eq!(s, StatusCode::OK);
    // Stepping up again refreshes it.
    h.clock.advance_secs(30);
    let (s, v) = h
        .post(
            &format!("{T}/sessions/current/mfa"),
            json!({"method_id": totp, "code": secret.code_at(h.clock.now()).expose()}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h
        .post(&format!("{T}/me/methods/backup-codes"), json!({}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.change(&token, ALEX_PW, "Lantern-Quartz-Meadow-58").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    // The window is the tenant's.
    admin::set_policy(&h.store, "contoso", "step_up_max_age_secs", "3600")
        .await
        .unwrap();
    h.clock.advance_secs(600);
    let (s, v) = h
        .post(&format!("{T}/me/methods/backup-codes"), json!({}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let refused = admin::set_policy(&h.store, "contoso", "step_up_max_age_secs", "30")
        .await
        .unwrap_err();
    assert_eq!(refused.code.as_str(), "policy.out_of_range");
}
both!(changes_need_a_recent_step_up);

/// A tenant's own questions are offered for registration in their language and asked at reset;
/// one a user answered cannot be removed.
async fn tenant_questions_register_and_reset(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "methods_required", "2")
        .await
        .unwrap();
    admin::set_policy(&h.store, "contoso", "allowed_methods", "email,phone,questions")
        .await
        .unwrap();
    let now = h.clock.now();
    let de =
        latchkey_server::flows::questions::add(&h.store, "contoso", Some("de"), "Wie hieß Ihr erster Lehrer?", now)
            .await
            .unwrap();
    let all = latchkey_server::flows::questions::add(&h.store, "contoso", None, "What was your first phone?", now)
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    let q = format!("{T}/me/methods/questions");
    let ids = |v: &serde_json::Value| -> Vec<String> {
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, english) = h.get_auth(&q, &token, Some("en-US")).await;
    assert!(
        ids(&english).contains(&all.id) && !ids(&english).contains(&de.id),
        "{english}"
    );
    let (_, german) = h.get_auth(&q, &token, Some("de")).await;
    assert!(
        ids(&german).contains(&all.id) && ids(&german).contains(&de.id),
        "{german}"
    );
    let (s, v) = h
        .put_auth(
            &q,
            json!({"answers": [
                {"question_id": &de.id, "answer": "Frau Keller"},
                {"question_id": &all.id, "answer": "Nokia 3310"},
                {"question_id": "first-pet", "answer": "Rex the dog"},
            ]}),
            &token,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let refused = latchkey_server::flows::questions::remove(&h.store, "contoso", &de.id)
        .await
        .unwrap_err();
    assert_eq!(refused.code.as_str(), "questions.in_use");
    h.add_email(&token, "alex.home@example.org").await;
    // At reset, in English, the German question is asked with its text.
    let (s, start) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{start}");
    let reset = start["reset_id"].as_str().unwrap().to_string();
    let qid = method_of(&start, "questions").unwrap();
    let (s, ch) = h
        .post(
            &format!("{T}/resets/{reset}/challenges"),
            json!({"method_id": qid}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{ch}");
    let texts: Vec<&str> = ch["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Wie hieß Ihr erster Lehrer?") && texts.contains(&"What was your first phone?"),
        "{texts:?}"
    );
}
both!(tenant_questions_register_and_reset);

/// One reset step for each of a pair of (reset, method): the answers' status and body, with
/// the hint (which names the address) left out of a challenge's answer.
async fn step_both(
    h: &Harness,
    pairs: &[(String, String); 2],
    step: &str,
    code: &str,
) -> [(StatusCode, serde_json::Value); 2] {
    let mut out = Vec::new();
    for (reset, method) in pairs {
        let (s, mut v) = if step == "challenges" {
            h.post(
                &format!("{T}/resets/{reset}/challenges"),
                json!({"method_id": method}),
                None,
            )
            .await
        } else {
            h.post(
                &format!("{T}/resets/{reset}/verify"),
                json!({"method_id": method, "code": code}),
                None,
            )
            .await
        };
        if let Some(o) = v.as_object_mut() {
            o.remove("hint");
        }
        out.push((s, v));
    }
    let [a, b]: [_; 2] = out.try_into().unwrap();
    [a, b]
}

/// The wrong-code trail of a real email method and of an unknown name's decoy email, driven
/// through the same whole sequence side by side: start, a sent code, every wrong code up to the
/// per-code limit and past it, a fresh code that expires, failures up to the 100-failure block,
/// the block at the next start, and (a day later) the sending limit. Every answer but the hint
/// is identical, status and body.
async fn wrong_code_trail_is_the_same_for_real_and_unknown_names(db: Db) {
    let h = Harness::new(db).await;
    for (k, v) in [("allowed_methods", "email,phone"), ("captcha_difficulty", "6")] {
        admin::set_policy(&h.store, "contoso", k, v).await.unwrap();
    }
    let alex = h.token("alex", ALEX_PW).await;
    let email = h.add_email(&alex, "alex.home@example.org").await;
    // The registration's code is out of every sending window.
    h.clock.advance_secs(601);
    let (s, real) = h.reset_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{real}");
    // An unknown name whose decoys include an email.
    let mut found = None;
    for i in 0..40 {
        let name = format!("ghost{i}@contoso.com");
        let (s, v) = h.reset_start(&name).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        if let Some(m) = method_of(&v, "email") {
            found = Some((name, v, m));
            break;
        }
    }
    let (ghost, decoy, decoy_method) = found.expect("some name gets a decoy email");
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&real), keys(&decoy));
    let pairs = [
        (real["reset_id"].as_str().unwrap().to_string(), email.clone()),
        (decoy["reset_id"].as_str().unwrap().to_string(), decoy_method.clone()),
    ];
    let mut trail: Vec<String> = Vec::new();
    // Steps: challenge (`c`), wrong code (`v`), the clock past the code's lifetime (`+`).
    let script = format!("cvvvvvvcv+v{}", "v".repeat(93));
    for step in script.chars() {
        if step == '+' {
            h.clock.advance_secs(301);
            continue;
        }
        // A wrong code for the real method (never the one just sent).
        let sent = h.last_code("alex.home@example.org");
        let wrong = if sent == "000000" { "111111" } else { "000000" };
        let [a, b] = step_both(&h, &pairs, if step == 'c' { "challenges" } else { "verify" }, wrong).await;
        assert_eq!(a, b, "step {} after {trail:?}", trail.len());
        trail.push(a.1["error"]["code"].as_str().unwrap_or("ok").to_string());
    }
    let codes: Vec<&str> = trail.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        codes[..7],
        [
            "ok",
            "code.invalid",
            "code.invalid",
            "code.invalid",
            "code.invalid",
            "code.invalid",
            "code.attempts_exceeded"
        ]
    );
    assert_eq!(codes[7..10], ["ok", "code.invalid", "code.expired"]);
    // 8 failures before these: up to the 100th each is still checked, the 101st is refused.
    assert!(codes[10..102].iter().all(|c| *c == "code.expired"), "{codes:?}");
    assert_eq!(codes[102], "reset.blocked", "{codes:?}");
    let (a, b) = (h.reset_start("alex").await, h.reset_start(&ghost).await);
    assert_eq!((a.0, code(&a.1)), (StatusCode::TOO_MANY_REQUESTS, "reset.blocked"));
    assert_eq!(a, b, "start while blocked");

    // A day later: the same sending limit for both, at the same count.
    h.clock.advance_secs(25 * 3600);
    let (a, b) = (h.reset_start("alex").await, h.reset_start(&ghost).await);
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK));
    let pairs = [
        (a.1["reset_id"].as_str().unwrap().to_string(), email.clone()),
        (b.1["reset_id"].as_str().unwrap().to_string(), decoy_method.clone()),
    ];
    let mut statuses = Vec::new();
    for i in 0..11 {
        let [a, b] = step_both(&h, &pairs, "challenges", "").await;
        assert_eq!(a, b, "challenge {} of the day", i + 1);
        statuses.push(a.0);
    }
    assert_eq!(statuses[..10], [StatusCode::OK; 10]);
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
    assert!(h.outbox().iter().all(|m| m["to"] != ghost.as_str()));
}
both!(wrong_code_trail_is_the_same_for_real_and_unknown_names);

/// A reset and an unlock each do only their own job; nothing before the first verification
/// tells an admin from anyone else; a user disabled mid-flow cannot finish; asking for
/// questions again always asks the same ones.
async fn reset_visits_hold_their_lines(db: Db) {
    let h = Harness::new(db).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "0")
        .await
        .unwrap();
    // megan (an admin) with the two methods an admin needs, alex with one.
    let t = h.token("megan", MEGAN_PW).await;
    let e = h.add_email(&t, "megan.home@example.org").await;
    let t = h.stepped_up("megan", MEGAN_PW, &e, "megan.home@example.org").await;
    h.add_phone(&t, "+14255550177").await;
    let alex = h.token("alex", ALEX_PW).await;
    let alex_email = h.add_email(&alex, "alex.home@example.org").await;

    // Before any verification, the admin, a user and an unknown name are told the same.
    let mut answers = Vec::new();
    for name in ["megan", "alex", "ghost"] {
        let (s, v) = h.reset_start(name).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let reset = v["reset_id"].as_str().unwrap();
        let password = h
            .post(
                &format!("{T}/resets/{reset}/password"),
                json!({"new_password": "Lantern-Quartz-Meadow-58"}),
                None,
            )
            .await;
        answers.push((v["required"].clone(), password));
    }
    assert_eq!(code(&answers[0].1.1), "reset.more_methods_needed");
    assert_eq!(answers[0].1.1["error"]["args"]["remaining"], 1);
    assert_eq!(answers[0], answers[1], "admin and user");
    assert_eq!(answers[1], answers[2], "user and unknown name");

    // An unlock visit cannot set a password, a reset visit cannot merely unlock.
    let (_, v) = h.unlock_start("alex").await;
    let unlock = v["reset_id"].as_str().unwrap().to_string();
    assert_eq!(
        h.reset_verify_code(&unlock, &alex_email, "alex.home@example.org")
            .await
            .0,
        StatusCode::OK
    );
    let (s, v) = h
        .post(
            &format!("{T}/resets/{unlock}/password"),
            json!({"new_password": "Lantern-Quartz-Meadow-58"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));
    assert_eq!(
        h.sign_in("alex", ALEX_PW).await.0,
        StatusCode::OK,
        "the password is unchanged"
    );
    let (_, v) = h.reset_start("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    assert_eq!(
        h.reset_verify_code(&reset, &alex_email, "alex.home@example.org")
            .await
            .0,
        StatusCode::OK
    );
    let (s, v) = h.post(&format!("{T}/resets/{reset}/unlock"), json!({}), None).await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));

    // Disabled after verifying: the reset is gone.
    admin::set_disabled(&h.store, "contoso", "alex", true).await.unwrap();
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": "Lantern-Quartz-Meadow-58"}),
            None,
        )
        .await;
    assert_eq!((s, code(&v)), (StatusCode::NOT_FOUND, "reset.not_found"));
}
both!(reset_visits_hold_their_lines);

/// Asking for questions again, in the same reset or a new one, asks the same subset: an attacker
/// cannot re-draw until the questions they know come up. New answers draw anew.
async fn question_subsets_are_not_redrawn(db: Db) {
    let h = Harness::new(db).await;
    for (k, v) in [
        ("captcha_difficulty", "0"),
        ("methods_required", "2"),
        ("allowed_methods", "totp,email,phone,questions"),
        ("questions_to_register", "5"),
        ("questions_to_reset", "3"),
    ] {
        admin::set_policy(&h.store, "contoso", k, v).await.unwrap();
    }
    let token = h.token("alex", ALEX_PW).await;
    let answers = json!({"answers": [
        {"question_id": "first-pet", "answer": "Rex the dog"},
        {"question_id": "birth-city", "answer": "Lyon"},
        {"question_id": "first-car", "answer": "VW Golf"},
        {"question_id": "first-job", "answer": "Bakery"},
        {"question_id": "first-school", "answer": "Elm Street"},
    ]});
    let (s, v) = h.put_auth(&format!("{T}/me/methods/questions"), answers, &token).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    h.add_email(&token, "alex.home@example.org").await;
    let (_, list) = h.get_auth(&format!("{T}/me/methods"), &token, None).await;
    let qid = method_of(&list, "questions").unwrap();
    let mut drawn = std::collections::BTreeSet::new();
    for _ in 0..3 {
        let (s, start) = h.reset_start("alex").await;
        assert_eq!(s, StatusCode::OK, "{start}");
        let reset = start["reset_id"].as_str().unwrap();
        for _ in 0..3 {
            let (s, ch) = h
                .post(
                    &format!("{T}/resets/{reset}/challenges"),
                    json!({"method_id": qid}),
                    None,
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{ch}");
            let ids: Vec<String> = ch["questions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["id"].as_str().unwrap().to_string())
                .collect();
            assert_eq!(ids.len(), 3);
            drawn.insert(ids);
        }
    }
    assert_eq!(drawn.len(), 1, "always the same questions: {drawn:?}");
}
both!(question_subsets_are_not_redrawn);
