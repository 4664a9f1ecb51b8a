//! Fluent bundles that write numbers the way a reader of their locale expects.
//!
//! fluent-bundle selects plural variants by CLDR rules but writes every number in
//! English notation (`1.8968`); korpu's bundles install a formatter that writes them
//! in the bundle's locale (`1,8968` in az and ru) with the fraction digits given.

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use crate::locale::Locale;
use crate::model::{Label, LabelFormat};

/// The bundle's locale, kept in its memoizer so that the number formatter (a plain
/// function) can find it.
struct BundleLocale(Option<Locale>);

impl Memoizable for BundleLocale {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleLocale(Locale::parse(&lang.to_string()).ok()))
    }
}

fn format_number_value(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if !n.value.is_finite() {
        return None;
    }
    let digits = n.options.minimum_fraction_digits.unwrap_or(0);
    let mut canonical = n.value.to_string();
    let have = canonical.split_once('.').map_or(0, |(_, f)| f.len());
    if have < digits {
        if have == 0 {
            canonical.push('.');
        }
        canonical.push_str(&"0".repeat(digits - have));
    }
    memoizer
        .with_try_get::<BundleLocale, _, _>((), |l| {
            l.0.as_ref()
                .map(|locale| crate::text::format_number(&canonical, locale))
        })
        .ok()
        .flatten()
}

/// A bundle for `lang` holding the Fluent labels given, in order; when two define
/// the same id, the later one wins. Returns the bundle and a message per label that
/// could not be added.
pub fn locale_bundle<'a>(
    lang: &Locale,
    labels: impl IntoIterator<Item = &'a Label>,
) -> (FluentBundle<FluentResource>, Vec<String>) {
    let mut bundle = FluentBundle::new(vec![lang.id().clone()]);
    // These locales are written left to right; isolation marks would only be noise.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number_value));
    let mut problems = Vec::new();
    if let Err(e) = bundle.add_builtins() {
        problems.push(format!("{e:?}"));
    }
    for label in labels {
        if label.format != LabelFormat::Ftl {
            continue;
        }
        match FluentResource::try_new(label.source.clone()) {
            Ok(res) => bundle.add_resource_overriding(res),
            Err(_) => problems.push(format!(
                "{}: label \"{}\" does not parse",
                label.resource, label.id
            )),
        }
    }
    (bundle, problems)
}

/// A message as shown to a reader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Formatted {
    /// The text.
    pub text: String,
    /// The locale it was taken from (the fallback's when the asked one lacks it).
    pub lang: String,
    /// Whether the text came from the fallback locale.
    pub fallback: bool,
    /// What went wrong while formatting (a missing variable, an unknown term); the
    /// text shows such places as Fluent does (`{$name}`).
    pub problems: Vec<String>,
}

/// Why a message cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Neither the locale nor its fallback has the message.
    #[error("no message \"{id}\" in {lang}{}", .fallback.as_ref().map(|f| format!(" or {f}")).unwrap_or_default())]
    Unknown {
        /// The id asked for.
        id: String,
        /// The locale asked for.
        lang: String,
        /// The fallback locale, if there was one.
        fallback: Option<String>,
    },
    /// The message exists but has no such attribute, or no value.
    #[error("message \"{id}\" has no {what}")]
    NoPart {
        /// The id.
        id: String,
        /// `value` or `attribute "name"`.
        what: String,
    },
}

