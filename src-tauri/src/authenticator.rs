//! FIDO2 ceremonies on the Rust side: the webview on Linux has no WebAuthn, so the app is the
//! WebAuthn client. Behind one trait: USB HID security keys over CTAP2 for people, and a
//! software token for the tests (debug builds only, named by `LATCHKEY_SOFT_AUTHENTICATOR`).
//!
//! The origin the key signs for is the tenant URL of the machine policy; the server checks it
//! against its configured public URL.

use crate::error::CommandError;
use serde_json::Value;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::prelude::{CreationChallengeResponse, RequestChallengeResponse, Url, WebauthnCError};

/// A FIDO2 authenticator that can register a credential and sign an assertion.
pub trait Authenticator: Send {
    /// Registration: `options` is the server's `PublicKeyCredentialCreationOptions` answer;
    /// returns the `RegisterPublicKeyCredential` to send back.
    fn register(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError>;
    /// Assertion: `options` is the server's `PublicKeyCredentialRequestOptions` answer; returns
    /// the `PublicKeyCredential` to send back.
    fn authenticate(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError>;
}

fn malformed() -> CommandError {
    CommandError::new("security_key.response_malformed")
}

/// Runs both ceremonies of any webauthn-authenticator-rs backend, mapping its failures to the
/// codes the UI localizes.
fn run_register(backend: &mut impl WebauthnAuthenticator, origin: &Url, options: Value) -> Result<Value, CommandError> {
    let options: CreationChallengeResponse = serde_json::from_value(options).map_err(|_| malformed())?;
    let credential = backend.do_registration(origin.clone(), options).map_err(map_error)?;
    serde_json::to_value(credential).map_err(|_| malformed())
}

fn run_authenticate(
    backend: &mut impl WebauthnAuthenticator,
    origin: &Url,
    options: Value,
) -> Result<Value, CommandError> {
    let options: RequestChallengeResponse = serde_json::from_value(options).map_err(|_| malformed())?;
    let credential = backend.do_authentication(origin.clone(), options).map_err(map_error)?;
    serde_json::to_value(credential).map_err(|_| malformed())
}

/// CTAP and transport failures as stable codes (`error-security-key-*` in the locales).
pub fn map_error(e: WebauthnCError) -> CommandError {
    let text = format!("{e:?}");
    let code = if matches!(e, WebauthnCError::NoHidDevices | WebauthnCError::NoSelectedToken) {
        "security_key.no_device"
    } else if [
        "PinInvalid",
        "PinAuthInvalid",
        "PinBlocked",
        "PinTooShort",
        "PinTooLong",
        "PinContainsNull",
        "PinPolicy",
    ]
    .iter()
    .any(|p| text.contains(p))
    {
        "security_key.pin_invalid"
    } else if text.contains("PinRequired") || text.contains("PinNotSet") || text.contains("UvBlocked") {
        "security_key.pin_required"
    } else if text.contains("Timeout") {
        "security_key.timeout"
    } else if matches!(e, WebauthnCError::Cancelled) || text.contains("Cancel") {
        "security_key.cancelled"
    } else if text.contains("CredentialExcluded") {
        "security_key.already_registered"
    } else if matches!(e, WebauthnCError::Security) || text.contains("OperationDenied") || text.contains("NotAllowed") {
        "security_key.rejected"
    } else {
        "security_key.failed"
    };
    CommandError::new(code)
}

// ---- USB HID security keys ----

/// The first USB security key found, over CTAP2. The key blinks and waits for a touch; a PIN,
/// when the key has one and asks for it, is the one the person typed in the app.
#[derive(Debug, Default)]
pub struct UsbAuthenticator {
    pin: Option<String>,
}

impl UsbAuthenticator {
    pub fn new(pin: Option<String>) -> UsbAuthenticator {
        UsbAuthenticator { pin }
    }
}

impl Authenticator for UsbAuthenticator {
    fn register(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        usb::run(self.pin.clone(), |key| run_register(key, origin, options))
    }

    fn authenticate(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        usb::run(self.pin.clone(), |key| run_authenticate(key, origin, options))
    }
}

mod usb {
    use super::map_error;
    use crate::error::CommandError;
    use serde_json::Value;
    use std::sync::atomic::{AtomicBool, Ordering};
    use webauthn_authenticator_rs::ctap2::CtapAuthenticator;
    use webauthn_authenticator_rs::transport::Transport;
    use webauthn_authenticator_rs::types::{CableRequestType, CableState, EnrollSampleStatus};
    use webauthn_authenticator_rs::ui::UiCallback;
    use webauthn_authenticator_rs::usb::{USBToken, USBTransport};

    /// Answers the key's questions: the PIN the person typed, nothing else.
    #[derive(Debug)]
    pub struct Prompt {
        pin: Option<String>,
        asked: AtomicBool,
    }

    impl UiCallback for Prompt {
        fn request_pin(&self) -> Option<String> {
            self.asked.store(true, Ordering::Relaxed);
            self.pin.clone()
        }
        fn request_touch(&self) {}
        fn processing(&self) {}
        fn fingerprint_enrollment_feedback(&self, _remaining: u32, _feedback: Option<EnrollSampleStatus>) {}
        fn cable_qr_code(&self, _request_type: CableRequestType, _url: String) {}
        fn dismiss_qr_code(&self) {}
        fn cable_status_update(&self, _state: CableState) {}
    }

    /// Opens the first USB key and runs one ceremony on it. Called on a blocking thread: the
    /// CTAP library blocks on its own futures, and the transport's I/O runs on the app's Tokio
    /// runtime.
    pub fn run(
        pin: Option<String>,
        f: impl FnOnce(&mut CtapAuthenticator<'_, USBToken, Prompt>) -> Result<Value, CommandError>,
    ) -> Result<Value, CommandError> {
        let handle = tokio::runtime::Handle::try_current().map_err(|_| CommandError::new("security_key.failed"))?;
        let had_pin = pin.is_some();
        let ui = Prompt {
            pin,
            asked: AtomicBool::new(false),
        };
        let mut key = handle.block_on(async {
            let transport = USBTransport::new().await.map_err(map_error)?;
            let token = transport
                .tokens()
                .await
                .map_err(map_error)?
                .into_iter()
                .next()
                .ok_or_else(|| CommandError::new("security_key.no_device"))?;
            CtapAuthenticator::new(token, &ui)
                .await
                .ok_or_else(|| CommandError::new("security_key.no_device"))
        })?;
        // The library cancels when the key wants a PIN nobody typed: say what is missing.
        f(&mut key).map_err(|e| {
            if !had_pin && ui.asked.load(Ordering::Relaxed) {
                CommandError::new("security_key.pin_required")
            } else {
                e
            }
        })
    }
}

// ---- Windows: the platform WebAuthn API ----

/// On Windows, security keys go through the OS's WebAuthn API (its own PIN and touch dialogs):
/// raw USB HID access to FIDO keys needs administrator rights there.
#[cfg(windows)]
#[derive(Debug, Default)]
pub struct WindowsAuthenticator;

#[cfg(windows)]
impl Authenticator for WindowsAuthenticator {
    fn register(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        run_register(&mut webauthn_authenticator_rs::win10::Win10::default(), origin, options)
    }

    fn authenticate(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        run_authenticate(&mut webauthn_authenticator_rs::win10::Win10::default(), origin, options)
    }
}

// ---- the software token (tests) ----

/// A software FIDO2 token kept in a file, so a key registered in one run of the app can sign
/// in the next. Only debug builds honour `LATCHKEY_SOFT_AUTHENTICATOR`; release builds always
/// use real keys.
#[derive(Debug)]
pub struct SoftAuthenticator {
    path: std::path::PathBuf,
}

impl SoftAuthenticator {
    pub fn new(path: std::path::PathBuf) -> SoftAuthenticator {
        SoftAuthenticator { path }
    }

    fn with_token<T>(
        &self,
        f: impl FnOnce(&mut webauthn_authenticator_rs::softtoken::SoftTokenFile) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        use webauthn_authenticator_rs::softtoken::{SoftToken, SoftTokenFile};
        let failed = |_| CommandError::new("security_key.failed");
        let mut token = if self.path.exists() {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&self.path)
                .map_err(failed)?;
            SoftTokenFile::open(file).map_err(map_error)?
        } else {
            let file = std::fs::File::create(&self.path).map_err(failed)?;
            let (token, _) = SoftToken::new(false).map_err(map_error)?;
            SoftTokenFile::new(token, file)
        };
        // Saved when dropped, counter included.
        f(&mut token)
    }
}

impl Authenticator for SoftAuthenticator {
    fn register(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        self.with_token(|t| run_register(t, origin, options))
    }

    fn authenticate(&mut self, origin: &Url, options: Value) -> Result<Value, CommandError> {
        self.with_token(|t| run_authenticate(t, origin, options))
    }
}

/// The authenticator for this run: real USB keys, or in debug builds the software token the
/// tests name.
pub fn open(pin: Option<String>) -> Box<dyn Authenticator> {
    if cfg!(debug_assertions)
        && let Some(path) = std::env::var_os("LATCHKEY_SOFT_AUTHENTICATOR")
    {
        return Box::new(SoftAuthenticator::new(path.into()));
    }
    #[cfg(windows)]
    {
        let _ = pin;
        Box::new(WindowsAuthenticator)
    }
    #[cfg(not(windows))]
    Box::new(UsbAuthenticator::new(pin))
}

/// Runs a ceremony off the async runtime's workers (keys block until touched).
pub async fn ceremony(origin: Url, options: Value, register: bool, pin: Option<String>) -> Result<Value, CommandError> {
    tokio::task::spawn_blocking(move || {
        let mut authenticator = open(pin);
        if register {
            authenticator.register(&origin, options)
        } else {
            authenticator.authenticate(&origin, options)
        }
    })
    .await
    .map_err(|_| CommandError::new("security_key.failed"))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_have_specific_codes() {
        assert_eq!(map_error(WebauthnCError::NoHidDevices).code, "security_key.no_device");
        assert_eq!(map_error(WebauthnCError::Cancelled).code, "security_key.cancelled");
        assert_eq!(map_error(WebauthnCError::Security).code, "security_key.rejected");
        assert_eq!(map_error(WebauthnCError::Unknown).code, "security_key.failed");
        assert_eq!(map_error(WebauthnCError::PinTooShort).code, "security_key.pin_invalid");
    }

    #[test]
    fn the_soft_token_registers_and_signs_and_keeps_its_counter_on_disk() {
        let dir = std::env::temp_dir().join(format!("latchkey-soft-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("token.cbor");
        let _ = std::fs::remove_file(&path);
        // A relying party as the server builds it.
        let origin = Url::parse("https://sspr.contoso.test").unwrap();
        let rp = webauthn_rs::prelude::WebauthnBuilder::new("sspr.contoso.test", &origin)
            .unwrap()
            .build()
            .unwrap();
        let (options, reg) = rp
            .start_securitykey_registration(webauthn_rs::prelude::Uuid::nil(), "alex", "Alex", None, None, None)
            .unwrap();
        let mut soft = SoftAuthenticator::new(path.clone());
        let cred = soft.register(&origin, serde_json::to_value(options).unwrap()).unwrap();
        let key = rp
            .finish_securitykey_registration(&serde_json::from_value(cred).unwrap(), &reg)
            .unwrap();
        for _ in 0..2 {
            // A new instance each time: the token and its counter come from the file.
            let mut soft = SoftAuthenticator::new(path.clone());
            let (options, auth) = rp.start_securitykey_authentication(std::slice::from_ref(&key)).unwrap();
            let assertion = soft
                .authenticate(&origin, serde_json::to_value(options).unwrap())
                .unwrap();
            rp.finish_securitykey_authentication(&serde_json::from_value(assertion).unwrap(), &auth)
                .unwrap();
        }
        // The wrong origin is refused by the client before the key signs.
        let (options, _) = rp.start_securitykey_authentication(std::slice::from_ref(&key)).unwrap();
        let other = Url::parse("https://evil.example").unwrap();
        assert!(
            soft.authenticate(&other, serde_json::to_value(options).unwrap())
                .is_err()
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
