// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    webkit_switches();
    // `latchkey --diagnose`: the connection checks as text, exit code 0 ok, 1 failed, 2 warnings.
    if std::env::args().skip(1).any(|a| a == "--diagnose") {
        std::process::exit(latchkey_app::diagnose::cli());
    }
    latchkey_app::run();
}

/// Linux: two WebKitGTK switches for an app that draws forms, each measured on the first
/// branded paint (`scripts/bench-app.sh`):
/// - the DMA-BUF renderer delays the first frame by about half a second and takes more memory
///   where rendering is done in software (kiosks, virtual machines), and some GPU drivers show a
///   blank window with it: the shared-memory path is enough;
/// - Skia's GPU painting on a software OpenGL (the same machines) builds its shaders on the CPU
///   before the first frame; CPU painting takes about 0.15 s off the first branded paint there
///   and is ample for forms on any machine.
///
/// WebKit reads these from the environment only, and the house forbids `unsafe` (which
/// `set_var` needs), so the app starts itself once more with them set (the same process:
/// `exec`). A value IT or the user set wins.
///
/// Not under WebDriver (tauri-driver sets `TAURI_WEBVIEW_AUTOMATION`): with the DMA-BUF
/// renderer off, WebKitWebDriver's screenshots never answer in WebKitGTK 2.4x, so the E2E tests
/// run WebKit's defaults. The shipped switches are proven from outside, on the X screen: by
/// `scripts/bench-app.sh` and by the package test's pixel check of the installed app.
#[cfg(target_os = "linux")]
fn webkit_switches() {
    use std::os::unix::process::CommandExt;
    if std::env::var_os("TAURI_WEBVIEW_AUTOMATION").is_some() {
        return;
    }
    const SWITCHES: [&str; 2] = ["WEBKIT_DISABLE_DMABUF_RENDERER", "WEBKIT_SKIA_ENABLE_CPU_RENDERING"];
    let unset: Vec<&str> = SWITCHES.into_iter().filter(|s| std::env::var_os(s).is_none()).collect();
    if unset.is_empty() {
        return;
    }
    let Ok(me) = std::env::current_exe() else { return };
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| me.clone().into_os_string());
    let mut command = std::process::Command::new(&me);
    command.arg0(arg0).args(args);
    for switch in unset {
        command.env(switch, "1");
    }
    // Returns only when the exec failed: then start as we are.
    let _ = command.exec();
}
