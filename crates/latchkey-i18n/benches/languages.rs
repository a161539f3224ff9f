//! Languages benchmark (`cargo bench -p latchkey-i18n --bench languages`): for every locale, the
//! time to switch to it (parse its Fluent files into a bundle and format every message, the work
//! the app's Rust side and the server do on a switch; median of 31 runs), its size (bytes of
//! Fluent source compiled into the binaries, and the parsed form: messages and pattern elements),
//! and the share of en-US messages it has complete (present and passing the locale check).
//! Prints a Markdown table.

/// Messages and pattern elements (text pieces and placeables, variants included) of a source.
fn parsed_size(source: &str) -> (usize, usize) {
    fn pattern(p: &ast::Pattern<&str>) -> usize {
        p.elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => 1 + variants.iter().map(|v| pattern(&v.value)).sum::<usize>(),
                _ => 1,
            })
            .sum()
    }
    let res = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut messages = 0;
    let mut elements = 0;
    for e in &res.body {
        if let ast::Entry::Message(m) = e {
            messages += 1;
            elements += m.value.as_ref().map(pattern).unwrap_or(0)
                + m.attributes.iter().map(|a| pattern(&a.value)).sum::<usize>();
        }
    }
    (messages, elements)
}

use fluent_syntax::ast;
use latchkey_i18n::{DEFAULT_LOCALE, FluentValue, Localizer, check};
use std::time::Instant;

const RUNS: usize = 31;

fn main() {
    let all = latchkey_i18n::available();
    let base = all.iter().find(|l| l.locale == DEFAULT_LOCALE).expect("en-US");
    // Every en-US message with the variables it takes (numbers: they select plurals too).
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for text in base.files.values() {
        for (id, sig) in check::signatures(text).expect("en-US parses") {
            if !id.starts_with('-') {
                messages.push((id, sig.variables.into_iter().collect()));
            }
        }
    }
    let report = check::report(&all);
    println!(
        "| locale | switch: parse + format all {} messages, median ms | Fluent source compiled in, bytes | parsed: messages / pattern elements | messages complete |",
        messages.len()
    );
    println!("|---|---|---|---|---|");
    let mut tags: Vec<String> = all.iter().map(|l| l.locale.clone()).collect();
    tags.push(latchkey_i18n::PSEUDO_LOCALE.to_string());
    for tag in tags {
        let chain = vec![tag.clone(), DEFAULT_LOCALE.to_string()];
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let t0 = Instant::now();
            let l10n = Localizer::for_chain(&chain);
            let mut chars = 0usize;
            for (id, vars) in &messages {
                let args: Vec<(&str, FluentValue<'_>)> =
                    vars.iter().map(|v| (v.as_str(), FluentValue::from(3))).collect();
                chars += l10n.format(id, &args).len();
            }
            std::hint::black_box(chars);
            times.push(t0.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        let median = times[RUNS / 2];

        let sources = latchkey_i18n::sources_of(&tag).expect("a locale's sources");
        let source_bytes: usize = sources.files.values().map(String::len).sum();
        let (parsed_messages, parsed_elements) = sources
            .files
            .values()
            .map(|t| parsed_size(t))
            .fold((0, 0), |(m, e), (m2, e2)| (m + m2, e + e2));

        let broken: std::collections::BTreeSet<&str> = report
            .iter()
            .filter_map(|line| line.strip_prefix(&format!("{tag}/")))
            .filter_map(|rest| rest.split_once(": ").map(|(_, r)| r))
            .map(|r| r.strip_prefix("missing ").unwrap_or(r).split(':').next().unwrap_or(r))
            .collect();
        let complete = messages.iter().filter(|(id, _)| !broken.contains(id.as_str())).count();
        let share = if tag == latchkey_i18n::PSEUDO_LOCALE {
            "generated from en-US".to_string()
        } else {
            format!(
                "{complete} / {} ({:.1}%)",
                messages.len(),
                100.0 * complete as f64 / messages.len() as f64
            )
        };
        println!("| {tag} | {median:.2} | {source_bytes} | {parsed_messages} / {parsed_elements} | {share} |");
    }
}
