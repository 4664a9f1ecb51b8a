//! TMX 1.4b: the fixtures in `tests/fixtures/tmx`, validation of written files against
//! the TMX DTD with xmllint, and the promise that reading never touches the network.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use korpu::formats::tmx::{render_text, write_tmx, TmxHeader, TmxReader, TmxWriter};
use korpu::formats::{Diagnostic, Severity};
use korpu::model::{CodeKind, InlineCode, InlinePart, TmContext, TmUnit, TmVariant};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tmx")
}

/// Everything a reader gives for some bytes.
#[derive(Debug, Default)]
struct Outcome {
    header: TmxHeader,
    units: Vec<TmUnit>,
    diagnostics: Vec<Diagnostic>,
    fatal: Option<Diagnostic>,
}

fn read_bytes(bytes: &[u8]) -> Outcome {
    let mut out = Outcome::default();
    let mut reader = match TmxReader::new(bytes) {
        Ok(reader) => reader,
        Err(e) => {
            out.fatal = Some(e);
            return out;
        }
    };
    out.header = reader.header().clone();
    while let Some(item) = reader.next() {
        match item {
            Ok(unit) => out.units.push(unit),
            Err(e) => out.fatal = Some(e),
        }
        out.diagnostics.extend(reader.take_diagnostics());
    }
    out.diagnostics.extend(reader.take_diagnostics());
    out
}

fn read_fixture(name: &str) -> Outcome {
    let path = fixtures().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    read_bytes(&bytes)
}

fn clean(name: &str) -> Outcome {
    let out = read_fixture(name);
    assert!(out.fatal.is_none(), "{name}: {:?}", out.fatal);
    assert!(out.diagnostics.is_empty(), "{name}: {:?}", out.diagnostics);
    out
}

fn tags(unit: &TmUnit) -> Vec<&str> {
    unit.variants.keys().map(String::as_str).collect()
}

#[test]
fn multi_tuv_keeps_every_locale_and_annotation() {
    let out = clean("multi-tuv.tmx");
    assert_eq!(out.header.srclang, "en");
    assert_eq!(out.header.creationdate, "2026-11-27T12:00:00Z");
    assert_eq!(
        out.header.props,
        vec![("x-project".into(), "newsroom".into())]
    );
    assert_eq!(out.header.notes.len(), 1);
    assert_eq!(out.units.len(), 3);

    let first = &out.units[0];
    assert_eq!(tags(first), vec!["az", "de", "en", "ru"]);
    assert_eq!(first.key.as_deref(), Some("fx-001"));
    assert_eq!(first.author, "leyla.m");
    assert_eq!(first.created, "2026-11-20T08:15:00Z");
    assert_eq!(first.changed, "2026-11-21T09:30:00Z");
    assert_eq!(first.usage, 12);
    assert_eq!(first.props, vec![("x-domain".into(), "finance".into())]);
    assert_eq!(
        first.notes,
        vec!["Headline of the daily rates table.".to_string()]
    );
    assert_eq!(first.variants["ru"].text, "Курсы валют");
    assert_eq!(first.origin, "import");

    let second = &out.units[1];
    assert_eq!(tags(second), vec!["az", "de-DE", "en", "ru"]);
    assert_eq!(
        second.variants["en"].props,
        vec![("x-status".into(), "approved".into())]
    );
    assert_eq!(
        second.variants["en"].notes,
        vec!["Central bank wording.".to_string()]
    );
    assert_eq!(second.variants["az"].text, "Avro 1,8968 manata yüksəlib.");

    let third = &out.units[2];
    assert_eq!(third.key, None);
    assert_eq!(third.variants["en"].text, "  Trade & Industry  ");
}

