//! The `latchkey-server` command line: serve, demo, migrate, admin.

use crate::config::Config;
use crate::crypto::Vault;
use crate::delivery::Channel;
use crate::delivery::{Outbox, Router};
use crate::directory::Directories;
use crate::error::AppError;
use crate::flows::admin::{self, UserSpec};
use crate::hashing::Hasher;
use crate::store::{AuditFilter, Store};
use crate::{AppState, audit};
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use latchkey_core::SystemClock;
use latchkey_proto::Secret;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "latchkey-server",
    version,
    about = "Latchkey self-service password reset server"
)]
pub struct Cli {
    /// Directory for the SQLite database, the outbox and keys.
    #[arg(long, global = true, env = "LATCHKEY_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// TOML configuration file.
    #[arg(long, global = true, env = "LATCHKEY_CONFIG")]
    pub config: Option<PathBuf>,
    /// postgres://... to use PostgreSQL instead of SQLite.
    #[arg(long, global = true, env = "LATCHKEY_DATABASE_URL")]
    pub database_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API.
    Serve {
        #[arg(long)]
        listen: Option<String>,
    },
    /// A fresh data dir with the demo tenant `contoso` and its users, then serve.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8443")]
        listen: String,
    },
    /// Create or update the database schema, then exit.
    Migrate,
    /// Administer tenants, users, policy and the audit log.
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    #[command(subcommand)]
    Tenant(TenantCommand),
    #[command(subcommand)]
    User(UserCommand),
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// The tenant's own security questions.
    #[command(subcommand)]
    Question(QuestionCommand),
    /// The key that seals secrets at rest (see `key_file`).
    #[command(subcommand)]
    Key(KeyCommand),
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Usage report: methods registered and resets/unlocks succeeded and failed per day.
    Report {
        #[arg(long)]
        tenant: String,
        #[arg(long, default_value_t = 30)]
        days: i64,
        #[arg(long)]
        json: bool,
    },
    /// Query the audit log (newest first).
    Audit {
        #[arg(long)]
        tenant: Option<String>,
        #[arg(long)]
        user: Option<String>,
        /// An event name or prefix, e.g. `signin` or `admin`.
        #[arg(long)]
        event: Option<String>,
        #[arg(long)]
        outcome: Option<String>,
        /// Only events of the last N days.
        #[arg(long)]
        days: Option<i64>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    Add {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
    },
    List,
}

