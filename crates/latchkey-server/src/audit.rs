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