#[test]
fn inline_codes_are_kept_exactly() {
    let out = clean("inline.tmx");
    let by_key = |key: &str| {
        out.units
            .iter()
            .find(|u| u.key.as_deref() == Some(key))
            .unwrap_or_else(|| panic!("unit {key}"))
    };
    let bold = &by_key("bold").variants["en"];
    assert_eq!(bold.text, "Read <b>the full story</b> on kaspi.az.");
    assert_eq!(
        bold.parts[1],
        InlinePart::Code(InlineCode {
            kind: CodeKind::Bpt,
            attrs: vec![("i".into(), "1".into()), ("type".into(), "bold".into())],
            content: "<b>".into(),
        })
    );
    assert_eq!(
        by_key("placeholder").variants["ru"].text,
        "Курс составляет %s маната.<x2/>"
    );
    assert_eq!(by_key("isolated").variants["az"].text, "<i>Son dəqiqə:");
    let hi = &by_key("highlight").variants["en"];
    assert_eq!(hi.text, "Press <x1/>Enter<x2/> twice.");
    assert!(matches!(&hi.parts[1], InlinePart::Code(c) if c.kind == CodeKind::HiStart));
    assert!(matches!(&hi.parts[3], InlinePart::Code(c) if c.kind == CodeKind::HiEnd));
    assert_eq!(
        by_key("sub").variants["az"].text,
        "<img alt=\"Azərbaycan bayrağı\"/> Bakı",
        "the text of sub stays inside the code"
    );
    let ut = &by_key("unknown-code").variants["en"];
    assert_eq!(ut.text, "Old {\\b tool} markup.");
    for unit in &out.units {
        for variant in unit.variants.values() {
            assert_eq!(render_text(&variant.parts), variant.text);
        }
    }
}

#[test]
fn legacy_lang_attributes_are_read_in_canonical_case() {
    let out = clean("legacy-lang.tmx");
    assert_eq!(out.header.version, "1.1");
    assert_eq!(tags(&out.units[0]), vec!["az", "en-US", "ru-RU"]);
    assert_eq!(tags(&out.units[1]), vec!["az-Cyrl", "en-US"]);
    assert_eq!(out.units[1].variants["az-Cyrl"].text, "Нәглијјат");
}

#[test]
fn a_remote_dtd_is_ignored() {
    let out = clean("remote-dtd.tmx");
    assert_eq!(out.units.len(), 1);
    assert_eq!(out.units[0].variants["az"].text, "Heç bir DTD yüklənmir.");
}

/// The DTD and an external entity point at a local port; reading must not connect.
#[test]
fn reading_never_touches_the_network() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let port = listener.local_addr().expect("address").port();
    listener.set_nonblocking(true).expect("non-blocking");
    let tmx = format!(
        "<?xml version=\"1.0\"?>\n\
         <!DOCTYPE tmx SYSTEM \"http://127.0.0.1:{port}/tmx14.dtd\" [\n\
         <!ENTITY remote SYSTEM \"http://127.0.0.1:{port}/entity\">\n\
         ]>\n\
         <tmx version=\"1.4\"><header/><body>\n\
         <tu><tuv xml:lang=\"en\"><seg>local</seg></tuv><tuv xml:lang=\"az\"><seg>&remote;</seg></tuv></tu>\n\
         </body></tmx>\n"
    );
    let out = read_bytes(tmx.as_bytes());
    assert!(out.fatal.is_none());
    assert_eq!(out.units.len(), 1);
    assert_eq!(
        tags(&out.units[0]),
        vec!["en"],
        "the entity is not expanded"
    );
    let errors: Vec<_> = out
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("&remote;"), "{errors:?}");
    match listener.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        other => panic!("the reader connected to the DTD's address: {other:?}"),
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

/// utf16le-bom.tmx and utf16be-bom.tmx are made here from multi-tuv.tmx rather than
/// kept as binary files.
#[test]
fn utf16_with_a_byte_order_mark_reads_like_utf8() {
    let source = std::fs::read_to_string(fixtures().join("multi-tuv.tmx")).expect("fixture");
    let expected = clean("multi-tuv.tmx");
    let declared = source.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    for (name, big_endian) in [("utf16le-bom.tmx", false), ("utf16be-bom.tmx", true)] {
        let out = read_bytes(&utf16(&declared, big_endian));
        assert!(
            out.fatal.is_none() && out.diagnostics.is_empty(),
            "{name}: {out:?}"
        );
        assert_eq!(out.header, expected.header, "{name}");
        assert_eq!(out.units, expected.units, "{name}");
    }
    // The declaration still says UTF-8: the byte order mark wins, with a warning.
    let out = read_bytes(&utf16(&source, false));
    assert_eq!(out.units, expected.units);
    assert_eq!(out.diagnostics.len(), 1);
    assert_eq!(out.diagnostics[0].severity, Severity::Warning);
}

