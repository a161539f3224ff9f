//! `cargo bench -p latchkey-server --bench directory_ad`: writeback latency, p50 and p99, of the
//! Active Directory flavor against a local Samba AD domain controller over LDAPS (the test
//! suite's domain, `tests/it/samba.rs`: provisioned once, then copied): a change (bind as the
//! user + `delete`/`add` of `unicodePwd`), a reset (the service account's `replace` with the
//! policy-hints control) and an unlock (`lockoutTime: 0` on an account locked by five wrong
//! passwords just before), each through the `Directory` trait, one at a time
//! (`LATCHKEY_BENCH_WRITES`, 100 each). Locking the account is not measured.

mod common;
#[path = "../tests/it/samba.rs"]
mod samba;

use common::{ms, percentile};
use latchkey_proto::Secret;
use latchkey_server::admin;
use latchkey_server::config::TenantConfig;
use latchkey_server::directory::ldap::LdapDirectory;
use latchkey_server::directory::{Changer, Directory, PasswordWrite};
use latchkey_server::store::{Store, UserRow};
use std::time::{Duration, Instant};

fn row(what: &str, v: &mut [Duration]) -> String {
    v.sort();
    format!(
        "| {what} | {} | {} | {} |",
        v.len(),
        ms(percentile(v, 50)),
        ms(percentile(v, 99))
    )
}

fn write<'a>(user: &'a UserRow, by: Changer<'a>, new: &'a Secret) -> PasswordWrite<'a> {
    PasswordWrite {
        user,
        by,
        new,
        must_change: false,
        keep_history: 0,
        history_check: 0,
        completes_reset: None,
        end_sessions: None,
        audit: None,
    }
}

fn password(n: usize) -> String {
    format!("Kettle-Nimbus-{n}-Harbor")
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let writes: usize = std::env::var("LATCHKEY_BENCH_WRITES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(100);
        let started = Instant::now();
        let dc = samba::exclusive().await;
        println!(
            "Samba AD domain controller ready in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let name = "bench-writeback";
        dc.create_user(name, "+14255550100");
        let dir = std::env::temp_dir().join(format!("latchkey-bench-ad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&Store::sqlite_url(&dir)).await.unwrap();
        let cfg: TenantConfig = toml::from_str(&format!(
            "slug = \"bench\"\nname = \"Bench\"\n{}",
            dc.directory_toml(samba::Transport::Ldaps)
        ))
        .unwrap();
        admin::apply_tenant_config(&store, &cfg).await.unwrap();
        let tenant = admin::tenant(&store, "bench").await.unwrap();
        let ldap = LdapDirectory::build(cfg.directory.as_ref().unwrap()).unwrap();
        let user = ldap.find(&store, tenant.id(), name).await.unwrap().unwrap().row;

        let (mut change, mut reset, mut unlock) = (Vec::new(), Vec::new(), Vec::new());
        let mut current = Secret::new(samba::FIXTURE_PW);
        for n in 0..writes {
            let new = Secret::new(password(2 * n));
            let t = Instant::now();
            ldap.set_password(&store, write(&user, Changer::User { current: &current }, &new))
                .await
                .expect("change");
            change.push(t.elapsed());
            let next = Secret::new(password(2 * n + 1));
            let t = Instant::now();
            ldap.set_password(&store, write(&user, Changer::Reset, &next))
                .await
                .expect("reset");
            reset.push(t.elapsed());
            current = next;
            // Five wrong passwords lock it (outside the clock), then the unlock is timed.
            for _ in 0..samba::DOMAIN_LOCKOUT_THRESHOLD {
                assert!(!dc.binds(name, "Wrong-Password-123"));
            }
            assert_ne!(dc.read(name, "lockoutTime").as_deref(), Some("0"), "locked");
            let t = Instant::now();
            ldap.unlock(&store, &user).await.expect("unlock");
            unlock.push(t.elapsed());
        }
        println!("\nWriteback latency against local Samba AD (LDAPS), through the Directory trait, one at a time");
        println!("| writeback | n | p50 | p99 |");
        println!("|---|---|---|---|");
        println!("{}", row("change (bind as user + delete/add unicodePwd)", &mut change));
        println!(
            "{}",
            row("reset (service account replace unicodePwd + policy hints)", &mut reset)
        );
        println!("{}", row("unlock (lockoutTime: 0)", &mut unlock));
        println!("service-account binds for all of it: {}", ldap.service_binds());
        let _ = std::fs::remove_dir_all(&dir);
    });
}
