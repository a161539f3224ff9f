//! Security info: registering, verifying, listing and removing a user's methods, and the
//! proofs every flow checks them with (codes, TOTP, questions, backup codes).
//!
//! Every change is audited and announced on the user's other channels. Codes are bound to the
//! method and the purpose they were sent for, stored as keyed hashes, single use, and
//! attempt-limited in one statement.

use crate::audit::{self, Actor, Event};
use crate::delivery::Channel;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{CodeCheck, MethodRow, NewMethod, UserRow};
use crate::tenant::Tenant;
use latchkey_core::mask;
use latchkey_core::method::{self, QuestionError, TotpError, TotpSecret};
use latchkey_proto::{
    BackupCodes, ErrorCode, Method, MethodKind, MethodStarted, MethodsResponse, Question, QuestionsRequest,
    QuestionsResponse, Secret, TotpEnrollment,
};
use serde_json::json;

/// Wrong guesses allowed per code.
pub const CODE_MAX_ATTEMPTS: i64 = 5;

/// Predefined security questions; the text is `question-<id>` in `locales/*/questions.ftl`.
pub const PREDEFINED_QUESTIONS: &[&str] = &[
    "first-pet",
    "birth-city",
    "first-school",
    "childhood-friend",
    "first-job",
    "parents-met",
    "first-car",
    "favorite-teacher",
    "childhood-street",
    "first-concert",
];

pub struct OsRandom;

impl method::RandomSource for OsRandom {
    fn fill(&mut self, buf: &mut [u8]) {
        getrandom::fill(buf).expect("the OS random source works");
    }
}

/// A uniformly random code of `digits` digits.
pub fn random_code(digits: u32) -> Secret {
    let bound = 10u32.pow(digits);
    let limit = u32::MAX - (u32::MAX % bound);
    loop {
        let mut b = [0u8; 4];
        getrandom::fill(&mut b).expect("the OS random source works");
        let n = u32::from_le_bytes(b);
        if n < limit {
            return Secret::new(format!("{:0width$}", n % bound, width = digits as usize));
        }
    }
}

pub(crate) use super::methods::kind_of;

pub(crate) fn hint(m: &MethodRow) -> String {
    match m.kind.as_str() {
        "email" => m.destination.as_deref().map(mask::email).unwrap_or_default(),
        "phone" => m.destination.as_deref().map(mask::phone).unwrap_or_default(),
        "questions" => {
            let n = m.data["answers"].as_array().map(Vec::len).unwrap_or(0);
            format!("{n}")
        }
        "backup_codes" => {
            let left = m.data["codes"]
                .as_array()
                .map(|c| c.iter().filter(|v| v.is_string()).count())
                .unwrap_or(0);
            format!("{left}")
        }
        _ => m.name.clone().unwrap_or_default(),
    }
}

pub fn to_wire(m: &MethodRow) -> Option<Method> {
    Some(Method {
        id: m.id.clone(),
        kind: kind_of(m)?,
        hint: hint(m),
        created_at: crate::delivery::rfc3339(m.created_at * 1000),
        verified: m.verified,
        is_default: m.is_default,
        last_used_at: m.last_used_at.map(|t| crate::delivery::rfc3339(t * 1000)),
        name: m.name.clone(),
    })
}

/// Methods that count toward the reset requirement (verified, not backup codes).
fn counting(methods: &[MethodRow]) -> usize {
    methods
        .iter()
        .filter(|m| m.verified && m.kind != "backup_codes")
        .count()
}

/// One of this user's methods, of the kind the route names; any other id is not found.
pub(crate) async fn method_of_kind(state: &AppState, user: &UserRow, id: &str, kind: &str) -> AppResult<MethodRow> {
    state
        .store
        .method(&user.id, id)
        .await?
        .filter(|m| m.kind == kind)
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))
}

/// The kinds this user may add.
fn allowed_kinds(tenant: &Tenant, user: &UserRow, security_keys_available: bool) -> Vec<MethodKind> {
    tenant
        .policy
        .allowed_methods
        .iter()
        .copied()
        .filter(|k| !(user.is_admin && *k == MethodKind::Questions))
        .filter(|k| *k != MethodKind::SecurityKey || security_keys_available)
        .collect()
}

