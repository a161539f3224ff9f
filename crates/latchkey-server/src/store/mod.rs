//! Storage through sqlx's `Any` driver: SQLite (embedded default, a file in the data dir) or
//! PostgreSQL (`database_url = "postgres://..."`, shared by several server instances).
//!
//! Queries are written once with `$n` placeholders, which both engines accept. Everything that
//! must be shared between instances (sessions, counters, single-use markers) lives here, never in
//! process memory. Flags are stored as 0/1 integers so both engines decode them the same way.

mod directory;
mod language;
mod methods;
mod queue;
mod reset;
mod schema;

pub use directory::DirectoryAccount;
pub use methods::{CodeCheck, MethodRow, NewMethod};
pub use queue::{Delivery as QueuedDelivery, NewDelivery};
pub use reset::{ResetContext, ResetRow};

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, ConnectOptions, Executor, Row};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported database url (use sqlite:// or postgres://)")]
    UnsupportedUrl,
}

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database handle; cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    db: Db,
    backend: Backend,
    /// Tenant writes made through this store (and its clones), so tenant caches of this
    /// process can tell at once that what they hold changed.
    tenant_writes: Arc<std::sync::atomic::AtomicU64>,
}

/// How long a statement waits for a connection before failing.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// PostgreSQL connections at most.
const MAX_CONNECTIONS: usize = 16;
/// A connection last checked longer ago than this is pinged before it is lent, so a broken
/// one (the server restarted, say) is dropped within about a second even under load.
const CHECK_AFTER: Duration = Duration::from_secs(1);
/// Connections are retired after this, as sqlx's pool retires its own.
const MAX_AGE: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, Clone)]
enum Db {
    /// PostgreSQL: connections lent per statement, per transaction or per request phase.
    Pg(Arc<PgConns>),
    /// SQLite: one connection, taken in turn (first come, first served). SQLite has one writer
    /// anyway, and a single connection avoids SQLITE_BUSY back-off sleeps under load (measured:
    /// +15% change-password throughput at 64 clients). Without a pool, a statement is one
    /// round trip to SQLite's worker thread instead of three (the pool pings a connection when
    /// lending it and again when taking it back).
    Single(Arc<tokio::sync::Mutex<AnyConnection>>),
    /// PostgreSQL, one connection kept for a run of statements (see [`Store::hold`]).
    Held(Arc<Held>),
}

/// PostgreSQL connections. sqlx's pool opens them; once open they stay out of it and are lent
/// from here, first come first served. The pool pings every connection it takes back, one
/// more round trip (and a wake-up of a backend on the same cores) per statement; here a
/// connection is instead pinged when it has not been checked for [`CHECK_AFTER`]. Lending a
/// connection again after a request was cancelled mid-statement or mid-transaction is safe:
/// sqlx finishes the pending exchange and the rollback before the next statement, as it does
/// when its pool takes a connection back.
#[derive(Debug)]
struct PgConns {
    pool: AnyPool,
    /// One per connection: waiting for a connection is a fair queue.
    permits: Arc<tokio::sync::Semaphore>,
    idle: std::sync::Mutex<Vec<PgConn>>,
}

#[derive(Debug)]
struct PgConn {
    conn: PoolConnection<Any>,
    born: std::time::Instant,
    /// When the connection was last known good (opened, or answered a ping).
    checked: std::time::Instant,
}

/// A PostgreSQL connection lent out; it goes back to the idle list when dropped.
#[derive(Debug)]
struct Lease {
    conn: Option<PgConn>,
    conns: Arc<PgConns>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take()
            && c.born.elapsed() < MAX_AGE
            && let Ok(mut idle) = self.conns.idle.lock()
        {
            idle.push(c);
        }
        // Otherwise the connection goes back to sqlx's pool, which closes or keeps it.
    }
}

impl PgConns {
    async fn lend(self: &Arc<Self>) -> Result<Lease, sqlx::Error> {
        let permit = tokio::time::timeout(ACQUIRE_TIMEOUT, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        loop {
            let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            let conn = match idle {
                Some(mut c) => {
                    if c.checked.elapsed() > CHECK_AFTER {
                        if sqlx::Connection::ping(&mut *c.conn).await.is_err() {
                            // Broken: let it go; the next turn takes another or opens one.
                            continue;
                        }
                        c.checked = std::time::Instant::now();
                    }
                    c
                }
                None => {
                    let now = std::time::Instant::now();
                    PgConn {
                        conn: self.pool.acquire().await?,
                        born: now,
                        checked: now,
                    }
                }
            };
            return Ok(Lease {
                conn: Some(conn),
                conns: self.clone(),
                _permit: permit,
            });
        }
    }
}

#[derive(Debug)]
struct Held {
    conns: Arc<PgConns>,
    /// `None` once released: statements then borrow a connection each.
    lease: tokio::sync::Mutex<Option<Lease>>,
}

/// A connection lent for one statement or one transaction.
pub struct Conn<'a>(Lent<'a>);

