//! Reading: what each element becomes, and what each problem reports where.

use super::*;
use crate::model::TmVariant;

#[test]
fn header_attributes_props_and_notes_are_read() {
    let out = read(
        "<tmx version=\"1.4\"><header creationtool=\"Tool\" creationtoolversion=\"2.1\" \
         segtype=\"paragraph\" o-tmf=\"TM\" adminlang=\"en-US\" srclang=\"*all*\" datatype=\"html\" \
         o-encoding=\"iso-8859-1\" creationdate=\"20261127T120000Z\" creationid=\"ana\" \
         changedate=\"20261128T000000Z\" changeid=\"bob\">\
         <prop type=\"x-a\">1</prop><ude name=\"MacRoman\"><map unicode=\"#xF8FF\"/></ude>\
         <note>n &amp; m</note></header><body/></tmx>",
    );
    assert!(
        out.fatal.is_none() && out.diagnostics.is_empty(),
        "{out:#?}"
    );
    let h = &out.header;
    assert_eq!(h.version, "1.4");
    assert_eq!(h.creationtool, "Tool");
    assert_eq!(h.creationtoolversion, "2.1");
    assert_eq!(h.segtype, "paragraph");
    assert_eq!(h.o_tmf, "TM");
    assert_eq!(h.adminlang, "en-US");
    assert_eq!(h.srclang, "*all*");
    assert_eq!(h.datatype, "html");
    assert_eq!(h.o_encoding, "iso-8859-1");
    assert_eq!(h.creationdate, "2026-11-27T12:00:00Z");
    assert_eq!(h.creationid, "ana");
    assert_eq!(h.changedate, "2026-11-28T00:00:00Z");
    assert_eq!(h.changeid, "bob");
    assert_eq!(h.props, vec![("x-a".to_string(), "1".to_string())]);
    assert_eq!(h.notes, vec!["n & m".to_string()]);
    assert!(out.units.is_empty());
}

#[test]
fn unit_fields_come_from_tu_and_tuv() {
    let out = read(&doc(
        "<tu tuid=\"k1\" creationid=\"leyla\" creationdate=\"20261120T081500Z\" \
         changedate=\"20261121T093000Z\" usagecount=\"12\" lastusagedate=\"20261122T000000Z\">\
           <prop type=\"x-domain\">finance</prop><note>unit note</note>\
           <tuv xml:lang=\"en\"><prop type=\"x-status\">ok</prop><note>en note</note>\
             <seg>  Exchange\trates \n</seg></tuv>\
           <tuv xml:lang=\"az\"><seg>Valyuta məzənnələri</seg></tuv>\
         </tu>",
    ));
    assert!(
        out.fatal.is_none() && out.diagnostics.is_empty(),
        "{out:#?}"
    );
    let unit = out.only_unit();
    assert_eq!(unit.key.as_deref(), Some("k1"));
    assert_eq!(unit.author, "leyla");
    assert_eq!(unit.created, "2026-11-20T08:15:00Z");
    assert_eq!(unit.changed, "2026-11-21T09:30:00Z");
    assert_eq!(unit.usage, 12);
    assert_eq!(unit.origin, "import");
    assert_eq!(unit.memory, "");
    assert_eq!(unit.id, 0);
    assert_eq!(
        unit.props,
        vec![("x-domain".to_string(), "finance".to_string())]
    );
    assert_eq!(unit.notes, vec!["unit note".to_string()]);
    let en = &unit.variants["en"];
    assert_eq!(en.text, "  Exchange\trates \n", "whitespace in seg is kept");
    assert!(en.parts.is_empty());
    assert_eq!(en.props, vec![("x-status".to_string(), "ok".to_string())]);
    assert_eq!(en.notes, vec!["en note".to_string()]);
    assert_eq!(unit.variants["az"], TmVariant::plain("Valyuta məzənnələri"));
}

