//! Everything IT reads about the machine policy is generated from `policy.schema.json`: the
//! README table, the Windows ADMX/ADML templates, the macOS configuration profile and the Linux
//! example file. The test fails when a committed file drifts from the schema;
//! `LATCHKEY_REGENERATE=1 cargo test -p latchkey policy_docs` rewrites them.

use crate::machine_policy::{KEYS, Kind, MANAGED_DOMAIN, REGISTRY_KEY};
use serde_json::Value;
use std::fmt::Write;
use std::path::{Path, PathBuf};

const SCHEMA: &str = include_str!("../policy.schema.json");
const TABLE_START: &str = "<!-- policy-table:start (generated from src-tauri/policy.schema.json) -->";
const TABLE_END: &str = "<!-- policy-table:end -->";

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("policy.schema.json is JSON")
}

fn prop<'a>(schema: &'a Value, key: &str) -> &'a Value {
    &schema["properties"][key]
}

fn text<'a>(p: &'a Value, field: &str) -> &'a str {
    p[field].as_str().unwrap_or("")
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn toml_value(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
        Value::Array(a) => format!("[{}]", a.iter().map(toml_value).collect::<Vec<_>>().join(", ")),
        other => other.to_string(),
    }
}

/// The value an example shows: the first example, else the default.
fn sample(p: &Value) -> Option<&Value> {
    p["examples"].get(0).or_else(|| p.get("default"))
}

fn type_name(p: &Value) -> String {
    match (p["type"].as_str(), p["items"]["enum"].as_array(), p["enum"].as_array()) {
        (Some("array"), Some(items), _) => format!(
            "list of {}",
            items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" / ")
        ),
        (Some("array"), None, _) => "list of strings".into(),
        (_, _, Some(values)) => values.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" / "),
        (Some("integer"), _, _) => format!(
            "integer {}..{}",
            p["minimum"].as_i64().unwrap_or(0),
            p["maximum"].as_i64().unwrap_or(i64::MAX)
        ),
        (Some(t), _, _) => t.to_string(),
        _ => String::new(),
    }
}

pub fn readme_table() -> String {
    let s = schema();
    let mut out = String::from("| key | type | default | meaning |\n|---|---|---|---|\n");
    for (key, _) in KEYS {
        let p = prop(&s, key);
        let default = p.get("default").map(toml_value).unwrap_or_else(|| "—".into());
        let mut meaning = text(p, "description").to_string();
        if let Some(ex) = p["examples"].get(0) {
            let _ = write!(meaning, " Example: `{}`.", toml_value(ex));
        }
        let _ = writeln!(
            out,
            "| `{key}` | {} | `{default}` | {} |",
            type_name(p),
            meaning.replace('|', "\\|")
        );
    }
    out
}

pub fn example_toml() -> String {
    let s = schema();
    let mut out = String::from(
        "# Latchkey machine policy: copy to /etc/latchkey/policy.toml (or a fragment in\n\
         # /etc/latchkey/policy.d/*.toml; later files win) and uncomment what you set.\n\
         # Every key: src-tauri/policy.schema.json (generated from it; do not edit by hand).\n",
    );
    for (key, _) in KEYS {
        let p = prop(&s, key);
        let _ = writeln!(out, "\n# {}: {}", text(p, "title"), text(p, "description"));
        match sample(p) {
            Some(v) if matches!(key, "tenant_url" | "tenant") => {
                let _ = writeln!(out, "{key} = {}", toml_value(v));
            }
            Some(v) => {
                let _ = writeln!(out, "# {key} = {}", toml_value(v));
            }
            None => {
                let _ = writeln!(out, "# {key} = ");
            }
        }
    }
    out
}

