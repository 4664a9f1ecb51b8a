//! Cutting a Markdown document into blocks (a hand-written subset of CommonMark + GFM).
//!
//! Recognised: ATX and setext headings, paragraphs (soft line breaks stay inside a
//! segment), bullet and ordered list items, block quotes, pipe tables (one block per
//! cell). Skipped as not translatable: fenced code blocks, HTML comments that start a
//! line, thematic breaks, table delimiter rows and YAML front matter. Indented lines
//! are read as text, not as indented code: losing copy would be worse than showing a
//! code line to a translator. Inline markup stays in the segment text.
//!
//! A paragraph inside a block quote whose continuation lines repeat the `>` marker is
//! cut into one piece per line, so that no segment contains a marker.

use std::ops::Range;

use super::blocks::{is_blank, lines, Block, Line};
use super::BlockKind;

/// A block being read.
struct Open {
    kind: BlockKind,
    pieces: Vec<Range<usize>>,
    /// Block-quote depth of its first line.
    depth: usize,
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    open: Option<Open>,
    /// Kind of the last block closed, for list-item paragraphs after a blank line.
    last_kind: Option<BlockKind>,
    last_depth: usize,
}

impl Reader {
    fn close(&mut self) {
        if let Some(open) = self.open.take() {
            self.last_kind = Some(open.kind);
            self.last_depth = open.depth;
            self.blocks.push(Block {
                kind: open.kind,
                pieces: open.pieces,
            });
        }
    }

    fn push(&mut self, kind: BlockKind, piece: Range<usize>, depth: usize) {
        self.close();
        self.open = Some(Open {
            kind,
            pieces: vec![piece],
            depth,
        });
    }
}

/// Strips block-quote markers: returns the depth and the offset after the markers.
fn strip_quotes(text: &str, line: Line) -> (usize, usize) {
    let b = text.as_bytes();
    let mut depth = 0;
    let mut at = line.start;
    let mut i = line.start;
    loop {
        while i < line.end && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i < line.end && b[i] == b'>' {
            depth += 1;
            i += 1;
            if i < line.end && b[i] == b' ' {
                i += 1;
            }
            at = i;
        } else {
            return (depth, at);
        }
    }
}

/// First non-blank byte offset at or after `from` within `line`.
fn skip_spaces(text: &str, from: usize, end: usize) -> usize {
    let s = &text[from..end];
    from + (s.len() - s.trim_start_matches(super::engine::is_trimmed).len())
}

/// A fence opening (``` or ~~~): its character and length.
fn fence_open(rest: &str) -> Option<(u8, usize)> {
    let ch = *rest.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let n = rest.bytes().take_while(|&b| b == ch).count();
    if n < 3 || (ch == b'`' && rest[n..].contains('`')) {
        return None;
    }
    Some((ch, n))
}

fn fence_closes(rest: &str, fence: (u8, usize)) -> bool {
    let n = rest.bytes().take_while(|&b| b == fence.0).count();
    n >= fence.1 && is_blank(&rest[n..])
}

/// An ATX heading: the range of its text without the `#` marks.
fn atx_heading(rest: &str, at: usize) -> Option<Range<usize>> {
    let n = rest.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&n) {
        return None;
    }
    let after = &rest[n..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let body = after.trim_end();
    let unclosed = body.trim_end_matches('#');
    let body = if unclosed.len() < body.len()
        && (unclosed.is_empty() || unclosed.ends_with([' ', '\t']))
    {
        unclosed
    } else {
        body
    };
    let start = at + n;
    Some(start..start + body.len())
}

fn is_setext_underline(rest: &str) -> bool {
    let r = rest.trim_end();
    !r.is_empty() && (r.bytes().all(|b| b == b'=') || r.bytes().all(|b| b == b'-'))
}

fn is_thematic_break(rest: &str) -> bool {
    let Some(ch) = rest.bytes().next() else {
        return false;
    };
    if !matches!(ch, b'-' | b'*' | b'_') {
        return false;
    }
    let marks = rest.bytes().filter(|&b| b == ch).count();
    marks >= 3 && rest.bytes().all(|b| b == ch || b == b' ' || b == b'\t')
}

