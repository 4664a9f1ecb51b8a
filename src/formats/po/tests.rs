//! Tests of the PO reader, writer and unit conversion, on fixtures written for korpu
//! (`tests/fixtures/po/`) and on Django's az and ru catalogs (shared data).

use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;

use crate::formats::testing::{self, Edit};

use super::*;
use crate::formats::Severity;
use crate::locale::Locale;
use crate::model::TmUnit;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/po")
}

fn fixture(name: &str) -> String {
    let path = fixtures().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn locale(tag: &str) -> Locale {
    Locale::parse(tag).expect("valid tag")
}

/// A Django catalog from the shared data, or `None` (with a message) where it is absent.
fn django(lang: &str) -> Option<String> {
    let base = std::env::var_os("KORPU_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = base.join(format!(
        "po/Django-6.1.3/django/conf/locale/{lang}/LC_MESSAGES/django.po"
    ));
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!(
                "skipped: {} is absent (set KORPU_SHARED_DATA)",
                path.display()
            );
            None
        }
    }
}

/// Runs `msgfmt -c` on `text`: `None` (with a message) when msgfmt is not installed.
fn msgfmt_check(text: &str) -> Option<Result<(), String>> {
    if Command::new("msgfmt").arg("--version").output().is_err() {
        eprintln!("skipped: msgfmt is not on PATH (apt-get install gettext)");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("catalog.po");
    std::fs::write(&path, text).expect("write temp catalog");
    let out = Command::new("msgfmt")
        .args(["-c", "-o", "/dev/null"])
        .arg(&path)
        .output()
        .expect("run msgfmt");
    Some(if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    })
}

fn errors(diags: &[crate::formats::Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.display_in("input"))
        .collect()
}

