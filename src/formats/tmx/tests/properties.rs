//! Property tests: generated units survive a round trip; no input makes the reader
//! panic.

use std::io::BufReader;

use proptest::prelude::*;

use super::*;
use crate::model::TmVariant;

/// Text as translators write it, with what needs escaping and some whitespace.
fn arb_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9 əğışöüçƏÇКурсёЁ😀<>&\"'\t\n\r;#]{0,24}")
        .expect("valid regex")
}

fn arb_nonempty_text() -> impl Strategy<Value = String> {
    arb_text().prop_filter("non-empty", |s| !s.is_empty())
}

fn arb_code() -> impl Strategy<Value = InlinePart> {
    let kinds = prop_oneof![
        Just(CodeKind::Bpt),
        Just(CodeKind::Ept),
        Just(CodeKind::Ph),
        Just(CodeKind::It),
        Just(CodeKind::Ut),
    ];
    let attr = (
        prop_oneof![
            Just("i"),
            Just("x"),
            Just("type"),
            Just("pos"),
            Just("assoc")
        ],
        arb_text(),
    );
    (kinds, proptest::collection::vec(attr, 0..3), arb_text()).prop_map(|(kind, attrs, content)| {
        let mut seen: Vec<(String, String)> = Vec::new();
        for (k, v) in attrs {
            if !seen.iter().any(|(n, _)| n == k) {
                seen.push((k.to_string(), v));
            }
        }
        InlinePart::Code(InlineCode {
            kind,
            attrs: seen,
            content,
        })
    })
}

/// Parts in the reader's normal form: no empty or adjacent text parts, `hi` balanced.
fn arb_parts() -> impl Strategy<Value = Vec<InlinePart>> {
    let piece = prop_oneof![
        arb_nonempty_text().prop_map(|t| vec![InlinePart::Text(t)]),
        arb_code().prop_map(|c| vec![c]),
        (arb_nonempty_text(), proptest::option::of(arb_text())).prop_map(|(inner, x)| {
            let attrs = x.map(|x| vec![("x".to_string(), x)]).unwrap_or_default();
            vec![
                InlinePart::Code(InlineCode {
                    kind: CodeKind::HiStart,
                    attrs,
                    content: String::new(),
                }),
                InlinePart::Text(inner),
                InlinePart::Code(InlineCode {
                    kind: CodeKind::HiEnd,
                    attrs: Vec::new(),
                    content: String::new(),
                }),
            ]
        }),
    ];
    proptest::collection::vec(piece, 1..5).prop_map(|pieces| {
        let mut parts: Vec<InlinePart> = Vec::new();
        for part in pieces.into_iter().flatten() {
            match (parts.last_mut(), part) {
                (Some(InlinePart::Text(last)), InlinePart::Text(t)) => last.push_str(&t),
                (_, part) => parts.push(part),
            }
        }
        parts
    })
}

fn arb_variant() -> impl Strategy<Value = TmVariant> {
    let plain = arb_text().prop_map(TmVariant::plain);
    let coded = arb_parts().prop_map(|parts| {
        if parts.iter().any(|p| matches!(p, InlinePart::Code(_))) {
            TmVariant {
                text: render_text(&parts),
                parts,
                ..TmVariant::default()
            }
        } else {
            TmVariant::plain(render_text(&parts))
        }
    });
    (
        prop_oneof![plain, coded],
        proptest::collection::vec((arb_text(), arb_text()), 0..2),
        proptest::collection::vec(arb_text(), 0..2),
    )
        .prop_map(|(mut v, props, notes)| {
            v.props = props;
            v.notes = notes;
            v
        })
}

fn arb_date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (
            1990u32..2100,
            1u32..13,
            1u32..29,
            0u32..24,
            0u32..60,
            0u32..60
        )
            .prop_map(|(y, mo, d, h, mi, s)| format!(
                "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"
            )),
    ]
}

