//! Branding safety: a tenant's colors made readable (WCAG 2.2 AA, 4.5:1 for text) and its logo
//! accepted only as a raster image or an SVG without active or external content.
//!
//! Nothing here fails a start: a color that reads badly is adjusted, a logo that is not safe is
//! refused, and the caller falls back to the default look for it and tells the admin why.

/// WCAG AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 256 * 1024;

/// `#rgb` or `#rrggbb` as red, green, blue.
pub fn parse_hex(color: &str) -> Option<[u8; 3]> {
    let hex = color.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let expanded: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let byte = |i: usize| u8::from_str_radix(&expanded[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn to_hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let s = f64::from(c) / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// The WCAG 2 contrast ratio of two colors, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A color moved toward black (on a light background) or white (on a dark one), in small steps,
/// until it reaches [`MIN_CONTRAST`] against `background`; the hue stays recognizable.
fn readable_on(color: [u8; 3], background: [u8; 3]) -> [u8; 3] {
    let target: f64 = if luminance(background) > 0.18 { 0.0 } else { 255.0 };
    for step in 0..=50 {
        let t = f64::from(step) / 50.0;
        let mixed = color.map(|c| (f64::from(c) + (target - f64::from(c)) * t).round() as u8);
        if contrast(mixed, background) >= MIN_CONTRAST {
            return mixed;
        }
    }
    [target as u8; 3]
}

/// Why a branding value was changed or dropped, for the admin's log.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandingWarning {
    pub key: &'static str,
    pub detail: String,
}

/// A tenant's three colors, made readable.
#[derive(Debug, Clone, PartialEq)]
pub struct Colors {
    pub primary: String,
    pub background: String,
    pub text: String,
}

/// Adjusts `colors` so that the text and the primary color (links, focus, headings) read at
/// 4.5:1 on the background; button labels on the primary color are black or white, whichever
/// reads better, which always reaches 4.5:1. A color that is not `#rgb`/`#rrggbb` falls back to
/// `defaults`'. Each change is reported.
pub fn readable_colors(colors: &Colors, defaults: &Colors) -> (Colors, Vec<BrandingWarning>) {
    let mut warnings = Vec::new();
    let mut pick = |key: &'static str, value: &str, default: &str| match parse_hex(value) {
        Some(rgb) => rgb,
        None => {
            warnings.push(BrandingWarning {
                key,
                detail: format!("\"{value}\" is not a #rrggbb color; the default {default} is used"),
            });
            parse_hex(default).unwrap_or([0, 0, 0])
        }
    };
    let background = pick("background_color", &colors.background, &defaults.background);
    let text = pick("text_color", &colors.text, &defaults.text);
    let primary = pick("primary_color", &colors.primary, &defaults.primary);
    let mut readable = |key: &'static str, color: [u8; 3]| {
        let ratio = contrast(color, background);
        if ratio >= MIN_CONTRAST {
            return color;
        }
        let adjusted = readable_on(color, background);
        warnings.push(BrandingWarning {
            key,
            detail: format!(
                "{} on {} has a contrast of {ratio:.2}:1, under 4.5:1; {} is used instead",
                to_hex(color),
                to_hex(background),
                to_hex(adjusted)
            ),
        });
        adjusted
    };
    let text = readable("text_color", text);
    let primary = readable("primary_color", primary);
    (
        Colors {
            primary: to_hex(primary),
            background: to_hex(background),
            text: to_hex(text),
        },
        warnings,
    )
}

/// What a logo is, once accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    Png,
    Jpeg,
    Webp,
    Gif,
    Svg,
}

impl LogoKind {
    pub fn content_type(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
            LogoKind::Webp => "image/webp",
            LogoKind::Gif => "image/gif",
            LogoKind::Svg => "image/svg+xml",
        }
    }
}

/// Why a logo was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LogoProblem {
    #[error("it is {0} bytes, more than 256 KiB")]
    TooLarge(usize),
    #[error("it is not a PNG, JPEG, WebP, GIF or SVG image")]
    UnknownFormat,
    #[error("the SVG is not UTF-8 text")]
    SvgNotText,
    #[error("the SVG contains {0}, which could run code or load something from elsewhere")]
    SvgUnsafe(String),
}

/// Accepts a logo by its content (not its file name): a raster image by its signature, or an SVG
/// without scripts, event handlers, embedded HTML, entity declarations or references to
/// anything outside the file. Unsafe SVGs are refused rather than cleaned: a cleaned drawing
/// might not look like the logo anymore, and the default look is the honest fallback.
pub fn check_logo(bytes: &[u8]) -> Result<LogoKind, LogoProblem> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(LogoProblem::TooLarge(bytes.len()));
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(LogoKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(LogoKind::Jpeg);
    }
    if bytes.len() > 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Ok(LogoKind::Webp);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Ok(LogoKind::Gif);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LogoProblem::SvgNotText)?;
    let lower = text.to_ascii_lowercase();
    if !lower.contains("<svg") {
        return Err(LogoProblem::UnknownFormat);
    }
    check_svg(&lower)?;
    Ok(LogoKind::Svg)
}

