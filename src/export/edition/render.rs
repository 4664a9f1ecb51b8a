//! Writing an edition's documents and index: HTML, Markdown and JSON.

use std::fmt::Write as _;

use serde::Serialize;

use super::{to_json_bytes, Doc, DocBlock, EditionFormat, EditionOptions, Piece};
use crate::export::escape;
use crate::locale::Locale;
use crate::segment::{BlockKind, DocFormat};

// ---------------------------------------------------------------------------------
// HTML

const FALLBACK_CLASS: &str = "korpu-fallback";

/// The language all pieces share when it is not the document's.
fn block_lang(pieces: &[Piece]) -> Option<&Locale> {
    let first = pieces.first()?.other_lang.as_ref()?;
    pieces
        .iter()
        .all(|p| p.other_lang.as_ref() == Some(first))
        .then_some(first)
}

fn html_pieces(pieces: &[Piece], whole_block_marked: bool) -> String {
    let mut out = String::new();
    for (k, p) in pieces.iter().enumerate() {
        if k > 0 {
            out.push_str(if p.new_line { "<br>\n" } else { " " });
        }
        match (&p.other_lang, whole_block_marked) {
            (Some(l), false) => {
                let _ = write!(
                    out,
                    "<span lang=\"{}\" class=\"{FALLBACK_CLASS}\">{}</span>",
                    escape(l.tag()),
                    escape(&p.text)
                );
            }
            _ => out.push_str(&escape(&p.text)),
        }
    }
    out
}

