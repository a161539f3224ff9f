//! A real Samba Active Directory domain controller for the Active Directory tests.
//!
//! Samba listens on the fixed ports 389 (LDAP + StartTLS) and 636 (LDAPS), so there is one
//! domain controller per machine: the whole test binary shares one, started lazily on first use,
//! and a lock file keeps a second process (another test run, a benchmark) from starting its own.
//! Tests that stop and restart it take the exclusive side of [`GATE`]; everyone else shares it.
//!
//! Provisioning a domain takes 8 to 50 seconds depending on the machine's load, so it is done
//! once into a template directory (kept between runs under the system temp dir, keyed by
//! [`TEMPLATE_VERSION`]); every run starts from a fresh copy of it, so users changed by an earlier
//! run never leak into this one. The recipe is the one in the platform notes: provision without
//! DNS, no file server, `old password allowed period = 0`, `min-pwd-age 0`, lockout after 5, and
//! TLS with a certificate from a CA this module makes (Samba's own has no subjectAltName, which
//! rustls refuses).
//!
//! Samba runs in the foreground (`-i`) with its stdin a pipe this process holds: when the test
//! binary exits, however it exits, the pipe closes and Samba terminates itself.
#![allow(dead_code)]

use crate::certs::{self, run};
use std::fs::{self, File};
use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

pub const REALM: &str = "contoso.test";
pub const BASE_DN: &str = "DC=contoso,DC=test";
pub const USERS_DN: &str = "CN=Users,DC=contoso,DC=test";
pub const ADMIN_PW: &str = "Adm1n-Passw0rd!";
/// The service account Latchkey binds as: an ordinary user with only the rights the README asks
/// an administrator to delegate (reset password, write `lockoutTime` and `pwdLastSet` on user
/// objects under `CN=Users`, read the password settings container).
pub const SVC_USER: &str = "svc-latchkey";
// (AD's complexity rule refuses a password holding the account name.)
pub const SVC_PW: &str = "Harbor-Quartz-Passw0rd-9";
/// The password every fixture user starts with.
pub const FIXTURE_PW: &str = "Fixture-Passw0rd-31";
/// Users the template carries, in the state their name says; tests only read them.
pub const PROTECTED_USER: &str = "ad-protected";
pub const DISABLED_USER: &str = "ad-disabled";
pub const CANNOT_CHANGE_USER: &str = "ad-cannotchange";
pub const EXPIRED_USER: &str = "ad-expired";
/// Members of the `sspr-long` group get a fine-grained password policy (PSO) with a minimum
/// length of 14 and a history of 3, applied through the group.
pub const PSO_GROUP: &str = "sspr-long";
pub const PSO_MIN_LENGTH: u32 = 14;
pub const PSO_HISTORY: u32 = 3;
/// The domain policy the template sets (Samba's defaults, with min age 0 and lockout after 5).
pub const DOMAIN_MIN_LENGTH: u32 = 7;
pub const DOMAIN_HISTORY: u32 = 24;
pub const DOMAIN_LOCKOUT_THRESHOLD: u32 = 5;

/// Bump when the template recipe changes, so a stale template is rebuilt.
const TEMPLATE_VERSION: &str = "v1";
const LDAP_PORT: u16 = 389;
const LDAPS_PORT: u16 = 636;

/// Shared by every test using the domain controller; taken exclusively by the tests that stop it.
pub static GATE: RwLock<()> = RwLock::const_new(());
static DC: OnceLock<Dc> = OnceLock::new();

pub struct Dc {
    /// The live copy of the domain for this run.
    pub dir: PathBuf,
    pub smb_conf: PathBuf,
    /// The CA that signed the domain controller's certificate (what `ca_file` points at).
    pub ca_file: PathBuf,
    /// A CA that signed nothing here: a `ca_file` that must fail verification.
    pub other_ca_file: PathBuf,
    /// The service account's password, in a file (`bind_password_file`).
    pub svc_password_file: PathBuf,
    process: Mutex<Option<Running>>,
    _machine_lock: File,
}

struct Running {
    child: Child,
    // Held only so the pipe stays open: Samba exits when it closes.
    _stdin: ChildStdin,
}

/// A shared handle on the running domain controller.
pub struct Shared {
    _gate: RwLockReadGuard<'static, ()>,
    pub dc: &'static Dc,
}

