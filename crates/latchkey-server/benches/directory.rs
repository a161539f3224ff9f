//! `cargo bench -p latchkey-server --bench directory`: the LDAP connector against a local
//! OpenLDAP `slapd` (started here: ppolicy overlay, StartTLS with a CA made by openssl).
//!
//! 1. Writeback latency, p50 and p99, of a change (bind as the user + Password Modify), a reset
//!    (service account's Password Modify) and an unlock (delete `pwdAccountLockedTime`), each
//!    through the `Directory` trait, one at a time (`LATCHKEY_BENCH_WRITES`, 300 each).
//! 2. Complete reset flows per second through the real HTTP server (captcha, start, email code,
//!    verify, new password) with 32 concurrent flows, for a built-in tenant and an LDAP tenant in
//!    the same run (`LATCHKEY_BENCH_SECONDS` each, 20 by default, after a 5 s warm-up), SQLite.

mod common;

use common::{Capture, client_runtime, ms, percentile, seconds, warmup_seconds};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::admin::{self, UserSpec};
use latchkey_server::config::TenantConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directories, Directory, PasswordWrite};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::{NewMethod, Store};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const FLOWS: usize = 32;
const SUFFIX: &str = "dc=bench,dc=test";
const ADMIN_DN: &str = "cn=admin,dc=bench,dc=test";
const ADMIN_PW: &str = "admin-secret";
const SERVICE_DN: &str = "cn=latchkey,dc=bench,dc=test";
const SERVICE_PW: &str = "service-secret-1";

