//! The checks every locale must pass (run by `cargo test`): each file parses, the ids match
//! `en-US` (none missing, none extra), each message uses the same variables and selects on the
//! same ones, and every plural selector has a variant for each plural category the language has.
//!
//! Plural rule: a selector is a plural one when all its keys are CLDR categories (`zero`, `one`,
//! `two`, `few`, `many`, `other`) or numbers. For each such selector, every category the
//! language's CLDR cardinal rules give to a whole number from 0 to 999 (the range of every count
//! Latchkey states: minutes, seconds, hours, methods, answers) must be a key of its own or the
//! default `other`. Categories reached only by larger numbers (`many` for 1,000,000 in French,
//! Spanish and Portuguese) may fall to the default, since no count gets there; so may Hebrew's
//! `many` (20, 30, ...), whose words are those of `other` (CLDR 42 folded it into `other`, and
//! browsers no longer return it, while the Rust plural rules still do). A message that
//! selects on a number in `en-US` must select on it in every locale whose language has more than
//! one such category (Japanese and Chinese have only `other`, so they may write one sentence).

use crate::{DEFAULT_LOCALE, LocaleSources};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

/// The largest count a message states (inclusive); see the module documentation.
pub const MAX_COUNT: u32 = 999;

/// Categories a language may leave to its default variant (`other`); see the module documentation.
const LEFT_TO_DEFAULT: [(&str, &str); 1] = [("he", "many")];

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category_name(c: &PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR cardinal categories a whole number from 0 to [`MAX_COUNT`] falls in, for the
/// language of `locale` (`pt-BR` uses `pt`'s rules), less those it may leave to `other`. `None`
/// for a language CLDR does not know.
pub fn plural_categories(locale: &str) -> Option<BTreeSet<&'static str>> {
    let tag: LanguageIdentifier = locale.parse().ok()?;
    let language = LanguageIdentifier::from_parts(tag.language, None, None, &[]);
    let lang = language.language.to_string();
    let rules = PluralRules::create(language, PluralRuleType::CARDINAL).ok()?;
    let mut out = BTreeSet::new();
    for n in 0..=MAX_COUNT {
        if let Ok(c) = rules.select(n) {
            out.insert(category_name(&c));
        }
    }
    for (l, c) in LEFT_TO_DEFAULT {
        if l == lang {
            out.remove(c);
        }
    }
    Some(out)
}

/// What a message's translations must agree on.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Every `$variable` the message uses, as a placeable or a selector.
    pub variables: BTreeSet<String>,
    /// Selectors on a variable: variable → the keys of each such selector (default marked `*`).
    pub selectors: Vec<(String, BTreeSet<String>, bool)>,
}

impl Signature {
    fn selector_vars(&self) -> BTreeSet<String> {
        self.selectors.iter().map(|(v, _, _)| v.clone()).collect()
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, sig: &mut Signature) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, sig);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, sig: &mut Signature) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, sig),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, sig);
            if let Some(var) = selected_variable(selector) {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                let plural = keys
                    .iter()
                    .all(|k| CATEGORY_NAMES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
                sig.selectors.push((var, keys, plural));
            }
            for v in variants {
                walk_pattern(&v.value, sig);
            }
        }
    }
}

/// `$x` or `NUMBER($x, ...)`.
fn selected_variable(i: &ast::InlineExpression<&str>) -> Option<String> {
    match i {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selected_variable)
        }
        _ => None,
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, sig: &mut Signature) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            sig.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, sig);
            }
            for a in &arguments.named {
                walk_inline(&a.value, sig);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, sig);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, sig),
        _ => {}
    }
}

/// Parses one file: its messages' signatures (terms as `-name`), or the syntax errors.
pub fn signatures(source: &str) -> Result<BTreeMap<String, Signature>, Vec<String>> {
    let res = match fluent_syntax::parser::parse(source) {
        Ok(res) => res,
        Err((_, errors)) => return Err(errors.iter().map(|e| format!("{e:?}")).collect()),
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        let (id, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Junk { content } => return Err(vec![format!("junk: {content}")]),
            _ => continue,
        };
        let mut sig = Signature::default();
        for p in patterns {
            walk_pattern(p, &mut sig);
        }
        if out.insert(id.clone(), sig).is_some() {
            return Err(vec![format!("{id} is defined twice")]);
        }
    }
    Ok(out)
}