pub(crate) fn ensure_allowed(tenant: &Tenant, user: &UserRow, kind: MethodKind) -> AppResult<()> {
    if kind == MethodKind::Questions && user.is_admin {
        return Err(AppError::new(ErrorCode::QuestionsNotAllowedForAdmins));
    }
    if kind == MethodKind::Questions && !tenant.policy.allowed_methods.contains(&kind) {
        return Err(AppError::new(ErrorCode::QuestionsDisabled));
    }
    if !allowed_kinds(tenant, user, true).contains(&kind) {
        return Err(AppError::new(ErrorCode::MethodsNotAllowed).with_arg("kind", kind.as_str()));
    }
    Ok(())
}

pub(crate) async fn audit_event(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    event: &str,
    outcome: &str,
    detail: serde_json::Value,
) {
    audit::record(
        &state.store,
        state.clock.now_ms(),
        actor,
        Event {
            tenant: tenant.slug(),
            username: Some(&user.username),
            event,
            outcome,
            detail,
        },
    )
    .await;
}

pub async fn list(state: &AppState, tenant: &Tenant, user: &UserRow) -> AppResult<MethodsResponse> {
    let methods = state.store.methods_of(&user.id).await?;
    // What a reset needs of this user (two for administrators), and whether the methods would
    // do for one: the same rule the registration interrupt applies.
    let required = crate::flows::methods::required_for(tenant, Some(user));
    let usable = crate::flows::methods::usable(tenant, user, methods.clone()).len();
    let now = state.clock.now();
    let reconfirm_days = i64::from(tenant.policy.reconfirm_days);
    let last_confirmed = crate::flows::methods::last_confirmed(state, user, &methods).await?;
    let reconfirm_due = reconfirm_days > 0 && last_confirmed.is_some_and(|t| now - t > reconfirm_days * 86_400);
    let mut allowed: Vec<String> = allowed_kinds(tenant, user, state.webauthn_origin.is_some())
        .iter()
        .map(|k| k.as_str().to_string())
        .collect();
    allowed.push(MethodKind::BackupCodes.as_str().to_string());
    Ok(MethodsResponse {
        methods: methods.iter().filter(|m| m.verified).filter_map(to_wire).collect(),
        required,
        registration_complete: usable >= usize::from(required),
        reconfirm_due,
        allowed,
        interrupt: None,
    })
}

/// Tells the user on every registered channel that their security info changed.
async fn notify_change(state: &AppState, tenant: &Tenant, user: &UserRow, what: &str, locale: &[String]) {
    let languages = crate::flows::notice::user_languages(state, user, locale).await;
    let kind_name =
        crate::flows::notice::localizer(&languages).format(&format!("email-method-{}", what.replace('_', "-")), &[]);
    let notice = crate::flows::notice::Notice {
        subject: "email-security-info-changed-subject",
        body: "email-security-info-changed-body",
        sms: Some("sms-security-info-changed"),
    };
    crate::flows::notice::to_user(state, tenant, user, notice, &[("method", kind_name)], locale).await;
}

// ---- authenticator app ----

pub async fn totp_start(state: &AppState, tenant: &Tenant, user: &UserRow) -> AppResult<TotpEnrollment> {
    ensure_allowed(tenant, user, MethodKind::Totp)?;
    let secret = TotpSecret::generate(&mut OsRandom);
    let id = crate::store::new_id();
    let sealed = state.vault.seal(
        secret.to_base32().expose().as_bytes(),
        &totp_row(tenant.id(), &user.id, &id),
    );
    let id = state
        .store
        .insert_method_as(
            &id,
            &NewMethod {
                tenant_id: tenant.id(),
                user_id: &user.id,
                kind: "totp",
                name: None,
                destination: None,
                secret: Some(&sealed),
                data: json!({}),
                verified: false,
            },
            state.clock.now(),
        )
        .await?;
    let uri = secret.otpauth_uri(tenant.name(), &user.username);
    Ok(TotpEnrollment {
        id,
        secret: secret.to_base32(),
        qr_svg: qr_svg(uri.expose()),
        otpauth_uri: uri,
    })
}

