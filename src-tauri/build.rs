fn main() {
    // Every command is declared so capabilities/ can allow exactly what the UI uses.
    let commands = &[
        "app_bootstrap",
        "i18n_set_locale",
        "password_evaluate",
        "password_change",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build script");
}
