//! The LDAP connector's Active Directory flavor against a real Samba AD domain controller
//! (see `samba.rs`): every flow through the HTTP API on SQLite and on PostgreSQL, with users
//! made by `samba-tool` and checked with `ldapsearch`, outside our code.
//!
//! Samba ignores the password-history policy-hints control on resets (Windows honours it), so
//! history is tested on the user's own change, where Samba enforces it.

use crate::both;
use crate::samba::{self, Dc, FIXTURE_PW, Transport};
use crate::support::{Db, Harness, code};
use axum::http::StatusCode;
use latchkey_proto::Secret;
use latchkey_server::config::DirectoryConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directory, DirectoryError, PasswordWrite};
use latchkey_server::flows::admin;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

const T: &str = "/api/v1/tenants/contoso";
const NEW_PW: &str = "Lantern-Quartz-Meadow-58";
const THIRD_PW: &str = "Copper-Nimbus-Kettle-91";
const WRONG_PW: &str = "Wrong-Password-123";

/// A user name unique to the test and the database engine (AD names: at most 20 characters).
fn user(prefix: &str, db: Db) -> String {
    format!("{prefix}-{}", format!("{db:?}").to_lowercase())
}

/// Tenant `contoso` on the domain controller (SSPR on for all, a fast captcha), served like
/// `serve` does.
async fn harness(db: Db, dc: &Dc, transport: Transport) -> (Harness, Arc<LdapDirectory>) {
    Harness::with_ldap(db, &dc.directory_toml(transport)).await
}

/// A verified email method for `name` (signed in with its directory password).
async fn with_email(h: &Harness, name: &str, password: &str) -> String {
    let token = h.token(name, password).await;
    h.add_email(&token, &format!("{name}.home@example.org")).await
}

/// Writes a password straight through the directory (past the flows' own checks), so the
/// directory's refusal is what answers.
async fn write_directly(
    h: &Harness,
    ldap: &LdapDirectory,
    name: &str,
    by_user: Option<&str>,
    new: &str,
) -> Result<Option<u64>, DirectoryError> {
    let tenant = h.state.tenant("contoso").await.unwrap();
    let row = ldap.find(&h.store, tenant.id(), name).await.unwrap().unwrap().row;
    let current = by_user.map(Secret::new);
    let new = Secret::new(new);
    ldap.set_password(
        &h.store,
        PasswordWrite {
            user: &row,
            by: match &current {
                Some(c) => Changer::User { current: c },
                None => Changer::Reset,
            },
            new: &new,
            must_change: false,
            keep_history: 0,
            history_check: 0,
            completes_reset: None,
            end_sessions: None,
            audit: None,
        },
    )
    .await
}

