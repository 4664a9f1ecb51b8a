//! Rendering an article in one locale.
//!
//! In the article's own format the output is the source document with every segment
//! replaced by its translation, so the layout (blank lines, list markers, HTML around
//! the text) is kept to the byte. In another format the document is rebuilt from the
//! segments' blocks: headings, paragraphs, list items and table cells.

pub mod catalog;
pub mod currency;
pub mod edition;
pub mod rates;
pub mod xliff;

use crate::locale::Locale;
use crate::model::{Article, Segment, Status};
use crate::segment::{BlockKind, DocFormat};

/// The text of a segment in `lang`: its translation when there is one (any status but
/// `new`), else the source text.
pub fn segment_text<'a>(segment: &'a Segment, lang: &Locale) -> (&'a str, bool) {
    match segment.translations.get(lang.tag()) {
        Some(t) if t.status > Status::New && !t.text.is_empty() => (&t.text, true),
        _ => (&segment.text, false),
    }
}

/// Renders `article` in `lang` as `format`. Untranslated segments keep their source
/// text. `lang` is the tag under which translations are stored (or the source locale).
pub fn render_article(article: &Article, lang: &Locale, format: DocFormat) -> String {
    if format == article.info.format {
        return substitute(article, lang);
    }
    let blocks = blocks(article, lang);
    match format {
        DocFormat::Text => render_text(&blocks),
        DocFormat::Markdown => render_markdown(&blocks),
        DocFormat::Html => render_html(article, lang, &blocks),
    }
}

/// The source document with each segment's span replaced by its text in `lang`.
fn substitute(article: &Article, lang: &Locale) -> String {
    let src = &article.source;
    let mut out = String::with_capacity(src.len() + src.len() / 4);
    let mut pos = 0;
    for s in &article.segments {
        // Spans are checked when they are stored; one that is not a range of the source
        // after the previous one is left out rather than trusted.
        let (Some(gap), true) = (
            src.get(pos..s.start),
            s.end >= s.start && src.get(s.start..s.end).is_some(),
        ) else {
            continue;
        };
        out.push_str(gap);
        out.push_str(segment_text(s, lang).0);
        pos = s.end;
    }
    out.push_str(src.get(pos..).unwrap_or_default());
    out
}

/// One block of a rebuilt document: its kind and its lines (segments separated by a
/// line break in the source start a new line).
struct Block {
    kind: BlockKind,
    lines: Vec<String>,
}

fn blocks(article: &Article, lang: &Locale) -> Vec<Block> {
    let from_html = article.info.format == DocFormat::Html;
    let mut out: Vec<Block> = Vec::new();
    let mut prev: Option<&Segment> = None;
    for s in &article.segments {
        let mut text = segment_text(s, lang).0.to_string();
        if from_html {
            text = html_to_text(&text);
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match (prev, out.last_mut()) {
            (Some(p), Some(block)) if p.paragraph == s.paragraph => {
                let gap = article.source.get(p.end..s.start).unwrap_or(" ");
                match block.lines.last_mut() {
                    Some(line) if !gap.contains('\n') || from_html => {
                        line.push(' ');
                        line.push_str(&text);
                    }
                    _ => block.lines.push(text),
                }
            }
            _ => out.push(Block {
                kind: s.kind,
                lines: vec![text],
            }),
        }
        prev = Some(s);
    }
    out
}

fn render_text(blocks: &[Block]) -> String {
    let mut out = blocks
        .iter()
        .map(|b| b.lines.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push('\n');
    out
}

fn render_markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut first_heading = true;
    for (i, b) in blocks.iter().enumerate() {
        let prev_kind = i.checked_sub(1).map(|j| blocks[j].kind);
        if i > 0 {
            // Consecutive list items form one list: a single line break between them.
            let tight = b.kind == BlockKind::ListItem && prev_kind == Some(BlockKind::ListItem);
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        let body = b.lines.join("  \n");
        match b.kind {
            BlockKind::Heading => {
                out.push_str(if first_heading { "# " } else { "## " });
                first_heading = false;
                out.push_str(&body);
            }
            BlockKind::ListItem => {
                out.push_str("- ");
                out.push_str(&body);
            }
            BlockKind::Paragraph | BlockKind::TableCell => out.push_str(&body),
        }
    }
    out.push('\n');
    out
}

fn render_html(article: &Article, lang: &Locale, blocks: &[Block]) -> String {
    let title = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Heading)
        .map_or_else(
            || escape(&article.info.title),
            |b| escape(&b.lines.join(" ")),
        );
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n</head>\n<body>\n",
        lang.tag()
    );
    let mut first_heading = true;
    let mut open: Option<BlockKind> = None;
    for b in blocks {
        let container = match b.kind {
            BlockKind::ListItem => Some(BlockKind::ListItem),
            BlockKind::TableCell => Some(BlockKind::TableCell),
            _ => None,
        };
        if open != container {
            match open {
                Some(BlockKind::ListItem) => out.push_str("</ul>\n"),
                Some(_) => out.push_str("</tr>\n</table>\n"),
                None => {}
            }
            match container {
                Some(BlockKind::ListItem) => out.push_str("<ul>\n"),
                Some(_) => out.push_str("<table>\n<tr>\n"),
                None => {}
            }
            open = container;
        }
        let body = b
            .lines
            .iter()
            .map(|l| escape(l))
            .collect::<Vec<_>>()
            .join("<br>\n");
        let tag = match b.kind {
            BlockKind::Heading if first_heading => {
                first_heading = false;
                "h1"
            }
            BlockKind::Heading => "h2",
            BlockKind::Paragraph => "p",
            BlockKind::ListItem => "li",
            BlockKind::TableCell => "td",
        };
        out.push_str(&format!("<{tag}>{body}</{tag}>\n"));
    }
    match open {
        Some(BlockKind::ListItem) => out.push_str("</ul>\n"),
        Some(_) => out.push_str("</tr>\n</table>\n"),
        None => {}
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Plain text of an HTML fragment: tags dropped, the common entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        match rest[lt..].find('>') {
            Some(gt) => rest = &rest[lt + gt + 1..],
            None => {
                out.push_str(&rest[lt..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_text_drops_tags_and_decodes_entities() {
        assert_eq!(
            html_to_text("a <b>bold</b> &amp; &#x41;&#66; &bogus x"),
            "a bold & AB &bogus x"
        );
        assert_eq!(
            escape("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }
}