/// An SVG QR code with a white quiet zone, dark on light for any scanner.
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
        Err(_) => String::new(),
    }
}

/// What a TOTP seed is sealed to: its tenant, user and method.
pub fn totp_row(tenant_id: &str, user_id: &str, method_id: &str) -> String {
    format!("totp:{tenant_id}:{user_id}:{method_id}")
}

fn totp_secret(state: &AppState, tenant_id: &str, m: &MethodRow) -> AppResult<TotpSecret> {
    let sealed = m
        .secret
        .as_deref()
        .ok_or_else(|| AppError::internal("totp method without secret"))?;
    let plain = state
        .vault
        .open(sealed, &totp_row(tenant_id, &m.user_id, &m.id))
        .map_err(AppError::internal)?;
    let text = String::from_utf8(plain).map_err(AppError::internal)?;
    TotpSecret::from_base32(&text).map_err(AppError::internal)
}

/// Checks a TOTP code against a method and records its step so it is never accepted twice.
pub(crate) async fn check_totp(state: &AppState, tenant_id: &str, m: &MethodRow, code: &str) -> AppResult<i64> {
    let secret = totp_secret(state, tenant_id, m)?;
    let now = state.clock.now();
    let last = m.last_step.map(|s| s.max(0) as u64);
    let step = secret.verify(code.trim(), now, last).map_err(|e| match e {
        TotpError::Malformed { .. } => AppError::new(ErrorCode::TotpCodeMalformed),
        TotpError::Replayed { .. } => AppError::new(ErrorCode::TotpCodeReused),
        _ => AppError::new(ErrorCode::TotpCodeInvalid),
    })?;
    let step = step as i64;
    if !state.store.claim_totp_step(&m.id, step, now).await? {
        return Err(AppError::new(ErrorCode::TotpCodeReused));
    }
    Ok(step)
}

pub async fn totp_verify(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    id: &str,
    code: &Secret,
    locale: &[String],
) -> AppResult<()> {
    let m = method_of_kind(state, user, id, "totp").await?;
    if m.verified {
        return Ok(());
    }
    let checked = check_totp(state, tenant.id(), &m, code.expose()).await.map(|_| ());
    activate(state, tenant, actor, user, &m, checked, locale).await
}

/// Finishes the registration of a pending method once its proof was checked: audits the
/// attempt, marks the method verified and announces it on the user's other channels.
pub(crate) async fn activate(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    m: &MethodRow,
    checked: AppResult<()>,
    locale: &[String],
) -> AppResult<()> {
    if let Err(e) = checked {
        let detail = json!({"kind": m.kind, "code": e.code.as_str()});
        audit_event(state, tenant, actor, user, "method.verify", "failure", detail).await;
        return Err(e);
    }
    state.store.mark_method_verified(&m.id, None, state.clock.now()).await?;
    audit_event(
        state,
        tenant,
        actor,
        user,
        "method.add",
        "success",
        json!({"kind": m.kind, "id": m.id}),
    )
    .await;
    crate::flows::notice::remember_language(state, user, locale).await;
    notify_change(state, tenant, user, &m.kind, locale).await;
    Ok(())
}

// ---- email and phone ----

/// Sends a code for `purpose` to a contact method, within the tenant's sending limits.
pub async fn send_code(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    m: &MethodRow,
    purpose: &str,
    locale: &[String],
) -> AppResult<u32> {
    let window_ms = match m.kind.as_str() {
        "email" => 600_000,
        "phone" => 3_600_000,
        _ => return Err(AppError::new(ErrorCode::MethodsNotFound)),
    };
    let counted = state
        .store
        .rate_hit(&send_key(user, m), state.clock.now_ms(), window_ms)
        .await?;
    send_code_counted(state, tenant, user, m, purpose, locale, &send_key(user, m), counted).await
}

/// The counter of codes sent to one of a user's methods.
pub fn send_key(user: &UserRow, m: &MethodRow) -> String {
    format!("send:{}:{}", m.kind, user.id)
}