async fn ad_sign_in_change_and_policy(db: Db) {
    let dc = samba::shared().await;
    let name = user("chg", db);
    dc.create_user(&name, "+14255550134");
    let (h, ldap) = harness(db, &dc, Transport::Ldaps).await;
    // The login may be the sAMAccountName, the UPN or the mail address.
    for login in [
        name.clone(),
        format!("{name}@contoso.test"),
        format!("{name}@contoso.com"),
    ] {
        let (s, v) = h.sign_in(&login, FIXTURE_PW).await;
        assert_eq!(s, StatusCode::OK, "{login}: {v}");
    }
    let (s, v) = h.sign_in(&name, WRONG_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::UNAUTHORIZED, "auth.invalid_credentials"));
    assert_eq!(
        code(&h.sign_in("nobody", FIXTURE_PW).await.1),
        "auth.invalid_credentials"
    );
    // The account mirrors the directory: objectGUID as the stable id, name, mail, mobile.
    let tenant = h.state.tenant("contoso").await.unwrap();
    let account = ldap.find(&h.store, tenant.id(), &name).await.unwrap().unwrap();
    let id = &account.user.id;
    assert!(
        id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'),
        "{id}"
    );
    assert_eq!(account.row.directory_id.as_deref(), Some(id.as_str()));
    assert_eq!(account.user.login, name);
    assert_eq!(account.user.display_name, format!("{name} Test"));
    assert_eq!(
        account.user.email.as_deref(),
        Some(format!("{name}@contoso.com").as_str())
    );
    assert_eq!(account.user.mobile.as_deref(), Some("+14255550134"));
    assert!(account.user.groups.iter().any(|g| g == "Domain Users") || account.user.groups.is_empty());
    // The domain's rules tighten the tenant's in the live policy: AD keeps 24 passwords and
    // locks after 5 failures; the tenant says 8 characters (AD 7), history 5, 10 failures.
    let (s, _, p) = h.get(&format!("{T}/password-policy")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        (&p["min_length"], &p["history_count"], &p["lockout_threshold"]),
        (
            &json!(8),
            &json!(samba::DOMAIN_HISTORY),
            &json!(samba::DOMAIN_LOCKOUT_THRESHOLD)
        ),
        "{p}"
    );
    // A change goes to the directory as delete + add of unicodePwd, bound as the user.
    let token = h.token(&name, FIXTURE_PW).await;
    let (s, v) = h.change(&token, FIXTURE_PW, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, NEW_PW), "the new password signs in");
    assert!(!dc.binds(&name, FIXTURE_PW), "the old one no longer does");
    assert_eq!(h.sign_in(&name, NEW_PW).await.0, StatusCode::OK);
    // Changing back is refused by AD's history, with our code and the reason in the log.
    let token = h.token(&name, NEW_PW).await;
    let (s, v) = h.change(&token, NEW_PW, FIXTURE_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.reused"), "{v}");
    let failed = h.audit("password.change").await;
    assert!(
        failed
            .iter()
            .any(|e| e.outcome == "failure" && e.detail["reason"] == "password.reused"),
        "{failed:?}"
    );
    // A wrong current password: AD's own check (00000056), our code.
    let (s, v) = h.change(&token, WRONG_PW, THIRD_PW).await;
    assert_eq!(s.as_u16() / 100, 4, "{v}");
    assert!(dc.binds(&name, NEW_PW));
    // AD's own length refusal, past the flows' checks: too short, with AD's minimum.
    let err = write_directly(&h, &ldap, &name, Some(NEW_PW), "Ab1-xy")
        .await
        .unwrap_err();
    assert!(
        matches!(err, DirectoryError::PasswordTooShort { min: Some(7) }),
        "{err:?}"
    );
    assert!(dc.binds(&name, NEW_PW), "nothing changed");
    // The service account signed in once per pooled connection, not once per request.
    assert!(ldap.service_binds() <= 2, "{} binds", ldap.service_binds());
}
both!(ad_sign_in_change_and_policy);

