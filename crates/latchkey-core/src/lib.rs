//! Latchkey's domain: password rules and strength, tenant policy and its validation, masking of
//! contact details, and the clock abstraction.
//!
//! Plain Rust only: no network, no database, no files at run time (the breached list is compiled
//! in). Time is a parameter (`Clock`) so expiries are testable without sleeping.

pub mod branding;
pub mod captcha;
pub mod clock;
pub mod mask;
pub mod method;
pub mod password;
pub mod policy;

pub use clock::{Clock, FixedClock, SystemClock};
