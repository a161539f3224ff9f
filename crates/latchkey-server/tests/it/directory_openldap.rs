//! The LDAP connector against a real OpenLDAP `slapd` the tests start themselves (see
//! `slapd.rs`). Every flow runs through the HTTP API on SQLite and on PostgreSQL.

use crate::both;
use crate::slapd::{ALEX_DN, SERVICE_PW, SUFFIX, Slapd};
use crate::support::{ALEX_PW, Db, Harness, MEGAN_PW, code, temp_dir};
use axum::http::StatusCode;
use latchkey_server::config::DirectoryConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directory, DirectoryError, PasswordWrite};
use latchkey_server::flows::admin;
use serde_json::json;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

const T: &str = "/api/v1/tenants/contoso";
const NEW_PW: &str = "Lantern-Quartz-Meadow-58";
const THIRD_PW: &str = "Copper-Nimbus-Kettle-91";

/// Tenant `contoso` on this slapd (SSPR on for all, a fast captcha), served like `serve` does.
async fn harness(db: Db, slapd: &Slapd) -> (Harness, Arc<LdapDirectory>) {
    Harness::with_ldap(db, &slapd.directory_toml()).await
}

/// A verified email method for alex (signed in with the directory password).
async fn alex_with_email(h: &Harness) -> String {
    let token = h.token("alex", ALEX_PW).await;
    h.add_email(&token, "alex.home@example.org").await
}

