//! `cargo bench -p latchkey-server --bench directory`: the LDAP connector against the local
//! directories the test suite starts (the same harnesses: `tests/it/slapd.rs`, OpenLDAP with
//! ppolicy over StartTLS; `tests/it/samba.rs`, a Samba AD domain controller over LDAPS).
//!
//! 1. Writeback latency, p50 and p99, for each flavor through the `Directory` trait, one at a time
//!    (`LATCHKEY_BENCH_WRITES`, 100 each): a change (bind as the user + Password Modify on
//!    OpenLDAP, `delete`/`add` of `unicodePwd` on AD), a reset (the service account's write; on AD
//!    a `replace` with the policy-hints control) and an unlock of an account locked just before,
//!    outside the clock (`pwdAccountLockedTime` set by the administrator on OpenLDAP, five wrong
//!    passwords on AD).
//! 2. Complete reset flows per second through the real HTTP server (captcha, start, email code,
//!    verify, new password) for a built-in, an OpenLDAP and an Active Directory tenant in the same
//!    run, `LATCHKEY_BENCH_FLOWS` (8) at once, `LATCHKEY_BENCH_SECONDS` each after the warm-up,
//!    SQLite; each connector's throughput as a ratio of the built-in one's.

#[path = "../tests/it/certs.rs"]
mod certs;
mod common;
#[path = "../tests/it/samba.rs"]
mod samba;
#[path = "../tests/it/slapd.rs"]
mod slapd;

use common::{Capture, client_runtime, ms, percentile, seconds, warmup_seconds};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::config::TenantConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directories, Directory, PasswordWrite};
use latchkey_server::flows::admin::{self, UserSpec};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::{NewMethod, Store, UserRow};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Every bench user's first password (meets both directories' rules).
const FIRST_PW: &str = samba::FIXTURE_PW;
/// Users each concurrent flow takes turns with: a tenant allows 100 reset starts per name a day
/// (`reset_attempts_per_day`, at most 100), which a fast connector would otherwise reach mid-run.
const USERS_PER_FLOW: usize = 4;

fn env_usize(key: &str, default: usize) -> usize {
    std::env::var(key).ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

/// A fresh password for round `n` of user `i`: unique, long and mixed enough for either directory.
fn password(i: usize, n: u64) -> String {
    const W: &[&str] = &[
        "Amber", "Violet", "Harbor", "Tractor", "Granite", "Meadow", "Lantern", "Cobalt",
    ];
    format!("{}-{}-{i}x{n}-q", W[i % 8], W[(n % 8) as usize])
}

fn write<'a>(user: &'a UserRow, by: Changer<'a>, new: &'a Secret) -> PasswordWrite<'a> {
    PasswordWrite {
        user,
        by,
        new,
        must_change: false,
        keep_history: 0,
        history_check: 0,
        completes_reset: None,
        end_sessions: None,
        audit: None,
    }
}

/// A flows tenant: SSPR for all, one email method, no captcha work, limits out of the way.
fn tenant_config(slug: &str, directory: &str) -> TenantConfig {
    toml::from_str(&format!(
        "slug = \"{slug}\"\nname = \"Bench\"\n[policy]\nsspr_enabled = \"all\"\nallowed_methods = \"totp,email,phone\"\n\
         methods_required = 1\ncaptcha_difficulty = 0\nreset_attempts_per_day = 100\nemails_per_10_minutes = 100\n\
         password_history = 0\n{directory}"
    ))
    .unwrap()
}

struct Writebacks {
    change: Vec<Duration>,
    reset: Vec<Duration>,
    unlock: Vec<Duration>,
}

/// Times `writes` rounds of change, reset and unlock of `user` through the trait; `lock` locks
/// the account between the reset and the unlock, outside the clock.
async fn writeback_latency(
    ldap: &LdapDirectory,
    store: &Store,
    user: &UserRow,
    writes: usize,
    lock: impl Fn(),
) -> Writebacks {
    let mut out = Writebacks {
        change: Vec::new(),
        reset: Vec::new(),
        unlock: Vec::new(),
    };
    let mut current = Secret::new(FIRST_PW);
    for n in 0..writes as u64 {
        let new = Secret::new(password(99, 2 * n));
        let t = Instant::now();
        ldap.set_password(store, write(user, Changer::User { current: &current }, &new))
            .await
            .expect("change");
        out.change.push(t.elapsed());
        let next = Secret::new(password(99, 2 * n + 1));
        let t = Instant::now();
        ldap.set_password(store, write(user, Changer::Reset, &next))
            .await
            .expect("reset");
        out.reset.push(t.elapsed());
        current = next;
        lock();
        let t = Instant::now();
        ldap.unlock(store, user).await.expect("unlock");
        out.unlock.push(t.elapsed());
    }
    out
}

