//! `cargo bench -p latchkey-server --bench reset`: complete self-service reset flows per second
//! (captcha, start, email code, text code, new password with argon2id) with 64 concurrent flows
//! through the real HTTP server, on SQLite and (with `LATCHKEY_BENCH_DATABASE_URL`) on
//! PostgreSQL; the ratio to the argon2id ceiling measured in the same run, and p99 per step.

use async_trait::async_trait;
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::admin::{self, UserSpec};
use latchkey_server::delivery::{Delivery, DeliveryError, Message};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::{NewMethod, Store};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const FLOWS: usize = 64;
const SECONDS: u64 = 20;
const STEPS: [&str; 7] = [
    "captcha",
    "start",
    "email challenge",
    "email verify",
    "text challenge",
    "text verify",
    "password",
];

/// Keeps the last code per destination in memory, so the load generator can answer challenges
/// without parsing an outbox file under load.
#[derive(Debug, Default)]
struct Capture(Mutex<HashMap<String, String>>);

#[async_trait]
impl Delivery for Capture {
    async fn send(&self, _at_ms: i64, msg: &Message) -> Result<(), DeliveryError> {
        if let Some(code) = &msg.code {
            self.0.lock().unwrap().insert(msg.to.clone(), code.expose().to_string());
        }
        Ok(())
    }
}

fn password(i: usize, n: u64) -> String {
    const W: &[&str] = &[
        "amber", "violet", "harbor", "tractor", "granite", "meadow", "lantern", "cobalt",
    ];
    format!(
        "{}-{}-{}-{i}x{n}",
        W[i % 8],
        W[(n % 8) as usize],
        W[((i as u64 + n * 3) % 8) as usize]
    )
}

fn argon2_ops_per_sec(threads: usize, secs: u64) -> f64 {
    let hasher = Hasher::default();
    let stop = Instant::now() + Duration::from_secs(secs);
    let count = std::sync::atomic::AtomicU64::new(0);
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let (h, c) = (hasher.clone(), &count);
            s.spawn(move || {
                while Instant::now() < stop {
                    std::hint::black_box(h.hash("Bench-Password-For-Argon2"));
                    c.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
    });
    count.into_inner() as f64 / started.elapsed().as_secs_f64()
}

fn p99(mut v: Vec<Duration>) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    v[(v.len() * 99 / 100).min(v.len() - 1)]
}

async fn fresh_postgres(admin_url: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("lk_bench_{}", std::process::id());
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url)
        .await
        .unwrap();
    let _ = sqlx::Executor::execute(
        &mut conn,
        sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}")),
    )
    .await;
    sqlx::Executor::execute(&mut conn, sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .unwrap();
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin_url);
    format!("{base}/{name}")
}

