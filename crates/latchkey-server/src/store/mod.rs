//! Storage through sqlx's `Any` driver: SQLite (embedded default, a file in the data dir) or
//! PostgreSQL (`database_url = "postgres://..."`, shared by several server instances).
//!
//! Queries are written once with `$n` placeholders, which both engines accept. Everything that
//! must be shared between instances (sessions, counters, single-use markers) lives here, never in
//! process memory. Flags are stored as 0/1 integers so both engines decode them the same way.

mod audit;
mod directory;
mod keys;
mod language;
mod limits;
mod methods;
mod queue;
mod registration;
mod reset;
mod schema;
mod sessions;
mod tenants;
mod users;

pub use audit::{AuditFilter, AuditRow};
pub(crate) use audit::{audit_from, bind_audit, insert_audit};
pub use directory::DirectoryAccount;
pub use methods::{CodeCheck, MethodRow, NewMethod};
pub use queue::{Delivery as QueuedDelivery, NewDelivery};
pub use reset::{ResetContext, ResetRow};
pub use sessions::SessionRow;
pub use tenants::TenantRow;
pub use users::{ChangeAudit, EndSessions, NewUser, PasswordChange, UserRow};

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

impl From<StoreError> for crate::error::AppError {
    fn from(e: StoreError) -> Self {
        crate::error::AppError {
            detail: Some(e.to_string()),
            ..crate::error::AppError::new(latchkey_proto::ErrorCode::InternalUnavailable)
        }
    }
}

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
}

/// Wall-clock milliseconds, for bookkeeping columns that no rule depends on.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
