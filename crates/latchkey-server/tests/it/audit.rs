use crate::both;
use crate::support::{Db, Harness};
use latchkey_server::audit::{self, Actor, Event};

async fn retention_keeps_thirty_days_and_many_events(db: Db) {
    let h = Harness::new(db).await;
    let now = 1_800_000_000_000_i64;
    let day = 86_400_000_i64;
    for age_days in [0, 10, 29, 31, 89, 91, 400] {
        audit::record(
            &h.store,
            now - age_days * day,
            &Actor::cli(),
            Event {
                tenant: "contoso",
                username: Some("alex"),
                event: "test.event",
                outcome: "success",
                detail: serde_json::json!({"age": age_days}),
            },
        )
        .await;
    }
    // Default retention is 90 days, never below 30.
    audit::prune(&h.store, now).await.unwrap();
    let ages: Vec<i64> = h
        .audit("test.event")
        .await
        .iter()
        .map(|e| e.detail["age"].as_i64().unwrap())
        .collect();
    assert_eq!(ages, vec![0, 10, 29, 31, 89]);
    latchkey_server::flows::admin::set_policy(&h.store, "contoso", "audit_retention_days", "30")
        .await
        .unwrap();
    assert!(
        latchkey_server::flows::admin::set_policy(&h.store, "contoso", "audit_retention_days", "7")
            .await
            .is_err()
    );
    audit::prune(&h.store, now).await.unwrap();
    let ages: Vec<i64> = h
        .audit("test.event")
        .await
        .iter()
        .map(|e| e.detail["age"].as_i64().unwrap())
        .collect();
    assert_eq!(ages, vec![0, 10, 29]);
}
both!(retention_keeps_thirty_days_and_many_events);

/// 75,000 events (the Entra figure) are kept and queryable within retention.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeps_seventy_five_thousand_events() {
    let h = Harness::new(Db::Sqlite).await;
    let now = h.state.clock.now_ms();
    let mut conn = h.store.conn().await.unwrap();
    let mut tx = sqlx::Connection::begin(&mut *conn).await.unwrap();
    for i in 0..75_000_i64 {
        sqlx::query("INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) VALUES ($1, 'contoso', 'alex', 'bulk', 'success', '127.0.0.1', 'test', '{}')")
            .bind(now - i * 30_000)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    drop(conn);
    audit::prune(&h.store, now).await.unwrap();
    assert!(h.store.count_audit("contoso").await.unwrap() >= 75_000);
}

async fn audit_cannot_be_edited_through_the_api(db: Db) {
    let h = Harness::new(db).await;
    for method in ["PUT", "DELETE", "PATCH", "POST"] {
        let req = axum::http::Request::builder()
            .method(method)
            .uri("/api/v1/tenants/contoso/audit")
            .body(axum::body::Body::empty())
            .unwrap();
        let (s, _, _) = h.send(req).await;
        assert!(s == 404 || s == 405, "{method} {s}");
    }
}
both!(audit_cannot_be_edited_through_the_api);