pub fn admx() -> String {
    let s = schema();
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from src-tauri/policy.schema.json; do not edit by hand. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="latchkey" namespace="Latchkey.Policies.Latchkey" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_Latchkey" displayName="$(string.SUPPORTED_Latchkey)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="Latchkey" displayName="$(string.Latchkey)" />
  </categories>
  <policies>
"#,
    );
    for (key, kind) in KEYS {
        let p = prop(&s, key);
        let head = format!(
            r#"    <policy name="{key}" class="Machine" displayName="$(string.{key})" explainText="$(string.{key}_Explain)" key="{REGISTRY_KEY}""#
        );
        let tail = "      <parentCategory ref=\"Latchkey\" />\n      <supportedOn ref=\"SUPPORTED_Latchkey\" />\n";
        let element = match (kind, p["enum"].as_array()) {
            (Kind::Bool, _) => {
                let _ = writeln!(
                    out,
                    "{head} valueName=\"{key}\">\n{tail}      <enabledValue><decimal value=\"1\" /></enabledValue>\n      <disabledValue><decimal value=\"0\" /></disabledValue>\n    </policy>"
                );
                continue;
            }
            (Kind::Int, _) => format!(
                "<decimal id=\"{key}\" valueName=\"{key}\" minValue=\"{}\" maxValue=\"{}\" />",
                p["minimum"].as_i64().unwrap_or(0),
                p["maximum"].as_i64().unwrap_or(u32::MAX as i64)
            ),
            (Kind::List, _) => format!("<multiText id=\"{key}\" valueName=\"{key}\" />"),
            (Kind::Str, Some(values)) => {
                let mut e = format!("<enum id=\"{key}\" valueName=\"{key}\">");
                for v in values.iter().filter_map(Value::as_str) {
                    let _ = write!(
                        e,
                        "\n          <item displayName=\"$(string.{key}_{v})\"><value><string>{v}</string></value></item>"
                    );
                }
                e + "\n        </enum>"
            }
            (Kind::Str, None) => format!("<text id=\"{key}\" valueName=\"{key}\" />"),
        };
        let _ = writeln!(
            out,
            "{head} presentation=\"$(presentation.{key})\">\n{tail}      <elements>\n        {element}\n      </elements>\n    </policy>"
        );
    }
    out.push_str("  </policies>\n</policyDefinitions>\n");
    out
}

pub fn adml() -> String {
    let s = schema();
    let mut strings = String::new();
    let mut presentations = String::new();
    for (key, kind) in KEYS {
        let p = prop(&s, key);
        let title = xml(text(p, "title"));
        let mut explain = text(p, "description").to_string();
        if let Some(d) = p.get("default") {
            let _ = write!(explain, " Default: {}.", toml_value(d));
        }
        if kind == Kind::List {
            explain.push_str(" One value per line.");
        }
        let _ = writeln!(strings, "      <string id=\"{key}\">{title}</string>");
        let _ = writeln!(strings, "      <string id=\"{key}_Explain\">{}</string>", xml(&explain));
        if let Some(values) = p["enum"].as_array() {
            for v in values.iter().filter_map(Value::as_str) {
                let _ = writeln!(strings, "      <string id=\"{key}_{v}\">{v}</string>");
            }
        }
        let control = match (kind, p["enum"].as_array()) {
            (Kind::Bool, _) => continue,
            (Kind::Int, _) => format!(
                "<decimalTextBox refId=\"{key}\" defaultValue=\"{}\">{title}</decimalTextBox>",
                p["default"].as_i64().unwrap_or(0)
            ),
            (Kind::List, _) => format!("<multiTextBox refId=\"{key}\">{title}</multiTextBox>"),
            (Kind::Str, Some(values)) => {
                let default = p["default"].as_str().unwrap_or("");
                let index = values.iter().position(|v| v.as_str() == Some(default)).unwrap_or(0);
                format!("<dropdownList refId=\"{key}\" defaultItem=\"{index}\">{title}</dropdownList>")
            }
            (Kind::Str, None) => format!("<textBox refId=\"{key}\"><label>{title}</label></textBox>"),
        };
        let _ = writeln!(
            presentations,
            "      <presentation id=\"{key}\">\n        {control}\n      </presentation>"
        );
    }
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from src-tauri/policy.schema.json; do not edit by hand. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Latchkey</displayName>
  <description>Latchkey self-service password reset: machine policy</description>
  <resources>
    <stringTable>
      <string id="Latchkey">Latchkey</string>
      <string id="SUPPORTED_Latchkey">Latchkey 0.1 and later</string>
{strings}    </stringTable>
    <presentationTable>
{presentations}    </presentationTable>
  </resources>
</policyDefinitionResources>
"#
    )
}

fn plist_value(v: &Value, indent: &str) -> String {
    match v {
        Value::Bool(b) => format!("{indent}<{b}/>"),
        Value::Number(n) => format!("{indent}<integer>{n}</integer>"),
        Value::String(s) => format!("{indent}<string>{}</string>", xml(s)),
        Value::Array(a) => {
            let items: Vec<String> = a.iter().map(|x| plist_value(x, &format!("{indent}  "))).collect();
            format!("{indent}<array>\n{}\n{indent}</array>", items.join("\n"))
        }
        _ => String::new(),
    }
}