impl std::ops::Deref for Shared {
    type Target = Dc;
    fn deref(&self) -> &Dc {
        self.dc
    }
}

/// Sole use of the domain controller: may stop and start it.
pub struct Exclusive {
    _gate: RwLockWriteGuard<'static, ()>,
    pub dc: &'static Dc,
}

impl std::ops::Deref for Exclusive {
    type Target = Dc;
    fn deref(&self) -> &Dc {
        self.dc
    }
}

impl Exclusive {
    /// Stops Samba (SIGKILL: a crash, not a goodbye) and waits until LDAPS no longer answers.
    pub async fn stop(&self) {
        let dc = self.dc;
        tokio::task::spawn_blocking(move || {
            if let Some(mut running) = dc.process.lock().unwrap().take() {
                let _ = running.child.kill();
                let _ = running.child.wait();
            }
            let deadline = Instant::now() + Duration::from_secs(30);
            while port_open(LDAPS_PORT) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(100));
            }
        })
        .await
        .unwrap();
    }

    /// Starts Samba again on the same domain.
    pub async fn start(&self) {
        let dc = self.dc;
        tokio::task::spawn_blocking(move || dc.ensure_running()).await.unwrap();
    }

    /// Restarts Samba with a server certificate from the domain's CA that is valid for `days`
    /// (negative: already expired) and names `subject_alt_name`; `None` puts the original back.
    pub async fn serve_certificate(&self, cert: Option<(i32, &str)>) {
        self.stop().await;
        let tls = self.dc.dir.join("tls");
        let original = tls.join("server.pem.original");
        if !original.exists() {
            fs::copy(tls.join("server.pem"), &original).unwrap();
        }
        match cert {
            None => {
                fs::copy(&original, tls.join("server.pem")).unwrap();
            }
            Some((days, san)) => certs::sign_server(&tls, days, san),
        }
        self.start().await;
    }
}

/// The domain controller, started if needed, shared with other tests.
pub async fn shared() -> Shared {
    let gate = GATE.read().await;
    Shared {
        _gate: gate,
        dc: running().await,
    }
}

/// The domain controller for a test that stops it; waits until no other test uses it.
pub async fn exclusive() -> Exclusive {
    let gate = GATE.write().await;
    Exclusive {
        _gate: gate,
        dc: running().await,
    }
}

/// Prepares and starts the domain controller off the async threads (it takes seconds).
async fn running() -> &'static Dc {
    tokio::task::spawn_blocking(|| {
        let dc = DC.get_or_init(Dc::prepare);
        dc.ensure_running();
        dc
    })
    .await
    .unwrap()
}

fn port_open(port: u16) -> bool {
    TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(200)).is_ok()
}

fn samba_tool(smb_conf: &Path, args: &[&str]) -> String {
    run(Command::new("samba-tool").args(args).arg("-s").arg(smb_conf))
}

