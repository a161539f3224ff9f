//! The built-in directory: accounts are our `users` rows, passwords argon2id hashes in our
//! store, lockout counted there by the tenant's policy. The embedded default for the demo and
//! small setups.

use super::{
    Account, AccountState, Changer, CheckStep, DirResult, Directory, DirectoryError, DirectoryPolicy, DirectoryUser,
    LockoutRule, PasswordCheck, PasswordWrite,
};
use crate::hashing::Hasher;
use crate::store::{MethodRow, PasswordChange, Store, UserRow};
use async_trait::async_trait;
use latchkey_core::password;
use latchkey_proto::Secret;

#[derive(Debug, Clone)]
pub struct BuiltinDirectory {
    hasher: Hasher,
}

impl BuiltinDirectory {
    pub fn new(hasher: Hasher) -> BuiltinDirectory {
        BuiltinDirectory { hasher }
    }
}

/// A built-in account as the directory port describes it: its id is our user id.
pub fn describe(row: &UserRow) -> DirectoryUser {
    DirectoryUser {
        id: row.id.clone(),
        login: row.username.clone(),
        dn: None,
        display_name: row.display_name.clone(),
        email: row.email.clone(),
        mobile: row.phone.clone(),
        preferred_language: None,
        groups: row.groups.clone(),
        is_admin: row.is_admin,
        state: AccountState {
            disabled: row.disabled,
            locked_until: row.locked_until,
            must_change_password: row.must_change_password,
            ..AccountState::default()
        },
    }
}

fn account(row: UserRow) -> Account {
    Account {
        user: describe(&row),
        row,
    }
}

#[async_trait]
impl Directory for BuiltinDirectory {
    fn kind(&self) -> String {
        "builtin".into()
    }

    fn is_builtin(&self) -> bool {
        true
    }

    async fn find(&self, store: &Store, tenant_id: &str, login: &str) -> DirResult<Option<Account>> {
        Ok(store.user_by_login(tenant_id, login).await?.map(account))
    }

    /// One query for the user and their methods.
    async fn find_with_methods(
        &self,
        store: &Store,
        tenant_id: &str,
        login: &str,
    ) -> DirResult<Option<(UserRow, Vec<MethodRow>)>> {
        Ok(store.login_with_methods(tenant_id, login).await?)
    }

    async fn refresh(&self, store: &Store, row: &UserRow) -> DirResult<Option<Account>> {
        Ok(store.user_by_id(&row.id).await?.map(account))
    }

    async fn verify_password(
        &self,
        store: &Store,
        row: &UserRow,
        password: &Secret,
        lockout: &LockoutRule,
    ) -> DirResult<PasswordCheck> {
        let normalized = password::normalize(password.expose());
        // No database connection is kept while waiting for argon2.
        store.release().await;
        let locked = row.is_locked(lockout.now);
        if !self.hasher.verify_async(row.password_hash.clone(), normalized).await {
            // Counted while locked too (without extending the lock).
            let failures = Some(
                store
                    .record_failed_login(&row.id, lockout.threshold, lockout.lock_until, lockout.now)
                    .await?,
            );
            if locked {
                return Ok(PasswordCheck::Locked { right: false });
            }
            return Ok(PasswordCheck::Invalid {
                failures,
                reason: "bad_password",
            });
        }
        if locked {
            return Ok(PasswordCheck::Locked { right: true });
        }
        if !row.disabled && row.failed_logins != 0 {
            store.reset_failed_logins(&row.id).await?;
        }
        Ok(PasswordCheck::Valid)
    }

    async fn set_password(&self, store: &Store, w: PasswordWrite<'_>) -> DirResult<Option<u64>> {
        let normalized = password::normalize(w.new.expose());
        // No database connection is kept while waiting for argon2.
        store.release().await;
        let same = match w.by {
            // Both come from this user's own request, so the comparison's timing tells them nothing.
            Changer::User { current } => password::normalize(current.expose()) == normalized,
            Changer::Reset => {
                self.hasher
                    .verify_async(w.user.password_hash.clone(), normalized.clone())
                    .await
            }
            Changer::Admin => false,
        };
        if same {
            return Err(DirectoryError::PasswordSameAsCurrent);
        }
        let history = if w.history_check == 0 || matches!(w.by, Changer::Admin) {
            Vec::new()
        } else {
            store.password_history(&w.user.id, i64::from(w.history_check)).await?
        };
        for old in history {
            if self.hasher.verify_async(old, normalized.clone()).await {
                return Err(DirectoryError::PasswordInHistory {
                    count: Some(w.history_check),
                });
            }
        }
        let hash = self.hasher.hash_async(normalized).await;
        let change = PasswordChange {
            user: w.user,
            new_hash: &hash,
            must_change: w.must_change,
            keep_history: w.keep_history,
            completes_reset: w.completes_reset,
            end_sessions: w.end_sessions,
        };
        Ok(store.change_password(&change, w.audit).await?)
    }

    async fn lockout(&self, store: &Store, row: &UserRow) -> DirResult<Option<i64>> {
        Ok(store.user_by_id(&row.id).await?.and_then(|u| u.locked_until))
    }

    async fn unlock(&self, store: &Store, row: &UserRow) -> DirResult<()> {
        Ok(store.unlock_user(&row.id).await?)
    }

    async fn policy(&self) -> DirResult<DirectoryPolicy> {
        Ok(DirectoryPolicy::default())
    }

    async fn for_each_user(
        &self,
        store: &Store,
        tenant_id: &str,
        each: &mut (dyn FnMut(DirectoryUser) + Send),
    ) -> DirResult<u64> {
        let all = store.list_users(tenant_id).await?;
        let count = all.len() as u64;
        all.iter().map(describe).for_each(each);
        Ok(count)
    }

    async fn check(&self) -> Vec<CheckStep> {
        vec![CheckStep {
            step: "builtin".into(),
            ok: true,
            detail: "accounts and password hashes live in the server's database".into(),
        }]
    }
}