async fn ad_fine_grained_policy(db: Db) {
    let dc = samba::shared().await;
    let name = user("pso", db);
    dc.create_user(&name, "+14255550135");
    dc.add_to_group(samba::PSO_GROUP, &name);
    // A group holding the PSO group: the user is in it through nesting.
    let outer = user("outer", db);
    dc.add_group(&outer);
    dc.add_to_group(&outer, samba::PSO_GROUP);
    let (h, ldap) = harness(db, &dc, Transport::Ldaps).await;
    let tenant = h.state.tenant("contoso").await.unwrap();
    let account = ldap.find(&h.store, tenant.id(), &name).await.unwrap().unwrap();
    for group in [samba::PSO_GROUP, outer.as_str()] {
        assert!(
            account.user.groups.iter().any(|g| g == group),
            "{group}: {:?}",
            account.user.groups
        );
    }
    let row = account.row;
    // msDS-ResultantPSO names the group's PSO; its rules replace the domain's for this user.
    let policy = ldap.policy_for(&h.store, &row).await.unwrap();
    assert_eq!(
        (policy.min_length, policy.history),
        (Some(samba::PSO_MIN_LENGTH), Some(samba::PSO_HISTORY)),
        "{policy:?}"
    );
    let domain = ldap.policy().await.unwrap();
    assert_eq!(domain.min_length, Some(samba::DOMAIN_MIN_LENGTH));
    // A 12-character password passes the domain's rule but not the PSO's: refused before the
    // directory is written, with the PSO's minimum.
    let token = h.token(&name, FIXTURE_PW).await;
    let (s, v) = h.change(&token, FIXTURE_PW, "Kettle-Nim91").await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_short"), "{v}");
    assert_eq!(v["error"]["args"]["min"], samba::PSO_MIN_LENGTH, "{v}");
    // And AD itself refuses it with the PSO's figure when written past our checks.
    let err = write_directly(&h, &ldap, &name, Some(FIXTURE_PW), "Kettle-Nim91")
        .await
        .unwrap_err();
    assert!(
        matches!(err, DirectoryError::PasswordTooShort { min: Some(m) } if m == samba::PSO_MIN_LENGTH),
        "{err:?}"
    );
    assert!(dc.binds(&name, FIXTURE_PW));

    // The live rules: the public policy is the domain's; a reset, once verified, answers the
    // user's own (the PSO's), and the live evaluation with them refuses what AD would refuse.
    let (_, _, public) = h.get(&format!("{T}/password-policy")).await;
    assert!(
        public["min_length"].as_u64().unwrap() < u64::from(samba::PSO_MIN_LENGTH),
        "{public}"
    );
    let email = with_email(&h, &name, FIXTURE_PW).await;
    let (s, v) = h.reset_start(&name).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let (s, progress) = h
        .reset_verify_code(&reset, &email, &format!("{name}.home@example.org"))
        .await;
    assert_eq!(
        (s, progress["remaining"].as_u64()),
        (StatusCode::OK, Some(0)),
        "{progress}"
    );
    let own = &progress["password_policy"];
    assert_eq!(own["min_length"], samba::PSO_MIN_LENGTH, "{progress}");
    // The tenant's own history (5) stays when it is the stricter one.
    assert_eq!(own["history_count"], samba::PSO_HISTORY.max(5), "{progress}");
    let evaluate = |policy: Option<&Value>| {
        let mut body = json!({"password": "Kettle-Nim91", "username": name});
        if let Some(p) = policy {
            body["policy"] = p.clone();
        }
        h.post("/api/v1/tenants/contoso/password-evaluate", body, None)
    };
    let length_ok = |v: &Value| {
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["rule"] == "length")
            .map(|c| c["ok"].clone())
    };
    let (s, with_own) = evaluate(Some(own)).await;
    assert_eq!(s, StatusCode::OK, "{with_own}");
    assert_eq!(length_ok(&with_own), Some(json!(false)), "{with_own}");
    let (_, with_tenant) = evaluate(None).await;
    assert_eq!(length_ok(&with_tenant), Some(json!(true)), "{with_tenant}");
    let (s, v) = h.reset_password(&reset, "Kettle-Nim91").await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_short"), "{v}");
    let (s, v) = h.reset_password(&reset, "Kettle-Nimbus-4471").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, "Kettle-Nimbus-4471"));
}
both!(ad_fine_grained_policy);

