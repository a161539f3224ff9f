use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The error body every failing API call answers with:
/// `{"error":{"code":"<area.problem>","message":"<English fallback>","args":{...}}}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub args: serde_json::Map<String, serde_json::Value>,
}

macro_rules! error_codes {
    ($( $variant:ident = $code:literal, $status:literal, $message:literal; )*) => {
        /// Stable error codes. The dotted string is the contract; clients localize it
        /// (Fluent id `error-` + code with `.` and `_` turned into `-`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $variant, )*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[ $( ErrorCode::$variant, )* ];

            /// The dotted wire code, e.g. `auth.invalid_credentials`.
            pub fn as_str(self) -> &'static str {
                match self { $( ErrorCode::$variant => $code, )* }
            }

            /// The HTTP status the server answers with.
            pub fn http_status(self) -> u16 {
                match self { $( ErrorCode::$variant => $status, )* }
            }

            /// English fallback text; clients should show the localized message instead.
            pub fn message(self) -> &'static str {
                match self { $( ErrorCode::$variant => $message, )* }
            }

            pub fn parse(code: &str) -> Option<ErrorCode> {
                match code { $( $code => Some(ErrorCode::$variant), )* _ => None }
            }
        }
    };
}

error_codes! {
    RequestMalformedJson = "request.malformed_json", 400, "The request body is not valid JSON.";
    RequestUnknownField = "request.unknown_field", 400, "The request contains a field this endpoint does not accept.";
    RequestMissingField = "request.missing_field", 400, "The request lacks a required field.";
    RequestInvalidField = "request.invalid_field", 400, "A field of the request has the wrong type or value.";
    RequestInvalidUtf8 = "request.invalid_utf8", 400, "The request body is not valid UTF-8.";
    RequestTooLarge = "request.too_large", 413, "The request body is larger than 64 KiB.";
    RequestUnsupportedMediaType = "request.unsupported_media_type", 415, "Send the request body as application/json.";
    RequestNotFound = "request.not_found", 404, "There is no such API endpoint.";
    RequestMethodNotAllowed = "request.method_not_allowed", 405, "This endpoint does not accept that HTTP method.";
    RequestTimeout = "request.timeout", 503, "The server took too long to answer; try again.";
    TenantNotFound = "tenant.not_found", 404, "There is no tenant with that name.";
    AuthInvalidCredentials = "auth.invalid_credentials", 401, "The user ID or password is wrong.";
    AuthAccountLocked = "auth.account_locked", 403, "The account is locked.";
    AuthAccountDisabled = "auth.account_disabled", 403, "The account is disabled.";
    AuthRateLimited = "auth.rate_limited", 429, "Too many attempts; wait before trying again.";
    AuthTokenMissing = "auth.token_missing", 401, "This call needs a bearer token.";
    AuthTokenInvalid = "auth.token_invalid", 401, "The session token is not valid.";
    SessionExpired = "session.expired", 401, "The session has expired; sign in again.";
    AuthPasswordChangeRequired = "auth.password_change_required", 403, "The password must be changed before anything else.";
    AuthMfaRequired = "auth.mfa_required", 403, "Verify with one of your registered methods first.";
    AuthStepUpRequired = "auth.step_up_required", 403, "Verify with one of your registered methods again before changing your security info or password.";
    PasswordEmpty = "password.empty", 400, "The password is empty.";
    PasswordTooShort = "password.too_short", 400, "The password is too short.";
    PasswordTooLong = "password.too_long", 400, "The password is too long.";
    PasswordBanned = "password.banned", 400, "The password contains commonly used words or patterns.";
    PasswordBreached = "password.breached", 400, "The password appears in a list of breached passwords.";
    PasswordTooWeak = "password.too_weak", 400, "The password is too easy to guess.";
    PasswordContainsUserInfo = "password.contains_user_info", 400, "The password contains your name or user ID.";
    PasswordReused = "password.reused", 400, "The password was used recently.";
    PasswordSameAsCurrent = "password.same_as_current", 400, "The new password is the same as the current one.";
    PasswordEvaluateRateLimited = "password.evaluate_rate_limited", 429, "Too many password checks from this address; wait a moment.";
    PolicyUnknownKey = "policy.unknown_key", 400, "There is no policy setting with that name.";
    PolicyInvalidValue = "policy.invalid_value", 400, "The value is not valid for this policy setting.";
    PolicyAuthenticatorOnly = "policy.authenticator_only_method", 400, "The authenticator app cannot be the only method when one method is required.";
    PolicyTooFewMethods = "policy.too_few_methods", 400, "Allow more methods than the number required.";
    PolicyOutOfRange = "policy.out_of_range", 400, "The value is outside the allowed range.";
    PolicyQuestionsAlone = "policy.questions_alone", 400, "Security questions need a second method: allow them only when two methods are required.";
    UserNotFound = "user.not_found", 404, "There is no such user.";
    UserExists = "user.exists", 409, "A user with that name already exists.";
    UserInvalid = "user.invalid", 400, "The user's details are not valid.";
    MfaMethodNotVerified = "mfa.method_not_verified", 400, "That method is not verified yet.";
    MfaNotRequired = "mfa.not_required", 400, "This session needs no further verification.";
    MfaQuestionsNotAllowed = "mfa.questions_not_allowed", 400, "Security questions cannot verify a sign-in; use another method.";
    MethodsNotFound = "methods.not_found", 404, "There is no such method.";
    MethodsNotAllowed = "methods.not_allowed", 403, "Your organization does not allow this kind of method.";
    MethodsWouldLeaveTooFew = "methods.would_leave_too_few", 409, "Removing it would leave fewer methods than your organization requires.";
    MethodsLimitReached = "methods.limit_reached", 409, "You have registered as many methods of this kind as allowed.";
    RegistrationNotDue = "registration.not_due", 409, "Your organization is not asking you to update your security info now.";
    RegistrationSkipNotAllowed = "registration.skip_not_allowed", 403, "Your organization does not allow skipping this step.";
    RegistrationSkipsUsedUp = "registration.skips_used_up", 403, "You have skipped this step as often as your organization allows; please complete it now.";
    TotpCodeInvalid = "totp.code_invalid", 400, "The authenticator code is wrong.";
    TotpCodeReused = "totp.code_reused", 400, "That authenticator code was already used; wait for the next one.";
    TotpCodeMalformed = "totp.code_malformed", 400, "Enter the 6 digits your authenticator app shows.";
    TotpAttemptsExceeded = "totp.attempts_exceeded", 400, "Too many wrong authenticator codes in this reset; start again.";
    SecurityKeyUnavailable = "security_key.unavailable", 409, "Security keys need the server's public URL to use a host name; ask your administrator.";
    SecurityKeyResponseMalformed = "security_key.response_malformed", 400, "The security key's answer could not be read.";
    SecurityKeyResponseInvalid = "security_key.response_invalid", 400, "The security key's answer does not match; try again with the key you registered.";
    SecurityKeyChallengeMissing = "security_key.challenge_missing", 400, "This security-key request was already used or has expired; start again.";
    SecurityKeyCounterRegressed = "security_key.counter_regressed", 400, "This security key may have been copied; it was refused. Contact your help desk.";
    SecurityKeyAlreadyRegistered = "security_key.already_registered", 409, "This security key is already registered.";
    SecurityKeyNameInvalid = "security_key.name_invalid", 400, "Give the key a name of 1 to 64 characters.";
    ContactEmailInvalid = "contact.email_invalid", 400, "The email address is not valid.";
    ContactPhoneInvalid = "contact.phone_invalid", 400, "The phone number is not valid; use the international format, e.g. +14255550100.";
    CodeInvalid = "code.invalid", 400, "The code is wrong.";
    CodeExpired = "code.expired", 400, "The code has expired; request a new one.";
    CodeAttemptsExceeded = "code.attempts_exceeded", 400, "Too many wrong codes; request a new one.";
    CodeRateLimited = "code.rate_limited", 429, "Too many codes were sent; wait before requesting another.";
    DeliveryFailed = "delivery.failed", 502, "The message could not be sent.";
    DeliveryUndelivered = "delivery.undelivered", 502, "The code could not be delivered; ask for a new one or use another method.";
    QuestionsDisabled = "questions.disabled", 403, "Security questions are not enabled for your organization.";
    QuestionsNotAllowedForAdmins = "questions.not_allowed_for_admins", 403, "Administrators cannot use security questions.";
    QuestionsWrongCount = "questions.wrong_count", 400, "Answer the number of questions your organization requires.";
    QuestionsAnswerTooShort = "questions.answer_too_short", 400, "An answer is too short.";
    QuestionsAnswerTooLong = "questions.answer_too_long", 400, "An answer is too long.";
    QuestionsDuplicateAnswer = "questions.duplicate_answer", 400, "Two answers are the same.";
    QuestionsUnknownQuestion = "questions.unknown_question", 400, "That question is not on the list.";
    QuestionsDuplicateQuestion = "questions.duplicate_question", 400, "The same question was picked twice.";
    QuestionsInvalidQuestion = "questions.invalid_question", 400, "The question text is not valid.";
    QuestionsWrongAnswers = "questions.wrong_answers", 400, "One or more answers are wrong.";
    QuestionsLocaleUnknown = "questions.locale_unknown", 400, "There is no such language.";
    QuestionsExists = "questions.exists", 409, "That question already exists in this language.";
    QuestionsLimitReached = "questions.limit_reached", 409, "The tenant has as many questions in this language as allowed.";
    QuestionsInUse = "questions.in_use", 409, "Users have answered this question; it cannot be removed.";
    BackupCodeInvalid = "backup_code.invalid", 400, "The backup code is wrong or already used.";
    ResetDisabled = "reset.disabled", 403, "Self-service password reset is not enabled for this organization.";
    ResetNotFound = "reset.not_found", 404, "There is no such password reset; start again.";
    ResetExpired = "reset.expired", 410, "The password reset session has expired; start again.";
    ResetBlocked = "reset.blocked", 429, "Too many attempts; self-service reset is blocked for a while.";
    ResetMoreMethodsNeeded = "reset.more_methods_needed", 400, "Verify more methods first.";
    ResetStrongMethodRequired = "reset.strong_method_required", 400, "Verify with your authenticator app as well.";
    ResetUnlockDisabled = "reset.unlock_disabled", 403, "Unlocking without a password reset is not enabled.";
    CaptchaInvalid = "captcha.invalid", 400, "The bot check failed; start again.";
    CaptchaExpired = "captcha.expired", 400, "The bot check expired; start again.";
    PasswordTooYoung = "password.too_young", 400, "The password was changed too recently; wait before changing it again.";
    AccountExpired = "account.expired", 403, "The account has expired.";
    AccountCannotChangePassword = "account.cannot_change_password", 403, "This account may not change its password.";
    AccountProtected = "account.protected", 403, "This account is protected; only the help desk can reset its password.";
    DirectoryUnavailable = "directory.unavailable", 503, "The directory cannot be reached; nothing was changed. Try again in a few minutes.";
    DirectoryTimeout = "directory.timeout", 504, "The directory did not answer in time; nothing was changed. Try again in a few minutes.";
    DirectoryTls = "directory.tls", 503, "The directory's certificate could not be verified; nothing was changed.";
    DirectoryRefused = "directory.refused", 502, "The directory refused the change.";
    InternalError = "internal.error", 500, "The server failed; the details are in its log.";
    InternalUnavailable = "internal.unavailable", 503, "The server cannot reach its database or directory.";
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_dotted_and_round_trip() {
        let mut seen = HashSet::new();
        for code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.contains('.'), "{s} is not dotted");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
            );
            assert_eq!(ErrorCode::parse(s), Some(*code));
            assert!((400..600).contains(&code.http_status()));
        }
    }

    #[test]
    fn error_body_shape_is_pinned() {
        let body = ErrorBody {
            error: ErrorDetail {
                code: ErrorCode::TenantNotFound.as_str().into(),
                message: ErrorCode::TenantNotFound.message().into(),
                args: serde_json::Map::new(),
            },
        };
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            serde_json::json!({"error":{"code":"tenant.not_found","message":"There is no tenant with that name.","args":{}}})
        );
    }
}