fn arb_unit() -> impl Strategy<Value = TmUnit> {
    let tags = prop_oneof![
        Just("en"),
        Just("az"),
        Just("ru"),
        Just("en-US"),
        Just("az-Cyrl"),
        Just("de"),
    ];
    (
        proptest::collection::btree_map(tags.prop_map(String::from), arb_variant(), 1..4),
        proptest::option::of(arb_nonempty_text()),
        arb_text(),
        (arb_date(), arb_date()),
        any::<u64>(),
        proptest::collection::vec((arb_text(), arb_text()), 0..3),
        proptest::collection::vec(arb_text(), 0..2),
    )
        .prop_map(
            |(variants, key, author, (created, changed), usage, props, notes)| TmUnit {
                variants,
                key,
                author,
                created,
                changed,
                usage,
                props,
                notes,
                origin: "import".into(),
                ..TmUnit::default()
            },
        )
}

/// Small edits to a file: bytes replaced, removed, inserted (markup characters
/// often), then a cut somewhere in the second half.
type Edits = Vec<(prop::sample::Index, u8, u8)>;

fn arb_edits() -> impl Strategy<Value = Edits> {
    proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8)
}

fn mutate(mut bytes: Vec<u8>, edits: Edits, cut: prop::sample::Index) -> Vec<u8> {
    for (at, byte, op) in edits {
        let i = at.index(bytes.len());
        match op {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            2 => bytes.insert(i, byte),
            _ => bytes.insert(i, b"<>&\"'/=;[]!?"[usize::from(byte) % 12]),
        }
    }
    let keep = cut.index(bytes.len() + 1);
    bytes.truncate(keep.max(bytes.len() / 2));
    bytes
}

/// Reads the bytes a few at a time; checks that every diagnostic has a position.
fn read_never_panics(bytes: &[u8]) -> Result<(), TestCaseError> {
    let out = read_from(BufReader::with_capacity(7, bytes));
    for d in out.diagnostics.iter().chain(out.fatal.iter()) {
        prop_assert!(d.line >= 1 && d.column >= 1);
    }
    Ok(())
}

/// The fixtures, as more varied starting points than generated files.
const FIXTURES: [&[u8]; 6] = [
    include_bytes!("../../../../tests/fixtures/tmx/multi-tuv.tmx"),
    include_bytes!("../../../../tests/fixtures/tmx/inline.tmx"),
    include_bytes!("../../../../tests/fixtures/tmx/legacy-lang.tmx"),
    include_bytes!("../../../../tests/fixtures/tmx/remote-dtd.tmx"),
    include_bytes!("../../../../tests/fixtures/tmx/invalid/entity-expansion.tmx"),
    include_bytes!("../../../../tests/fixtures/tmx/invalid/tuv-without-seg.tmx"),
];

proptest! {
    // Failures are printed with their input; nothing is written into the tree.
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn written_units_read_back_equal(units in proptest::collection::vec(arb_unit(), 0..6)) {
        let written = write(&units, None);
        let back = read(&written);
        prop_assert!(back.fatal.is_none(), "{:?}\n{}", back.fatal, written);
        prop_assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
        prop_assert_eq!(back.units, units);
    }

    #[test]
    fn mutated_files_never_panic(
        units in proptest::collection::vec(arb_unit(), 1..4),
        edits in arb_edits(),
        cut in any::<prop::sample::Index>(),
        as_utf16 in any::<bool>(),
    ) {
        let written = write(&units, None);
        let bytes = if as_utf16 { utf16(&written, false) } else { written.into_bytes() };
        read_never_panics(&mutate(bytes, edits, cut))?;
    }

    #[test]
    fn mutated_fixtures_never_panic(
        fixture in any::<prop::sample::Index>(),
        edits in arb_edits(),
        cut in any::<prop::sample::Index>(),
        as_utf16 in any::<bool>(),
    ) {
        let bytes = FIXTURES[fixture.index(FIXTURES.len())];
        let bytes = if as_utf16 {
            utf16(&String::from_utf8_lossy(bytes), true)
        } else {
            bytes.to_vec()
        };
        read_never_panics(&mutate(bytes, edits, cut))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_from(&bytes[..]);
        let mut framed = doc("<tu><tuv xml:lang=\"en\"><seg>").into_bytes();
        framed.extend_from_slice(&bytes);
        let _ = read_from(&framed[..]);
    }
}