#[test]
fn inline_codes_become_parts_and_text_renders_them() {
    let out = read(&doc(
        "<tu><tuv xml:lang=\"en\"><seg>Read <bpt i=\"1\" type=\"bold\">&lt;b></bpt>this\
         <ept i=\"1\">&lt;/b></ept><ph x=\"4\"/> <it pos=\"end\">&lt;/i></it>\
         <hi type=\"x-key\">Enter <ph/></hi><ut>{\\b}</ut>\
         <ph x=\"9\">&lt;img alt=\"<sub>a <hi>flag</hi></sub>\"/></ph></seg></tuv></tu>",
    ));
    assert!(
        out.fatal.is_none() && out.diagnostics.is_empty(),
        "{out:#?}"
    );
    let en = &out.only_unit().variants["en"];
    assert_eq!(
        en.parts,
        vec![
            text("Read "),
            code(CodeKind::Bpt, &[("i", "1"), ("type", "bold")], "<b>"),
            text("this"),
            code(CodeKind::Ept, &[("i", "1")], "</b>"),
            code(CodeKind::Ph, &[("x", "4")], ""),
            text(" "),
            code(CodeKind::It, &[("pos", "end")], "</i>"),
            code(CodeKind::HiStart, &[("type", "x-key")], ""),
            text("Enter "),
            code(CodeKind::Ph, &[], ""),
            code(CodeKind::HiEnd, &[], ""),
            code(CodeKind::Ut, &[], "{\\b}"),
            code(CodeKind::Ph, &[("x", "9")], "<img alt=\"a flag\"/>"),
        ]
    );
    // Codes without content are markers: x, else i, else the ordinal (1-based).
    assert_eq!(
        en.text,
        "Read <b>this</b><x4/> </i><x5/>Enter <x6/><x7/>{\\b}<img alt=\"a flag\"/>"
    );
    assert_eq!(render_text(&en.parts), en.text);
}

#[test]
fn unknown_elements_inside_seg_keep_their_text() {
    let out = read(&doc(
        "<tu><tuv xml:lang=\"en\"><seg>A <b>bold <i>claim</i></b> here<g id=\"1\"/>.</seg></tuv></tu>",
    ));
    assert!(out.fatal.is_none());
    assert_eq!(
        out.only_unit().variants["en"],
        TmVariant::plain("A bold claim here.")
    );
    let warnings: Vec<_> = out
        .diagnostics
        .iter()
        .map(|d| (d.severity, d.line, d.column))
        .collect();
    assert_eq!(
        warnings,
        vec![
            (Severity::Warning, 5, 31),
            (Severity::Warning, 5, 39),
            (Severity::Warning, 5, 60)
        ]
    );
    assert!(
        out.diagnostics[0].message.contains("<b>"),
        "{:?}",
        out.diagnostics
    );
}

#[test]
fn legacy_lang_and_canonical_case() {
    let out = read(&doc(
        "<tu><tuv lang=\"EN-us\"><seg>a</seg></tuv><tuv xml:lang=\"AZ-cyrl\" lang=\"ru\"><seg>b</seg></tuv></tu>",
    ));
    assert!(
        out.fatal.is_none() && out.diagnostics.is_empty(),
        "{out:#?}"
    );
    let tags: Vec<&str> = out
        .only_unit()
        .variants
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(tags, vec!["az-Cyrl", "en-US"]);
}

#[test]
fn invalid_or_missing_language_drops_the_variant_with_an_error() {
    let out = read(&doc(
        "<tu>\n<tuv xml:lang=\"en\"><seg>a</seg></tuv>\n<tuv xml:lang=\"!!\"><seg>b</seg></tuv>\n\
         <tuv><seg>c</seg></tuv>\n</tu>\n\
         <tu><tuv xml:lang=\"zz-!!\"><seg>only</seg></tuv></tu>",
    ));
    assert!(out.fatal.is_none());
    assert_eq!(out.units.len(), 1);
    assert_eq!(out.units[0].variants.len(), 1);
    assert_eq!(
        out.positions(Severity::Error),
        vec![(7, 16), (8, 1), (10, 20)]
    );
    assert_eq!(
        out.positions(Severity::Warning),
        vec![(10, 1)],
        "the empty unit is skipped"
    );
    assert!(out.diagnostics[0].message.contains("invalid language tag"));
}