enum Lent<'a> {
    Pg(Lease),
    Single(tokio::sync::MutexGuard<'a, AnyConnection>),
    Held(tokio::sync::MutexGuard<'a, Option<Lease>>),
}

fn leased(lease: &Lease) -> &AnyConnection {
    &lease
        .conn
        .as_ref()
        .expect("a lease holds its connection until dropped")
        .conn
}

fn leased_mut(lease: &mut Lease) -> &mut AnyConnection {
    &mut lease
        .conn
        .as_mut()
        .expect("a lease holds its connection until dropped")
        .conn
}

impl std::ops::Deref for Conn<'_> {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        match &self.0 {
            Lent::Pg(l) => leased(l),
            Lent::Single(c) => c,
            Lent::Held(l) => leased(l.as_ref().expect("a held connection is present while lent")),
        }
    }
}

impl std::ops::DerefMut for Conn<'_> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match &mut self.0 {
            Lent::Pg(l) => leased_mut(l),
            Lent::Single(c) => c,
            Lent::Held(l) => leased_mut(l.as_mut().expect("a held connection is present while lent")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TenantRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    /// JSON of [`crate::tenant::BrandingSettings`].
    pub branding: String,
    /// JSON of `latchkey_core::policy::TenantPolicy`.
    pub policy: String,
    pub updated_at: i64,
}

#[derive(Clone)]
pub struct UserRow {
    pub id: String,
    pub tenant_id: String,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub disabled: bool,
    pub locked_until: Option<i64>,
    pub failed_logins: i64,
    pub must_change_password: bool,
    pub password_hash: String,
    pub password_changed_at: i64,
    pub created_at: i64,
    /// Consecutive failed reset verifications.
    pub reset_failures: i64,
    /// The account's stable id in an external directory (`None` for built-in users).
    pub directory_id: Option<String>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("password_hash", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl UserRow {
    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|t| t > now)
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub tenant_id: String,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub must_change_password: bool,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub tenant_id: String,
    pub user_id: String,
    pub level: String,
    pub created_at: i64,
    pub last_seen: i64,
    pub expires_at: i64,
    pub idle_secs: i64,
}

/// A new password and what it ends; see [`Store::change_password`].
#[derive(Debug)]
pub struct PasswordChange<'a> {
    pub user: &'a UserRow,
    pub new_hash: &'a str,
    pub must_change: bool,
    /// Previous hashes to keep.
    pub keep_history: i64,
    /// The reset (id hash) this change finishes; it happens only if the reset was still open.
    pub completes_reset: Option<&'a str>,
    pub end_sessions: Option<EndSessions<'a>>,
}

/// The audit event written with a password change; the number of sessions it ended goes into
/// the detail under `ended_key`.
#[derive(Debug)]
pub struct ChangeAudit {
    pub row: AuditRow,
    pub ended_key: &'static str,
}

/// Which of the user's sessions a password change ends.
#[derive(Debug)]
pub struct EndSessions<'a> {
    /// The token hash of the one session that stays (the one that changed the password).
    pub keep: Option<&'a str>,
    /// A new level for the session that stays.
    pub kept_level: Option<&'a str>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub tenant: String,
    pub username: Option<String>,
    pub event: String,
    pub outcome: String,
    pub ip: Option<String>,
    pub client_type: Option<String>,
    pub detail: serde_json::Value,
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub tenant: Option<String>,
    pub username: Option<String>,
    pub event: Option<String>,
    pub outcome: Option<String>,
    pub since_ms: Option<i64>,
    pub limit: i64,
}

/// Random identifier: 16 bytes hex.
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).expect("the OS random source works");
    hex::encode(b)
}

fn flag(b: bool) -> i64 {
    i64::from(b)
}

