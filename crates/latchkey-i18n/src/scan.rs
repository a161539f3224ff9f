//! The check that no user-facing text bypasses Fluent (run by `cargo test`): it reads the UI's
//! TypeScript (`ui/src`) and the server's message code, and reports a string literal with
//! letters in it that goes where a person reads it:
//! - UI: `textContent`, `innerHTML`, `innerText`, `title`, `placeholder`, `alt`, `aria-label`,
//!   `aria-description` (as a property, an attribute key in `h(tag, {...})`, or `setAttribute`),
//!   and a literal child right after the attributes of `h(tag, {...}, 'text')`; every
//!   `t('id')` must name a message of `en-US`.
//! - Server: a `subject:` or `body:` of a message built from a literal instead of a `Localizer`.
//!
//! Literals without letters (`' · '`, `'✓'`, `''`) are fine; so is text in comments.

use std::path::{Path, PathBuf};

/// One string literal of a source file: its text (template literals without their `${...}`
/// parts), where it starts, and the code just before it on the same statement.
#[derive(Debug)]
pub struct Literal {
    pub line: usize,
    pub text: String,
    pub before: String,
}

/// The string literals of TypeScript (`'`, `"`, `` ` ``) or Rust (`"` only) source, comments
/// skipped. `before` shows earlier literals as `"text"`.
pub fn literals(src: &str, rust: bool) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut code = String::new();
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // Rust lifetimes and chars ('a, 'x') are not strings, and a char has no room for words.
        if c == '"' || (!rust && (c == '\'' || c == '`')) {
            let start_line = line;
            let mut text = String::new();
            let mut depth = 0usize;
            i += 1;
            while i < chars.len() {
                let d = chars[i];
                if d == '\n' {
                    line += 1;
                }
                if d == '\\' {
                    if let Some(n) = chars.get(i + 1)
                        && depth == 0
                    {
                        text.push(*n);
                    }
                    i += 2;
                    continue;
                }
                if c == '`' && d == '$' && chars.get(i + 1) == Some(&'{') {
                    depth += 1;
                    i += 2;
                    continue;
                }
                if depth > 0 {
                    if d == '{' {
                        depth += 1;
                    } else if d == '}' {
                        depth -= 1;
                    }
                    i += 1;
                    continue;
                }
                if d == c {
                    break;
                }
                text.push(d);
                i += 1;
            }
            let tail: String = code
                .chars()
                .rev()
                .take(200)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.push(Literal {
                line: start_line,
                text: text.clone(),
                before: tail,
            });
            code.push('"');
            code.push_str(&text);
            code.push('"');
            i += 1;
            continue;
        }
        code.push(c);
        i += 1;
    }
    out
}

