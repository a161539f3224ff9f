//! PostgreSQL connections are lent again without going back through sqlx's pool (which pings
//! each one it takes back); these check that reuse stays correct.

use crate::support::{Db, database_url, temp_dir};
use latchkey_server::store::Store;
use std::time::Duration;

async fn backend_pid(store: &Store) -> i32 {
    sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut *store.conn().await.unwrap())
        .await
        .unwrap()
}

async fn count(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM captchas")
        .fetch_one(&mut *store.conn().await.unwrap())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_connections_are_reused_safely() {
    let url = database_url(Db::Postgres, &temp_dir("store")).await;
    let store = Store::open(&url).await.unwrap();

    // A request cancelled inside a transaction: the next holder gets the same connection,
    // with the transaction rolled back.
    let held = store.hold().await.unwrap();
    let pid = backend_pid(&held).await;
    {
        let mut conn = held.conn().await.unwrap();
        let mut tx = sqlx::Connection::begin(&mut *conn).await.unwrap();
        sqlx::query("INSERT INTO captchas (id, tenant_id, challenge, difficulty, expires_at, used) VALUES ('c1', 't', 'x', 0, 0, 0)")
            .execute(&mut *tx)
            .await
            .unwrap();
        // Dropped without commit.
    }
    drop(held);
    let held = store.hold().await.unwrap();
    assert_eq!(
        backend_pid(&held).await,
        pid,
        "the connection was kept for the next request"
    );
    assert_eq!(count(&held).await, 0, "the abandoned transaction was rolled back");
    drop(held);

    // A request cancelled mid-statement: the next statement gets its own answer.
    let held = store.hold().await.unwrap();
    let slow = {
        let held = held.clone();
        tokio::spawn(async move {
            let _ = sqlx::query("SELECT pg_sleep(0.5)")
                .execute(&mut *held.conn().await.unwrap())
                .await;
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    slow.abort();
    let _ = slow.await;
    drop(held);
    let held = store.hold().await.unwrap();
    assert_eq!(backend_pid(&held).await, pid);
    let one: i32 = sqlx::query_scalar("SELECT 41 + 1")
        .fetch_one(&mut *held.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(one, 42);
    drop(held);

    // A kept connection that died is noticed (pinged once it has not been checked for a
    // second) and replaced. It is killed from another connection while still held.
    let held = store.hold().await.unwrap();
    assert_eq!(backend_pid(&held).await, pid);
    sqlx::query("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .execute(&mut *store.conn().await.unwrap())
        .await
        .unwrap();
    drop(held);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let held = store.hold().await.unwrap();
    assert_ne!(backend_pid(&held).await, pid, "a new connection replaced the dead one");
    assert_eq!(count(&held).await, 0);
}
