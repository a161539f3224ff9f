// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // `latchkey --diagnose`: the connection checks as text, exit code 0 ok, 1 failed, 2 warnings.
    if std::env::args().skip(1).any(|a| a == "--diagnose") {
        std::process::exit(latchkey_app::diagnose::cli());
    }
    latchkey_app::run();
}
