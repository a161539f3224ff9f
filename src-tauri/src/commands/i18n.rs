use crate::AppState;
use crate::machine_policy::MachinePolicy;
use serde::Serialize;
use tauri::State;

#[derive(Debug, Clone, Serialize)]
pub struct FtlSource {
    pub locale: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleBundle {
    pub locale: String,
    pub ftl: Vec<FtlSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleInfo {
    pub code: String,
    pub name: String,
}

/// The UI's Fluent files (app and meta) for each locale of the chain.
pub fn sources(chain: &[String]) -> Vec<FtlSource> {
    chain
        .iter()
        .filter_map(|tag| latchkey_i18n::sources_of(tag))
        .map(|l| FtlSource {
            locale: l.locale.clone(),
            source: l
                .files
                .iter()
                .filter(|(name, _)| name.as_str() == "app.ftl" || name.as_str() == "meta.ftl")
                .map(|(_, text)| text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect()
}

/// Keeps the tags the policy's `allowed_locales` admit (by language prefix); all when unset.
/// When nothing is left, the first allowed language.
pub fn allowed_only(policy: &MachinePolicy, tags: Vec<String>) -> Vec<String> {
    if policy.allowed_locales.is_empty() {
        return tags;
    }
    let admits = |tag: &str| {
        policy.allowed_locales.iter().any(|a| {
            let (a, t) = (a.to_ascii_lowercase(), tag.to_ascii_lowercase());
            t == a || t.starts_with(&format!("{a}-")) || a.starts_with(&format!("{t}-"))
        })
    };
    let mut out: Vec<String> = tags.into_iter().filter(|t| admits(t)).collect();
    if out.is_empty() {
        out.push(policy.allowed_locales[0].clone());
    }
    out
}

/// Every available language (the allowed ones) with its own name; debug builds also offer the
/// pseudo-locale, to check that every screen's text comes through Fluent and still fits when it
/// grows (the machine policy's `locale = "en-XA"` selects it in any build).
pub fn locales(policy: &MachinePolicy) -> Vec<LocaleInfo> {
    let mut tags = latchkey_i18n::available_tags();
    if cfg!(debug_assertions) {
        tags.push(latchkey_i18n::PSEUDO_LOCALE.to_string());
    }
    let known = tags.clone();
    allowed_only(policy, tags)
        .into_iter()
        .filter(|code| known.contains(code))
        .map(|code| {
            let name = latchkey_i18n::Localizer::for_chain(std::slice::from_ref(&code)).format("locale-name", &[]);
            LocaleInfo { code, name }
        })
        .collect()
}

/// Negotiates the requested language and remembers the chain for later calls.
pub fn select(state: &AppState, requested: &[&str]) -> LocaleBundle {
    let chain = latchkey_i18n::negotiate(requested);
    if let Ok(mut s) = state.session.lock() {
        s.locale_chain = chain.clone();
    }
    LocaleBundle {
        locale: chain[0].clone(),
        ftl: sources(&chain),
    }
}

#[tauri::command]
pub fn i18n_set_locale(state: State<'_, AppState>, locale: String) -> LocaleBundle {
    let chain = allowed_only(&state.policy, vec![locale]);
    let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
    select(&state, &chain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_locales_narrow_the_choice() {
        let all = MachinePolicy::default();
        assert_eq!(allowed_only(&all, vec!["fr".into()]), vec!["fr"]);
        let de = MachinePolicy {
            allowed_locales: vec!["de".into()],
            ..MachinePolicy::default()
        };
        assert_eq!(allowed_only(&de, vec!["de-AT".into(), "en-US".into()]), vec!["de-AT"]);
        assert_eq!(allowed_only(&de, vec!["en-US".into()]), vec!["de"]);
        assert_eq!(
            locales(&de).iter().map(|l| l.code.as_str()).collect::<Vec<_>>(),
            vec!["de"]
        );
    }
}