async fn ad_reset_unlock_and_lockout(db: Db) {
    let dc = samba::shared().await;
    let name = user("rst", db);
    dc.create_user(&name, "+14255550136");
    let (h, _) = harness(db, &dc, Transport::Ldaps).await;
    let email = with_email(&h, &name, FIXTURE_PW).await;
    // Five wrong passwords lock the account in AD (lockoutThreshold 5); one network alone is
    // held back before that, so they come from five.
    for i in 0..samba::DOMAIN_LOCKOUT_THRESHOLD {
        assert_eq!(
            h.sign_in_from(&format!("192.0.2.{i}"), &name, WRONG_PW).await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let locked_at: i64 = dc.read(&name, "lockoutTime").unwrap().parse().unwrap();
    assert!(locked_at > 0, "locked in AD");
    assert!(
        !dc.binds(&name, FIXTURE_PW),
        "AD refuses even the right password (data 775)"
    );
    // Locked: the right password and a wrong one answer alike, naming the lock and its wait.
    let (s, v) = h.sign_in(&name, FIXTURE_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"), "{v}");
    assert_eq!(h.sign_in(&name, WRONG_PW).await, (s, v));
    // Unlock without a reset: lockoutTime 0.
    let (s, v) = h.unlock_start(&name).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let unlock = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h
        .reset_verify_code(&unlock, &email, &format!("{name}.home@example.org"))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.post(&format!("{T}/resets/{unlock}/unlock"), json!({}), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(dc.read(&name, "lockoutTime").as_deref(), Some("0"));
    assert!(dc.binds(&name, FIXTURE_PW));
    assert_eq!(h.sign_in(&name, FIXTURE_PW).await.0, StatusCode::OK);
    // Locked again; a reset replaces unicodePwd through the service account, and unlocks.
    for i in 0..samba::DOMAIN_LOCKOUT_THRESHOLD {
        h.sign_in_from(&format!("198.51.100.{i}"), &name, WRONG_PW).await;
    }
    assert_ne!(dc.read(&name, "lockoutTime").as_deref(), Some("0"));
    let reset = h
        .verified_reset(&name, &email, &format!("{name}.home@example.org"))
        .await;
    // Too short for the tenant: our code, before anything is written.
    let (s, v) = h.reset_password(&reset, "Short-1").await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_short"), "{v}");
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, NEW_PW) && !dc.binds(&name, FIXTURE_PW));
    assert_eq!(dc.read(&name, "lockoutTime").as_deref(), Some("0"), "a reset unlocks");
    assert_eq!(h.sign_in(&name, NEW_PW).await.0, StatusCode::OK);
    let done = h.audit("reset.complete").await;
    assert_eq!(done.iter().filter(|e| e.outcome == "success").count(), 1);
}
both!(ad_reset_unlock_and_lockout);

/// A temporary password from `admin user reset-password --temporary` sets `pwdLastSet: 0`; AD
/// then refuses the user's bind (data 773), so sign-in opens only the change, and the change
/// runs on a service connection where AD still checks the current password.
async fn ad_temporary_password_must_be_changed(db: Db) {
    let dc = samba::shared().await;
    let name = user("tmp", db);
    dc.create_user(&name, "+14255550139");
    let (h, ldap) = harness(db, &dc, Transport::Ldaps).await;
    admin::reset_password_in(
        &h.store,
        ldap.as_ref(),
        "contoso",
        &name,
        Some(Secret::new(THIRD_PW)),
        true,
    )
    .await
    .unwrap();
    assert_eq!(dc.read(&name, "pwdLastSet").as_deref(), Some("0"));
    assert!(!dc.binds(&name, THIRD_PW), "AD refuses the bind until it is changed");
    let (s, v) = h.sign_in(&name, THIRD_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["password_change_required"], true, "{v}");
    let token = v["token"].as_str().unwrap().to_string();
    // A wrong current password is still refused, and nothing is written.
    let (s, v) = h.change(&token, WRONG_PW, NEW_PW).await;
    assert_eq!(s.as_u16() / 100, 4, "{v}");
    assert_eq!(dc.read(&name, "pwdLastSet").as_deref(), Some("0"));
    let (s, v) = h.change(&token, THIRD_PW, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, NEW_PW), "the new password signs in");
    assert_ne!(dc.read(&name, "pwdLastSet").as_deref(), Some("0"));
    let (s, v) = h.sign_in(&name, NEW_PW).await;
    assert_eq!(
        (s, &v["password_change_required"]),
        (StatusCode::OK, &json!(false)),
        "{v}"
    );
}
both!(ad_temporary_password_must_be_changed);

/// A renamed user (new sAMAccountName, CN, UPN and mail) keeps the methods registered before:
/// they are keyed by objectGUID.
async fn ad_renamed_user_keeps_methods(db: Db) {
    let dc = samba::shared().await;
    let name = user("ren", db);
    let renamed = user("renamed", db);
    dc.create_user(&name, "+14255550140");
    let (h, _) = harness(db, &dc, Transport::Ldaps).await;
    let email = with_email(&h, &name, FIXTURE_PW).await;
    dc.rename_user(&name, &renamed);
    assert_eq!(h.sign_in(&name, FIXTURE_PW).await.0, StatusCode::UNAUTHORIZED);
    for login in [renamed.clone(), format!("{renamed}@contoso.test")] {
        let (s, v) = h.sign_in(&login, FIXTURE_PW).await;
        assert_eq!(s, StatusCode::OK, "{login}: {v}");
        assert_eq!(v["mfa_required"], true, "the method registered before the rename: {v}");
        assert_eq!(v["methods"][0]["id"], email.clone(), "{v}");
    }
    let (s, v) = h.reset_start(&renamed).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["methods"][0]["id"], email);
}
both!(ad_renamed_user_keeps_methods);

