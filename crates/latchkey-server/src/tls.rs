//! Server TLS from PEM files (rustls; TLS 1.2 and 1.3), checked when the configuration loads
//! and used by `serve`.

use std::path::Path;
use std::sync::Arc;

/// The TLS configuration for a PEM certificate chain and private key; the error names the file.
pub fn tls_config(cert_file: &Path, key_file: &Path) -> Result<Arc<rustls::ServerConfig>, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs = CertificateDer::pem_file_iter(cert_file)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("tls_cert_file {}: {e}", cert_file.display()))?;
    if certs.is_empty() {
        return Err(format!("tls_cert_file {}: no certificate in it", cert_file.display()));
    }
    let key =
        PrivateKeyDer::from_pem_file(key_file).map_err(|e| format!("tls_key_file {}: {e}", key_file.display()))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("tls: {e}"))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("tls_key_file {} does not fit tls_cert_file: {e}", key_file.display()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