async fn sign_in_change_and_policy(db: Db) {
    let slapd = Slapd::start();
    let (h, ldap) = harness(db, &slapd).await;
    // The directory's password signs in; a wrong one does not; nobody unknown is named.
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        h.sign_in("alex", "Wrong-Password-123").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(code(&h.sign_in("nobody", ALEX_PW).await.1), "auth.invalid_credentials");
    // The email address is a login too (the default login attributes: uid, mail).
    assert_eq!(h.sign_in("alex@contoso.test", ALEX_PW).await.0, StatusCode::OK);
    // The directory's rules tighten the tenant's in the live policy: ppolicy says 10 characters,
    // 6 in history, 3 failures; the tenant says 8, 5, 10.
    let (s, _, p) = h.get(&format!("{T}/password-policy")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        (&p["min_length"], &p["history_count"], &p["lockout_threshold"]),
        (&json!(10), &json!(6), &json!(3)),
        "{p}"
    );
    // The app's rule answers first, with the directory's minimum.
    let token = h.token("alex", ALEX_PW).await;
    let (s, v) = h.change(&token, ALEX_PW, "Short-1a").await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_short"), "{v}");
    // A change goes to the directory, bound as the user (RFC 3062).
    let (s, v) = h.change(&token, ALEX_PW, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(ALEX_DN, NEW_PW) && !slapd.binds(ALEX_DN, ALEX_PW));
    assert_eq!(h.sign_in("alex", NEW_PW).await.0, StatusCode::OK);
    // Changing back is refused by the directory's history, with our code.
    let token = h.token("alex", NEW_PW).await;
    let (s, v) = h.change(&token, NEW_PW, ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.reused"), "{v}");
    let failed = h.audit("password.change").await;
    assert!(
        failed
            .iter()
            .any(|e| e.outcome == "failure" && e.detail["reason"] == "password.reused"),
        "{failed:?}"
    );
    // The directory's own answers, past our checks: too short (with its minimum) and too young.
    let row = h
        .store
        .user_by_login(h.state.tenant("contoso").await.unwrap().id(), "alex")
        .await
        .unwrap()
        .unwrap();
    let short = latchkey_proto::Secret::new("Ab1-xyz");
    let current = latchkey_proto::Secret::new(NEW_PW);
    let write = PasswordWrite {
        user: &row,
        by: Changer::User { current: &current },
        new: &short,
        must_change: false,
        keep_history: 0,
        history_check: 0,
        completes_reset: None,
        end_sessions: None,
        audit: None,
    };
    let err = ldap.set_password(&h.store, write).await.unwrap_err();
    assert!(
        matches!(err, DirectoryError::PasswordTooShort { min: Some(10) }),
        "{err:?}"
    );
    slapd.ldif(
        "ldapmodify",
        "dn: cn=default,ou=policies,dc=contoso,dc=test\nchangetype: modify\nreplace: pwdMinAge\npwdMinAge: 3600\n",
    );
    let (s, v) = h.change(&token, NEW_PW, THIRD_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_young"), "{v}");
    // The service account signed in once per pooled connection, not once per request.
    assert!(ldap.service_binds() <= 2, "{} binds", ldap.service_binds());
}
both!(sign_in_change_and_policy);

async fn reset_unlock_and_lockout(db: Db) {
    let slapd = Slapd::start();
    let (h, _) = harness(db, &slapd).await;
    let email = alex_with_email(&h).await;
    // Three wrong passwords lock the account in the directory (pwdMaxFailure 3); one network
    // alone is held back after two, so they come from three.
    for i in 0..3 {
        assert_eq!(
            h.sign_in_from(&format!("192.0.2.{i}"), "alex", "Wrong-Password-123")
                .await
                .0,
            StatusCode::UNAUTHORIZED
        );
    }
    assert!(slapd.read(ALEX_DN, "pwdAccountLockedTime").is_some(), "{}", slapd.log());
    assert!(!slapd.binds(ALEX_DN, ALEX_PW), "locked in the directory");
    let (s, v) = h.sign_in("alex", ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    // Unlock without a reset: the lock is cleared in the directory.
    let (s, v) = h.unlock_start("alex").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let unlock = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h.reset_verify_code(&unlock, &email, "alex.home@example.org").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.post(&format!("{T}/resets/{unlock}/unlock"), json!({}), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(slapd.read(ALEX_DN, "pwdAccountLockedTime"), None);
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::OK);
    // A reset writes the directory through the service account, and unlocks.
    for i in 0..3 {
        h.sign_in_from(&format!("198.51.100.{i}"), "alex", "Wrong-Password-123")
            .await;
    }
    assert!(slapd.read(ALEX_DN, "pwdAccountLockedTime").is_some());
    let reset = h.verified_reset("alex", &email, "alex.home@example.org").await;
    // Too short for the directory: our code, before anything is written.
    let (s, v) = h.reset_password(&reset, "Short-1a").await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.too_short"), "{v}");
    assert_eq!(v["error"]["args"]["min"], 10);
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(ALEX_DN, NEW_PW));
    assert_eq!(slapd.read(ALEX_DN, "pwdAccountLockedTime"), None, "a reset unlocks");
    assert_eq!(h.sign_in("alex", NEW_PW).await.0, StatusCode::OK);
    // A second reset to a password in the directory's history is refused with our code.
    let reset = h.verified_reset("alex", &email, "alex.home@example.org").await;
    let (s, v) = h.reset_password(&reset, ALEX_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::BAD_REQUEST, "password.reused"), "{v}");
    let (s, v) = h.reset_password(&reset, THIRD_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(ALEX_DN, THIRD_PW));
    // A protected account (group tier0) is never reset by the service account.
    let (_, v) = h.sign_in("pat", "Copper-Kettle-Nimbus-58").await;
    let token = v["token"].as_str().unwrap().to_string();
    let pat_email = h.add_email(&token, "pat.home@example.org").await;
    let (_, v) = h.reset_start("pat").await;
    let reset = v["reset_id"].as_str().unwrap().to_string();
    let (s, v) = h.reset_verify_code(&reset, &pat_email, "pat.home@example.org").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "account.protected"), "{v}");
    assert!(slapd.binds("uid=pat,ou=people,dc=contoso,dc=test", "Copper-Kettle-Nimbus-58"));
}
both!(reset_unlock_and_lockout);