#[test]
fn newsroom_catalog_reads_every_feature() {
    let (cat, diags) = parse_po(&fixture("newsroom.az.po"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(cat.header.language(), Some("az"));
    assert_eq!(cat.header.line, 4);
    assert_eq!(cat.header.get("report-msgid-bugs-to"), Some(""));
    assert_eq!(cat.header.translator_comments.len(), 3);
    assert_eq!(cat.header.plural_forms().map(|f| f.nplurals), Some(2));
    assert_eq!(cat.entries.len(), 12);

    let rates = &cat.entries[0];
    assert_eq!(
        rates.extracted_comments,
        ["The heading above the central bank's table."]
    );
    assert_eq!(rates.references, ["templates/rates.html:12"]);
    assert_eq!(rates.line, 20);

    let more = &cat.entries[1];
    assert_eq!(
        more.translator_comments,
        ["Keep the brand name in Latin letters."]
    );
    assert_eq!(more.references.len(), 2);
    assert_eq!(more.flags, ["python-format"]);

    let plural = &cat.entries[2];
    assert_eq!(plural.msgid_plural.as_deref(), Some("%(count)d articles"));
    assert_eq!(plural.msgstr.len(), 2);

    assert_eq!(cat.entries[3].key(), "month name\u{4}May");
    assert_eq!(cat.entries[4].msgstr, ["Bilər"]);
    assert_eq!(
        cat.entries[5].msgid,
        "Rates are set by the Central Bank of Azerbaijan.\nSource: \"cbar.az\"\n"
    );
    assert_eq!(
        cat.entries[6].msgid,
        "Tab\there, backslash \\ and bell \u{7}"
    );
    assert_eq!(cat.entries[7].msgid, "Octal and hex: ö ü");

    let fuzzy = &cat.entries[8];
    assert!(fuzzy.is_fuzzy() && !fuzzy.is_translated());
    assert_eq!(fuzzy.previous, ["msgid \"Latest news\""]);
    assert!(!cat.entries[9].is_translated());
    assert!(cat.entries[10].obsolete && cat.entries[11].obsolete);
    assert_eq!(cat.entries[11].previous, ["msgid \"Old headline\""]);
    assert!(cat.entries[11].is_fuzzy());
}

#[test]
fn crlf_and_bom_read_like_plain_lines() {
    let text = fixture("newsroom.ru.po");
    assert!(text.starts_with('\u{feff}') && text.contains("\r\n"));
    let (cat, diags) = parse_po(&text);
    assert!(diags.is_empty(), "{diags:?}");
    let plain = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    assert_eq!(parse_po(&plain).0, cat);
    assert_eq!(cat.header.plural_forms().map(|f| f.nplurals), Some(3));
    assert_eq!(cat.entries[2].msgstr[2], "%(count)d статей");
    assert!(!cat.entries[0].msgstr[0].contains('\r'));
}

#[test]
fn written_catalog_keeps_the_layout() {
    let text = fixture("newsroom.az.po");
    let (cat, _) = parse_po(&text);
    // Only the escaped UTF-8 bytes come back as the characters they spell.
    let expected = text.replace(
        r#"msgid "Octal and hex: \303\266 \xc3\xbc""#,
        r#"msgid "Octal and hex: ö ü""#,
    );
    assert_eq!(write_po(&cat), expected);
}

#[test]
fn written_strings_use_standard_escapes() {
    let entry = PoEntry {
        msgid: "a\u{1}b\u{7f}\r\"\\\u{b}\u{c}\u{8}".to_string(),
        msgstr: vec!["line one\nline two\n".to_string()],
        ..PoEntry::default()
    };
    let cat = PoCatalog {
        entries: vec![entry],
        ..PoCatalog::default()
    };
    let text = write_po(&cat);
    assert_eq!(
        text,
        "msgid \"a\\001b\\177\\r\\\"\\\\\\v\\f\\b\"\nmsgstr \"\"\n\"line one\\n\"\n\"line two\\n\"\n"
    );
    assert_eq!(
        parse_po(&text).0,
        PoCatalog {
            entries: vec![PoEntry {
                line: 1,
                ..cat.entries[0].clone()
            }],
            ..cat
        }
    );
}

/// Each `invalid/NAME.po` comes with `NAME.expected`: one `LINE:COL: severity: text`
/// line per diagnostic, `text` being the start of the message.
#[test]
fn invalid_catalogs_report_line_and_column() {
    let dir = fixtures().join("invalid");
    let mut cases = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("invalid fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "po"))
        .collect();
    paths.sort();
    for path in paths {
        cases += 1;
        let text = std::fs::read_to_string(&path).expect("fixture");
        let expected =
            std::fs::read_to_string(path.with_extension("expected")).expect("expected file");
        let (_, diags) = parse_po(&text);
        let got: Vec<String> = diags.iter().map(|d| d.display_in("")).collect();
        let wanted: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got.len(), wanted.len(), "{}: {got:#?}", path.display());
        for (g, w) in got.iter().zip(&wanted) {
            assert!(
                g.starts_with(&format!(":{w}")),
                "{}: expected {w}, got {g}",
                path.display()
            );
        }
    }
    assert!(cases >= 7);
}

#[test]
fn django_catalogs_parse_cleanly() {
    for (lang, nplurals) in [("az", 2), ("ru", 4)] {
        let Some(text) = django(lang) else { return };
        let (cat, diags) = parse_po(&text);
        assert!(diags.is_empty(), "{lang}: {diags:?}");
        assert_eq!(cat.entries.len(), 353, "{lang}");
        assert_eq!(
            cat.entries
                .iter()
                .filter(|e| e.msgid_plural.is_some())
                .count(),
            15
        );
        assert_eq!(
            cat.entries.iter().filter(|e| e.msgctxt.is_some()).count(),
            29
        );
        assert_eq!(cat.header.language(), Some(lang));
        let forms = cat.header.plural_forms().expect("Plural-Forms");
        assert_eq!(forms.nplurals, nplurals);
        if lang == "ru" {
            let picks = [1, 2, 5, 11, 21, 22, 25, 111].map(|n| forms.index_for(n));
            assert_eq!(picks, [0, 1, 2, 2, 0, 1, 2, 2]);
        } else {
            assert_eq!([0, 1, 2, 5].map(|n| forms.index_for(n)), [1, 0, 1, 1]);
        }
    }
}

#[test]
fn django_catalogs_round_trip_and_pass_msgfmt() {
    for lang in ["az", "ru"] {
        let Some(text) = django(lang) else { return };
        let (cat, _) = parse_po(&text);
        let written = write_po(&cat);
        let (again, diags) = parse_po(&written);
        assert!(diags.is_empty(), "{lang}: {diags:?}");
        assert_eq!(
            again.header,
            PoHeader {
                line: again.header.line,
                ..cat.header.clone()
            }
        );
        let strip = |c: &PoCatalog| -> Vec<PoEntry> {
            c.entries
                .iter()
                .map(|e| PoEntry {
                    line: 0,
                    ..e.clone()
                })
                .collect()
        };
        assert_eq!(strip(&again), strip(&cat), "{lang}");
        assert_eq!(
            write_po(&again),
            written,
            "{lang}: writing is deterministic"
        );
        if let Some(result) = msgfmt_check(&written) {
            assert_eq!(result, Ok(()), "{lang}");
        }
    }
}

#[test]
fn fixture_written_back_passes_msgfmt() {
    let (cat, _) = parse_po(&fixture("newsroom.ru.po"));
    if let Some(result) = msgfmt_check(&write_po(&cat)) {
        assert_eq!(result, Ok(()));
    }
}

fn pairs(units: &[TmUnit], src: &str, tgt: &str) -> Vec<(String, String, String)> {
    units
        .iter()
        .map(|u| {
            (
                u.key.clone().unwrap_or_default(),
                u.variants[src].text.clone(),
                u.variants[tgt].text.clone(),
            )
        })
        .collect()
}

#[test]
fn units_from_a_catalog() {
    let (cat, _) = parse_po(&fixture("newsroom.az.po"));
    let (en, az) = (locale("en"), locale("az"));
    let (units, diags) = po_to_units(&cat, &en, &az, PoImport::default());
    assert!(diags.is_empty(), "{diags:?}");
    let p = pairs(&units, "en", "az");
    assert_eq!(p.len(), 9, "{p:#?}");
    assert_eq!(
        p[0],
        (
            "Exchange rates".to_string(),
            "Exchange rates".to_string(),
            "Valyuta məzənnələri".to_string()
        )
    );
    assert_eq!(p[2].0, "%(count)d article");
    assert_eq!(p[3].0, "%(count)d article\u{0}%(count)d articles");
    assert_eq!(p[3].1, "%(count)d articles");
    assert_eq!(p[4].0, "month name\u{4}May");
    let plural = &units[3];
    assert!(plural
        .props
        .contains(&("x-po-plural-form".to_string(), "other".to_string())));
    assert!(plural
        .props
        .contains(&("x-po-flag".to_string(), "python-format".to_string())));
    assert_eq!(units[1].notes, ["Keep the brand name in Latin letters."]);
    assert_eq!(
        units[1]
            .props
            .iter()
            .filter(|(k, _)| k == "x-po-reference")
            .count(),
        2
    );
    assert!(units.iter().all(|u| u.origin == "import"));

    let opts = PoImport {
        include_fuzzy: true,
    };
    let (with_fuzzy, _) = po_to_units(&cat, &en, &az, opts);
    assert_eq!(with_fuzzy.len(), 10);
    let fuzzy = &with_fuzzy[9];
    assert_eq!(fuzzy.variants["az"].text, "Son xəbərlər");
    assert!(fuzzy
        .props
        .contains(&("x-po-fuzzy".to_string(), "yes".to_string())));

    // A catalog read for the wrong language says so.
    let (_, diags) = po_to_units(&cat, &en, &locale("ru"), PoImport::default());
    assert_eq!(diags.len(), 1);
}

#[test]
fn russian_plural_units_take_the_forms_for_one_and_five() {
    let (cat, _) = parse_po(&fixture("newsroom.ru.po"));
    let (units, _) = po_to_units(&cat, &locale("en"), &locale("ru"), PoImport::default());
    let p = pairs(&units, "en", "ru");
    assert_eq!(p[2].2, "%(count)d статья");
    assert_eq!(p[3].2, "%(count)d статей");
}

#[test]
fn units_of_two_catalogs_share_keys() {
    let (az, _) = parse_po(&fixture("newsroom.az.po"));
    let (ru, _) = parse_po(&fixture("newsroom.ru.po"));
    let en = locale("en");
    let (az_units, _) = po_to_units(&az, &en, &locale("az"), PoImport::default());
    let (ru_units, _) = po_to_units(&ru, &en, &locale("ru"), PoImport::default());
    let ru_keys: Vec<_> = ru_units.iter().map(|u| u.key.clone()).collect();
    let shared = az_units.iter().filter(|u| ru_keys.contains(&u.key)).count();
    assert_eq!(shared, ru_units.len());
}

#[test]
fn django_units_count_and_keys() {
    let Some(text) = django("ru") else { return };
    let (cat, _) = parse_po(&text);
    let (units, diags) = po_to_units(&cat, &locale("en"), &locale("ru"), PoImport::default());
    assert!(diags.is_empty(), "{diags:?}");
    let translated_singular = cat
        .entries
        .iter()
        .filter(|e| e.msgid_plural.is_none() && e.is_translated())
        .count();
    let translated_plural = cat
        .entries
        .iter()
        .filter(|e| e.msgid_plural.is_some() && e.is_translated())
        .count();
    assert_eq!(units.len(), translated_singular + 2 * translated_plural);
    let mut keys: Vec<_> = units.iter().map(|u| u.key.clone()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), units.len(), "keys are unique");
}

#[test]
fn units_back_to_a_catalog() {
    let (cat, _) = parse_po(&fixture("newsroom.az.po"));
    let (en, az) = (locale("en"), locale("az"));
    let (units, _) = po_to_units(&cat, &en, &az, PoImport::default());
    let out = units_to_po(&units, &en, &az);
    assert_eq!(out.header.language(), Some("az"));
    assert_eq!(
        out.header.get("Plural-Forms"),
        Some("nplurals=2; plural=(n != 1);")
    );
    assert_eq!(out.entries.len(), 8, "the plural pair is one entry again");
    let plural = out
        .entries
        .iter()
        .find(|e| e.msgid_plural.is_some())
        .expect("plural entry");
    assert_eq!(plural.msgstr, ["%(count)d məqalə", "%(count)d məqalə"]);
    assert!(!plural.is_fuzzy());
    let text = write_po(&out);
    if let Some(result) = msgfmt_check(&text) {
        assert_eq!(result, Ok(()));
    }
    let (back, diags) = parse_po(&text);
    assert!(diags.is_empty(), "{diags:?}");
    let (again, _) = po_to_units(&back, &en, &az, PoImport::default());
    let mut a = pairs(&units, "en", "az");
    let mut b = pairs(&again, "en", "az");
    a.sort();
    b.sort();
    assert_eq!(a, b);
    // Same units, same bytes, whatever their order.
    let mut reversed = units.clone();
    reversed.reverse();
    assert_eq!(write_po(&units_to_po(&reversed, &en, &az)), text);
}

#[test]
fn russian_export_marks_copied_plural_forms_fuzzy() {
    let (cat, _) = parse_po(&fixture("newsroom.ru.po"));
    let (en, ru) = (locale("en"), locale("ru"));
    let (units, _) = po_to_units(&cat, &en, &ru, PoImport::default());
    let out = units_to_po(&units, &en, &ru);
    let plural = out
        .entries
        .iter()
        .find(|e| e.msgid_plural.is_some())
        .expect("plural entry");
    assert_eq!(
        plural.msgstr,
        ["%(count)d статья", "%(count)d статей", "%(count)d статей"]
    );
    assert!(plural.is_fuzzy());
    assert!(plural.extracted_comments[0].contains("msgstr[1] (n = 2)"));
    if let Some(result) = msgfmt_check(&write_po(&out)) {
        assert_eq!(result, Ok(()));
    }
}

#[test]
fn units_with_one_source_and_two_translations_keep_both() {
    let (en, az) = (locale("en"), locale("az"));
    let unit = |target: &str, id: u64| {
        let mut u = TmUnit {
            id,
            ..TmUnit::default()
        };
        u.variants.insert(
            "en".to_string(),
            crate::model::TmVariant::plain("The euro rose."),
        );
        u.variants
            .insert("az".to_string(), crate::model::TmVariant::plain(target));
        u
    };
    let units = [
        unit("Avro bahalaşdı.", 2),
        unit("Avro qalxdı.", 1),
        unit("Avro bahalaşdı.", 3),
    ];
    let out = units_to_po(&units, &en, &az);
    let got: Vec<(Option<&str>, &str)> = out
        .entries
        .iter()
        .map(|e| (e.msgctxt.as_deref(), e.msgstr[0].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "Avro bahalaşdı."),
            (Some("alternative 2"), "Avro qalxdı.")
        ]
    );
    if let Some(result) = msgfmt_check(&write_po(&out)) {
        assert_eq!(result, Ok(()));
    }
}

