use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use latchkey_core::FixedClock;
use latchkey_proto::Secret;
use latchkey_server::AppState;
use latchkey_server::config::{Config, TenantConfig};
use latchkey_server::delivery::{self, Outbox};
use latchkey_server::directory::builtin::BuiltinDirectory;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Directories, Directory};
use latchkey_server::flows::admin::{self, UserSpec};
use latchkey_server::hashing::Hasher;
use latchkey_server::store::Store;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

#[derive(Debug, Clone, Copy)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// Runs a test body on both engines: `both!(name);` expects `async fn name(db: Db)`.
#[macro_export]
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::support::Db::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::support::Db::Postgres).await
            }
        }
    };
}

pub const ALEX_PW: &str = "Harbor-Violet-Tractor-42";
pub const MEGAN_PW: &str = "Granite-Meadow-Lantern-17";

pub fn temp_dir(tag: &str) -> PathBuf {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    let dir = std::env::temp_dir().join(format!("latchkey-it-{tag}-{}", hex::encode(b)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A fresh database on the chosen engine.
pub async fn database_url(db: Db, dir: &std::path::Path) -> String {
    match db {
        Db::Sqlite => Store::sqlite_url(dir),
        Db::Postgres => {
            let admin_url = std::env::var("LATCHKEY_TEST_DATABASE_URL").expect(
                "LATCHKEY_TEST_DATABASE_URL must point at a PostgreSQL server (./dev test starts one); \
                 the PostgreSQL half of the suite is not optional",
            );
            let mut b = [0u8; 6];
            getrandom::fill(&mut b).unwrap();
            let name = format!("lk_test_{}", hex::encode(b));
            sqlx::any::install_default_drivers();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin_url)
                .await
                .unwrap();
            sqlx::Executor::execute(&mut conn, sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .await
                .unwrap();
            let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
            format!("{base}/{name}")
        }
    }
}

pub struct Harness {
    pub state: AppState,
    pub app: Router,
    pub clock: Arc<FixedClock>,
    pub dir: PathBuf,
    pub store: Store,
    pub hasher: Hasher,
    pub db_url: String,
}

impl Harness {
    /// Tenant `contoso` (SSPR on, branding set) with users alex and megan (admin).
    pub async fn new(db: Db) -> Harness {
        Harness::with_tenant_toml(db, "").await
    }

    /// The same, with `extra` appended to the tenant's configuration (e.g. `[delivery.email]`),
    /// and its deliveries routed the way `serve` routes them.
    pub async fn with_tenant_toml(db: Db, extra: &str) -> Harness {
        let dir = temp_dir("h");
        let db_url = database_url(db, &dir).await;
        let store = Store::open(&db_url).await.expect("database opens");
        let text = r##"
slug = "contoso"
name = "Contoso"
[branding]
primary_color = "#0f6cbd"
background_color = "#ffffff"
text_color = "#242424"
sign_in_text = "Use your Contoso account."
helpdesk_url = "https://help.contoso.com"
helpdesk_email = "help@contoso.com"
[branding.sign_in_text_translations]
de = "Verwenden Sie Ihr Contoso-Konto."
[policy]
sspr_enabled = "all"
"##;
        let cfg: TenantConfig = toml::from_str(&format!("{text}{extra}")).unwrap();
        latchkey_server::cli::check_config(&Config {
            tenants: vec![cfg.clone()],
            ..Default::default()
        })
        .unwrap();
        admin::apply_tenant_config(&store, &cfg).await.unwrap();
        let hasher = Hasher::default();
        for (u, pw, name, admin_flag) in [
            ("alex", ALEX_PW, "Alex Wilber", false),
            ("megan", MEGAN_PW, "Megan Bowen", true),
        ] {
            admin::add_user(
                &store,
                &hasher,
                "contoso",
                &UserSpec {
                    username: u.into(),
                    password: Secret::new(pw),
                    display_name: Some(name.into()),
                    email: Some(format!("{u}@contoso.com")),
                    phone: Some("+14255550134".into()),
                    admin: admin_flag,
                    groups: vec!["staff".into()],
                    temporary: false,
                },
            )
            .await
            .unwrap();
        }
        Harness::serving(dir, db_url, store, hasher, &cfg, |state| state)
    }

    /// Tenant `contoso` on the LDAP directory `directory_toml` describes (SSPR on for all, a fast
    /// captcha), served like `serve` does; the connector too, for direct calls.
    pub async fn with_ldap(db: Db, directory_toml: &str) -> (Harness, Arc<LdapDirectory>) {
        let dir = temp_dir("ldap");
        let db_url = database_url(db, &dir).await;
        let store = Store::open(&db_url).await.unwrap();
        let text = format!(
            "slug = \"contoso\"\nname = \"Contoso\"\n[policy]\nsspr_enabled = \"all\"\ncaptcha_difficulty = 6\n{directory_toml}"
        );
        let cfg: TenantConfig = toml::from_str(&text).unwrap();
        latchkey_server::cli::check_config(&Config {
            tenants: vec![cfg.clone()],
            ..Default::default()
        })
        .unwrap();
        admin::apply_tenant_config(&store, &cfg).await.unwrap();
        let ldap = Arc::new(LdapDirectory::build(cfg.directory.as_ref().unwrap()).unwrap());
        let hasher = Hasher::new(64, 1, 1);
        let directories = Directories::new(
            Arc::new(BuiltinDirectory::new(hasher.clone())),
            HashMap::from([("contoso".to_string(), ldap.clone() as Arc<dyn Directory>)]),
        );
        let h = Harness::serving(dir, db_url, store, hasher, &cfg, |state| {
            state.with_directories(directories)
        });
        (h, ldap)
    }

    /// The harness around `store`, with deliveries routed the way `serve` routes them (the
    /// outbox in `dir`) and `setup` applied to the state.
    fn serving(
        dir: PathBuf,
        db_url: String,
        store: Store,
        hasher: Hasher,
        cfg: &TenantConfig,
        setup: impl FnOnce(AppState) -> AppState,
    ) -> Harness {
        let clock = Arc::new(FixedClock::at_secs(1_800_000_000));
        let state = setup(AppState::new(
            store.clone(),
            clock.clone(),
            hasher.clone(),
            Arc::new(
                delivery::Router::from_config(
                    std::slice::from_ref(cfg),
                    Arc::new(Outbox::new(dir.join("outbox.jsonl"))),
                )
                .unwrap(),
            ),
            latchkey_server::crypto::Vault::from_key([42; 32]),
            "https://sspr.contoso.test",
        ));
        let app = latchkey_server::http::app(state.clone());
        Harness {
            state,
            app,
            clock,
            dir,
            store,
            hasher,
            db_url,
        }
    }

    /// One request, then every queued message that is due goes out before the answer is
    /// returned (what the server's worker does in the background), so tests read the outbox
    /// deterministically. Tests of the worker itself send through `app` and spawn it.
    pub async fn send(&self, req: Request<Body>) -> (StatusCode, HeaderMap, Value) {
        let resp = self.app.clone().oneshot(req).await.unwrap();
        self.settle().await;
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        let json = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        (status, headers, json)
    }

    /// Sends every queued message that is due now.
    pub async fn settle(&self) -> usize {
        latchkey_server::flows::delivery_queue::run_due(&self.state)
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> (StatusCode, HeaderMap, Value) {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    pub async fn post(&self, path: &str, body: Value, token: Option<&str>) -> (StatusCode, Value) {
        let mut req = Request::post(path)
            .header("content-type", "application/json")
            .header("x-latchkey-client", "test/1");
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        let (s, _, v) = self.send(req.body(Body::from(body.to_string())).unwrap()).await;
        (s, v)
    }

    pub async fn sign_in(&self, username: &str, password: &str) -> (StatusCode, Value) {
        self.post(
            "/api/v1/tenants/contoso/sessions",
            serde_json::json!({"username": username, "password": password}),
            None,
        )
        .await
    }

    /// A sign-in from the client at `peer` (an IP address): a network of its own for per-network
    /// limits.
    pub async fn sign_in_from(&self, peer: &str, username: &str, password: &str) -> (StatusCode, Value) {
        let mut req = Request::post("/api/v1/tenants/contoso/sessions")
            .header("content-type", "application/json")
            .header("x-latchkey-client", "test/1")
            .body(Body::from(
                serde_json::json!({"username": username, "password": password}).to_string(),
            ))
            .unwrap();
        let addr: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
        req.extensions_mut().insert(axum::extract::ConnectInfo(addr));
        let (s, _, v) = self.send(req).await;
        (s, v)
    }

    pub async fn token(&self, username: &str, password: &str) -> String {
        let (s, v) = self.sign_in(username, password).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        v["token"].as_str().unwrap().to_string()
    }

    pub async fn change(&self, token: &str, current: &str, new: &str) -> (StatusCode, Value) {
        self.post(
            "/api/v1/tenants/contoso/me/password",
            serde_json::json!({"current_password": current, "new_password": new}),
            Some(token),
        )
        .await
    }

    pub fn outbox(&self) -> Vec<Value> {
        std::fs::read_to_string(self.dir.join("outbox.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    pub async fn audit(&self, event: &str) -> Vec<latchkey_server::store::AuditRow> {
        self.store
            .query_audit(&latchkey_server::store::AuditFilter {
                tenant: Some("contoso".into()),
                event: Some(event.into()),
                limit: 1000,
                ..Default::default()
            })
            .await
            .unwrap()
    }
}

pub fn code(v: &Value) -> &str {
    v["error"]["code"].as_str().unwrap_or("<no code>")
}
