//! FIDO2 security keys. The server is the WebAuthn relying party (webauthn-rs); the RP ID and
//! the origin come from `public_url` in the configuration, never from request headers.
//!
//! Registration keeps its ceremony state in the pending method row and finishes with a
//! compare-and-set, so a replayed attestation changes nothing. Each assertion challenge
//! (step-up or one reset) is a row taken atomically by the first answer; the stored signature
//! counter must grow, so a cloned key is refused.

use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::flows::security_info as info;
use crate::state::AppState;
use crate::store::{MethodRow, NewMethod, UserRow};
use crate::tenant::Tenant;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_proto::{ErrorCode, MethodKind, SecurityKeyStarted};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{
    PublicKeyCredential, RegisterPublicKeyCredential, SecurityKey, SecurityKeyAuthentication, SecurityKeyRegistration,
    Uuid, Webauthn, WebauthnBuilder, WebauthnError,
};

/// Keys one user may register.
pub const MAX_KEYS: usize = 10;
/// How long a registration or assertion ceremony may take.
const CEREMONY_SECS: i64 = 300;
const NAME_MAX: usize = 64;

/// The relying party for this tenant (its name is what the key may show).
fn relying_party(state: &AppState, tenant: &Tenant) -> AppResult<Webauthn> {
    let origin = state
        .webauthn_origin
        .as_deref()
        .ok_or_else(|| AppError::new(ErrorCode::SecurityKeyUnavailable))?;
    let rp_id = origin
        .domain()
        .ok_or_else(|| AppError::new(ErrorCode::SecurityKeyUnavailable))?;
    WebauthnBuilder::new(rp_id, origin)
        .and_then(|b| {
            b.rp_name(tenant.name())
                .timeout(std::time::Duration::from_secs(CEREMONY_SECS as u64))
                .build()
        })
        .map_err(|_| AppError::new(ErrorCode::SecurityKeyUnavailable))
}

/// A stable WebAuthn user handle that reveals nothing about the user id.
fn user_handle(user: &UserRow) -> Uuid {
    let digest = Sha256::digest(format!("latchkey-user-handle:{}", user.id));
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(b)
}

fn credential_of(m: &MethodRow) -> AppResult<SecurityKey> {
    serde_json::from_value(m.data["credential"].clone()).map_err(AppError::internal)
}

fn check_error(e: WebauthnError) -> AppError {
    match e {
        WebauthnError::CredentialPossibleCompromise => AppError::new(ErrorCode::SecurityKeyCounterRegressed),
        WebauthnError::ParseNOMFailure
        | WebauthnError::ParseCBORFailure(_)
        | WebauthnError::ParseJSONFailure(_)
        | WebauthnError::ParseBase64Failure(_) => AppError::new(ErrorCode::SecurityKeyResponseMalformed),
        _ => AppError::new(ErrorCode::SecurityKeyResponseInvalid),
    }
}

fn valid_name(name: Option<&str>) -> AppResult<String> {
    let name = name.map(str::trim).unwrap_or("");
    if name.is_empty() {
        return Ok("Security key".into());
    }
    if name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Err(AppError::new(ErrorCode::SecurityKeyNameInvalid).with_arg("max", NAME_MAX));
    }
    Ok(name.to_string())
}

// ---- registration ----

pub async fn start_registration(state: &AppState, tenant: &Tenant, user: &UserRow) -> AppResult<SecurityKeyStarted> {
    info::ensure_allowed(tenant, user, MethodKind::SecurityKey)?;
    let rp = relying_party(state, tenant)?;
    let methods = state.store.methods_of(&user.id).await?;
    let keys: Vec<SecurityKey> = methods
        .iter()
        .filter(|m| m.kind == "security_key" && m.verified)
        .filter_map(|m| credential_of(m).ok())
        .collect();
    if keys.len() >= MAX_KEYS {
        return Err(AppError::new(ErrorCode::MethodsLimitReached).with_arg("max", MAX_KEYS));
    }
    // Unfinished registrations of this user are dropped: only the newest ceremony can finish.
    for m in methods.iter().filter(|m| m.kind == "security_key" && !m.verified) {
        state.store.delete_method(&user.id, &m.id).await?;
    }
    let exclude = keys.iter().map(|k| k.cred_id().clone()).collect();
    let (options, registration) = rp
        .start_securitykey_registration(
            user_handle(user),
            &user.username,
            &user.display_name,
            Some(exclude),
            None,
            None,
        )
        .map_err(AppError::internal)?;
    let data = json!({
        "registration": serde_json::to_value(&registration).map_err(AppError::internal)?,
        "expires_at": state.clock.now() + CEREMONY_SECS,
    });
    let id = state
        .store
        .insert_method(
            &NewMethod {
                tenant_id: tenant.id(),
                user_id: &user.id,
                kind: "security_key",
                name: None,
                destination: None,
                secret: None,
                data,
                verified: false,
            },
            state.clock.now(),
        )
        .await?;
    Ok(SecurityKeyStarted {
        id,
        options: serde_json::to_value(options).map_err(AppError::internal)?,
    })
}

