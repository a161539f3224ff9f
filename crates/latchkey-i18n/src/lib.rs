//! Latchkey localization: the Fluent files under `locales/<bcp47>/*.ftl` are compiled into the
//! binary, a requested language list is negotiated against them with `en-US` as the fallback,
//! and messages are formatted through the fallback chain.
//!
//! Formatting errors are collected and logged by the caller, never fatal: a missing message
//! falls back to `en-US`, then to its id.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use include_dir::{Dir, include_dir};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;
pub use fluent_bundle::FluentValue;

pub mod check;
mod pseudo;
#[cfg(test)]
mod scan;
#[cfg(test)]
mod translations;

pub use pseudo::{PSEUDO_LOCALE, pseudo};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The language every message exists in.
pub const DEFAULT_LOCALE: &str = "en-US";

/// One locale's Fluent sources, file name → text.
#[derive(Debug, Clone)]
pub struct LocaleSources {
    pub locale: String,
    pub files: BTreeMap<String, String>,
}

impl LocaleSources {
    /// All files of the locale joined, for clients that load one resource per locale.
    pub fn joined(&self) -> String {
        self.files.values().cloned().collect::<Vec<_>>().join("\n")
    }
}

/// Every locale compiled in, sorted by tag (read once).
pub fn available() -> Vec<LocaleSources> {
    static ALL: OnceLock<Vec<LocaleSources>> = OnceLock::new();
    ALL.get_or_init(read_all).clone()
}

fn read_all() -> Vec<LocaleSources> {
    let mut out: Vec<LocaleSources> = LOCALES
        .dirs()
        .filter_map(|d| {
            let locale = d.path().file_name()?.to_str()?.to_string();
            locale.parse::<LanguageIdentifier>().ok()?;
            let files = d
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| {
                    Some((
                        f.path().file_name()?.to_str()?.to_string(),
                        f.contents_utf8()?.to_string(),
                    ))
                })
                .collect();
            Some(LocaleSources { locale, files })
        })
        .collect();
    out.sort_by(|a, b| a.locale.cmp(&b.locale));
    out
}

/// Whether `tag`'s script runs right to left (Arabic, Hebrew, Persian, Urdu).
pub fn is_rtl(tag: &str) -> bool {
    let language = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    matches!(language.as_str(), "ar" | "he" | "fa" | "ur")
}

/// Tags of the available locales.
pub fn available_tags() -> Vec<String> {
    available().into_iter().map(|l| l.locale).collect()
}

fn pseudo_tag() -> LanguageIdentifier {
    static TAG: OnceLock<LanguageIdentifier> = OnceLock::new();
    TAG.get_or_init(|| PSEUDO_LOCALE.parse().expect("valid pseudo-locale tag"))
        .clone()
}

/// The sources of `tag`: an available locale, or the pseudo-locale (the `en-US` files, made
/// pseudo when they are formatted).
pub fn sources_of(tag: &str) -> Option<LocaleSources> {
    let all = available();
    if tag == PSEUDO_LOCALE {
        let base = all.into_iter().find(|l| l.locale == DEFAULT_LOCALE)?;
        return Some(LocaleSources {
            locale: PSEUDO_LOCALE.to_string(),
            files: base.files,
        });
    }
    all.into_iter().find(|l| l.locale == tag)
}

/// Negotiates `requested` (BCP 47 tags, most wanted first; `de-CH`, `de`, `*` forms accepted)
/// against the available locales. The result is the fallback chain, always ending in `en-US`.
/// The pseudo-locale is chosen only when asked for first and by its exact tag, never as a
/// match for another English.
pub fn negotiate(requested: &[&str]) -> Vec<String> {
    if requested
        .first()
        .is_some_and(|r| r.trim().eq_ignore_ascii_case(PSEUDO_LOCALE))
    {
        return vec![PSEUDO_LOCALE.to_string(), DEFAULT_LOCALE.to_string()];
    }
    let available: Vec<LanguageIdentifier> = available_tags().iter().filter_map(|t| t.parse().ok()).collect();
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| r.trim().replace('_', "-").split('.').next()?.parse().ok())
        .collect();
    let default: LanguageIdentifier = DEFAULT_LOCALE.parse().expect("valid default tag");
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
    let mut chain: Vec<String> = chosen.into_iter().map(|l| l.to_string()).collect();
    chain.retain(|l| l != DEFAULT_LOCALE);
    chain.push(DEFAULT_LOCALE.to_string());
    chain
}