/// [`send_code`] with a sending counter already counted (`(count, window start)` from the
/// store, under `counter`: [`send_key`], or the reset path's own per-name counter).
#[allow(clippy::too_many_arguments)]
pub async fn send_code_counted(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    m: &MethodRow,
    purpose: &str,
    locale: &[String],
    counter: &str,
    counted: (i64, i64),
) -> AppResult<u32> {
    let channel = if m.kind == "email" {
        Channel::Email
    } else {
        Channel::Sms
    };
    let code = issue_code(state, tenant, &user.id, &m.id, &m.kind, purpose, counted).await?;
    let start = counted.1;
    let lifetime = tenant.policy.code_lifetime_secs;
    let l10n = crate::flows::notice::localizer(&crate::flows::notice::user_languages(state, user, locale).await);
    let to = m.destination.clone().unwrap_or_default();
    let msg = crate::flows::delivery_queue::code_message(state, tenant, &l10n, channel, to, code);
    if let Err(e) = state.delivery.send(state.clock.now_ms(), &msg).await {
        // Nothing reached the user, so the attempt does not count against their sending limit.
        state.store.rate_refund(counter, start).await?;
        return Err(delivery_failed(e));
    }
    Ok(lifetime)
}

/// Checks a method's sending limit (`(count, window start)` already counted) and stores a fresh
/// code for (method, purpose) in place of the earlier one. A reset's decoy methods go through here
/// too (with no user), so their codes expire, run out of attempts and reach the sending limit
/// exactly as real ones do.
pub async fn issue_code(
    state: &AppState,
    tenant: &Tenant,
    user_id: &str,
    method_id: &str,
    kind: &str,
    purpose: &str,
    (count, start): (i64, i64),
) -> AppResult<Secret> {
    let (limit, window_ms) = match kind {
        "email" => (tenant.policy.emails_per_10_minutes, 600_000),
        "phone" => (tenant.policy.sms_per_hour, 3_600_000),
        _ => return Err(AppError::new(ErrorCode::MethodsNotFound)),
    };
    let now_ms = state.clock.now_ms();
    if count > i64::from(limit) {
        let retry = ((start + window_ms - now_ms).max(1000) / 1000) as u64;
        return Err(AppError::rate_limited(ErrorCode::CodeRateLimited, retry));
    }
    let code = random_code(6);
    let now = state.clock.now();
    let mac = state.vault.mac(&format!("code:{purpose}:{method_id}"), code.expose());
    state
        .store
        .insert_code(
            user_id,
            method_id,
            purpose,
            &mac,
            now + i64::from(tenant.policy.code_lifetime_secs),
            CODE_MAX_ATTEMPTS,
            now,
        )
        .await?;
    Ok(code)
}

/// The user's answer when a code could not be sent; what went wrong goes to the log only.
pub fn delivery_failed(e: crate::delivery::DeliveryError) -> AppError {
    AppError {
        detail: Some(e.to_string()),
        ..AppError::new(ErrorCode::DeliveryFailed)
    }
}

/// Checks a sent code; maps the store's verdict to error codes.
pub async fn check_sent_code(state: &AppState, m: &MethodRow, purpose: &str, code: &str) -> AppResult<()> {
    check_code_of(state, &m.id, purpose, code).await
}

/// Checks the code stored for (method id, purpose), a real method's or a reset decoy's.
pub async fn check_code_of(state: &AppState, method_id: &str, purpose: &str, code: &str) -> AppResult<()> {
    let context = format!("code:{purpose}:{method_id}");
    let code = code.trim().to_string();
    let entered = state.vault.mac(&context, &code);
    let verdict = state
        .store
        .check_code(method_id, purpose, state.clock.now(), &entered, |stored| {
            state.vault.mac_matches(&context, &code, stored)
        })
        .await?;
    match verdict {
        CodeCheck::Valid => Ok(()),
        CodeCheck::Expired => Err(AppError::new(ErrorCode::CodeExpired)),
        CodeCheck::AttemptsExceeded => Err(AppError::new(ErrorCode::CodeAttemptsExceeded)),
        CodeCheck::Invalid | CodeCheck::Missing => Err(AppError::new(ErrorCode::CodeInvalid)),
    }
}