#[test]
fn recoverable_problems_are_warnings() {
    let out = read(&doc(
        "<tu usagecount=\"many\" creationdate=\"yesterday\">\n\
         <tuv xml:lang=\"en\"><seg>a</seg></tuv>\n\
         <tuv xml:lang=\"en\"><seg>again</seg></tuv>\n\
         <tuv xml:lang=\"az\"><seg>b</seg><seg>c</seg></tuv>\n\
         <tuv xml:lang=\"ru\"></tuv>\n\
         <foo>bar</foo>stray\n\
         <prop>untyped</prop>\n\
         </tu>",
    ));
    assert!(out.fatal.is_none());
    let unit = out.only_unit();
    assert_eq!(unit.variants["en"].text, "a");
    assert_eq!(unit.variants["az"].text, "b");
    assert!(!unit.variants.contains_key("ru"));
    assert_eq!(unit.usage, 0);
    assert_eq!(unit.created, "");
    assert_eq!(unit.props, vec![(String::new(), "untyped".to_string())]);
    assert_eq!(
        out.positions(Severity::Warning),
        vec![
            (5, 17),
            (5, 37),
            (7, 1),
            (8, 32),
            (9, 1),
            (10, 1),
            (10, 15),
            (11, 1)
        ]
    );
    assert!(out.positions(Severity::Error).is_empty());
}

#[test]
fn entities_are_decoded_but_never_expanded() {
    let out = read(
        "<?xml version=\"1.0\"?>\n\
         <!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\" [\n\
           <!ENTITY x \"expanded\">\n\
           <!ENTITY ext SYSTEM \"file:///etc/passwd\">\n\
         ]>\n\
         <tmx version=\"1.4\"><header/><body>\n\
         <tu><tuv xml:lang=\"en\"><seg>&lt;&gt;&amp;&apos;&quot; &#233;&#x4E2D;&#x1F600;</seg></tuv>\n\
         <tuv xml:lang=\"az\"><seg>a &x; b</seg></tuv>\n\
         <tuv xml:lang=\"ru\"><seg>&ext;</seg></tuv></tu>\n\
         <tu tuid=\"&x;\"><tuv xml:lang=\"en\"><seg>kept</seg></tuv></tu>\n\
         </body></tmx>",
    );
    assert!(out.fatal.is_none(), "{out:#?}");
    assert_eq!(out.units.len(), 2);
    let first = &out.units[0];
    assert_eq!(first.variants.len(), 1, "az and ru are dropped");
    assert_eq!(first.variants["en"].text, "<>&'\" é中😀");
    assert_eq!(
        out.units[1].key, None,
        "an attribute with an unknown entity is dropped"
    );
    assert_eq!(out.units[1].variants["en"].text, "kept");
    assert_eq!(
        out.positions(Severity::Warning),
        vec![(2, 1)],
        "the internal subset is ignored"
    );
    assert_eq!(
        out.positions(Severity::Error),
        vec![(8, 27), (9, 25), (10, 11)]
    );
    assert!(out
        .diagnostics
        .iter()
        .all(|d| !d.message.contains("expanded\"")));
}

#[test]
fn line_ends_are_normalized_and_character_references_kept() {
    let out = read(&doc(
        "<tu><tuv xml:lang=\"en\"><seg>a\r\nb\rc&#13;d&#10;e</seg><note>x\r\ny</note></tuv>\
         <prop type=\"t\">p</prop></tu>",
    ));
    let en = &out.only_unit().variants["en"];
    assert_eq!(en.text, "a\nb\nc\rd\ne");
    assert_eq!(en.notes, vec!["x\ny".to_string()]);
    let attrs = read(&doc(
        "<tu tuid=\"a\tb\r\nc&#10;d\"><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>",
    ));
    assert_eq!(attrs.only_unit().key.as_deref(), Some("a b c\nd"));
}

#[test]
fn cdata_is_text() {
    let out = read(&doc(
        "<tu><tuv xml:lang=\"en\"><seg>a <![CDATA[<b> & &amp;]]> c</seg></tuv></tu>",
    ));
    assert_eq!(out.only_unit().variants["en"].text, "a <b> & &amp; c");
}