pub fn mobileconfig() -> String {
    let s = schema();
    let mut keys = String::new();
    for (key, _) in KEYS {
        let p = prop(&s, key);
        // Network and help-desk overrides depend on the site: listed, not set.
        if matches!(
            key,
            "proxy" | "ca_file" | "helpdesk_email" | "helpdesk_phone" | "helpdesk_url" | "allowed_locales"
        ) {
            let _ = writeln!(keys, "      <!-- {key}: {} -->", xml(text(p, "description")));
            continue;
        }
        if let Some(v) = sample(p) {
            let _ = writeln!(keys, "      <key>{key}</key>\n{}", plist_value(v, "      "));
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Example MDM profile for Latchkey's managed preferences; generated from src-tauri/policy.schema.json. -->
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key>
      <string>{MANAGED_DOMAIN}</string>
      <key>PayloadIdentifier</key>
      <string>{MANAGED_DOMAIN}.policy</string>
      <key>PayloadUUID</key>
      <string>5B1F4C3E-2A7D-4E55-9C1B-6F1D0A8E7C21</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
      <key>PayloadDisplayName</key>
      <string>Latchkey machine policy</string>
{keys}    </dict>
  </array>
  <key>PayloadDisplayName</key>
  <string>Latchkey</string>
  <key>PayloadIdentifier</key>
  <string>{MANAGED_DOMAIN}.profile</string>
  <key>PayloadScope</key>
  <string>System</string>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>0E3B8D6A-91C4-4F2B-8A57-3C2E9D14B6F0</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
"#
    )
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The generated files and their committed paths.
pub fn generated() -> Vec<(PathBuf, String)> {
    let root = repo();
    vec![
        (root.join("packaging/windows/latchkey.admx"), admx()),
        (root.join("packaging/windows/en-US/latchkey.adml"), adml()),
        (
            root.join("packaging/macos/org.latchkey.desktop.mobileconfig"),
            mobileconfig(),
        ),
        (root.join("packaging/linux/policy.toml.example"), example_toml()),
    ]
}

/// README.md with the table between the markers replaced.
pub fn readme_with_table(readme: &str) -> Option<String> {
    let start = readme.find(TABLE_START)? + TABLE_START.len();
    let end = readme.find(TABLE_END)?;
    Some(format!("{}\n{}{}", &readme[..start], readme_table(), &readme[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_match_the_schema() {
        let s = schema();
        let props = s["properties"].as_object().unwrap();
        let mut names: Vec<&str> = props.keys().map(String::as_str).collect();
        names.sort();
        let mut ours: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
        ours.sort();
        assert_eq!(names, ours, "KEYS in machine_policy.rs and policy.schema.json differ");
        for (key, kind) in KEYS {
            let t = props[key]["type"].as_str().unwrap();
            let expected = match kind {
                Kind::Bool => "boolean",
                Kind::Int => "integer",
                Kind::Str => "string",
                Kind::List => "array",
            };
            assert_eq!(t, expected, "{key}");
            assert!(!text(&props[key], "title").is_empty() && !text(&props[key], "description").is_empty());
        }
    }

    #[test]
    fn every_example_and_default_is_a_valid_policy() {
        let s = schema();
        for (key, _) in KEYS {
            for v in s["properties"][key]["examples"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(s["properties"][key].get("default"))
            {
                let line = format!("{key} = {}", toml_value(v));
                crate::machine_policy::MachinePolicy::parse(&line).unwrap_or_else(|e| panic!("{line}: {e}"));
            }
        }
        crate::machine_policy::MachinePolicy::parse(&example_toml()).unwrap();
    }

    #[test]
    fn generated_files_match_the_schema() {
        let regenerate = std::env::var_os("LATCHKEY_REGENERATE").is_some();
        let mut drifted = Vec::new();
        let readme_path = repo().join("README.md");
        let readme = std::fs::read_to_string(&readme_path).unwrap();
        let mut files = generated();
        files.push((
            readme_path,
            readme_with_table(&readme).expect("README.md has the policy table markers"),
        ));
        for (path, want) in files {
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            if have != want {
                if regenerate {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, &want).unwrap();
                } else {
                    drifted.push(path.display().to_string());
                }
            }
        }
        assert!(
            drifted.is_empty(),
            "out of date with src-tauri/policy.schema.json (run LATCHKEY_REGENERATE=1 cargo test -p latchkey policy_docs): {drifted:?}"
        );
    }
}
