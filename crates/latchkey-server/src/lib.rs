//! Latchkey's server: the HTTP JSON API (axum), storage (SQLite or PostgreSQL through sqlx), the
//! built-in directory, delivery of codes and notifications, the audit log, and the admin CLI.
//!
//! The binary in `main.rs` is glue over this library. Domain rules (password policy, tenant
//! policy) live in `latchkey-core`; this crate must not re-implement them.

pub mod account;
pub mod admin;
pub mod audit;
pub mod cli;
pub mod client_addr;
pub mod config;
pub mod crypto;
pub mod custom_questions;
pub mod delivery;
pub mod directory;
pub mod email;
pub mod error;
pub mod hashing;
pub mod housekeeping;
pub mod http;
pub mod notice;
pub mod openapi;
pub mod registration;
pub mod reset;
pub mod security_info;
pub mod security_key;
pub mod state;
pub mod store;
pub mod tenant;
pub mod transport;

pub use state::AppState;

/// Tenant slugs: 1-63 characters of `a-z`, `0-9` and `-`, not starting with `-`.
pub fn tenant_slug_is_valid(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 63
        && !slug.starts_with('-')
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
