use std::collections::BTreeSet;

use super::*;
use crate::locale::Locale;
use crate::model::{
    Article, ArticleInfo, Label, LabelFormat, Origin, Segment, Status, Translation,
};
use crate::segment::{BlockKind, DocFormat};

fn label(lang: &str, format: LabelFormat, id: &str, source: &str) -> LabelInput {
    LabelInput {
        label: Label {
            resource: match format {
                LabelFormat::Ftl => "app.ftl",
                LabelFormat::Po => "django.po",
                LabelFormat::Json => "app.json",
            }
            .to_string(),
            id: id.to_string(),
            lang: lang.to_string(),
            format,
            source: source.to_string(),
            author: "test".into(),
            updated: "2026-01-01T00:00:00Z".into(),
        },
        pos: None,
    }
}

fn ftl(lang: &str, source: &str) -> LabelInput {
    let id = source
        .lines()
        .find(|l| !l.starts_with('#'))
        .and_then(|l| l.split('=').next())
        .map(str::trim)
        .expect("an entry")
        .to_string();
    label(lang, LabelFormat::Ftl, &id, source)
}

fn check(labels: Vec<LabelInput>) -> Report {
    Report::from_findings(check_labels(&LabelSet {
        labels,
        reference: "en-US".into(),
        complete: true,
        ..LabelSet::default()
    }))
}

fn kinds(list: &[Finding]) -> Vec<(Kind, String)> {
    list.iter()
        .map(|f| {
            (
                f.kind,
                format!(
                    "{}{}",
                    f.location.id.clone().unwrap_or_default(),
                    f.location
                        .attribute
                        .as_ref()
                        .map(|a| format!(".{a}"))
                        .unwrap_or_default()
                ),
            )
        })
        .collect()
}

#[test]
fn a_variable_the_reference_lacks_is_an_error_and_one_it_has_is_fine() {
    let r = check(vec![
        ftl(
            "en-US",
            "tabs = Close { $count } tabs\n    .title = Tabs of { $window }\n",
        ),
        ftl(
            "az",
            "tabs = { $count } vərəqi { $name } bağla\n    .title = Vərəqlər\n",
        ),
    ]);
    assert_eq!(kinds(&r.errors), [(Kind::VariableAdded, "tabs".into())]);
    assert!(
        r.errors[0].message.contains("$name"),
        "{}",
        r.errors[0].message
    );
    assert_eq!(
        kinds(&r.warnings),
        [(Kind::VariableMissing, "tabs.title".into())]
    );
}

