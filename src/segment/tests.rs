//! Unit tests of the segmenter as a whole; the data-driven cases live in
//! `tests/fixtures/segment` and run from `tests/segment.rs`.

use super::*;

fn locale(tag: &str) -> Locale {
    Locale::parse(tag).expect("valid tag")
}

fn sentences<'a>(text: &'a str, tag: &str) -> Vec<&'a str> {
    Segmenter::embedded()
        .split_sentences(text, &locale(tag))
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn embedded_rules_compile_and_map_locales() {
    let s = Segmenter::embedded();
    let names = |tag: &str| s.language_rules_for(&locale(tag));
    assert_eq!(names("en"), ["English", "AzerbaijaniTerms", "Default"]);
    assert_eq!(names("en-US"), ["English", "AzerbaijaniTerms", "Default"]);
    assert_eq!(names("az"), ["Azerbaijani", "AzerbaijaniTerms", "Default"]);
    assert_eq!(
        names("az-Latn-AZ"),
        ["Azerbaijani", "AzerbaijaniTerms", "Default"]
    );
    assert_eq!(
        names("az-AZ"),
        ["Azerbaijani", "AzerbaijaniTerms", "Default"]
    );
    assert_eq!(names("az-Cyrl"), ["Default"]);
    assert_eq!(names("az-Cyrl-AZ"), ["Default"]);
    assert_eq!(names("ru"), ["Russian", "AzerbaijaniTerms", "Default"]);
    assert_eq!(names("de"), ["Default"]);
}

#[test]
fn general_rule_and_exceptions() {
    assert_eq!(
        sentences("Mr. Smith came. He left at 15.00. Then… nothing.", "en"),
        ["Mr. Smith came.", "He left at 15.00.", "Then… nothing."]
    );
    assert_eq!(
        sentences("к 2024 г. Об этом сообщил И. Алиев в г. Сочи.", "ru"),
        ["к 2024 г.", "Об этом сообщил И. Алиев в г. Сочи."]
    );
}

#[test]
fn spans_are_lossless_in_every_format() {
    let text = "# A\n\nOne. Two.\n\n- three\n";
    for format in [DocFormat::Text, DocFormat::Markdown, DocFormat::Html] {
        let spans = Segmenter::embedded().split(text, &locale("en"), format);
        let mut at = 0;
        for s in &spans {
            assert!(s.start >= at && s.end > s.start, "{format:?} {spans:?}");
            at = s.end;
        }
    }
}

#[test]
fn an_srx_1_0_file_is_read_without_cascade() {
    let xml = r#"<srx version="1.0"><header/><body><languagerules>
        <languagerule languagerulename="a"><rule break="yes"><beforebreak>;</beforebreak><afterbreak> </afterbreak></rule></languagerule>
        <languagerule languagerulename="b"><rule break="yes"><beforebreak>,</beforebreak><afterbreak> </afterbreak></rule></languagerule>
        </languagerules><maprules><maprule maprulename="m">
        <languagemap languagepattern="x.*" languagerulename="a"/>
        <languagemap languagepattern=".*" languagerulename="b"/>
        </maprule></maprules></body></srx>"#;
    let s = Segmenter::from_srx(xml, "old.srx").expect("valid SRX 1.0");
    let got: Vec<_> = s
        .split_sentences("a; b, c", &locale("xh"))
        .into_iter()
        .collect();
    assert_eq!(got, [0..2, 3..7]);
}