/// Parses an HTTP `Accept-Language` header into tags in preference order.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut items: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag.len() > 35 {
                return None;
            }
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
                .unwrap_or(1.0);
            Some((q, i, tag.to_string()))
        })
        .take(16)
        .collect();
    items.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
    });
    items
        .into_iter()
        .filter(|(q, _, _)| *q > 0.0)
        .map(|(_, _, t)| t)
        .collect()
}

/// A problem found while loading Fluent files.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadIssue {
    pub locale: String,
    pub file: String,
    pub detail: String,
}

/// Formats messages through a fallback chain of bundles.
pub struct Localizer {
    chain: Vec<String>,
    bundles: Vec<FluentBundle<FluentResource>>,
    issues: Vec<LoadIssue>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("chain", &self.chain).finish()
    }
}

impl Localizer {
    /// A localizer for the negotiated chain of `requested`.
    pub fn for_requested(requested: &[&str]) -> Localizer {
        Localizer::for_chain(&negotiate(requested))
    }

    /// The shared localizer for the negotiated chain of `requested`: built (parsed) once per
    /// chain, then reused, so a server sending many messages does not parse Fluent each time.
    pub fn shared(requested: &[&str]) -> Arc<Localizer> {
        static CACHE: OnceLock<Mutex<HashMap<Vec<String>, Arc<Localizer>>>> = OnceLock::new();
        let chain = negotiate(requested);
        let cache = CACHE.get_or_init(Default::default);
        let mut map = cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.entry(chain.clone())
            .or_insert_with(|| Arc::new(Localizer::for_chain(&chain)))
            .clone()
    }

    /// A localizer for an explicit chain of available tags.
    pub fn for_chain(chain: &[String]) -> Localizer {
        let mut bundles = Vec::new();
        let mut issues = Vec::new();
        for tag in chain {
            let Some(src) = sources_of(tag) else {
                continue;
            };
            let Ok(langid) = tag.parse::<LanguageIdentifier>() else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Plain text for emails, SMS and logs: no Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            if let Err(e) = bundle.add_builtins() {
                issues.push(LoadIssue {
                    locale: tag.clone(),
                    file: String::new(),
                    detail: format!("{e:?}"),
                });
            }
            if tag == PSEUDO_LOCALE {
                bundle.set_transform(Some(pseudo::transform));
            }
            for (file, text) in &src.files {
                let res = match FluentResource::try_new(text.clone()) {
                    Ok(res) => res,
                    Err((res, errors)) => {
                        for e in errors {
                            issues.push(LoadIssue {
                                locale: tag.clone(),
                                file: file.clone(),
                                detail: format!("{e:?}"),
                            });
                        }
                        res
                    }
                };
                if let Err(errors) = bundle.add_resource(res) {
                    for e in errors {
                        issues.push(LoadIssue {
                            locale: tag.clone(),
                            file: file.clone(),
                            detail: format!("{e:?}"),
                        });
                    }
                }
            }
            bundles.push(bundle);
        }
        Localizer {
            chain: chain.to_vec(),
            bundles,
            issues,
        }
    }

    /// The chosen locale (first of the chain).
    pub fn locale(&self) -> &str {
        self.chain.first().map(String::as_str).unwrap_or(DEFAULT_LOCALE)
    }

    pub fn chain(&self) -> &[String] {
        &self.chain
    }

