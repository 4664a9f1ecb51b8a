//! Cutting a plain-text document into blocks, and what all block readers share.
//!
//! A block is a heading, paragraph, list item or table cell. It is made of *pieces*:
//! byte ranges of the original text that the SRX rules split into sentences. A block
//! boundary and a piece boundary always break a segment.

use std::ops::Range;

use super::engine::is_trimmed;
use super::BlockKind;

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) kind: BlockKind,
    /// Ranges of the original text, in order, not overlapping.
    pub(crate) pieces: Vec<Range<usize>>,
    /// Ranges of the original text inside the pieces that the rules see as spaces
    /// (all ASCII): the block-quote markers of a Markdown paragraph's continuation
    /// lines. They stay in a segment that runs over them and out of its edges.
    pub(crate) masked: Vec<Range<usize>>,
}

/// One line of a document: `start..end` excludes the line terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The lines of `text`, split at `\n`, `\r\n` and a lone `\r`.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Line { start, end: i });
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(Line { start, end: i });
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            end: bytes.len(),
        });
    }
    out
}

/// Whether a string holds nothing but whitespace (NBSP included).
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(is_trimmed)
}

/// A single-line paragraph this long or longer is not taken for a heading.
const HEADING_MAX_CHARS: usize = 120;

/// Whether a lone line reads as a heading: short, and not ending like a sentence.
fn looks_like_heading(line: &str) -> bool {
    let line = line.trim_matches(is_trimmed);
    if line.chars().count() >= HEADING_MAX_CHARS {
        return false;
    }
    let body = line.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']') || is_trimmed(c)
    });
    !body.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// Plain text: a paragraph is a run of non-blank lines and each line is a piece (news
/// copy puts one paragraph or heading per line). A paragraph of one short line without
/// final punctuation, followed by a blank line, is a heading.
pub(crate) fn text_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut flush = |pieces: &mut Vec<Range<usize>>, blank_follows: bool| {
        if pieces.is_empty() {
            return;
        }
        let heading = blank_follows
            && pieces.len() == 1
            && pieces
                .first()
                .is_some_and(|p| looks_like_heading(&text[p.clone()]));
        blocks.push(Block {
            kind: if heading {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            },
            pieces: std::mem::take(pieces),
            masked: Vec::new(),
        });
    };
    for line in lines(text) {
        if is_blank(&text[line.start..line.end]) {
            flush(&mut pieces, true);
        } else {
            pieces.push(line.start..line.end);
        }
    }
    flush(&mut pieces, false);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_at_every_kind_of_line_break() {
        let t = "a\nb\r\nc\rd";
        let got: Vec<&str> = lines(t).iter().map(|l| &t[l.start..l.end]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n").len(), 1);
        assert!(lines("").is_empty());
    }

    #[test]
    fn text_paragraphs_and_headings() {
        let t = "Title\n\nOne.\nTwo.\n\u{a0}\nLast line\n";
        let b = text_blocks(t);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].kind, BlockKind::Heading);
        assert_eq!(b[1].kind, BlockKind::Paragraph);
        assert_eq!(b[1].pieces.len(), 2);
        // The last single line is not followed by a blank line.
        assert_eq!(b[2].kind, BlockKind::Paragraph);
    }
}