impl Store {
    /// Connects and runs pending migrations.
    pub async fn open(url: &str) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let opts = AnyConnectOptions::from_str(url)?;
        let db = match backend {
            Backend::Sqlite => {
                let mut conn = opts.connect().await?;
                conn.execute("PRAGMA journal_mode=WAL").await?;
                conn.execute("PRAGMA busy_timeout=10000").await?;
                conn.execute("PRAGMA synchronous=NORMAL").await?;
                conn.execute("PRAGMA foreign_keys=ON").await?;
                Db::Single(Arc::new(tokio::sync::Mutex::new(conn)))
            }
            Backend::Postgres => Db::Pg(Arc::new(PgConns {
                pool: AnyPoolOptions::new()
                    .max_connections(MAX_CONNECTIONS as u32)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    // Connections come from here only when none is idle in PgConns, which
                    // checks its own; a fresh or long-idle one is still tested by the pool.
                    .connect_with(opts)
                    .await?,
                permits: Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS)),
                idle: std::sync::Mutex::new(Vec::new()),
            })),
        };
        let store = Store {
            db,
            backend,
            tenant_writes: Arc::default(),
        };
        store.migrate().await?;
        Ok(store)
    }

    /// A connection for one statement or transaction; SQLite's is shared, so hold it briefly
    /// and never ask the store for another while holding it.
    pub async fn conn(&self) -> Result<Conn<'_>, sqlx::Error> {
        match &self.db {
            Db::Pg(conns) => Ok(Conn(Lent::Pg(conns.lend().await?))),
            Db::Single(conn) => tokio::time::timeout(ACQUIRE_TIMEOUT, conn.lock())
                .await
                .map(|c| Conn(Lent::Single(c)))
                .map_err(|_| sqlx::Error::PoolTimedOut),
            Db::Held(held) => {
                let guard = tokio::time::timeout(ACQUIRE_TIMEOUT, held.lease.lock())
                    .await
                    .map_err(|_| sqlx::Error::PoolTimedOut)?;
                if guard.is_some() {
                    Ok(Conn(Lent::Held(guard)))
                } else {
                    drop(guard);
                    Ok(Conn(Lent::Pg(held.conns.lend().await?)))
                }
            }
        }
    }

    /// A handle that keeps one connection for all its statements until [`Store::release`] or
    /// until the last clone is dropped: for a request's run of statements on PostgreSQL (a
    /// connection waited for once, not before every statement). On SQLite (one shared
    /// connection) it is the same store. Never hold one across argon2 hashing or other slow
    /// waits: there are only 16.
    pub async fn hold(&self) -> StoreResult<Store> {
        let Db::Pg(conns) = &self.db else {
            return Ok(self.clone());
        };
        Ok(Store {
            db: Db::Held(Arc::new(Held {
                conns: conns.clone(),
                lease: tokio::sync::Mutex::new(Some(conns.lend().await?)),
            })),
            backend: self.backend,
            tenant_writes: self.tenant_writes.clone(),
        })
    }

    /// Gives a held connection back (later statements borrow one each); nothing for other
    /// handles.
    pub async fn release(&self) {
        if let Db::Held(held) = &self.db {
            held.lease.lock().await.take();
        }
    }

    /// The SQLite URL of a file in `data_dir`.
    pub fn sqlite_url(data_dir: &std::path::Path) -> String {
        format!("sqlite://{}?mode=rwc", data_dir.join("latchkey.db").display())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the migrations not yet recorded. On PostgreSQL an advisory lock keeps two
    /// instances starting at once from racing.
    pub async fn migrate(&self) -> StoreResult<()> {
        let mut conn = self.conn().await?;
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_lock(7355608)").await?;
        }
        let result = async {
            conn.execute(
                "CREATE TABLE IF NOT EXISTS latchkey_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
            )
            .await?;
            let applied: Vec<i64> = sqlx::query("SELECT version FROM latchkey_migrations")
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(|r| r.get::<i64, _>(0))
                .collect();
            for (version, statements) in schema::migrations(self.backend) {
                if applied.contains(&version) {
                    continue;
                }
                let mut tx = sqlx::Connection::begin(&mut *conn).await?;
                for stmt in statements {
                    tx.execute(sqlx::AssertSqlSafe(stmt)).await?;
                }
                sqlx::query("INSERT INTO latchkey_migrations (version, applied_at) VALUES ($1, $2)")
                    .bind(version)
                    .bind(now_ms())
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
            }
            Ok::<(), sqlx::Error>(())
        }
        .await;
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_unlock(7355608)").await?;
        }
        result?;
        Ok(())
    }

    // ---- tenants ----

    /// How many tenant writes this process made through this store; see [`Store::tenant_by_slug`]
    /// callers that cache.
    pub fn tenant_writes(&self) -> u64 {
        self.tenant_writes.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn tenant_written(&self) {
        self.tenant_writes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    pub async fn tenant_by_slug(&self, slug: &str) -> StoreResult<Option<TenantRow>> {
        let row = sqlx::query("SELECT id, slug, name, branding, policy, updated_at FROM tenants WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| TenantRow {
            id: r.get(0),
            slug: r.get(1),
            name: r.get(2),
            branding: r.get(3),
            policy: r.get(4),
            updated_at: r.get(5),
        }))
    }

    pub async fn list_tenants(&self) -> StoreResult<Vec<TenantRow>> {
        let rows = sqlx::query("SELECT id, slug, name, branding, policy, updated_at FROM tenants ORDER BY slug")
            .fetch_all(&mut *self.conn().await?)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| TenantRow {
                id: r.get(0),
                slug: r.get(1),
                name: r.get(2),
                branding: r.get(3),
                policy: r.get(4),
                updated_at: r.get(5),
            })
            .collect())
    }

    /// Creates the tenant if missing; returns it either way.
    pub async fn ensure_tenant(&self, slug: &str, name: &str, branding: &str, policy: &str) -> StoreResult<TenantRow> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO tenants (id, slug, name, branding, policy, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (slug) DO NOTHING",
        )
        .bind(new_id())
        .bind(slug)
        .bind(name)
        .bind(branding)
        .bind(policy)
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        self.tenant_written();
        self.tenant_by_slug(slug)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("tenant {slug} vanished")))
    }

    pub async fn update_tenant_profile(&self, id: &str, name: &str, branding: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tenants SET name = $1, branding = $2, updated_at = $3 WHERE id = $4")
            .bind(name)
            .bind(branding)
            .bind(now_ms())
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.tenant_written();
        Ok(())
    }

    pub async fn update_tenant_policy(&self, id: &str, policy: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tenants SET policy = $1, updated_at = $2 WHERE id = $3")
            .bind(policy)
            .bind(now_ms())
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.tenant_written();
        Ok(())
    }

    // ---- users ----

    const USER_COLUMNS: &'static str = "id, tenant_id, username, display_name, email, phone, groups_json, is_admin, disabled, locked_until, failed_logins, must_change_password, password_hash, password_changed_at, created_at, reset_failures, directory_id";
    /// How many columns [`Store::USER_COLUMNS`] has.
    const USER_WIDTH: usize = 17;

    /// The user columns qualified with a table alias, for joins.
    fn user_columns_of(alias: &str) -> String {
        Self::USER_COLUMNS
            .split(", ")
            .map(|c| format!("{alias}.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn user_from_row(r: &sqlx::any::AnyRow) -> StoreResult<UserRow> {
        Self::user_from_row_at(r, 0)
    }

    /// The user in the row's columns starting at `at`.
    fn user_from_row_at(r: &sqlx::any::AnyRow, at: usize) -> StoreResult<UserRow> {
        let groups: String = r.get(at + 6);
        Ok(UserRow {
            id: r.get(at),
            tenant_id: r.get(at + 1),
            username: r.get(at + 2),
            display_name: r.get(at + 3),
            email: r.get(at + 4),
            phone: r.get(at + 5),
            groups: serde_json::from_str(&groups).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            is_admin: r.get::<i64, _>(at + 7) != 0,
            disabled: r.get::<i64, _>(at + 8) != 0,
            locked_until: r.get(at + 9),
            failed_logins: r.get(at + 10),
            must_change_password: r.get::<i64, _>(at + 11) != 0,
            password_hash: r.get(at + 12),
            password_changed_at: r.get(at + 13),
            created_at: r.get(at + 14),
            reset_failures: r.get(at + 15),
            directory_id: r.get(at + 16),
        })
    }

    /// Inserts a user; `Ok(None)` when the username is taken in the tenant.
    pub async fn insert_user(&self, u: &NewUser) -> StoreResult<Option<UserRow>> {
        let id = new_id();
        let now = now_ms() / 1000;
        let result = sqlx::query(
            "INSERT INTO users (id, tenant_id, username, display_name, email, phone, groups_json, is_admin, disabled, locked_until, failed_logins, must_change_password, password_hash, password_changed_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, NULL, 0, $9, $10, $11, $11) ON CONFLICT (tenant_id, username) DO NOTHING",
        )
        .bind(&id)
        .bind(&u.tenant_id)
        .bind(u.username.to_lowercase())
        .bind(&u.display_name)
        .bind(u.email.as_deref().map(str::to_lowercase))
        .bind(&u.phone)
        .bind(serde_json::to_string(&u.groups).unwrap_or_else(|_| "[]".into()))
        .bind(flag(u.is_admin))
        .bind(flag(u.must_change_password))
        .bind(&u.password_hash)
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        if result.rows_affected() == 0 {
            return Ok(None);
        }
        self.user_by_id(&id).await
    }

    pub async fn user_by_id(&self, id: &str) -> StoreResult<Option<UserRow>> {
        let sql = format!("SELECT {} FROM users WHERE id = $1", Self::USER_COLUMNS);
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.as_ref().map(Self::user_from_row).transpose()
    }

    /// Finds a user by user name or email address (case-insensitive).
    pub async fn user_by_login(&self, tenant_id: &str, login: &str) -> StoreResult<Option<UserRow>> {
        let login = login.trim().to_lowercase();
        let sql = format!(
            "SELECT {} FROM users WHERE tenant_id = $1 AND (username = $2 OR email = $2) ORDER BY CASE WHEN username = $2 THEN 0 ELSE 1 END LIMIT 1",
            Self::USER_COLUMNS
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .bind(&login)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.as_ref().map(Self::user_from_row).transpose()
    }

    pub async fn list_users(&self, tenant_id: &str) -> StoreResult<Vec<UserRow>> {
        let sql = format!(
            "SELECT {} FROM users WHERE tenant_id = $1 ORDER BY username",
            Self::USER_COLUMNS
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tenant_id)
            .fetch_all(&mut *self.conn().await?)
            .await?;
        rows.iter().map(Self::user_from_row).collect()
    }

    pub async fn set_user_disabled(&self, id: &str, disabled: bool) -> StoreResult<()> {
        sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(flag(disabled))
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Counts a failed password; at `threshold` the account locks until `lock_until`. While
    /// locked, failures keep counting without extending the lock; once a lock has expired, or
    /// the last failure is older than a lock would last (`lock_until - now`), the count starts
    /// again at 1 (one wrong password does not re-lock). Returns the count.
    pub async fn record_failed_login(&self, id: &str, threshold: i64, lock_until: i64, now: i64) -> StoreResult<i64> {
        let fresh = "(locked_until IS NOT NULL AND locked_until <= $4) \
             OR (locked_until IS NULL AND last_failed_at IS NOT NULL AND last_failed_at <= $5)";
        let sql = format!(
            "UPDATE users SET \
             failed_logins = CASE WHEN {fresh} THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE \
               WHEN locked_until IS NOT NULL AND locked_until > $4 THEN locked_until \
               WHEN (CASE WHEN {fresh} THEN 1 ELSE failed_logins + 1 END) >= $1 THEN $2 \
               ELSE NULL END, \
             last_failed_at = $4 \
             WHERE id = $3 RETURNING failed_logins"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(threshold)
            .bind(lock_until)
            .bind(id)
            .bind(now)
            .bind(now - (lock_until - now))
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| r.get::<i64, _>(0)).unwrap_or(0))
    }

    /// Clears failures and any lock.
    pub async fn unlock_user(&self, id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.clear_network_locks(id).await
    }

    /// Forgets the per-network sign-in failures counted for a user's names (user name and
    /// email, as typed in lower case): an unlock or a reset ends those locks too.
    pub async fn clear_network_locks(&self, user_id: &str) -> StoreResult<()> {
        let row = sqlx::query(
            "SELECT t.slug, u.username, u.email FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        let Some(row) = row else { return Ok(()) };
        let slug: String = row.get(0);
        let names = [Some(row.get::<String, _>(1)), row.get::<Option<String>, _>(2)];
        for name in names.into_iter().flatten() {
            // Every key `signin-net:<tenant>:<name>:<network>`: from `<name>:` up to `<name>;`.
            let from = format!("signin-net:{slug}:{}:", name.to_lowercase());
            let to = format!("signin-net:{slug}:{};", name.to_lowercase());
            sqlx::query("DELETE FROM rate_counters WHERE key >= $1 AND key < $2")
                .bind(from)
                .bind(to)
                .execute(&mut *self.conn().await?)
                .await?;
        }
        Ok(())
    }

    pub async fn reset_failed_logins(&self, id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET failed_logins = 0 WHERE id = $1 AND failed_logins <> 0")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Replaces the password hash, keeping the previous one in the history (trimmed to `keep`).
    pub async fn set_password(&self, user: &UserRow, new_hash: &str, must_change: bool, keep: i64) -> StoreResult<()> {
        let change = PasswordChange {
            user,
            new_hash,
            must_change,
            keep_history: keep,
            completes_reset: None,
            end_sessions: None,
        };
        self.change_password(&change, None).await.map(|_| ())
    }

    /// Writes a new password and everything that goes with it in one transaction: the history,
    /// the reset it finishes, the sessions it ends, and the audit event (`audit` gets the number
    /// of sessions ended). `Ok(None)` when the reset was already finished: nothing is written.
    pub async fn change_password(
        &self,
        c: &PasswordChange<'_>,
        audit: Option<ChangeAudit>,
    ) -> StoreResult<Option<u64>> {
        if self.backend == Backend::Postgres {
            return self.change_password_pg(c, audit).await;
        }
        let now = now_ms() / 1000;
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        if let Some(reset) = c.completes_reset {
            let done = sqlx::query("UPDATE resets SET completed = 1 WHERE id_hash = $1 AND completed = 0")
                .bind(reset)
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() != 1 {
                return Ok(None);
            }
        }
        // Strictly increasing per user (milliseconds, bumped past the newest), so "the newest
        // N" is well defined even for changes within the same millisecond.
        sqlx::query(
            "INSERT INTO password_history (user_id, hash, created_at) VALUES ($1, $2, \
             CASE WHEN (SELECT COALESCE(MAX(created_at), 0) FROM password_history WHERE user_id = $1) >= $3 \
             THEN (SELECT MAX(created_at) + 1 FROM password_history WHERE user_id = $1) ELSE $3 END)",
        )
        .bind(&c.user.id)
        .bind(&c.user.password_hash)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "DELETE FROM password_history WHERE user_id = $1 AND hash NOT IN \
             (SELECT hash FROM password_history WHERE user_id = $1 ORDER BY created_at DESC, hash LIMIT $2)",
        )
        .bind(&c.user.id)
        .bind(c.keep_history.max(0))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3, failed_logins = 0, locked_until = NULL WHERE id = $4",
        )
        .bind(c.new_hash)
        .bind(flag(c.must_change))
        .bind(now)
        .bind(&c.user.id)
        .execute(&mut *tx)
        .await?;
        let mut ended = 0;
        if let Some(end) = &c.end_sessions {
            if let (Some(keep), Some(level)) = (end.keep, end.kept_level) {
                sqlx::query("UPDATE sessions SET level = $1 WHERE token_hash = $2")
                    .bind(level)
                    .bind(keep)
                    .execute(&mut *tx)
                    .await?;
            }
            ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(&c.user.id)
                .bind(end.keep.unwrap_or(""))
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        if let Some(mut a) = audit {
            a.row.detail[a.ended_key] = ended.into();
            insert_audit(&mut tx, &a.row).await?;
        }
        tx.commit().await?;
        Ok(Some(ended))
    }

    /// [`Store::change_password`] on PostgreSQL: the same writes as one statement (data-modifying
    /// `WITH` parts, all or nothing, each after the reset is taken), one round trip instead of
    /// eight. Every part sees the rows as they were before the statement, so the history keeps
    /// `keep - 1` earlier hashes besides the one added.
    async fn change_password_pg(&self, c: &PasswordChange<'_>, audit: Option<ChangeAudit>) -> StoreResult<Option<u64>> {
        let mut parts = vec![
            match c.completes_reset {
                Some(_) => "r AS (UPDATE resets SET completed = 1 WHERE id_hash = $1 AND completed = 0 RETURNING 1)",
                None => "r AS (SELECT $1::text)",
            }
            .to_string(),
        ];
        parts.push(
            "u AS (UPDATE users SET password_hash = $2, must_change_password = $3, password_changed_at = $4, \
             failed_logins = 0, locked_until = NULL WHERE id = $5 AND EXISTS (SELECT 1 FROM r) RETURNING id)"
                .into(),
        );
        parts.push(
            "h AS (INSERT INTO password_history (user_id, hash, created_at) \
             SELECT $5, $6, GREATEST($7, (SELECT COALESCE(MAX(created_at), 0) + 1 FROM password_history WHERE user_id = $5)) \
             FROM r WHERE $8 > 0)"
                .into(),
        );
        parts.push(
            "t AS (DELETE FROM password_history WHERE user_id = $5 AND EXISTS (SELECT 1 FROM r) AND hash NOT IN \
             (SELECT hash FROM password_history WHERE user_id = $5 ORDER BY created_at DESC, hash LIMIT GREATEST($8 - 1, 0)))"
                .into(),
        );
        let mut next = 9;
        let mut arg = || {
            next += 1;
            format!("${}", next - 1)
        };
        let mut binds: Vec<String> = Vec::new();
        match &c.end_sessions {
            Some(end) => {
                if let (Some(keep), Some(level)) = (end.keep, end.kept_level) {
                    parts.push(format!(
                        "l AS (UPDATE sessions SET level = {} WHERE token_hash = {} AND EXISTS (SELECT 1 FROM r))",
                        arg(),
                        arg()
                    ));
                    binds.extend([level.to_string(), keep.to_string()]);
                }
                parts.push(format!(
                    "s AS (DELETE FROM sessions WHERE user_id = $5 AND token_hash <> {} AND EXISTS (SELECT 1 FROM r) RETURNING 1)",
                    arg()
                ));
                binds.push(end.keep.unwrap_or("").to_string());
            }
            None => parts.push("s AS (SELECT 1 WHERE false)".into()),
        }
        if audit.is_some() {
            let args: Vec<String> = (0..9).map(|_| arg()).collect();
            parts.push(format!(
                "a AS (INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) \
                 SELECT {}, {}, {}, {}, {}, {}, {}, ({}::jsonb || jsonb_build_object({}::text, (SELECT count(*) FROM s)))::text FROM r)",
                args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8]
            ));
        }
        let sql = format!(
            "WITH {} SELECT (SELECT count(*) FROM r), (SELECT count(*) FROM s)",
            parts.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(c.completes_reset.unwrap_or(""))
            .bind(c.new_hash)
            .bind(flag(c.must_change))
            .bind(now_ms() / 1000)
            .bind(&c.user.id)
            .bind(&c.user.password_hash)
            .bind(now_ms())
            .bind(c.keep_history.max(0));
        for b in binds {
            q = q.bind(b);
        }
        if let Some(a) = audit {
            q = q
                .bind(a.row.at)
                .bind(a.row.tenant)
                .bind(a.row.username)
                .bind(a.row.event)
                .bind(a.row.outcome)
                .bind(a.row.ip)
                .bind(a.row.client_type)
                .bind(a.row.detail.to_string())
                .bind(a.ended_key);
        }
        let row = q.fetch_one(&mut *self.conn().await?).await?;
        let (taken, ended): (i64, i64) = (row.get(0), row.get(1));
        Ok((taken == 1).then_some(ended as u64))
    }

    /// Previous password hashes, newest first.
    pub async fn password_history(&self, user_id: &str, limit: i64) -> StoreResult<Vec<String>> {
        let rows =
            sqlx::query("SELECT hash FROM password_history WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2")
                .bind(user_id)
                .bind(limit.max(0))
                .fetch_all(&mut *self.conn().await?)
                .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    // ---- sessions ----

    pub async fn insert_session(
        &self,
        token_hash: &str,
        s: &SessionRow,
        client_type: &str,
        ip: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, tenant_id, user_id, level, created_at, last_seen, expires_at, idle_secs, client_type, ip) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(token_hash)
        .bind(&s.tenant_id)
        .bind(&s.user_id)
        .bind(&s.level)
        .bind(s.created_at)
        .bind(s.last_seen)
        .bind(s.expires_at)
        .bind(s.idle_secs)
        .bind(client_type)
        .bind(ip)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    pub async fn session(&self, token_hash: &str) -> StoreResult<Option<SessionRow>> {
        let row = sqlx::query(
            "SELECT tenant_id, user_id, level, created_at, last_seen, expires_at, idle_secs FROM sessions WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        Ok(row.map(|r| SessionRow {
            tenant_id: r.get(0),
            user_id: r.get(1),
            level: r.get(2),
            created_at: r.get(3),
            last_seen: r.get(4),
            expires_at: r.get(5),
            idle_secs: r.get(6),
        }))
    }

    /// A session and its user (`None` when the user is gone), in one query.
    pub async fn session_with_user(&self, token_hash: &str) -> StoreResult<Option<(SessionRow, Option<UserRow>)>> {
        let sql = format!(
            "SELECT s.tenant_id, s.user_id, s.level, s.created_at, s.last_seen, s.expires_at, s.idle_secs, {} \
             FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
            Self::user_columns_of("u")
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        let Some(r) = row else { return Ok(None) };
        let session = SessionRow {
            tenant_id: r.get(0),
            user_id: r.get(1),
            level: r.get(2),
            created_at: r.get(3),
            last_seen: r.get(4),
            expires_at: r.get(5),
            idle_secs: r.get(6),
        };
        let user = if r.try_get::<Option<String>, _>(7)?.is_some() {
            Some(Self::user_from_row_at(&r, 7)?)
        } else {
            None
        };
        Ok(Some((session, user)))
    }

    pub async fn touch_session(&self, token_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// Records that the session proved a method at `now` (seconds).
    pub async fn mark_stepped_up(&self, token_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET stepped_up_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    /// When the session last proved a method, if ever.
    pub async fn stepped_up_at(&self, token_hash: &str) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT stepped_up_at FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.and_then(|r| r.get::<Option<i64>, _>(0)))
    }

    pub async fn set_session_level(&self, token_hash: &str, level: &str) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET level = $1 WHERE token_hash = $2")
            .bind(level)
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<bool> {
        let r = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Ends every session of the user except `keep` (a token hash). Returns how many ended.
    pub async fn delete_user_sessions(&self, user_id: &str, keep: Option<&str>) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    pub async fn prune_sessions(&self, now: i64) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen + idle_secs <= $1")
            .bind(now)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    /// Deletes at most `limit` rows of `table` matching `condition` (on `$1` = `bound`), chosen
    /// by their `key` column; for housekeeping, whose callers pass fixed names only.
    pub async fn delete_batch(
        &self,
        table: &'static str,
        key: &'static str,
        condition: &'static str,
        bound: i64,
        limit: i64,
    ) -> StoreResult<u64> {
        let sql = format!("DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {table} WHERE {condition} LIMIT $2)");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(bound)
            .bind(limit)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    // ---- audit ----

    pub async fn insert_audit(&self, e: &AuditRow) -> StoreResult<()> {
        insert_audit(&mut *self.conn().await?, e).await?;
        Ok(())
    }

    /// Newest first.
    pub async fn query_audit(&self, f: &AuditFilter) -> StoreResult<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, at, tenant, username, event, outcome, ip, client_type, detail FROM audit_events \
             WHERE ($1 = '' OR tenant = $1) AND ($2 = '' OR username = $2) AND ($3 = '' OR event = $3 OR event LIKE $4) \
             AND ($5 = '' OR outcome = $5) AND at >= $6 ORDER BY at DESC, id DESC LIMIT $7",
        )
        .bind(f.tenant.clone().unwrap_or_default())
        .bind(f.username.clone().map(|u| u.to_lowercase()).unwrap_or_default())
        .bind(f.event.clone().unwrap_or_default())
        .bind(f.event.as_ref().map(|e| format!("{e}.%")).unwrap_or_default())
        .bind(f.outcome.clone().unwrap_or_default())
        .bind(f.since_ms.unwrap_or(0))
        .bind(if f.limit <= 0 { 1000 } else { f.limit })
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|r| {
                let detail: String = r.get(8);
                Ok(AuditRow {
                    id: r.get(0),
                    at: r.get(1),
                    tenant: r.get(2),
                    username: r.get(3),
                    event: r.get(4),
                    outcome: r.get(5),
                    ip: r.get(6),
                    client_type: r.get(7),
                    detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                })
            })
            .collect()
    }

    pub async fn count_audit(&self, tenant: &str) -> StoreResult<i64> {
        let r = sqlx::query("SELECT COUNT(*) FROM audit_events WHERE tenant = $1")
            .bind(tenant)
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Ok(r.get(0))
    }

    /// Deletes a tenant's events older than `before_ms`. Callers never pass a cut-off younger
    /// than 30 days (the policy's minimum retention).
    pub async fn prune_audit(&self, tenant: &str, before_ms: i64) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM audit_events WHERE tenant = $1 AND at < $2")
            .bind(tenant)
            .bind(before_ms)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    // ---- deployment ----

    /// Records `fingerprint` as the key's if none is recorded yet (first start), in one
    /// statement so two instances starting at once agree; returns the one recorded.
    pub async fn claim_key_fingerprint(&self, fingerprint: &str) -> StoreResult<String> {
        let mut conn = self.conn().await?;
        sqlx::query(
            "INSERT INTO latchkey_meta (key, value) VALUES ('key_fingerprint', $1) ON CONFLICT (key) DO NOTHING",
        )
        .bind(fingerprint)
        .execute(&mut *conn)
        .await?;
        let row = sqlx::query("SELECT value FROM latchkey_meta WHERE key = 'key_fingerprint'")
            .fetch_one(&mut *conn)
            .await?;
        Ok(row.get(0))
    }

    /// Replaces the recorded key fingerprint `old` with `new` (key rotation).
    pub async fn replace_key_fingerprint(&self, old: &str, new: &str) -> StoreResult<bool> {
        let r = sqlx::query("UPDATE latchkey_meta SET value = $1 WHERE key = 'key_fingerprint' AND value = $2")
            .bind(new)
            .bind(old)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Drops every live one-time code (key rotation: they are MACs under the old key).
    pub async fn delete_all_codes(&self) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM codes")
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    /// Removes every user's backup codes (key rotation: they are MACs under the old key).
    pub async fn delete_all_backup_codes(&self) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM methods WHERE kind = 'backup_codes'")
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }

    // ---- rate limits ----

    /// [`Store::rate_hit`] on several distinct keys with the same window, in one statement; the
    /// results are in the order of `keys`.
    pub async fn rate_hits(&self, keys: &[String], now_ms: i64, window_ms: i64) -> StoreResult<Vec<(i64, i64)>> {
        let values: Vec<String> = (0..keys.len()).map(|i| format!("(${}, $1, 1)", i + 3)).collect();
        let sql = format!(
            "INSERT INTO rate_counters (key, window_start, count) VALUES {} \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_counters.window_start <= $2 THEN 1 ELSE rate_counters.count + 1 END, \
               window_start = CASE WHEN rate_counters.window_start <= $2 THEN $1 ELSE rate_counters.window_start END \
             RETURNING key, count, window_start",
            values.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms)
            .bind(now_ms - window_ms);
        for k in keys {
            q = q.bind(k);
        }
        let rows = q.fetch_all(&mut *self.conn().await?).await?;
        keys.iter()
            .map(|k| {
                rows.iter()
                    .find(|r| r.get::<String, _>(0) == *k)
                    .map(|r| (r.get(1), r.get(2)))
                    .ok_or_else(|| StoreError::Corrupt(format!("no count for {k}")))
            })
            .collect()
    }

    /// Counts one hit in a fixed window atomically (one statement, safe across instances) and
    /// returns `(count_in_window, window_start_ms)`.
    pub async fn rate_hit(&self, key: &str, now_ms: i64, window_ms: i64) -> StoreResult<(i64, i64)> {
        let row = sqlx::query(
            "INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_counters.window_start <= $3 THEN 1 ELSE rate_counters.count + 1 END, \
               window_start = CASE WHEN rate_counters.window_start <= $3 THEN $2 ELSE rate_counters.window_start END \
             RETURNING count, window_start",
        )
        .bind(key)
        .bind(now_ms)
        .bind(now_ms - window_ms)
        .fetch_one(&mut *self.conn().await?)
        .await?;
        Ok((row.get(0), row.get(1)))
    }

    /// Takes back one hit of `rate_hit`, if the window it counted in is still the current one.
    pub async fn rate_refund(&self, key: &str, window_start: i64) -> StoreResult<()> {
        sqlx::query("UPDATE rate_counters SET count = count - 1 WHERE key = $1 AND window_start = $2 AND count > 0")
            .bind(key)
            .bind(window_start)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }
}

/// On PostgreSQL, the part of a statement that appends an audit event once per row of `source`
/// (a `WITH` part of the same statement), its values bound from `$first` on by [`bind_audit`]:
/// the event is written exactly when the change it reports is.
pub(crate) fn audit_from(source: &str, first: usize) -> String {
    let p: Vec<String> = (first..first + 8).map(|i| format!("${i}")).collect();
    format!(
        "INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) \
         SELECT {} FROM {source}",
        p.join(", ")
    )
}

/// Binds an audit event's eight values, in the order of [`audit_from`].
pub(crate) fn bind_audit<'q>(
    q: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    e: &AuditRow,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
    q.bind(e.at)
        .bind(e.tenant.clone())
        .bind(e.username.clone())
        .bind(e.event.clone())
        .bind(e.outcome.clone())
        .bind(e.ip.clone())
        .bind(e.client_type.clone())
        .bind(e.detail.to_string())
}

/// Appends an audit event on a connection (inside a caller's transaction when there is one).
pub(crate) async fn insert_audit(conn: &mut AnyConnection, e: &AuditRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.at)
    .bind(&e.tenant)
    .bind(&e.username)
    .bind(&e.event)
    .bind(&e.outcome)
    .bind(&e.ip)
    .bind(&e.client_type)
    .bind(e.detail.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// Wall-clock milliseconds, for bookkeeping columns that no rule depends on.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