async fn renamed_user_keeps_methods(db: Db) {
    let slapd = Slapd::start();
    let (h, _) = harness(db, &slapd).await;
    let email = alex_with_email(&h).await;
    // Renamed and moved: same entryUUID.
    slapd.ldif(
        "ldapmodify",
        "dn: uid=alex,ou=people,dc=contoso,dc=test\nchangetype: modrdn\nnewrdn: uid=alex.wilber\ndeleteoldrdn: 1\n",
    );
    assert_eq!(h.sign_in("alex", ALEX_PW).await.0, StatusCode::UNAUTHORIZED);
    let (s, v) = h.sign_in("alex.wilber", ALEX_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["mfa_required"], true, "the method registered before the rename: {v}");
    assert_eq!(v["methods"][0]["id"], email.clone());
    let (s, v) = h.reset_start("alex.wilber").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["methods"][0]["id"], email);
    // The admin flag and groups come from the directory.
    let tenant = h.state.tenant("contoso").await.unwrap();
    let megan = h
        .state
        .directory(&tenant)
        .find(&h.store, tenant.id(), "megan")
        .await
        .unwrap()
        .unwrap();
    assert!(megan.user.is_admin && megan.row.is_admin, "{:?}", megan.user);
    assert_eq!(megan.user.groups, vec!["sspr-admins".to_string()]);
    assert_eq!(megan.user.id.len(), 36, "entryUUID");
}
both!(renamed_user_keeps_methods);

async fn directory_down_mid_reset(db: Db) {
    let mut slapd = Slapd::start();
    let (h, _) = harness(db, &slapd).await;
    let email = alex_with_email(&h).await;
    let reset = h.verified_reset("alex", &email, "alex.home@example.org").await;
    slapd.stop();
    // Nothing claims success; the failure and the directory's reason are in the log.
    h.reset_password_while_directory_down(&reset, NEW_PW, Duration::from_secs(5))
        .await;
    // Back up: the same reset, with its verified method, finishes.
    slapd.restart();
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(ALEX_DN, NEW_PW));
    assert_eq!(h.sign_in("alex", NEW_PW).await.0, StatusCode::OK);
    let done = h.audit("reset.complete").await;
    assert_eq!(done.iter().filter(|e| e.outcome == "success").count(), 1);
    // Sign-in while it is down: the specific code, not "wrong password".
    slapd.stop();
    let (s, v) = h.sign_in("alex", NEW_PW).await;
    assert_eq!(
        (s, code(&v)),
        (StatusCode::SERVICE_UNAVAILABLE, "directory.unavailable"),
        "{v}"
    );
}
both!(directory_down_mid_reset);

/// A directory that hangs mid-reset: the call is cut at `timeout_secs` with its own code, the
/// reset stays open, and once the directory answers again the same reset finishes on a fresh
/// connection (the hung one is not reused).
async fn directory_hangs_mid_reset(db: Db) {
    let slapd = Slapd::start();
    let (h, ldap) = harness(db, &slapd).await;
    let email = alex_with_email(&h).await;
    let reset = h.verified_reset("alex", &email, "alex.home@example.org").await;
    slapd.pause();
    let started = Instant::now();
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    let took = started.elapsed();
    slapd.resume();
    assert_eq!((s, code(&v)), (StatusCode::GATEWAY_TIMEOUT, "directory.timeout"), "{v}");
    assert!(took < Duration::from_secs(8), "bounded by timeout_secs: {took:?}");
    assert!(slapd.binds(ALEX_DN, ALEX_PW), "nothing written");
    let done = h.audit("reset.complete").await;
    assert!(
        done.iter()
            .all(|e| e.outcome == "failure" && e.detail["code"] == "directory.timeout"),
        "{done:?}"
    );
    let binds_before = ldap.service_binds();
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(ALEX_DN, NEW_PW));
    assert!(ldap.service_binds() > binds_before, "the hung connection was replaced");
    let done = h.audit("reset.complete").await;
    assert_eq!(done.iter().filter(|e| e.outcome == "success").count(), 1);
}
both!(directory_hangs_mid_reset);