pub(super) fn render_html(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<link rel=\"index\" href=\"index.html\">\n</head>\n<body>\n<article id=\"{}\">\n",
        escape(doc.lang.tag()),
        escape(&doc.title),
        escape(&doc.id)
    );
    let mut first_heading = true;
    let mut in_list = false;
    for b in &doc.blocks {
        let is_item = matches!(
            b,
            DocBlock::Text {
                kind: BlockKind::ListItem,
                ..
            }
        );
        if in_list && !is_item {
            out.push_str("</ul>\n");
        } else if !in_list && is_item {
            out.push_str("<ul>\n");
        }
        in_list = is_item;
        match b {
            DocBlock::Text { kind, pieces } => {
                let tag = match kind {
                    BlockKind::Heading if first_heading => {
                        first_heading = false;
                        "h1"
                    }
                    BlockKind::Heading => "h2",
                    BlockKind::ListItem => "li",
                    BlockKind::Paragraph | BlockKind::TableCell => "p",
                };
                let marked = block_lang(pieces);
                let attrs = marked.map_or_else(String::new, |l| {
                    format!(" lang=\"{}\" class=\"{FALLBACK_CLASS}\"", escape(l.tag()))
                });
                let _ = writeln!(
                    out,
                    "<{tag}{attrs}>{}</{tag}>",
                    html_pieces(pieces, marked.is_some())
                );
            }
            DocBlock::Rates { table, .. } => {
                out.push_str("<table class=\"korpu-rates\">\n<thead>\n<tr>");
                for c in &table.columns {
                    let _ = write!(out, "<th scope=\"col\">{}</th>", escape(c));
                }
                out.push_str("</tr>\n</thead>\n<tbody>\n");
                for r in &table.rows {
                    let _ = writeln!(
                        out,
                        "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                        escape(&r.code),
                        escape(&r.nominal),
                        escape(&r.name),
                        escape(&r.rate)
                    );
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

// ---------------------------------------------------------------------------------
// Markdown

/// Escapes the characters that CommonMark reads as inline markup (emphasis, code,
/// links, raw HTML, table pipes), so that text reads as written.
fn md_escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes text that may start a line: besides inline markup, a start that would open
/// a heading (`#`), a quote (`>`), a list item (`- `, `+ `, `1. `, `1) `) or a rule.
pub(super) fn md_escape(text: &str) -> String {
    let inline = md_escape_inline(text);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after = |at: usize| text[at..].chars().next();
    let spaced = |at: usize| after(at).is_none_or(char::is_whitespace);
    let numbered =
        (1..=9).contains(&digits) && matches!(after(digits), Some('.' | ')')) && spaced(digits + 1);
    if numbered {
        let mut out = inline;
        out.insert(digits, '\\');
        return out;
    }
    let first = text.chars().next();
    let opens_block = match first {
        Some('#') => true,
        Some('-' | '+') => spaced(1) || text.chars().all(|c| c == '-' || c == ' '),
        Some('=') => text.chars().all(|c| c == '='),
        _ => false,
    };
    if opens_block {
        format!("\\{inline}")
    } else {
        inline
    }
}

fn md_pieces(pieces: &[Piece], markdown_source: bool, whole_block_marked: bool) -> String {
    let mut out = String::new();
    for (k, p) in pieces.iter().enumerate() {
        if k > 0 {
            // A hard line break (a backslash before the newline) keeps the source's
            // line without starting a new paragraph.
            out.push_str(if p.new_line { "\\\n" } else { " " });
        }
        let text = if markdown_source {
            p.text.clone()
        } else {
            md_escape(&p.text)
        };
        match (&p.other_lang, whole_block_marked) {
            (Some(l), false) => {
                let _ = write!(out, "<span lang=\"{}\">{text}</span>", escape(l.tag()));
            }
            _ => out.push_str(&text),
        }
    }
    out
}

pub(super) fn md_cell(text: &str) -> String {
    md_escape_inline(text)
}

pub(super) fn render_markdown(doc: &Doc) -> String {
    // Markdown sources keep their inline markup; other text is escaped.
    let markdown_source = doc.source_format == DocFormat::Markdown;
    let mut out = String::new();
    let mut first_heading = true;
    let mut prev_item = false;
    for (i, b) in doc.blocks.iter().enumerate() {
        let is_item = matches!(
            b,
            DocBlock::Text {
                kind: BlockKind::ListItem,
                ..
            }
        );
        if i > 0 {
            out.push_str(if is_item && prev_item { "\n" } else { "\n\n" });
        }
        prev_item = is_item;
        match b {
            DocBlock::Text { kind, pieces } => {
                let marked = block_lang(pieces);
                let mut body = md_pieces(pieces, markdown_source, marked.is_some());
                if let Some(l) = marked {
                    body = format!("<span lang=\"{}\">{body}</span>", escape(l.tag()));
                }
                match kind {
                    BlockKind::Heading => {
                        out.push_str(if first_heading { "# " } else { "## " });
                        first_heading = false;
                    }
                    BlockKind::ListItem => out.push_str("- "),
                    BlockKind::Paragraph | BlockKind::TableCell => {}
                }
                out.push_str(&body);
            }
            DocBlock::Rates { table, .. } => {
                let cols: Vec<String> = table.columns.iter().map(|c| md_cell(c)).collect();
                let _ = writeln!(out, "| {} |", cols.join(" | "));
                out.push_str("| --- | ---: | --- | ---: |");
                for r in &table.rows {
                    let _ = write!(
                        out,
                        "\n| {} | {} | {} | {} |",
                        md_cell(&r.code),
                        md_cell(&r.nominal),
                        md_cell(&r.name),
                        md_cell(&r.rate)
                    );
                }
            }
        }
    }
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
struct JsonDoc<'a> {
    id: &'a str,
    lang: &'a str,
    source_lang: &'a str,
    title: &'a str,
    blocks: Vec<JsonBlock<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum JsonBlock<'a> {
    Heading {
        segments: Vec<JsonPiece<'a>>,
    },
    Paragraph {
        segments: Vec<JsonPiece<'a>>,
    },
    ListItem {
        segments: Vec<JsonPiece<'a>>,
    },
    TableCell {
        segments: Vec<JsonPiece<'a>>,
    },
    RateTable {
        /// The segments the table stands for.
        segments: Vec<usize>,
        columns: &'a [String; 4],
        rows: Vec<JsonRow<'a>>,
    },
}

#[derive(Serialize)]
struct JsonPiece<'a> {
    n: usize,
    text: &'a str,
    lang: &'a str,
    fallback: bool,
    new_line: bool,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    code: &'a str,
    nominal: &'a str,
    name: &'a str,
    rate: &'a str,
}

pub(super) fn render_json(doc: &Doc) -> Vec<u8> {
    let blocks = doc
        .blocks
        .iter()
        .map(|b| match b {
            DocBlock::Text { kind, pieces } => {
                let segments = pieces
                    .iter()
                    .map(|p| JsonPiece {
                        n: p.n,
                        text: &p.text,
                        lang: p.other_lang.as_ref().unwrap_or(&doc.lang).tag(),
                        fallback: p.other_lang.is_some(),
                        new_line: p.new_line,
                    })
                    .collect();
                match kind {
                    BlockKind::Heading => JsonBlock::Heading { segments },
                    BlockKind::Paragraph => JsonBlock::Paragraph { segments },
                    BlockKind::ListItem => JsonBlock::ListItem { segments },
                    BlockKind::TableCell => JsonBlock::TableCell { segments },
                }
            }
            DocBlock::Rates {
                table,
                first,
                count,
            } => JsonBlock::RateTable {
                segments: (*first..*first + *count).collect(),
                columns: &table.columns,
                rows: table
                    .rows
                    .iter()
                    .map(|r| JsonRow {
                        code: &r.code,
                        nominal: &r.nominal,
                        name: &r.name,
                        rate: &r.rate,
                    })
                    .collect(),
            },
        })
        .collect();
    to_json_bytes(&JsonDoc {
        id: &doc.id,
        lang: doc.lang.tag(),
        source_lang: doc.source_lang.tag(),
        title: &doc.title,
        blocks,
    })
}

// ---------------------------------------------------------------------------------
// The index

/// The index page's heading in a few languages; others get the English one.
fn contents_word(lang: &Locale) -> &'static str {
    match lang.language() {
        "az" => "Mündəricat",
        "ru" => "Содержание",
        _ => "Contents",
    }
}

pub(super) fn render_index(docs: &[Doc], names: &[String], options: &EditionOptions) -> Vec<u8> {
    let heading = contents_word(&options.lang);
    match options.format {
        EditionFormat::Html => {
            let mut out = format!(
                "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{heading}</title>\n</head>\n<body>\n<h1>{heading}</h1>\n<ul>\n",
                escape(options.lang.tag())
            );
            for (d, name) in docs.iter().zip(names) {
                let _ = writeln!(
                    out,
                    "<li><a href=\"{}\" hreflang=\"{}\">{}</a></li>",
                    escape(name),
                    escape(d.lang.tag()),
                    escape(&d.title)
                );
            }
            out.push_str("</ul>\n</body>\n</html>\n");
            out.into_bytes()
        }
        EditionFormat::Md => {
            let mut out = format!("# {heading}\n\n");
            for (d, name) in docs.iter().zip(names) {
                let _ = writeln!(out, "- [{}]({name})", md_escape(&d.title));
            }
            out.into_bytes()
        }
        EditionFormat::Json => {
            #[derive(Serialize)]
            struct Item<'a> {
                article: &'a str,
                title: &'a str,
                file: &'a str,
            }
            #[derive(Serialize)]
            struct Index<'a> {
                lang: &'a str,
                title: &'a str,
                articles: Vec<Item<'a>>,
            }
            to_json_bytes(&Index {
                lang: options.lang.tag(),
                title: heading,
                articles: docs
                    .iter()
                    .zip(names)
                    .map(|(d, name)| Item {
                        article: &d.id,
                        title: &d.title,
                        file: name,
                    })
                    .collect(),
            })
        }
    }
}
