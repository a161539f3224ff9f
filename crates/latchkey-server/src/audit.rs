//! The audit trail: every security-relevant event with time, tenant, user, IP, client type and
//! outcome. Append-only: nothing in the API edits or deletes events; only retention pruning
//! removes events, and never ones younger than 30 days.

use crate::store::{AuditRow, Store, StoreResult};
use serde_json::Value;

/// Who did it and from where.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub ip: String,
    pub client_type: String,
}

impl Actor {
    /// What per-address limits key on: the address, or an IPv6 address's /64.
    pub fn network(&self) -> String {
        crate::client_addr::network_key(&self.ip)
    }

    pub fn cli() -> Actor {
        Actor {
            ip: "local".into(),
            client_type: "admin-cli".into(),
        }
    }
}

/// Minimum retention the requirements ask for.
pub const MIN_RETENTION_DAYS: i64 = 30;

pub struct Event<'a> {
    pub tenant: &'a str,
    pub username: Option<&'a str>,
    pub event: &'a str,
    pub outcome: &'a str,
    pub detail: Value,
}

/// The stored form of an event; [`record`] writes it on its own, a store transaction can write it
/// together with the change it reports.
pub fn row(now_ms: i64, actor: &Actor, e: Event<'_>) -> AuditRow {
    AuditRow {
        id: 0,
        at: now_ms,
        tenant: e.tenant.to_string(),
        username: e.username.map(|u| printable(u).to_lowercase()),
        event: e.event.to_string(),
        outcome: e.outcome.to_string(),
        ip: Some(actor.ip.clone()),
        client_type: Some(actor.client_type.clone()),
        detail: e.detail,
    }
}

pub async fn record(store: &Store, now_ms: i64, actor: &Actor, e: Event<'_>) {
    let row = row(now_ms, actor, e);
    // Losing an audit event must be loud, but must not turn a user's success into a failure.
    if let Err(err) = store.insert_audit(&row).await {
        tracing::error!(error = %err, event = row.event, "could not write audit event");
    }
}

/// Rows per tenant, event and minute before only the tenant-wide total is recorded.
const AGGREGATE_TENANT_ROWS: i64 = 100;

/// Records a failure nobody authenticated for (a forged token, a rate-limited sign-in) without
/// letting a flood write a row per request: per tenant, event and client network, a row is
/// written for the 1st, 10th, 100th, ... failure in a minute (`detail.count` says which), and
/// once a tenant has had [`AGGREGATE_TENANT_ROWS`] such failures in that minute, only its
/// tenant-wide 1000th, 10000th, ... are written (with `detail.scope = "tenant"`). So a flood
/// costs a few counter rows (pruned by housekeeping), not one audit row per request.
pub async fn record_unauthenticated(store: &Store, now_ms: i64, actor: &Actor, e: Event<'_>) {
    let keys = [
        format!("audit:{}:{}:{}", e.tenant, e.event, actor.network()),
        format!("audit:{}:{}", e.tenant, e.event),
    ];
    let counts = match store.rate_hits(&keys, now_ms, 60_000).await {
        Ok(c) => c,
        Err(err) => {
            tracing::error!(error = %err, event = e.event, "could not count an unauthenticated failure");
            return;
        }
    };
    let (here, tenant_wide) = (counts[0].0, counts[1].0);
    let power_of_ten = |n: i64| {
        let mut p = 1;
        while p < n {
            p *= 10;
        }
        p == n
    };
    let mut e = e;
    if tenant_wide <= AGGREGATE_TENANT_ROWS && power_of_ten(here) {
        e.detail = merge(e.detail, serde_json::json!({"count": here, "per": "minute"}));
        record(store, now_ms, actor, e).await;
    } else if tenant_wide > AGGREGATE_TENANT_ROWS && power_of_ten(tenant_wide) {
        e.detail = merge(
            e.detail,
            serde_json::json!({"count": tenant_wide, "per": "minute", "scope": "tenant"}),
        );
        let anyone = Actor {
            ip: "*".into(),
            client_type: actor.client_type.clone(),
        };
        record(store, now_ms, &anyone, e).await;
    }
}

fn merge(base: Value, extra: Value) -> Value {
    match (base, extra) {
        (Value::Object(mut a), Value::Object(b)) => {
            a.extend(b);
            Value::Object(a)
        }
        (_, extra) => extra,
    }
}

/// What a client sent, made safe to store and show: no control characters, at most 256 chars.
fn printable(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(256).collect()
}

/// Applies each tenant's retention (at least [`MIN_RETENTION_DAYS`]).
pub async fn prune(store: &Store, now_ms: i64) -> StoreResult<u64> {
    let mut removed = 0;
    for t in store.list_tenants().await? {
        let tenant = crate::tenant::Tenant::from_row(t);
        let days = i64::from(tenant.policy.audit_retention_days).max(MIN_RETENTION_DAYS);
        removed += store.prune_audit(tenant.slug(), now_ms - days * 86_400_000).await?;
    }
    Ok(removed)
}