/// `admin user list` and the report's coverage read a directory larger than one page (600
/// accounts, pages of 200): every account once, and "in scope" follows `sspr_enabled`.
async fn listing_and_coverage_page_through_the_directory(db: Db) {
    let mut slapd = Slapd::start();
    const MANY: usize = 600;
    let mut ldif = String::new();
    for i in 0..MANY {
        ldif.push_str(&format!(
            "dn: uid=user{i:03},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: user{i:03}\n\
             cn: User {i}\nsn: {i}\nmail: user{i:03}@contoso.test\n\n"
        ));
    }
    // A pilot group: alex and nine generated users.
    ldif.push_str(&format!(
        "dn: cn=sspr-pilot,ou=groups,{SUFFIX}\nobjectClass: groupOfNames\ncn: sspr-pilot\nmember: {ALEX_DN}\n"
    ));
    for i in 0..9 {
        ldif.push_str(&format!("member: uid=user{i:03},ou=people,{SUFFIX}\n"));
    }
    slapd.ldif("ldapadd", &ldif);
    let (h, ldap) = harness(db, &slapd).await;
    let _ = alex_with_email(&h).await;
    let tenant = h.state.tenant("contoso").await.unwrap();
    let mut logins = Vec::new();
    let listed = ldap
        .for_each_user(&h.store, tenant.id(), &mut |u| logins.push(u.login))
        .await
        .unwrap();
    assert_eq!(listed as usize, MANY + 3);
    logins.sort();
    logins.dedup();
    assert_eq!(logins.len(), MANY + 3, "each account once");
    // sspr_enabled = all: every account is in scope; alex registered an email.
    let c = admin::coverage(&h.store, ldap.as_ref(), "contoso").await.unwrap();
    assert_eq!(
        c,
        admin::Coverage {
            accounts: (MANY + 3) as u64,
            in_scope: (MANY + 3) as u64,
            registered: 1,
            not_registered: (MANY + 2) as u64,
        }
    );
    // Scoped to the pilot group: ten in scope, one of them registered.
    admin::set_policy(&h.store, "contoso", "sspr_enabled", "groups:sspr-pilot")
        .await
        .unwrap();
    let c = admin::coverage(&h.store, ldap.as_ref(), "contoso").await.unwrap();
    assert_eq!(
        (c.accounts, c.in_scope, c.registered, c.not_registered),
        ((MANY + 3) as u64, 10, 1, 9)
    );
    // Without the limits line OpenLDAP caps the paged listing at 500: a specific refusal that
    // names the line, not a short list.
    let conf = slapd.dir.join("slapd.conf");
    let text = std::fs::read_to_string(&conf).unwrap();
    std::fs::write(&conf, text.replace("size.prtotal=unlimited", "size.prtotal=hard")).unwrap();
    slapd.restart();
    let err = ldap
        .for_each_user(&h.store, tenant.id(), &mut |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(&err, DirectoryError::Refused(m) if m.contains("size.prtotal=unlimited")),
        "{err:?}"
    );
}
both!(listing_and_coverage_page_through_the_directory);

/// `reset_with_directory_contacts`: an account that registered nothing resets with the mail and
/// mobile number the directory holds, shown masked; off by default.
async fn directory_contacts_as_reset_methods(db: Db) {
    let slapd = Slapd::start();
    const SAM_DN: &str = "uid=sam,ou=people,dc=contoso,dc=test";
    slapd.ldif(
        "ldapadd",
        &format!(
            "dn: {SAM_DN}\nobjectClass: inetOrgPerson\nuid: sam\ncn: Sam Rivera\nsn: Rivera\n\
             mail: sam.rivera@contoso.test\nmobile: +1 (425) 555-0199\npreferredLanguage: de-DE\n\
             userPassword: {THIRD_PW}\n"
        ),
    );
    let (h, ldap) = harness(db, &slapd).await;
    let tenant = h.state.tenant("contoso").await.unwrap();
    let sam = ldap.find(&h.store, tenant.id(), "sam").await.unwrap().unwrap().row;
    let email_id = latchkey_server::flows::methods::contact_method_id(&sam.id, "email");
    let phone_id = latchkey_server::flows::methods::contact_method_id(&sam.id, "phone");
    // Off by default: sam has nothing to reset with (the answer is the decoy list).
    let (s, v) = h.reset_start("sam").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let ids: Vec<&str> = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(
        !ids.contains(&email_id.as_str()) && !ids.contains(&phone_id.as_str()),
        "{v}"
    );
    admin::set_policy(&h.store, "contoso", "reset_with_directory_contacts", "true")
        .await
        .unwrap();
    let (s, v) = h.reset_start("sam").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        v["methods"],
        json!([
            {"id": email_id, "kind": "email", "hint": "s***@contoso.test"},
            {"id": phone_id, "kind": "phone", "hint": "+1 ••• ••• ••99"},
        ]),
        "masked like registered methods"
    );
    let reset = v["reset_id"].as_str().unwrap().to_string();
    // The code goes to the directory's addresses (the mobile number in E.164 form).
    let (s, v) = h
        .post(
            &format!("{T}/resets/{reset}/challenges"),
            json!({"method_id": phone_id}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(h.last_code("+14255550199").len(), 6);
    // The request said no language; the directory's preferredLanguage (de-DE) is sam's.
    let sms = h
        .outbox()
        .into_iter()
        .rev()
        .find(|m| m["to"] == "+14255550199")
        .unwrap();
    assert!(
        sms["body"]
            .as_str()
            .unwrap()
            .contains("ist Ihr Contoso-Bestätigungscode"),
        "{sms}"
    );
    let (s, v) = h.reset_verify_code(&reset, &email_id, "sam.rivera@contoso.test").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.reset_password(&reset, NEW_PW).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(slapd.binds(SAM_DN, NEW_PW));
    // A registered method with the same address is not listed twice.
    let token = h.token("sam", NEW_PW).await;
    h.add_email(&token, "sam.rivera@contoso.test").await;
    let (_, v) = h.reset_start("sam").await;
    let kinds: Vec<&str> = v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["email", "phone"], "{v}");
    assert_ne!(v["methods"][0]["id"], json!(email_id), "the registered one: {v}");
}
both!(directory_contacts_as_reset_methods);