pub async fn contact_start(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    kind: MethodKind,
    destination: &str,
    locale: &[String],
) -> AppResult<MethodStarted> {
    ensure_allowed(tenant, user, kind)?;
    let destination = match kind {
        MethodKind::Email => method::parse_email(destination)
            .map_err(|_| AppError::new(ErrorCode::ContactEmailInvalid))?
            .as_str()
            .to_string(),
        _ => method::parse_phone(destination)
            .map_err(|_| AppError::new(ErrorCode::ContactPhoneInvalid))?
            .as_str()
            .to_string(),
    };
    let existing = state.store.methods_of(&user.id).await?;
    if existing.iter().filter(|m| m.kind == kind.as_str()).count() >= 5 {
        return Err(AppError::new(ErrorCode::MethodsLimitReached).with_arg("kind", kind.as_str()));
    }
    let id = state
        .store
        .insert_method(
            &NewMethod {
                tenant_id: tenant.id(),
                user_id: &user.id,
                kind: kind.as_str(),
                name: None,
                destination: Some(&destination),
                secret: None,
                data: json!({}),
                verified: false,
            },
            state.clock.now(),
        )
        .await?;
    let m = state
        .store
        .method(&user.id, &id)
        .await?
        .ok_or_else(|| AppError::internal("method vanished"))?;
    // Registering is the signed-in user's choice of language too: the code and later notices
    // come in it.
    crate::flows::notice::remember_language(state, user, locale).await;
    let lifetime = match send_code(state, tenant, user, &m, "verify", locale).await {
        Ok(l) => l,
        Err(e) => {
            state.store.delete_method(&user.id, &id).await?;
            return Err(e);
        }
    };
    Ok(MethodStarted {
        id,
        hint: hint(&m),
        expires_in_secs: lifetime,
    })
}

// The route's kind is checked against the stored method, so it stays a parameter.
#[allow(clippy::too_many_arguments)]
pub async fn contact_verify(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    kind: MethodKind,
    id: &str,
    code: &Secret,
    locale: &[String],
) -> AppResult<()> {
    let m = method_of_kind(state, user, id, kind.as_str()).await?;
    if m.verified {
        return Ok(());
    }
    let checked = check_sent_code(state, &m, "verify", code.expose())
        .await
        .map_err(|e| e.with_policy_limits(&tenant.policy));
    activate(state, tenant, actor, user, &m, checked, locale).await
}

/// Re-sends the verification code of a pending contact method.
pub async fn contact_resend(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    id: &str,
    locale: &[String],
) -> AppResult<MethodStarted> {
    let m = state
        .store
        .method(&user.id, id)
        .await?
        .filter(|m| !m.verified && (m.kind == "email" || m.kind == "phone"))
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
    let lifetime = send_code(state, tenant, user, &m, "verify", locale).await?;
    Ok(MethodStarted {
        id: m.id.clone(),
        hint: hint(&m),
        expires_in_secs: lifetime,
    })
}

// ---- security questions ----

/// The predefined questions in the user's language, then the tenant's own for that language or
/// for every language (to register with).
pub async fn questions(state: &AppState, tenant: &Tenant, locale: &[String]) -> AppResult<Vec<Question>> {
    questions_in(state, tenant, locale, false).await
}

/// With `every_language`, also the tenant's questions of other languages: a user asked at reset
/// gets the questions they registered, whatever language they use now.
async fn questions_in(
    state: &AppState,
    tenant: &Tenant,
    locale: &[String],
    every_language: bool,
) -> AppResult<Vec<Question>> {
    let l10n = crate::flows::notice::localizer(locale);
    let mut out: Vec<Question> = PREDEFINED_QUESTIONS
        .iter()
        .map(|id| Question {
            id: (*id).to_string(),
            text: l10n.format(&format!("question-{id}"), &[]),
        })
        .collect();
    out.extend(
        state
            .store
            .custom_questions(tenant.id())
            .await?
            .into_iter()
            .filter(|(_, _, lang)| every_language || lang.as_deref().is_none_or(|l| l == l10n.locale()))
            .map(|(id, text, _)| Question { id, text }),
    );
    Ok(out)
}