struct Slapd {
    dir: PathBuf,
    port: u16,
    child: Child,
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn sh(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ldif(port: u16, tool: &str, text: &str) {
    let mut child = Command::new(tool)
        .args([
            "-x",
            "-H",
            &format!("ldap://127.0.0.1:{port}"),
            "-D",
            ADMIN_DN,
            "-w",
            ADMIN_PW,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
}

fn start_slapd(dir: &Path, users: usize) -> Slapd {
    let openssl = |args: &[&str]| sh(Command::new("openssl").current_dir(dir).args(args));
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=bench CA",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(dir.join("ext.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n").unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    std::fs::create_dir_all(dir.join("db")).unwrap();
    let d = dir.display();
    std::fs::write(
        dir.join("slapd.conf"),
        format!(
            "include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile {d}/slapd.pid
TLSCACertificateFile {d}/ca.pem
TLSCertificateFile {d}/server.pem
TLSCertificateKeyFile {d}/server.key
database mdb
maxsize 1073741824
suffix \"{SUFFIX}\"
rootdn \"{ADMIN_DN}\"
rootpw {ADMIN_PW}
directory {d}/db
access to attrs=userPassword
  by dn.exact=\"{SERVICE_DN}\" write
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact=\"{SERVICE_DN}\" manage
  by * read
overlay ppolicy
ppolicy_default \"cn=default,{SUFFIX}\"
ppolicy_use_lockout
ppolicy_hash_cleartext
"
        ),
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new("slapd")
        .arg("-f")
        .arg(dir.join("slapd.conf"))
        .args(["-h", &format!("ldap://127.0.0.1:{port}/"), "-d", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("slapd (Debian package slapd)");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "slapd did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut text = format!(
        "dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Bench\ndc: bench\n\n\
         dn: ou=people,{SUFFIX}\nobjectClass: organizationalUnit\nou: people\n\n\
         dn: cn=default,{SUFFIX}\nobjectClass: person\nobjectClass: pwdPolicy\ncn: default\nsn: default\n\
         pwdAttribute: userPassword\npwdMinLength: 10\npwdInHistory: 0\npwdMaxFailure: 5\npwdLockout: TRUE\n\
         pwdCheckQuality: 2\npwdMinAge: 0\n\n\
         dn: {SERVICE_DN}\nobjectClass: person\ncn: latchkey\nsn: service\nuserPassword: {SERVICE_PW}\n\n"
    );
    for i in 0..users {
        text.push_str(&format!(
            "dn: uid=user{i},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: user{i}\ncn: User {i}\nsn: {i}\n\
             mail: user{i}@bench.test\nuserPassword: {}\n\n",
            password(i, 0)
        ));
    }
    ldif(port, "ldapadd", &text);
    Slapd {
        dir: dir.to_path_buf(),
        port,
        child,
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

fn tenant_config(slug: &str, directory: Option<String>) -> TenantConfig {
    let text = format!(
        "slug = \"{slug}\"\nname = \"Bench\"\n[policy]\nsspr_enabled = \"all\"\nallowed_methods = \"totp,email,phone\"\n\
         methods_required = 1\ncaptcha_difficulty = 0\nreset_attempts_per_day = 100\nemails_per_10_minutes = 100\n\
         password_history = 0\n{}",
        directory.unwrap_or_default()
    );
    toml::from_str(&text).unwrap()
}

/// p50 and p99 of one writeback kind.
fn row(what: &str, v: &mut [Duration]) -> String {
    v.sort();
    format!(
        "| {what} | {} | {} | {} |",
        v.len(),
        ms(percentile(v, 50)),
        ms(percentile(v, 99))
    )
}

/// Reset flows per second through HTTP for one tenant.
async fn flows_per_sec(base: String, capture: Arc<Capture>) -> (f64, u64, Vec<Duration>) {
    let secs = seconds();
    let begin = Instant::now() + Duration::from_secs(warmup_seconds());
    let stop = begin + Duration::from_secs(secs);
    let client = reqwest::Client::new();
    let rt = client_runtime();
    let mut tasks = Vec::new();
    for i in 0..FLOWS {
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
                let (_, c) = post(format!("{base}/captcha"), json!({})).await;
                let (ok, v) = post(
                    format!("{base}/resets"),
                    json!({"username": format!("user{i}"), "captcha": {"id": c["id"], "solution": "0"}}),
                )
                .await;
                if !ok {
                    failed += 1;
                    continue;
                }
                let reset = v["reset_id"].as_str().unwrap_or_default().to_string();
                let method = v["methods"][0]["id"].clone();
                post(
                    format!("{base}/resets/{reset}/challenges"),
                    json!({"method_id": method}),
                )
                .await;
                let code = capture.last_code(&format!("user{i}@example.org")).await;
                let (ok, _) = post(
                    format!("{base}/resets/{reset}/verify"),
                    json!({"method_id": method, "code": code}),
                )
                .await;
                if !ok {
                    failed += 1;
                    continue;
                }
                let t = Instant::now();
                let (ok, v) = post(
                    format!("{base}/resets/{reset}/password"),
                    json!({"new_password": password(i, n + 1)}),
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
    (done as f64 / secs as f64, failed, writes)
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = std::env::temp_dir().join(format!("latchkey-bench-directory-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let slapd = start_slapd(&dir, FLOWS + 1);
        std::fs::write(dir.join("ldap.secret"), format!("{SERVICE_PW}\n")).unwrap();
        let directory_toml = format!(
            "[directory]\nkind = \"ldap\"\nflavor = \"openldap\"\nurl = \"ldap://127.0.0.1:{}\"\nstarttls = true\n\
             ca_file = \"{}\"\nbind_dn = \"{SERVICE_DN}\"\nbind_password_file = \"{}\"\nuser_base = \"ou=people,{SUFFIX}\"\n\
             policy_dn = \"cn=default,{SUFFIX}\"\n",
            slapd.port,
            dir.join("ca.pem").display(),
            dir.join("ldap.secret").display()
        );
        let store = Store::open(&Store::sqlite_url(&dir)).await.unwrap();
        let builtin_cfg = tenant_config("builtin", None);
        let ldap_cfg = tenant_config("ldap", Some(directory_toml));
        admin::apply_tenant_config(&store, &builtin_cfg).await.unwrap();
        admin::apply_tenant_config(&store, &ldap_cfg).await.unwrap();
        let ldap = Arc::new(LdapDirectory::build(ldap_cfg.directory.as_ref().unwrap()).unwrap());
        let hasher = Hasher::default();

        // Users: built-in ones with the same passwords, LDAP ones mirrored; each with a verified email.
        let builtin_tenant = admin::tenant(&store, "builtin").await.unwrap();
        let ldap_tenant = admin::tenant(&store, "ldap").await.unwrap();
        let mut ldap_rows = Vec::new();
        for i in 0..=FLOWS {
            let u = admin::add_user(
                &store,
                &hasher,
                "builtin",
                &UserSpec {
                    username: format!("user{i}"),
                    password: Secret::new(password(i, 0)),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            let account = ldap.find(&store, ldap_tenant.id(), &format!("user{i}")).await.unwrap().unwrap();
            for (tenant, user_id) in [(builtin_tenant.id(), u.id.clone()), (ldap_tenant.id(), account.row.id.clone())] {
                let to = format!("user{i}@example.org");
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
            ldap_rows.push(account.row);
        }

        // 1. Writeback latency through the trait, one at a time, on the last user.
        let writes: usize = std::env::var("LATCHKEY_BENCH_WRITES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300);
        let row_of = ldap_rows[FLOWS].clone();
        let dn = format!("uid=user{FLOWS},ou=people,{SUFFIX}");
        let (mut change, mut reset, mut unlock) = (Vec::new(), Vec::new(), Vec::new());
        let mut current = Secret::new(password(FLOWS, 0));
        for n in 1..=writes as u64 {
            let new = Secret::new(password(FLOWS, n * 2));
            let t = Instant::now();
            ldap.set_password(
                &store,
                PasswordWrite {
                    user: &row_of,
                    by: Changer::User { current: &current },
                    new: &new,
                    must_change: false,
                    keep_history: 0,
                    history_check: 0,
                    completes_reset: None,
                    end_sessions: None,
                    audit: None,
                },
            )
            .await
            .expect("change");
            change.push(t.elapsed());
            let next = Secret::new(password(FLOWS, n * 2 + 1));
            let t = Instant::now();
            ldap.set_password(
                &store,
                PasswordWrite {
                    user: &row_of,
                    by: Changer::Reset,
                    new: &next,
                    must_change: false,
                    keep_history: 0,
                    history_check: 0,
                    completes_reset: None,
                    end_sessions: None,
                    audit: None,
                },
            )
            .await
            .expect("reset");
            reset.push(t.elapsed());
            current = next;
            // Locked by the administrator (outside the clock), then unlocked through the trait.
            ldif(
                slapd.port,
                "ldapmodify",
                &format!("dn: {dn}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 20260101000000Z\n"),
            );
            let t = Instant::now();
            ldap.unlock(&store, &row_of).await.expect("unlock");
            unlock.push(t.elapsed());
        }
        println!("\nWriteback latency against local slapd (StartTLS), through the Directory trait, one at a time");
        println!("| writeback | n | p50 | p99 |");
        println!("|---|---|---|---|");
        println!("{}", row("change (bind as user + Password Modify)", &mut change));
        println!("{}", row("reset (service account Password Modify)", &mut reset));
        println!("{}", row("unlock (delete pwdAccountLockedTime)", &mut unlock));
        println!("service-account binds for all of it: {}", ldap.service_binds());

        // 2. Reset flows per second, built-in vs LDAP, same run.
        let capture = Arc::new(Capture::default());
        let directories = Directories::new(
            Arc::new(latchkey_server::directory::builtin::BuiltinDirectory::new(hasher.clone())),
            HashMap::from([("ldap".to_string(), ldap.clone() as Arc<dyn Directory>)]),
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
        for slug in ["builtin", "ldap"] {
            let (rate, failed, mut w) =
                flows_per_sec(format!("http://{addr}/api/v1/tenants/{slug}"), capture.clone()).await;
            w.sort();
            results.push((slug, rate, failed, w));
        }
        println!(
            "\nFull reset flows per second, {FLOWS} concurrent, SQLite, {} s each after {} s warm-up",
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
        println!("LDAP / built-in throughput: {ratio:.2} (goal: at least 0.80)");
        drop(slapd);
    });
}
