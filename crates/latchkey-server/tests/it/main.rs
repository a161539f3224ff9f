//! The server's integration tests: one binary, a module per area. Every `both!` test runs on
//! SQLite and on a real PostgreSQL (`LATCHKEY_TEST_DATABASE_URL`, which `./dev test` provides).

mod support;

mod admin_cli;
mod attack_surface;
mod audit;
mod bad_input;
mod branding;
mod certs;
mod decoy_shape;
mod delivery;
mod directory_ad;
mod directory_openldap;
mod fuzz;
mod languages;
mod password_change;
mod portal;
mod processes;
mod registration;
mod reset;
mod samba;
mod security_info;
mod security_key;
mod sign_in;
mod slapd;
mod socket;
mod store;
