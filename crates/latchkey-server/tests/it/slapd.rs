//! A real OpenLDAP `slapd` for the LDAP tests and the directory benchmark: a temporary
//! directory, free ports, back_mdb with the ppolicy overlay (`ppolicy_default`,
//! `ppolicy_use_lockout`, `ppolicy_hash_cleartext`) and TLS from a CA made with `openssl` here.
//! slapd is killed when its handle drops, passed or failed.
#![allow(dead_code)]

use crate::certs;
pub use crate::certs::run;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SUFFIX: &str = "dc=contoso,dc=test";
pub const ADMIN_DN: &str = "cn=admin,dc=contoso,dc=test";
pub const ADMIN_PW: &str = "admin-secret";
pub const SERVICE_DN: &str = "cn=latchkey,ou=services,dc=contoso,dc=test";
pub const SERVICE_PW: &str = "service-secret-1";
pub const ALEX_DN: &str = "uid=alex,ou=people,dc=contoso,dc=test";

/// A running slapd with its files; killed when dropped.
pub struct Slapd {
    pub dir: PathBuf,
    /// `ldap://127.0.0.1:port` (StartTLS offered).
    pub port: u16,
    /// `ldaps://127.0.0.1:tls_port` (and 127.0.0.2, which the certificate does not name).
    pub tls_port: u16,
    child: Option<Child>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const BASE_LDIF: &str = "\
dn: dc=contoso,dc=test
objectClass: dcObject
objectClass: organization
o: Contoso
dc: contoso

dn: ou=people,dc=contoso,dc=test
objectClass: organizationalUnit
ou: people

dn: ou=services,dc=contoso,dc=test
objectClass: organizationalUnit
ou: services

dn: ou=policies,dc=contoso,dc=test
objectClass: organizationalUnit
ou: policies

dn: ou=groups,dc=contoso,dc=test
objectClass: organizationalUnit
ou: groups

dn: cn=default,ou=policies,dc=contoso,dc=test
objectClass: person
objectClass: pwdPolicy
cn: default
sn: default
pwdAttribute: userPassword
pwdMinLength: 10
pwdInHistory: 6
pwdMaxFailure: 3
pwdLockout: TRUE
pwdLockoutDuration: 0
pwdMinAge: 0
pwdCheckQuality: 2
pwdAllowUserChange: TRUE

dn: cn=latchkey,ou=services,dc=contoso,dc=test
objectClass: person
cn: latchkey
sn: service
userPassword: service-secret-1

dn: uid=alex,ou=people,dc=contoso,dc=test
objectClass: inetOrgPerson
uid: alex
cn: Alex Wilber
sn: Wilber
displayName: Alex Wilber
mail: alex@contoso.test
mobile: +14255550134
userPassword: Harbor-Violet-Tractor-42

dn: uid=megan,ou=people,dc=contoso,dc=test
objectClass: inetOrgPerson
uid: megan
cn: Megan Bowen
sn: Bowen
mail: megan@contoso.test
userPassword: Granite-Meadow-Lantern-17

dn: uid=pat,ou=people,dc=contoso,dc=test
objectClass: inetOrgPerson
uid: pat
cn: Pat Temple
sn: Temple
mail: pat@contoso.test
userPassword: Copper-Kettle-Nimbus-58

dn: cn=sspr-admins,ou=groups,dc=contoso,dc=test
objectClass: groupOfNames
cn: sspr-admins
member: uid=megan,ou=people,dc=contoso,dc=test

dn: cn=tier0,ou=groups,dc=contoso,dc=test
objectClass: groupOfNames
cn: tier0
member: uid=pat,ou=people,dc=contoso,dc=test
";

impl Slapd {
    pub fn start() -> Slapd {
        let dir = temp_dir();
        certs::make(&dir);
        std::fs::create_dir_all(dir.join("db")).unwrap();
        let d = dir.display();
        let conf = format!(
            "include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile {d}/slapd.pid
TLSCACertificateFile {d}/ca.pem
TLSCertificateFile {d}/server.pem
TLSCertificateKeyFile {d}/server.key
database mdb
maxsize 104857600
suffix \"{SUFFIX}\"
rootdn \"{ADMIN_DN}\"
rootpw {ADMIN_PW}
directory {d}/db
limits dn.exact=\"{SERVICE_DN}\" size.prtotal=unlimited
access to attrs=userPassword
  by dn.exact=\"{SERVICE_DN}\" write
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact=\"{SERVICE_DN}\" manage
  by self read
  by * read
overlay ppolicy
ppolicy_default \"cn=default,ou=policies,{SUFFIX}\"
ppolicy_use_lockout
ppolicy_hash_cleartext
"
        );
        std::fs::write(dir.join("slapd.conf"), conf).unwrap();
        let mut s = Slapd {
            dir,
            port: free_port(),
            tls_port: free_port(),
            child: None,
        };
        s.launch();
        s.ldif("ldapadd", BASE_LDIF);
        s
    }

