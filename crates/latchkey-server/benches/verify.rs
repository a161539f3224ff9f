//! `cargo bench -p latchkey-server --bench verify`: the step-up verification paths through the
//! real HTTP server with 64 concurrent clients: an authenticator-app (TOTP) code, and an email
//! code (ask for the code, then enter it). Requests per second and p50/p99 latency, on SQLite
//! and (with `LATCHKEY_BENCH_DATABASE_URL`) on PostgreSQL. No argon2 on these paths.
//!
//! Every verification is a real success: each uses a fresh password-only session, and each TOTP
//! step is accepted once per method, so the users and sessions are seeded up front (straight
//! into the store; seeding is not measured). `LATCHKEY_BENCH_SECONDS` sets the length of each
//! run (20 s); a run stops early if the seeded sessions run out.

mod common;

use common::{
    Capture, CpuSplit, client_runtime, cores, drop_postgres, fresh_postgres, ms, percentile, postgres_cpu_secs, seconds,
};
use latchkey_core::method::TotpSecret;
use latchkey_core::{Clock, SystemClock};
use latchkey_server::AppState;
use latchkey_server::crypto::Vault;
use latchkey_server::flows::admin;
use latchkey_server::flows::security_info::OsRandom;
use latchkey_server::flows::session::{new_token, token_hash};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::{NewMethod, NewUser, SessionRow, Store};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: usize = 64;
/// TOTP steps accepted per method around the current one (previous, current, next).
const TOTP_STEPS: usize = 3;
/// Email step-ups per user: the step-up throttle allows ten attempts per user in ten minutes.
const EMAIL_ROUNDS: usize = 10;
/// Users seeded per second of run: enough for this many verifications a second.
const TOTP_USERS_PER_SEC: usize = 1300;
const EMAIL_USERS_PER_SEC: usize = 200;

/// One seeded user: their methods and unused password-only sessions.
struct User {
    totp_id: String,
    totp: TotpSecret,
    email_id: String,
    email: String,
    tokens: Vec<String>,
}

async fn setup_tenant(store: &Store) {
    admin::ensure_tenant(store, "bench", Some("Bench")).await.unwrap();
    for (k, v) in [
        ("allowed_methods", "totp,email,phone"),
        ("emails_per_10_minutes", "100"),
        ("notify_users", "false"),
    ] {
        admin::set_policy(store, "bench", k, v).await.unwrap();
    }
}

/// Users `from..from + users`, each with a TOTP and an email method and `sessions_each`
/// password-only sessions; inserted by 16 tasks at once.
async fn seed(store: &Store, vault: &Vault, from: usize, users: usize, sessions_each: usize) -> Vec<User> {
    let tenant = Arc::new(admin::tenant(store, "bench").await.unwrap());
    let hash = Arc::new(Hasher::default().hash("Bench-Password-Not-Used-42"));
    let mut tasks = Vec::new();
    for part in 0..16 {
        let (store, vault, tenant, hash) = (store.clone(), vault.clone(), tenant.clone(), hash.clone());
        tasks.push(tokio::spawn(async move {
            let mut out = Vec::new();
            for i in (from..from + users).filter(|i| i % 16 == part) {
                out.push(seed_one(&store, &vault, &tenant, &hash, i, sessions_each).await);
            }
            out
        }));
    }
    let mut all = Vec::with_capacity(users);
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all
}

async fn seed_one(
    store: &Store,
    vault: &Vault,
    tenant: &latchkey_server::tenant::Tenant,
    hash: &str,
    i: usize,
    sessions_each: usize,
) -> User {
    let now = SystemClock.now();
    let p = &tenant.policy;
    {
        let user = store
            .insert_user(&NewUser {
                tenant_id: tenant.id().to_string(),
                username: format!("user{i}"),
                display_name: format!("User {i}"),
                email: None,
                phone: None,
                groups: Vec::new(),
                is_admin: false,
                must_change_password: false,
                // Nobody signs in with a password here: one hash serves every user.
                password_hash: hash.to_string(),
            })
            .await
            .unwrap()
            .unwrap();
        let totp = TotpSecret::generate(&mut OsRandom);
        let totp_id = latchkey_server::store::new_id();
        let sealed = vault.seal(
            totp.to_base32().expose().as_bytes(),
            &latchkey_server::flows::security_info::totp_row(tenant.id(), &user.id, &totp_id),
        );
        let email = format!("user{i}@example.org");
        let mut ids = Vec::new();
        for (kind, destination, secret) in [
            ("totp", None, Some(sealed.as_str())),
            ("email", Some(email.as_str()), None),
        ] {
            let m = NewMethod {
                tenant_id: tenant.id(),
                user_id: &user.id,
                kind,
                name: None,
                destination,
                secret,
                data: json!({}),
                verified: true,
            };
            let id = if kind == "totp" {
                totp_id.clone()
            } else {
                latchkey_server::store::new_id()
            };
            ids.push(store.insert_method_as(&id, &m, now).await.unwrap());
        }
        let mut tokens = Vec::with_capacity(sessions_each);
        for _ in 0..sessions_each {
            let token = new_token();
            let session = SessionRow {
                tenant_id: tenant.id().to_string(),
                user_id: user.id.clone(),
                level: "password".into(),
                created_at: now,
                last_seen: now,
                expires_at: now + i64::from(p.session_absolute_secs),
                idle_secs: i64::from(p.session_idle_secs),
            };
            store
                .insert_session(&token_hash(token.expose()), &session, "bench", "127.0.0.1")
                .await
                .unwrap();
            tokens.push(token.expose().to_string());
        }
        User {
            totp_id: ids[0].clone(),
            totp,
            email_id: ids[1].clone(),
            email,
            tokens,
        }
    }
}