pub async fn questions_list(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    locale: &[String],
) -> AppResult<QuestionsResponse> {
    ensure_allowed(tenant, user, MethodKind::Questions)?;
    Ok(QuestionsResponse {
        questions: questions(state, tenant, locale).await?,
        required: tenant.policy.questions_to_register,
    })
}

fn question_error(e: QuestionError) -> AppError {
    match e {
        QuestionError::AnswerCount { min, max, .. } => AppError::new(ErrorCode::QuestionsWrongCount)
            .with_arg("min", min)
            .with_arg("max", max),
        QuestionError::AnswerTooShort { index, min, .. } => AppError::new(ErrorCode::QuestionsAnswerTooShort)
            .with_arg("index", index)
            .with_arg("min", min),
        QuestionError::AnswerTooLong { index, max } => AppError::new(ErrorCode::QuestionsAnswerTooLong)
            .with_arg("index", index)
            .with_arg("max", max),
        QuestionError::DuplicateAnswer { index, first } => AppError::new(ErrorCode::QuestionsDuplicateAnswer)
            .with_arg("index", index)
            .with_arg("first", first),
        _ => AppError::new(ErrorCode::QuestionsInvalidQuestion),
    }
}

pub async fn questions_save(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    req: &QuestionsRequest,
    locale: &[String],
) -> AppResult<()> {
    ensure_allowed(tenant, user, MethodKind::Questions)?;
    let required = tenant.policy.questions_to_register as usize;
    if req.answers.len() != required {
        return Err(AppError::new(ErrorCode::QuestionsWrongCount).with_arg("required", required));
    }
    // The language decides what is offered, not what may be answered: a question picked in
    // one language stays valid when the next request carries another Accept-Language.
    let known = questions_in(state, tenant, locale, true).await?;
    let mut ids: Vec<&str> = Vec::new();
    for a in &req.answers {
        if !known.iter().any(|q| q.id == a.question_id) {
            return Err(AppError::new(ErrorCode::QuestionsUnknownQuestion)
                .with_arg("question_id", a.question_id.chars().take(64).collect::<String>()));
        }
        if ids.contains(&a.question_id.as_str()) {
            return Err(AppError::new(ErrorCode::QuestionsDuplicateQuestion));
        }
        ids.push(&a.question_id);
    }
    let answers: Vec<Secret> = req.answers.iter().map(|a| a.answer.clone()).collect();
    let normalized = method::validate_answers(&answers).map_err(question_error)?;
    let mut stored = Vec::new();
    for (a, n) in req.answers.iter().zip(normalized) {
        stored
            .push(json!({"question_id": a.question_id, "hash": state.hasher.hash_async(n.expose().to_string()).await}));
    }
    replace_with_verified(
        state,
        tenant,
        actor,
        user,
        "questions",
        json!({"answers": stored}),
        locale,
    )
    .await
}

/// Replaces the user's method of `kind` (questions, backup codes) with a verified one holding
/// `data`; audited and announced like any added method.
async fn replace_with_verified(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    kind: &str,
    data: serde_json::Value,
    locale: &[String],
) -> AppResult<()> {
    state.store.delete_methods_of_kind(&user.id, kind).await?;
    let method = NewMethod {
        tenant_id: tenant.id(),
        user_id: &user.id,
        kind,
        name: None,
        destination: None,
        secret: None,
        data,
        verified: true,
    };
    state.store.insert_method(&method, state.clock.now()).await?;
    audit_event(
        state,
        tenant,
        actor,
        user,
        "method.add",
        "success",
        json!({"kind": kind}),
    )
    .await;
    notify_change(state, tenant, user, kind, locale).await;
    Ok(())
}

// ---- backup codes ----

pub async fn backup_codes(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    locale: &[String],
) -> AppResult<BackupCodes> {
    let codes = method::generate_backup_codes(&mut OsRandom).map_err(AppError::internal)?;
    let macs: Vec<String> = codes
        .iter()
        .map(|c| state.vault.mac(&format!("backup:{}", user.id), c.normalized().expose()))
        .collect();
    replace_with_verified(
        state,
        tenant,
        actor,
        user,
        "backup_codes",
        json!({"codes": macs}),
        locale,
    )
    .await?;
    Ok(BackupCodes {
        codes: codes.iter().map(|c| c.display()).collect(),
    })
}