#[allow(clippy::too_many_arguments)]
pub async fn finish_registration(
    state: &AppState,
    tenant: &Tenant,
    actor: &Actor,
    user: &UserRow,
    id: &str,
    credential: &Value,
    name: Option<&str>,
    locale: &[String],
) -> AppResult<()> {
    let m = info::method_of_kind(state, user, id, "security_key").await?;
    if m.verified {
        // The ceremony already finished: a second answer is a replay.
        return Err(AppError::new(ErrorCode::SecurityKeyChallengeMissing));
    }
    let name = valid_name(name)?;
    let checked = check_registration(state, tenant, user, &m, credential).await;
    let sk = match checked {
        Ok(sk) => sk,
        Err(e) => return info::activate(state, tenant, actor, user, &m, Err(e), locale).await,
    };
    let cred_id = URL_SAFE_NO_PAD.encode(sk.cred_id().as_slice());
    let data = json!({
        "credential": serde_json::to_value(&sk).map_err(AppError::internal)?,
        "credential_id": cred_id,
    });
    if !state
        .store
        .finish_security_key(&m.id, &m.data, &data, &name, state.clock.now())
        .await?
    {
        return Err(AppError::new(ErrorCode::SecurityKeyChallengeMissing));
    }
    info::activate(state, tenant, actor, user, &m, Ok(()), locale).await
}

async fn check_registration(
    state: &AppState,
    tenant: &Tenant,
    user: &UserRow,
    m: &MethodRow,
    credential: &Value,
) -> AppResult<SecurityKey> {
    let expires_at = m.data["expires_at"].as_i64().unwrap_or(0);
    if expires_at <= state.clock.now() {
        return Err(AppError::new(ErrorCode::SecurityKeyChallengeMissing));
    }
    let registration: SecurityKeyRegistration =
        serde_json::from_value(m.data["registration"].clone()).map_err(AppError::internal)?;
    let credential: RegisterPublicKeyCredential = serde_json::from_value(credential.clone())
        .map_err(|_| AppError::new(ErrorCode::SecurityKeyResponseMalformed))?;
    let rp = relying_party(state, tenant)?;
    let sk = rp
        .finish_securitykey_registration(&credential, &registration)
        .map_err(check_error)?;
    // A key already registered (by anyone in this tenant's store for this user) is refused.
    let new_id = URL_SAFE_NO_PAD.encode(sk.cred_id().as_slice());
    let others = state.store.methods_of(&user.id).await?;
    if others
        .iter()
        .any(|o| o.verified && o.kind == "security_key" && o.data["credential_id"].as_str() == Some(&new_id))
    {
        return Err(AppError::new(ErrorCode::SecurityKeyAlreadyRegistered));
    }
    Ok(sk)
}

// ---- assertions (step-up and reset) ----

fn challenge_key(m: &MethodRow, purpose: &str) -> String {
    format!("{}:{purpose}", m.id)
}

/// Starts an assertion for one registered key; answers the `PublicKeyCredentialRequestOptions`.
pub async fn challenge(state: &AppState, tenant: &Tenant, m: &MethodRow, purpose: &str) -> AppResult<Value> {
    let rp = relying_party(state, tenant)?;
    let key = credential_of(m)?;
    let (options, auth) = rp
        .start_securitykey_authentication(std::slice::from_ref(&key))
        .map_err(AppError::internal)?;
    let auth = serde_json::to_string(&auth).map_err(AppError::internal)?;
    state
        .store
        .put_webauthn_challenge(
            &challenge_key(m, purpose),
            &m.user_id,
            &auth,
            state.clock.now() + CEREMONY_SECS,
        )
        .await?;
    serde_json::to_value(options).map_err(AppError::internal)
}