#[derive(Debug, Args)]
pub struct TenantUser {
    #[arg(long)]
    pub tenant: String,
    #[arg(long)]
    pub username: String,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    Add {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        username: String,
        #[arg(long)]
        password: String,
        #[arg(long)]
        display_name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        admin: bool,
        #[arg(long = "group")]
        groups: Vec<String>,
        /// The user must change the password at the next sign-in.
        #[arg(long)]
        temporary: bool,
    },
    List {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        json: bool,
    },
    Disable(TenantUser),
    Enable(TenantUser),
    Unlock(TenantUser),
    /// Set a new password (a generated one when --password is absent).
    ResetPassword {
        #[command(flatten)]
        who: TenantUser,
        #[arg(long)]
        password: Option<String>,
        /// Force a change at the next sign-in.
        #[arg(long)]
        temporary: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum QuestionCommand {
    /// Adds a question (3-200 characters; at most 20 per language), for one language
    /// (`--locale de`) or all.
    Add {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        locale: Option<String>,
        #[arg(long)]
        text: String,
    },
    List {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        json: bool,
    },
    /// Removes a question nobody has answered.
    Remove {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// With every instance stopped: re-seal everything under a new key (created when the file
    /// is missing) and record it as the database's key; then point `key_file` at it.
    Rotate {
        #[arg(long)]
        new_key_file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Check the tenant's directory step by step: connection, TLS, service bind, user search,
    /// password policy. Exits non-zero when a step fails.
    Test {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    Set {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        key: String,
        #[arg(long)]
        value: String,
    },
    Show {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        json: bool,
    },
}

/// Settings resolved from the command line, the config file and the defaults.
#[derive(Debug)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub listen: String,
    pub public_url: Option<String>,
    pub config: Config,
}

impl Settings {
    pub fn resolve(cli: &Cli) -> anyhow::Result<Settings> {
        let config = match &cli.config {
            Some(path) => {
                let config = Config::load(path)?;
                check_config(&config)?;
                config
            }
            None => Config::default(),
        };
        let data_dir = cli
            .data_dir
            .clone()
            .or_else(|| config.data_dir.clone())
            .unwrap_or_else(|| PathBuf::from("latchkey-data"));
        let database_url = cli
            .database_url
            .clone()
            .or_else(|| config.database_url.clone())
            .unwrap_or_else(|| Store::sqlite_url(&data_dir));
        prepare_data_dir(&data_dir, &database_url)?;
        let listen = config.listen.clone().unwrap_or_else(|| "127.0.0.1:8443".into());
        Ok(Settings {
            data_dir,
            database_url,
            listen,
            public_url: config.public_url.clone(),
            config,
        })
    }

    /// The encryption key file: `key_file` from the config, else `secret.key` in the data dir.
    pub fn key_file(&self) -> PathBuf {
        self.config
            .key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("secret.key"))
    }

    pub async fn store(&self) -> anyhow::Result<Store> {
        Store::open(&self.database_url)
            .await
            .with_context(|| format!("cannot open the database ({})", redact_url(&self.database_url)))
    }
}

/// The files of ours a data dir may hold; each holds secrets or personal data.
const DATA_FILES: &[&str] = &[
    "latchkey.db",
    "latchkey.db-wal",
    "latchkey.db-shm",
    "outbox.jsonl",
    "secret.key",
];

/// Creates the data dir with mode 0700 and makes every file of ours in it 0600, the SQLite
/// database included (created empty here so that SQLite, which gives its WAL and shared-memory
/// files the database's mode, never makes a world-readable one). A data dir that already
/// exists keeps its mode (it may be a shared directory chosen by mistake), with a warning when
/// others may enter it.
pub fn prepare_data_dir(dir: &std::path::Path, database_url: &str) -> anyhow::Result<()> {
    let context = || format!("cannot prepare data dir {}", dir.display());
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
        if dir.exists() {
            let mode = std::fs::metadata(dir).with_context(context)?.permissions().mode();
            if mode & 0o077 != 0 {
                tracing::warn!(
                    data_dir = %dir.display(),
                    mode = %format!("{:o}", mode & 0o777),
                    "the data dir is open to other users; make it 0700 (chmod 700)"
                );
            }
        } else {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .with_context(context)?;
        }
        if database_url == Store::sqlite_url(dir) {
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(dir.join("latchkey.db"))
                .with_context(context)?;
        }
        for name in DATA_FILES {
            let path = dir.join(name);
            if let Ok(meta) = std::fs::metadata(&path)
                && meta.permissions().mode() & 0o077 != 0
            {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).with_context(context)?;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = database_url;
        std::fs::create_dir_all(dir).with_context(context)?;
    }
    Ok(())
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}://{user}:***@{}", &url[..s], &url[at + 1..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

fn app_err(e: AppError) -> anyhow::Error {
    let args = serde_json::Value::Object(e.args.clone());
    anyhow::anyhow!(
        "{} ({}) {}",
        e.code.message(),
        e.code.as_str(),
        if e.args.is_empty() {
            String::new()
        } else {
            args.to_string()
        }
    )
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Demo { listen } => return demo(&cli, listen).await,
        Command::Serve { listen } => {
            let mut settings = Settings::resolve(&cli)?;
            if let Some(l) = listen {
                settings.listen = l.clone();
            }
            let store = settings.store().await?;
            for t in &settings.config.tenants {
                admin::apply_tenant_config(&store, t).await?;
            }
            return serve(&settings, store, None, false).await;
        }
        _ => {}
    }
    let settings = Settings::resolve(&cli)?;
    let store = settings.store().await?;
    match cli.command {
        Command::Admin(AdminCommand::Key(KeyCommand::Rotate { new_key_file })) => {
            if new_key_file == settings.key_file() {
                bail!("--new-key-file must differ from key_file {}", new_key_file.display());
            }
            let old = Vault::load_or_create(&settings.key_file())?;
            check_key(&store, &old, &settings.key_file()).await?;
            let new = Vault::load_or_create(&new_key_file)?;
            let r = rotate_key(&store, &old, &new).await?;
            println!(
                "key rotated: {} TOTP seeds re-sealed, {} live codes dropped, backup codes of {} users removed; \
                 now set key_file = \"{}\" on every instance",
                r.resealed,
                r.codes_dropped,
                r.backup_codes_removed,
                new_key_file.display()
            );
        }
        Command::Migrate => {
            println!("database is up to date ({})", redact_url(&settings.database_url));
        }
        Command::Admin(cmd) => {
            let dirs = crate::directory::from_tenants(&settings.config.tenants, Hasher::default())
                .map_err(anyhow::Error::msg)?;
            admin_command(&store, &dirs, cmd).await?
        }
        Command::Serve { .. } | Command::Demo { .. } => unreachable!("handled above"),
    }
    Ok(())
}

async fn admin_command(store: &Store, dirs: &Directories, cmd: AdminCommand) -> anyhow::Result<()> {
    let hasher = Hasher::default();
    match cmd {
        AdminCommand::Tenant(TenantCommand::Add { slug, name }) => {
            let t = admin::ensure_tenant(store, &slug, Some(&name)).await.map_err(app_err)?;
            println!("tenant {} ({})", t.slug(), t.name());
        }
        AdminCommand::Tenant(TenantCommand::List) => {
            for t in store.list_tenants().await? {
                println!("{}\t{}", t.slug, t.name);
            }
        }
        AdminCommand::User(UserCommand::Add {
            tenant,
            username,
            password,
            display_name,
            email,
            phone,
            admin,
            groups,
            temporary,
        }) => {
            builtin_only(dirs, &tenant, "add")?;
            let spec = UserSpec {
                username,
                password: Secret::new(password),
                display_name,
                email,
                phone,
                admin,
                groups,
                temporary,
            };
            let u = admin::add_user(store, &hasher, &tenant, &spec).await.map_err(app_err)?;
            println!("added {} to {tenant}", u.username);
        }
        AdminCommand::User(UserCommand::List { tenant, json }) => {
            let t = admin::tenant(store, &tenant).await.map_err(app_err)?;
            let now = latchkey_core::Clock::now(&SystemClock);
            let dir = dirs.of(&tenant);
            // Printed as the directory's paged search delivers them, never all read at once.
            let mut first = true;
            if json {
                print!("[");
            } else {
                println!("{:<24} {:<28} {:<8} STATE", "USERNAME", "DISPLAY NAME", "ADMIN");
            }
            let mut print = |u: crate::directory::DirectoryUser| {
                let s = &u.state;
                if json {
                    let item = serde_json::json!({
                        "username": u.login, "display_name": u.display_name, "email": u.email,
                        "phone": u.mobile, "groups": u.groups, "admin": u.is_admin, "disabled": s.disabled,
                        "locked": s.is_locked(now), "must_change_password": s.must_change_password,
                        "expired": s.expired, "directory_id": u.id,
                    });
                    let text = serde_json::to_string_pretty(&item).unwrap_or_default();
                    print!("{}\n  {}", if first { "" } else { "," }, text.replace('\n', "\n  "));
                } else {
                    let state = if s.disabled {
                        "disabled"
                    } else if s.expired {
                        "expired"
                    } else if s.is_locked(now) {
                        "locked"
                    } else if s.must_change_password {
                        "must-change"
                    } else {
                        "active"
                    };
                    println!(
                        "{:<24} {:<28} {:<8} {}",
                        u.login,
                        u.display_name,
                        if u.is_admin { "yes" } else { "" },
                        state
                    );
                }
                first = false;
            };
            dir.for_each_user(store, t.id(), &mut print)
                .await
                .map_err(|e| app_err(e.into()))?;
            if json {
                println!("{}]", if first { "" } else { "\n" });
            }
        }
        AdminCommand::Directory(DirectoryCommand::Test { tenant, json }) => {
            // The configuration is what is tested: the tenant need not be in the database yet.
            let dir = dirs.of(&tenant);
            let steps = dir.check().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&steps)?);
            } else {
                println!("Directory of {tenant}: {}", dir.kind());
                for s in &steps {
                    println!("  [{}] {:<8} {}", if s.ok { " ok " } else { "FAIL" }, s.step, s.detail);
                }
            }
            if steps.iter().any(|s| !s.ok) {
                bail!("the directory check failed");
            }
        }
        AdminCommand::User(UserCommand::Disable(w)) => {
            builtin_only(dirs, &w.tenant, "disable")?;
            admin::set_disabled(store, &w.tenant, &w.username, true)
                .await
                .map_err(app_err)?;
            println!("disabled {}", w.username);
        }
        AdminCommand::User(UserCommand::Enable(w)) => {
            builtin_only(dirs, &w.tenant, "enable")?;
            admin::set_disabled(store, &w.tenant, &w.username, false)
                .await
                .map_err(app_err)?;
            println!("enabled {}", w.username);
        }
        AdminCommand::User(UserCommand::Unlock(w)) => {
            admin::unlock(store, dirs.of(&w.tenant).as_ref(), &w.tenant, &w.username)
                .await
                .map_err(app_err)?;
            println!("unlocked {}", w.username);
        }
        AdminCommand::User(UserCommand::ResetPassword {
            who,
            password,
            temporary,
        }) => {
            let given = password.is_some();
            let pw = admin::reset_password_in(
                store,
                dirs.of(&who.tenant).as_ref(),
                &who.tenant,
                &who.username,
                password.map(Secret::new),
                temporary,
            )
            .await
            .map_err(app_err)?;
            if given {
                println!(
                    "password of {} was reset{}",
                    who.username,
                    if temporary { " (temporary)" } else { "" }
                );
            } else {
                // The one place a password is printed: the admin asked for a generated one.
                println!("{}", pw.expose());
            }
        }
        AdminCommand::Policy(PolicyCommand::Set { tenant, key, value }) => {
            admin::set_policy(store, &tenant, &key, &value).await.map_err(app_err)?;
            println!("{key} = {value}");
        }
        AdminCommand::Policy(PolicyCommand::Show { tenant, json }) => {
            let t = admin::tenant(store, &tenant).await.map_err(app_err)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&t.policy)?);
            } else {
                for (k, v) in t.policy.show() {
                    println!("{k} = {v}");
                }
            }
        }
        AdminCommand::Key(_) => unreachable!("handled in run, which has the settings"),
        AdminCommand::Question(QuestionCommand::Add { tenant, locale, text }) => {
            let now = latchkey_core::Clock::now(&SystemClock);
            let q = crate::flows::questions::add(store, &tenant, locale.as_deref(), &text, now)
                .await
                .map_err(app_err)?;
            println!("{}\t{}\t{}", q.id, q.locale.as_deref().unwrap_or("*"), q.text);
        }
        AdminCommand::Question(QuestionCommand::List { tenant, json }) => {
            let list = crate::flows::questions::list(store, &tenant).await.map_err(app_err)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                for q in list {
                    println!("{}\t{}\t{}", q.id, q.locale.as_deref().unwrap_or("*"), q.text);
                }
            }
        }
        AdminCommand::Question(QuestionCommand::Remove { tenant, id }) => {
            crate::flows::questions::remove(store, &tenant, &id)
                .await
                .map_err(app_err)?;
            println!("removed {id}");
        }
        AdminCommand::Report { tenant, days, json } => {
            let now = latchkey_core::Clock::now_ms(&SystemClock);
            let mut r = admin::report(store, &tenant, days, now).await.map_err(app_err)?;
            r.coverage = Some(
                admin::coverage(store, dirs.of(&tenant).as_ref(), &tenant)
                    .await
                    .map_err(app_err)?,
            );
            if json {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                println!("Tenant {} - last {} days", r.tenant, r.days);
                println!();
                if let Some(c) = &r.coverage {
                    println!(
                        "Accounts {}, in scope {}, registered {}, not registered {}",
                        c.accounts, c.in_scope, c.registered, c.not_registered
                    );
                    println!();
                }
                println!("{:<16} {:>10} {:>14}", "METHOD", "REGISTERED", "ADDED");
                for row in &r.registrations {
                    println!("{:<16} {:>10} {:>14}", row.kind, row.registered, row.added_in_window);
                }
                println!();
                println!(
                    "{:<12} {:>10} {:>10} {:>10} {:>11}",
                    "DAY", "RESET OK", "RESET FAIL", "UNLOCK OK", "UNLOCK FAIL"
                );
                for d in &r.daily {
                    println!(
                        "{:<12} {:>10} {:>10} {:>10} {:>11}",
                        d.date, d.resets_succeeded, d.resets_failed, d.unlocks_succeeded, d.unlocks_failed
                    );
                }
            }
        }
        AdminCommand::Audit {
            tenant,
            user,
            event,
            outcome,
            days,
            limit,
            json,
        } => {
            let since_ms = days.map(|d| latchkey_core::Clock::now_ms(&SystemClock) - d * 86_400_000);
            let rows = store
                .query_audit(&AuditFilter {
                    tenant,
                    username: user,
                    event,
                    outcome,
                    since_ms,
                    limit,
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                println!(
                    "{:<20} {:<10} {:<20} {:<28} {:<12} {:<15} CLIENT",
                    "TIME", "TENANT", "USER", "EVENT", "OUTCOME", "IP"
                );
                for r in rows {
                    println!(
                        "{:<20} {:<10} {:<20} {:<28} {:<12} {:<15} {}",
                        crate::delivery::rfc3339(r.at),
                        r.tenant,
                        r.username.unwrap_or_default(),
                        r.event,
                        r.outcome,
                        r.ip.unwrap_or_default(),
                        r.client_type.unwrap_or_default()
                    );
                }
            }
        }
    }
    Ok(())
}

