//! The app's log file, in the OS log location, at the level the machine policy sets
//! (`log_level`, default warn). Rotates at 1 MiB, keeping three old files. Never secrets: only
//! what the callers pass, which is codes, HTTP methods, statuses and paths with ids redacted.
//! Kiosk mode writes no log file (nothing of a visit on disk).
//!
//! Linux `$XDG_STATE_HOME/latchkey/logs/latchkey.log` (`~/.local/state/…`), Windows
//! `%LOCALAPPDATA%\Latchkey\logs\latchkey.log`, macOS `~/Library/Logs/Latchkey/latchkey.log`.

use crate::machine_policy::LogLevel;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const MAX_BYTES: u64 = 1024 * 1024;
const KEEP: usize = 3;

struct Sink {
    path: PathBuf,
    level: LogLevel,
}

static SINK: Mutex<Option<Sink>> = Mutex::new(None);

/// The log directory of this OS (`LATCHKEY_LOG_DIR` moves it, for tests).
pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("LATCHKEY_LOG_DIR") {
        return Some(PathBuf::from(d));
    }
    if cfg!(target_os = "macos") {
        dirs::home_dir().map(|h| h.join("Library/Logs/Latchkey"))
    } else if cfg!(windows) {
        dirs::data_local_dir().map(|d| d.join("Latchkey").join("logs"))
    } else {
        dirs::state_dir()
            .or_else(dirs::data_local_dir)
            .map(|d| d.join("latchkey").join("logs"))
    }
}

/// Starts logging to `dir/latchkey.log` at `level`.
pub fn init(dir: &Path, level: LogLevel) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    if let Ok(mut sink) = SINK.lock() {
        *sink = Some(Sink {
            path: dir.join("latchkey.log"),
            level,
        });
    }
}

fn rotate(path: &Path) {
    if std::fs::metadata(path).map(|m| m.len() < MAX_BYTES).unwrap_or(true) {
        return;
    }
    for i in (1..KEEP).rev() {
        let _ = std::fs::rename(
            path.with_extension(format!("log.{i}")),
            path.with_extension(format!("log.{}", i + 1)),
        );
    }
    let _ = std::fs::rename(path, path.with_extension("log.1"));
}

/// Writes one line when `level` is enabled; best effort.
pub fn log(level: LogLevel, message: &str) {
    let Ok(guard) = SINK.lock() else { return };
    write_line(guard.as_ref(), level, message);
}

/// Panics leave one line in the log before the usual report: where it happened, never the
/// message (it could quote input). The packaged app aborts on a panic (`panic = "abort"` in the
/// `app-release` profile), so this line is what the help desk finds afterwards.
pub fn install_panic_hook() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "an unknown place".to_string());
        // try_lock: a panic while this thread writes the log must not wait on itself.
        if let Ok(guard) = SINK.try_lock() {
            write_line(
                guard.as_ref(),
                LogLevel::Error,
                &format!("the app stopped on an internal error at {at}"),
            );
        }
        report(info);
    }));
}

fn write_line(sink: Option<&Sink>, level: LogLevel, message: &str) {
    let Some(sink) = sink else { return };
    if level > sink.level {
        return;
    }
    rotate(&sink.path);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let name = match level {
        LogLevel::Error => "ERROR",
        LogLevel::Warn => "WARN",
        LogLevel::Info => "INFO",
        LogLevel::Debug => "DEBUG",
    };
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&sink.path) {
        let _ = writeln!(f, "{now} {name} {}", message.replace(['\n', '\r'], " "));
    }
}

/// A request path for the log: the id after `resets/` or `unlocks/`, and any long token-like
/// segment, replaced.
pub fn redact_path(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut hide_next = false;
    for part in path.split('/') {
        let long = part.len() >= 16;
        if (hide_next || long) && !part.is_empty() {
            out.push("…");
        } else {
            out.push(part);
        }
        hide_next = matches!(part, "resets" | "unlocks");
    }
    out.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_redacted_from_paths() {
        assert_eq!(redact_path("resets/AbC123/verify"), "resets/…/verify");
        assert_eq!(
            redact_path("/api/v1/tenants/contoso/me/methods/email/0123456789abcdef0123/verify"),
            "/api/v1/tenants/contoso/me/methods/email/…/verify"
        );
        assert_eq!(redact_path("branding"), "branding");
    }

    #[test]
    fn levels_filter_and_files_rotate() {
        let dir = std::env::temp_dir().join(format!("lk-log-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        init(&dir, LogLevel::Warn);
        log(LogLevel::Info, "hidden");
        log(LogLevel::Warn, "shown\nsecond line");
        let text = std::fs::read_to_string(dir.join("latchkey.log")).unwrap();
        assert!(
            text.contains("WARN shown second line") && !text.contains("hidden"),
            "{text}"
        );
        std::fs::write(dir.join("latchkey.log"), vec![b'x'; MAX_BYTES as usize]).unwrap();
        log(LogLevel::Error, "after rotation");
        assert!(dir.join("latchkey.log.1").exists());
        assert!(
            std::fs::read_to_string(dir.join("latchkey.log"))
                .unwrap()
                .contains("after rotation")
        );

        // A panic: where it happened goes to the log, what it said does not.
        install_panic_hook();
        let _ = std::thread::spawn(|| panic!("kept out of the log: token 5ecret")).join();
        let text = std::fs::read_to_string(dir.join("latchkey.log")).unwrap();
        assert!(
            text.contains("ERROR the app stopped on an internal error at ") && text.contains("applog.rs:"),
            "{text}"
        );
        assert!(!text.contains("5ecret"), "{text}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
