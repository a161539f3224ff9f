//! One test through a real socket: the address recorded in the audit log is the peer's.

use crate::support::{ALEX_PW, Db, Harness};
use std::net::SocketAddr;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_socket_round_trip() {
    let h = Harness::new(Db::Sqlite).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = latchkey_server::http::app(h.state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::new();
    let health: serde_json::Value = client
        .get(format!("http://{addr}/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let resp = client
        .post(format!("http://{addr}/api/v1/tenants/contoso/sessions"))
        .header("x-latchkey-client", "desktop/0.1.0")
        .json(&serde_json::json!({"username": "alex", "password": ALEX_PW}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let events = h.audit("signin").await;
    assert_eq!(events[0].ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(events[0].client_type.as_deref(), Some("desktop/0.1.0"));
}
