//! Unit tests of edition building and rendering.

use super::render::{md_cell, md_escape};
use super::*;
use crate::model::{ArticleInfo, Origin, Translation};
use crate::segment::Segmenter;

fn locale(tag: &str) -> Locale {
    Locale::parse(tag).expect("a valid tag")
}

/// An article split by the embedded rules, with translations given by segment
/// number: `(n, tag, status, text)`.
fn article(
    id: &str,
    source: &str,
    format: DocFormat,
    translations: &[(usize, &str, Status, &str)],
) -> Article {
    let en = locale("en");
    let spans = Segmenter::embedded().split(source, &en, format);
    let mut segments: Vec<Segment> = spans
        .iter()
        .enumerate()
        .map(|(i, sp)| Segment {
            id: i as u64 + 1,
            start: sp.start,
            end: sp.end,
            paragraph: sp.paragraph,
            kind: sp.kind,
            text: source[sp.start..sp.end].to_string(),
            translations: Default::default(),
        })
        .collect();
    for &(n, tag, status, text) in translations {
        segments[n - 1].translations.insert(
            tag.to_string(),
            Translation {
                text: text.to_string(),
                status,
                revision: 1,
                author: "t".into(),
                time: "2025-04-15T00:00:00Z".into(),
                origin: Origin::Human,
            },
        );
    }
    Article {
        info: ArticleInfo {
            id: id.into(),
            title: "t".into(),
            lang: en,
            format,
            segments: segments.len(),
            created: "2025-04-15T00:00:00Z".into(),
            updated: "2025-04-15T00:00:00Z".into(),
        },
        source: source.to_string(),
        segments,
    }
}

fn options(lang: &str, format: EditionFormat, untranslated: Untranslated) -> EditionOptions {
    EditionOptions {
        lang: locale(lang),
        format,
        untranslated,
        min_status: Status::Translated,
    }
}

fn file<'a>(e: &'a Edition, name: &str) -> &'a str {
    let f = e.files.iter().find(|f| f.name == name).expect("the file");
    std::str::from_utf8(&f.bytes).expect("UTF-8")
}

const MD: &str = "# Title\n\nFirst *point* here. Second one.\n\n- one\n- two\n";

#[test]
fn markdown_lists_and_inline_markup_survive() {
    use Status::Translated as T;
    let a = article(
        "doc",
        MD,
        DocFormat::Markdown,
        &[
            (1, "az", T, "Başlıq"),
            (2, "az", T, "Birinci *nöqtə*."),
            (4, "az", T, "bir"),
        ],
    );
    let e = build_edition(
        std::slice::from_ref(&a),
        &options("az", EditionFormat::Md, Untranslated::Source),
    )
    .expect("an edition");
    assert_eq!(
        file(&e, "doc.md"),
        "# Başlıq\n\nBirinci *nöqtə*. <span lang=\"en\">Second one.</span>\n\n- bir\n- <span lang=\"en\">two</span>\n"
    );
    let e = build_edition(
        &[a],
        &options("az", EditionFormat::Html, Untranslated::Source),
    )
    .expect("an edition");
    let html = file(&e, "doc.html");
    assert!(
        html.contains("<ul>\n<li>bir</li>\n<li lang=\"en\" class=\"korpu-fallback\">two</li>\n</ul>\n</article>"),
        "{html}"
    );
    assert_eq!(e.manifest.files[0].untranslated_segments, vec![3, 5]);
    assert_eq!(e.manifest.files[0].translated_share, 0.6);
    assert_eq!(e.warnings.len(), 1, "{:?}", e.warnings);
    assert!(
        e.warnings[0].contains("2 of 5 segments"),
        "{:?}",
        e.warnings
    );
}

#[test]
fn drafts_are_published_only_when_asked() {
    let a = article(
        "doc",
        "Title\n\nOne. Two.\n",
        DocFormat::Text,
        &[
            (1, "ru", Status::Approved, "Заголовок"),
            (2, "ru", Status::Draft, "Один."),
            (3, "ru", Status::Reviewed, "Два."),
        ],
    );
    let mut opts = options("ru", EditionFormat::Json, Untranslated::Strict);
    match build_edition(std::slice::from_ref(&a), &opts) {
        Err(EditionError::Untranslated { missing, .. }) => {
            assert_eq!(missing.len(), 1);
            assert_eq!((missing[0].n, missing[0].status), (2, Status::Draft));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    opts.min_status = Status::Draft;
    let e = build_edition(&[a], &opts).expect("an edition");
    assert_eq!(e.manifest.files[0].translated, 3);
    assert!(e.warnings.is_empty());
}

#[test]
fn the_source_language_needs_no_translation() {
    let a = article("doc", "Title\n\nOne. Two.\n", DocFormat::Text, &[]);
    let e = build_edition(
        std::slice::from_ref(&a),
        &options("en", EditionFormat::Html, Untranslated::Strict),
    )
    .expect("an edition");
    assert_eq!(e.manifest.files[0].translated_share, 1.0);
    assert!(file(&e, "doc.html").contains("<p>One. Two.</p>"));
    let err = build_edition(
        &[a],
        &options("az", EditionFormat::Html, Untranslated::Source),
    )
    .expect_err("no az");
    assert!(
        err.to_string()
            .starts_with("article \"doc\" has no translations into az (it has en (source))"),
        "{err}"
    );
}

#[test]
fn reserved_names_and_lines_are_kept_apart() {
    let a = article(
        "index",
        "Title\n\nFirst line.\nSecond line.\n",
        DocFormat::Text,
        &[],
    );
    let e = build_edition(
        &[a],
        &options("en", EditionFormat::Md, Untranslated::Source),
    )
    .expect("an edition");
    let names: Vec<&str> = e.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["index.article.md", "index.md", "manifest.json"]);
    assert_eq!(
        file(&e, "index.article.md"),
        "# Title\n\nFirst line.\\\nSecond line.\n"
    );
    assert!(file(&e, "index.md").contains("- [Title](index.article.md)"));
}

#[test]
fn plain_text_is_escaped_for_markdown() {
    assert_eq!(
        md_escape("a *b* _c_ [d](e) <f> | g"),
        "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| g"
    );
    assert_eq!(md_escape("# not a heading"), "\\# not a heading");
    assert_eq!(md_escape("- not an item"), "\\- not an item");
    assert_eq!(md_escape("> not a quote"), "\\> not a quote");
    assert_eq!(md_escape("2024. Not a list"), "2024\\. Not a list");
    assert_eq!(md_escape("1) nor this"), "1\\) nor this");
    assert_eq!(md_escape("---"), "\\---");
    assert_eq!(md_escape("1.8968 manat"), "1.8968 manat");
    assert_eq!(md_escape("-0,4%"), "-0,4%");
    assert_eq!(md_cell("1.7"), "1.7");
    assert_eq!(md_cell("a|b"), "a\\|b");
}

#[test]
fn small_helpers() {
    assert_eq!(compact_list(&[1, 2, 3, 5, 7, 8]), "1-3, 5, 7-8");
    assert_eq!(compact_list(&[]), "");
    assert_eq!(share(1, 19), 0.0526);
    assert_eq!(share(2, 3), 0.6667);
    assert_eq!(share(0, 0), 1.0);
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn an_article_given_twice_is_refused() {
    let a = article("doc", "Title\n\nOne.\n", DocFormat::Text, &[]);
    let err = build_edition(
        &[a.clone(), a],
        &options("en", EditionFormat::Html, Untranslated::Source),
    )
    .expect_err("twice");
    assert_eq!(err, EditionError::Duplicate("doc".into()));
}