async fn ad_refused_accounts(db: Db) {
    let dc = samba::shared().await;
    let (h, ldap) = harness(db, &dc, Transport::Ldaps).await;
    // Protected (adminCount=1): signs in, but the service account never resets or unlocks it.
    let email = with_email(&h, samba::PROTECTED_USER, FIXTURE_PW).await;
    let reset = h
        .verified_reset(
            samba::PROTECTED_USER,
            &email,
            &format!("{}.home@example.org", samba::PROTECTED_USER),
        )
        .await;
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "account.protected"), "{v}");
    assert!(dc.binds(samba::PROTECTED_USER, FIXTURE_PW), "unchanged");
    let err = write_directly(&h, &ldap, samba::PROTECTED_USER, None, NEW_PW)
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Protected), "{err:?}");
    // Nor unlocked by it: the unlock flow answers account.protected too.
    let (s, v) = h.unlock_start(samba::PROTECTED_USER).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let unlock = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h
        .reset_verify_code(&unlock, &email, &format!("{}.home@example.org", samba::PROTECTED_USER))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.post(&format!("{T}/resets/{unlock}/unlock"), json!({}), None).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "account.protected"), "{v}");
    // Disabled (userAccountControl 0x2): named only to someone who knows the password.
    let (s, v) = h.sign_in(samba::DISABLED_USER, FIXTURE_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_disabled"), "{v}");
    let (s, v) = h.sign_in(samba::DISABLED_USER, WRONG_PW).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::UNAUTHORIZED, "auth.invalid_credentials"),
        "{v}"
    );
    let err = write_directly(&h, &ldap, samba::DISABLED_USER, None, NEW_PW)
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::AccountDisabled), "{err:?}");
    // Expired (accountExpires in the past; AD's bind says data 701).
    let (s, v) = h.sign_in(samba::EXPIRED_USER, FIXTURE_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "account.expired"), "{v}");
    let err = write_directly(&h, &ldap, samba::EXPIRED_USER, None, NEW_PW)
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::AccountExpired), "{err:?}");
    // "User cannot change password" (a deny ACE on Change Password): signs in, may not change.
    let tenant = h.state.tenant("contoso").await.unwrap();
    let account = ldap
        .find(&h.store, tenant.id(), samba::CANNOT_CHANGE_USER)
        .await
        .unwrap()
        .unwrap();
    assert!(account.user.state.cannot_change_password, "{:?}", account.user.state);
    let token = h.token(samba::CANNOT_CHANGE_USER, FIXTURE_PW).await;
    let (s, v) = h.change(&token, FIXTURE_PW, NEW_PW).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::FORBIDDEN, "account.cannot_change_password"),
        "{v}"
    );
    assert!(dc.binds(samba::CANNOT_CHANGE_USER, FIXTURE_PW), "unchanged");
}
both!(ad_refused_accounts);

async fn ad_directory_down_mid_reset(db: Db) {
    let dc = samba::exclusive().await;
    let name = user("down", db);
    dc.create_user(&name, "+14255550137");
    let (h, _) = harness(db, &dc, Transport::Ldaps).await;
    let email = with_email(&h, &name, FIXTURE_PW).await;
    let reset = h
        .verified_reset(&name, &email, &format!("{name}.home@example.org"))
        .await;
    dc.stop().await;
    // Nothing claims success; the failure and the directory's reason are in the log.
    h.reset_password_while_directory_down(&reset, NEW_PW, Duration::from_secs(8))
        .await;
    // Back up: the same reset, with its verified method, finishes.
    dc.start().await;
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, NEW_PW));
    assert_eq!(h.sign_in(&name, NEW_PW).await.0, StatusCode::OK);
    let done = h.audit("reset.complete").await;
    assert_eq!(done.iter().filter(|e| e.outcome == "success").count(), 1);
}
both!(ad_directory_down_mid_reset);