#[test]
fn variables_of_referenced_messages_count_and_term_parameters_do_not() {
    let r = check(vec![
        ftl("en-US", "-brand = Körpü\n"),
        ftl("en-US", "inner = from { $site }\n"),
        ftl("en-US", "outer = Saved { inner } with { NUMBER($n) }\n"),
        ftl(
            "ru",
            "-brand = { $case ->\n   *[nom] Кёрпю\n    [gen] Кёрпю\n}\n",
        ),
        ftl("ru", "inner = с { $site }\n"),
        ftl(
            "ru",
            "outer = { -brand(case: \"gen\") }: сохранено { $n } с { $site }\n",
        ),
    ]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
}

#[test]
fn terms_defined_nowhere_are_errors_and_those_of_the_reference_warnings() {
    let r = check(vec![
        ftl("en-US", "-brand = Körpü\n"),
        ftl("en-US", "hello = Hello from { -brand }\n"),
        ftl("az", "hello = { -brand } və { -missing } salam\n"),
    ]);
    assert_eq!(kinds(&r.errors), [(Kind::UnknownTerm, "hello".into())]);
    assert!(r.errors[0].message.contains("-missing"));
    assert!(kinds(&r.warnings).contains(&(Kind::TermFallback, "hello".into())));
    // Among files only, a term may live in a file not given: a warning.
    let findings = check_labels(&LabelSet {
        labels: vec![ftl("az", "hello = { -missing }\n")],
        reference: "en-US".into(),
        complete: false,
        ..LabelSet::default()
    });
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn missing_plural_categories_are_named() {
    let en = "tabs = { $n ->\n    [one] One tab\n   *[other] { $n } tabs\n}\n";
    let r = check(vec![
        ftl("en-US", en),
        ftl(
            "ru",
            "tabs = { $n ->\n    [one] { $n } вкладка\n   *[other] { $n } вкладок\n}\n",
        ),
        ftl("az", "tabs = { $n } vərəq\n"),
    ]);
    assert_eq!(kinds(&r.errors), [(Kind::PluralMissing, "tabs".into())]);
    let m = &r.errors[0].message;
    assert!(
        m.contains("[few] and [many]") && m.contains("one, few, many, other"),
        "{m}"
    );
    assert_eq!(r.errors[0].location.lang.as_deref(), Some("ru"));
    // ru without any select on the number the reference selects on.
    let r = check(vec![ftl("en-US", en), ftl("ru", "tabs = { $n } вкладок\n")]);
    assert_eq!(kinds(&r.errors), [(Kind::PluralMissing, "tabs".into())]);
}

#[test]
fn lost_and_added_tags_attributes_and_identical_values_are_found() {
    let r = check(vec![
        ftl(
            "en-US",
            "link = Read <a data-l10n-name=\"more\">more</a>\n    .title = Link\n    .accesskey = L\n",
        ),
        ftl("az", "link = Ətraflı oxu <b>burada</b>\n    .accesskey = L\n"),
        ftl("en-US", "save = Save the page\n"),
        ftl("az", "save = Save the page\n"),
        ftl("az", "gone = Köhnə\n"),
    ]);
    assert_eq!(
        kinds(&r.errors),
        [
            (Kind::PlaceholderMissing, "link".into()),
            (Kind::PlaceholderAdded, "link".into()),
            (Kind::AttributeMissing, "link.title".into()),
        ]
    );
    let w = kinds(&r.warnings);
    assert!(w.contains(&(Kind::Identical, "save".into())), "{w:?}");
    assert!(w.contains(&(Kind::Obsolete, "gone".into())), "{w:?}");
    // `.accesskey = L` is the same letter on purpose: no warning.
    assert!(!w.iter().any(|(_, id)| id == "link.accesskey"), "{w:?}");
}

#[test]
fn untranslated_labels_are_counted_per_resource() {
    let r = check(vec![
        ftl("en-US", "a = A thing\n"),
        ftl("en-US", "b = Another thing\n"),
        ftl("en-US", "c = A third thing\n"),
        ftl("az", "a = Bir şey\n"),
    ]);
    assert!(r.errors.is_empty());
    assert_eq!(r.warnings.len(), 1);
    let w = &r.warnings[0];
    assert_eq!(w.kind, Kind::Untranslated);
    assert_eq!(w.message, "2 of 3 labels untranslated in az: \"b\", \"c\"");
}

#[test]
fn gettext_placeholders_and_plural_forms() {
    let po = |id: &str, body: &str| label("ru", LabelFormat::Po, id, body);
    let mut set = LabelSet {
        labels: vec![
            po(
                "%(name)s was saved",
                "msgid \"%(name)s was saved\"\nmsgstr \"%(title)s сохранён\"\n",
            ),
            po(
                "%(n)s file",
                "msgid \"%(n)s file\"\nmsgid_plural \"%(n)s files\"\nmsgstr[0] \"%(n)s файл\"\nmsgstr[1] \"%(n)s файла\"\n",
            ),
            po(
                "one minute",
                "msgid \"one minute\"\nmsgid_plural \"%d minutes\"\nmsgstr[0] \"минута\"\nmsgstr[1] \"%d минуты\"\nmsgstr[2] \"%d минут\"\n",
            ),
            po("Empty", "msgid \"Empty\"\nmsgstr \"\"\n"),
        ],
        reference: "en".into(),
        complete: true,
        ..LabelSet::default()
    };
    set.po_nplurals.insert(("django.po".into(), "ru".into()), 3);
    let r = Report::from_findings(check_labels(&set));
    assert_eq!(
        kinds(&r.errors),
        [
            (Kind::PluralMissing, "%(n)s file".into()),
            (Kind::PlaceholderMissing, "%(name)s was saved".into()),
            (Kind::PlaceholderAdded, "%(name)s was saved".into()),
        ]
    );
    assert_eq!(kinds(&r.warnings), [(Kind::Untranslated, String::new())]);
    assert!(r.warnings[0].message.starts_with("1 of 4 labels"));
}

#[test]
fn json_strings_keep_their_placeholders() {
    let r = check(vec![
        label(
            "en-US",
            LabelFormat::Json,
            "greet",
            "Hello {name}, you have %d new",
        ),
        label("az", LabelFormat::Json, "greet", "Salam {ad}, %d yeni"),
    ]);
    assert_eq!(
        kinds(&r.errors),
        [
            (Kind::PlaceholderMissing, "greet".into()),
            (Kind::PlaceholderAdded, "greet".into()),
        ]
    );
}

#[test]
fn only_the_locales_asked_for_are_checked() {
    let set = LabelSet {
        labels: vec![
            ftl("en-US", "m = Hi\n"),
            ftl("az", "m = Salam { $x }\n"),
            ftl("ru", "m = Привет { $y }\n"),
        ],
        reference: "en-US".into(),
        targets: Some(BTreeSet::from(["ru".to_string()])),
        complete: true,
        ..LabelSet::default()
    };
    let r = Report::from_findings(check_labels(&set));
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].location.lang.as_deref(), Some("ru"));
}

