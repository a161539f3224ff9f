// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    without_dmabuf_renderer();
    // `latchkey --diagnose`: the connection checks as text, exit code 0 ok, 1 failed, 2 warnings.
    if std::env::args().skip(1).any(|a| a == "--diagnose") {
        std::process::exit(latchkey_app::diagnose::cli());
    }
    latchkey_app::run();
}

/// Linux: WebKitGTK's DMA-BUF renderer delays the first frame by about half a second and takes
/// more memory where rendering is done in software (kiosks, virtual machines; `./dev bench-app`
/// measures it), and some GPU drivers show a blank window with it. The app draws forms: the
/// shared-memory path is enough. WebKit reads the switch from the environment only, and the
/// house forbids `unsafe` (which `set_var` needs), so the app starts itself once more with it
/// set (the same process: `exec`). A value IT or the user set wins.
#[cfg(target_os = "linux")]
fn without_dmabuf_renderer() {
    use std::os::unix::process::CommandExt;
    const SWITCH: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(SWITCH).is_some() {
        return;
    }
    let Ok(me) = std::env::current_exe() else { return };
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| me.clone().into_os_string());
    // Returns only when the exec failed: then start as we are.
    let _ = std::process::Command::new(&me)
        .arg0(arg0)
        .args(args)
        .env(SWITCH, "1")
        .exec();
}
