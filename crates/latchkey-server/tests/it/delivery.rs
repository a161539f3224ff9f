//! Email through a real SMTP server process (Python's aiosmtpd, which `./dev` installs) and text
//! messages through a real HTTP gateway on a socket: codes arrive there, not in the outbox, and
//! verify end to end; a server that is down or refusing fails with `delivery.failed`, for known
//! users and for an unknown name's decoys alike.

use crate::both;
use crate::support::{ALEX_PW, Db, Harness, code, temp_dir};
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use latchkey_server::config::Config;
use latchkey_server::flows::admin;
use serde_json::{Value, json};
use std::io::BufRead;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const T: &str = "/api/v1/tenants/contoso";
const M: &str = "/api/v1/tenants/contoso/me/methods";
const NEW_PW: &str = "Lantern-Quartz-Meadow-58";

/// An SMTP server that writes each message it accepts as one JSON line (headers decoded the way
/// a mail client would), and refuses every recipient while `<log>.refuse` exists.
const SINK_PY: &str = r#"
import asyncio, email, email.policy, json, os, ssl, sys
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

port, log = int(sys.argv[1]), sys.argv[2]
# Optional: certificate, key, user name and password. Then STARTTLS and sign-in are required.
secure = sys.argv[3:7]

class Sink:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if os.path.exists(log + ".refuse"):
            return "550 5.7.1 Relaying denied"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # A slow server: every message takes this many seconds while `<log>.slow` holds it.
        if os.path.exists(log + ".slow"):
            await asyncio.sleep(float(open(log + ".slow").read()))
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # A multipart/alternative email: the plain-text part is the body, the HTML part apart.
        plain = msg.get_body(preferencelist=("plain",)) if msg.is_multipart() else msg
        html = msg.get_body(preferencelist=("html",)) if msg.is_multipart() else None
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "subject": str(msg["subject"]),
            "content_type": msg.get_content_type(),
            "parts": [p.get_content_type() for p in msg.walk()],
            "charset": plain.get_content_charset(),
            "html": html.get_content() if html is not None else None,
            "html_charset": html.get_content_charset() if html is not None else None,
            "has_date": msg["date"] is not None,
            "auth_user": getattr(session, "auth_data", None),
            "tls": session.ssl is not None,
            "body": plain.get_content(),
        }
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 OK"