/// Uses one backup code up (compare-and-set, so a code works once even under concurrency).
pub(crate) async fn check_backup_code(state: &AppState, user: &UserRow, m: &MethodRow, input: &str) -> AppResult<()> {
    let normalized = method::normalize_backup_code(input).map_err(|_| AppError::new(ErrorCode::BackupCodeInvalid))?;
    let context = format!("backup:{}", user.id);
    let codes = m.data["codes"].as_array().cloned().unwrap_or_default();
    let Some(pos) = codes.iter().position(|c| {
        c.as_str()
            .is_some_and(|mac| state.vault.mac_matches(&context, normalized.expose(), mac))
    }) else {
        return Err(AppError::new(ErrorCode::BackupCodeInvalid));
    };
    let mut next = codes.clone();
    next[pos] = serde_json::Value::Null;
    if !state
        .store
        .swap_method_data(&m.id, &m.data, &json!({"codes": next}), state.clock.now())
        .await?
    {
        return Err(AppError::new(ErrorCode::BackupCodeInvalid));
    }
    Ok(())
}

// ---- manage ----

pub async fn remove(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    id: &str,
    locale: &[String],
) -> AppResult<()> {
    let methods = state.store.methods_of(&user.id).await?;
    let m = methods
        .iter()
        .find(|m| m.id == id)
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
    let counts = m.verified && m.kind != "backup_codes";
    let required = usize::from(tenant.policy.methods_required);
    // Users still registering (below the requirement) may tidy up; nobody drops below it.
    if counts && counting(&methods) == required {
        return Err(AppError::new(ErrorCode::MethodsWouldLeaveTooFew).with_arg("required", required));
    }
    state.store.delete_method(&user.id, id).await?;
    audit_event(
        state,
        tenant,
        actor,
        user,
        "method.remove",
        "success",
        json!({"kind": m.kind, "id": m.id}),
    )
    .await;
    if m.verified {
        notify_change(state, tenant, user, &m.kind, locale).await;
    }
    Ok(())
}

pub async fn set_default(state: &AppState, tenant: &Tenant, actor: &Actor, user: &UserRow, id: &str) -> AppResult<()> {
    let m = state
        .store
        .method(&user.id, id)
        .await?
        .filter(|m| m.verified)
        .ok_or_else(|| AppError::new(ErrorCode::MethodsNotFound))?;
    state.store.set_default_method(&user.id, &m.id).await?;
    audit_event(
        state,
        tenant,
        actor,
        user,
        "method.default",
        "success",
        json!({"kind": m.kind, "id": m.id}),
    )
    .await;
    Ok(())
}

pub async fn confirm(state: &AppState, tenant: &Tenant, actor: &Actor, user: &UserRow) -> AppResult<()> {
    state.store.set_methods_confirmed(&user.id, state.clock.now()).await?;
    audit_event(state, tenant, actor, user, "method.confirm", "success", json!({})).await;
    Ok(())
}

/// Asks a random subset of the registered questions for `purpose`; the asked ids are kept as a
/// single-attempt code so the answers must match exactly what was asked.
pub(crate) async fn ask_questions(
    state: &AppState,
    tenant: &Tenant,
    m: &MethodRow,
    purpose: &str,
    locale: &[String],
) -> AppResult<Vec<Question>> {
    let asked = pick_questions(state, m, tenant.policy.questions_to_reset as usize);
    let now = state.clock.now();
    let ids = serde_json::to_string(&asked).unwrap_or_default();
    state
        .store
        .insert_code(
            &m.user_id,
            &m.id,
            purpose,
            &ids,
            now + i64::from(tenant.policy.code_lifetime_secs),
            1,
            now,
        )
        .await?;
    let all = questions_in(state, tenant, locale, true).await?;
    Ok(asked
        .iter()
        .map(|id| Question {
            id: id.clone(),
            text: all
                .iter()
                .find(|q| &q.id == id)
                .map(|q| q.text.clone())
                .unwrap_or_default(),
        })
        .collect())
}