/// Re-seals TOTP seeds stored unbound (before seeds were sealed to their row) with their row;
/// `serve` runs it at start. Returns how many were re-sealed.
pub async fn seal_totp_seeds(store: &Store, vault: &Vault) -> anyhow::Result<usize> {
    let mut sealed = 0;
    for (tenant_id, user_id, id, old) in store.totp_secrets_to_seal("v2:").await? {
        let plain = vault
            .decrypt(&old)
            .map_err(|_| anyhow::anyhow!("the TOTP seed of method {id} cannot be decrypted with this key_file"))?;
        let new = vault.seal(
            &plain,
            &crate::flows::security_info::totp_row(&tenant_id, &user_id, &id),
        );
        if store.replace_method_secret(&id, &old, &new).await? {
            sealed += 1;
        }
    }
    Ok(sealed)
}

/// What a key rotation changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rotated {
    pub resealed: usize,
    pub codes_dropped: u64,
    pub backup_codes_removed: u64,
}

/// Moves the database from key `old` to key `new`: TOTP seeds re-sealed, live codes dropped,
/// backup codes removed (MACs cannot be re-keyed), the new fingerprint recorded. Running it again
/// after an interruption finishes the job (seeds already under `new` are left alone).
pub async fn rotate_key(store: &Store, old: &Vault, new: &Vault) -> anyhow::Result<Rotated> {
    let mut r = Rotated::default();
    for (tenant_id, user_id, id, sealed) in store.totp_secrets_to_seal("").await? {
        let row = crate::flows::security_info::totp_row(&tenant_id, &user_id, &id);
        if new.open(&sealed, &row).is_ok() {
            continue;
        }
        let plain = old
            .open(&sealed, &row)
            .or_else(|_| old.decrypt(&sealed))
            .map_err(|_| anyhow::anyhow!("the TOTP seed of method {id} cannot be decrypted with the old key"))?;
        if store
            .replace_method_secret(&id, &sealed, &new.seal(&plain, &row))
            .await?
        {
            r.resealed += 1;
        }
    }
    r.codes_dropped = store.delete_all_codes().await?;
    r.backup_codes_removed = store.delete_all_backup_codes().await?;
    let recorded = store.claim_key_fingerprint(&old.fingerprint()).await?;
    if recorded == old.fingerprint() {
        store
            .replace_key_fingerprint(&old.fingerprint(), &new.fingerprint())
            .await?;
    } else if recorded != new.fingerprint() {
        bail!("this database was set up with key {recorded}, neither the old nor the new key");
    }
    audit::record(
        store,
        latchkey_core::Clock::now_ms(&SystemClock),
        &audit::Actor::cli(),
        audit::Event {
            tenant: "*",
            username: None,
            event: "admin.key_rotate",
            outcome: "success",
            detail: serde_json::json!({
                "from": old.fingerprint(), "to": new.fingerprint(), "resealed": r.resealed,
                "codes_dropped": r.codes_dropped, "backup_codes_removed": r.backup_codes_removed,
            }),
        },
    )
    .await;
    Ok(r)
}

