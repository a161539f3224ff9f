//! Shared by the benchmarks: the argon2id ceiling, run length, percentiles, CPU accounting and
//! a fresh PostgreSQL database.

#![allow(dead_code)]

use latchkey_server::hashing::{Hasher, Scratch};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A runtime of one thread named `bench-client` for a load generator: its CPU time is then
/// told apart from the server's ([`CpuSplit::client_secs`]) and its wake-ups do not land on the
/// server's threads. Shut it down with `shutdown_background` (it may be dropped in async code).
pub fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("bench-client")
        .enable_all()
        .build()
        .expect("a runtime for the load generator")
}

/// Seconds per measured run: `LATCHKEY_BENCH_SECONDS`, 20 by default.
pub fn seconds() -> u64 {
    std::env::var("LATCHKEY_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|s| *s > 0)
        .unwrap_or(20)
}

/// Seconds of unmeasured load before a measured run: `LATCHKEY_BENCH_WARMUP_SECS`, 5 by default.
pub fn warmup_seconds() -> u64 {
    std::env::var("LATCHKEY_BENCH_WARMUP_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
}

pub fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// argon2id hashes per second at the configured parameters: one plain thread per core, each
/// reusing its memory (the best this machine does, and what the server's hashing threads do).
pub fn argon2_ops_per_sec(secs: u64) -> f64 {
    let hasher = Hasher::default();
    let count = AtomicU64::new(0);
    // Each thread warms up (one hash) before the clock starts.
    let started = Instant::now() + Duration::from_millis(500);
    let stop = started + Duration::from_secs(secs);
    std::thread::scope(|s| {
        for _ in 0..cores() {
            let (h, c) = (&hasher, &count);
            s.spawn(move || {
                // Warm: the server's hashing threads keep their memory, so its first-touch page
                // faults are not part of their steady cost either.
                let mut scratch = Scratch::default();
                std::hint::black_box(h.hash_in("warm-up", &mut scratch));
                std::thread::sleep(started.saturating_duration_since(Instant::now()));
                while Instant::now() < stop {
                    std::hint::black_box(h.hash_in("Bench-Password-For-Argon2", &mut scratch));
                    c.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    count.into_inner() as f64 / started.elapsed().as_secs_f64()
}

/// The argon2id ceiling measured before and after the runs. On a shared machine the load of
/// other work drifts; the mean of both sides of the run is the fairer ceiling, and a large gap
/// between them says the figures of this run are unreliable.
#[derive(Debug, Clone, Copy)]
pub struct Ceiling {
    pub before: f64,
    pub after: f64,
}

impl Ceiling {
    pub fn mean(&self) -> f64 {
        (self.before + self.after) / 2.0
    }

    /// How far apart the two measurements are, relative to their mean.
    pub fn drift(&self) -> f64 {
        (self.before - self.after).abs() / self.mean()
    }

    pub fn row(&self) -> String {
        format!(
            "| argon2id ceiling, operations/s ({} threads; before / after the runs) | {:.1} ({:.1} / {:.1}) |",
            cores(),
            self.mean(),
            self.before,
            self.after
        )
    }

    pub fn warn_if_drifting(&self) {
        if self.drift() > 0.1 {
            println!(
                "\nwarning: the argon2id ceiling moved {:.0}% during this run (other load on the machine); \
                 its ratios are unreliable",
                self.drift() * 100.0
            );
        }
    }
}

pub fn p99(v: &[Duration]) -> Duration {
    percentile(v, 99)
}

pub fn percentile(v: &[Duration], pct: usize) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    let mut v = v.to_vec();
    v.sort();
    v[(v.len() * pct / 100).min(v.len() - 1)]
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// CPU time of this process's threads, split into the argon2 hashing threads and the rest
/// (request handling, database driver and the in-process load generator), from /proc.
#[derive(Debug, Clone, Copy, Default)]
pub struct CpuSplit {
    pub argon2_secs: f64,
    pub other_secs: f64,
    /// Threads named `bench-client`: a load generator on its own runtime.
    pub client_secs: f64,
}

impl CpuSplit {
    pub fn now() -> CpuSplit {
        let mut split = CpuSplit::default();
        let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
            return split;
        };
        for task in tasks.flatten() {
            let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
            let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
            // Fields after the command name's closing parenthesis; utime and stime are the
            // 12th and 13th of them, in clock ticks (100 per second on Linux).
            let Some((_, rest)) = stat.rsplit_once(')') else {
                continue;
            };
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let ticks: u64 = [11, 12]
                .iter()
                .filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok()))
                .sum();
            let secs = ticks as f64 / 100.0;
            if comm.starts_with("latchkey-argon") {
                split.argon2_secs += secs;
            } else if comm.starts_with("bench-client") {
                split.client_secs += secs;
            } else {
                split.other_secs += secs;
            }
        }
        split
    }

    pub fn since(&self, earlier: &CpuSplit) -> CpuSplit {
        CpuSplit {
            argon2_secs: self.argon2_secs - earlier.argon2_secs,
            other_secs: self.other_secs - earlier.other_secs,
            client_secs: self.client_secs - earlier.client_secs,
        }
    }

    /// The share of this process's CPU time spent outside argon2 (and outside a load generator
    /// on its own threads).
    pub fn other_share(&self) -> f64 {
        self.other_secs / (self.argon2_secs + self.other_secs + self.client_secs).max(f64::EPSILON)
    }
}

/// CPU seconds used so far by the PostgreSQL server processes serving `url`'s database, when
/// that server runs on this machine (read from /proc; `None` otherwise).
pub async fn postgres_cpu_secs(url: &str) -> Option<f64> {
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(url).await.ok()?;
    let rows = sqlx::query(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR backend_type <> 'client backend'",
    )
    .fetch_all(&mut conn)
    .await
    .ok()?;
    let mut secs = 0.0;
    for r in rows {
        let pid: i32 = sqlx::Row::try_get(&r, 0).ok()?;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        let (_, rest) = stat.rsplit_once(')')?;
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ticks: u64 = [11, 12]
            .iter()
            .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
            .sum();
        secs += ticks as f64 / 100.0;
    }
    Some(secs)
}

/// Drops a database made by [`fresh_postgres`] (its connections too).
pub async fn drop_postgres(admin_url: &str, url: &str) {
    let Some((_, name)) = url.rsplit_once('/') else { return };
    if let Ok(mut conn) = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url).await {
        let _ = sqlx::Executor::execute(
            &mut conn,
            sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")),
        )
        .await;
    }
}

/// A new, empty database on the PostgreSQL server of `admin_url`.
pub async fn fresh_postgres(admin_url: &str, tag: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("lk_bench_{tag}_{}", std::process::id());
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url)
        .await
        .unwrap();
    let _ = sqlx::Executor::execute(
        &mut conn,
        sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}")),
    )
    .await;
    sqlx::Executor::execute(&mut conn, sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .unwrap();
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin_url);
    format!("{base}/{name}")
}

/// Machine-wide CPU time from /proc/stat, in clock ticks: (busy, idle, steal). Steal is time the
/// hypervisor gave this machine's virtual CPUs to someone else.
#[derive(Debug, Clone, Copy, Default)]
pub struct MachineCpu {
    pub busy: u64,
    pub idle: u64,
    pub steal: u64,
}

impl MachineCpu {
    pub fn now() -> MachineCpu {
        let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let Some(line) = stat.lines().next() else {
            return MachineCpu::default();
        };
        // cpu user nice system idle iowait irq softirq steal guest guest_nice
        let f: Vec<u64> = line.split_whitespace().skip(1).filter_map(|x| x.parse().ok()).collect();
        let get = |i: usize| f.get(i).copied().unwrap_or(0);
        MachineCpu {
            busy: get(0) + get(1) + get(2) + get(5) + get(6),
            idle: get(3) + get(4),
            steal: get(7),
        }
    }

    pub fn since(&self, earlier: &MachineCpu) -> MachineCpu {
        MachineCpu {
            busy: self.busy - earlier.busy,
            idle: self.idle - earlier.idle,
            steal: self.steal - earlier.steal,
        }
    }

    /// (busy, idle, steal) as shares of all the time of all CPUs.
    pub fn shares(&self) -> (f64, f64, f64) {
        let all = (self.busy + self.idle + self.steal).max(1) as f64;
        (self.busy as f64 / all, self.idle as f64 / all, self.steal as f64 / all)
    }

    pub fn row(&self, what: &str) -> String {
        let (b, i, s) = self.shares();
        format!(
            "| machine CPU during {what}: busy / idle / stolen by the hypervisor | {:.0}% / {:.0}% / {:.0}% |",
            b * 100.0,
            i * 100.0,
            s * 100.0
        )
    }
}

/// Keeps the last code sent to each destination in memory, so a load generator answers
/// challenges without reading an outbox file under load.
#[derive(Debug, Default)]
pub struct Capture(std::sync::Mutex<std::collections::HashMap<String, String>>);

impl Capture {
    /// The code sent to `to` since the last call: waits up to 10 s for it (a reset's code goes
    /// out from the delivery worker, after the challenge answered); empty when none came.
    pub async fn last_code(&self, to: &str) -> String {
        for _ in 0..10_000 {
            if let Some(code) = self.0.lock().unwrap().remove(to) {
                return code;
            }
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        String::new()
    }
}

#[async_trait::async_trait]
impl latchkey_server::delivery::Delivery for Capture {
    async fn send(
        &self,
        _at_ms: i64,
        msg: &latchkey_server::delivery::Message,
    ) -> Result<(), latchkey_server::delivery::DeliveryError> {
        if let Some(code) = &msg.code {
            self.0.lock().unwrap().insert(msg.to.clone(), code.expose().to_string());
        }
        Ok(())
    }
}
