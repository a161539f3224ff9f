//! Certificates for the directory tests and benchmark, made with `openssl` in a directory: a CA
//! (`ca.pem`, `ca.key`), an unrelated second CA (`other-ca.pem`) and a server certificate
//! (`server.pem`, `server.key`) signed by the first, for `localhost` and `127.0.0.1`.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What the server certificate names unless a test says otherwise.
pub const LOCALHOST: &str = "DNS:localhost,IP:127.0.0.1";

/// Runs a command that must succeed; its standard output.
pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn openssl(dir: &Path, args: &[&str]) {
    run(Command::new("openssl").current_dir(dir).args(args));
}

/// The two CAs, the server key and its signing request, and a server certificate for
/// [`LOCALHOST`] valid for ten years. The private key is readable by its owner only (Samba
/// refuses one others can read).
pub fn make(dir: &Path) {
    for ca in ["ca", "other-ca"] {
        let (key, pem, subject) = (
            format!("{ca}.key"),
            format!("{ca}.pem"),
            format!("/CN=Latchkey test {ca}"),
        );
        openssl(
            dir,
            &[
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", &key, "-out", &pem, "-days", "3650",
                "-subj", &subject,
            ],
        );
    }
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    );
    run(Command::new("chmod").arg("600").arg(dir.join("server.key")));
    sign_server(dir, 3650, LOCALHOST);
}

/// Signs the server's request again into `server.pem`: valid for `days` (negative: expired
/// that many days ago) and naming `subject_alt_name` (e.g. [`LOCALHOST`]).
pub fn sign_server(dir: &Path, days: i32, subject_alt_name: &str) {
    std::fs::write(
        dir.join("ext.cnf"),
        format!(
            "subjectAltName={subject_alt_name}\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        ),
    )
    .unwrap();
    let days = days.to_string();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            &days,
            "-extfile",
            "ext.cnf",
        ],
    );
}