/// Checks an assertion against the live challenge for this key and purpose (consuming it) and
/// records the key's new signature counter.
pub async fn check(
    state: &AppState,
    tenant: &Tenant,
    m: &MethodRow,
    purpose: &str,
    credential: Option<&Value>,
) -> AppResult<()> {
    let credential: PublicKeyCredential = credential
        .and_then(|c| serde_json::from_value(c.clone()).ok())
        .ok_or_else(|| AppError::new(ErrorCode::SecurityKeyResponseMalformed))?;
    let rp = relying_party(state, tenant)?;
    let auth = state
        .store
        .take_webauthn_challenge(&challenge_key(m, purpose), state.clock.now())
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::SecurityKeyChallengeMissing))?;
    let auth: SecurityKeyAuthentication = serde_json::from_str(&auth).map_err(AppError::internal)?;
    let result = rp
        .finish_securitykey_authentication(&credential, &auth)
        .map_err(check_error)?;
    let mut key = credential_of(m)?;
    if key.update_credential(&result) == Some(true) {
        let mut data = m.data.clone();
        data["credential"] = serde_json::to_value(&key).map_err(AppError::internal)?;
        // Lost only to a concurrent assertion of the same key, which stored a counter at
        // least as new.
        state
            .store
            .swap_method_data(&m.id, &m.data, &data, state.clock.now())
            .await?;
    }
    Ok(())
}

/// The challenge for a decoy key of a name that cannot reset: stored like a real one so the
/// verify step fails at the same points (malformed, missing challenge, invalid).
pub async fn decoy_challenge(state: &AppState, decoy_id: &str, purpose: &str) -> AppResult<Value> {
    let key = format!("{decoy_id}:{purpose}");
    state
        .store
        .put_webauthn_challenge(&key, "", "decoy", state.clock.now() + CEREMONY_SECS)
        .await?;
    Ok(decoy_options(state, decoy_id))
}

/// How a decoy key's verify fails: the way a real key's fails for the same input.
pub async fn decoy_check(state: &AppState, decoy_id: &str, purpose: &str, credential: Option<&Value>) -> AppError {
    if credential
        .and_then(|c| serde_json::from_value::<PublicKeyCredential>(c.clone()).ok())
        .is_none()
    {
        return AppError::new(ErrorCode::SecurityKeyResponseMalformed);
    }
    let key = format!("{decoy_id}:{purpose}");
    match state.store.take_webauthn_challenge(&key, state.clock.now()).await {
        Ok(Some(_)) => AppError::new(ErrorCode::SecurityKeyResponseInvalid),
        Ok(None) => AppError::new(ErrorCode::SecurityKeyChallengeMissing),
        Err(e) => e.into(),
    }
}

/// Options shaped like a real key's, for a decoy method of a name that cannot reset: a fresh
/// challenge and a credential id derived from a keyed hash of the decoy, so repeated calls look
/// like one real key.
pub fn decoy_options(state: &AppState, decoy_id: &str) -> Value {
    let origin = state.webauthn_origin.as_deref();
    let rp_id = origin.and_then(|o| o.domain()).unwrap_or("localhost");
    let id_hex = format!(
        "{}{}",
        state.vault.mac("security-key-decoy", decoy_id),
        state.vault.mac("security-key-decoy-2", decoy_id)
    );
    let cred_id = hex::decode(id_hex).unwrap_or_default();
    let mut challenge = [0u8; 32];
    getrandom::fill(&mut challenge).expect("the OS random source works");
    json!({
        "publicKey": {
            "challenge": URL_SAFE_NO_PAD.encode(challenge),
            "timeout": 300_000,
            "rpId": rp_id,
            "allowCredentials": [{"type": "public-key", "id": URL_SAFE_NO_PAD.encode(cred_id), "transports": ["usb"]}],
            "userVerification": "preferred",
            "hints": ["security-key"],
        }
    })
}