/// The first comment of each invalid fixture says what the reader must report:
/// `expect: fatal|error|warning LINE:COL`.
#[test]
fn invalid_fixtures_report_the_expected_position() {
    let dir = fixtures().join("invalid");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("invalid fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tmx"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    for path in names {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).expect("fixture");
        let text = String::from_utf8_lossy(&bytes);
        let expect = text
            .split("<!-- expect: ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().take(2).collect::<Vec<_>>().into())
            .filter(|words: &Vec<&str>| words.len() == 2)
            .unwrap_or_else(|| panic!("{name}: no `expect:` comment"));
        let (kind, position) = (expect[0], expect[1]);
        let (line, column) = position
            .split_once(':')
            .and_then(|(l, c)| Some((l.parse::<usize>().ok()?, c.parse::<usize>().ok()?)))
            .unwrap_or_else(|| panic!("{name}: bad position {position}"));
        let out = read_bytes(&bytes);
        let found = match kind {
            "fatal" => out.fatal.iter().collect::<Vec<_>>(),
            "error" | "warning" => {
                assert!(out.fatal.is_none(), "{name}: {:?}", out.fatal);
                let severity = if kind == "error" {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                out.diagnostics
                    .iter()
                    .filter(|d| d.severity == severity)
                    .collect()
            }
            other => panic!("{name}: unknown kind {other}"),
        };
        assert_eq!(found.len(), 1, "{name}: {out:#?}");
        assert_eq!(
            (found[0].line, found[0].column),
            (line, column),
            "{name}: {:?}",
            found[0]
        );
        if kind != "fatal" {
            // The rest of the unit is still imported.
            assert_eq!(out.units.len(), 1, "{name}");
            assert_eq!(tags(&out.units[0]), vec!["en"], "{name}");
        }
    }
}

/// Units exercising everything the writer emits.
fn sample_units() -> Vec<TmUnit> {
    let code = |kind, attrs: &[(&str, &str)], content: &str| {
        InlinePart::Code(InlineCode {
            kind,
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            content: content.to_string(),
        })
    };
    let text = |s: &str| InlinePart::Text(s.to_string());
    let parts = vec![
        text("Read "),
        code(
            CodeKind::Bpt,
            &[("i", "1"), ("x", "1"), ("type", "bold")],
            "<b>",
        ),
        text("the story"),
        code(CodeKind::Ept, &[("i", "1")], "</b>"),
        text(" & "),
        code(CodeKind::HiStart, &[("type", "x-key")], ""),
        text("more"),
        code(CodeKind::HiEnd, &[], ""),
        code(CodeKind::Ph, &[("x", "2"), ("assoc", "p")], ""),
        code(CodeKind::It, &[("pos", "begin")], "<i>"),
        code(CodeKind::Ut, &[], "{\\b}"),
    ];
    let mut first = TmUnit {
        key: Some("nr-001".into()),
        author: "leyla.m".into(),
        created: "2026-11-20T08:15:00Z".into(),
        changed: "2026-11-21T09:30:00Z".into(),
        usage: 4,
        origin: "import".into(),
        props: vec![("x-domain".into(), "finance".into())],
        notes: vec!["Check the <b> tags & quotes \"\".".into()],
        context: Some(TmContext {
            prev: "Exchange rates".into(),
            next: String::new(),
        }),
        ..TmUnit::default()
    };
    first.variants.insert(
        "en".into(),
        TmVariant {
            text: render_text(&parts),
            parts,
            props: vec![("x-status".into(), "approved".into())],
            notes: vec!["source".into()],
        },
    );
    first
        .variants
        .insert("az".into(), TmVariant::plain("Xəbəri oxuyun."));
    first
        .variants
        .insert("ru".into(), TmVariant::plain("Читайте  новость.\n"));
    let mut second = TmUnit {
        origin: "import".into(),
        ..TmUnit::default()
    };
    second
        .variants
        .insert("az-Cyrl".into(), TmVariant::plain("Нәглијјат"));
    second
        .variants
        .insert("en-US".into(), TmVariant::plain("Transport"));
    vec![first, second]
}

fn xmllint() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("xmllint"))
        .find(|p| p.is_file())
}