impl Dc {
    fn prepare() -> Dc {
        assert!(
            Command::new("samba")
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success()),
            "the Active Directory tests need Samba (Debian packages samba samba-ad-dc \
             samba-ad-provision samba-dsdb-modules samba-vfs-modules winbind krb5-user; \
             ./dev installs them)"
        );
        let tmp = std::env::temp_dir();
        // One domain controller per machine: wait for any other process using one to finish.
        let lock = File::create(tmp.join("latchkey-samba-dc.lock")).unwrap();
        lock.lock().unwrap();
        let template = tmp.join(format!("latchkey-samba-template-{TEMPLATE_VERSION}"));
        if !template.join("ready").exists() {
            build_template(&tmp, &template);
        }
        let dir = tmp.join("latchkey-samba-dc");
        if dir.exists() {
            fs::remove_dir_all(&dir).unwrap();
        }
        run(Command::new("cp").arg("-a").arg(&template).arg(&dir));
        // The domain's files name their directory only in smb.conf.
        let smb_conf = dir.join("dc/etc/smb.conf");
        let conf = fs::read_to_string(&smb_conf).unwrap();
        let conf = conf.replace(template.to_str().unwrap(), dir.to_str().unwrap());
        fs::write(&smb_conf, conf).unwrap();
        let svc_password_file = dir.join("svc.secret");
        fs::write(&svc_password_file, format!("{SVC_PW}\n")).unwrap();
        Dc {
            smb_conf,
            ca_file: dir.join("tls/ca.pem"),
            other_ca_file: dir.join("tls/other-ca.pem"),
            svc_password_file,
            dir,
            process: Mutex::new(None),
            _machine_lock: lock,
        }
    }

    fn ensure_running(&self) {
        let mut guard = self.process.lock().unwrap();
        if let Some(running) = guard.as_mut() {
            if running.child.try_wait().unwrap().is_none() {
                return;
            }
            panic!("Samba exited on its own; see {}", self.dir.join("samba.log").display());
        }
        assert!(
            !port_open(LDAPS_PORT) && !port_open(LDAP_PORT),
            "something else listens on 127.0.0.1:389/636; the Active Directory tests need those ports"
        );
        let log = File::create(self.dir.join("samba.log")).unwrap();
        let mut child = Command::new("samba")
            .args(["-i", "-M", "single", "-s"])
            .arg(&self.smb_conf)
            .stdin(Stdio::piped())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("samba starts");
        let stdin = child.stdin.take().unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        while !(port_open(LDAPS_PORT) && port_open(LDAP_PORT)) {
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "samba exited with {status} before listening; log: {}",
                    fs::read_to_string(self.dir.join("samba.log")).unwrap_or_default()
                );
            }
            assert!(Instant::now() < deadline, "samba did not listen on 636 within 120 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        *guard = Some(Running { child, _stdin: stdin });
    }

    /// A new enabled user `name` with [`FIXTURE_PW`], `name@contoso.com` as mail, `display` as
    /// given name + "Test" as surname, and `mobile`; its DN is `CN=name,CN=Users,…`.
    pub fn create_user(&self, name: &str, mobile: &str) {
        create_user(&self.smb_conf, name);
        self.add_attributes(name, &[format!("mobile: {mobile}")]);
    }

    /// Adds LDIF attribute lines to a user, through `samba-tool user edit` (offline or live).
    pub fn add_attributes(&self, name: &str, lines: &[String]) {
        add_attributes(&self.smb_conf, &self.dir, name, lines);
    }

    /// Renames a user (sAMAccountName, CN, so the DN moves, UPN and mail); its objectGUID stays.
    pub fn rename_user(&self, name: &str, new: &str) {
        samba_tool(
            &self.smb_conf,
            &[
                "user",
                "rename",
                name,
                &format!("--samaccountname={new}"),
                &format!("--force-new-cn={new}"),
                &format!("--upn={new}@{REALM}"),
                &format!("--mail-address={new}@contoso.com"),
            ],
        );
    }

    pub fn add_group(&self, group: &str) {
        samba_tool(&self.smb_conf, &["group", "add", group]);
    }

    pub fn add_to_group(&self, group: &str, user: &str) {
        samba_tool(&self.smb_conf, &["group", "addmembers", group, user]);
    }

    pub fn user_dn(name: &str) -> String {
        format!("CN={name},{USERS_DN}")
    }

    /// Whether `password` signs the user in (an LDAPS simple bind as `name@contoso.test` by
    /// `ldapsearch`, outside our code).
    pub fn binds(&self, name: &str, password: &str) -> bool {
        Command::new("ldapsearch")
            .args([
                "-x",
                "-H",
                "ldaps://127.0.0.1:636",
                "-D",
                &format!("{name}@{REALM}"),
                "-w",
                password,
            ])
            .args(["-b", BASE_DN, "-s", "base", "dn"])
            .env("LDAPTLS_CACERT", &self.ca_file)
            .output()
            .unwrap()
            .status
            .success()
    }

    /// An attribute of a user as the domain administrator reads it.
    pub fn read(&self, name: &str, attribute: &str) -> Option<String> {
        let out = Command::new("ldapsearch")
            .args(["-x", "-LLL", "-o", "ldif-wrap=no", "-H", "ldaps://127.0.0.1:636"])
            .args(["-D", &format!("administrator@{REALM}"), "-w", ADMIN_PW])
            .args(["-b", &Dc::user_dn(name), "-s", "base", attribute])
            .env("LDAPTLS_CACERT", &self.ca_file)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{attribute}: ")).map(str::to_string))
    }

    /// The `[directory]` table of a tenant on this domain controller: LDAPS (or StartTLS on
    /// 389) with the test CA, the delegated service account.
    pub fn directory_toml(&self, transport: Transport) -> String {
        let url = match transport {
            Transport::Ldaps => "url = \"ldaps://127.0.0.1:636\"".to_string(),
            Transport::StartTls => "url = \"ldap://127.0.0.1:389\"\nstarttls = true".to_string(),
        };
        format!(
            "[directory]
kind = \"ldap\"
flavor = \"active-directory\"
{url}
ca_file = \"{ca}\"
bind_dn = \"CN={SVC_USER},{USERS_DN}\"
bind_password_file = \"{secret}\"
user_base = \"{USERS_DN}\"
timeout_secs = 3
pool_size = 2
",
            ca = self.ca_file.display(),
            secret = self.svc_password_file.display(),
        )
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Transport {
    Ldaps,
    StartTls,
}

fn create_user(smb_conf: &Path, name: &str) {
    samba_tool(
        smb_conf,
        &[
            "user",
            "create",
            name,
            FIXTURE_PW,
            "--use-username-as-cn",
            "--given-name",
            name,
            "--surname",
            "Test",
            "--mail-address",
            &format!("{name}@contoso.com"),
        ],
    );
}

fn add_attributes(smb_conf: &Path, dir: &Path, name: &str, lines: &[String]) {
    // `samba-tool user edit` hands the user's LDIF to an "editor": this one drops the blank
    // lines and appends the new attribute lines from the environment.
    let editor = dir.join("append-ldif.sh");
    if !editor.exists() {
        let mut f = File::create(&editor).unwrap();
        f.write_all(b"#!/bin/sh\nsed -i '/^$/d' \"$1\"\nprintf '%s\\n' \"$LATCHKEY_LDIF_LINES\" >> \"$1\"\n")
            .unwrap();
        drop(f);
        run(Command::new("chmod").arg("+x").arg(&editor));
    }
    run(Command::new("samba-tool")
        .args(["user", "edit", name, "--editor"])
        .arg(&editor)
        .arg("-s")
        .arg(smb_conf)
        .env("LATCHKEY_LDIF_LINES", lines.join("\n")));
}

/// Provisions the domain and its fixtures into `template` (through a scratch directory, so a
/// half-built template is never used).
fn build_template(tmp: &Path, template: &Path) {
    let scratch = tmp.join(format!("latchkey-samba-template-{TEMPLATE_VERSION}.partial"));
    if scratch.exists() {
        fs::remove_dir_all(&scratch).unwrap();
    }
    let dc = scratch.join("dc");
    let tls = scratch.join("tls");
    fs::create_dir_all(&dc).unwrap();
    fs::create_dir_all(&tls).unwrap();
    fs::create_dir_all(scratch.join("run")).unwrap();
    run(Command::new("samba-tool").args([
        "domain",
        "provision",
        "--realm=CONTOSO.TEST",
        "--domain=CONTOSO",
        "--server-role=dc",
        "--dns-backend=NONE",
        "--use-rfc2307",
        &format!("--adminpass={ADMIN_PW}"),
        &format!("--targetdir={}", dc.display()),
        "--option=interfaces=lo",
        "--option=bind interfaces only=yes",
    ]));
    certs::make(&tls);
    let smb_conf = dc.join("etc/smb.conf");
    let conf = fs::read_to_string(&smb_conf).unwrap();
    let mut out = String::new();
    for line in conf.lines() {
        let key = line.trim().split('=').next().unwrap_or("").trim();
        match key {
            // No file server (smbd dies in containers), no DNS, no winbind.
            "server services" => out.push_str("\tserver services = ldap, cldap, kdc, drepl, kcc, rpc, nbt\n"),
            "log file" | "logging" | "max log size" => {}
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
        if line.trim() == "[global]" {
            let s = scratch.display();
            out.push_str(&format!(
                "\told password allowed period = 0\n\
                 \ttls enabled = yes\n\
                 \ttls keyfile = {s}/tls/server.key\n\
                 \ttls certfile = {s}/tls/server.pem\n\
                 \ttls cafile = {s}/tls/ca.pem\n\
                 \tpid directory = {s}/run\n\
                 \tlog file = {s}/log.%m\n"
            ));
        }
    }
    fs::write(&smb_conf, out).unwrap();
    samba_tool(
        &smb_conf,
        &[
            "domain",
            "passwordsettings",
            "set",
            "--min-pwd-age=0",
            // Passwords never expire: the template is reused for weeks.
            "--max-pwd-age=0",
            &format!("--account-lockout-threshold={DOMAIN_LOCKOUT_THRESHOLD}"),
            &format!("--min-pwd-length={DOMAIN_MIN_LENGTH}"),
            &format!("--history-length={DOMAIN_HISTORY}"),
        ],
    );

    // The service account and its delegated rights (the README's recipe, as SDDL).
    samba_tool(&smb_conf, &["user", "create", SVC_USER, SVC_PW, "--use-username-as-cn"]);
    let show = samba_tool(&smb_conf, &["user", "show", SVC_USER, "--attributes=objectSid"]);
    let sid = show
        .lines()
        .find_map(|l| l.strip_prefix("objectSid: "))
        .expect("service account SID")
        .trim()
        .to_owned();
    const RESET_PASSWORD: &str = "00299570-246d-11d0-a768-00aa006e0529";
    const LOCKOUT_TIME: &str = "28630ebf-41d5-11d1-a9c1-0000f80367c1";
    const PWD_LAST_SET: &str = "bf967a0a-0de6-11d0-a285-00aa003049e2";
    const USER_CLASS: &str = "bf967aba-0de6-11d0-a285-00aa003049e2";
    samba_tool(
        &smb_conf,
        &[
            "dsacl",
            "set",
            &format!("--objectdn={USERS_DN}"),
            &format!(
                "--sddl=(OA;CI;CR;{RESET_PASSWORD};{USER_CLASS};{sid})\
                 (OA;CI;RPWP;{LOCKOUT_TIME};{USER_CLASS};{sid})\
                 (OA;CI;RPWP;{PWD_LAST_SET};{USER_CLASS};{sid})"
            ),
        ],
    );
    samba_tool(
        &smb_conf,
        &[
            "dsacl",
            "set",
            &format!("--objectdn=CN=Password Settings Container,CN=System,{BASE_DN}"),
            &format!("--sddl=(A;CI;RPLCLORC;;;{sid})"),
        ],
    );

    // Fixture users in the states the tests refuse.
    for name in [PROTECTED_USER, DISABLED_USER, CANNOT_CHANGE_USER, EXPIRED_USER] {
        create_user(&smb_conf, name);
    }
    // adminCount=1 is what AD's SDProp stamps on members of protected groups.
    add_attributes(&smb_conf, &scratch, PROTECTED_USER, &["adminCount: 1".into()]);
    samba_tool(&smb_conf, &["user", "disable", DISABLED_USER]);
    samba_tool(&smb_conf, &["user", "setexpiry", EXPIRED_USER, "--days=0"]);
    // "User cannot change password" is not a stored flag in AD (writing 0x40 to
    // userAccountControl is ignored): it is a deny ACE for the Change Password right for
    // Everyone and SELF, which is what ADUC's checkbox writes.
    const CHANGE_PASSWORD: &str = "ab721a53-1e2f-11d0-9819-00aa0040529b";
    samba_tool(
        &smb_conf,
        &[
            "dsacl",
            "set",
            &format!("--objectdn=CN={CANNOT_CHANGE_USER},{USERS_DN}"),
            &format!("--sddl=(OD;;CR;{CHANGE_PASSWORD};;WD)(OD;;CR;{CHANGE_PASSWORD};;PS)"),
        ],
    );
    // A fine-grained password policy through a group.
    samba_tool(&smb_conf, &["group", "add", PSO_GROUP]);
    samba_tool(
        &smb_conf,
        &[
            "domain",
            "passwordsettings",
            "pso",
            "create",
            "long-passwords",
            "10",
            &format!("--min-pwd-length={PSO_MIN_LENGTH}"),
            &format!("--history-length={PSO_HISTORY}"),
            "--min-pwd-age=0",
            "--max-pwd-age=0",
            &format!("--account-lockout-threshold={DOMAIN_LOCKOUT_THRESHOLD}"),
        ],
    );
    samba_tool(
        &smb_conf,
        &[
            "domain",
            "passwordsettings",
            "pso",
            "apply",
            "long-passwords",
            PSO_GROUP,
        ],
    );

    // The template's paths name the scratch directory; the final name replaces them.
    let conf = fs::read_to_string(&smb_conf).unwrap();
    fs::write(
        &smb_conf,
        conf.replace(scratch.to_str().unwrap(), template.to_str().unwrap()),
    )
    .unwrap();
    File::create(scratch.join("ready")).unwrap();
    if template.exists() {
        fs::remove_dir_all(template).unwrap();
    }
    fs::rename(&scratch, template).unwrap();
}
