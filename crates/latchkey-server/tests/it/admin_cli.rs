//! The fixed command lines of api.md, run through the real binary.

use crate::support::temp_dir;
use std::process::Command;

fn cli(dir: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_latchkey-server"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LATCHKEY_DATABASE_URL")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn admin_commands_of_the_contract() {
    let dir = temp_dir("cli");
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "user",
            "add",
            "--tenant",
            "fabrikam",
            "--username",
            "sam",
            "--password",
            "Orchid-Canyon-Beacon-73",
            "--email",
            "sam@fabrikam.com",
            "--phone",
            "+14255550101",
            "--admin",
            "--group",
            "it",
        ],
    );
    assert!(ok, "{err}");
    let (ok, out, _) = cli(&dir, &["admin", "user", "list", "--tenant", "fabrikam", "--json"]);
    assert!(ok);
    let users: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(users[0]["username"], "sam");
    assert_eq!(users[0]["admin"], true);
    assert!(!out.contains("argon2"), "hashes never leave the server");
    // Duplicate and weak passwords are refused with their codes.
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "user",
            "add",
            "--tenant",
            "fabrikam",
            "--username",
            "sam",
            "--password",
            "Orchid-Canyon-Beacon-73",
        ],
    );
    assert!(!ok && err.contains("user.exists"), "{err}");
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "user",
            "add",
            "--tenant",
            "fabrikam",
            "--username",
            "kim",
            "--password",
            "password1",
        ],
    );
    assert!(!ok && err.contains("password."), "{err}");
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "user",
            "add",
            "--tenant",
            "fabrikam",
            "--username",
            "lee",
            "--password",
            "Orchid-Canyon-Beacon-73",
            "--phone",
            "555-1234",
        ],
    );
    assert!(!ok && err.contains("user.invalid"), "{err}");

    for (key, value) in [
        ("sspr_enabled", "groups:it,sales"),
        ("methods_required", "2"),
        ("reconfirm_days", "0"),
    ] {
        let (ok, _, err) = cli(
            &dir,
            &[
                "admin", "policy", "set", "--tenant", "fabrikam", "--key", key, "--value", value,
            ],
        );
        assert!(ok, "{key}: {err}");
    }
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "policy",
            "set",
            "--tenant",
            "fabrikam",
            "--key",
            "reconfirm_days",
            "--value",
            "800",
        ],
    );
    assert!(!ok && err.contains("policy.out_of_range"), "{err}");
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "policy",
            "set",
            "--tenant",
            "fabrikam",
            "--key",
            "allowed_methods",
            "--value",
            "totp",
        ],
    );
    assert!(!ok && err.contains("policy."), "{err}");
    let (ok, out, _) = cli(&dir, &["admin", "policy", "show", "--tenant", "fabrikam"]);
    assert!(ok);
    assert!(out.contains("sspr_enabled = groups:it,sales"), "{out}");
    assert!(out.contains("methods_required = 2"));

    let (ok, out, _) = cli(
        &dir,
        &[
            "admin",
            "user",
            "reset-password",
            "--tenant",
            "fabrikam",
            "--username",
            "sam",
            "--temporary",
        ],
    );
    assert!(ok);
    assert_eq!(out.trim().len(), 19, "a generated temporary password is printed: {out}");
    let (ok, _, _) = cli(
        &dir,
        &["admin", "user", "disable", "--tenant", "fabrikam", "--username", "sam"],
    );
    assert!(ok);
    let (ok, _, _) = cli(
        &dir,
        &["admin", "user", "unlock", "--tenant", "fabrikam", "--username", "sam"],
    );
    assert!(ok);
    let (ok, _, err) = cli(
        &dir,
        &[
            "admin",
            "user",
            "unlock",
            "--tenant",
            "fabrikam",
            "--username",
            "nobody",
        ],
    );
    assert!(!ok && err.contains("user.not_found"), "{err}");

    let (ok, out, _) = cli(
        &dir,
        &["admin", "audit", "--tenant", "fabrikam", "--event", "admin", "--json"],
    );
    assert!(ok);
    let events: serde_json::Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    for expected in [
        "admin.user.add",
        "admin.policy.set",
        "admin.user.reset_password",
        "admin.user.disable",
        "admin.user.unlock",
    ] {
        assert!(names.contains(&expected), "{expected} not in {names:?}");
    }
    let (ok, out, _) = cli(
        &dir,
        &[
            "admin",
            "audit",
            "--tenant",
            "fabrikam",
            "--outcome",
            "failure",
            "--json",
        ],
    );
    assert!(ok);
    assert!(out.contains("policy.out_of_range"));
    let (ok, out, _) = cli(&dir, &["migrate"]);
    assert!(ok, "{out}");
}