/// Whether `before` ends inside `h("tag", {...},`: the last `h("` (not `fetch("`) is followed by
/// one attribute object and a comma.
fn h_call_attrs(before: &str) -> bool {
    let Some(at) = before.rfind("h(\"") else { return false };
    if before[..at]
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        return false;
    }
    let rest = &before[at + 3..];
    let Some(brace) = rest.find(", {") else { return false };
    let tag = &rest[..brace];
    if !tag.ends_with('"') || tag[..tag.len() - 1].contains('"') {
        return false;
    }
    // The attribute object, braces balanced, then only the comma.
    let mut depth = 0i32;
    for (i, c) in rest[brace + 2..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return rest[brace + 2 + i + 1..].trim() == ",";
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether `before` ends with a call of `name(` (not `split(` for `t`).
fn ends_with_call(before: &str, name: &str) -> bool {
    let Some(head) = before.strip_suffix(&format!("{name}(")) else {
        return false;
    };
    !head
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
}

fn has_letters(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const UI_SINKS: [&str; 8] = [
    "textContent",
    "innerHTML",
    "innerText",
    "title",
    "placeholder",
    "alt",
    "aria-label",
    "aria-description",
];

/// Problems in one TypeScript file of the UI.
pub fn scan_ui_source(file: &str, src: &str, ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for lit in literals(src, false) {
        let before = squeeze(&lit.before);
        if ends_with_call(&before, "t") {
            if !ids.contains(&lit.text) {
                out.push(format!("{file}:{}: t('{}') names no en-US message", lit.line, lit.text));
            }
            continue;
        }
        if !has_letters(&lit.text) {
            continue;
        }
        let sink = UI_SINKS.iter().find(|s| {
            before.ends_with(&format!(".{s} =")) // el.title = '...'
                || before.ends_with(&format!("{s}:")) // { title: '...' }
                || before.ends_with(&format!("\"{s}\":")) // { 'aria-label': '...' } (quotes are " in `before`)
                || before.ends_with(&format!("setAttribute(\"{s}\","))
        });
        // h('p', {...}, 'text'): a literal child right after the attributes.
        let child = before.ends_with("},") && h_call_attrs(&before);
        if let Some(sink) = sink {
            out.push(format!(
                "{file}:{}: '{}' goes into {sink} without Fluent",
                lit.line, lit.text
            ));
        } else if child {
            out.push(format!("{file}:{}: '{}' is shown without Fluent", lit.line, lit.text));
        }
    }
    out
}

/// Problems in one Rust file that builds messages for people.
pub fn scan_rust_source(file: &str, src: &str, ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    // Unit tests below the code may build messages by hand.
    let src = src.split("#[cfg(test)]").next().unwrap_or_default();
    for lit in literals(src, true) {
        let before = squeeze(&lit.before);
        if !has_letters(&lit.text) || ids.contains(&lit.text) {
            continue;
        }
        let user_facing = [
            "subject: Some(",
            "subject: Some(format!(",
            "body:",
            "body: format!(",
            "html:",
            "text:",
        ]
        .iter()
        .any(|s| before.ends_with(s));
        if user_facing {
            out.push(format!(
                "{file}:{}: \"{}\" reaches a person without Fluent",
                lit.line, lit.text
            ));
        }
    }
    out
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

/// The whole repository's report (paths relative to the workspace root); empty means clean.
pub fn report(root: &Path, ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut ts = Vec::new();
    files_under(&root.join("ui/src"), "ts", &mut ts);
    if ts.is_empty() {
        out.push("ui/src has no TypeScript to check".to_string());
    }
    for f in ts {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        let name = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        out.extend(scan_ui_source(&name, &src, ids));
    }
    let mut rs = Vec::new();
    files_under(&root.join("crates/latchkey-server/src"), "rs", &mut rs);
    for f in rs {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        let name = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        out.extend(scan_rust_source(&name, &src, ids));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<String> {
        vec!["start-flow-reset".to_string()]
    }

    #[test]
    fn finds_text_that_bypasses_fluent() {
        let src = r#"
            // el.textContent = 'comments are fine';
            a.textContent = 'Hello there';
            b.textContent = t('start-flow-reset');
            c.textContent = t('no-such-id');
            h('button', { 'aria-label': 'Close' }, t('start-flow-reset'));
            h('p', { class: 'x' }, 'Loading…');
            h('span', { 'aria-hidden': 'true' }, '✓');
            d.title = `Hi ${name}`;
            e.title = `${name}`;
            f.setAttribute('placeholder', 'name@example.com');
            h('section', { class: 's' }, heading(t('start-flow-reset'), { n: 2, total: 2 }, 'h2'));
            code.split('.');
        "#;
        let r = scan_ui_source("x.ts", src, &ids()).join("\n");
        assert!(r.contains("x.ts:3: 'Hello there' goes into textContent"), "{r}");
        assert!(r.contains("t('no-such-id') names no en-US message"), "{r}");
        assert!(r.contains("'Close' goes into aria-label"), "{r}");
        assert!(r.contains("'Loading…' is shown without Fluent"), "{r}");
        assert!(r.contains("'Hi ' goes into title"), "{r}");
        assert!(r.contains("'name@example.com' goes into placeholder"), "{r}");
        assert!(!r.contains("comments"), "{r}");
        assert!(!r.contains('✓'), "{r}");
        assert_eq!(r.lines().count(), 6, "{r}");
    }

    #[test]
    fn finds_rust_messages_without_fluent() {
        let src = r#"let m = Message { subject: Some("Your code".into()), body: l10n.format("x", &a), html: format!("<p>{}</p>", e) };"#;
        let r = scan_rust_source("m.rs", src, &ids()).join("\n");
        assert!(r.contains("\"Your code\" reaches a person"), "{r}");
        assert_eq!(r.lines().count(), 1, "{r}");
    }
}