fn check_svg(lower: &str) -> Result<(), LogoProblem> {
    let unsafe_ = |what: &str| Err(LogoProblem::SvgUnsafe(what.to_string()));
    for (needle, what) in [
        ("<script", "a <script> element"),
        ("<foreignobject", "a <foreignObject> element"),
        ("<iframe", "an <iframe> element"),
        ("<embed", "an <embed> element"),
        ("<object", "an <object> element"),
        ("<!entity", "an entity declaration"),
        ("<!doctype", "a document type declaration"),
        ("javascript:", "a javascript: address"),
        ("@import", "a style sheet import"),
        ("<animate", "an animation"),
        ("<set", "a <set> element"),
    ] {
        if lower.contains(needle) {
            return unsafe_(what);
        }
    }
    // Event handlers: an attribute name starting with "on" (onload, onclick, ...).
    let bytes = lower.as_bytes();
    for (i, w) in bytes.windows(3).enumerate() {
        if w[0].is_ascii_whitespace() && &w[1..3] == b"on" {
            let name: String = lower[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
                .collect();
            let after = lower[i + 1 + name.len()..].trim_start();
            if name.len() > 2 && after.starts_with('=') {
                return unsafe_(&format!("an event handler ({name})"));
            }
        }
    }
    // References: href / xlink:href and url(...) may only point inside the file.
    for marker in ["href", "url("] {
        let mut rest = lower;
        while let Some(at) = rest.find(marker) {
            let after = rest[at + marker.len()..].trim_start();
            let after = after.strip_prefix('=').map(str::trim_start).unwrap_or(after);
            let value = after.trim_start_matches(['"', '\'']).trim_start();
            if !value.starts_with('#') {
                return unsafe_(&format!("a reference to something outside the file ({marker})"));
            }
            rest = &rest[at + marker.len()..];
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colors(primary: &str, background: &str, text: &str) -> Colors {
        Colors {
            primary: primary.into(),
            background: background.into(),
            text: text.into(),
        }
    }

    fn defaults() -> Colors {
        colors("#0f6cbd", "#ffffff", "#242424")
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
    }

    #[test]
    fn readable_colors_stay_and_faint_ones_are_adjusted() {
        let (c, w) = readable_colors(&defaults(), &defaults());
        assert_eq!(c, defaults());
        assert!(w.is_empty());

        let (c, w) = readable_colors(&colors("#ffd700", "#ffffff", "#cccccc"), &defaults());
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w.iter()
                .any(|w| w.key == "primary_color" && w.detail.contains("under 4.5:1"))
        );
        for fg in [&c.primary, &c.text] {
            assert!(
                contrast(parse_hex(fg).unwrap(), parse_hex(&c.background).unwrap()) >= MIN_CONTRAST,
                "{fg}"
            );
        }
        // Dark background: light text is kept, a dark primary is lightened.
        let (c, w) = readable_colors(&colors("#000080", "#101010", "#f0f0f0"), &defaults());
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(contrast(parse_hex(&c.primary).unwrap(), [0x10; 3]) >= MIN_CONTRAST);

        let (c, w) = readable_colors(&colors("red", "#fff", "#000"), &defaults());
        assert_eq!(c.primary, "#0f6cbd");
        assert_eq!(w[0].key, "primary_color");
    }

    #[test]
    fn raster_logos_by_signature() {
        assert_eq!(check_logo(b"\x89PNG\r\n\x1a\n...."), Ok(LogoKind::Png));
        assert_eq!(check_logo(&[0xFF, 0xD8, 0xFF, 0xE0]), Ok(LogoKind::Jpeg));
        assert_eq!(check_logo(b"RIFF\0\0\0\0WEBPVP8 "), Ok(LogoKind::Webp));
        assert_eq!(check_logo(b"hello"), Err(LogoProblem::UnknownFormat));
        assert_eq!(
            check_logo(&vec![0u8; MAX_LOGO_BYTES + 1]),
            Err(LogoProblem::TooLarge(MAX_LOGO_BYTES + 1))
        );
    }

    #[test]
    fn svg_without_active_or_external_content_only() {
        let ok = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/></svg>"##;
        assert_eq!(check_logo(ok.as_bytes()), Ok(LogoKind::Svg));
        for bad in [
            r#"<svg><script>alert(1)</script></svg>"#,
            r#"<svg onload="alert(1)"></svg>"#,
            r#"<svg><rect ONCLICK = "x"/></svg>"#,
            r#"<svg><image href="https://evil.example/t.png"/></svg>"#,
            r#"<svg><image xlink:href='http://evil.example/t.png'/></svg>"#,
            r#"<svg><rect style="fill:url(https://evil.example/x)"/></svg>"#,
            r#"<svg><foreignObject><div/></foreignObject></svg>"#,
            r#"<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>"#,
            r#"<svg><a href="javascript:alert(1)">x</a></svg>"#,
        ] {
            assert!(
                matches!(check_logo(bad.as_bytes()), Err(LogoProblem::SvgUnsafe(_))),
                "{bad}"
            );
        }
    }
}