    pub fn issues(&self) -> &[LoadIssue] {
        &self.issues
    }

    /// Whether any bundle of the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Formats `id` with `args`; falls back through the chain and finally to the id itself.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for bundle in &self.bundles {
            let Some(msg) = bundle.get_message(id) else { continue };
            let Some(pattern) = msg.value() else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if bundle.locales.first().is_some_and(|l| *l == pseudo_tag()) {
                return format!("[{text}]");
            }
            return text.into_owned();
        }
        id.to_string()
    }
}

/// Message ids defined in one Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    let res = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The locale check (see [`check`]): syntax, ids, variables, selectors and plural categories of
/// every locale against `en-US`. Empty means complete.
pub fn completeness_report() -> Vec<String> {
    check::report(&available())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_completeness_check() {
        let report = completeness_report();
        assert!(report.is_empty(), "locale files are incomplete:\n{}", report.join("\n"));
    }

    #[test]
    fn no_user_facing_text_bypasses_fluent() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let base = sources_of(DEFAULT_LOCALE).expect("en-US");
        let ids: Vec<String> = base.files.values().flat_map(|t| message_ids(t)).collect();
        let report = scan::report(&root, &ids);
        assert!(report.is_empty(), "text that bypasses Fluent:\n{}", report.join("\n"));
    }

    #[test]
    fn pseudo_locale_only_when_asked_for() {
        assert_eq!(negotiate(&["en-XA"]), vec!["en-XA".to_string(), "en-US".to_string()]);
        assert_eq!(negotiate(&["en-GB"]), vec!["en-US".to_string()]);
        assert!(!available_tags().contains(&PSEUDO_LOCALE.to_string()));
        let l = Localizer::for_requested(&["en-XA"]);
        let text = l.format("start-flow-reset", &[]);
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(text.chars().count() * 10 >= "Reset my password".len() * 14, "{text}");
        let code = l.format(
            "sms-code",
            &[
                ("code", "492817".into()),
                ("tenant", "Contoso".into()),
                ("minutes", 5.into()),
            ],
        );
        assert!(
            code.contains("492817") && code.contains("Contoso"),
            "variables stay as they are: {code}"
        );
    }

    #[test]
    fn en_us_and_de_exist() {
        let tags = available_tags();
        assert!(tags.contains(&"en-US".to_string()));
        assert!(tags.contains(&"de".to_string()));
    }

    #[test]
    fn negotiation_falls_back_to_en_us() {
        assert_eq!(
            negotiate(&["de-CH", "fr-CA"]),
            vec!["de".to_string(), "fr".to_string(), "en-US".to_string()]
        );
        assert_eq!(negotiate(&["de_DE.UTF-8"]), vec!["de".to_string(), "en-US".to_string()]);
        assert_eq!(negotiate(&["xx"]), vec!["en-US".to_string()]);
        assert_eq!(negotiate(&[]), vec!["en-US".to_string()]);
    }

    #[test]
    fn accept_language_by_quality() {
        assert_eq!(
            parse_accept_language("fr;q=0.5, de-DE, en;q=0.8"),
            vec!["de-DE", "en", "fr"]
        );
        assert!(parse_accept_language("").is_empty());
    }

    #[test]
    fn shared_localizers_are_reused() {
        let a = Localizer::shared(&["de-AT"]);
        let b = Localizer::shared(&["de"]);
        assert!(Arc::ptr_eq(&a, &b), "one parse per negotiated chain");
        assert_eq!(a.locale(), "de");
    }

    #[test]
    fn formats_with_fallback() {
        let l = Localizer::for_requested(&["de"]);
        assert_eq!(l.locale(), "de");
        assert!(l.issues().is_empty(), "{:?}", l.issues());
        assert_eq!(l.format("no-such-message", &[]), "no-such-message");
        assert_eq!(l.format("locale-name", &[]), "Deutsch");
    }
}
