//! The error that crosses IPC: a stable code (the server's, or `network.*` / `config.*` from the
//! app itself) plus data. The UI turns the code into a Fluent message; no English leaves Rust.

use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize)]
#[error("{code}")]
pub struct CommandError {
    pub code: String,
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub args: Map<String, Value>,
}

impl CommandError {
    pub fn new(code: &str) -> Self {
        CommandError {
            code: code.to_string(),
            args: Map::new(),
        }
    }

    pub fn with_args(code: &str, args: Map<String, Value>) -> Self {
        CommandError {
            code: code.to_string(),
            args,
        }
    }

    pub const NO_TENANT: &'static str = "config.no_tenant";
    pub const UNREACHABLE: &'static str = "network.unreachable";
    pub const TIMEOUT: &'static str = "network.timeout";
    pub const TLS: &'static str = "network.tls";
    pub const BAD_RESPONSE: &'static str = "network.bad_response";
}

impl From<reqwest::Error> for CommandError {
    fn from(e: reqwest::Error) -> Self {
        let mut args = Map::new();
        if let Some(url) = e.url() {
            args.insert("host".into(), Value::from(url.host_str().unwrap_or("").to_string()));
        }
        let text = format!("{e:?}").to_ascii_lowercase();
        let code = if e.is_timeout() {
            CommandError::TIMEOUT
        } else if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            CommandError::TLS
        } else if e.is_connect() || e.is_request() {
            CommandError::UNREACHABLE
        } else {
            CommandError::BAD_RESPONSE
        };
        crate::applog::log(
            crate::machine_policy::LogLevel::Warn,
            &format!(
                "network: {code} {}",
                args.get("host").and_then(Value::as_str).unwrap_or("")
            ),
        );
        CommandError::with_args(code, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_args() {
        let mut args = Map::new();
        args.insert("retry_after_secs".into(), Value::from(30));
        let e = CommandError::with_args("auth.rate_limited", args);
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "auth.rate_limited", "args": {"retry_after_secs": 30}})
        );
        assert_eq!(
            serde_json::to_value(CommandError::new("config.no_tenant")).unwrap(),
            serde_json::json!({"code": "config.no_tenant"})
        );
    }
}