#[derive(Default)]
struct Lat {
    /// Successful verifications inside the measured window.
    done: u64,
    failed: u64,
    /// Why requests failed: the answer's error code (or HTTP status), with counts.
    reasons: std::collections::BTreeMap<String, u64>,
    verify: Vec<Duration>,
    challenge: Vec<Duration>,
}

struct Run {
    lat: Lat,
    secs: f64,
    cpu: CpuSplit,
    /// CPU seconds of the PostgreSQL server processes, when local.
    postgres_cpu: Option<f64>,
    ran_out: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Totp,
    Email,
}

/// `Ok` or the failure's error code (the HTTP status when the answer has none), and the latency.
async fn post(client: &reqwest::Client, url: String, token: &str, body: Value) -> (Result<(), String>, Duration) {
    let t = Instant::now();
    let r = client.post(url).bearer_auth(token).json(&body).send().await.unwrap();
    let status = r.status();
    let answer: Value = r.json().await.unwrap_or(Value::Null);
    let took = t.elapsed();
    if status.is_success() {
        return (Ok(()), took);
    }
    let code = answer["error"]["code"].as_str().map(str::to_string);
    (Err(code.unwrap_or_else(|| status.to_string())), took)
}

async fn run(kind: Kind, url: &str, base: &str, users: Arc<Vec<User>>, capture: Arc<Capture>) -> Run {
    let client = reqwest::Client::new();
    let pg_before = if url.starts_with("postgres") {
        postgres_cpu_secs(url).await
    } else {
        None
    };
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let stop = started + Duration::from_secs(seconds());
    let cpu_before = CpuSplit::now();
    let client_rt = client_runtime();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (client, next, users, capture) = (client.clone(), next.clone(), users.clone(), capture.clone());
        let mfa = format!("{base}/sessions/current/mfa");
        tasks.push(client_rt.spawn(async move {
            let mut lat = Lat::default();
            'users: while Instant::now() < stop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(u) = users.get(i) else { break };
                // The user's TOTP codes, oldest step first: previous, current and next. Within two
                // seconds of a step change the previous one is skipped, so that no code turns
                // stale between being read off the "app" and being checked.
                let now = SystemClock.now();
                let first = if now % 30 >= 28 { 0 } else { -1 };
                let codes: Vec<_> = (first..=1).map(|k| u.totp.code_at(now + k * 30)).collect();
                for (round, token) in u.tokens.iter().enumerate() {
                    if Instant::now() >= stop {
                        break 'users;
                    }
                    let (ok, took) = match kind {
                        Kind::Totp => {
                            let Some(code) = codes.get(round) else { break };
                            let body = json!({"method_id": u.totp_id, "code": code.expose()});
                            post(&client, mfa.clone(), token, body).await
                        }
                        Kind::Email => {
                            let body = json!({"method_id": u.email_id});
                            let (sent, took) = post(&client, format!("{mfa}/challenges"), token, body).await;
                            lat.challenge.push(took);
                            if let Err(why) = sent {
                                lat.failed += 1;
                                *lat.reasons.entry(why).or_default() += 1;
                                continue;
                            }
                            let code = capture.last_code(&u.email).await;
                            post(
                                &client,
                                mfa.clone(),
                                token,
                                json!({"method_id": u.email_id, "code": code}),
                            )
                            .await
                        }
                    };
                    lat.verify.push(took);
                    if let Err(why) = ok {
                        lat.failed += 1;
                        *lat.reasons
                            .entry(format!("{why} (after {} ms)", took.as_millis()))
                            .or_default() += 1;
                    } else if Instant::now() <= stop {
                        lat.done += 1;
                    }
                }
            }
            lat
        }));
    }
    let mut all = Lat::default();
    let mut per_task = Vec::new();
    for t in tasks {
        per_task.push(t.await.unwrap());
    }
    let cpu = CpuSplit::now().since(&cpu_before);
    client_rt.shutdown_background();
    let postgres_cpu = match pg_before {
        Some(before) => postgres_cpu_secs(url).await.map(|after| after - before),
        None => None,
    };
    for l in per_task {
        all.done += l.done;
        all.failed += l.failed;
        for (why, n) in l.reasons {
            *all.reasons.entry(why).or_default() += n;
        }
        all.verify.extend(l.verify);
        all.challenge.extend(l.challenge);
    }
    let secs = started.elapsed().as_secs_f64().min(seconds() as f64);
    Run {
        lat: all,
        secs,
        cpu,
        postgres_cpu,
        ran_out: next.load(Ordering::Relaxed) >= users.len(),
    }
}

