//! The rules of each flow, between the thin HTTP handlers above (`http/`) and the ports below
//! (`directory/`, `store/`, `delivery/`). A flow never imports `http/` or the CLI, and flows
//! import each other in one direction only:
//!
//! ```text
//! reset, account ──▶ registration, step_up ──▶ security_key ──▶ security_info ──▶ methods ──▶ session, notice
//! reset, security_info ──▶ delivery_queue ──▶ notice
//! admin ◀── questions
//! ```

/// Sign-in and password change.
pub mod account;
/// The admin operations behind the CLI: users, tenants, policy, reports.
pub mod admin;
/// Reset codes sent off the request path: the queue's worker.
pub mod delivery_queue;
/// Which methods count, for a reset and for the registration interrupt.
pub mod methods;
/// Codes, announcements and the language they go out in.
pub mod notice;
/// A tenant's own security questions (`admin question add|list|remove`).
pub mod questions;
/// The interrupt after sign-in: register, or reconfirm, your security info.
pub mod registration;
/// Forgotten password and unlock: one reset session, proven with the user's methods.
pub mod reset;
/// Registering, verifying, listing and removing a user's methods.
pub mod security_info;
/// FIDO2 security keys (WebAuthn) as a method.
pub mod security_key;
/// Bearer sessions and their levels.
pub mod session;
/// Step-up verification of a password-only session.
pub mod step_up;
