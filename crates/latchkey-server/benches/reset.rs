//! `cargo bench -p latchkey-server --bench reset`: complete self-service reset flows per second
//! (captcha, start, email code, text code, new password with argon2id) with 64 concurrent flows
//! through the real HTTP server, on SQLite and (with `LATCHKEY_BENCH_DATABASE_URL`) on
//! PostgreSQL; the ratio to the argon2id ceiling measured in the same run (before and after the
//! runs, the mean is used), and p99 per step. The argon2id operations per flow are counted on the
//! server's hashing threads. `LATCHKEY_BENCH_SECONDS` sets the length of each run (20 s),
//! `LATCHKEY_BENCH_REPEATS` how many runs per database (3, in turns; the median ratio is the
//! figure), `LATCHKEY_BENCH_WARMUP_SECS` the unmeasured warm-up before each (5 s). The load generator runs on a thread of its own so that its CPU time is reported apart.

mod common;

use common::{
    Capture, Ceiling, CpuSplit, MachineCpu, argon2_ops_per_sec, client_runtime, cores, drop_postgres, fresh_postgres,
    ms, p99, postgres_cpu_secs, seconds, warmup_seconds,
};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::flows::admin::{self, UserSpec};
use latchkey_server::hashing::{self, Hasher};
use latchkey_server::store::{NewMethod, Store};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

const FLOWS: usize = 64;
const STEPS: [&str; 7] = [
    "captcha",
    "start",
    "email challenge",
    "email verify",
    "text challenge",
    "text verify",
    "password",
];

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

struct Run {
    /// Flows finished inside the measured window.
    flows: u64,
    secs: f64,
    failures: u64,
    /// argon2 operations per finished flow, over every flow (those finishing after the window too).
    ops_per_flow: f64,
    /// argon2 operations done during the window.
    ops_in_window: u64,
    cpu: CpuSplit,
    machine: MachineCpu,
    /// CPU seconds of the PostgreSQL server processes during the window, when local.
    postgres_cpu: Option<f64>,
    /// Latencies per step.
    steps: Vec<Vec<Duration>>,
}