fn article(source: &[&str], lang: &str, translations: &[(&str, Status)]) -> Article {
    let segments = source
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut tr = std::collections::BTreeMap::new();
            if let Some((t, status)) = translations.get(i) {
                if !t.is_empty() {
                    tr.insert(
                        lang.to_string(),
                        Translation {
                            text: t.to_string(),
                            status: *status,
                            revision: 1,
                            author: "t".into(),
                            time: "2026-01-01T00:00:00Z".into(),
                            origin: Origin::Human,
                        },
                    );
                }
            }
            Segment {
                id: i as u64,
                start: 0,
                end: 0,
                paragraph: 1,
                kind: BlockKind::Paragraph,
                text: text.to_string(),
                translations: tr,
            }
        })
        .collect();
    Article {
        info: ArticleInfo {
            id: "rates".into(),
            title: "Rates".into(),
            lang: Locale::parse("en").expect("en"),
            format: DocFormat::Text,
            segments: source.len(),
            created: String::new(),
            updated: String::new(),
        },
        source: String::new(),
        segments,
    }
}

#[test]
fn segment_numbers_compare_by_value_and_placeables_by_content() {
    let a = article(
        &[
            "The euro rose to 1.8968 manat.",
            "The dollar fell to 1.7000 manat.",
            "See <b>the table</b> at https://cbar.az for 1,234 rates.",
            "Kaspi reports.",
            "Nothing here yet.",
            "Draft only.",
        ],
        "az",
        &[
            ("Avro 1,8968 manata yüksəlib.", Status::Translated),
            ("Dollar 1,7 manata düşüb.", Status::Reviewed),
            (
                "Cədvələ https://cbar.az saytında baxın: 1.234 məzənnə.",
                Status::Draft,
            ),
            ("Kaspi reports.", Status::Translated),
            ("", Status::New),
            ("Draft only.", Status::New),
        ],
    );
    let az = Locale::parse("az").expect("az");
    let r = Report::from_findings(check_article(&a, &[az]));
    let got: Vec<(Kind, Option<usize>)> = r
        .errors
        .iter()
        .map(|f| (f.kind, f.location.segment))
        .collect();
    assert_eq!(
        got,
        [
            (Kind::NumberMismatch, Some(2)),
            (Kind::PlaceholderMissing, Some(3)),
        ]
    );
    assert!(
        r.errors[0].message.contains("\"1.7000\""),
        "{}",
        r.errors[0].message
    );
    assert!(
        r.errors[1].message.contains("\"<b>\" and \"</b>\""),
        "{}",
        r.errors[1].message
    );
    // "Kaspi reports." is prose: a warning. Segments 5 and 6 are summarised.
    let w: Vec<(Kind, Option<usize>)> = r
        .warnings
        .iter()
        .map(|f| (f.kind, f.location.segment))
        .collect();
    assert_eq!(w, [(Kind::Untranslated, None), (Kind::Identical, Some(4))]);
    assert_eq!(
        r.warnings[0].message,
        "2 of 6 segments untranslated in az: 5-6"
    );
}

#[test]
fn the_report_serialises_with_locations_flattened() {
    let r = Report::from_findings([Finding::error(
        Kind::NumberMismatch,
        Location {
            article: Some("rates".into()),
            segment: Some(2),
            lang: Some("az".into()),
            ..Location::default()
        },
        "numbers differ",
    )]);
    let v = serde_json::to_value(&r).expect("json");
    assert_eq!(
        v,
        serde_json::json!({
            "errors": [{"kind": "number-mismatch", "article": "rates", "segment": 2, "lang": "az", "message": "numbers differ"}],
            "warnings": []
        })
    );
}
