//! The two parts of every email: plain text and HTML, in the user's language and the tenant's
//! look (logo, colors, organization name). Every word comes from Fluent; every value put into
//! the HTML is escaped. No remote images (the logo travels inline, by `cid:`), no tracking; the
//! links are the help desk's address from the tenant's configuration and the tenant's web
//! portal (`$portal` in the arguments, built from the server's `public_url` only).

use crate::tenant::Tenant;
use base64::Engine;
use latchkey_i18n::FluentValue;
use latchkey_i18n::Localizer;

pub use crate::delivery::{Html, InlineImage, LOGO_CID};

/// A composed email.
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: Html,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A raster logo (PNG, JPEG, GIF) from the branding's `data:` URL; other kinds (SVG, WebP) are
/// left out, since many mail programs do not show them: the organization name stands instead.
fn inline_logo(data_url: Option<&str>) -> Option<InlineImage> {
    let rest = data_url?.strip_prefix("data:")?;
    let (content_type, b64) = rest.split_once(";base64,")?;
    if !matches!(content_type, "image/png" | "image/jpeg" | "image/gif") {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some(InlineImage {
        content_type: content_type.to_string(),
        bytes,
    })
}

/// `#rgb`/`#rrggbb` or the fallback: nothing else ever reaches a `style` attribute.
fn color(value: &str, fallback: &str) -> String {
    if crate::config::is_color(value) {
        value.to_string()
    } else {
        fallback.to_string()
    }
}

/// The help desk's web address, if the tenant configured an http(s) one.
fn helpdesk_link(tenant: &Tenant) -> Option<String> {
    let url = tenant.branding().helpdesk.url?;
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

/// The tenant's web portal address the caller put into `args` as `portal`, if it is http(s).
fn portal_link(args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    args.iter().find_map(|(k, v)| match v {
        FluentValue::String(url) if *k == "portal" && (url.starts_with("https://") || url.starts_with("http://")) => {
            Some(url.to_string())
        }
        _ => None,
    })
}

/// Composes the email `subject_id` / `body_id` for `tenant` in `l10n`'s language; `code`, when
/// the body states one, is set off in the HTML part.
pub fn compose(
    tenant: &Tenant,
    l10n: &Localizer,
    subject_id: &str,
    body_id: &str,
    args: &[(&str, FluentValue<'_>)],
    code: Option<&str>,
) -> Email {
    let subject = l10n.format(subject_id, args);
    let body = l10n.format(body_id, args);
    let footer = l10n.format("email-footer", &[("tenant", tenant.name().into())]);
    let link = helpdesk_link(tenant);
    let link_label = l10n.format("email-footer-helpdesk", &[]);
    let portal = portal_link(args);
    let portal_label = l10n.format("email-portal-link", &[]);

    let mut text = format!("{body}\n\n-- \n{footer}\n");
    if let Some(url) = &link {
        text.push_str(&format!("{link_label}\n{url}\n"));
    }
    if let Some(url) = &portal {
        text.push_str(&format!("{portal_label}\n{url}\n"));
    }

    let colors = tenant.branding().colors;
    let defaults = latchkey_proto::Colors::default();
    let primary = color(&colors.primary, &defaults.primary);
    let background = color(&colors.background, &defaults.background);
    let ink = color(&colors.text, &defaults.text);
    let locale = l10n.locale();
    let dir = if latchkey_i18n::is_rtl(locale) { "rtl" } else { "ltr" };
    let logo = inline_logo(tenant.branding.logo_data_url.as_deref());
    let org = escape(tenant.name());
    let header = if logo.is_some() {
        format!(r#"<img src="cid:{LOGO_CID}" alt="{org}" height="40" style="display:block;height:40px;border:0">"#)
    } else {
        format!(r#"<p style="margin:0;font-size:20px;font-weight:bold;color:{ink}">{org}</p>"#)
    };
    let mut paragraphs = String::new();
    for block in body.split("\n\n") {
        let mut p = block.lines().map(escape).collect::<Vec<_>>().join("<br>");
        if let Some(code) = code.filter(|c| !c.is_empty()) {
            let c = escape(code);
            p = p.replace(
                &c,
                &format!(
                    r#"<strong dir="ltr" style="font-size:22px;letter-spacing:3px;font-family:monospace">{c}</strong>"#
                ),
            );
        }
        paragraphs.push_str(&format!(
            r#"<p style="margin:0 0 16px;font-size:16px;line-height:1.5">{p}</p>"#
        ));
    }
    let footer_link = link
        .map(|url| {
            format!(
                r#"<br><a href="{}" style="color:{primary};text-decoration:underline">{}</a>"#,
                escape(&url),
                escape(&link_label)
            )
        })
        .unwrap_or_default();
    let portal_link = portal
        .map(|url| {
            format!(
                r#"<br><a href="{}" style="color:{primary};text-decoration:underline">{}</a>"#,
                escape(&url),
                escape(&portal_label)
            )
        })
        .unwrap_or_default();
    let html = format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background:{background};color:{ink};font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:{background}">
<tr><td align="center" style="padding:24px 16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;text-align:start">
<tr><td style="border-top:4px solid {primary};padding:16px 0 24px">{header}</td></tr>
<tr><td style="color:{ink}">{paragraphs}</td></tr>
<tr><td style="border-top:1px solid {primary};padding-top:12px;font-size:13px;line-height:1.5;color:{ink}">{footer}{footer_link}{portal_link}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"#,
        lang = escape(locale),
        title = escape(&subject),
        footer = escape(&footer),
    );
    Email {
        subject,
        text,
        html: Html { html, logo },
    }
}

/// The email message `subject_id` / `body_id` to `to`, both parts composed; `code` is the one-time
/// code the body states, if any (set off in the HTML, recorded by the outbox).
pub fn message(
    tenant: &Tenant,
    l10n: &Localizer,
    to: String,
    (subject_id, body_id): (&str, &str),
    args: &[(&str, FluentValue<'_>)],
    code: Option<latchkey_proto::Secret>,
) -> crate::delivery::Message {
    let email = compose(
        tenant,
        l10n,
        subject_id,
        body_id,
        args,
        code.as_ref().map(|c| c.expose()),
    );
    crate::delivery::Message {
        tenant: tenant.slug().into(),
        channel: crate::delivery::Channel::Email,
        to,
        subject: Some(email.subject),
        body: email.text,
        html: Some(email.html),
        code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::TenantRow;
    use crate::tenant::BrandingSettings;

    fn tenant(name: &str, branding: BrandingSettings) -> Tenant {
        Tenant::from_row(TenantRow {
            id: "t1".into(),
            slug: "contoso".into(),
            name: name.into(),
            branding: serde_json::to_string(&branding).unwrap(),
            policy: "{}".into(),
            updated_at: 0,
        })
    }

    fn branded() -> BrandingSettings {
        BrandingSettings {
            primary_color: Some("#8a1538".into()),
            helpdesk_url: Some("https://help.contoso.com/?a=1&b=2".into()),
            // A 1x1 PNG is not needed: the signature is what is checked here.
            logo_data_url: Some(format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(b"\x89PNG\r\n\x1a\nlogo")
            )),
            ..Default::default()
        }
    }

    fn code_email(t: &Tenant, locale: &str) -> Email {
        let l10n = Localizer::for_requested(&[locale]);
        let args = [
            ("tenant", t.name().into()),
            ("code", "492817".into()),
            ("minutes", 10.into()),
        ];
        compose(t, &l10n, "email-code-subject", "email-code-body", &args, Some("492817"))
    }

    /// The text of an HTML document without its tags (attributes included).
    fn text_nodes(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn both_parts_localized_and_branded() {
        let t = tenant("Contoso", branded());
        let e = code_email(&t, "de");
        assert_eq!(e.subject, "Ihr Contoso-Bestätigungscode");
        assert!(
            e.text.contains("Ihr Contoso-Bestätigungscode lautet 492817."),
            "{}",
            e.text
        );
        assert!(e.text.contains("Er ist 10 Minuten gültig."), "{}", e.text);
        assert!(
            e.text
                .contains("Diese Nachricht wurde automatisch von Contoso gesendet.")
        );
        assert!(e.text.contains("https://help.contoso.com/?a=1&b=2"), "{}", e.text);
        let h = &e.html.html;
        assert!(
            h.starts_with("<!DOCTYPE html>") && h.contains(r#"<html lang="de" dir="ltr">"#),
            "{h}"
        );
        assert!(h.contains("Er ist 10 Minuten gültig."), "{h}");
        assert!(h.contains(">492817</strong>"), "the code is set off: {h}");
        assert!(h.contains("#8a1538"), "the tenant's primary color: {h}");
        assert!(
            h.contains(r#"src="cid:logo@latchkey""#) && h.contains(r#"alt="Contoso""#),
            "{h}"
        );
        assert_eq!(e.html.logo.as_ref().map(|l| l.content_type.as_str()), Some("image/png"));
        assert!(
            h.contains(r#"<a href="https://help.contoso.com/?a=1&amp;b=2""#),
            "the link from the configuration, escaped: {h}"
        );
        // No remote content or tracking: the only address is the configured help desk.
        let addresses = h.matches("http").count();
        assert_eq!(addresses, 1, "{h}");
        assert!(!h.contains("<img src=\"http") && !h.contains("<script"), "{h}");
    }

    #[test]
    fn every_variable_is_escaped() {
        let evil = r#"<img src=x onerror="alert(1)"> & 'Co'"#;
        let t = tenant(
            evil,
            BrandingSettings {
                primary_color: Some("red;background:url(https://x.example)".into()),
                helpdesk_url: Some("javascript:alert(1)".into()),
                ..Default::default()
            },
        );
        let e = code_email(&t, "en-US");
        let h = &e.html.html;
        assert!(!h.contains("<img src=x"), "{h}");
        assert!(
            h.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Co&#39;"),
            "{h}"
        );
        assert!(!h.contains("x.example") && !h.contains("javascript:"), "{h}");
        assert!(h.contains("#0f6cbd"), "a bad color falls back to the default: {h}");
        assert!(e.html.logo.is_none() && !h.contains("cid:"), "no logo configured: {h}");
    }

    #[test]
    fn no_text_bypasses_fluent() {
        // In the pseudo-locale every letter that came through Fluent is accented: whatever plain
        // ASCII letters remain, once the variables are taken out, were written in code.
        let t = tenant("Contoso", branded());
        let e = code_email(&t, latchkey_i18n::PSEUDO_LOCALE);
        let visible = text_nodes(&e.html.html)
            .replace("Contoso", "")
            .replace("492817", "")
            .replace("&amp;", "");
        assert!(!visible.chars().any(|c| c.is_ascii_alphabetic()), "{visible}");
        let text = e
            .text
            .replace("Contoso", "")
            .replace("https://help.contoso.com/?a=1&b=2", "");
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    }

    #[test]
    fn svg_logos_and_rtl() {
        let mut b = branded();
        b.logo_data_url = Some("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=".into());
        let e = code_email(&tenant("Contoso", b), "en-US");
        assert!(e.html.logo.is_none(), "SVG is not shown by many mail programs");
        assert!(e.html.html.contains(">Contoso</p>"), "the organization's name instead");
        assert!(latchkey_i18n::is_rtl("ar") && latchkey_i18n::is_rtl("he-IL") && !latchkey_i18n::is_rtl("de"));
    }
}
