//! Tauri commands: thin wrappers that take the UI's input, call the client or the domain crates,
//! and return data or a `CommandError`.

pub mod app;
pub mod i18n;
pub mod password;
pub mod reset;
pub mod security;