async def main():
    loop = asyncio.get_running_loop()
    options = {}
    if secure:
        cert, key, user, password = secure
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)

        def check(server, session, envelope, mechanism, data):
            ok = (
                isinstance(data, LoginPassword)
                and data.login.decode() == user
                and data.password.decode() == password
            )
            return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

        options = dict(
            tls_context=ctx,
            require_starttls=True,
            authenticator=check,
            auth_required=True,
            auth_require_tls=True,
        )
    server = await loop.create_server(
        lambda: SMTP(Sink(), hostname="sink.test", **options), "127.0.0.1", port
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()

asyncio.run(main())
"#;

/// The SMTP server process; killed when dropped, so a failing test never leaves it running.
struct SmtpSink {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
    /// Certificate, key, user name and password when STARTTLS and sign-in are required.
    secure: Vec<String>,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        SmtpSink::start_in(temp_dir("smtp"), Vec::new())
    }

    /// A server that requires STARTTLS (with a certificate for 127.0.0.1 from a test CA, in
    /// `ca.pem` of its directory) and sign-in as `user` / `password`.
    fn start_secure(user: &str, password: &str) -> SmtpSink {
        let dir = temp_dir("smtp-ca");
        test_ca(&dir);
        let file = |name: &str| dir.join(name).display().to_string();
        let secure = vec![file("leaf.pem"), file("leaf.key"), user.into(), password.into()];
        SmtpSink::start_in(dir, secure)
    }

    fn start_in(dir: PathBuf, secure: Vec<String>) -> SmtpSink {
        let mut sink = SmtpSink {
            child: None,
            port: 0,
            dir,
            secure,
        };
        std::fs::write(sink.dir.join("sink.py"), SINK_PY).unwrap();
        sink.spawn();
        sink
    }

    fn log(&self) -> PathBuf {
        self.dir.join("messages.jsonl")
    }

    /// Starts the process on `self.port` (any free port the first time) and waits until it
    /// listens.
    fn spawn(&mut self) {
        // Debian's interpreter, where python3-aiosmtpd installs; not whatever `python3` is first
        // on the PATH.
        let python = std::env::var("LATCHKEY_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
        let stderr = std::fs::File::create(self.dir.join("stderr.txt")).unwrap();
        let mut child = Command::new(&python)
            .arg(self.dir.join("sink.py"))
            .arg(self.port.to_string())
            .arg(self.log())
            .args(&self.secure)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
        let stdout = child.stdout.take().unwrap();
        self.child = Some(child);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
        match line.trim().parse() {
            Ok(port) => self.port = port,
            Err(_) => panic!(
                "the SMTP test server did not start (python3-aiosmtpd is needed; ./dev installs it): {}",
                std::fs::read_to_string(self.dir.join("stderr.txt")).unwrap_or_default()
            ),
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Makes every message take `secs` seconds (0: normal speed again).
    fn slow(&self, secs: u32) {
        let flag = self.dir.join("messages.jsonl.slow");
        if secs > 0 {
            std::fs::write(flag, secs.to_string()).unwrap();
        } else {
            let _ = std::fs::remove_file(flag);
        }
    }

    fn refuse(&self, refuse: bool) {
        let flag = self.dir.join("messages.jsonl.refuse");
        if refuse {
            std::fs::write(flag, "").unwrap();
        } else {
            let _ = std::fs::remove_file(flag);
        }
    }

    fn messages(&self) -> Vec<Value> {
        std::fs::read_to_string(self.log())
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The newest message to `to` that carries a code, and the code.
    fn last_code(&self, to: &str) -> (Value, String) {
        let msg = self
            .messages()
            .into_iter()
            .rev()
            .find(|m| m["rcpt_tos"] == json!([to]) && six_digits(m["body"].as_str().unwrap()).is_some())
            .unwrap_or_else(|| panic!("no code reached the SMTP server for {to}"));
        let code = six_digits(msg["body"].as_str().unwrap()).unwrap();
        (msg, code)
    }

    /// The tenant table for this server, which offers no STARTTLS: `tls = "none"` said outright
    /// (the default requires STARTTLS).
    fn email_toml(&self) -> String {
        format!("{}tls = \"none\"\n", self.email_toml_without_tls())
    }

    fn email_toml_without_tls(&self) -> String {
        format!(
            "[delivery.email]\nkind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\nfrom = \"Contoso IT <it@contoso.com>\"\n",
            self.port
        )
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A test certificate authority (`ca.pem`) and a server certificate for 127.0.0.1 signed by it
/// (`leaf.pem`, `leaf.key`), made with the openssl command.
fn test_ca(dir: &Path) {
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("the openssl command (./dev installs it)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    openssl(
        &[
            &["req", "-x509"][..],
            &ec,
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=Latchkey Test CA",
            ],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req"][..],
            &ec,
            &["-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=127.0.0.1"],
        ]
        .concat(),
    );
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "leaf.pem",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
    ]);
}

/// The first run of exactly six digits.
fn six_digits(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .map(str::to_string)
}

/// An SMS gateway on a real socket that records what is POSTed and answers `status`.
struct Gateway {
    addr: SocketAddr,
    received: Arc<Mutex<Vec<Value>>>,
    status: Arc<AtomicU16>,
    task: tokio::task::JoinHandle<()>,
}

type GatewayState = (Arc<Mutex<Vec<Value>>>, Arc<AtomicU16>);

async fn gateway_receive(
    State((received, status)): State<GatewayState>,
    axum::Json(v): axum::Json<Value>,
) -> StatusCode {
    received.lock().unwrap().push(v);
    StatusCode::from_u16(status.load(Ordering::SeqCst)).unwrap()
}

impl Gateway {
    async fn start() -> Gateway {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(200));
        let app = axum::Router::new()
            .route("/send", axum::routing::post(gateway_receive))
            .with_state((received.clone(), status.clone()));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Gateway {
            addr,
            received,
            status,
            task,
        }
    }

    fn last(&self) -> Value {
        self.received
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("the gateway got a message")
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Harness {
    async fn post_lang(&self, path: &str, body: Value, token: Option<&str>, lang: &str) -> (StatusCode, Value) {
        let mut req = Request::post(path)
            .header("content-type", "application/json")
            .header("accept-language", lang);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        let (s, _, v) = self.send(req.body(Body::from(body.to_string())).unwrap()).await;
        (s, v)
    }

    /// The user's methods as `(kind, verified)`.
    async fn method_kinds(&self, token: &str) -> Vec<(String, bool)> {
        let (s, v) = self.get_auth(M, token, None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        v["methods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["kind"].as_str().unwrap().to_string(), m["verified"] == true))
            .collect()
    }

    async fn challenge(&self, reset: &str, method: &str) -> (StatusCode, Value) {
        self.post(
            &format!("{T}/resets/{reset}/challenges"),
            json!({"method_id": method}),
            None,
        )
        .await
    }

    async fn reset_ids(&self, username: &str) -> (String, Vec<String>) {
        let (s, v) = self.reset_start(username).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let methods = v["methods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_string())
            .collect();
        (v["reset_id"].as_str().unwrap().to_string(), methods)
    }
}

async fn email_codes_go_through_smtp(db: Db) {
    let sink = SmtpSink::start();
    let h = Harness::with_tenant_toml(db, &sink.email_toml()).await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "6")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;

    // Registration, in German: the code comes over SMTP as a UTF-8 email with a plain-text and
    // an HTML part (multipart/alternative).
    let (s, v) = h
        .post_lang(
            &format!("{M}/email"),
            json!({"address": "alex.home@example.org"}),
            Some(&token),
            "de",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    let (mail, sent) = sink.last_code("alex.home@example.org");
    assert_eq!(mail["mail_from"], "it@contoso.com");
    assert_eq!(mail["from"], "Contoso IT <it@contoso.com>");
    assert_eq!(mail["to"], "alex.home@example.org");
    assert_eq!(mail["subject"], "Ihr Contoso-Bestätigungscode");
    assert_eq!(mail["content_type"], "multipart/alternative");
    assert_eq!(
        mail["parts"],
        json!(["multipart/alternative", "text/plain", "multipart/related", "text/html"])
    );
    assert_eq!(mail["charset"], "utf-8");
    assert_eq!(mail["html_charset"], "utf-8");
    assert_eq!(mail["has_date"], true);
    let html = mail["html"].as_str().unwrap();
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
    assert!(html.contains(&format!(">{sent}</strong>")), "{html}");
    assert!(
        html.contains("Diese Nachricht wurde automatisch von Contoso gesendet."),
        "{html}"
    );
    assert!(html.contains(r#"<a href="https://help.contoso.com""#), "{html}");
    assert!(
        mail["body"]
            .as_str()
            .unwrap()
            .contains(&format!("Ihr Contoso-Bestätigungscode lautet {sent}.")),
        "{mail}"
    );
    // The outbox is not used, so the code is nowhere on disk.
    assert!(h.outbox().is_empty());
    let (s, v) = h
        .post(&format!("{M}/email/{id}/verify"), json!({"code": sent}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(h.method_kinds(&token).await, vec![("email".to_string(), true)]);

    // A reset with that address, asked for without a language: the code still comes in German,
    // the language Alex chose when registering.
    let (reset, methods) = h.reset_ids("alex").await;
    assert_eq!(methods, vec![id.clone()]);
    let (s, v) = h.challenge(&reset, &id).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (mail, sent) = sink.last_code("alex.home@example.org");
    assert_eq!(mail["subject"], "Ihr Contoso-Bestätigungscode");
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": id, "code": sent}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["remaining"], 0);
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/password"),
            json!({"new_password": NEW_PW}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    h.token("alex", NEW_PW).await;
    // The notice of the reset went the same way, to the directory address too.
    assert!(
        sink.messages()
            .iter()
            .any(|m| m["rcpt_tos"] == json!(["alex@contoso.com"]) && six_digits(m["body"].as_str().unwrap()).is_none())
    );
    assert!(h.outbox().is_empty());
}
both!(email_codes_go_through_smtp);

async fn sms_codes_go_through_the_http_gateway(db: Db) {
    let gw = Gateway::start().await;
    let h = Harness::with_tenant_toml(
        db,
        &format!("[delivery.sms]\nkind = \"http\"\nurl = \"http://{}/send\"\n", gw.addr),
    )
    .await;
    admin::set_policy(&h.store, "contoso", "captcha_difficulty", "6")
        .await
        .unwrap();
    let token = h.token("alex", ALEX_PW).await;
    let number = "+4915112345678";
    let (s, v) = h
        .post(&format!("{M}/phone"), json!({"number": number}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    let got = gw.last();
    let mut keys: Vec<&String> = got.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["body", "tenant", "to"]);
    assert_eq!(got["to"], number);
    assert_eq!(got["tenant"], "contoso");
    let sent = six_digits(got["body"].as_str().unwrap()).unwrap();
    assert!(
        got["body"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{sent} is your Contoso"))
    );
    assert!(h.outbox().is_empty());
    let (s, v) = h
        .post(&format!("{M}/phone/{id}/verify"), json!({"code": sent}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");

    // Decoys of an unknown name are text messages from here on.
    admin::set_policy(&h.store, "contoso", "allowed_methods", "phone")
        .await
        .unwrap();
    let (reset, _) = h.reset_ids("alex").await;
    let (s, v) = h.challenge(&reset, &id).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let sent = six_digits(gw.last()["body"].as_str().unwrap()).unwrap();
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": id, "code": sent}),
            None,
        )
        .await;
    assert_eq!((s, &v["remaining"]), (StatusCode::OK, &json!(0)), "{v}");

    // The gateway refuses: the known user and the unknown name are answered alike at once, and
    // both see the failure on their next attempt at the code, once the worker gave up.
    let (reset, _) = h.reset_ids("alex").await;
    let (decoy_reset, decoys) = h.reset_ids("nobody").await;
    gw.status.store(500, Ordering::SeqCst);
    assert_eq!(h.challenge(&reset, &id).await.0, StatusCode::OK);
    assert_eq!(h.challenge(&decoy_reset, &decoys[0]).await.0, StatusCode::OK);
    h.through_back_off().await;
    assert_eq!(h.verify_code(&reset, &id, "000000").await, undelivered());
    assert_eq!(h.verify_code(&decoy_reset, &decoys[0], "000000").await, undelivered());
    // Registration fails without leaving a pending method, and failures are not counted against
    // the sending limit (5 per hour).
    for _ in 0..6 {
        let (s, v) = h
            .post(&format!("{M}/phone"), json!({"number": "+4915112345679"}), Some(&token))
            .await;
        assert_eq!((s, code(&v)), (StatusCode::BAD_GATEWAY, "delivery.failed"));
    }
    assert_eq!(h.method_kinds(&token).await, vec![("phone".to_string(), true)]);

    // Back: both work again.
    gw.status.store(200, Ordering::SeqCst);
    assert_eq!(h.challenge(&reset, &id).await.0, StatusCode::OK);
    assert_eq!(h.challenge(&decoy_reset, &decoys[0]).await.0, StatusCode::OK);
    let (s, v) = h
        .post(&format!("{M}/phone"), json!({"number": "+4915112345679"}), Some(&token))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");

    // Gone: refused connections fail the decoy too, though the last send went out.
    drop(gw);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(h.challenge(&decoy_reset, &decoys[0]).await.0, StatusCode::OK);
    assert_eq!(h.challenge(&reset, &id).await.0, StatusCode::OK);
    h.through_back_off().await;
    assert_eq!(h.verify_code(&decoy_reset, &decoys[0], "000000").await, undelivered());
    assert_eq!(h.verify_code(&reset, &id, "000000").await, undelivered());
}
both!(sms_codes_go_through_the_http_gateway);

/// The answer of a code that could not be delivered.
fn undelivered() -> (StatusCode, Value) {
    (
        StatusCode::BAD_GATEWAY,
        json!({"error": {"code": "delivery.undelivered", "args": {}, "message": "The code could not be delivered; ask for a new one or use another method."}}),
    )
}

impl Harness {
    /// Lets the clock pass through every back-off of the delivery worker, trying each time: a
    /// message that keeps failing is then given up.
    async fn through_back_off(&self) {
        for wait in latchkey_server::flows::delivery_queue::BACKOFF_MS {
            self.clock.advance_secs(wait / 1000);
            self.settle().await;
        }
    }

    async fn verify_code(&self, reset: &str, method: &str, code: &str) -> (StatusCode, Value) {
        self.post(
            &format!("{T}/resets/{reset}/verify"),
            json!({"method_id": method, "code": code}),
            None,
        )
        .await
    }

    /// A challenge as the server's HTTP stack answers it, with no delivery in between: status,
    /// body and how long it took.
    async fn challenge_timed(&self, reset: &str, method: &str) -> (StatusCode, Value, Duration) {
        use tower::ServiceExt;
        let req = Request::post(format!("{T}/resets/{reset}/challenges"))
            .header("content-type", "application/json")
            .body(Body::from(json!({"method_id": method}).to_string()))
            .unwrap();
        let started = std::time::Instant::now();
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let took = started.elapsed();
        let status = resp.status();
        let bytes = http_body_util::BodyExt::collect(resp.into_body())
            .await
            .unwrap()
            .to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap(), took)
    }
}

/// The shape of an answer: its keys and, for numbers, the values (hints differ in content).
fn shape(v: &Value) -> Vec<(String, Option<Value>)> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.is_number().then(|| v.clone())))
        .collect()
}

/// A tenant on a real SMTP server with `alex.home@example.org` registered for alex; the reset
/// of alex and of an unknown name, each with its method ids.
async fn smtp_tenant(db: Db, sink: &SmtpSink) -> (Harness, String, (String, String), (String, Vec<String>)) {
    let h = Harness::with_tenant_toml(db, &sink.email_toml()).await;
    for (key, value) in [
        ("captcha_difficulty", "6"),
        ("allowed_methods", "email"),
        ("emails_per_10_minutes", "3"),
    ] {
        admin::set_policy(&h.store, "contoso", key, value).await.unwrap();
    }
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h
        .post(
            &format!("{M}/email"),
            json!({"address": "alex.home@example.org"}),
            Some(&token),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    let (_, sent) = sink.last_code("alex.home@example.org");
    assert_eq!(
        h.post(&format!("{M}/email/{id}/verify"), json!({"code": sent}), Some(&token))
            .await
            .0,
        StatusCode::OK
    );
    let (reset, _) = h.reset_ids("alex").await;
    let decoy = h.reset_ids("nobody").await;
    (h, token, (reset, id), decoy)
}

/// Delivery is off the request path: while every message takes the mail server 3 s, the known
/// user's challenge and an unknown name's answer at once and alike; the worker sends the code
/// afterwards. (Before the queue, the known user's answer waited for the SMTP transaction.)
async fn a_challenge_never_waits_for_the_mail_server(db: Db) {
    let sink = SmtpSink::start();
    let (h, _token, (reset, id), (decoy_reset, decoys)) = smtp_tenant(db, &sink).await;
    admin::set_policy(&h.store, "contoso", "emails_per_10_minutes", "10")
        .await
        .unwrap();
    sink.slow(3);
    latchkey_server::flows::delivery_queue::spawn_worker(h.state.clone());
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for round in 0..3 {
        let (s, v, took) = h.challenge_timed(&reset, &id).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        known.push((shape(&v), took));
        let (s, v, took) = h.challenge_timed(&decoy_reset, &decoys[round % decoys.len()]).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        unknown.push((shape(&v), took));
    }
    for ((known, k_took), (unknown, u_took)) in known.iter().zip(&unknown) {
        assert_eq!(known, unknown, "the same answer for a real method and a decoy");
        assert!(
            *k_took < Duration::from_millis(1500) && *u_took < Duration::from_millis(1500),
            "known {k_took:?}, unknown {u_took:?}: neither waits for the 3 s mail server"
        );
    }
    // The messages go out in the background (a newer code replaces one not yet sent); once the
    // queue is empty and the last slow send is over, a fresh code arrives and works.
    for _ in 0..150 {
        if h.store.delivery_queue_counts().await.unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        h.store.delivery_queue_counts().await.unwrap().is_empty(),
        "sent messages leave the queue"
    );
    sink.slow(0);
    tokio::time::sleep(Duration::from_millis(3500)).await;
    let before = sink.messages().len();
    assert!(before >= 2, "the registration's code and at least one reset code");
    assert_eq!(h.challenge(&reset, &id).await.0, StatusCode::OK);
    for _ in 0..100 {
        if sink.messages().len() > before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (_, sent) = sink.last_code("alex.home@example.org");
    let (s, v) = h.verify_code(&reset, &id, &sent).await;
    assert_eq!((s, &v["remaining"]), (StatusCode::OK, &json!(0)), "{v}");
    // Nothing was ever sent for the unknown name.
    assert!(sink.messages().iter().all(|m| !m.to_string().contains("nobody")));
}
both!(a_challenge_never_waits_for_the_mail_server);

/// The mail server is down (or refuses): challenges still answer 200 at once, for the known user
/// and an unknown name alike; the worker retries with back-off, gives up, and the next attempt at
/// the code says so (`delivery.undelivered`), the same for both. Counts of a message that never
/// went out are taken back, so four failures do not use up a limit of three.
async fn smtp_down_or_refusing_shows_on_the_next_attempt(db: Db) {
    let mut sink = SmtpSink::start();
    let (h, token, (reset, id), (decoy_reset, decoys)) = smtp_tenant(db, &sink).await;

    sink.stop();
    for _ in 0..4 {
        let (s, v) = h.challenge(&decoy_reset, &decoys[0]).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let (s, v) = h.challenge(&reset, &id).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        // The first try failed; until the worker gives up, a code is judged as usual.
        let wrong = h.verify_code(&reset, &id, "000000").await;
        assert_eq!((wrong.0, code(&wrong.1)), (StatusCode::BAD_REQUEST, "code.invalid"));
        assert_eq!(h.verify_code(&decoy_reset, &decoys[0], "000000").await, wrong);
        assert_eq!(
            h.store.delivery_queue_counts().await.unwrap(),
            vec![("queued".to_string(), 2)]
        );
        h.through_back_off().await;
        assert_eq!(h.verify_code(&reset, &id, "000000").await, undelivered());
        assert_eq!(h.verify_code(&decoy_reset, &decoys[0], "000000").await, undelivered());
        assert_eq!(
            h.store.delivery_queue_counts().await.unwrap(),
            vec![("failed".to_string(), 2)]
        );
        // Signed in, nothing is hidden: registration still fails at once.
        let (s, v) = h
            .post(
                &format!("{M}/email"),
                json!({"address": "alex.work@example.org"}),
                Some(&token),
            )
            .await;
        assert_eq!((s, code(&v)), (StatusCode::BAD_GATEWAY, "delivery.failed"));
    }
    // Every try of every message failed, and the audit log has each one given up.
    let failed = h.audit("delivery.failed").await;
    assert_eq!(failed.len(), 8);
    assert!(failed.iter().all(|e| e.detail["attempts"] == 4), "{failed:?}");
    assert_eq!(failed.iter().filter(|e| e.detail["decoy"] == true).count(), 4);
    assert_eq!(h.method_kinds(&token).await, vec![("email".to_string(), true)]);

    // Back on the same port: a new code goes out and works.
    sink.spawn();
    let (s, v) = h.challenge(&reset, &id).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, sent) = sink.last_code("alex.home@example.org");
    assert_eq!(h.challenge(&decoy_reset, &decoys[0]).await.0, StatusCode::OK);
    assert!(h.store.delivery_queue_counts().await.unwrap().is_empty());

    // Up but refusing every recipient: the real send fails, and so does the decoy's check.
    sink.refuse(true);
    let (reset2, _) = h.reset_ids("alex").await;
    assert_eq!(h.challenge(&reset2, &id).await.0, StatusCode::OK);
    assert_eq!(h.challenge(&decoy_reset, &decoys[0]).await.0, StatusCode::OK);
    h.through_back_off().await;
    assert_eq!(h.verify_code(&reset2, &id, "000000").await, undelivered());
    assert_eq!(h.verify_code(&decoy_reset, &decoys[0], "000000").await, undelivered());

    sink.refuse(false);
    let (s, v) = h.verify_code(&reset, &id, &sent).await;
    assert_eq!((s, &v["remaining"]), (StatusCode::OK, &json!(0)), "{v}");
}
both!(smtp_down_or_refusing_shows_on_the_next_attempt);

/// Queued mail outlives the server: a code queued while the mail server was down is sent by the
/// next server process on the same database once the server is back, and works.
async fn queued_mail_survives_a_restart(db: Db) {
    let mut sink = SmtpSink::start();
    let (h, _token, (reset, id), _) = smtp_tenant(db, &sink).await;
    sink.stop();
    assert_eq!(h.challenge(&reset, &id).await.0, StatusCode::OK);
    assert_eq!(
        h.store.delivery_queue_counts().await.unwrap(),
        vec![("queued".to_string(), 1)]
    );
    // The server stops; another starts on the same database with the same key, the mail server
    // is back, and the first retry is due.
    let delivery = h.state.delivery.clone();
    let clock = h.clock.clone();
    let (db_url, hasher) = (h.db_url.clone(), h.hasher.clone());
    drop(h);
    sink.spawn();
    clock.advance_secs(latchkey_server::flows::delivery_queue::BACKOFF_MS[0] / 1000);
    let store = latchkey_server::store::Store::open(&db_url).await.unwrap();
    let state = latchkey_server::AppState::new(
        store.clone(),
        clock.clone(),
        hasher,
        delivery,
        latchkey_server::crypto::Vault::from_key([42; 32]),
        "https://sspr.contoso.test",
    );
    let before = sink.messages().len();
    let worker = latchkey_server::flows::delivery_queue::spawn_worker(state.clone());
    let mut sent = None;
    for _ in 0..100 {
        if sink.messages().len() > before {
            sent = Some(sink.last_code("alex.home@example.org").1);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent = sent.expect("the restarted server sent the queued code");
    for _ in 0..100 {
        if store.delivery_queue_counts().await.unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.abort();
    assert!(
        store.delivery_queue_counts().await.unwrap().is_empty(),
        "a sent message leaves the queue"
    );
    let app = latchkey_server::http::app(state);
    let req = Request::post(format!("{T}/resets/{reset}/verify"))
        .header("content-type", "application/json")
        .body(Body::from(json!({"method_id": id, "code": sent}).to_string()))
        .unwrap();
    let resp = tower::ServiceExt::oneshot(app, req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}
both!(queued_mail_survives_a_restart);

/// `tls = "starttls"` (also the default, when `tls` is absent) never falls back to plain text:
/// the test server offers no STARTTLS.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn required_tls_is_not_downgraded() {
    let sink = SmtpSink::start();
    for tls in ["starttls", "tls", "(default)"] {
        let line = if tls == "(default)" {
            String::new()
        } else {
            format!("tls = \"{tls}\"\n")
        };
        let h = Harness::with_tenant_toml(Db::Sqlite, &format!("{}{line}", sink.email_toml_without_tls())).await;
        let token = h.token("alex", ALEX_PW).await;
        let (s, v) = h
            .post(
                &format!("{M}/email"),
                json!({"address": "alex.home@example.org"}),
                Some(&token),
            )
            .await;
        assert_eq!((s, code(&v)), (StatusCode::BAD_GATEWAY, "delivery.failed"), "{tls}");
    }
    assert!(sink.messages().is_empty());
}

/// A relay that wants STARTTLS and a sign-in: with the private CA trusted (`ca_file`) and the
/// password in `password_file`, the code arrives, sent by the signed-in user over TLS; a wrong
/// password or an untrusted certificate fails with `delivery.failed` and nothing is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_signs_in_over_starttls_trusting_a_private_ca() {
    let sink = SmtpSink::start_secure("latchkey-relay", "Relay-Pass-3141");
    let right = sink.dir.join("right.txt");
    let wrong = sink.dir.join("wrong.txt");
    std::fs::write(&right, "Relay-Pass-3141\n").unwrap();
    std::fs::write(&wrong, "Relay-Pass-2718\n").unwrap();
    let ca = sink.dir.join("ca.pem");
    let toml = |password_file: &Path, ca_file: Option<&Path>| {
        let mut t = format!(
            "{}tls = \"starttls\"\nusername = \"latchkey-relay\"\npassword_file = \"{}\"\n",
            sink.email_toml_without_tls(),
            password_file.display()
        );
        if let Some(ca) = ca_file {
            t.push_str(&format!("ca_file = \"{}\"\n", ca.display()));
        }
        t
    };
    let add_email = |h: Harness| async move {
        let token = h.token("alex", ALEX_PW).await;
        h.post(
            &format!("{M}/email"),
            json!({"address": "alex.home@example.org"}),
            Some(&token),
        )
        .await
    };
    for (case, toml) in [
        ("wrong password", toml(&wrong, Some(&ca))),
        ("untrusted certificate", toml(&right, None)),
    ] {
        let (s, v) = add_email(Harness::with_tenant_toml(Db::Sqlite, &toml).await).await;
        assert_eq!(
            (s, code(&v)),
            (StatusCode::BAD_GATEWAY, "delivery.failed"),
            "{case}: {v}"
        );
    }
    assert!(sink.messages().is_empty());
    let (s, v) = add_email(Harness::with_tenant_toml(Db::Sqlite, &toml(&right, Some(&ca))).await).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (msg, _code) = sink.last_code("alex.home@example.org");
    assert_eq!(msg["auth_user"], "latchkey-relay");
    assert_eq!(msg["tls"], true);
}

fn check(delivery: &str) -> Result<(), String> {
    let text = format!("[[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n{delivery}");
    let config: Config = toml::from_str(&text).map_err(|e| format!("parse: {e}"))?;
    latchkey_server::cli::check_config(&config).map_err(|e| e.to_string())
}

#[test]
fn delivery_settings_are_checked_at_start() {
    let email = "[tenant.delivery.email]\n";
    let sms = "[tenant.delivery.sms]\n";
    for ok in [
        format!("{email}kind = \"outbox\"\n{sms}kind = \"outbox\"\n"),
        format!("{email}kind = \"smtp\"\nhost = \"mail.contoso.com\"\nfrom = \"it@contoso.com\"\n"),
        format!(
            "{email}kind = \"smtp\"\nhost = \"127.0.0.1\"\nport = 2525\nfrom = \"Contoso IT <it@contoso.com>\"\ntls = \"none\"\n"
        ),
        format!("{email}kind = \"smtp\"\nhost = \"smtp.contoso.com\"\nfrom = \"it@contoso.com\"\ntls = \"tls\"\n"),
        format!("{sms}kind = \"http\"\nurl = \"https://sms.contoso.com/send?key=abc\"\n"),
        format!("{sms}kind = \"http\"\nurl = \"http://[::1]:9000/send\"\n"),
    ] {
        assert_eq!(check(&ok), Ok(()), "{ok}");
    }
    let smtp = "kind = \"smtp\"\nhost = \"127.0.0.1\"\nfrom = \"it@contoso.com\"\n";
    for (bad, says) in [
        (
            format!("{email}kind = \"http\"\nurl = \"http://x/\"\n"),
            "tenant contoso: delivery.email kind \"http\" is not available (email: \"outbox\" or \"smtp\")",
        ),
        (
            format!("{email}kind = \"sendmail\"\n"),
            "delivery.email kind \"sendmail\" is not available",
        ),
        (
            format!("{sms}kind = \"smtp\"\nhost = \"x\"\nfrom = \"a@b.c\"\n"),
            "delivery.sms kind \"smtp\" is not available (sms: \"outbox\" or \"http\")",
        ),
        (
            format!("{email}kind = \"smtp\"\nfrom = \"it@contoso.com\"\n"),
            "delivery.email.host is required for kind \"smtp\"",
        ),
        (
            format!("{email}kind = \"smtp\"\nhost = \"127.0.0.1\"\n"),
            "delivery.email.from is required for kind \"smtp\"",
        ),
        (
            format!("{email}kind = \"smtp\"\nhost = \"127.0.0.1\"\nfrom = \"  \"\n"),
            "delivery.email.from is required",
        ),
        (
            format!("{email}kind = \"smtp\"\nhost = \"127.0.0.1\"\nfrom = \"Contoso IT\"\n"),
            "delivery.email.from \"Contoso IT\" is not an email address",
        ),
        (
            format!("{email}{smtp}port = 0\n"),
            "delivery.email.port must be 1-65535",
        ),
        (
            format!("{email}{smtp}tls = \"yes\"\n"),
            "delivery.email.tls \"yes\" must be \"opportunistic\", \"starttls\", \"tls\" or \"none\"",
        ),
        (
            format!("{email}{smtp}url = \"http://x/\"\n"),
            "delivery.email.url is not used by kind \"smtp\"",
        ),
        (
            format!("{email}kind = \"outbox\"\nhost = \"127.0.0.1\"\n"),
            "delivery.email.host is not used by kind \"outbox\"",
        ),
        (
            format!("{sms}kind = \"http\"\n"),
            "delivery.sms.url is required for kind \"http\"",
        ),
        (
            format!("{email}{smtp}username = \"relay\"\n"),
            "delivery.email.password_file is required with username",
        ),
        (
            format!("{email}{smtp}password_file = \"/etc/hostname\"\n"),
            "delivery.email.username is required with password_file",
        ),
        (
            format!("{email}{smtp}tls = \"opportunistic\"\nusername = \"relay\"\npassword_file = \"/etc/hostname\"\n"),
            "delivery.email.username needs tls = \"starttls\" or \"tls\": a password is never sent unencrypted",
        ),
        (
            format!("{email}{smtp}tls = \"tls\"\nusername = \"relay\"\npassword_file = \"/nonexistent/pw\"\n"),
            "delivery.email.password_file /nonexistent/pw: No such file",
        ),
        (
            format!("{email}{smtp}ca_file = \"/nonexistent/ca.pem\"\n"),
            "delivery.email.ca_file /nonexistent/ca.pem: No such file",
        ),
        (
            format!("{email}{smtp}ca_file = \"/etc/hostname\"\n"),
            "delivery.email.ca_file holds no usable PEM certificate",
        ),
        (
            format!("{sms}kind = \"http\"\nurl = \"http://x/\"\nusername = \"relay\"\n"),
            "delivery.sms.username is not used by kind \"http\"",
        ),
        (
            format!("{sms}kind = \"http\"\nurl = \"ftp://sms.contoso.com/\"\n"),
            "delivery.sms.url \"ftp://sms.contoso.com/\" must start with http:// or https://",
        ),
        (
            format!("{sms}kind = \"http\"\nurl = \"sms.contoso.com/send\"\n"),
            "delivery.sms.url \"sms.contoso.com/send\" is not a URL",
        ),
        (
            format!("{sms}kind = \"http\"\nurl = \"http://x/\"\nfrom = \"it@contoso.com\"\n"),
            "delivery.sms.from is not used by kind \"http\"",
        ),
    ] {
        let got = check(&bad).expect_err(&bad);
        assert!(got.contains(says), "{bad}\n=> {got}\n(expected {says})");
    }
    // Unknown keys are still refused by the parser, naming the key.
    let got = check(&format!("{email}{smtp}password = \"x\"\n")).unwrap_err();
    assert!(got.contains("unknown field `password`"), "{got}");
}

/// The real binary: `serve --config` routes the tenant's email through SMTP.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_binary_sends_through_the_configured_smtp_server() {
    let sink = SmtpSink::start();
    let dir = temp_dir("bin-smtp");
    let cfg = dir.join("latchkey.toml");
    std::fs::write(
        &cfg,
        format!(
            "data_dir = \"{}\"\n[[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n[tenant.delivery.email]\nkind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\nfrom = \"it@contoso.com\"\ntls = \"none\"\n",
            dir.display(),
            sink.port
        ),
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_latchkey-server");
    let out = Command::new(bin)
        .arg("--config")
        .arg(&cfg)
        .args(["admin", "user", "add", "--tenant", "contoso", "--username", "sam"])
        .args(["--password", "Orchid-Canyon-Beacon-73"])
        .env_remove("LATCHKEY_DATABASE_URL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let server = ServerProcess::start(bin, &cfg);
    let client = reqwest::Client::new();
    let base = format!("http://{}{T}", server.addr);
    let v: Value = client
        .post(format!("{base}/sessions"))
        .json(&json!({"username": "sam", "password": "Orchid-Canyon-Beacon-73"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = v["token"].as_str().expect("signed in").to_string();
    let resp = client
        .post(format!("{base}/me/methods/email"))
        .bearer_auth(&token)
        .json(&json!({"address": "sam@fabrikam.example"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let id = resp.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string();
    let (_, sent) = sink.last_code("sam@fabrikam.example");
    let resp = client
        .post(format!("{base}/me/methods/email/{id}/verify"))
        .bearer_auth(&token)
        .json(&json!({"code": sent}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(!dir.join("outbox.jsonl").exists());
}

/// A `latchkey-server serve` process, killed when dropped.
struct ServerProcess {
    child: Child,
    addr: String,
}

impl ServerProcess {
    fn start(bin: &str, cfg: &Path) -> ServerProcess {
        let mut child = Command::new(bin)
            .arg("--config")
            .arg(cfg)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .env_remove("LATCHKEY_DATABASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("Latchkey server listening on http://") {
                    let _ = tx.send(addr.to_string());
                }
            }
        });
        let mut server = ServerProcess {
            child,
            addr: String::new(),
        };
        server.addr = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server said where it listens");
        server
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Counts every message sent, by code.
#[derive(Debug, Default)]
struct Counting(Mutex<std::collections::HashMap<String, u32>>);

#[async_trait::async_trait]
impl latchkey_server::delivery::Delivery for Counting {
    async fn send(
        &self,
        _at_ms: i64,
        msg: &latchkey_server::delivery::Message,
    ) -> Result<(), latchkey_server::delivery::DeliveryError> {
        let code = msg.code.as_ref().map(|c| c.expose().to_string()).unwrap_or_default();
        *self.0.lock().unwrap().entry(code).or_default() += 1;
        // A send that takes a while, so the two workers overlap.
        tokio::time::sleep(Duration::from_millis(5)).await;
        Ok(())
    }
}

/// Two server instances on one database, each with its worker, share one queue: every queued
/// message is sent exactly once.
async fn two_workers_send_each_message_once(db: Db) {
    use latchkey_core::Clock;
    use latchkey_server::flows::delivery_queue as queue;
    let h = Harness::new(db).await;
    let counting = Arc::new(Counting::default());
    let mut states = Vec::new();
    for _ in 0..2 {
        let store = latchkey_server::store::Store::open(&h.db_url).await.unwrap();
        states.push(latchkey_server::AppState::new(
            store,
            h.clock.clone(),
            h.hasher.clone(),
            counting.clone(),
            latchkey_server::crypto::Vault::from_key([42; 32]),
            "https://sspr.contoso.test",
        ));
    }
    let workers: Vec<_> = states.iter().map(|s| queue::spawn_worker(s.clone())).collect();
    let tenant = states[0].tenant("contoso").await.unwrap();
    let user = h.user_id("alex").await;
    let n = 40;
    for i in 0..n {
        let code = latchkey_proto::Secret::new(format!("{:06}", 100_000 + i));
        // Queued through either instance.
        queue::enqueue(
            &states[i % 2],
            &tenant,
            queue::Queued {
                method_id: &format!("method-{i}"),
                purpose: "reset:test",
                channel: latchkey_server::delivery::Channel::Email,
                login: "alex",
                recipient: Some((&user, "alex.home@example.org")),
                code: &code,
                locale: &[],
                refunds: Vec::new(),
                expires_at_ms: h.clock.now_ms() + 300_000,
            },
        )
        .await
        .unwrap();
    }
    for _ in 0..200 {
        if h.store.delivery_queue_counts().await.unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    workers.iter().for_each(|w| w.abort());
    assert!(h.store.delivery_queue_counts().await.unwrap().is_empty());
    let sent = counting.0.lock().unwrap().clone();
    assert_eq!(sent.len(), n, "{sent:?}");
    assert!(sent.values().all(|c| *c == 1), "each message once: {sent:?}");
}
both!(two_workers_send_each_message_once);
