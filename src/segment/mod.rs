//! Sentence segmentation driven by SRX 2.0 rules.
//!
//! Splitting a document takes three steps:
//!
//! 1. **Blocks.** The document is cut into blocks (headings, paragraphs, list items,
//!    table cells) according to its [`DocFormat`]: blank lines in plain text, the block
//!    structure of Markdown, block elements in HTML. A block boundary always breaks, and
//!    so does a line break in plain text (news copy puts one paragraph per line).
//! 2. **SRX.** Inside each block, the rules of the locale decide where sentences end.
//!    The rules are an SRX 2.0 file: [`Segmenter::embedded`] uses the one written for
//!    korpu (English, Azerbaijani, Russian and a default, see `korpu.srx`), and
//!    [`Segmenter::from_srx`] reads another one (`--srx FILE`). Patterns use the Rust
//!    `regex` syntax, which has no look-around and no back-references; a file that
//!    uses them is refused with the line and column of the pattern. Markup limits
//!    where a break may fall: in Markdown, code spans, links, autolinks and inline HTML
//!    are never cut (see `markdown.rs`); in HTML, a break inside an inline element is
//!    dropped unless the element holds whole sentences, whose tags then stay out of
//!    the segments (see `html.rs`).
//! 3. **Spans.** Each segment is trimmed of whitespace (NBSP included) and returned as a
//!    byte range of the original input. Empty segments are dropped. Spans are in order
//!    and do not overlap, so the input is exactly the concatenation of the gaps and
//!    the segments: splitting is lossless.
//!
//! Where korpu reads SRX differently from ICU-based tools (OmegaT, Okapi): `\s` and
//! `\p{..}` are Unicode-aware (NBSP is whitespace), a `beforebreak` pattern sees at
//! most the 512 bytes before a position, and only positions where some `break="yes"`
//! rule matches are decided (by the usual first-rule-wins order), which gives the same
//! result as testing every position and keeps a several-MB article under 100 ms.
//!
//! ```
//! use korpu::locale::Locale;
//! use korpu::segment::{DocFormat, Segmenter};
//!
//! let text = "Mr. Smith paid 1.7 manat. The rate is on kaspi.az today.";
//! let en: Locale = "en".parse().unwrap();
//! let spans = Segmenter::embedded().split(text, &en, DocFormat::Text);
//! let segments: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(segments, ["Mr. Smith paid 1.7 manat.", "The rate is on kaspi.az today."]);
//! ```

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::locale::Locale;

mod blocks;
mod engine;
mod html;
mod markdown;
mod srx;

/// The SRX rules embedded in korpu, as XML (the file `src/segment/korpu.srx`).
pub const EMBEDDED_SRX: &str = include_str!("korpu.srx");

/// How an input document is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocFormat {
    /// Plain text: paragraphs separated by blank lines; a line break always breaks.
    Text,
    /// Markdown: headings, paragraphs, list items, table cells.
    #[serde(rename = "md")]
    Markdown,
    /// HTML: block elements; inline tags stay in the segment text.
    Html,
}

/// What kind of block a segment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A heading or title.
    Heading,
    /// Body text.
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A cell of a table.
    TableCell,
}

/// One segment of a document: a byte range of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based number of the block (paragraph, heading, item, cell) it belongs to.
    pub paragraph: usize,
    /// The kind of that block.
    pub kind: BlockKind,
}