/// A stand-in questions method for a reset decoy: `count` of the tenant's questions drawn by a
/// keyed hash of `seed`, each answer "hashed" as the hasher's dummy (a real argon2 check that
/// never matches), so asking and checking go through [`ask_questions`] and [`check_questions`].
pub(crate) async fn decoy_questions_method(
    state: &AppState,
    tenant: &Tenant,
    id: &str,
    seed: &str,
    count: usize,
) -> AppResult<MethodRow> {
    let mut ids: Vec<String> = questions_in(state, tenant, &[], true)
        .await?
        .into_iter()
        .map(|q| q.id)
        .collect();
    for i in (1..ids.len()).rev() {
        let mac = state.vault.mac("decoy-questions", &format!("{seed}:{i}"));
        let r = u32::from_str_radix(&mac[..8], 16).unwrap_or(0);
        ids.swap(i, (r as usize) % (i + 1));
    }
    ids.truncate(count.max(1));
    let dummy = state.hasher.dummy_hash();
    let answers: Vec<serde_json::Value> = ids
        .iter()
        .map(|q| serde_json::json!({"question_id": q, "hash": dummy}))
        .collect();
    Ok(MethodRow {
        id: id.to_string(),
        user_id: String::new(),
        kind: "questions".into(),
        name: None,
        destination: None,
        secret: None,
        data: serde_json::json!({ "answers": answers }),
        verified: true,
        is_default: false,
        last_step: None,
        created_at: 0,
        last_used_at: None,
    })
}

/// The subset of the registered questions a reset asks (all when fewer are registered): drawn
/// once per set of answers from a keyed hash, so asking again (in this reset or another) always
/// gets the same questions and cannot be repeated until an attacker's favourite ones come up.
/// Saving new answers draws anew.
fn pick_questions(state: &AppState, m: &MethodRow, n: usize) -> Vec<String> {
    let mut ids: Vec<String> = m.data["answers"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["question_id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let seed = format!("{}:{}", m.id, m.data["answers"]);
    // Fisher-Yates driven by the keyed hash.
    for i in (1..ids.len()).rev() {
        let mac = state.vault.mac("question-subset", &format!("{seed}:{i}"));
        let r = u32::from_str_radix(&mac[..8], 16).unwrap_or(0);
        let j = (r as usize) % (i + 1);
        ids.swap(i, j);
    }
    ids.truncate(n.max(1));
    ids
}

pub(crate) async fn check_questions(
    state: &AppState,
    m: &MethodRow,
    purpose: &str,
    answers: &[Secret],
) -> AppResult<()> {
    let (code_id, asked) = match state
        .store
        .claim_code_attempt(&m.id, purpose, state.clock.now())
        .await?
    {
        Ok(c) => c,
        Err(CodeCheck::Expired) => return Err(AppError::new(ErrorCode::CodeExpired)),
        Err(_) => return Err(AppError::new(ErrorCode::QuestionsWrongAnswers)),
    };
    let asked: Vec<String> = serde_json::from_str(&asked).unwrap_or_default();
    if asked.is_empty() || answers.len() != asked.len() {
        return Err(AppError::new(ErrorCode::QuestionsWrongAnswers));
    }
    let stored = m.data["answers"].as_array().cloned().unwrap_or_default();
    // No database connection is kept while waiting for argon2.
    state.store.release().await;
    let mut all_ok = true;
    // Every answer is checked (no early exit), so timing does not tell which one was wrong.
    for (id, answer) in asked.iter().zip(answers) {
        let normalized = method::normalize_answer(answer.expose());
        let hash = stored
            .iter()
            .find(|s| s["question_id"] == id.as_str())
            .and_then(|s| s["hash"].as_str())
            .unwrap_or("");
        let ok = answer.expose().len() <= method::questions::ANSWER_INPUT_MAX_BYTES
            && state
                .hasher
                .verify_async(hash.to_string(), normalized.expose().to_string())
                .await;
        all_ok &= ok;
    }
    if !all_ok || !state.store.consume_code(&code_id).await? {
        return Err(AppError::new(ErrorCode::QuestionsWrongAnswers));
    }
    Ok(())
}