/// Runs the flows against one database.
async fn run(url: &str) -> Run {
    let secs = seconds();
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
    latchkey_server::flows::delivery_queue::spawn_worker(state.clone());
    let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::new();
    let base = format!("http://{addr}/api/v1/tenants/bench");
    let is_postgres = url.starts_with("postgres");
    // Flows run for a warm-up first (unmeasured): a fresh server opens its connections, and
    // PostgreSQL's new backends load their catalog caches and prepare each statement once, a
    // cost a running server paid long ago.
    let ops_at_start = hashing::pool_operations();
    let begin = Instant::now() + Duration::from_secs(warmup_seconds());
    let stop = begin + Duration::from_secs(secs);
    // The load generator runs on a thread of its own, so its CPU time is told apart from the
    // server's.
    let client_rt = client_runtime();
    let mut tasks = Vec::new();
    for i in 0..FLOWS {
        let (client, base, capture) = (client.clone(), base.clone(), capture.clone());
        tasks.push(client_rt.spawn(async move {
            let mut steps: Vec<Vec<Duration>> = vec![Vec::new(); STEPS.len()];
            let (mut flows, mut failures, mut n) = (0u64, 0u64, 0u64);
            let mut in_window = 0u64;
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
                    if t >= begin {
                        steps[k].push(t.elapsed());
                    }
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
                    let code = capture.last_code(&to).await;
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
                    let now = Instant::now();
                    if now >= begin && now <= stop {
                        in_window += 1;
                    }
                } else {
                    failures += 1;
                }
            }
            (in_window, flows, failures, steps)
        }));
    }
    tokio::time::sleep_until(begin.into()).await;
    let pg_before = if is_postgres {
        postgres_cpu_secs(url).await
    } else {
        None
    };
    let (ops_before, cpu_before, machine_before) = (hashing::pool_operations(), CpuSplit::now(), MachineCpu::now());
    tokio::time::sleep_until(stop.into()).await;
    let cpu = CpuSplit::now().since(&cpu_before);
    let ops_in_window = hashing::pool_operations() - ops_before;
    let machine = MachineCpu::now().since(&machine_before);
    let postgres_cpu = match (pg_before, is_postgres) {
        (Some(before), true) => postgres_cpu_secs(url).await.map(|after| after - before),
        _ => None,
    };
    let mut all: Vec<Vec<Duration>> = vec![Vec::new(); STEPS.len()];
    let (mut in_window, mut flows, mut failures) = (0, 0, 0);
    for t in tasks {
        let (w, f, e, steps) = t.await.unwrap();
        in_window += w;
        flows += f;
        failures += e;
        for (k, s) in steps.into_iter().enumerate() {
            all[k].extend(s);
        }
    }
    client_rt.shutdown_background();
    Run {
        flows: in_window,
        secs: secs as f64,
        failures,
        ops_in_window,
        ops_per_flow: (hashing::pool_operations() - ops_at_start) as f64 / flows.max(1) as f64,
        cpu,
        machine,
        postgres_cpu,
        steps: all,
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "Latchkey reset benchmark ({} cores, {FLOWS} concurrent flows, {} s each after {} s of warm-up)",
        cores(),
        seconds(),
        warmup_seconds()
    );
    let dir = std::env::temp_dir().join(format!("latchkey-bench-reset-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let admin_url = std::env::var("LATCHKEY_BENCH_DATABASE_URL").ok();
    // The machine's speed drifts (it is shared), so each database is measured several times,
    // in turns, and the median ratio is the figure.
    let repeats: usize = std::env::var("LATCHKEY_BENCH_REPEATS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(3);
    let mut runs = Vec::new();
    for k in 0..repeats {
        let sqlite_dir = dir.join(k.to_string());
        std::fs::create_dir_all(&sqlite_dir).unwrap();
        runs.push(("SQLite", Store::sqlite_url(&sqlite_dir), k));
        if admin_url.is_some() {
            runs.push(("PostgreSQL", String::new(), k));
        }
    }
    let mut ratios: Vec<(&str, Vec<f64>)> = Vec::new();
    // The ceiling is measured before, between and after the runs; each run is compared with the
    // mean of the measurements on either side of it.
    let mut before = argon2_ops_per_sec(5);
    for (name, url, k) in runs {
        let url = match (&admin_url, name) {
            (Some(pg), "PostgreSQL") => rt.block_on(fresh_postgres(pg, &format!("reset{k}"))),
            _ => url,
        };
        let r = rt.block_on(run(&url));
        if let (Some(admin), true) = (&admin_url, url.starts_with("postgres")) {
            rt.block_on(drop_postgres(admin, &url));
        }
        let ceiling = Ceiling {
            before,
            after: argon2_ops_per_sec(5),
        };
        before = ceiling.after;
        let fps = r.flows as f64 / r.secs;
        let ratio = fps * r.ops_per_flow / ceiling.mean();
        match ratios.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.push(ratio),
            None => ratios.push((name, vec![ratio])),
        }
        println!();
        println!("| {name}, run {} of {repeats} | value |", k + 1);
        println!("|---|---|");
        println!("{}", ceiling.row());
        println!("| complete reset flows/s | {fps:.1} |");
        println!("| argon2id operations per flow (counted) | {:.2} |", r.ops_per_flow);
        println!("| ratio flows/s × operations per flow ÷ ceiling (goal ≥ 0.8) | {ratio:.2} |");
        println!(
            "| CPU of the server outside argon2 (this process{}) | {:.1}%, {:.2} ms per flow |",
            if name == "SQLite" {
                ", SQLite included"
            } else {
                "; not PostgreSQL's own"
            },
            r.cpu.other_share() * 100.0,
            r.cpu.other_secs * 1000.0 / r.flows.max(1) as f64
        );
        println!(
            "| CPU of the load generator (same machine, its own thread) | {:.2} ms per flow |",
            r.cpu.client_secs * 1000.0 / r.flows.max(1) as f64
        );
        if let Some(pg) = r.postgres_cpu {
            println!(
                "| CPU of the PostgreSQL server processes | {:.2} ms per flow |",
                pg * 1000.0 / r.flows.max(1) as f64
            );
        }
        println!("{}", r.machine.row("the run"));
        println!(
            "| argon2id CPU per operation: in the run / alone (ceiling) | {:.1} ms / {:.1} ms |",
            r.cpu.argon2_secs * 1000.0 / r.ops_in_window.max(1) as f64,
            cores() as f64 * 1000.0 / ceiling.mean()
        );
        println!("| failed flows | {} |", r.failures);
        for (k, step) in STEPS.iter().enumerate() {
            println!("| p99 {step} | {} |", ms(p99(&r.steps[k])));
        }
        ceiling.warn_if_drifting();
    }
    println!();
    println!("| database | ratio per run (goal ≥ 0.8) | median |");
    println!("|---|---|---|");
    for (name, mut v) in ratios {
        let each: Vec<String> = v.iter().map(|r| format!("{r:.2}")).collect();
        v.sort_by(f64::total_cmp);
        println!("| {name} | {} | {:.2} |", each.join(", "), v[v.len() / 2]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