impl Span {
    /// The byte range of the segment in the input.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A compiled set of segmentation rules.
#[derive(Debug, Clone)]
pub struct Segmenter {
    rules: srx::RuleSet,
}

/// An SRX file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct SrxError {
    /// File name (or "embedded rules").
    pub origin: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Segmenter {
    /// The rules embedded in the binary ([`EMBEDDED_SRX`]), compiled once.
    pub fn embedded() -> &'static Segmenter {
        static EMBEDDED: OnceLock<Segmenter> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Segmenter::from_srx(EMBEDDED_SRX, "embedded rules")
                .expect("the embedded SRX rules are valid: tests compile them")
        })
    }

    /// Compiles SRX 2.0 rules from `xml`; `origin` names the file in errors.
    ///
    /// SRX 1.0 files are read too (they have no cascade). Errors carry the line and
    /// column of the element at fault: malformed XML, a missing attribute, a language
    /// map naming an undefined rule set, or a pattern the regex crate refuses
    /// (look-around, back-references).
    ///
    /// ```
    /// use korpu::segment::Segmenter;
    /// let bad = "<srx version=\"2.0\"><body><languagerules>\n\
    ///     <languagerule languagerulename=\"x\"><rule break=\"no\">\n\
    ///     <beforebreak>(?&lt;=Mr)\\.</beforebreak></rule></languagerule>\n\
    ///     </languagerules></body></srx>";
    /// let err = Segmenter::from_srx(bad, "my.srx").unwrap_err();
    /// assert_eq!((err.line, err.column), (3, 1));
    /// assert!(err.to_string().starts_with("my.srx:3:1: invalid regular expression"));
    /// ```
    pub fn from_srx(xml: &str, origin: &str) -> Result<Segmenter, SrxError> {
        Ok(Segmenter {
            rules: srx::load(xml, origin)?,
        })
    }

    /// Names of the SRX language rules that apply to `locale`, in the order they apply
    /// (for the embedded rules: `["English", "AzerbaijaniTerms", "Default"]` for `en`).
    pub fn language_rules_for(&self, locale: &Locale) -> Vec<&str> {
        self.rules
            .language_rules_for(locale.tag())
            .into_iter()
            .map(|lr| lr.name.as_str())
            .collect()
    }

    /// Splits one block of text into sentences by the SRX rules alone (no block
    /// structure: a line break is whitespace like any other). Returns trimmed,
    /// non-empty byte ranges of `text`, in order.
    pub fn split_sentences(&self, text: &str, locale: &Locale) -> Vec<Range<usize>> {
        let rules = self.rules.language_rules_for(locale.tag());
        engine::sentences(text, &rules)
    }

    /// Splits a document into segments.
    ///
    /// Blocks are numbered from 1 in document order, counting only blocks that hold a
    /// segment. In plain text, a paragraph of one short line without final punctuation
    /// followed by a blank line is a [`BlockKind::Heading`]; everything else is a
    /// paragraph.
    pub fn split(&self, text: &str, locale: &Locale, format: DocFormat) -> Vec<Span> {
        let rules = self.rules.language_rules_for(locale.tag());
        let mut spans = Vec::new();
        let mut paragraph = 0;
        match format {
            DocFormat::Text | DocFormat::Markdown => {
                let blocks = if format == DocFormat::Text {
                    blocks::text_blocks(text)
                } else {
                    markdown::blocks(text)
                };
                for block in blocks {
                    let before = spans.len();
                    for piece in &block.pieces {
                        let Some(piece_text) = text.get(piece.clone()) else {
                            continue;
                        };
                        let sentences = if format == DocFormat::Markdown {
                            let seen = masked(piece_text, piece.start, &block.masked);
                            let cuts = engine::drop_cuts_inside(
                                engine::breaks(&seen, &rules),
                                markdown::unbreakable(&seen),
                            );
                            engine::split_at(&seen, cuts)
                        } else {
                            engine::sentences(piece_text, &rules)
                        };
                        for r in sentences {
                            spans.push(Span {
                                start: piece.start + r.start,
                                end: piece.start + r.end,
                                paragraph: paragraph + 1,
                                kind: block.kind,
                            });
                        }
                    }
                    if spans.len() > before {
                        paragraph += 1;
                    }
                }
            }
            DocFormat::Html => {
                for block in html::blocks(text) {
                    let before = spans.len();
                    let cuts = engine::breaks(&block.visible, &rules);
                    for o in block.segments(text, cuts) {
                        spans.push(Span {
                            start: o.start,
                            end: o.end,
                            paragraph: paragraph + 1,
                            kind: block.kind,
                        });
                    }
                    if spans.len() > before {
                        paragraph += 1;
                    }
                }
            }
        }
        spans
    }
}

/// `piece` (which starts at byte `offset` of the document) with the bytes of the
/// `masked` document ranges replaced by spaces. Masked bytes are ASCII, so offsets and
/// char boundaries stay those of the piece.
fn masked<'a>(piece: &'a str, offset: usize, masked: &[Range<usize>]) -> Cow<'a, str> {
    let end = offset + piece.len();
    let mut hit = masked
        .iter()
        .filter(|m| m.start < end && m.end > offset)
        .peekable();
    if hit.peek().is_none() {
        return Cow::Borrowed(piece);
    }
    let mut bytes = piece.as_bytes().to_vec();
    for m in hit {
        for b in &mut bytes[m.start.max(offset) - offset..m.end.min(end) - offset] {
            if b.is_ascii() {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).map_or(Cow::Borrowed(piece), Cow::Owned)
}

#[cfg(test)]
mod tests;
