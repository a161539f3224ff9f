//! The OpenAPI 3 document, generated from the handlers' annotations and the proto types.

use std::sync::OnceLock;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

#[derive(OpenApi)]
#[openapi(
    info(title = "Latchkey API", description = "Self-service password reset and security-info registration."),
    paths(
        crate::http::public::healthz,
        crate::http::public::openapi,
        crate::http::public::branding,
        crate::http::public::password_policy,
        crate::http::session::create,
        crate::http::session::delete_current,
        crate::http::session::change_password,
        crate::http::methods::mfa_challenge,
        crate::http::methods::mfa_verify,
        crate::http::methods::list,
        crate::http::methods::totp_start,
        crate::http::methods::totp_verify,
        crate::http::methods::email_start,
        crate::http::methods::email_verify,
        crate::http::methods::phone_start,
        crate::http::methods::phone_verify,
        crate::http::methods::security_key_start,
        crate::http::methods::security_key_finish,
        crate::http::methods::resend,
        crate::http::methods::questions_list,
        crate::http::methods::questions_save,
        crate::http::methods::backup_codes,
        crate::http::methods::remove,
        crate::http::methods::set_default,
        crate::http::methods::confirm,
        crate::http::reset::captcha,
        crate::http::reset::start,
        crate::http::reset::start_unlock,
        crate::http::reset::challenge,
        crate::http::reset::verify,
        crate::http::reset::password,
        crate::http::reset::unlock,
        crate::http::reset::cancel,
    ),
    modifiers(&Bearer)
)]
struct ApiDoc;

struct Bearer;

impl utoipa::Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Serialized once; the document does not change while the server runs.
pub fn document_json() -> String {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| document().to_json().unwrap_or_else(|_| "{}".into()))
        .clone()
}