async fn bench(url: &str, name: &str) {
    let store = Store::open(url).await.unwrap();
    let vault = Vault::from_key([5; 32]);
    // Sized for about 3,800 TOTP and 2,000 email verifications a second; a faster run stops
    // early (noted).
    let secs = seconds() as usize;
    let seeded = Instant::now();
    setup_tenant(&store).await;
    let (totp_n, email_n) = (TOTP_USERS_PER_SEC * secs, EMAIL_USERS_PER_SEC * secs);
    let totp_users = Arc::new(seed(&store, &vault, 0, totp_n, TOTP_STEPS).await);
    let email_users = Arc::new(seed(&store, &vault, totp_n, email_n, EMAIL_ROUNDS).await);
    println!(
        "\n{name}: seeded {} users in {:.0} s",
        totp_users.len() + email_users.len(),
        seeded.elapsed().as_secs_f64()
    );
    let capture = Arc::new(Capture::default());
    let state = AppState::new(
        store,
        Arc::new(SystemClock),
        Hasher::default(),
        capture.clone(),
        vault,
        "http://localhost",
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    latchkey_server::flows::delivery_queue::spawn_worker(state.clone());
    let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let base = format!("http://{addr}/api/v1/tenants/bench");
    let totp = run(Kind::Totp, url, &base, totp_users, capture.clone()).await;
    let email = run(Kind::Email, url, &base, email_users, capture).await;
    println!();
    println!("| {name}, {CLIENTS} concurrent clients | requests/s | p50 | p99 | failed |");
    println!("|---|---|---|---|---|");
    for (label, r, samples) in [
        ("TOTP verify (step-up)", &totp, &totp.lat.verify),
        ("email code verify (step-up)", &email, &email.lat.verify),
        (
            "email code request (the challenge before it)",
            &email,
            &email.lat.challenge,
        ),
    ] {
        println!(
            "| {label} | {:.0} | {} | {} | {} |",
            r.lat.done as f64 / r.secs,
            ms(percentile(samples, 50)),
            ms(percentile(samples, 99)),
            r.lat.failed
        );
    }
    for (label, r, requests) in [
        ("TOTP", &totp, totp.lat.done),
        ("email (challenge + verify)", &email, email.lat.done * 2),
    ] {
        println!(
            "| CPU per request, {label} (server) | {:.2} ms | | | |",
            r.cpu.other_secs * 1000.0 / requests.max(1) as f64
        );
        println!(
            "| CPU per request, {label} (load generator, its own thread) | {:.2} ms | | | |",
            r.cpu.client_secs * 1000.0 / requests.max(1) as f64
        );
        if let Some(pg) = r.postgres_cpu {
            println!(
                "| CPU per request, {label} (PostgreSQL server processes) | {:.2} ms | | | |",
                pg * 1000.0 / requests.max(1) as f64
            );
        }
        for (why, n) in &r.lat.reasons {
            println!("note: {label}: {n} failed with {why}");
        }
        if r.ran_out {
            println!(
                "note: the {label} run used up its seeded sessions after {:.1} s",
                r.secs
            );
        }
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "Latchkey step-up verification benchmark ({} cores, {CLIENTS} concurrent clients, {} s per run)",
        cores(),
        seconds()
    );
    let dir = std::env::temp_dir().join(format!("latchkey-bench-verify-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    rt.block_on(bench(&Store::sqlite_url(&dir), "SQLite"));
    if let Ok(admin_url) = std::env::var("LATCHKEY_BENCH_DATABASE_URL") {
        let url = rt.block_on(fresh_postgres(&admin_url, "verify"));
        rt.block_on(bench(&url, "PostgreSQL"));
        rt.block_on(drop_postgres(&admin_url, &url));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
