//! Sentence segmentation driven by SRX 2.0 rules (placeholder, replaced by the SRX engine).

use serde::{Deserialize, Serialize};

use crate::locale::Locale;

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

/// A compiled set of segmentation rules.
#[derive(Debug, Clone)]
pub struct Segmenter {}

/// An SRX file that cannot be used.
#[derive(Debug, thiserror::Error)]
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
    /// The rules embedded in the binary.
    pub fn embedded() -> &'static Segmenter {
        static S: Segmenter = Segmenter {};
        &S
    }

    /// Compiles SRX 2.0 rules from `xml`; `origin` names the file in errors.
    pub fn from_srx(_xml: &str, _origin: &str) -> Result<Segmenter, SrxError> {
        Ok(Segmenter {})
    }

    /// Splits a document into segments.
    pub fn split(&self, text: &str, _locale: &Locale, _format: DocFormat) -> Vec<Span> {
        let mut out = Vec::new();
        let mut para = 0;
        let mut pos = 0;
        for block in text.split("\n\n") {
            para += 1;
            let start = pos + (block.len() - block.trim_start().len());
            let end = pos + block.trim_end().len();
            if end > start {
                out.push(Span { start, end, paragraph: para, kind: BlockKind::Paragraph });
            }
            pos += block.len() + 2;
        }
        out
    }
}