/// Formats message `id` (or its `attribute`) for a reader of `lang`: from `labels`
/// (that locale's labels, the message's own resource last so that it wins), else
/// from `fallback` (the reference locale and its labels). Arguments that read as
/// numbers in the locale's notation (`1,5` in az, `1.5` in en) are numbers, so
/// plural variants select on them.
pub fn format_message(
    id: &str,
    attribute: Option<&str>,
    args: &[(String, String)],
    lang: (&Locale, &[&Label]),
    fallback: Option<(&Locale, &[&Label])>,
) -> Result<Formatted, FormatError> {
    let candidates = std::iter::once((lang, false)).chain(fallback.map(|f| (f, true)));
    for ((locale, labels), is_fallback) in candidates {
        let (bundle, mut problems) = locale_bundle(locale, labels.iter().copied());
        let (pattern, kind) = if let Some(term_id) = id.strip_prefix('-') {
            // A term cannot be formatted directly; show it through a message that
            // references it.
            let Ok(res) = FluentResource::try_new(format!("korpu-term-probe = {{ -{term_id} }}\n"))
            else {
                continue;
            };
            let mut probe = FluentBundle::new(vec![locale.id().clone()]);
            probe.set_use_isolating(false);
            probe.set_formatter(Some(format_number_value));
            for label in labels.iter().filter(|l| l.id == id) {
                if let Ok(r) = FluentResource::try_new(label.source.clone()) {
                    probe.add_resource_overriding(r);
                }
            }
            if labels.iter().all(|l| l.id != id) {
                continue;
            }
            probe.add_resource_overriding(res);
            let Some(msg) = probe.get_message("korpu-term-probe") else {
                continue;
            };
            let Some(value) = msg.value() else { continue };
            let mut errors = Vec::new();
            let text = probe.format_pattern(value, None, &mut errors).into_owned();
            problems.extend(errors.iter().map(|e| e.to_string()));
            return Ok(Formatted {
                text,
                lang: locale.tag().to_string(),
                fallback: is_fallback,
                problems,
            });
        } else {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            match attribute {
                Some(a) => (
                    msg.get_attribute(a).map(|x| x.value()),
                    format!("attribute \"{a}\""),
                ),
                None => (msg.value(), "value".to_string()),
            }
        };
        let Some(pattern) = pattern else {
            return Err(FormatError::NoPart {
                id: id.to_string(),
                what: kind,
            });
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let v = match crate::text::parse_number(value, locale) {
                Some(canonical) => match canonical.parse::<fluent::types::FluentNumber>() {
                    Ok(n) => FluentValue::Number(n),
                    Err(_) => FluentValue::from(value.clone()),
                },
                None => FluentValue::from(value.clone()),
            };
            fluent_args.set(name.clone(), v);
        }
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        problems.extend(errors.iter().map(|e| e.to_string()));
        return Ok(Formatted {
            text,
            lang: locale.tag().to_string(),
            fallback: is_fallback,
            problems,
        });
    }
    Err(FormatError::Unknown {
        id: id.to_string(),
        lang: lang.0.tag().to_string(),
        fallback: fallback.map(|f| f.0.tag().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(lang: &str, source: &str) -> Label {
        let id = source.split(" =").next().unwrap_or_default().to_string();
        Label {
            resource: "test.ftl".into(),
            id,
            lang: lang.into(),
            format: LabelFormat::Ftl,
            source: source.into(),
            author: "t".into(),
            updated: "2026-01-01T00:00:00Z".into(),
        }
    }

    fn show(lang: &str, labels: &[Label], id: &str, args: &[(&str, &str)]) -> String {
        let locale = Locale::parse(lang).expect("locale");
        let refs: Vec<&Label> = labels.iter().collect();
        let args: Vec<(String, String)> = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        format_message(id, None, &args, (&locale, &refs), None)
            .expect("formats")
            .text
    }

    #[test]
    fn numbers_are_written_in_the_locale_and_select_plural_variants() {
        let ru = [label(
            "ru",
            "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n    [many] { $n } файлов\n   *[other] { $n } файла\n}\n",
        )];
        assert_eq!(show("ru", &ru, "files", &[("n", "1")]), "1 файл");
        assert_eq!(show("ru", &ru, "files", &[("n", "3")]), "3 файла");
        assert_eq!(show("ru", &ru, "files", &[("n", "5")]), "5 файлов");
        assert_eq!(show("ru", &ru, "files", &[("n", "21")]), "21 файл");
        assert_eq!(show("ru", &ru, "files", &[("n", "1,5")]), "1,5 файла");
        assert_eq!(
            show("ru", &ru, "files", &[("n", "12345")]),
            "12\u{a0}345 файлов"
        );
        let az = [label("az", "rate = Məzənnə: { $r }\n")];
        assert_eq!(
            show("az", &az, "rate", &[("r", "1,8968")]),
            "Məzənnə: 1,8968"
        );
        let en = [label("en", "rate = Rate: { $r }\n")];
        assert_eq!(show("en", &en, "rate", &[("r", "1.8968")]), "Rate: 1.8968");
        assert_eq!(show("en", &en, "rate", &[("r", "1.70")]), "Rate: 1.70");
    }

    #[test]
    fn terms_from_other_labels_resolve_and_the_fallback_is_marked() {
        let en = [
            label("en", "-brand = Körpü\n"),
            label("en", "welcome = Welcome to { -brand }\n"),
        ];
        let az = [label("az", "-brand = Körpü\n")];
        let (e, a) = (
            Locale::parse("en").expect("en"),
            Locale::parse("az").expect("az"),
        );
        let en_refs: Vec<&Label> = en.iter().collect();
        let az_refs: Vec<&Label> = az.iter().collect();
        let f = format_message("welcome", None, &[], (&a, &az_refs), Some((&e, &en_refs)))
            .expect("falls back");
        assert!(f.fallback);
        assert_eq!(f.text, "Welcome to Körpü");
        let t = format_message("-brand", None, &[], (&a, &az_refs), None).expect("term");
        assert_eq!(t.text, "Körpü");
        assert!(matches!(
            format_message("nope", None, &[], (&a, &az_refs), None),
            Err(FormatError::Unknown { .. })
        ));
    }
}