/// Runs the flows against one database; returns (flows, seconds, failures, per-step latencies).
async fn run(url: &str) -> (u64, f64, u64, Vec<Vec<Duration>>) {
    let store = Store::open(url).await.unwrap();
    let hasher = Hasher::default();
    admin::ensure_tenant(&store, "bench", Some("Bench")).await.unwrap();
    for (k, v) in [
        ("sspr_enabled", "all"),
        ("allowed_methods", "totp,email,phone"),
        ("methods_required", "2"),
        ("captcha_difficulty", "0"),
        ("reset_attempts_per_day", "100"),
        ("emails_per_10_minutes", "100"),
        ("sms_per_hour", "100"),
        ("password_history", "0"),
    ] {
        admin::set_policy(&store, "bench", k, v).await.unwrap();
    }
    let tenant = admin::tenant(&store, "bench").await.unwrap();
    let mut users = Vec::new();
    for i in 0..FLOWS {
        let u = admin::add_user(
            &store,
            &hasher,
            "bench",
            &UserSpec {
                username: format!("user{i}"),
                password: Secret::new(password(i, 0)),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        for (kind, to) in [
            ("email", format!("user{i}@example.org")),
            ("phone", format!("+1425555{i:04}")),
        ] {
            let m = NewMethod {
                tenant_id: tenant.id(),
                user_id: &u.id,
                kind,
                name: None,
                destination: Some(&to),
                secret: None,
                data: json!({}),
                verified: true,
            };
            store.insert_method(&m, 0).await.unwrap();
        }
        users.push(u);
    }
    let capture = Arc::new(Capture::default());
    let state = AppState::new(
        store,
        Arc::new(SystemClock),
        hasher,
        capture.clone(),
        latchkey_server::crypto::Vault::from_key([3; 32]),
        "http://localhost",
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::new();
    let base = format!("http://{addr}/api/v1/tenants/bench");
    let started = Instant::now();
    let stop = started + Duration::from_secs(SECONDS);
    let mut tasks = Vec::new();
    for i in 0..FLOWS {
        let (client, base, capture) = (client.clone(), base.clone(), capture.clone());
        tasks.push(tokio::spawn(async move {
            let mut steps: Vec<Vec<Duration>> = vec![Vec::new(); STEPS.len()];
            let (mut flows, mut failures, mut n) = (0u64, 0u64, 0u64);
            let post = |path: String, body: Value| {
                let client = client.clone();
                async move {
                    let r = client.post(path).json(&body).send().await.unwrap();
                    let ok = r.status().is_success();
                    (ok, r.json::<Value>().await.unwrap_or(Value::Null))
                }
            };
            'flows: while Instant::now() < stop {
                let mut t = Instant::now();
                let mut lap = |steps: &mut Vec<Vec<Duration>>, k: usize| {
                    steps[k].push(t.elapsed());
                    t = Instant::now();
                };
                let (_, c) = post(format!("{base}/captcha"), json!({})).await;
                lap(&mut steps, 0);
                let (ok, v) = post(
                    format!("{base}/resets"),
                    json!({"username": format!("user{i}"), "captcha": {"id": c["id"], "solution": "0"}}),
                )
                .await;
                lap(&mut steps, 1);
                if !ok {
                    failures += 1;
                    break;
                }
                let reset = v["reset_id"].as_str().unwrap_or_default().to_string();
                for (k, kind, to) in [
                    (2, "email", format!("user{i}@example.org")),
                    (4, "phone", format!("+1425555{i:04}")),
                ] {
                    let method = v["methods"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|m| m["kind"] == kind)
                        .unwrap()["id"]
                        .clone();
                    post(
                        format!("{base}/resets/{reset}/challenges"),
                        json!({"method_id": method}),
                    )
                    .await;
                    lap(&mut steps, k);
                    let code = capture.0.lock().unwrap().get(&to).cloned().unwrap_or_default();
                    let (ok, _) = post(
                        format!("{base}/resets/{reset}/verify"),
                        json!({"method_id": method, "code": code}),
                    )
                    .await;
                    lap(&mut steps, k + 1);
                    if !ok {
                        failures += 1;
                        continue 'flows;
                    }
                }
                let (ok, _) = post(
                    format!("{base}/resets/{reset}/password"),
                    json!({"new_password": password(i, n + 1)}),
                )
                .await;
                lap(&mut steps, 6);
                if ok {
                    flows += 1;
                    n += 1;
                } else {
                    failures += 1;
                }
            }
            (flows, failures, steps)
        }));
    }
    let mut all: Vec<Vec<Duration>> = vec![Vec::new(); STEPS.len()];
    let (mut flows, mut failures) = (0, 0);
    for t in tasks {
        let (f, e, steps) = t.await.unwrap();
        flows += f;
        failures += e;
        for (k, s) in steps.into_iter().enumerate() {
            all[k].extend(s);
        }
    }
    (flows, started.elapsed().as_secs_f64(), failures, all)
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let ops = argon2_ops_per_sec(cores, 5);
    println!("Latchkey reset benchmark ({cores} cores, {FLOWS} concurrent flows, {SECONDS} s each)");
    println!("argon2id ceiling: {ops:.1} operations/s");
    let dir = std::env::temp_dir().join(format!("latchkey-bench-reset-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut runs = vec![("SQLite", Store::sqlite_url(&dir))];
    if let Ok(pg) = std::env::var("LATCHKEY_BENCH_DATABASE_URL") {
        runs.push(("PostgreSQL", rt.block_on(fresh_postgres(&pg))));
    }
    // Per flow: the same-as-current check and the hash of the new password.
    let ops_per_flow = 2.0;
    for (name, url) in runs {
        let (flows, secs, failures, steps) = rt.block_on(run(&url));
        let fps = flows as f64 / secs;
        println!();
        println!("| {name} | value |");
        println!("|---|---|");
        println!("| complete reset flows/s | {fps:.1} |");
        println!(
            "| ratio flows/s × {ops_per_flow} ÷ argon2id ops/s (goal ≥ 0.8) | {:.2} |",
            fps * ops_per_flow / ops
        );
        println!("| failed flows | {failures} |");
        for (k, step) in STEPS.iter().enumerate() {
            println!(
                "| p99 {step} | {:.1} ms |",
                p99(steps[k].clone()).as_secs_f64() * 1000.0
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