fn latency_table(title: &str, labels: [&str; 3], w: &Writebacks, binds: u64) {
    println!("\n{title}, through the Directory trait, one at a time");
    println!("| writeback | n | p50 | p99 |");
    println!("|---|---|---|---|");
    for (label, v) in labels.iter().zip([&w.change, &w.reset, &w.unlock]) {
        println!(
            "| {label} | {} | {} | {} |",
            v.len(),
            ms(percentile(v, 50)),
            ms(percentile(v, 99))
        );
    }
    println!("service-account binds for all of it: {binds}");
}

/// Complete reset flows per second through HTTP for one tenant, `flows` at once (flow `i` takes
/// turns with users `flow{i + flows * k}`, email `flow{j}@example.org`); also the latency of the
/// password step (the writeback).
async fn flows_per_sec(base: String, capture: Arc<Capture>, flows: usize) -> (f64, u64, Vec<Duration>) {
    let secs = seconds();
    let begin = Instant::now() + Duration::from_secs(warmup_seconds());
    let stop = begin + Duration::from_secs(secs);
    let client = reqwest::Client::new();
    let rt = client_runtime();
    let mut tasks = Vec::new();
    for i in 0..flows {
        let (client, base, capture) = (client.clone(), base.clone(), capture.clone());
        tasks.push(rt.spawn(async move {
            let post = |path: String, body: Value| {
                let client = client.clone();
                async move {
                    let r = client.post(path).json(&body).send().await.unwrap();
                    let ok = r.status().is_success();
                    (ok, r.json::<Value>().await.unwrap_or(Value::Null))
                }
            };
            let (mut done, mut failed, mut n) = (0u64, 0u64, 0u64);
            let mut writes = Vec::new();
            while Instant::now() < stop {
                let j = i + flows * (n as usize % USERS_PER_FLOW);
                let (_, c) = post(format!("{base}/captcha"), json!({})).await;
                let (ok, v) = post(
                    format!("{base}/resets"),
                    json!({"username": format!("flow{j}"), "captcha": {"id": c["id"], "solution": "0"}}),
                )
                .await;
                if !ok {
                    failed += 1;
                    if failed <= 2 {
                        eprintln!("reset start refused: {v}");
                    }
                    continue;
                }
                let reset = v["reset_id"].as_str().unwrap_or_default().to_string();
                let method = v["methods"][0]["id"].clone();
                post(
                    format!("{base}/resets/{reset}/challenges"),
                    json!({"method_id": method}),
                )
                .await;
                let code = capture.last_code(&format!("flow{j}@example.org")).await;
                let (ok, v) = post(
                    format!("{base}/resets/{reset}/verify"),
                    json!({"method_id": method, "code": code}),
                )
                .await;
                if !ok {
                    failed += 1;
                    if failed <= 2 {
                        eprintln!("verification refused: {v}");
                    }
                    continue;
                }
                let t = Instant::now();
                let (ok, v) = post(
                    format!("{base}/resets/{reset}/password"),
                    json!({"new_password": password(j, n + 1)}),
                )
                .await;
                let now = Instant::now();
                if ok {
                    n += 1;
                    if now >= begin && now <= stop {
                        done += 1;
                        writes.push(now - t);
                    }
                } else {
                    failed += 1;
                    eprintln!("reset failed: {v}");
                }
            }
            (done, failed, writes)
        }));
    }
    let (mut done, mut failed, mut writes) = (0, 0, Vec::new());
    for t in tasks {
        let (d, f, w) = t.await.unwrap();
        done += d;
        failed += f;
        writes.extend(w);
    }
    rt.shutdown_background();
    writes.sort();
    (done as f64 / secs as f64, failed, writes)
}

