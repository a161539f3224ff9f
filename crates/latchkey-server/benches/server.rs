//! `cargo bench -p latchkey-server --bench server`: argon2id operations per second at the
//! configured parameters, and change-password requests per second through the real HTTP server
//! (64 concurrent clients), with the ratio the README reports:
//! requests/s × argon2id operations per request ÷ argon2id operations/s.
//!
//! The operations per request are counted on the server's hashing threads, not assumed, and the
//! ceiling is measured before and after the run (the mean is used). `LATCHKEY_BENCH_SECONDS`
//! sets the run length (20 s).

mod common;

use common::{Ceiling, CpuSplit, argon2_ops_per_sec, client_runtime, cores, seconds};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::delivery::Outbox;
use latchkey_server::flows::admin::{self, UserSpec};
use latchkey_server::hashing::{self, Hasher};
use latchkey_server::store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: usize = 64;

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

struct Run {
    requests: u64,
    secs: f64,
    failures: u64,
    ops_per_request: f64,
    cpu: CpuSplit,
}

async fn run(dir: &std::path::Path) -> Run {
    let secs = seconds();
    let store = Store::open(&Store::sqlite_url(dir)).await.unwrap();
    let hasher = Hasher::default();
    admin::ensure_tenant(&store, "bench", Some("Bench")).await.unwrap();
    admin::set_policy(&store, "bench", "password_history", "0")
        .await
        .unwrap();
    admin::set_policy(&store, "bench", "signin_attempts_per_minute", "10000")
        .await
        .unwrap();
    admin::set_policy(&store, "bench", "notify_users", "false")
        .await
        .unwrap();
    for i in 0..CLIENTS {
        admin::add_user(
            &store,
            &hasher,
            "bench",
            &UserSpec {
                username: format!("user{i}"),
                password: Secret::new(words(i as u64, 0)),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    let state = AppState::new(
        store,
        Arc::new(SystemClock),
        hasher,
        Arc::new(Outbox::new(dir.join("outbox.jsonl"))),
        latchkey_server::crypto::Vault::from_key([1; 32]),
        "http://localhost",
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    latchkey_server::flows::delivery_queue::spawn_worker(state.clone());
    let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::new();
    let base = format!("http://{addr}/api/v1/tenants/bench");
    let mut tokens = Vec::new();
    for i in 0..CLIENTS {
        let v: serde_json::Value = client
            .post(format!("{base}/sessions"))
            .json(&serde_json::json!({"username": format!("user{i}"), "password": words(i as u64, 0)}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push(v["token"].as_str().unwrap().to_string());
    }
    let done = Arc::new(AtomicU64::new(0));
    let all = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let (ops_before, cpu_before) = (hashing::pool_operations(), CpuSplit::now());
    let started = Instant::now();
    let stop = started + Duration::from_secs(secs);
    let client_rt = client_runtime();
    let mut tasks = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        let (client, base, done, all, failed) =
            (client.clone(), base.clone(), done.clone(), all.clone(), failed.clone());
        tasks.push(client_rt.spawn(async move {
            let mut n = 0;
            while Instant::now() < stop {
                let body =
                    serde_json::json!({"current_password": words(i as u64, n), "new_password": words(i as u64, n + 1)});
                let r = client
                    .post(format!("{base}/me/password"))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                if r.status().is_success() {
                    n += 1;
                    // Throughput counts answers inside the measured window; the work per request
                    // is counted over every request, including those finishing after it.
                    if Instant::now() <= stop {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    all.fetch_add(1, Ordering::Relaxed);
                } else {
                    failed.fetch_add(1, Ordering::Relaxed);
                    break;
                }
            }
        }));
    }
    tokio::time::sleep_until(stop.into()).await;
    let cpu = CpuSplit::now().since(&cpu_before);
    for t in tasks {
        t.await.unwrap();
    }
    client_rt.shutdown_background();
    Run {
        requests: done.load(Ordering::Relaxed),
        secs: secs as f64,
        failures: failed.load(Ordering::Relaxed),
        ops_per_request: (hashing::pool_operations() - ops_before) as f64 / all.load(Ordering::Relaxed).max(1) as f64,
        cpu,
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let cores = cores();
    println!("Latchkey server benchmark ({cores} cores, argon2id m=19456 KiB t=2 p=1)");
    let before = argon2_ops_per_sec(5);
    println!("argon2id hashes/s on {cores} threads: {before:.1}");
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
    let r = rt.block_on(run(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    let ceiling = Ceiling {
        before,
        after: argon2_ops_per_sec(5),
    };
    let rps = r.requests as f64 / r.secs;
    let ops_per_request = r.ops_per_request;
    println!();
    println!("| measure | value |");
    println!("|---|---|");
    println!("{}", ceiling.row());
    println!(
        "| change-password requests/s ({CLIENTS} clients, {:.0} s) | {rps:.1} |",
        r.secs
    );
    println!("| argon2id operations per request (counted) | {ops_per_request:.2} |");
    println!(
        "| ratio requests/s × operations per request ÷ ceiling (goal ≥ 0.85) | {:.2} |",
        rps * ops_per_request / ceiling.mean()
    );
    println!(
        "| CPU of the server outside argon2 | {:.1}% of the process, {:.2} ms per request |",
        r.cpu.other_share() * 100.0,
        r.cpu.other_secs * 1000.0 / r.requests.max(1) as f64
    );
    println!(
        "| CPU of the load generator (same machine, its own thread) | {:.2} ms per request |",
        r.cpu.client_secs * 1000.0 / r.requests.max(1) as f64
    );
    println!("| password evaluation per request (ms) | {eval_ms:.2} |");
    println!("| failed requests | {} |", r.failures);
    ceiling.warn_if_drifting();
}