/// A list marker: the offset of the item's text and whether it is an ordered item
/// that does not start at 1 (such an item cannot interrupt a paragraph).
fn list_item(rest: &str, at: usize) -> Option<(usize, bool)> {
    let b = rest.as_bytes();
    let (marker_len, not_one) = match b.first()? {
        b'-' | b'*' | b'+' => (1, false),
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 9 || !matches!(b.get(digits), Some(b'.') | Some(b')')) {
                return None;
            }
            (digits + 1, rest[..digits].trim_start_matches('0') != "1")
        }
        _ => return None,
    };
    match b.get(marker_len) {
        None => Some((at + marker_len, not_one)),
        Some(b' ') | Some(b'\t') => {
            let text = &rest[marker_len..];
            Some((at + rest.len() - text.trim_start().len(), not_one))
        }
        _ => None,
    }
}

/// The cells of a table row (`row` is `start..end` in `text`), pipes excluded.
fn cells(text: &str, row: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[row.clone()];
    let trimmed_start = row.start + (s.len() - s.trim_start().len());
    let trimmed_end = row.start + s.trim_end().len();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut cell_start = trimmed_start;
    let mut i = trimmed_start;
    while i < trimmed_end {
        match b[i] {
            b'\\' => i += 2,
            b'|' => {
                out.push(cell_start..i);
                cell_start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    let had_pipe = !out.is_empty();
    out.push(cell_start.min(trimmed_end)..trimmed_end);
    if !had_pipe {
        return Vec::new();
    }
    // A leading or trailing pipe opens or closes the row: no cell before or after it.
    if out
        .first()
        .is_some_and(|c| c.is_empty() && c.start == trimmed_start)
    {
        out.remove(0);
    }
    if out
        .last()
        .is_some_and(|c| c.is_empty() && c.end == trimmed_end)
    {
        out.pop();
    }
    out
}

fn is_delimiter_row(text: &str, row: Range<usize>, columns: usize) -> bool {
    let c = cells(text, row);
    c.len() == columns
        && c.iter().all(|r| {
            let cell = text[r.clone()].trim();
            let inner = cell.trim_start_matches(':').trim_end_matches(':');
            !inner.is_empty() && inner.bytes().all(|b| b == b'-')
        })
}

/// Length of a YAML front-matter block at the start of the document, in lines.
fn front_matter(text: &str, lines: &[Line]) -> usize {
    let is = |l: &Line, marks: &[&str]| marks.contains(&text[l.start..l.end].trim_end());
    match lines.first() {
        Some(first) if is(first, &["---"]) => lines
            .iter()
            .skip(1)
            .position(|l| is(l, &["---", "..."]))
            .map_or(0, |i| i + 2),
        _ => 0,
    }
}

/// Cuts a Markdown document into blocks.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let mut r = Reader::default();
    let mut fence: Option<(u8, usize)> = None;
    let mut in_comment = false;
    let mut after_blank = true;
    let mut i = front_matter(text, &lines);
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let (depth, after_quotes) = strip_quotes(text, line);
        let mut c = skip_spaces(text, after_quotes, line.end);
        if let Some(f) = fence {
            if fence_closes(&text[c..line.end], f) {
                fence = None;
            }
            continue;
        }
        if in_comment {
            match text[c..line.end].find("-->") {
                Some(k) => {
                    in_comment = false;
                    c = skip_spaces(text, c + k + 3, line.end);
                }
                None => continue,
            }
        }
        // A comment may end on this line and leave text after it: classify what is left.
        loop {
            let rest = &text[c..line.end];
            if let Some(body) = rest.strip_prefix("<!--") {
                r.close();
                match body.find("-->") {
                    Some(k) => {
                        c = skip_spaces(text, c + 4 + k + 3, line.end);
                        continue;
                    }
                    None => in_comment = true,
                }
            }
            break;
        }
        let rest = &text[c..line.end];
        if in_comment {
            continue;
        }
        if is_blank(rest) {
            // A blank line, or "> " alone inside a quote, ends the open block.
            r.close();
            after_blank = true;
            continue;
        }
        let was_blank = std::mem::replace(&mut after_blank, false);
        if let Some(f) = fence_open(rest) {
            r.close();
            fence = Some(f);
            continue;
        }
        if let Some(h) = atx_heading(rest, c) {
            r.push(BlockKind::Heading, h, depth);
            r.close();
            continue;
        }
        let paragraph_open = matches!(&r.open, Some(o) if o.kind == BlockKind::Paragraph);
        if paragraph_open && is_setext_underline(rest) {
            if let Some(o) = r.open.as_mut() {
                o.kind = BlockKind::Heading;
            }
            r.close();
            continue;
        }
        if is_thematic_break(rest) {
            r.close();
            continue;
        }
        let header = cells(text, c..line.end);
        if !header.is_empty() {
            if let Some(next) = lines.get(i).copied() {
                let (next_depth, next_after) = strip_quotes(text, next);
                if next_depth == depth && is_delimiter_row(text, next_after..next.end, header.len())
                {
                    r.close();
                    for cell in header {
                        r.push(BlockKind::TableCell, cell, depth);
                    }
                    i += 1;
                    while let Some(row) = lines.get(i).copied() {
                        let (row_depth, row_after) = strip_quotes(text, row);
                        let row_cells = cells(text, row_after..row.end);
                        if row_depth != depth || row_cells.is_empty() {
                            break;
                        }
                        for cell in row_cells {
                            r.push(BlockKind::TableCell, cell, depth);
                        }
                        i += 1;
                    }
                    r.close();
                    continue;
                }
            }
        }
        if let Some((item, not_one)) = list_item(rest, c) {
            let interrupts = !paragraph_open || !not_one;
            if interrupts && !(paragraph_open && is_blank(&text[item..line.end])) {
                r.push(BlockKind::ListItem, item..line.end, depth);
                continue;
            }
        }
        // A text line: it continues the open paragraph or list item, or starts one.
        let lazy = !was_blank && (depth == 0 || r.open.as_ref().is_some_and(|o| o.depth == depth));
        match r.open.as_mut() {
            Some(open) if lazy => {
                if after_quotes > line.start {
                    // The line repeats the quote marker: keep the marker out of segments.
                    open.pieces.push(c..line.end);
                } else if let Some(last) = open.pieces.last_mut() {
                    last.end = line.end;
                }
            }
            _ => {
                let indented = c - after_quotes >= 2;
                let kind = if was_blank
                    && indented
                    && r.last_kind == Some(BlockKind::ListItem)
                    && r.last_depth == depth
                {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
                r.push(kind, c..line.end, depth);
            }
        }
    }
    r.close();
    r.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, Vec<&str>)> {
        blocks(md)
            .into_iter()
            .map(|b| {
                (
                    b.kind,
                    b.pieces.iter().map(|p| md[p.clone()].trim()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn headings_lists_quotes_and_code() {
        use BlockKind::*;
        let md = "# Title #\n\nSetext\n===\n\n- one\n- two\n  more\n\n> quoted\n> again\n\n```\ncode\n```\n\n<!-- hidden -->\n1) first\n";
        assert_eq!(
            texts(md),
            vec![
                (Heading, vec!["Title"]),
                (Heading, vec!["Setext"]),
                (ListItem, vec!["one"]),
                (ListItem, vec!["two\n  more"]),
                (Paragraph, vec!["quoted", "again"]),
                (ListItem, vec!["first"]),
            ]
        );
    }

    #[test]
    fn tables_give_one_block_per_cell() {
        use BlockKind::*;
        let md = "| A | B \\| C |\n|---|:-:|\n| 1 | two |\n\nafter";
        assert_eq!(
            texts(md),
            vec![
                (TableCell, vec!["A"]),
                (TableCell, vec!["B \\| C"]),
                (TableCell, vec!["1"]),
                (TableCell, vec!["two"]),
                (Paragraph, vec!["after"]),
            ]
        );
    }

    #[test]
    fn an_ordered_item_not_at_one_does_not_interrupt_a_paragraph() {
        let md = "It happened in\n2024. The year after.";
        assert_eq!(texts(md), vec![(BlockKind::Paragraph, vec![md])]);
    }
}