/// Every problem of every locale against `en-US`; empty means all locales pass.
pub fn report(all: &[LocaleSources]) -> Vec<String> {
    let mut report = Vec::new();
    let mut parsed: BTreeMap<&str, BTreeMap<&str, BTreeMap<String, Signature>>> = BTreeMap::new();
    for loc in all {
        for (file, text) in &loc.files {
            match signatures(text) {
                Ok(s) => {
                    parsed.entry(&loc.locale).or_default().insert(file, s);
                }
                Err(errors) => {
                    for e in errors {
                        report.push(format!("{}/{file}: does not parse: {e}", loc.locale));
                    }
                }
            }
        }
    }
    let Some(base) = parsed.get(DEFAULT_LOCALE) else {
        report.push(format!("no {DEFAULT_LOCALE} locale"));
        return report;
    };
    for (locale, files) in &parsed {
        let categories = plural_categories(locale);
        if categories.is_none() {
            report.push(format!("{locale}: CLDR has no plural rules for this language"));
        }
        let categories = categories.unwrap_or_default();
        for (file, theirs) in files {
            let Some(ours) = base.get(file) else {
                report.push(format!("{locale}/{file}: no such file in {DEFAULT_LOCALE}"));
                continue;
            };
            for id in theirs.keys().filter(|id| !ours.contains_key(*id)) {
                report.push(format!("{locale}/{file}: extra {id} (not in {DEFAULT_LOCALE})"));
            }
            for (id, theirs) in theirs {
                let Some(ours) = ours.get(id) else { continue };
                report.extend(compare(locale, file, id, ours, theirs, &categories));
            }
        }
        for (file, ours) in base {
            let theirs = files.get(file);
            for id in ours.keys() {
                if !theirs.is_some_and(|t| t.contains_key(id)) {
                    report.push(format!("{locale}/{file}: missing {id}"));
                }
            }
        }
    }
    report
}

fn compare(
    locale: &str,
    file: &str,
    id: &str,
    ours: &Signature,
    theirs: &Signature,
    categories: &BTreeSet<&'static str>,
) -> Vec<String> {
    let mut out = Vec::new();
    let at = format!("{locale}/{file}: {id}");
    if ours.variables != theirs.variables {
        out.push(format!(
            "{at}: uses variables {:?}, {DEFAULT_LOCALE} uses {:?}",
            theirs.variables, ours.variables
        ));
    }
    let (our_sel, their_sel) = (ours.selector_vars(), theirs.selector_vars());
    for v in their_sel.difference(&our_sel) {
        out.push(format!("{at}: selects on ${v}, {DEFAULT_LOCALE} does not"));
    }
    for v in our_sel.difference(&their_sel) {
        let plural_in_ours = ours.selectors.iter().any(|(s, _, plural)| s == v && *plural);
        if !(plural_in_ours && categories.len() <= 1) {
            out.push(format!("{at}: does not select on ${v} as {DEFAULT_LOCALE} does"));
        }
    }
    for (var, keys, plural) in &theirs.selectors {
        if !plural {
            continue;
        }
        let missing: Vec<&str> = categories.iter().copied().filter(|c| !keys.contains(*c)).collect();
        if !missing.is_empty() {
            out.push(format!(
                "{at}: the selector on ${var} has no variant for {} (the language's plural categories: {})",
                missing.join(", "),
                categories.iter().copied().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(tag: &str, app: &str) -> LocaleSources {
        LocaleSources {
            locale: tag.into(),
            files: [("app.ftl".to_string(), app.to_string())].into(),
        }
    }

    const EN: &str = "a = { $n ->\n    [one] { $n } minute\n   *[other] { $n } minutes\n}\nb = Hi { $name }\n";

    #[test]
    fn categories_follow_cldr() {
        let cats = |l: &str| plural_categories(l).unwrap().into_iter().collect::<Vec<_>>().join(" ");
        assert_eq!(cats("en-US"), "one other");
        assert_eq!(cats("ja"), "other");
        assert_eq!(cats("zh-CN"), "other");
        assert_eq!(cats("ar"), "few many one other two zero");
        assert_eq!(cats("fr"), "one other", "many needs 1,000,000, past the largest count");
        assert_eq!(cats("pt-BR"), "one other");
        assert_eq!(cats("he"), "one other two", "many is left to other");
    }

    #[test]
    fn finds_missing_extra_and_mismatched_messages() {
        let de_ok = "a = { $n ->\n    [one] { $n } Minute\n   *[other] { $n } Minuten\n}\nb = Hallo { $name }\n";
        assert!(report(&[loc("en-US", EN), loc("de", de_ok)]).is_empty());
        let bad = "a = { $n } Minuten\nb = Hallo { $user }\nc = extra\n";
        let r = report(&[loc("en-US", EN), loc("de", bad)]).join("\n");
        assert!(r.contains("de/app.ftl: extra c"), "{r}");
        assert!(r.contains("de/app.ftl: b: uses variables"), "{r}");
        assert!(r.contains("de/app.ftl: a: does not select on $n"), "{r}");
        let r = report(&[loc("en-US", EN), loc("de", "a = x\n")]).join("\n");
        assert!(r.contains("missing b"), "{r}");
    }

    #[test]
    fn plural_selectors_cover_the_languages_categories() {
        let ja = "a = { $n } 分\nb = { $name } さん\n";
        assert!(
            report(&[loc("en-US", EN), loc("ja", ja)]).is_empty(),
            "one category: no selector needed"
        );
        let ar = "a = { $n ->\n    [one] دقيقة\n   *[other] { $n } دقائق\n}\nb = { $name }\n";
        let r = report(&[loc("en-US", EN), loc("ar", ar)]).join("\n");
        assert!(r.contains("no variant for few, many, two, zero"), "{r}");
    }

    #[test]
    fn syntax_errors_are_reported() {
        let r = report(&[loc("en-US", EN), loc("de", "a = { $n\n")]).join("\n");
        assert!(r.contains("de/app.ftl: does not parse"), "{r}");
    }
}