    fn launch(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("slapd.log"))
            .unwrap();
        let urls = format!(
            "ldap://127.0.0.1:{p}/ ldaps://127.0.0.1:{t}/ ldaps://127.0.0.2:{t}/",
            p = self.port,
            t = self.tls_port
        );
        // -d 0: stays in the foreground, so the child is slapd itself and can be killed.
        let child = Command::new("slapd")
            .arg("-f")
            .arg(self.dir.join("slapd.conf"))
            .args(["-h", &urls, "-d", "0"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("slapd runs (Debian package slapd)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "slapd did not start: {}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("slapd.log")).unwrap_or_default()
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Freezes slapd (SIGSTOP): connections stay open but nothing answers, like a hung server.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// Lets a paused slapd run again (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, sig: &str) {
        let pid = self.child.as_ref().expect("slapd runs").id().to_string();
        run(Command::new("kill").args([sig, &pid]));
    }

    pub fn restart(&mut self) {
        self.stop();
        self.launch();
    }

    /// Runs `ldapadd`/`ldapmodify`/... as the directory's administrator with `ldif` on stdin.
    pub fn ldif(&self, tool: &str, ldif: &str) {
        let mut child = Command::new(tool)
            .args([
                "-x",
                "-H",
                &format!("ldap://127.0.0.1:{}", self.port),
                "-D",
                ADMIN_DN,
                "-w",
                ADMIN_PW,
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(ldif.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// An attribute of an entry as the administrator sees it (operational ones too).
    pub fn read(&self, dn: &str, attribute: &str) -> Option<String> {
        let out = Command::new("ldapsearch")
            .args([
                "-x",
                "-LLL",
                "-o",
                "ldif-wrap=no",
                "-H",
                &format!("ldap://127.0.0.1:{}", self.port),
                "-D",
                ADMIN_DN,
                "-w",
                ADMIN_PW,
                "-b",
                dn,
                "-s",
                "base",
                attribute,
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{attribute}: ")).map(str::to_string))
    }

    /// Whether `password` signs `dn` in (checked with ldapwhoami, outside our code).
    pub fn binds(&self, dn: &str, password: &str) -> bool {
        Command::new("ldapwhoami")
            .args([
                "-x",
                "-H",
                &format!("ldap://127.0.0.1:{}", self.port),
                "-D",
                dn,
                "-w",
                password,
            ])
            .output()
            .unwrap()
            .status
            .success()
    }

    /// The `[directory]` table of a tenant using this slapd over StartTLS with the test CA.
    pub fn directory_toml(&self) -> String {
        let secret = self.dir.join("ldap.secret");
        std::fs::write(&secret, format!("{SERVICE_PW}\n")).unwrap();
        format!(
            "[directory]
kind = \"ldap\"
flavor = \"openldap\"
url = \"ldap://127.0.0.1:{}\"
starttls = true
ca_file = \"{}\"
bind_dn = \"{SERVICE_DN}\"
bind_password_file = \"{}\"
user_base = \"ou=people,{SUFFIX}\"
admin_group = \"sspr-admins\"
protected_group = \"tier0\"
policy_dn = \"cn=default,ou=policies,{SUFFIX}\"
timeout_secs = 2
pool_size = 2
",
            self.port,
            self.dir.join("ca.pem").display(),
            secret.display()
        )
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A fresh directory under the system's temporary directory.
fn temp_dir() -> PathBuf {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    let dir = std::env::temp_dir().join(format!("latchkey-slapd-{}", hex::encode(b)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