/// A verified email method `flow{i}@example.org` for a user.
async fn with_email(store: &Store, tenant_id: &str, user_id: &str, i: usize) {
    let to = format!("flow{i}@example.org");
    let m = NewMethod {
        tenant_id,
        user_id,
        kind: "email",
        name: None,
        destination: Some(&to),
        secret: None,
        data: json!({}),
        verified: true,
    };
    store.insert_method(&m, 0).await.unwrap();
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let writes = env_usize("LATCHKEY_BENCH_WRITES", 100);
        let flows = env_usize("LATCHKEY_BENCH_FLOWS", 8);
        let dir = std::env::temp_dir().join(format!("latchkey-bench-directory-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&Store::sqlite_url(&dir)).await.unwrap();
        let hasher = Hasher::default();

        // The directories, with the flow users and one writeback user each.
        let started = Instant::now();
        let slapd = slapd::Slapd::start();
        let mut people = String::new();
        let users = flows * USERS_PER_FLOW;
        for name in (0..users).map(|i| format!("flow{i}")).chain(["bench-writeback".to_string()]) {
            people.push_str(&format!(
                "dn: uid={name},ou=people,{}\nobjectClass: inetOrgPerson\nuid: {name}\ncn: {name}\nsn: {name}\n\
                 userPassword: {FIRST_PW}\n\n",
                slapd::SUFFIX
            ));
        }
        slapd.ldif("ldapadd", &people);
        let dc = samba::exclusive().await;
        for i in 0..users {
            dc.create_user(&format!("flow{i}"), "+14255550101");
        }
        dc.create_user("bench-writeback", "+14255550100");
        println!(
            "slapd and the Samba AD domain controller ready in {:.1} s",
            started.elapsed().as_secs_f64()
        );

        let configs = [
            ("builtin", tenant_config("builtin", "")),
            ("openldap", tenant_config("openldap", &slapd.directory_toml().replace("pool_size = 2", "pool_size = 4"))),
            (
                "ad",
                tenant_config(
                    "ad",
                    &dc.directory_toml(samba::Transport::Ldaps)
                        .replace("pool_size = 2", "pool_size = 4"),
                ),
            ),
        ];
        let mut directories = HashMap::new();
        let mut ldaps = HashMap::new();
        for (slug, cfg) in &configs {
            admin::apply_tenant_config(&store, cfg).await.unwrap();
            let tenant = admin::tenant(&store, slug).await.unwrap();
            for i in 0..users {
                let user_id = match &cfg.directory {
                    None => {
                        let spec = UserSpec {
                            username: format!("flow{i}"),
                            password: Secret::new(FIRST_PW),
                            ..Default::default()
                        };
                        admin::add_user(&store, &hasher, slug, &spec).await.unwrap().id
                    }
                    Some(d) => {
                        let ldap = ldaps
                            .entry(*slug)
                            .or_insert_with(|| Arc::new(LdapDirectory::build(d).unwrap()));
                        let account = ldap.find(&store, tenant.id(), &format!("flow{i}")).await.unwrap();
                        account.unwrap().row.id
                    }
                };
                with_email(&store, tenant.id(), &user_id, i).await;
            }
            if let Some(ldap) = ldaps.get(slug) {
                directories.insert(slug.to_string(), ldap.clone() as Arc<dyn Directory>);
            }
        }

        // 1. Writeback latency, one flavor at a time.
        for slug in ["openldap", "ad"] {
            let ldap = &ldaps[slug];
            let tenant = admin::tenant(&store, slug).await.unwrap();
            let user = ldap
                .find(&store, tenant.id(), "bench-writeback")
                .await
                .unwrap()
                .unwrap()
                .row;
            let binds_before = ldap.service_binds();
            if slug == "openldap" {
                let dn = format!("uid=bench-writeback,ou=people,{}", slapd::SUFFIX);
                let lock = || {
                    slapd.ldif(
                        "ldapmodify",
                        &format!("dn: {dn}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 20260101000000Z\n"),
                    )
                };
                let w = writeback_latency(ldap, &store, &user, writes, lock).await;
                latency_table(
                    "Writeback latency against local slapd (StartTLS)",
                    [
                        "change (bind as user + Password Modify)",
                        "reset (service account Password Modify)",
                        "unlock (delete pwdAccountLockedTime)",
                    ],
                    &w,
                    ldap.service_binds() - binds_before,
                );
            } else {
                let lock = || {
                    for _ in 0..samba::DOMAIN_LOCKOUT_THRESHOLD {
                        assert!(!dc.binds("bench-writeback", "Wrong-Password-123"));
                    }
                };
                let w = writeback_latency(ldap, &store, &user, writes, lock).await;
                latency_table(
                    "Writeback latency against local Samba AD (LDAPS)",
                    [
                        "change (bind as user + delete/add unicodePwd)",
                        "reset (service account replace unicodePwd + policy hints)",
                        "unlock (lockoutTime: 0)",
                    ],
                    &w,
                    ldap.service_binds() - binds_before,
                );
            }
        }

        // 2. Complete reset flows per second through HTTP, every tenant in the same run.
        let capture = Arc::new(Capture::default());
        let state = AppState::new(
            store,
            Arc::new(SystemClock),
            hasher.clone(),
            capture.clone(),
            latchkey_server::crypto::Vault::from_key([3; 32]),
            "http://localhost",
        )
        .with_directories(Directories::new(
            Arc::new(latchkey_server::directory::builtin::BuiltinDirectory::new(hasher)),
            directories,
        ));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        latchkey_server::flows::delivery_queue::spawn_worker(state.clone());
        let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let mut results = Vec::new();
        for (slug, _) in &configs {
            let base = format!("http://{addr}/api/v1/tenants/{slug}");
            let (rate, failed, w) = flows_per_sec(base, capture.clone(), flows).await;
            results.push((*slug, rate, failed, w));
        }
        println!(
            "\nFull reset flows per second, {flows} concurrent, SQLite, {} s each after {} s warm-up",
            seconds(),
            warmup_seconds()
        );
        println!("| directory | flows/s | of built-in | failed | password step p50 | p99 |");
        println!("|---|---|---|---|---|---|");
        let builtin = results[0].1.max(0.001);
        for (slug, rate, failed, w) in &results {
            println!(
                "| {slug} | {rate:.1} | {:.2} | {failed} | {} | {} |",
                rate / builtin,
                ms(percentile(w, 50)),
                ms(percentile(w, 99))
            );
        }
        println!("(goal: each connector at least 0.80 of built-in; password step p99 under 100 ms)");
        drop(dc);
        drop(slapd);
        let _ = std::fs::remove_dir_all(&dir);
    });
}