/// Refuses to serve with a key other than the one the database was first used with: codes,
/// captchas and seeds made by one instance would be rejected by another, a silent outage.
pub async fn check_key(store: &Store, vault: &Vault, key_file: &std::path::Path) -> anyhow::Result<()> {
    let ours = vault.fingerprint();
    let recorded = store.claim_key_fingerprint(&ours).await?;
    if recorded != ours {
        bail!(
            "key_file {} holds key {ours}, but this database was set up with key {recorded}: \
             every instance that shares a database must use the same key_file (copy it from a \
             running instance; see \"Key file\" in the README)",
            key_file.display()
        );
    }
    Ok(())
}

/// Refuses an admin command that only the built-in directory supports for a tenant whose
/// accounts live elsewhere.
fn builtin_only(dirs: &Directories, tenant: &str, what: &str) -> anyhow::Result<()> {
    let dir = dirs.of(tenant);
    if !dir.is_builtin() {
        bail!(
            "tenant {tenant} keeps its accounts in its directory ({}); `admin user {what}` is for built-in accounts: do it in the directory",
            dir.kind()
        );
    }
    Ok(())
}

/// The delivery every tenant gets: its configured backends; under `demo` the outbox for the
/// rest, else nothing (with a warning per unconfigured channel, so that live codes never land in
/// a file nobody asked for).
fn delivery_for(settings: &Settings, demo: bool) -> anyhow::Result<Router> {
    let tenants = &settings.config.tenants;
    let outbox_path = settings.data_dir.join("outbox.jsonl");
    let outbox: Arc<dyn crate::delivery::Delivery> = Arc::new(Outbox::new(outbox_path.clone()));
    let default: Arc<dyn crate::delivery::Delivery> = if demo {
        tracing::warn!(outbox = %outbox_path.display(), "demo: every message, codes included, is written to the outbox");
        outbox.clone()
    } else {
        for (slug, channel) in Router::unrouted(tenants) {
            tracing::warn!(
                tenant = slug,
                "no [tenant.delivery.{}] table: {} codes and notices are not sent",
                channel.table(),
                channel.table()
            );
        }
        tracing::warn!(
            "tenants absent from the configuration (created with `admin tenant add`) send no email or text message"
        );
        Arc::new(crate::delivery::Unconfigured)
    };
    for t in tenants {
        let d = t.delivery.clone().unwrap_or_default();
        for (name, ch) in [("email", &d.email), ("sms", &d.sms)] {
            if ch.as_ref().is_some_and(|c| c.kind == "outbox") {
                tracing::warn!(
                    tenant = t.slug,
                    outbox = %outbox_path.display(),
                    "delivery.{name} kind = \"outbox\": live codes are written to a file; for tests only"
                );
            }
        }
    }
    Ok(Router::from_config(tenants, default)
        .map_err(anyhow::Error::msg)?
        .with_outbox_routes(tenants, outbox))
}

