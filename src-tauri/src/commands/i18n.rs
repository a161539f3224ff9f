use crate::AppState;
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

/// Every available language with its own name; debug builds also offer the pseudo-locale, to
/// check that every screen's text comes through Fluent and still fits when it grows (the
/// machine policy's `locale = "en-XA"` selects it in any build).
pub fn locales() -> Vec<LocaleInfo> {
    let mut tags = latchkey_i18n::available_tags();
    if cfg!(debug_assertions) {
        tags.push(latchkey_i18n::PSEUDO_LOCALE.to_string());
    }
    tags.into_iter()
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
    select(&state, &[locale.as_str()])
}
