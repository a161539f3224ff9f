//! The crate's layers, checked: each module may use its own layer and the layers below it, and
//! no modules use each other in a circle (the flows are checked file by file).
//!
//! ```text
//! top       cli, transport, housekeeping     the binary's commands and the listener
//! http      http/                            thin handlers: extract, call a flow, answer
//! flows     flows/                           the rules of sign-in, change, security info, reset, unlock, admin
//! context   state, tenant, audit, email      what every flow is handed
//! ports     store/, directory/, delivery/    the database, the directory, the channels
//! base      config, error, crypto, hashing, client_addr, tls
//! ```

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    const LAYERS: &[&[&str]] = &[
        &["config", "error", "crypto", "hashing", "client_addr", "tls"],
        &["store", "directory", "delivery"],
        &["state", "tenant", "audit", "email"],
        &["flows"],
        &["http"],
        &["cli", "transport", "housekeeping"],
    ];

    fn layer_of(module: &str) -> Option<usize> {
        let top = module.split("::").next().unwrap_or(module);
        LAYERS.iter().position(|l| l.contains(&top))
    }

    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// The node a file belongs to: its top-level module, or `flows::<file>` inside `flows/`.
    fn node_of(relative: &Path) -> Option<String> {
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        match parts.as_slice() {
            [one] if one == "lib" || one == "main" || one == "layers" => None,
            [first, second, ..] if first == "flows" && second != "mod" => Some(format!("flows::{second}")),
            [first, ..] => Some(first.clone()),
            [] => None,
        }
    }

    /// Module paths a line names: `crate::x`, `crate::flows::x`, and `super::x` inside `flows/`.
    fn uses(line: &str, node: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut scan = |prefix: &str, make: &dyn Fn(&str) -> String| {
            let mut rest = line;
            while let Some(i) = rest.find(prefix) {
                let after = &rest[i + prefix.len()..];
                let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let before = rest[..i].chars().last();
                if !name.is_empty() && !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    found.push(make(&name));
                }
                rest = &after[name.len()..];
            }
        };
        scan("crate::flows::", &|n| format!("flows::{n}"));
        scan("crate::", &|n| n.to_string());
        if node.starts_with("flows::") {
            scan("super::", &|n| format!("flows::{n}"));
        }
        found.retain(|m| m != "flows" && layer_of(m).is_some());
        found
    }

    fn graph() -> BTreeMap<String, BTreeMap<String, String>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for file in files {
            let relative = file.strip_prefix(&src).unwrap().to_path_buf();
            let Some(node) = node_of(&relative) else { continue };
            let text = std::fs::read_to_string(&file).unwrap();
            let entry = edges.entry(node.clone()).or_default();
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("#[cfg(test)]") {
                    break;
                }
                if code.starts_with("//") {
                    continue;
                }
                for used in uses(code, &node) {
                    if used != node {
                        entry
                            .entry(used)
                            .or_insert_with(|| format!("{}:{}", relative.display(), n + 1));
                    }
                }
            }
        }
        edges
    }

    #[test]
    fn every_module_has_a_layer() {
        for node in graph().keys() {
            assert!(layer_of(node).is_some(), "module {node} is in no layer of layers.rs");
        }
    }

    #[test]
    fn no_module_uses_a_layer_above_it() {
        let mut wrong = Vec::new();
        for (node, used) in graph() {
            for (target, at) in used {
                if layer_of(&target) > layer_of(&node) {
                    wrong.push(format!("{at}: {node} uses {target}, a layer above it"));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn no_modules_use_each_other_in_a_circle() {
        let edges = graph();
        fn visit(
            node: &str,
            edges: &BTreeMap<String, BTreeMap<String, String>>,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(i) = path.iter().position(|p| p == node) {
                let mut circle = path[i..].to_vec();
                circle.push(node.to_string());
                return Some(circle);
            }
            if done.contains(node) {
                return None;
            }
            path.push(node.to_string());
            for next in edges.get(node).into_iter().flat_map(|m| m.keys()) {
                if let Some(c) = visit(next, edges, path, done) {
                    return Some(c);
                }
            }
            path.pop();
            done.insert(node.to_string());
            None
        }
        let mut done = BTreeSet::new();
        for node in edges.keys() {
            if let Some(circle) = visit(node, &edges, &mut Vec::new(), &mut done) {
                let steps: Vec<String> = circle
                    .windows(2)
                    .map(|w| format!("{} → {} ({})", w[0], w[1], edges[&w[0]][&w[1]]))
                    .collect();
                panic!("a circle:\n{}", steps.join("\n"));
            }
        }
    }

    #[test]
    fn the_check_sees_a_circle_and_a_layer_breach() {
        assert_eq!(uses("use crate::flows::reset;", "http"), vec!["flows::reset"]);
        assert_eq!(uses("use super::session::X;", "flows::reset"), vec!["flows::session"]);
        assert_eq!(
            uses("mycrate::http::x; crate::store::Store", "flows::reset"),
            vec!["store"]
        );
        assert!(layer_of("http") > layer_of("flows::reset"));
        assert!(layer_of("store") < layer_of("tenant"));
    }
}
