//! The typed HTTP client for the Latchkey server. Only this module talks to the network.

use crate::applog;
use crate::error::CommandError;
use crate::machine_policy::{LogLevel, MachinePolicy};
use latchkey_proto::{
    Branding, ChangePasswordRequest, ErrorBody, PasswordPolicy, Secret, SignInRequest, SignInResponse,
};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: String,
    tenant: String,
    client_type: String,
}

/// A branding answer: new content, or "not modified" for the cached ETag.
#[derive(Debug)]
pub enum BrandingFetch {
    Fresh {
        branding: Box<Branding>,
        etag: Option<String>,
    },
    NotModified,
}

impl ApiClient {
    /// A client for the policy's server, through its `proxy` and trusting its `ca_file`; a
    /// proxy or CA file that cannot be used is an error naming the policy key.
    pub fn new(base: &str, tenant: &str, policy: &MachinePolicy) -> Result<ApiClient, (&'static str, String)> {
        let problem = |key: &'static str, detail: String| (key, detail);
        let mut builder = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(8))
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("Latchkey/", env!("CARGO_PKG_VERSION")));
        if let Some(proxy) = &policy.proxy {
            builder = builder.proxy(reqwest::Proxy::all(proxy).map_err(|e| problem("proxy", e.to_string()))?);
        }
        if let Some(file) = &policy.ca_file {
            let pem = std::fs::read(file).map_err(|e| problem("ca_file", format!("{}: {e}", file.display())))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| problem("ca_file", format!("{}: {e}", file.display())))?;
            if certs.is_empty() {
                return Err(problem("ca_file", format!("{}: no PEM certificate", file.display())));
            }
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let http = builder.build().map_err(|e| problem("tenant_url", e.to_string()))?;
        let client_type = format!(
            "{}/{}",
            if policy.kiosk { "kiosk" } else { "desktop" },
            env!("CARGO_PKG_VERSION")
        );
        Ok(ApiClient {
            http,
            base: base.trim_end_matches('/').to_string(),
            tenant: tenant.to_string(),
            client_type,
        })
    }

    /// The WebAuthn origin keys sign for: the tenant URL of the machine policy.
    pub fn origin(&self) -> Result<url::Url, CommandError> {
        url::Url::parse(&self.base).map_err(|_| CommandError::new("security_key.unavailable"))
    }

    fn url(&self, tail: &str) -> String {
        format!("{}/api/v1/tenants/{}/{tail}", self.base, self.tenant)
    }

    fn request(&self, method: reqwest::Method, tail: &str, locale: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(tail))
            .header("X-Latchkey-Client", &self.client_type)
            .header(reqwest::header::ACCEPT_LANGUAGE, locale)
    }

    /// Turns a response into `T`, or the server's error code.
    async fn decode<T: DeserializeOwned>(resp: reqwest::Response) -> Result<T, CommandError> {
        let status = resp.status();
        let path = applog::redact_path(resp.url().path());
        applog::log(LogLevel::Debug, &format!("{} {path}", status.as_u16()));
        let bytes = resp.bytes().await?;
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|_| CommandError::new(CommandError::BAD_RESPONSE));
        }
        match serde_json::from_slice::<ErrorBody>(&bytes) {
            Ok(body) => {
                applog::log(
                    LogLevel::Info,
                    &format!("{} {path}: {}", status.as_u16(), body.error.code),
                );
                Err(CommandError::with_args(&body.error.code, body.error.args))
            }
            Err(_) => {
                let mut args = serde_json::Map::new();
                args.insert("status".into(), status.as_u16().into());
                Err(CommandError::with_args(CommandError::BAD_RESPONSE, args))
            }
        }
    }

    pub async fn branding(&self, etag: Option<&str>, locale: &str) -> Result<BrandingFetch, CommandError> {
        let mut req = self.request(reqwest::Method::GET, "branding", locale);
        if let Some(tag) = etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, tag);
        }
        let resp = req.send().await?;
        if resp.status() == StatusCode::NOT_MODIFIED {
            return Ok(BrandingFetch::NotModified);
        }
        let etag = resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let branding = Self::decode(resp).await?;
        Ok(BrandingFetch::Fresh {
            branding: Box::new(branding),
            etag,
        })
    }

    pub async fn password_policy(&self, locale: &str) -> Result<PasswordPolicy, CommandError> {
        Self::decode(
            self.request(reqwest::Method::GET, "password-policy", locale)
                .send()
                .await?,
        )
        .await
    }

    pub async fn sign_in(
        &self,
        username: &str,
        password: &Secret,
        locale: &str,
    ) -> Result<SignInResponse, CommandError> {
        let body = SignInRequest {
            username: username.to_string(),
            password: password.clone(),
        };
        Self::decode(
            self.request(reqwest::Method::POST, "sessions", locale)
                .json(&body)
                .send()
                .await?,
        )
        .await
    }

    pub async fn change_password(
        &self,
        token: &Secret,
        current: &Secret,
        new: &Secret,
        locale: &str,
    ) -> Result<(), CommandError> {
        let body = ChangePasswordRequest {
            current_password: current.clone(),
            new_password: new.clone(),
        };
        let resp = self
            .request(reqwest::Method::POST, "me/password", locale)
            .bearer_auth(token.expose())
            .json(&body)
            .send()
            .await?;
        Self::decode::<serde_json::Value>(resp).await.map(|_| ())
    }

    pub async fn sign_out(&self, token: &Secret, locale: &str) -> Result<(), CommandError> {
        let resp = self
            .request(reqwest::Method::DELETE, "sessions/current", locale)
            .bearer_auth(token.expose())
            .send()
            .await?;
        Self::decode::<serde_json::Value>(resp).await.map(|_| ())
    }

    /// `GET /healthz` through this client (its proxy and CAs): the `Date` header and the body.
    pub async fn health(&self) -> Result<(Option<String>, serde_json::Value), reqwest::Error> {
        let resp = self.http.get(format!("{}/healthz", self.base)).send().await?;
        let date = resp
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp.json().await.unwrap_or(serde_json::Value::Null);
        Ok((date, body))
    }

    /// Cancels a reset or unlock on the server (`DELETE /resets/{id}`), so it cannot be continued.
    pub async fn cancel_reset(&self, reset_id: &Secret, locale: &str) -> Result<(), CommandError> {
        let id = reset_id.expose();
        if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return Err(CommandError::new("reset.not_found"));
        }
        let resp = self
            .request(reqwest::Method::DELETE, &format!("resets/{id}"), locale)
            .send()
            .await?;
        Self::decode::<serde_json::Value>(resp).await.map(|_| ())
    }

    /// One authenticated JSON call; `body` is sent as JSON when given.
    pub async fn call<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        tail: &str,
        token: &Secret,
        body: Option<&serde_json::Value>,
        locale: &str,
    ) -> Result<T, CommandError> {
        let mut req = self.request(method, tail, locale).bearer_auth(token.expose());
        if let Some(b) = body {
            req = req.json(b);
        }
        Self::decode(req.send().await?).await
    }

    /// An unauthenticated JSON call (captcha, reset).
    pub async fn public_call<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        tail: &str,
        body: Option<&serde_json::Value>,
        locale: &str,
    ) -> Result<T, CommandError> {
        let mut req = self.request(method, tail, locale);
        if let Some(b) = body {
            req = req.json(b);
        }
        Self::decode(req.send().await?).await
    }
}
