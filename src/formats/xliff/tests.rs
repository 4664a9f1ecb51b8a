//! Tests of the XLIFF reader, writers and unit conversion, on fixtures written for
//! korpu (`tests/fixtures/xliff/`).

use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;

use crate::formats::testing::{self, Edit};

use super::*;
use crate::formats::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::model::{CodeKind, InlineCode, InlinePart, TmUnit, TmVariant};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xliff")
}

fn fixture(name: &str) -> String {
    let path = fixtures().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(text: &str) -> (XliffDocument, Vec<Diagnostic>) {
    read_xliff(text).unwrap_or_else(|d| panic!("{}\n{text}", d.display_in("input")))
}

fn locale(tag: &str) -> Locale {
    Locale::parse(tag).expect("valid tag")
}

fn text(s: &str) -> InlinePart {
    InlinePart::Text(s.to_string())
}

fn code(kind: CodeKind, attrs: &[(&str, &str)], content: &str) -> InlinePart {
    InlinePart::Code(InlineCode {
        kind,
        attrs: attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        content: content.to_string(),
    })
}

/// Checks well-formedness with xmllint when it is installed.
fn xmllint(xml: &str) {
    if Command::new("xmllint").arg("--version").output().is_err() {
        eprintln!("skipped: xmllint is not on PATH");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("doc.xlf");
    std::fs::write(&path, xml).expect("write temp file");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg(&path)
        .output()
        .expect("run xmllint");
    assert!(
        out.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn reads_xliff_12() {
    let (doc, warnings) = read(&fixture("newsroom.en-az.xlf"));
    assert_eq!(doc.version, XliffVersion::V12);
    assert_eq!(doc.source_lang, "en");
    assert_eq!(doc.target_lang.as_deref(), Some("az"));
    let f = &doc.files[0];
    assert_eq!(f.id, "articles/exchange-rates.md");
    assert_eq!(
        f.props,
        [("datatype".to_string(), "x-markdown".to_string())]
    );
    assert_eq!(
        f.notes,
        ["Rates of the Central Bank of Azerbaijan, 27 November."]
    );
    let ids: Vec<&str> = f.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["h1", "p1", "p2", "p3", "p4", "p5", "p6"]);

    let h1 = &f.units[0];
    assert_eq!(h1.name.as_deref(), Some("headline"));
    assert_eq!(h1.notes, ["The heading above the table."]);
    assert_eq!(h1.props[1], ("linenumber".to_string(), "1".to_string()));
    assert_eq!(h1.segments[0].state.as_deref(), Some("translated"));

    let p1 = &f.units[1].segments[0];
    assert_eq!(
        p1.source,
        [
            text("The euro rose to "),
            code(CodeKind::Bpt, &[("id", "1"), ("ctype", "bold")], ""),
            text("1.9011"),
            code(CodeKind::Ept, &[], ""),
            text(" manat."),
            code(CodeKind::Ph, &[("id", "2"), ("ctype", "lb")], ""),
        ]
    );
    assert_eq!(p1.state.as_deref(), Some("needs-review-translation"));

    let p2 = &f.units[2];
    assert_eq!(
        p2.segments[0].source[1],
        code(CodeKind::Bpt, &[("id", "1")], "<b>")
    );
    assert_eq!(p2.segments[0].source[6], text(" & \"all\" of it."));
    assert_eq!(
        p2.props,
        [("x-source-hash".to_string(), "9f2c1a".to_string())]
    );

    let p3 = &f.units[3].segments;
    assert_eq!(p3.len(), 3);
    assert_eq!(p3[0].id.as_deref(), Some("1"));
    assert_eq!(p3[0].target, Some(vec![text("Dollar ucuzlaşdı.")]));
    assert!(p3[1].ignorable && p3[1].source == [text(" ")]);
    assert_eq!(p3[2].target, Some(vec![text("Lirə sabit qaldı.")]));
    assert_eq!(p3[2].state.as_deref(), Some("translated"));

    let p4 = &f.units[4].segments[0].source;
    assert_eq!(
        p4[1],
        code(CodeKind::HiStart, &[("mtype", "protected")], "")
    );
    let p5 = &f.units[5].segments[0].source;
    assert_eq!(
        p5[1],
        code(
            CodeKind::Bpt,
            &[("id", "3"), ("rid", "7"), ("ctype", "italic")],
            ""
        )
    );
    assert_eq!(
        p5[5],
        code(
            CodeKind::It,
            &[("id", "5"), ("pos", "open")],
            "<a href=\"#\">"
        )
    );
    assert_eq!(f.units[6].segments[0].target, None);

    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.starts_with("<alt-trans>"));
    assert_eq!((warnings[0].line, warnings[0].column), (44, 9));
}

#[test]
fn reads_xliff_20() {
    let (doc, warnings) = read(&fixture("newsroom.en-ru.xlf"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.version, XliffVersion::V20);
    assert_eq!(doc.target_lang.as_deref(), Some("ru"));
    let f = &doc.files[0];
    assert_eq!(
        (f.id.as_str(), f.original.as_deref()),
        ("f1", Some("articles/exchange-rates.md"))
    );
    assert_eq!(f.notes.len(), 1);
    assert_eq!(f.units.len(), 4, "groups are flattened");

    let p1 = &f.units[0];
    assert_eq!(p1.name.as_deref(), Some("paragraph-1"));
    assert_eq!(
        p1.props,
        [("x-source-hash".to_string(), "5be0d1".to_string())]
    );
    assert_eq!(p1.notes, ["Numbers use a decimal comma in Russian."]);
    assert_eq!(p1.segments.len(), 3);
    assert!(p1.segments[1].ignorable);
    assert_eq!(p1.segments[2].state.as_deref(), Some("reviewed"));

    let p2 = &f.units[1].segments[0];
    assert_eq!(
        p2.source,
        [
            text("Press "),
            code(
                CodeKind::Bpt,
                &[
                    ("id", "1"),
                    ("dataRefStart", "d1"),
                    ("dataRefEnd", "d2"),
                    ("type", "fmt"),
                    ("subType", "xlf:b"),
                ],
                "<b>"
            ),
            text("Save"),
            code(CodeKind::Ept, &[], "</b>"),
            text(" now."),
            code(CodeKind::Ph, &[("id", "2"), ("dataRef", "d3")], "<br/>"),
        ]
    );

    let p3 = &f.units[2].segments[0];
    assert_eq!(p3.id.as_deref(), Some("1"));
    assert_eq!(
        p3.source[0],
        code(CodeKind::Bpt, &[("id", "1"), ("type", "fmt")], "")
    );
    assert_eq!(p3.source[4], code(CodeKind::Ept, &[("startRef", "1")], ""));
    assert_eq!(p3.source.last(), Some(&text("\u{7}")));
    let p4 = &f.units[3].segments[0];
    assert_eq!(
        (p4.state.as_deref(), p4.target.as_ref()),
        (Some("initial"), None)
    );
    assert_eq!(p4.source, [text("Subscribe & save")]);
}

#[test]
fn both_versions_round_trip() {
    for name in ["newsroom.en-az.xlf", "newsroom.en-ru.xlf"] {
        let (doc, _) = read(&fixture(name));
        let written = match doc.version {
            XliffVersion::V12 => write_xliff12(&doc),
            XliffVersion::V20 => write_xliff20(&doc),
        };
        xmllint(&written);
        let (again, warnings) = read(&written);
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        assert_eq!(again, doc, "{name}\n{written}");
        // Writing is deterministic.
        assert_eq!(
            match doc.version {
                XliffVersion::V12 => write_xliff12(&again),
                XliffVersion::V20 => write_xliff20(&again),
            },
            written
        );
    }
}

#[test]
fn each_version_converts_to_the_other() {
    for name in ["newsroom.en-az.xlf", "newsroom.en-ru.xlf"] {
        let (doc, _) = read(&fixture(name));
        // 1.2 has no file id and no <cp>: compare keys within the file, and text
        // without the control character that the 2.0 fixture holds.
        let comparable = |d: &XliffDocument| -> Vec<(String, Vec<String>)> {
            let prefix = format!("{}/", d.files[0].id);
            texts(&xliff_to_units(d))
                .into_iter()
                .map(|(k, t)| {
                    (
                        k.strip_prefix(&prefix).unwrap_or(&k).to_string(),
                        t.iter().map(|t| t.replace('\u{7}', "")).collect(),
                    )
                })
                .collect()
        };
        let units = comparable(&doc);
        for written in [write_xliff12(&doc), write_xliff20(&doc)] {
            xmllint(&written);
            let (other, _) = read(&written);
            assert_eq!(comparable(&other), units, "{name}\n{written}");
            // A second pass changes nothing.
            let again = match other.version {
                XliffVersion::V12 => write_xliff12(&other),
                XliffVersion::V20 => write_xliff20(&other),
            };
            assert_eq!(read(&again).0, other, "{name}");
        }
    }
}

/// Key, source text and target text of each unit.
fn texts(units: &[TmUnit]) -> Vec<(String, Vec<String>)> {
    units
        .iter()
        .map(|u| {
            (
                u.key.clone().unwrap_or_default(),
                u.variants.values().map(|v| v.text.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn units_from_documents() {
    let (az, _) = read(&fixture("newsroom.en-az.xlf"));
    let units = xliff_to_units(&az);
    let keys: Vec<&str> = units.iter().filter_map(|u| u.key.as_deref()).collect();
    assert_eq!(
        keys,
        [
            "articles/exchange-rates.md/h1",
            "articles/exchange-rates.md/p1",
            "articles/exchange-rates.md/p2",
            "articles/exchange-rates.md/p3/1",
            "articles/exchange-rates.md/p3/2",
            "articles/exchange-rates.md/p4",
            "articles/exchange-rates.md/p5",
        ]
    );
    let p1 = &units[1];
    assert_eq!(
        p1.variants["en"].text,
        "The euro rose to <x1/>1.9011<x1/> manat.<x2/>"
    );
    assert_eq!(
        p1.variants["az"].text,
        "Avro <x1/>1,9011<x1/> manata qalxdı.<x2/>"
    );
    assert_eq!(p1.variants["en"].parts.len(), 6);
    assert!(p1.props.contains(&(
        "x-xliff-state".to_string(),
        "needs-review-translation".to_string()
    )));
    let p2 = &units[2];
    assert_eq!(
        p2.variants["en"].text,
        "Press <b>Save</b> to keep %s & \"all\" of it."
    );
    assert!(
        units[3].variants["az"].parts.is_empty(),
        "plain text has no parts"
    );
    assert_eq!(units[0].notes, ["The heading above the table."]);
    assert!(units.iter().all(|u| u.origin == "import"));

    let (ru, _) = read(&fixture("newsroom.en-ru.xlf"));
    let units = xliff_to_units(&ru);
    assert_eq!(
        units.len(),
        4,
        "ignorables and untranslated segments give no unit"
    );
    assert_eq!(units[0].key.as_deref(), Some("f1/p1/s1"));
    assert_eq!(
        units[2].variants["ru"].text,
        "Нажмите <b>Сохранить</b> сейчас.<br/>"
    );
    assert_eq!(
        units[3].variants["ru"].text,
        "<x1/>Жирный <x2/>оба<x1/> курсив<x2/> и <x5/>kaspi.az<x5/>\u{7}"
    );
}

#[test]
fn units_to_a_document_and_back() {
    let (en, ru) = (locale("en"), locale("ru"));
    let mut tmx_like = TmUnit {
        id: 42,
        key: Some("menu\u{4}Save".to_string()),
        notes: vec!["A button.".to_string()],
        props: vec![("x-po-flag".to_string(), "c-format".to_string())],
        ..TmUnit::default()
    };
    // Parts as TMX import leaves them: `i`/`x` attributes, native code as content.
    tmx_like.variants.insert(
        "en".to_string(),
        TmVariant {
            text: "<b>Save</b> %s".to_string(),
            parts: vec![
                code(
                    CodeKind::Bpt,
                    &[("i", "1"), ("x", "1"), ("type", "bold")],
                    "<b>",
                ),
                text("Save"),
                code(CodeKind::Ept, &[("i", "1")], "</b>"),
                text(" "),
                code(CodeKind::Ph, &[("x", "2")], "%s"),
            ],
            ..TmVariant::default()
        },
    );
    tmx_like.variants.insert(
        "ru".to_string(),
        TmVariant {
            text: "<b>Сохранить</b> %s".to_string(),
            parts: vec![
                code(CodeKind::Bpt, &[("i", "1"), ("x", "1")], "<b>"),
                text("Сохранить"),
                code(CodeKind::Ept, &[("i", "1")], "</b>"),
                text(" "),
                code(CodeKind::Ph, &[("x", "2")], "%s"),
            ],
            ..TmVariant::default()
        },
    );
    let mut plain = TmUnit::default();
    plain
        .variants
        .insert("en".to_string(), TmVariant::plain("Exchange rates"));
    plain
        .variants
        .insert("ru".to_string(), TmVariant::plain("Курсы валют"));
    let mut az_only = TmUnit::default();
    az_only
        .variants
        .insert("az".to_string(), TmVariant::plain("Xəbərlər"));
    let units = [tmx_like, plain, az_only];

    for version in [XliffVersion::V20, XliffVersion::V12] {
        let doc = units_to_xliff(&units, &en, &ru, version);
        assert_eq!(doc.files[0].units.len(), 2);
        assert_eq!(doc.files[0].units[0].id, "tm42");
        assert_eq!(
            doc.files[0].units[0].name.as_deref(),
            Some("menu\u{2404}Save")
        );
        assert_eq!(doc.files[0].units[1].id, "u2");
        let written = match version {
            XliffVersion::V12 => write_xliff12(&doc),
            XliffVersion::V20 => write_xliff20(&doc),
        };
        xmllint(&written);
        match version {
            XliffVersion::V20 => {
                assert!(written.contains(
                    "<source><pc id=\"1\" type=\"fmt\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Save</pc> <ph id=\"2\" dataRef=\"d3\"/></source>"
                ), "{written}");
                assert!(written.contains("<data id=\"d1\">&lt;b&gt;</data>"));
            }
            XliffVersion::V12 => assert!(
                written.contains(
                    "<source><bpt id=\"1\" ctype=\"bold\">&lt;b&gt;</bpt>Save<ept id=\"1\">&lt;/b&gt;</ept> <ph id=\"2\">%s</ph></source>"
                ) || written.contains("<bpt id=\"1\">"),
                "{written}"
            ),
        }
        let (back, warnings) = read(&written);
        assert!(warnings.is_empty(), "{warnings:?}");
        let again = xliff_to_units(&back);
        assert_eq!(again[0].variants["en"].text, "<b>Save</b> %s");
        assert_eq!(again[0].variants["ru"].text, "<b>Сохранить</b> %s");
        assert_eq!(again[0].notes, ["A button."]);
        assert!(again[0]
            .props
            .contains(&("x-po-flag".to_string(), "c-format".to_string())));
        assert_eq!(again[1].variants["ru"].text, "Курсы валют");
    }
}

#[test]
fn written_documents_look_like_this() {
    let doc = XliffDocument {
        version: XliffVersion::V20,
        source_lang: "en".to_string(),
        target_lang: Some("az".to_string()),
        files: vec![XliffFile {
            id: "f1".to_string(),
            units: vec![XliffUnit {
                id: "u1".to_string(),
                segments: vec![
                    XliffSegment {
                        id: Some("s1".to_string()),
                        source: vec![text("Rates <up> & \"down\"")],
                        target: Some(vec![text("Məzənnələr")]),
                        state: Some("translated".to_string()),
                        sub_state: None,
                        ignorable: false,
                    },
                    XliffSegment {
                        ignorable: true,
                        ..XliffSegment::plain(" ")
                    },
                    XliffSegment {
                        id: Some("s2".to_string()),
                        ..XliffSegment::plain("Bell\u{7}")
                    },
                ],
                notes: vec!["Check <this>".to_string()],
                props: vec![("x-source-hash".to_string(), "ab12".to_string())],
                name: None,
            }],
            ..XliffFile::default()
        }],
    };
    assert_eq!(
        write_xliff20(&doc),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="az">
  <file id="f1">
    <unit id="u1">
      <mda:metadata>
        <mda:metaGroup>
          <mda:meta type="x-source-hash">ab12</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <notes>
        <note>Check &lt;this&gt;</note>
      </notes>
      <segment id="s1" state="translated">
        <source>Rates &lt;up&gt; &amp; "down"</source>
        <target>Məzənnələr</target>
      </segment>
      <ignorable>
        <source> </source>
      </ignorable>
      <segment id="s2">
        <source>Bell<cp hex="0007"/></source>
      </segment>
    </unit>
  </file>
</xliff>
"#
    );
    assert_eq!(read(&write_xliff20(&doc)).0, doc);
    assert_eq!(
        write_xliff12(&doc),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="f1" source-language="en" target-language="az" datatype="plaintext">
    <body>
      <trans-unit id="u1">
        <source>Rates &lt;up&gt; &amp; "down" Bell</source>
        <seg-source><mrk mtype="seg" mid="s1">Rates &lt;up&gt; &amp; "down"</mrk> <mrk mtype="seg" mid="s2">Bell</mrk></seg-source>
        <target state="translated"><mrk mtype="seg" mid="s1">Məzənnələr</mrk> <mrk mtype="seg" mid="s2"></mrk></target>
        <note>Check &lt;this&gt;</note>
        <prop-group name="korpu">
          <prop prop-type="x-source-hash">ab12</prop>
        </prop-group>
      </trans-unit>
    </body>
  </file>
</xliff>
"#
    );
}

#[test]
fn sub_state_is_kept_beside_a_state_only() {
    let segment = |state: Option<&str>| XliffSegment {
        state: state.map(String::from),
        sub_state: Some("korpu:draft".to_string()),
        target: Some(vec![text("Qaralama")]),
        ..XliffSegment::plain("Draft")
    };
    let doc = |segments| XliffDocument {
        version: XliffVersion::V20,
        source_lang: "en".to_string(),
        target_lang: Some("az".to_string()),
        files: vec![XliffFile {
            id: "f".to_string(),
            units: vec![XliffUnit {
                id: "u".to_string(),
                segments,
                ..XliffUnit::default()
            }],
            ..XliffFile::default()
        }],
    };
    let with_state = doc(vec![segment(Some("initial"))]);
    let written = write_xliff20(&with_state);
    assert!(
        written.contains(r#"<segment state="initial" subState="korpu:draft">"#),
        "{written}"
    );
    assert_eq!(read(&written).0, with_state);
    // 2.0 allows subState only where state is set: without one it is left out.
    let written = write_xliff20(&doc(vec![segment(None)]));
    assert!(!written.contains("subState"), "{written}");
    assert_eq!(
        read(&written).0.files[0].units[0].segments[0].sub_state,
        None
    );
    // 1.2 has no subState.
    assert!(!write_xliff12(&with_state).contains("korpu:draft"));
}

#[test]
fn an_end_code_with_an_empty_start_ref_is_written_as_an_isolated_end() {
    let end = InlineCode {
        kind: CodeKind::Ept,
        attrs: vec![("startRef".to_string(), String::new())],
        content: String::new(),
    };
    let doc = XliffDocument {
        version: XliffVersion::V20,
        source_lang: "en".into(),
        target_lang: Some("az".into()),
        files: vec![XliffFile {
            id: "f".into(),
            units: vec![XliffUnit {
                id: "u0".into(),
                segments: vec![XliffSegment {
                    source: vec![InlinePart::Code(end)],
                    ..XliffSegment::default()
                }],
                ..XliffUnit::default()
            }],
            ..XliffFile::default()
        }],
    };
    let written = write_xliff20(&doc);
    assert!(!written.contains("startRef=\"\""), "{written}");
    assert!(written.contains("isolated=\"yes\""), "{written}");
    let (back, _) = read_xliff(&written).expect("reads");
    assert_eq!(write_xliff20(&back), written, "settles after one round");
}

#[test]
fn overlapping_and_isolated_codes_are_written_as_markers() {
    let parts = vec![
        code(CodeKind::Bpt, &[("i", "1")], "<b>"),
        text("a"),
        code(CodeKind::Bpt, &[("i", "2")], "<i>"),
        text("b"),
        code(CodeKind::Ept, &[("i", "1")], "</b>"),
        text("c"),
        code(CodeKind::Ept, &[("i", "2")], "</i>"),
        code(CodeKind::Ept, &[("i", "3")], "</u>"),
        code(CodeKind::HiStart, &[], ""),
        text("d"),
    ];
    let doc = XliffDocument {
        version: XliffVersion::V20,
        source_lang: "en".to_string(),
        target_lang: None,
        files: vec![XliffFile {
            id: "f".to_string(),
            units: vec![XliffUnit {
                id: "u".to_string(),
                segments: vec![XliffSegment {
                    source: parts,
                    ..XliffSegment::default()
                }],
                ..XliffUnit::default()
            }],
            ..XliffFile::default()
        }],
    };
    let v20 = write_xliff20(&doc);
    xmllint(&v20);
    assert!(
        v20.contains(
            "<source><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">a<sc id=\"2\" dataRef=\"d3\"/>b</pc>c<ec startRef=\"2\" dataRef=\"d4\"/><ec id=\"3\" isolated=\"yes\" dataRef=\"d5\"/><sm id=\"4\"/>d</source>"
        ),
        "{v20}"
    );
    let v12 = write_xliff12(&doc);
    xmllint(&v12);
    assert!(
        v12.contains("<source><bpt id=\"1\">&lt;b&gt;</bpt>a<bpt id=\"2\">&lt;i&gt;</bpt>b<ept id=\"1\">&lt;/b&gt;</ept>c<ept id=\"2\">&lt;/i&gt;</ept><ept id=\"3\">&lt;/u&gt;</ept>d</source>"),
        "{v12}"
    );
    for written in [v20, v12] {
        let (back, _) = read(&written);
        let src = &back.files[0].units[0].segments[0].source;
        let native: String = src
            .iter()
            .map(|p| match p {
                InlinePart::Text(t) => t.clone(),
                InlinePart::Code(c) => c.content.clone(),
            })
            .collect();
        assert_eq!(native, "<b>a<i>b</b>c</i></u>d");
    }
}

/// Each `invalid/NAME.xlf` comes with `NAME.expected`: `LINE:COL: error: text`, `text`
/// being the start of the message.
#[test]
fn invalid_documents_report_line_and_column() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures().join("invalid"))
        .expect("invalid fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xlf"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8);
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let expected =
            std::fs::read_to_string(path.with_extension("expected")).expect("expected file");
        let err = match read_xliff(&text) {
            Ok((doc, _)) => panic!("{}: read as {doc:?}", path.display()),
            Err(e) => e,
        };
        assert_eq!(err.severity, Severity::Error);
        let got = err.display_in("");
        assert!(
            got.starts_with(&format!(":{}", expected.trim())),
            "{}: expected {}, got {got}",
            path.display(),
            expected.trim()
        );
    }
}

#[test]
fn a_bom_and_crlf_are_read() {
    let text = format!(
        "\u{feff}{}",
        fixture("newsroom.en-ru.xlf").replace('\n', "\r\n")
    );
    let (doc, _) = read(&text);
    assert_eq!(doc, read(&fixture("newsroom.en-ru.xlf")).0);
    let err =
        read_xliff("\u{feff}<xliff version=\"2.0\" srcLang=\"en\">\r\n<file id=\"f\"></xliff>")
            .expect_err("mismatched");
    assert_eq!((err.line, err.column), (2, 14));
}

/// Edits that break XML in the ways truncation, bad merges and hand edits do.
fn mutation() -> impl Strategy<Value = Edit> {
    testing::mutation(vec![
        "<",
        ">",
        "&",
        "&lol;",
        "&#0;",
        "&#x1F600;",
        "</g>",
        "<g id=\"9\">",
        "</pc>",
        "<pc id=\"1\">",
        "<![CDATA[x]]>",
        "<!-- c -->",
        "\u{feff}",
        "]]>",
        "<cp hex=\"D800\"/>",
        "<cp hex=\"zz\"/>",
        "<mrk mtype=\"seg\" mid=\"1\">",
        "</mrk>",
        "<ec startRef=\"1\"/>",
        "<sc id=\"1\"/>",
        "\"",
        "'",
        "<ph id=\"1\" dataRef=\"nope\"/>",
        "<!DOCTYPE x>",
        "\r\n",
        "<segment>",
        "<trans-unit>",
        "xmlns:x=\"urn:x\"",
        "<x:y/>",
        "é",
    ])
}

fn arb_text(xml_only: bool) -> impl Strategy<Value = String> {
    let pattern = if xml_only {
        "[a-zA-Z0-9 əöüКурс<>&\"'\t\n\r;#]{0,12}"
    } else {
        "[a-z əКу<>&\"\u{1}\u{7}\u{b}\u{fffe}\r\n]{0,12}"
    };
    proptest::string::string_regex(pattern).expect("regex")
}

fn arb_parts() -> impl Strategy<Value = Vec<InlinePart>> {
    let kinds = prop::sample::select(vec![
        CodeKind::Bpt,
        CodeKind::Ept,
        CodeKind::Ph,
        CodeKind::It,
        CodeKind::Ut,
        CodeKind::HiStart,
        CodeKind::HiEnd,
    ]);
    let attr_names = prop::sample::select(vec![
        "id",
        "i",
        "x",
        "rid",
        "startRef",
        "isolated",
        "type",
        "ctype",
        "pos",
        "mtype",
        "dataRef",
        "dataRefStart",
        "dataRefEnd",
        "canCopy",
    ]);
    // Values are never empty: these attributes are XML names and tokens in both
    // versions, and the writer reads an empty one as absent (an end code whose
    // `startRef=""` is written alone is covered by its own test above).
    let attr = (attr_names, "[a-z0-9]{1,3}").prop_map(|(k, v)| (k.to_string(), v));
    let code = (kinds, prop::collection::vec(attr, 0..3), arb_text(true)).prop_map(
        |(kind, attrs, content)| {
            InlinePart::Code(InlineCode {
                kind,
                attrs,
                content,
            })
        },
    );
    let part = prop_oneof![arb_text(false).prop_map(InlinePart::Text), code];
    prop::collection::vec(part, 0..8)
}

fn arb_doc() -> impl Strategy<Value = XliffDocument> {
    let segment = (
        arb_parts(),
        prop::option::of(arb_parts()),
        prop::option::of(prop::sample::select(vec![
            "initial",
            "translated",
            "reviewed",
            "final",
            "new",
            "signed-off",
            "x-mt",
            "needs-review-translation",
        ])),
        prop::option::of("[a-z0-9]{1,3}"),
        any::<bool>(),
    )
        .prop_map(|(source, target, state, id, ignorable)| XliffSegment {
            id,
            source,
            target,
            state: state.map(String::from),
            sub_state: None,
            ignorable,
        });
    let unit = (
        prop::collection::vec(segment, 0..4),
        prop::collection::vec(arb_text(true), 0..2),
        prop::collection::vec(("[a-z-]{1,6}", arb_text(true)), 0..2),
        prop::option::of(arb_text(true)),
    )
        .prop_map(|(segments, notes, props, name)| XliffUnit {
            id: "u".to_string(),
            name,
            segments,
            notes,
            props,
        });
    (
        prop::collection::vec(unit, 1..3),
        prop::sample::select(vec![XliffVersion::V12, XliffVersion::V20]),
    )
        .prop_map(|(mut units, version)| {
            for (i, u) in units.iter_mut().enumerate() {
                u.id = format!("u{i}");
            }
            XliffDocument {
                version,
                source_lang: "en".to_string(),
                target_lang: Some("az".to_string()),
                files: vec![XliffFile {
                    id: "f".to_string(),
                    units,
                    ..XliffFile::default()
                }],
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_documents_never_panic(
        edits in prop::collection::vec(mutation(), 1..8),
        which in 0usize..2,
    ) {
        let base = fixture(["newsroom.en-az.xlf", "newsroom.en-ru.xlf"][which]);
        let text = testing::mutate(&base, &edits, 60);
        let lines = text.split('\n').count();
        match read_xliff(&text) {
            Err(d) => prop_assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d:?}"),
            Ok((doc, warnings)) => {
                for w in &warnings {
                    prop_assert!(w.line >= 1 && w.line <= lines && w.column >= 1, "{w:?}");
                }
                // Whatever was read is written as well-formed XLIFF of either version.
                for written in [write_xliff12(&doc), write_xliff20(&doc)] {
                    prop_assert!(read_xliff(&written).is_ok(), "{written}");
                }
                let _ = xliff_to_units(&doc);
            }
        }
    }

    #[test]
    fn any_document_is_written_readably_and_settles(doc in arb_doc()) {
        let write = |d: &XliffDocument| match d.version {
            XliffVersion::V12 => write_xliff12(d),
            XliffVersion::V20 => write_xliff20(d),
        };
        let first = write(&doc);
        let (once, _) = read_xliff(&first).map_err(|d| TestCaseError::fail(format!("{d:?}\n{first}")))?;
        let second = write(&once);
        let (twice, _) = read_xliff(&second).map_err(|d| TestCaseError::fail(format!("{d:?}\n{second}")))?;
        prop_assert_eq!(&twice, &once, "{}", second);
        prop_assert_eq!(write(&twice), second);
    }

    #[test]
    fn plain_text_documents_round_trip_exactly(
        segs in prop::collection::vec((arb_text(false), prop::option::of(arb_text(false)), any::<bool>()), 1..5),
    ) {
        let segments = segs
            .into_iter()
            .enumerate()
            .map(|(i, (s, t, ignorable))| XliffSegment {
                id: Some(format!("s{i}")),
                source: if s.is_empty() { vec![] } else { vec![InlinePart::Text(s)] },
                target: t.map(|t| if t.is_empty() { vec![] } else { vec![InlinePart::Text(t)] }),
                state: (!ignorable).then(|| "translated".to_string()),
                sub_state: None,
                ignorable,
            })
            .collect();
        let doc = XliffDocument {
            version: XliffVersion::V20,
            source_lang: "en".to_string(),
            target_lang: Some("ru".to_string()),
            files: vec![XliffFile {
                id: "f".to_string(),
                units: vec![XliffUnit { id: "u".to_string(), segments, ..XliffUnit::default() }],
                ..XliffFile::default()
            }],
        };
        let written = write_xliff20(&doc);
        prop_assert_eq!(read(&written).0, doc, "{}", written);
    }
}

#[test]
fn deep_nesting_costs_no_stack() {
    let depth = 100_000;
    let text = format!(
        "<xliff version=\"1.2\"><file original=\"f\" source-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>{}x{}</source></trans-unit></body></file></xliff>",
        "<g id=\"1\">".repeat(depth),
        "</g>".repeat(depth)
    );
    let (doc, _) = read(&text);
    assert_eq!(
        doc.files[0].units[0].segments[0].source.len(),
        2 * depth + 1
    );
    for written in [write_xliff12(&doc), write_xliff20(&doc)] {
        assert!(read_xliff(&written).is_ok());
    }
    let cut = text[..text.len() / 2].rfind("<g").unwrap_or(0);
    let truncated = format!("{}</source>", &text[..cut]);
    let err = read_xliff(&truncated).expect_err("truncated");
    assert!(
        err.message.starts_with("</source> does not close <g>"),
        "{err:?}"
    );
}
