//! `cargo bench -p latchkey-server --bench directory_ad`: writeback latency, p50 and p99, of the
//! Active Directory flavor against a local Samba AD domain controller over LDAPS (the test
//! suite's domain, `tests/it/samba.rs`: provisioned once, then copied): a change (bind as the
//! user + `delete`/`add` of `unicodePwd`), a reset (the service account's `replace` with the
//! policy-hints control) and an unlock (`lockoutTime: 0` on an account locked by five wrong
//! passwords just before), each through the `Directory` trait, one at a time
//! (`LATCHKEY_BENCH_WRITES`, 100 each). Locking the account is not measured.
//!
//! Then complete reset flows per second through the real HTTP server (captcha, start, email
//! code, verify, new password) for a built-in tenant and an Active Directory tenant in the same
//! run, `LATCHKEY_BENCH_AD_FLOWS` (8) at once, `LATCHKEY_BENCH_SECONDS` each after the warm-up.

mod common;
#[path = "../tests/it/samba.rs"]
mod samba;

use common::{Capture, client_runtime, ms, percentile, seconds, warmup_seconds};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::admin::{self, UserSpec};
use latchkey_server::config::TenantConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directories, Directory, PasswordWrite};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::{NewMethod, Store, UserRow};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn row(what: &str, v: &mut [Duration]) -> String {
    v.sort();
    format!(
        "| {what} | {} | {} | {} |",
        v.len(),
        ms(percentile(v, 50)),
        ms(percentile(v, 99))
    )
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

fn password(n: usize) -> String {
    format!("Kettle-Nimbus-{n}-Harbor")
}

/// The tenant of a flows run: SSPR for all, one email method, no captcha work, limits out of
/// the way (the same as the OpenLDAP benchmark's).
fn tenant_config(slug: &str, directory: &str) -> TenantConfig {
    toml::from_str(&format!(
        "slug = \"{slug}\"\nname = \"Bench\"\n[policy]\nsspr_enabled = \"all\"\nallowed_methods = \"totp,email,phone\"\n\
         methods_required = 1\ncaptcha_difficulty = 0\nreset_attempts_per_day = 100\nemails_per_10_minutes = 100\n\
         password_history = 0\n{directory}"
    ))
    .unwrap()
}

/// Complete reset flows per second through HTTP for one tenant, `flows` at once; also the
/// latency of the password step (the writeback).
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
            let (mut done, mut failed, mut n) = (0u64, 0u64, 0usize);
            let mut writes = Vec::new();
            while Instant::now() < stop {
                let (_, c) = post(format!("{base}/captcha"), json!({})).await;
                let (ok, v) = post(
                    format!("{base}/resets"),
                    json!({"username": format!("flow{i}"), "captcha": {"id": c["id"], "solution": "0"}}),
                )
                .await;
                if !ok {
                    failed += 1;
                    eprintln!("start failed: {v}");
                    continue;
                }
                let reset = v["reset_id"].as_str().unwrap_or_default().to_string();
                let method = v["methods"][0]["id"].clone();
                post(
                    format!("{base}/resets/{reset}/challenges"),
                    json!({"method_id": method}),
                )
                .await;
                let code = capture.last_code(&format!("flow{i}@example.org")).await;
                let (ok, v) = post(
                    format!("{base}/resets/{reset}/verify"),
                    json!({"method_id": method, "code": code}),
                )
                .await;
                if !ok {
                    failed += 1;
                    eprintln!("verify failed: {v}");
                    continue;
                }
                n += 1;
                let t = Instant::now();
                let (ok, v) = post(
                    format!("{base}/resets/{reset}/password"),
                    json!({"new_password": format!("Kettle-Nimbus-{i}x{n}-Harbor")}),
                )
                .await;
                let now = Instant::now();
                if ok {
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
    (done as f64 / secs as f64, failed, writes)
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let writes: usize = std::env::var("LATCHKEY_BENCH_WRITES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(100);
        let started = Instant::now();
        let dc = samba::exclusive().await;
        println!(
            "Samba AD domain controller ready in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let name = "bench-writeback";
        dc.create_user(name, "+14255550100");
        let dir = std::env::temp_dir().join(format!("latchkey-bench-ad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&Store::sqlite_url(&dir)).await.unwrap();
        let cfg: TenantConfig = toml::from_str(&format!(
            "slug = \"bench\"\nname = \"Bench\"\n{}",
            dc.directory_toml(samba::Transport::Ldaps)
        ))
        .unwrap();
        admin::apply_tenant_config(&store, &cfg).await.unwrap();
        let tenant = admin::tenant(&store, "bench").await.unwrap();
        let ldap = LdapDirectory::build(cfg.directory.as_ref().unwrap()).unwrap();
        let user = ldap.find(&store, tenant.id(), name).await.unwrap().unwrap().row;

        let (mut change, mut reset, mut unlock) = (Vec::new(), Vec::new(), Vec::new());
        let mut current = Secret::new(samba::FIXTURE_PW);
        for n in 0..writes {
            let new = Secret::new(password(2 * n));
            let t = Instant::now();
            ldap.set_password(&store, write(&user, Changer::User { current: &current }, &new))
                .await
                .expect("change");
            change.push(t.elapsed());
            let next = Secret::new(password(2 * n + 1));
            let t = Instant::now();
            ldap.set_password(&store, write(&user, Changer::Reset, &next))
                .await
                .expect("reset");
            reset.push(t.elapsed());
            current = next;
            // Five wrong passwords lock it (outside the clock), then the unlock is timed.
            for _ in 0..samba::DOMAIN_LOCKOUT_THRESHOLD {
                assert!(!dc.binds(name, "Wrong-Password-123"));
            }
            assert_ne!(dc.read(name, "lockoutTime").as_deref(), Some("0"), "locked");
            let t = Instant::now();
            ldap.unlock(&store, &user).await.expect("unlock");
            unlock.push(t.elapsed());
        }
        println!("\nWriteback latency against local Samba AD (LDAPS), through the Directory trait, one at a time");
        println!("| writeback | n | p50 | p99 |");
        println!("|---|---|---|---|");
        println!("{}", row("change (bind as user + delete/add unicodePwd)", &mut change));
        println!(
            "{}",
            row("reset (service account replace unicodePwd + policy hints)", &mut reset)
        );
        println!("{}", row("unlock (lockoutTime: 0)", &mut unlock));
        println!("service-account binds for all of it: {}", ldap.service_binds());

        // 2. Complete reset flows per second through HTTP, built-in vs Active Directory, same run.
        let flows: usize = std::env::var("LATCHKEY_BENCH_AD_FLOWS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(8);
        let builtin_cfg = tenant_config("builtin", "");
        let ad_cfg = tenant_config(
            "ad",
            &dc.directory_toml(samba::Transport::Ldaps)
                .replace("pool_size = 2", "pool_size = 4"),
        );
        admin::apply_tenant_config(&store, &builtin_cfg).await.unwrap();
        admin::apply_tenant_config(&store, &ad_cfg).await.unwrap();
        let ad = Arc::new(LdapDirectory::build(ad_cfg.directory.as_ref().unwrap()).unwrap());
        let hasher = Hasher::default();
        let builtin_tenant = admin::tenant(&store, "builtin").await.unwrap();
        let ad_tenant = admin::tenant(&store, "ad").await.unwrap();
        for i in 0..flows {
            let name = format!("flow{i}");
            dc.create_user(&name, "+14255550101");
            let u = admin::add_user(
                &store,
                &hasher,
                "builtin",
                &UserSpec {
                    username: name.clone(),
                    password: Secret::new(samba::FIXTURE_PW),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            let account = ad.find(&store, ad_tenant.id(), &name).await.unwrap().unwrap();
            for (tenant, user_id) in [
                (builtin_tenant.id(), u.id.clone()),
                (ad_tenant.id(), account.row.id.clone()),
            ] {
                let to = format!("{name}@example.org");
                let m = NewMethod {
                    tenant_id: tenant,
                    user_id: &user_id,
                    kind: "email",
                    name: None,
                    destination: Some(&to),
                    secret: None,
                    data: json!({}),
                    verified: true,
                };
                store.insert_method(&m, 0).await.unwrap();
            }
        }
        let capture = Arc::new(Capture::default());
        let directories = Directories::new(
            Arc::new(latchkey_server::directory::builtin::BuiltinDirectory::new(
                hasher.clone(),
            )),
            HashMap::from([("ad".to_string(), ad.clone() as Arc<dyn Directory>)]),
        );
        let state = AppState::new(
            store,
            Arc::new(SystemClock),
            hasher,
            capture.clone(),
            latchkey_server::crypto::Vault::from_key([3; 32]),
            "http://localhost",
        )
        .with_directories(directories);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        latchkey_server::delivery::queue::spawn_worker(state.clone());
        let app = latchkey_server::http::app(state).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let mut results = Vec::new();
        for slug in ["builtin", "ad"] {
            let (rate, failed, mut w) =
                flows_per_sec(format!("http://{addr}/api/v1/tenants/{slug}"), capture.clone(), flows).await;
            w.sort();
            results.push((slug, rate, failed, w));
        }
        println!(
            "\nFull reset flows per second, {flows} concurrent, SQLite, {} s each after {} s warm-up",
            seconds(),
            warmup_seconds()
        );
        println!("| directory | flows/s | failed | password step p50 | p99 |");
        println!("|---|---|---|---|---|");
        for (slug, rate, failed, w) in &results {
            println!(
                "| {slug} | {rate:.1} | {failed} | {} | {} |",
                ms(percentile(w, 50)),
                ms(percentile(w, 99))
            );
        }
        let ratio = results[1].1 / results[0].1.max(0.001);
        println!("Active Directory / built-in throughput: {ratio:.2} (goal: at least 0.80)");
        let _ = std::fs::remove_dir_all(&dir);
    });
}
