//! Two real `latchkey-server` processes sharing one PostgreSQL database (and one key file), the
//! way a multi-instance deployment runs: concurrent wrong codes against one reset, split across
//! both processes, never check more guesses than the code's attempt limit.
//!
//! Runs when `LATCHKEY_TEST_DATABASE_URL` is set (`./dev test` always sets it).

use crate::support::{Db, database_url, temp_dir};
use latchkey_server::flows::security_info::CODE_MAX_ATTEMPTS;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const PASSWORD: &str = "Orchid-Canyon-Beacon-73";
const NEW_PASSWORD: &str = "Lantern-Quartz-Meadow-58";
const EMAIL: &str = "sam.home@example.org";
const GUESSES: usize = 50;

pub(crate) fn server_command(config: &Path, data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_latchkey-server"));
    cmd.arg("--config")
        .arg(config)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("LATCHKEY_DATABASE_URL")
        .env_remove("LATCHKEY_CONFIG")
        .env_remove("LATCHKEY_DATA_DIR")
        .env("LATCHKEY_LOG", "warn");
    cmd
}

/// The admin CLI against the shared database; panics with its output when it fails.
pub(crate) fn admin(config: &Path, data_dir: &Path, args: &[&str]) -> String {
    let out = server_command(config, data_dir)
        .arg("admin")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "admin {args:?}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// A running server process, killed (and reaped) when dropped, so a failing test never leaves
/// one behind or hangs.
pub(crate) struct Server {
    child: Child,
    pub(crate) origin: String,
    pub(crate) base: String,
    pub(crate) data_dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `serve` on a free port and waits for the address it prints.
    pub(crate) fn start(config: &Path, data_dir: PathBuf) -> Server {
        let mut child = server_command(config, &data_dir)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("Latchkey server listening on ") {
                    let _ = tx.send(addr.trim().to_string());
                }
            }
        });
        // The guard exists before the wait, so a server that never answers is still killed.
        let mut server = Server {
            child,
            origin: String::new(),
            base: String::new(),
            data_dir,
        };
        let addr = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the server prints its address within a minute");
        server.base = format!("{addr}/api/v1/tenants/contoso");
        server.origin = addr;
        server
    }

    pub(crate) async fn post(&self, path: &str, body: Value, token: Option<&str>) -> (u16, Value) {
        let mut req = reqwest::Client::new()
            .post(format!("{}{path}", self.base))
            .timeout(Duration::from_secs(60))
            .json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// Signs `username` in and registers a verified email (codes read from this instance's
    /// outbox); the method's id.
    pub(crate) async fn register_email(&self, username: &str, password: &str, email: &str) -> String {
        let (s, v) = self
            .post("/sessions", json!({"username": username, "password": password}), None)
            .await;
        assert_eq!(s, 200, "{v}");
        let token = v["token"].as_str().unwrap().to_string();
        let (s, v) = self
            .post("/me/methods/email", json!({"address": email}), Some(&token))
            .await;
        assert_eq!(s, 200, "{v}");
        let method = v["id"].as_str().unwrap().to_string();
        let (s, v) = self
            .post(
                &format!("/me/methods/email/{method}/verify"),
                json!({"code": self.last_code(email)}),
                Some(&token),
            )
            .await;
        assert_eq!(s, 200, "{v}");
        method
    }

    /// Starts a reset for `username` with a solved proof-of-work captcha; the start's answer.
    pub(crate) async fn start_reset(&self, username: &str) -> Value {
        let (s, c) = self.post("/captcha", json!({}), None).await;
        assert_eq!(s, 200, "{c}");
        let solution = latchkey_core::captcha::solve(
            c["challenge"].as_str().unwrap(),
            c["difficulty"].as_u64().unwrap() as u32,
            |_| {},
        );
        let (s, v) = self
            .post(
                "/resets",
                json!({"username": username, "captcha": {"id": c["id"], "solution": solution}}),
                None,
            )
            .await;
        assert_eq!(s, 200, "{v}");
        v
    }

    /// The newest code this process sent to `to` (waiting up to 10 s for its delivery worker).
    pub(crate) fn last_code(&self, to: &str) -> String {
        self.codes(to).pop().expect("a code was sent")
    }

    /// The codes this process sent to `to`, oldest first: once at least `min` are there, or after
    /// 10 s (the delivery worker sends in the background).
    pub(crate) fn codes_at_least(&self, to: &str, min: usize) -> Vec<String> {
        for _ in 0..200 {
            let codes = self.codes(to);
            if codes.len() >= min {
                return codes;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.codes(to)
    }

    fn codes(&self, to: &str) -> Vec<String> {
        std::fs::read_to_string(self.data_dir.join("outbox.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .filter(|m| m["to"] == to && m["code"].is_string())
            .map(|m| m["code"].as_str().unwrap().to_string())
            .collect()
    }
}

/// Tenant `contoso` lets everyone reset, with a quick captcha.
fn open_reset_for_all(config: &Path, seed: &Path) {
    for (k, v) in [("sspr_enabled", "all"), ("captcha_difficulty", "4")] {
        admin(
            config,
            seed,
            &["policy", "set", "--tenant", "contoso", "--key", k, "--value", v],
        );
    }
}

/// Asks `server` to send a code for the reset; returns the code from its outbox.
async fn challenge(server: &Server, reset: &str, method: &str) -> String {
    let before = server.codes(EMAIL).len();
    let (s, v) = server
        .post(
            &format!("/resets/{reset}/challenges"),
            json!({"method_id": method}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    server.codes_at_least(EMAIL, before + 1).pop().expect("a code was sent")
}

fn error_code(v: &Value) -> String {
    v["error"]["code"].as_str().unwrap_or("<no code>").to_string()
}

/// Sends `n` copies of a wrong code at once, alternating between the two processes; returns the
/// error code of every answer.
async fn guess_wrong(servers: &[&Server; 2], reset: &str, method: &str, wrong: &str, n: usize) -> Vec<String> {
    let client = reqwest::Client::new();
    let mut tasks = Vec::new();
    for i in 0..n {
        let url = format!("{}/resets/{reset}/verify", servers[i % 2].base);
        let (client, body) = (client.clone(), json!({"method_id": method, "code": wrong}));
        tasks.push(tokio::spawn(async move {
            let resp = client
                .post(url)
                .timeout(Duration::from_secs(60))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status().as_u16(), 400);
            error_code(&resp.json().await.unwrap())
        }));
    }
    let mut codes = Vec::new();
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    codes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_wrong_codes_across_two_processes_sharing_postgres() {
    if std::env::var_os("LATCHKEY_TEST_DATABASE_URL").is_none() {
        eprintln!("skipped: LATCHKEY_TEST_DATABASE_URL is not set");
        return;
    }
    let dir = temp_dir("procs");
    let url = database_url(Db::Postgres, &dir).await;
    let key = dir.join("shared.key");
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).unwrap();
    std::fs::write(&key, bytes).unwrap();
    let config = dir.join("latchkey.toml");
    std::fs::write(
        &config,
        format!(
            "database_url = {}\nkey_file = {}\npublic_url = \"https://sspr.example.test\"\n\
             [[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n[tenant.delivery.email]\nkind = \"outbox\"\n",
            toml::Value::String(url),
            toml::Value::String(key.display().to_string())
        ),
    )
    .unwrap();

    let seed = dir.join("cli");
    admin(
        &config,
        &seed,
        &[
            "user",
            "add",
            "--tenant",
            "contoso",
            "--username",
            "sam",
            "--password",
            PASSWORD,
        ],
    );
    open_reset_for_all(&config, &seed);

    let a = Server::start(&config, dir.join("a"));
    let b = Server::start(&config, dir.join("b"));

    // Sam registers an email on A (no methods yet, so the password alone gives a full session).
    let method = a.register_email("sam", PASSWORD, EMAIL).await;

    // The reset starts on B with a solved proof-of-work captcha; the code is sent by A.
    let v = b.start_reset("sam").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    assert!(
        v["methods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == method.as_str())
    );
    let right = challenge(&a, &reset, &method).await;
    let wrong = if right == "111111" { "222222" } else { "111111" };

    // 50 wrong guesses at once, half on each process: only the limit's worth is ever checked;
    // every other answer says the attempts are used up.
    let codes = guess_wrong(&[&a, &b], &reset, &method, wrong, GUESSES).await;
    let checked = codes.iter().filter(|c| *c == "code.invalid").count();
    let refused = codes.iter().filter(|c| *c == "code.attempts_exceeded").count();
    assert_eq!(checked + refused, GUESSES, "unexpected answers: {codes:?}");
    assert_eq!(
        checked, CODE_MAX_ATTEMPTS as usize,
        "{checked} guesses checked across two processes; the limit is {CODE_MAX_ATTEMPTS}"
    );
    // The audit log (read through the admin CLI) agrees: one failure per guess, and only the
    // checked ones were judged wrong.
    let audit: Value = serde_json::from_str(&admin(
        &config,
        &seed,
        &["audit", "--tenant", "contoso", "--event", "reset.verify", "--json"],
    ))
    .unwrap();
    let events = audit.as_array().unwrap();
    assert_eq!(events.len(), GUESSES);
    assert!(events.iter().all(|e| e["outcome"] == "failure"));
    let judged = events.iter().filter(|e| e["detail"]["code"] == "code.invalid").count();
    assert_eq!(judged, checked);
    // The right code is now refused too, on either process.
    for srv in [&a, &b] {
        let (s, v) = srv
            .post(
                &format!("/resets/{reset}/verify"),
                json!({"method_id": method, "code": right}),
                None,
            )
            .await;
        assert_eq!((s, error_code(&v).as_str()), (400, "code.attempts_exceeded"));
    }

    // A fresh code (sent by B) with one guess fewer than the limit used up: the right code still
    // works, and the reset finishes on the other process.
    let right = challenge(&b, &reset, &method).await;
    let wrong = if right == "111111" { "222222" } else { "111111" };
    let below = CODE_MAX_ATTEMPTS as usize - 1;
    let codes = guess_wrong(&[&a, &b], &reset, &method, wrong, below).await;
    assert!(codes.iter().all(|c| c == "code.invalid"), "{codes:?}");
    let (s, v) = a
        .post(
            &format!("/resets/{reset}/verify"),
            json!({"method_id": method, "code": right}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["remaining"], 0);
    let (s, v) = b
        .post(
            &format!("/resets/{reset}/password"),
            json!({"new_password": NEW_PASSWORD}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = a
        .post("/sessions", json!({"username": "sam", "password": NEW_PASSWORD}), None)
        .await;
    assert_eq!(s, 200, "{v}");
    drop((a, b));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `serve` that is expected to refuse to start: its stderr, once it exited (killed after a
/// minute if it did not).
pub(crate) fn serve_refused(config: &Path, data_dir: &Path) -> String {
    let mut child = server_command(config, data_dir)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(!status.success());
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            return err;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server started although it should have refused");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Two processes that share only the database and the key file work as one (the test above);
/// a third with its own key is refused at start, naming `key_file`, instead of answering
/// `code.invalid` to every code the others send.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instance_with_another_key_is_refused() {
    if std::env::var_os("LATCHKEY_TEST_DATABASE_URL").is_none() {
        eprintln!("skipped: LATCHKEY_TEST_DATABASE_URL is not set");
        return;
    }
    let dir = temp_dir("keys");
    let url = database_url(Db::Postgres, &dir).await;
    let config_with = |name: &str, key: &Path| {
        let config = dir.join(name);
        std::fs::write(
            &config,
            format!(
                "database_url = {}\nkey_file = {}\n",
                toml::Value::String(url.clone()),
                toml::Value::String(key.display().to_string())
            ),
        )
        .unwrap();
        config
    };
    let shared = config_with("shared.toml", &dir.join("shared.key"));
    let a = Server::start(&shared, dir.join("a"));
    let b = Server::start(&shared, dir.join("b"));
    for srv in [&a, &b] {
        let resp = reqwest::get(format!("{}/healthz", srv.origin)).await.unwrap();
        assert_eq!(resp.status().as_u16(), 200);
    }
    let other_key = dir.join("other.key");
    let other = config_with("other.toml", &other_key);
    let err = serve_refused(&other, &dir.join("c"));
    assert!(
        err.contains("key_file") && err.contains(&other_key.display().to_string()),
        "{err}"
    );
    // A data dir of its own without key_file is refused the same way.
    let own = dir.join("own.toml");
    std::fs::write(&own, format!("database_url = {}\n", toml::Value::String(url.clone()))).unwrap();
    let err = serve_refused(&own, &dir.join("d"));
    assert!(err.contains("key_file"), "{err}");
    drop((a, b));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Two real server processes on one PostgreSQL database and one OpenLDAP directory (a real
/// slapd): security info registered through one is used by the other, a reset started on one
/// finishes on the other and writes the directory once, and one client's failures sent to both
/// are counted together.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_postgres_and_one_directory() {
    use crate::slapd::{ALEX_DN, Slapd};
    use crate::support::ALEX_PW;
    if std::env::var_os("LATCHKEY_TEST_DATABASE_URL").is_none() {
        eprintln!("skipped: LATCHKEY_TEST_DATABASE_URL is not set");
        return;
    }
    const ALEX_EMAIL: &str = "alex.home@example.org";
    let slapd = Slapd::start();
    let dir = temp_dir("procs-ldap");
    let url = database_url(Db::Postgres, &dir).await;
    let key = dir.join("shared.key");
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).unwrap();
    std::fs::write(&key, bytes).unwrap();
    let config = dir.join("latchkey.toml");
    std::fs::write(
        &config,
        format!(
            "database_url = {}\nkey_file = {}\npublic_url = \"https://sspr.example.test\"\n\
             [[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n[tenant.delivery.email]\nkind = \"outbox\"\n\
             [tenant.directory]\n{}",
            toml::Value::String(url),
            toml::Value::String(key.display().to_string()),
            slapd.directory_toml().replace("[directory]\n", "")
        ),
    )
    .unwrap();
    let seed = dir.join("cli");
    admin(
        &config,
        &seed,
        &["tenant", "add", "--slug", "contoso", "--name", "Contoso"],
    );
    open_reset_for_all(&config, &seed);
    let a = Server::start(&config, dir.join("a"));
    let b = Server::start(&config, dir.join("b"));

    // Alex signs in with the directory password on A and registers an email there.
    let method = a.register_email("alex", ALEX_PW, ALEX_EMAIL).await;
    // B knows the method: its sign-in asks for it.
    let (s, v) = b
        .post("/sessions", json!({"username": "alex", "password": ALEX_PW}), None)
        .await;
    assert_eq!((s, &v["mfa_required"]), (200, &json!(true)), "{v}");

    // The reset starts on B, its code is sent and checked by A, the password is set by B.
    let v = b.start_reset("alex").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let before = a.codes(ALEX_EMAIL).len();
    let (s, v) = a
        .post(
            &format!("/resets/{reset}/challenges"),
            json!({"method_id": method}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = a
        .post(
            &format!("/resets/{reset}/verify"),
            json!({"method_id": method, "code": a.codes_at_least(ALEX_EMAIL, before + 1).pop().unwrap()}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = b
        .post(
            &format!("/resets/{reset}/password"),
            json!({"new_password": NEW_PASSWORD}),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(slapd.binds(ALEX_DN, NEW_PASSWORD) && !slapd.binds(ALEX_DN, ALEX_PW));
    // The reset is used up on both.
    for srv in [&a, &b] {
        let (s, v) = srv
            .post(
                &format!("/resets/{reset}/password"),
                json!({"new_password": "Another-Fresh-Passw0rd-8"}),
                None,
            )
            .await;
        assert_eq!(s / 100, 4, "{v}");
    }
    assert!(slapd.binds(ALEX_DN, NEW_PASSWORD), "written once");
    for srv in [&a, &b] {
        let (s, v) = srv
            .post("/sessions", json!({"username": "alex", "password": NEW_PASSWORD}), None)
            .await;
        assert_eq!(s, 200, "{v}");
    }
    // Wrong passwords from one client split across both processes: they are counted together
    // (in the shared database), so this network is held back after two, one short of the
    // directory's lock (ppolicy pwdMaxFailure 3), by both processes alike.
    let mut statuses = Vec::new();
    for srv in [&a, &b, &a] {
        let (s, _) = srv
            .post(
                "/sessions",
                json!({"username": "alex", "password": "Wrong-Passw0rd-1"}),
                None,
            )
            .await;
        statuses.push(s);
    }
    assert_eq!(statuses, [401, 401, 403]);
    assert_eq!(
        slapd.read(ALEX_DN, "pwdAccountLockedTime"),
        None,
        "one network does not lock the account in the directory"
    );
    for srv in [&a, &b] {
        let (s, v) = srv
            .post("/sessions", json!({"username": "alex", "password": NEW_PASSWORD}), None)
            .await;
        assert_eq!(s, 403, "held back for this network on both: {v}");
    }
    drop((a, b));
    let _ = std::fs::remove_dir_all(&dir);
}