#[test]
fn control_characters_are_kept_with_a_warning() {
    let out = read(&doc(
        "<tu><tuv xml:lang=\"en\"><seg>a\u{0B}b</seg></tuv></tu>",
    ));
    assert_eq!(out.only_unit().variants["en"].text, "a\u{0B}b");
    assert_eq!(out.positions(Severity::Warning), vec![(5, 30)]);
}

/// Malformed documents end the iteration with an error at the right place.
#[test]
fn malformed_documents_are_fatal_with_position() {
    let cases: &[(&str, (usize, usize), &str)] = &[
        ("", (1, 1), "no <tmx>"),
        (
            "<?xml version=\"1.0\"?>\n<tmx><body>",
            (2, 12),
            "end of file",
        ),
        (
            "<xliff version=\"1.2\"/>",
            (1, 1),
            "root element is <xliff>",
        ),
        ("hello", (1, 1), "text before"),
        (
            "<tmx><header/><body><tu tuid=1></tu></body></tmx>",
            (1, 30),
            "in quotes",
        ),
        (
            "<tmx><header/><body><tu tuid=\"1\" tuid=\"2\"></tu></body></tmx>",
            (1, 34),
            "twice",
        ),
        (
            "<tmx><header/><body><tu x></tu></body></tmx>",
            (1, 26),
            "followed by `=`",
        ),
        (
            "<tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>a & b</seg></tuv></tu></body></tmx>",
            (1, 51),
            "`&amp;`",
        ),
        (
            "<tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>&#0;</seg></tuv></tu></body></tmx>",
            (1, 49),
            "`&#0;`",
        ),
        (
            "<tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>a</tuv></seg></tu></body></tmx>",
            (1, 50),
            "expected `</seg>`",
        ),
        (
            "<tmx><header/><body></body></tmx>\n<tmx/>",
            (2, 1),
            "after the end",
        ),
        (
            "<tmx><header/><body></body></tmx>\njunk",
            (2, 1),
            "after the end",
        ),
        (
            "<tmx><header/><body><tu tuid=\"a<b\"/></body></tmx>",
            (1, 32),
            "`&lt;`",
        ),
        (
            "<tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>a<!-- open",
            (1, 50),
            "comment",
        ),
        (
            "<tmx><header/><body><tu><1bad/></tu></body></tmx>",
            (1, 26),
            "element name",
        ),
        (
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx/>",
            (1, 1),
            "iconv -f ISO-8859-1",
        ),
        (
            "<tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>caf\u{e9}",
            (1, 53),
            "end of file",
        ),
    ];
    for (tmx, (line, column), needle) in cases {
        let out = read(tmx);
        let fatal = out
            .fatal
            .unwrap_or_else(|| panic!("no fatal error for {tmx:?}: {:?}", out.units));
        assert_eq!(
            (fatal.line, fatal.column),
            (*line, *column),
            "{tmx:?}: {fatal:?}"
        );
        assert_eq!(fatal.severity, Severity::Error);
        assert!(fatal.message.contains(needle), "{tmx:?}: {}", fatal.message);
    }
}

#[test]
fn bytes_that_are_not_utf8_are_fatal_with_position() {
    // Latin-1 é in a file that says UTF-8.
    let source = doc("<tu><tuv xml:lang=\"en\"><seg>café!</seg></tuv></tu>");
    let at = source.find('é').expect("é");
    let mut bytes = source.into_bytes();
    bytes.splice(at..at + 2, [0xE9]);
    let out = read_from(&bytes[..]);
    let fatal = out.fatal.expect("fatal");
    assert_eq!((fatal.line, fatal.column), (5, 32), "{fatal:?}");
    assert!(fatal.message.contains("UTF-8"));
}

#[test]
fn units_before_a_fatal_error_are_yielded_and_iteration_ends() {
    let tmx = doc("<tu><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu><tu><tuv></tu>");
    let mut reader = TmxReader::new(tmx.as_bytes()).expect("header is fine");
    assert_eq!(reader.next().map(|r| r.is_ok()), Some(true));
    assert_eq!(reader.next().map(|r| r.is_err()), Some(true));
    assert!(reader.next().is_none());
    assert!(reader.next().is_none());
}