/// Binds, prints where, and serves until Ctrl-C. `announce` is printed once listening; `demo`
/// sends every message to the outbox.
pub async fn serve(settings: &Settings, store: Store, announce: Option<String>, demo: bool) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(&settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    let addr = listener.local_addr()?;
    let cfg = &settings.config;
    let tls = match (&cfg.tls_cert_file, &cfg.tls_key_file) {
        (Some(cert), Some(key)) => Some(crate::tls::tls_config(cert, key).map_err(anyhow::Error::msg)?),
        _ => None,
    };
    if tls.is_none() && !addr.ip().is_loopback() && !cfg.tls_proxy {
        bail!(
            "listen {addr} is reachable from other machines without TLS: set tls_cert_file and \
             tls_key_file, or tls_proxy = true when a TLS proxy in front terminates TLS"
        );
    }
    let scheme = if tls.is_some() { "https" } else { "http" };
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("{scheme}://localhost:{}", addr.port()));
    let vault = Vault::load_or_create(&settings.key_file())?;
    check_key(&store, &vault, &settings.key_file()).await?;
    let resealed = seal_totp_seeds(&store, &vault).await?;
    if resealed > 0 {
        tracing::info!(count = resealed, "TOTP seeds sealed to their rows");
    }
    let hasher = Hasher::default();
    let directories =
        crate::directory::from_tenants(&settings.config.tenants, hasher.clone()).map_err(anyhow::Error::msg)?;
    let state = AppState::new(
        store.clone(),
        Arc::new(SystemClock),
        hasher,
        Arc::new(delivery_for(settings, demo)?),
        vault,
        &public_url,
    )
    .with_trusted_proxies(
        crate::client_addr::TrustedProxies::parse(&settings.config.trusted_proxies).map_err(anyhow::Error::msg)?,
    )
    .with_directories(directories)
    .with_portal_hosts(crate::config::portal_hosts(&settings.config.tenants)?);
    tokio::spawn(housekeeping(store));
    // Codes of resets go out from here, off the request path; queued ones left by a stopped
    // instance too.
    crate::flows::delivery_queue::spawn_worker(state.clone());
    tracing::info!(%addr, "listening");
    println!("Latchkey server listening on {scheme}://{addr}");
    if let Some(text) = announce {
        println!("{text}");
    }
    let limits = crate::transport::Limits {
        max_connections: cfg.max_connections.unwrap_or(1024) as usize,
        header_read_timeout: std::time::Duration::from_secs(cfg.header_read_timeout_secs.unwrap_or(10)),
        request_timeout: std::time::Duration::from_secs(cfg.request_timeout_secs.unwrap_or(30)),
        tls,
    };
    crate::transport::serve(listener, crate::http::app(state), limits, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

/// Every ten minutes (and at start): see [`crate::housekeeping`].
async fn housekeeping(store: Store) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        tick.tick().await;
        let now = latchkey_core::Clock::now_ms(&SystemClock);
        match crate::housekeeping::run(&store, now).await {
            Ok(swept) => tracing::debug!(?swept, "housekeeping"),
            Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
        }
    }
}

