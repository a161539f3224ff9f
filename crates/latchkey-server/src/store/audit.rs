//! The audit log.

use super::*;

#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub tenant: String,
    pub username: Option<String>,
    pub event: String,
    pub outcome: String,
    pub ip: Option<String>,
    pub client_type: Option<String>,
    pub detail: serde_json::Value,
}
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub tenant: Option<String>,
    pub username: Option<String>,
    pub event: Option<String>,
    pub outcome: Option<String>,
    pub since_ms: Option<i64>,
    pub limit: i64,
}
/// On PostgreSQL, the part of a statement that appends an audit event once per row of `source`
/// (a `WITH` part of the same statement), its values bound from `$first` on by [`bind_audit`]:
/// the event is written exactly when the change it reports is.
pub(crate) fn audit_from(source: &str, first: usize) -> String {
    let p: Vec<String> = (first..first + 8).map(|i| format!("${i}")).collect();
    format!(
        "INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) \
         SELECT {} FROM {source}",
        p.join(", ")
    )
}

/// Binds an audit event's eight values, in the order of [`audit_from`].
pub(crate) fn bind_audit<'q>(
    q: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    e: &AuditRow,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
    q.bind(e.at)
        .bind(e.tenant.clone())
        .bind(e.username.clone())
        .bind(e.event.clone())
        .bind(e.outcome.clone())
        .bind(e.ip.clone())
        .bind(e.client_type.clone())
        .bind(e.detail.to_string())
}

/// Appends an audit event on a connection (inside a caller's transaction when there is one).
pub(crate) async fn insert_audit(conn: &mut AnyConnection, e: &AuditRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_events (at, tenant, username, event, outcome, ip, client_type, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.at)
    .bind(&e.tenant)
    .bind(&e.username)
    .bind(&e.event)
    .bind(&e.outcome)
    .bind(&e.ip)
    .bind(&e.client_type)
    .bind(e.detail.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    pub async fn insert_audit(&self, e: &AuditRow) -> StoreResult<()> {
        insert_audit(&mut *self.conn().await?, e).await?;
        Ok(())
    }

    /// Newest first.
    pub async fn query_audit(&self, f: &AuditFilter) -> StoreResult<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, at, tenant, username, event, outcome, ip, client_type, detail FROM audit_events \
             WHERE ($1 = '' OR tenant = $1) AND ($2 = '' OR username = $2) AND ($3 = '' OR event = $3 OR event LIKE $4) \
             AND ($5 = '' OR outcome = $5) AND at >= $6 ORDER BY at DESC, id DESC LIMIT $7",
        )
        .bind(f.tenant.clone().unwrap_or_default())
        .bind(f.username.clone().map(|u| u.to_lowercase()).unwrap_or_default())
        .bind(f.event.clone().unwrap_or_default())
        .bind(f.event.as_ref().map(|e| format!("{e}.%")).unwrap_or_default())
        .bind(f.outcome.clone().unwrap_or_default())
        .bind(f.since_ms.unwrap_or(0))
        .bind(if f.limit <= 0 { 1000 } else { f.limit })
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|r| {
                let detail: String = r.get(8);
                Ok(AuditRow {
                    id: r.get(0),
                    at: r.get(1),
                    tenant: r.get(2),
                    username: r.get(3),
                    event: r.get(4),
                    outcome: r.get(5),
                    ip: r.get(6),
                    client_type: r.get(7),
                    detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                })
            })
            .collect()
    }

    pub async fn count_audit(&self, tenant: &str) -> StoreResult<i64> {
        let r = sqlx::query("SELECT COUNT(*) FROM audit_events WHERE tenant = $1")
            .bind(tenant)
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Ok(r.get(0))
    }

    /// Deletes a tenant's events older than `before_ms`. Callers never pass a cut-off younger
    /// than 30 days (the policy's minimum retention).
    pub async fn prune_audit(&self, tenant: &str, before_ms: i64) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM audit_events WHERE tenant = $1 AND at < $2")
            .bind(tenant)
            .bind(before_ms)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(r.rows_affected())
    }
}
