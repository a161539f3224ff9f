//! The French, Spanish, Brazilian Portuguese and Japanese translations: chosen for their regional
//! tags, complete without falling back to en-US, plural variants picked by count, and security
//! questions within the 3-200 characters a question may have.

use crate::{FluentValue, Localizer, available, message_ids, negotiate};

/// Tag, a regional request that must land on it, its name in itself.
const LANGUAGES: [(&str, &str, &str); 4] = [
    ("fr", "fr-CA", "Français"),
    ("es", "es-MX", "Español"),
    ("pt-BR", "pt-BR", "Português (Brasil)"),
    ("ja", "ja-JP", "日本語"),
];

#[test]
fn chosen_for_regional_requests_and_named_in_themselves() {
    for (tag, requested, name) in LANGUAGES {
        assert_eq!(negotiate(&[requested]), vec![tag.to_string(), "en-US".to_string()]);
        let l = Localizer::for_requested(&[requested]);
        assert_eq!(l.locale(), tag);
        assert!(l.issues().is_empty(), "{tag}: {:?}", l.issues());
        assert_eq!(l.format("locale-name", &[]), name);
    }
}

#[test]
fn counts_pick_their_plural_variant() {
    let expect = [
        ("fr", "Il est valable 1 minute.", "Il est valable 5 minutes."),
        ("es", "Es válido durante 1 minuto.", "Es válido durante 5 minutos."),
        ("pt-BR", "Ele é válido por 1 minuto.", "Ele é válido por 5 minutos."),
        ("ja", "コードの有効期限は 1 分です。", "コードの有効期限は 5 分です。"),
    ];
    for (tag, one, five) in expect {
        let l = Localizer::for_requested(&[tag]);
        assert_eq!(l.format("code-lifetime", &[("minutes", 1.into())]), one);
        assert_eq!(l.format("code-lifetime", &[("minutes", 5.into())]), five);
    }
}

#[test]
fn server_messages_keep_code_and_organization() {
    for (tag, _, _) in LANGUAGES {
        let l = Localizer::for_requested(&[tag]);
        let args: [(&str, FluentValue); 3] = [
            ("code", "492817".into()),
            ("tenant", "Contoso".into()),
            ("minutes", 10.into()),
        ];
        for id in ["email-code-subject", "email-code-body", "sms-code"] {
            let text = l.format(id, &args);
            assert!(text.contains("Contoso"), "{tag} {id}: {text}");
            assert!(!text.contains("verification code"), "{tag} {id} is English: {text}");
        }
        let body = l.format("email-code-body", &args);
        assert!(body.contains("492817") && body.contains("10"), "{tag}: {body}");
    }
}

#[test]
fn security_questions_are_3_to_200_characters() {
    let all = available();
    for (tag, _, _) in LANGUAGES {
        let src = all.iter().find(|l| l.locale == tag).expect("locale compiled in");
        let ids = message_ids(&src.files["questions.ftl"]);
        assert_eq!(ids.len(), 10, "{tag}");
        let l = Localizer::for_requested(&[tag]);
        for id in ids {
            let n = l.format(&id, &[]).chars().count();
            assert!((3..=200).contains(&n), "{tag} {id}: {n} characters");
        }
    }
}
