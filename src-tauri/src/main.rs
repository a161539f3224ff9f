// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Linux: WebKitGTK's DMA-BUF renderer delays the first frame by about half a second and takes
    // more memory where rendering is done in software (kiosks, virtual machines; `./dev bench-app`
    // measures it), and some GPU drivers show a blank window with it. The app draws forms: the
    // shared-memory path is enough. A value IT or the user set wins.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // SAFETY: the first statement of `main`, before any other thread exists.
        unsafe { std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1") };
    }
    // `latchkey --diagnose`: the connection checks as text, exit code 0 ok, 1 failed, 2 warnings.
    if std::env::args().skip(1).any(|a| a == "--diagnose") {
        std::process::exit(latchkey_app::diagnose::cli());
    }
    latchkey_app::run();
}
