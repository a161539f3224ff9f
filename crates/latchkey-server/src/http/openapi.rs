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
        crate::http::methods::registration_skip,
        crate::http::reset::captcha,
        crate::http::reset::start,
        crate::http::reset::start_unlock,
        crate::http::reset::challenge,
        crate::http::reset::verify,
        crate::http::reset::password,
        crate::http::reset::unlock,
        crate::http::reset::cancel,
        crate::http::portal_api::bootstrap,
        crate::http::portal_api::locale,
        crate::http::portal_api::evaluate,
    ),
    modifiers(&Bearer, &ErrorCodes, &CommonErrors)
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

/// Lists every error code as the values `error.code` may take, so clients (and schema checks)
/// know the whole set.
struct ErrorCodes;

impl utoipa::Modify for ErrorCodes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{RefOr, Schema};
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        let Some(RefOr::T(Schema::Object(detail))) = components.schemas.get_mut("ErrorDetail") else {
            return;
        };
        if let Some(RefOr::T(Schema::Object(code))) = detail.properties.get_mut("code") {
            code.enum_values = Some(
                latchkey_proto::ErrorCode::ALL
                    .iter()
                    .map(|c| serde_json::Value::from(c.as_str()))
                    .collect(),
            );
        }
    }
}

/// The error answers any operation of its kind can give, beside the ones its handler documents:
/// every tenant route `404 tenant.not_found` (and unknown ids), `500 internal.error` and
/// `503 request.timeout`; every route with a body `400` (malformed or unknown fields), `413` and
/// `415`; every bearer route `401`. A schema check then accepts exactly what the server can say.
struct CommonErrors;

impl utoipa::Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
        let error = |what: &str| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(what)
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("ErrorBody")))
                            .build(),
                    )
                    .build(),
            )
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let tenant_route = path.starts_with("/api/v1/tenants/");
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                let mut common = vec![];
                if tenant_route {
                    common.extend([
                        ("404", "tenant.not_found, or no such id"),
                        ("500", "internal.error"),
                        ("503", "request.timeout"),
                    ]);
                }
                if op.request_body.is_some() {
                    common.extend([
                        ("400", "request.invalid, request.unknown_field"),
                        ("413", "request.too_large"),
                        ("415", "request.unsupported_media_type"),
                    ]);
                }
                if op.security.as_ref().is_some_and(|s| !s.is_empty()) {
                    common.push(("401", "auth.token_missing, auth.token_invalid, session.expired"));
                }
                for (status, what) in common {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| error(what));
                }
            }
        }
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