/// The demo users: (username, display name, email, phone, admin, password, temporary).
pub const DEMO_USERS: &[(&str, &str, &str, &str, bool, &str, bool)] = &[
    (
        "alex",
        "Alex Wilber",
        "alex@contoso.com",
        "+14255550134",
        false,
        "Harbor-Violet-Tractor-42",
        false,
    ),
    (
        "megan",
        "Megan Bowen",
        "megan@contoso.com",
        "+14255550177",
        true,
        "Granite-Meadow-Lantern-17",
        false,
    ),
    (
        "pat",
        "Pat Temple",
        "pat@contoso.com",
        "+14255550150",
        false,
        "Copper-Kettle-Nimbus-58",
        true,
    ),
];

async fn demo(cli: &Cli, listen: &str) -> anyhow::Result<()> {
    let data_dir = match &cli.data_dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("latchkey-demo-{}", std::process::id())),
    };
    if data_dir.join("latchkey.db").exists() {
        bail!(
            "{} already holds a database; the demo starts from a fresh data dir",
            data_dir.display()
        );
    }
    let database_url = cli.database_url.clone().unwrap_or_else(|| Store::sqlite_url(&data_dir));
    prepare_data_dir(&data_dir, &database_url)?;
    // Port 8443 when free, otherwise any free port (printed).
    let listen = match std::net::TcpListener::bind(listen) {
        Ok(l) => {
            drop(l);
            listen.to_string()
        }
        Err(_) => "127.0.0.1:0".to_string(),
    };
    let settings = Settings {
        data_dir: data_dir.clone(),
        database_url,
        listen,
        public_url: None,
        config: Config::default(),
    };
    let store = settings.store().await?;
    let cfg: crate::config::TenantConfig = toml::from_str(
        r##"
slug = "contoso"
name = "Contoso"
[branding]
primary_color = "#0f6cbd"
background_color = "#f5f7fb"
text_color = "#242424"
sign_in_text = "Use your Contoso account: the same user ID and password as on your work PC."
helpdesk_url = "https://help.contoso.com"
helpdesk_email = "help@contoso.com"
helpdesk_phone = "+1 425 555 0100"
[policy]
sspr_enabled = "all"
allowed_methods = "totp,email,phone,security_key"
captcha_difficulty = 10
"##,
    )?;
    admin::apply_tenant_config(&store, &cfg).await?;
    let hasher = Hasher::default();
    let mut lines = vec![
        String::new(),
        format!("Demo data dir: {}", data_dir.display()),
        format!(
            "Outbox (codes and notices): {}",
            data_dir.join("outbox.jsonl").display()
        ),
        "Tenant: contoso. Users (user ID / password):".to_string(),
    ];
    for (username, name, email, phone, is_admin, password, temporary) in DEMO_USERS {
        let spec = UserSpec {
            username: username.to_string(),
            password: Secret::new(*password),
            display_name: Some(name.to_string()),
            email: Some(email.to_string()),
            phone: Some(phone.to_string()),
            admin: *is_admin,
            groups: vec![if *is_admin { "it".into() } else { "staff".into() }],
            temporary: *temporary,
        };
        admin::add_user(&store, &hasher, "contoso", &spec)
            .await
            .map_err(app_err)?;
        let note = match (is_admin, temporary) {
            (true, _) => " (admin)",
            (_, true) => " (temporary: must change at sign-in)",
            _ => "",
        };
        lines.push(format!("  {username:<6} {password}{note}"));
    }
    serve(&settings, store, Some(lines.join("\n")), true).await
}

/// Checks a configuration whole: [`Config::check`], then each tenant's directory and delivery
/// settings by building them (a plain `ldap://` Active Directory, an unknown delivery kind, an
/// unreadable password file all stop the start here, naming the tenant).
pub fn check_config(config: &Config) -> Result<(), crate::config::ConfigError> {
    config.check()?;
    for t in &config.tenants {
        let fail = |problem: String| crate::config::ConfigError::Tenant {
            slug: t.slug.clone(),
            problem,
        };
        if let Some(d) = &t.directory {
            crate::directory::from_config(&t.slug, d).map_err(fail)?;
        }
        if let Some(del) = &t.delivery {
            for (channel, ch) in [(Channel::Email, &del.email), (Channel::Sms, &del.sms)] {
                if let Some(ch) = ch {
                    crate::delivery::backend(channel, ch).map_err(fail)?;
                }
            }
        }
    }
    Ok(())
}
