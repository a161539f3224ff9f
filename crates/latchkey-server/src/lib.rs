//! Latchkey's server: the HTTP JSON API (axum), storage (SQLite or PostgreSQL through sqlx), the
//! built-in directory, delivery of codes and notifications, the audit log, and the admin CLI.
//!
//! The binary in `main.rs` is glue over this library. Domain rules (password policy, tenant
//! policy) live in `latchkey-core`; this crate must not re-implement them.

pub mod audit;
pub mod cli;
pub mod client_addr;
pub mod config;
pub mod crypto;
pub mod delivery;
pub mod directory;
pub mod email;
pub mod error;
pub mod flows;
pub mod hashing;
pub mod housekeeping;
pub mod http;
mod layers;
pub mod state;
pub mod store;
pub mod tenant;
pub mod tls;
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