fn config_with(slapd: &Slapd, url: &str, ca: &str) -> DirectoryConfig {
    let text = slapd
        .directory_toml()
        .replace("[directory]\n", "")
        .replace(
            &format!("url = \"ldap://127.0.0.1:{}\"\nstarttls = true\n", slapd.port),
            &format!("url = \"{url}\"\n"),
        )
        .replace(
            &slapd.dir.join("ca.pem").display().to_string(),
            &slapd.dir.join(ca).display().to_string(),
        );
    toml::from_str(&text).unwrap()
}

/// What `admin directory test` checks, step by step, and TLS that never falls back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_and_the_directory_check() {
    let mut slapd = Slapd::start();
    let tls = slapd.tls_port;
    // LDAPS with the right CA: every step passes, the policy is read.
    let good = LdapDirectory::build(&config_with(&slapd, &format!("ldaps://127.0.0.1:{tls}"), "ca.pem")).unwrap();
    let steps = good.check().await;
    assert!(steps.iter().all(|s| s.ok), "{steps:?}");
    let names: Vec<&str> = steps.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(names, ["connect", "bind", "search", "policy"]);
    assert!(steps[3].detail.contains("min length 10"), "{steps:?}");
    // An untrusted CA and a name the certificate does not hold: TLS errors, nothing sent.
    for (url, ca, words) in [
        (format!("ldaps://127.0.0.1:{tls}"), "other-ca.pem", "trusted authority"),
        (format!("ldaps://127.0.0.2:{tls}"), "ca.pem", "host name"),
        (
            format!("ldap://127.0.0.1:{}", slapd.port),
            "other-ca.pem",
            "trusted authority",
        ),
    ] {
        let mut cfg = config_with(&slapd, &url, ca);
        if url.starts_with("ldap://") {
            cfg.starttls = Some(true);
        }
        let dir = LdapDirectory::build(&cfg).unwrap();
        let steps = dir.check().await;
        assert!(!steps[0].ok, "{url}: {steps:?}");
        assert!(
            steps[0].detail.contains(words) && steps[0].detail.contains("directory.tls"),
            "{steps:?}"
        );
        assert_eq!(steps.len(), 1, "no bind after a TLS failure: {steps:?}");
    }
    // A wrong service password is named at the bind step.
    let mut cfg = config_with(&slapd, &format!("ldaps://127.0.0.1:{tls}"), "ca.pem");
    std::fs::write(slapd.dir.join("wrong.secret"), "wrong\n").unwrap();
    cfg.bind_password_file = Some(slapd.dir.join("wrong.secret"));
    let steps = LdapDirectory::build(&cfg).unwrap().check().await;
    assert!(steps[0].ok && !steps[1].ok, "{steps:?}");
    assert!(steps[1].detail.contains("bind_password_file"), "{steps:?}");
    // An expired server certificate (from the trusted CA): named as expired, nothing sent.
    crate::certs::sign_server(&slapd.dir, -1, crate::certs::LOCALHOST);
    slapd.restart();
    let expired = LdapDirectory::build(&config_with(&slapd, &format!("ldaps://127.0.0.1:{tls}"), "ca.pem")).unwrap();
    let steps = expired.check().await;
    assert!(
        !steps[0].ok && steps[0].detail.contains("expired") && steps[0].detail.contains("directory.tls"),
        "{steps:?}"
    );
    assert_eq!(steps.len(), 1, "no bind after a TLS failure: {steps:?}");
}