/// Edits that break a catalog in the ways people and tools do.
fn mutation() -> impl Strategy<Value = Edit> {
    testing::mutation(vec![
        "\"",
        "\\",
        "\\x",
        "\\777",
        "\\",
        "\n",
        "\r\n",
        "#~ ",
        "#| ",
        "#, fuzzy\n",
        "msgstr[99] \"x\"\n",
        "msgid_plural \"p\"\n",
        "msgctxt \"c\"\n",
        "\u{feff}",
        "nplurals=0; plural=n/0;",
        "plural=((((",
        "msgstr[",
        "ü",
        "\u{0}",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_catalogs_never_panic(
        edits in prop::collection::vec(mutation(), 1..8),
        which in 0usize..3,
    ) {
        let base = match which {
            0 => fixture("newsroom.az.po"),
            1 => fixture("newsroom.ru.po"),
            _ => django("az").unwrap_or_else(|| fixture("newsroom.az.po")),
        };
        let text = testing::mutate(&base, &edits, 40);
        let (cat, diags) = parse_po(&text);
        let lines = text.split('\n').count();
        for d in &diags {
            prop_assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d:?}");
        }
        // Whatever was read can be written and read again.
        let written = write_po(&cat);
        let (again, _) = parse_po(&written);
        prop_assert_eq!(again.entries.len(), cat.entries.len());
        let units = po_to_units(&cat, &locale("en"), &locale("az"), PoImport { include_fuzzy: true }).0;
        let _ = units_to_po(&units, &locale("en"), &locale("az"));
    }

    #[test]
    fn generated_catalogs_round_trip(entries in prop::collection::vec(arb_entry(), 0..12)) {
        let cat = PoCatalog { header: PoHeader::default(), entries };
        let (back, _) = parse_po(&write_po(&cat));
        let strip = |c: &PoCatalog| -> Vec<PoEntry> {
            c.entries.iter().map(|e| PoEntry { line: 0, ..e.clone() }).collect()
        };
        prop_assert_eq!(strip(&back), strip(&cat));
    }
}

fn arb_entry() -> impl Strategy<Value = PoEntry> {
    let text = "\\PC{0,12}|[a-z\\n\\t\"\\\\]{1,12}|.{1,8}";
    let comment = "[^\\n\\r\\p{Cc}]{0,20}";
    (
        prop::option::of(text),
        text.prop_filter("msgid is not empty", |s: &String| !s.is_empty()),
        prop::option::of(text),
        prop::collection::vec(text, 1..4),
        prop::collection::vec("[a-z][a-z-]{0,12}", 0..3),
        prop::collection::vec(comment, 0..3),
        prop::collection::vec(comment, 0..2),
        prop::collection::vec("[a-z/._]{1,10}:[0-9]{1,4}", 0..3),
        any::<bool>(),
    )
        .prop_map(
            |(msgctxt, msgid, plural, msgstr, flags, tc, ec, references, obsolete)| {
                let msgstr = if plural.is_some() {
                    msgstr
                } else {
                    msgstr.into_iter().take(1).collect()
                };
                PoEntry {
                    msgctxt,
                    msgid,
                    msgid_plural: plural,
                    msgstr,
                    flags,
                    translator_comments: tc,
                    extracted_comments: ec,
                    references,
                    previous: Vec::new(),
                    obsolete,
                    line: 0,
                }
            },
        )
}

#[test]
fn errors_helper_lists_only_errors() {
    let (_, diags) = parse_po("msgid \"a\nmsgstr \"b\"\n");
    assert_eq!(errors(&diags), ["input:1:7: error: unterminated string: expected a closing \" before the end of the line"]);
}

#[test]
fn hostile_input_is_bounded() {
    let deep = format!(
        "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural={}n{};\\n\"\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let (_, diags) = parse_po(&deep);
    assert_eq!(diags.len(), 1);
    assert!(diags[0].message.contains("plural expression"), "{diags:?}");
    let long = format!(
        "msgid \"{}\"\nmsgstr \"{}\"\n",
        "a".repeat(1 << 20),
        "\\303".repeat(1000)
    );
    let (cat, diags) = parse_po(&long);
    assert_eq!(cat.entries[0].msgid.len(), 1 << 20);
    assert_eq!(diags.len(), 1, "the lone UTF-8 lead bytes are reported");
}
