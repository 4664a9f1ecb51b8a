//! Writing: exact output, well-formedness whatever the input, language selection.

use super::*;
use crate::model::{TmContext, TmVariant};

#[test]
fn writer_output_is_exact_and_deterministic() {
    let mut unit = TmUnit {
        key: Some("k&1".into()),
        author: "leyla".into(),
        created: "2026-11-20T08:15:00Z".into(),
        changed: "2026-11-21T13:30:00+04:00".into(),
        usage: 3,
        props: vec![("x-domain".into(), "finance".into())],
        notes: vec!["a \"quoted\" <note>".into()],
        context: Some(TmContext {
            prev: "Before.".into(),
            next: String::new(),
        }),
        ..TmUnit::default()
    };
    unit.variants.insert(
        "en".into(),
        TmVariant {
            text: "Press <b>OK</b>\r<x2/>".into(),
            parts: vec![
                text("Press "),
                code(CodeKind::Bpt, &[("i", "1"), ("type", "bold")], "<b>"),
                text("OK"),
                code(CodeKind::Ept, &[("i", "1")], "</b>"),
                text("\r"),
                code(CodeKind::HiStart, &[("type", "x-key")], ""),
                code(CodeKind::Ph, &[("x", "2")], ""),
                code(CodeKind::HiEnd, &[], ""),
            ],
            props: vec![("x-status".into(), "ok".into())],
            notes: vec![],
        },
    );
    unit.variants
        .insert("az".into(), TmVariant::plain("Basın\tOK & <davam>"));
    let header = TmxHeader {
        srclang: "en".into(),
        creationdate: "2026-11-27T12:00:00Z".into(),
        notes: vec!["export".into()],
        ..TmxHeader::default()
    };
    let mut out = Vec::new();
    let mut writer = TmxWriter::new(&mut out, &header).expect("header");
    assert!(writer.write_unit(&unit).expect("unit"));
    assert!(!writer.write_unit(&TmUnit::default()).expect("empty unit"));
    writer.finish().expect("finish");
    let written = String::from_utf8(out).expect("UTF-8");
    let expected = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="korpu" creationtoolversion="{version}" segtype="sentence" o-tmf="korpu" adminlang="en" srclang="en" datatype="plaintext" creationdate="20261127T120000Z">
    <note>export</note>
  </header>
  <body>
    <tu tuid="k&amp;1" creationdate="20261120T081500Z" creationid="leyla" changedate="20261121T093000Z" usagecount="3">
      <prop type="x-domain">finance</prop>
      <note>a "quoted" &lt;note&gt;</note>
      <prop type="x-context-pre">Before.</prop>
      <prop type="x-context-post"></prop>
      <tuv xml:lang="az"><seg>Basın	OK &amp; &lt;davam&gt;</seg></tuv>
      <tuv xml:lang="en">
        <prop type="x-status">ok</prop>
        <seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>&#13;<hi type="x-key"><ph x="2"/></hi></seg>
      </tuv>
    </tu>
  </body>
</tmx>
"#,
        version = env!("CARGO_PKG_VERSION")
    );
    assert_eq!(written, expected);
    assert_eq!(
        write(std::slice::from_ref(&unit), None).len(),
        write(&[unit.clone()], None).len()
    );
    assert_eq!(write(&[unit.clone()], None), write(&[unit], None));
}

#[test]
fn writer_keeps_output_well_formed_whatever_the_parts() {
    let mut unit = TmUnit::default();
    unit.variants.insert(
        "en".into(),
        TmVariant {
            text: String::new(),
            parts: vec![
                code(CodeKind::HiEnd, &[], ""),
                code(
                    CodeKind::Ph,
                    &[
                        ("x", "1"),
                        ("x", "2"),
                        ("bad name", "v"),
                        ("", "e"),
                        ("ok", "a\"b\n"),
                    ],
                    "\u{0}",
                ),
                code(CodeKind::HiStart, &[], ""),
                text("open\u{FFFF}"),
            ],
            ..TmVariant::default()
        },
    );
    let written = write(&[unit], None);
    assert!(
        written.contains(
            "<seg><ph x=\"1\" ok=\"a&quot;b&#10;\">\u{FFFD}</ph><hi>open\u{FFFD}</hi></seg>"
        ),
        "{written}"
    );
    let back = read(&written);
    assert!(
        back.fatal.is_none() && back.diagnostics.is_empty(),
        "{back:#?}"
    );
}

#[test]
fn langs_select_and_order_variants() {
    let mut unit = TmUnit::default();
    for (tag, t) in [("az", "b"), ("en-US", "a"), ("ru", "c")] {
        unit.variants.insert(tag.into(), TmVariant::plain(t));
    }
    let langs = ["RU".to_string(), "en-us".to_string(), "de".to_string()];
    let written = write(std::slice::from_ref(&unit), Some(&langs));
    let ru = written.find("xml:lang=\"ru\"").expect("ru");
    let en = written.find("xml:lang=\"en-US\"").expect("en-US");
    assert!(ru < en);
    assert!(!written.contains("xml:lang=\"az\""));
    let none = write(&[unit], Some(&["de".to_string()]));
    assert!(!none.contains("<tu"));
}

#[test]
fn context_survives_a_round_trip() {
    let mut unit = TmUnit {
        origin: "import".into(),
        context: Some(TmContext {
            prev: "Previous sentence.".into(),
            next: "Next one.".into(),
        }),
        props: vec![("x-a".into(), "b".into())],
        ..TmUnit::default()
    };
    unit.variants
        .insert("en".into(), TmVariant::plain("Middle."));
    let back = read(&write(std::slice::from_ref(&unit), None));
    assert_eq!(back.units, vec![unit]);
}