/// The real binary: `admin directory test` and `admin user list` against slapd.
#[test]
fn admin_cli_reads_the_directory() {
    let mut slapd = Slapd::start();
    let data = temp_dir("ldapcli");
    let config = data.join("latchkey.toml");
    std::fs::write(
        &config,
        format!(
            "[[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n[tenant.directory]\n{}",
            slapd.directory_toml().replace("[directory]\n", "")
        ),
    )
    .unwrap();
    let cli = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_latchkey-server"))
            .arg("--data-dir")
            .arg(&data)
            .arg("--config")
            .arg(&config)
            .args(args)
            .env_remove("LATCHKEY_DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (ok, out, err) = cli(&["admin", "directory", "test", "--tenant", "contoso"]);
    assert!(ok, "{out}{err}");
    for step in ["connect", "bind", "search", "policy"] {
        assert!(out.contains(&format!("[ ok ] {step}")), "{out}");
    }
    assert!(!out.contains(SERVICE_PW) && !err.contains(SERVICE_PW));
    let (ok, _, err) = cli(&["admin", "tenant", "add", "--slug", "contoso", "--name", "Contoso"]);
    assert!(ok, "{err}");
    let (ok, out, err) = cli(&["admin", "user", "list", "--tenant", "contoso", "--json"]);
    assert!(ok, "{err}");
    let users: serde_json::Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 3, "{out}");
    for n in ["alex", "megan", "pat"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let megan = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "megan")
        .unwrap();
    assert_eq!(megan["admin"], true);
    // The report counts who is in scope (from the directory) and who has registered.
    let (ok, _, err) = cli(&[
        "admin",
        "policy",
        "set",
        "--tenant",
        "contoso",
        "--key",
        "sspr_enabled",
        "--value",
        "groups:sspr-admins",
    ]);
    assert!(ok, "{err}");
    let (ok, out, err) = cli(&["admin", "report", "--tenant", "contoso", "--json"]);
    assert!(ok, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        report["coverage"],
        serde_json::json!({"accounts": 3, "in_scope": 1, "registered": 0, "not_registered": 1}),
        "{out}"
    );
    let (ok, out, err) = cli(&["admin", "report", "--tenant", "contoso"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Accounts 3, in scope 1, registered 0, not registered 1"),
        "{out}"
    );
    // An administrator's reset writes the directory; --temporary sets pwdReset.
    let (ok, out, err) = cli(&[
        "admin",
        "user",
        "reset-password",
        "--tenant",
        "contoso",
        "--username",
        "alex",
        "--password",
        "Quartz-Harbor-Lantern-73",
        "--temporary",
    ]);
    assert!(ok, "{out}{err}");
    assert!(slapd.binds(ALEX_DN, "Quartz-Harbor-Lantern-73"));
    assert_eq!(slapd.read(ALEX_DN, "pwdReset").as_deref(), Some("TRUE"));
    // Locked for good by an administrator: listed as disabled; `admin user unlock` clears it.
    slapd.ldif(
        "ldapmodify",
        &format!(
            "dn: {ALEX_DN}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n"
        ),
    );
    let (_, out, _) = cli(&["admin", "user", "list", "--tenant", "contoso"]);
    let line = out
        .lines()
        .find(|l| l.starts_with("alex "))
        .unwrap_or_default()
        .to_string();
    assert!(line.ends_with("disabled"), "{out}");
    let (ok, out, err) = cli(&["admin", "user", "unlock", "--tenant", "contoso", "--username", "alex"]);
    assert!(ok, "{out}{err}");
    assert_eq!(slapd.read(ALEX_DN, "pwdAccountLockedTime"), None);
    // Built-in-only commands are refused for a directory tenant.
    let (ok, _, err) = cli(&["admin", "user", "disable", "--tenant", "contoso", "--username", "alex"]);
    assert!(!ok && err.contains("directory"), "{err}");
    // The directory down: the check says so and fails.
    // Stopped, its files kept (the configuration names its CA and secret files).
    slapd.stop();
    let (ok, out, _) = cli(&["admin", "directory", "test", "--tenant", "contoso"]);
    assert!(
        !ok && out.contains("[FAIL] connect") && out.contains("directory.unavailable"),
        "{out}"
    );
}

/// A directory's lock is no oracle and no weapon. One network failing for a name is held back
/// below the directory's limit (pwdMaxFailure 3: after two), alike for a real name and an unknown
/// one, so it never locks the account in the directory and the real user signs in from their
/// own network meanwhile. Locked in the directory (failures from three networks), the right and a
/// wrong password answer alike, and an unknown name that failed as often answers the same. Every
/// lock is audited.
async fn directory_lock_tells_nothing_and_one_network_cannot_lock(db: Db) {
    let slapd = Slapd::start();
    let (h, _) = harness(db, &slapd).await;
    let wrong = "Wrong-Password-123";
    let stranger = "203.0.113.7";
    let mut trail = Vec::new();
    for i in 0..4 {
        let a = h.sign_in_from(stranger, "megan", wrong).await;
        let b = h.sign_in_from(stranger, "ghost", wrong).await;
        assert_eq!(a, b, "attempt {}", i + 1);
        trail.push(code(&a.1).to_string());
    }
    assert_eq!(
        trail,
        [
            "auth.invalid_credentials",
            "auth.invalid_credentials",
            "auth.account_locked",
            "auth.account_locked"
        ]
    );
    let megan_dn = "uid=megan,ou=people,dc=contoso,dc=test";
    assert_eq!(
        slapd.read(megan_dn, "pwdAccountLockedTime"),
        None,
        "not locked in the directory"
    );
    // Held back for the stranger whatever the password; the user gets through from elsewhere.
    let (s, v) = h.sign_in_from(stranger, "megan", MEGAN_PW).await;
    assert_eq!((s, code(&v)), (StatusCode::FORBIDDEN, "auth.account_locked"));
    assert_eq!(v["error"]["args"]["minutes"], 15, "{v}");
    assert_eq!(
        h.sign_in_from("198.51.100.20", "megan", MEGAN_PW).await.0,
        StatusCode::OK
    );

    // Three networks, one failure each: locked in the directory.
    for i in 0..3 {
        let peer = format!("192.0.2.{i}");
        let a = h.sign_in_from(&peer, "alex", wrong).await;
        let b = h.sign_in_from(&peer, "ghost2", wrong).await;
        assert_eq!(
            (a.0, code(&a.1)),
            (StatusCode::UNAUTHORIZED, "auth.invalid_credentials")
        );
        assert_eq!(a, b, "failure {}", i + 1);
    }
    assert!(slapd.read(ALEX_DN, "pwdAccountLockedTime").is_some());
    let peer = "192.0.2.50";
    let right = h.sign_in_from(peer, "alex", ALEX_PW).await;
    assert_eq!(
        (right.0, code(&right.1)),
        (StatusCode::FORBIDDEN, "auth.account_locked")
    );
    // Until an administrator or the user (self-service unlock) unlocks it.
    assert_eq!(right.1["error"]["args"]["minutes"], 525_600, "{}", right.1);
    assert_eq!(h.sign_in_from(peer, "alex", wrong).await, right, "a wrong password");
    assert_eq!(h.sign_in_from(peer, "ghost2", wrong).await, right, "the unknown name");
    assert_eq!(h.sign_in_from(peer, "ghost2", ALEX_PW).await, right);
    assert!(!slapd.binds(ALEX_DN, ALEX_PW), "still locked in the directory");

    let locks = h.audit("account.locked").await;
    let scope = |s: &str| locks.iter().filter(|e| e.detail["scope"] == s).count();
    assert_eq!(
        scope("network"),
        2,
        "megan and ghost, held back for the stranger: {locks:?}"
    );
    assert_eq!(scope("directory"), 1, "alex, locked in the directory: {locks:?}");
}
both!(directory_lock_tells_nothing_and_one_network_cannot_lock);