#[test]
fn config_file_is_read_and_checked() {
    let dir = temp_dir("cfg");
    let cfg = dir.join("latchkey.toml");
    std::fs::write(
        &cfg,
        format!(
            "data_dir = \"{}\"\n[[tenant]]\nslug = \"contoso\"\nname = \"Contoso\"\n[tenant.directory]\nkind = \"ldap\"\n",
            dir.display()
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_latchkey-server"))
        .arg("--config")
        .arg(&cfg)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("directory.flavor is required"), "{err}");
    std::fs::write(&cfg, "listen = 5\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_latchkey-server"))
        .arg("--config")
        .arg(&cfg)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("listen"));
}

#[test]
fn admin_manages_the_tenants_own_questions() {
    let dir = temp_dir("questions");
    let (ok, _, err) = cli(
        &dir,
        &["admin", "tenant", "add", "--slug", "contoso", "--name", "Contoso"],
    );
    assert!(ok, "{err}");
    let add = |locale: Option<&str>, text: &str| {
        let mut args = vec!["admin", "question", "add", "--tenant", "contoso", "--text", text];
        if let Some(l) = locale {
            args.extend(["--locale", l]);
        }
        cli(&dir, &args)
    };
    let (ok, out, err) = add(Some("de"), "  Wie hieß   Ihr erster Lehrer? ");
    assert!(ok, "{err}");
    assert!(out.contains("\tde\tWie hieß Ihr erster Lehrer?"), "{out}");
    let (ok, _, err) = add(None, "What was your first phone?");
    assert!(ok, "{err}");
    for (locale, text, says) in [
        (None, "ab", "questions.invalid_question"),
        (None, &"x".repeat(201)[..], "questions.invalid_question"),
        (Some("xx"), "Which language is this?", "questions.locale_unknown"),
        (Some("de"), "wie hieß ihr erster lehrer?", "questions.exists"),
    ] {
        let (ok, _, err) = add(locale, text);
        assert!(!ok && err.contains(says), "{text}: {err}");
    }
    for i in 1..20 {
        let (ok, _, err) = add(Some("de"), &format!("Frage Nummer {i}?"));
        assert!(ok, "{err}");
    }
    let (ok, _, err) = add(Some("de"), "Eine Frage zu viel?");
    assert!(!ok && err.contains("questions.limit_reached"), "{err}");
    let (ok, _, err) = add(Some("en-US"), "Still room in English?");
    assert!(ok, "{err}");
    let (ok, out, _) = cli(&dir, &["admin", "question", "list", "--tenant", "contoso", "--json"]);
    assert!(ok);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 22);
    // Questions added within one second have no order between them: find the one for all languages.
    let all: Vec<&serde_json::Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["locale"].is_null())
        .collect();
    assert_eq!(all.len(), 1, "{list}");
    assert_eq!(all[0]["text"], "What was your first phone?");
    let id = all[0]["id"].as_str().unwrap().to_string();
    let (ok, out, err) = cli(
        &dir,
        &["admin", "question", "remove", "--tenant", "contoso", "--id", &id],
    );
    assert!(ok && out.contains("removed"), "{err}");
    let (ok, _, err) = cli(
        &dir,
        &["admin", "question", "remove", "--tenant", "contoso", "--id", &id],
    );
    assert!(!ok && err.contains("questions.unknown_question"), "{err}");
    let (ok, _, err) = cli(&dir, &["admin", "question", "list", "--tenant", "nowhere"]);
    assert!(!ok && err.contains("tenant.not_found"), "{err}");
}