#[test]
fn written_tmx_is_valid_against_the_dtd_and_reads_back_equal() {
    let units = sample_units();
    let header = TmxHeader {
        srclang: "en".into(),
        creationdate: "2026-11-27T12:00:00Z".into(),
        props: vec![("x-project".into(), "newsroom".into())],
        notes: vec!["Written by the tests.".into()],
        ..TmxHeader::default()
    };
    let mut bytes = Vec::new();
    write_tmx(units.iter(), &header, None, &mut bytes).expect("write");

    let out = read_bytes(&bytes);
    assert!(
        out.fatal.is_none() && out.diagnostics.is_empty(),
        "{out:#?}"
    );
    assert_eq!(out.units, units);
    assert_eq!(out.header.creationtool, "korpu");
    assert_eq!(out.header.notes, header.notes);

    let Some(xmllint) = xmllint() else {
        eprintln!("skipped: xmllint is not on PATH (install libxml2-utils) to validate TMX");
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("written.tmx");
    std::fs::write(&file, &bytes).expect("write file");
    let dtd = fixtures().join("tmx14.dtd");
    // The file names the DTD in its document type line: put it beside the file too.
    std::fs::copy(&dtd, dir.path().join("tmx14.dtd")).expect("copy the DTD");
    let result = Command::new(&xmllint)
        .args(["--noout", "--nonet", "--dtdvalid"])
        .arg(&dtd)
        .arg(&file)
        .output()
        .expect("run xmllint");
    assert!(
        result.status.success(),
        "xmllint: {}\n{}",
        String::from_utf8_lossy(&result.stderr),
        String::from_utf8_lossy(&bytes)
    );
    // The fixtures that claim to be TMX 1.4 are valid too.
    for name in ["multi-tuv.tmx", "inline.tmx"] {
        let status = Command::new(&xmllint)
            .args(["--noout", "--nonet", "--dtdvalid"])
            .arg(&dtd)
            .arg(fixtures().join(name))
            .status()
            .expect("run xmllint");
        assert!(status.success(), "{name} is not valid TMX 1.4");
    }
}

#[test]
fn a_language_filter_selects_and_orders_variants() {
    let units = sample_units();
    let langs = vec!["ru".to_string(), "en".to_string()];
    let mut writer = TmxWriter::new(Vec::new(), &TmxHeader::default()).expect("header");
    writer.set_langs(Some(&langs));
    let written: Vec<bool> = units
        .iter()
        .map(|u| writer.write_unit(u).expect("write"))
        .collect();
    assert_eq!(
        written,
        vec![true, false],
        "the second unit has neither ru nor en"
    );
    let bytes = writer.finish().expect("finish");
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    let ru = text.find("xml:lang=\"ru\"").expect("ru");
    let en = text.find("xml:lang=\"en\"").expect("en");
    assert!(ru < en);
    let out = read_bytes(&bytes);
    assert_eq!(out.units.len(), 1);
    assert_eq!(tags(&out.units[0]), vec!["en", "ru"]);
}

/// The memory shipped in `memory/` imports without a problem.
#[test]
fn the_shipped_memory_reads_cleanly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("memory/newsroom.tmx");
    let bytes = std::fs::read(&path).expect("memory/newsroom.tmx");
    let out = read_bytes(&bytes);
    assert!(out.fatal.is_none(), "{:?}", out.fatal);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    assert!(!out.units.is_empty());
}
