//! Accepting connections for `serve`: at most `max_connections` at once (more are closed at
//! once), request headers within `header_read_timeout_secs` (a slow-loris client is cut off),
//! each request answered within `request_timeout_secs` (else 503 `request.timeout`), and TLS
//! terminated here when `tls_cert_file` / `tls_key_file` are set (rustls; TLS 1.2 and 1.3).

use crate::error::AppError;
use axum::Router;
use axum::extract::ConnectInfo;
use axum::response::IntoResponse;
use hyper_util::rt::{TokioIo, TokioTimer};
use latchkey_proto::ErrorCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How `serve` treats connections.
#[derive(Clone)]
pub struct Limits {
    pub max_connections: usize,
    pub header_read_timeout: Duration,
    pub request_timeout: Duration,
    pub tls: Option<Arc<rustls::ServerConfig>>,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("max_connections", &self.max_connections)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("tls", &self.tls.is_some())
            .finish()
    }
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let acceptor = limits.tls.clone().map(tokio_rustls::TlsAcceptor::from);
    let mut refused_logged_at: Option<std::time::Instant> = None;
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => return Ok(()),
        };
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            drop(stream);
            if refused_logged_at.is_none_or(|t| t.elapsed() > Duration::from_secs(10)) {
                tracing::warn!(
                    max = limits.max_connections,
                    "connection limit reached; closing new connections"
                );
                refused_logged_at = Some(std::time::Instant::now());
            }
            continue;
        };
        let (app, limits, acceptor) = (app.clone(), limits.clone(), acceptor.clone());
        tokio::spawn(async move {
            let _permit = permit;
            let _ = stream.set_nodelay(true);
            let request_timeout = limits.request_timeout;
            let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                let app = app.clone();
                async move {
                    let answer =
                        tokio::time::timeout(request_timeout, app.oneshot(req.map(axum::body::Body::new))).await;
                    Ok::<_, std::convert::Infallible>(match answer {
                        Ok(Ok(resp)) => resp,
                        Ok(Err(never)) => match never {},
                        Err(_) => {
                            let resp = AppError::new(ErrorCode::RequestTimeout).into_response();
                            crate::http::with_security_headers(resp)
                        }
                    })
                }
            });
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(limits.header_read_timeout)
                .keep_alive(true);
            let result = match acceptor {
                Some(acceptor) => {
                    // The handshake gets the same time as the headers would.
                    match tokio::time::timeout(limits.header_read_timeout, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => http.serve_connection(TokioIo::new(tls), service).await,
                        _ => return,
                    }
                }
                None => http.serve_connection(TokioIo::new(stream), service).await,
            };
            if let Err(e) = result {
                tracing::debug!(error = %e, %peer, "connection ended");
            }
        });
    }
}
