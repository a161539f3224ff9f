fn main() {
    // Every command is declared so capabilities/ can allow exactly what the UI uses.
    let commands = &[
        "app_bootstrap",
        "i18n_set_locale",
        "password_evaluate",
        "password_change",
        "session_sign_in",
        "session_sign_out",
        "session_resume",
        "session_mfa_challenge",
        "session_mfa_verify",
        "methods_list",
        "methods_confirm",
        "registration_skip",
        "method_remove",
        "method_set_default",
        "totp_start_enrollment",
        "totp_finish_enrollment",
        "email_start",
        "email_verify",
        "phone_start",
        "phone_verify",
        "questions_list",
        "questions_save",
        "backup_codes_generate",
        "security_key_register",
        "reset_start",
        "reset_challenge",
        "reset_verify",
        "reset_set_password",
        "reset_unlock",
        "reset_cancel",
        "kiosk_activity",
        "kiosk_end_visit",
        "diagnose_run",
        "diagnose_report",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build script");
}
