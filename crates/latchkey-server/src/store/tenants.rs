//! Tenants: their profile (name, branding) and policy.

use super::*;

#[derive(Debug, Clone)]
pub struct TenantRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    /// JSON of `BrandingSettings` (see the tenant module).
    pub branding: String,
    /// JSON of `latchkey_core::policy::TenantPolicy`.
    pub policy: String,
    pub updated_at: i64,
}

impl Store {
    /// How many tenant writes this process made through this store; see [`Store::tenant_by_slug`]
    /// callers that cache.
    pub fn tenant_writes(&self) -> u64 {
        self.tenant_writes.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub(super) fn tenant_written(&self) {
        self.tenant_writes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    pub async fn tenant_by_slug(&self, slug: &str) -> StoreResult<Option<TenantRow>> {
        let row = sqlx::query("SELECT id, slug, name, branding, policy, updated_at FROM tenants WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(row.map(|r| TenantRow {
            id: r.get(0),
            slug: r.get(1),
            name: r.get(2),
            branding: r.get(3),
            policy: r.get(4),
            updated_at: r.get(5),
        }))
    }

    pub async fn list_tenants(&self) -> StoreResult<Vec<TenantRow>> {
        let rows = sqlx::query("SELECT id, slug, name, branding, policy, updated_at FROM tenants ORDER BY slug")
            .fetch_all(&mut *self.conn().await?)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| TenantRow {
                id: r.get(0),
                slug: r.get(1),
                name: r.get(2),
                branding: r.get(3),
                policy: r.get(4),
                updated_at: r.get(5),
            })
            .collect())
    }

    /// Creates the tenant if missing; returns it either way.
    pub async fn ensure_tenant(&self, slug: &str, name: &str, branding: &str, policy: &str) -> StoreResult<TenantRow> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO tenants (id, slug, name, branding, policy, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (slug) DO NOTHING",
        )
        .bind(new_id())
        .bind(slug)
        .bind(name)
        .bind(branding)
        .bind(policy)
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        self.tenant_written();
        self.tenant_by_slug(slug)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("tenant {slug} vanished")))
    }

    pub async fn update_tenant_profile(&self, id: &str, name: &str, branding: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tenants SET name = $1, branding = $2, updated_at = $3 WHERE id = $4")
            .bind(name)
            .bind(branding)
            .bind(now_ms())
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.tenant_written();
        Ok(())
    }

    pub async fn update_tenant_policy(&self, id: &str, policy: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tenants SET policy = $1, updated_at = $2 WHERE id = $3")
            .bind(policy)
            .bind(now_ms())
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        self.tenant_written();
        Ok(())
    }
}