async fn ad_over_starttls(db: Db) {
    let dc = samba::shared().await;
    let name = user("stls", db);
    dc.create_user(&name, "+14255550138");
    let (h, ldap) = harness(db, &dc, Transport::StartTls).await;
    let token = h.token(&name, FIXTURE_PW).await;
    let (s, v) = h.change(&token, FIXTURE_PW, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(dc.binds(&name, NEW_PW));
    let steps = ldap.check().await;
    assert!(steps.iter().all(|s| s.ok), "{steps:?}");
}
both!(ad_over_starttls);

fn config(dc: &Dc, transport: Transport, edit: impl Fn(&mut DirectoryConfig)) -> DirectoryConfig {
    let text = dc.directory_toml(transport).replace("[directory]\n", "");
    let mut cfg: DirectoryConfig = toml::from_str(&text).unwrap();
    edit(&mut cfg);
    cfg
}

/// TLS with and without the test CA, on LDAPS and StartTLS, and plain LDAP refused at load.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ad_tls_and_the_directory_check() {
    let dc = samba::shared().await;
    for transport in [Transport::Ldaps, Transport::StartTls] {
        // With ca_file: every step passes, the domain policy is read.
        let good = LdapDirectory::build(&config(&dc, transport, |_| {})).unwrap();
        let steps = good.check().await;
        assert!(steps.iter().all(|s| s.ok), "{transport:?}: {steps:?}");
        let policy = steps.iter().find(|s| s.step == "policy").unwrap();
        assert!(policy.detail.contains("min length 7"), "{steps:?}");
        // Without it (the system's authorities) or with another CA: a TLS error naming the
        // cause, and nothing sent in plain text.
        for edit in [
            (|c: &mut DirectoryConfig| c.ca_file = None) as fn(&mut DirectoryConfig),
            |c: &mut DirectoryConfig| c.ca_file = Some(c.ca_file.as_ref().unwrap().with_file_name("other-ca.pem")),
        ] {
            let dir = LdapDirectory::build(&config(&dc, transport, edit)).unwrap();
            let steps = dir.check().await;
            assert!(!steps[0].ok, "{transport:?}: {steps:?}");
            assert!(
                steps[0].detail.contains("trusted authority") && steps[0].detail.contains("directory.tls"),
                "{transport:?}: {steps:?}"
            );
            assert_eq!(steps.len(), 1, "no bind after a TLS failure: {steps:?}");
        }
    }
    drop(dc);
    // A certificate from the trusted CA for another name, then an expired one: named as such at
    // the connect step, for LDAPS and StartTLS, and nothing is sent.
    let dc = samba::exclusive().await;
    for (cert, words) in [
        ((3650, "DNS:dc1.contoso.test"), "host name"),
        ((-1, "DNS:localhost,IP:127.0.0.1"), "expired"),
    ] {
        dc.serve_certificate(Some(cert)).await;
        for transport in [Transport::Ldaps, Transport::StartTls] {
            let dir = LdapDirectory::build(&config(&dc, transport, |_| {})).unwrap();
            let steps = dir.check().await;
            assert!(
                !steps[0].ok && steps[0].detail.contains(words) && steps[0].detail.contains("directory.tls"),
                "{transport:?} {words}: {steps:?}"
            );
            assert_eq!(steps.len(), 1, "no bind after a TLS failure: {steps:?}");
        }
    }
    dc.serve_certificate(None).await;
    let steps = LdapDirectory::build(&config(&dc, Transport::Ldaps, |_| {}))
        .unwrap()
        .check()
        .await;
    assert!(
        steps.iter().all(|s| s.ok),
        "the original certificate is back: {steps:?}"
    );
    // Plain ldap:// is refused when the configuration loads, loopback or not, naming the key.
    for url in ["ldap://127.0.0.1:389", "ldap://dc1.contoso.test"] {
        let err = LdapDirectory::build(&config(&dc, Transport::Ldaps, |c| c.url = Some(url.into()))).unwrap_err();
        assert!(err.contains("directory.url"), "{err}");
    }
}
