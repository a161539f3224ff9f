//! `cargo bench -p latchkey-server --bench server`: argon2id operations per second at the
//! configured parameters, and change-password requests per second through the real HTTP server
//! (64 concurrent clients), with the ratio the README reports:
//! requests/s × argon2id operations per request ÷ argon2id operations/s.

use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::admin::{self, UserSpec};
use latchkey_server::delivery::Outbox;
use latchkey_server::hashing::Hasher;
use latchkey_server::store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: usize = 64;
const SECONDS: u64 = 20;

fn argon2_ops_per_sec(threads: usize, secs: u64) -> f64 {
    let hasher = Hasher::default();
    let stop = Instant::now() + Duration::from_secs(secs);
    let count = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let (h, c) = (hasher.clone(), count.clone());
            s.spawn(move || {
                while Instant::now() < stop {
                    std::hint::black_box(h.hash("Bench-Password-For-Argon2"));
                    c.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    count.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn words(i: u64, n: u64) -> String {
    const W: &[&str] = &[
        "amber", "violet", "harbor", "tractor", "granite", "meadow", "lantern", "cobalt", "orchid", "canyon", "beacon",
        "nimbus",
    ];
    format!(
        "{}-{}-{}-{}{}",
        W[(i % 12) as usize],
        W[((i / 12 + n) % 12) as usize],
        W[((n * 7 + 3) % 12) as usize],
        i,
        n
    )
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("Latchkey server benchmark ({cores} cores, argon2id m=19456 KiB t=2 p=1)");
    let ops = argon2_ops_per_sec(cores, 5);
    println!("argon2id hashes/s on {cores} threads: {ops:.1}");
    let policy = latchkey_core::policy::TenantPolicy::default().password_policy("Bench");
    let ctx = latchkey_core::password::UserContext {
        username: "user1",
        display_name: Some("User One"),
        email: None,
    };
    let started = Instant::now();
    for i in 0..200u64 {
        std::hint::black_box(latchkey_core::password::evaluate(&policy, &words(i, i + 1), &ctx));
    }
    let eval_ms = started.elapsed().as_secs_f64() * 1000.0 / 200.0;
    println!("password evaluation (policy + zxcvbn): {eval_ms:.2} ms");

    let dir = std::env::temp_dir().join(format!("latchkey-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (reqs, secs, failures) = rt.block_on(async {
        let store = Store::open(&Store::sqlite_url(&dir)).await.unwrap();
        let hasher = Hasher::default();
        admin::ensure_tenant(&store, "bench", Some("Bench")).await.unwrap();
        admin::set_policy(&store, "bench", "password_history", "0").await.unwrap();
        admin::set_policy(&store, "bench", "signin_attempts_per_minute", "10000").await.unwrap();
        admin::set_policy(&store, "bench", "notify_users", "false").await.unwrap();
        for i in 0..CLIENTS {
            admin::add_user(&store, &hasher, "bench", &UserSpec {
                username: format!("user{i}"),
                password: Secret::new(words(i as u64, 0)),
                ..Default::default()
            })
            .await
            .unwrap();
        }
        let state = AppState::new(store, Arc::new(SystemClock), hasher, Arc::new(Outbox::new(dir.join("outbox.jsonl"))), latchkey_server::crypto::Vault::from_key([1; 32]), "http://localhost");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let client = reqwest::Client::new();
        let base = format!("http://{addr}/api/v1/tenants/bench");
        let mut tokens = Vec::new();
        for i in 0..CLIENTS {
            let v: serde_json::Value = client
                .post(format!("{base}/sessions"))
                .json(&serde_json::json!({"username": format!("user{i}"), "password": words(i as u64, 0)}))
                .send().await.unwrap().json().await.unwrap();
            tokens.push(v["token"].as_str().unwrap().to_string());
        }
        let done = Arc::new(AtomicU64::new(0));
        let failed = Arc::new(AtomicU64::new(0));
        let started = Instant::now();
        let stop = started + Duration::from_secs(SECONDS);
        let mut tasks = Vec::new();
        for (i, token) in tokens.into_iter().enumerate() {
            let (client, base, done, failed) = (client.clone(), base.clone(), done.clone(), failed.clone());
            tasks.push(tokio::spawn(async move {
                let mut n = 0;
                while Instant::now() < stop {
                    let body = serde_json::json!({"current_password": words(i as u64, n), "new_password": words(i as u64, n + 1)});
                    let r = client.post(format!("{base}/me/password")).bearer_auth(&token).json(&body).send().await.unwrap();
                    if r.status().is_success() { n += 1; done.fetch_add(1, Ordering::Relaxed); } else { failed.fetch_add(1, Ordering::Relaxed); break; }
                }
            }));
        }
        for t in tasks { t.await.unwrap(); }
        (done.load(Ordering::Relaxed), started.elapsed().as_secs_f64(), failed.load(Ordering::Relaxed))
    });
    let _ = std::fs::remove_dir_all(&dir);
    // Per change: verify the current password, the same-as-current check, hash the new one.
    let ops_per_request = 3.0;
    let rps = reqs as f64 / secs;
    println!();
    println!("| measure | value |");
    println!("|---|---|");
    println!("| argon2id operations/s ({cores} threads) | {ops:.1} |");
    println!("| change-password requests/s ({CLIENTS} clients, {SECONDS} s) | {rps:.1} |");
    println!("| argon2id operations per request | {ops_per_request} |");
    println!("| ratio (goal ≥ 0.85) | {:.2} |", rps * ops_per_request / ops);
    println!("| password evaluation per request (ms) | {eval_ms:.2} |");
    println!("| failed requests | {failures} |");
}
