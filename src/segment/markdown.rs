//! Cutting a Markdown document into blocks (a hand-written subset of CommonMark + GFM).
//!
//! Recognised: ATX and setext headings, paragraphs, bullet and ordered list items,
//! block quotes, pipe tables (one block per cell). Skipped as not translatable: fenced
//! and indented code blocks, HTML comments that start a line, thematic breaks, table
//! delimiter rows and YAML front matter. Inline markup stays in the segment text.
//!
//! A soft line break never ends a segment, in a block quote either: a sentence that
//! runs over `> first line` and `> second line` is one segment, whose span then holds
//! the `> ` marker of the second line (the span stays a byte range of the input; a
//! translation that drops the marker still continues the quoted paragraph, by
//! CommonMark's laziness rule). The rules never see those markers: they read them as
//! spaces (see [`Block::masked`]), so a sentence that starts on a quoted line starts
//! after its marker, and a stop before a marker breaks as before a space.
//!
//! Indented code: after a blank line, a heading or other block (never inside an open
//! paragraph, which such a line continues), a line indented by four columns or more
//! past its container is code. The container is the innermost list item whose content
//! column the line reaches: `- item`, blank line, `  more` continues the item, and
//! only an indentation of four more columns than the item's content makes code.
//!
//! Inside a block, [`unbreakable`] finds what must never be cut: code spans (a
//! backtick run up to the next run of the same length), inline links and images
//! (`[text](url "title")`, up to the matching parenthesis), autolinks (`<https://…>`,
//! `<a@b.az>`) and inline HTML tags and comments.
use std::ops::Range;

use super::blocks::{is_blank, lines, Block, Line};
use super::BlockKind;

/// A block being read.
struct Open {
    kind: BlockKind,
    pieces: Vec<Range<usize>>,
    masked: Vec<Range<usize>>,
    /// Block-quote depth of its first line.
    depth: usize,
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    open: Option<Open>,
    /// The list items the current line may belong to, outermost first: the quote
    /// depth of the item and the column of its content (relative to the quote
    /// markers).
    lists: Vec<(usize, usize)>,
}

impl Reader {
    fn close(&mut self) {
        if let Some(open) = self.open.take() {
            self.blocks.push(Block {
                kind: open.kind,
                pieces: open.pieces,
                masked: open.masked,
            });
        }
    }

    fn push(&mut self, kind: BlockKind, piece: Range<usize>, depth: usize) {
        self.close();
        self.open = Some(Open {
            kind,
            pieces: vec![piece],
            masked: Vec::new(),
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

/// A list marker.
struct ListMarker {
    /// Offset of the item's text (of the line end if the item is empty).
    text: usize,
    /// Offset just after the marker.
    marker_end: usize,
    /// An ordered item that does not start at 1 (it cannot interrupt a paragraph).
    not_one: bool,
}

/// The list marker that `rest` (starting at offset `at`) starts with, if any.
fn list_item(rest: &str, at: usize) -> Option<ListMarker> {
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
    let text = match b.get(marker_len) {
        None => at + marker_len,
        Some(b' ') | Some(b'\t') => {
            let text = &rest[marker_len..];
            at + rest.len() - text.trim_start().len()
        }
        _ => return None,
    };
    Some(ListMarker {
        text,
        marker_end: at + marker_len,
        not_one,
    })
}

/// The column of byte `to` of a line that starts at `from` (tabs stop every 4 columns).
fn column(text: &str, from: usize, to: usize) -> usize {
    text.as_bytes()[from..to].iter().fold(0, |col, &b| match b {
        b'\t' => col + 4 - col % 4,
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        0x80..=0xbf => col,
        _ => col + 1,
    })
}

/// The indentation (spaces and tabs only) of the line text that starts at `at`, in
/// columns relative to `at`.
fn indentation(text: &str, line: Line, at: usize) -> usize {
    let b = text.as_bytes();
    let mut end = at;
    while end < line.end && matches!(b[end], b' ' | b'\t') {
        end += 1;
    }
    column(text, line.start, end) - column(text, line.start, at)
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
        let continues_comment = in_comment;
        if in_comment {
            match text[c..line.end].find("-->") {
                Some(k) => {
                    in_comment = false;
                    c = skip_spaces(text, c + k + 3, line.end);
                }
                None => continue,
            }
        }
        // The list items the line is inside (it reaches their content column), and its
        // indentation past the innermost of them.
        let indent = indentation(text, line, after_quotes);
        let matched = r
            .lists
            .iter()
            .take_while(|&&(d, col)| d == depth && col <= indent)
            .count();
        let inner = indent - matched.checked_sub(1).map_or(0, |k| r.lists[k].1);
        if !continues_comment && inner >= 4 && r.open.is_none() && !is_blank(&text[c..line.end]) {
            // Indented code. It cannot interrupt a paragraph: with one open, the line
            // continues it (below).
            r.lists.truncate(matched);
            continue;
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
            continue;
        }
        let paragraph_open = matches!(&r.open, Some(o) if o.kind == BlockKind::Paragraph);
        // Indented four columns past its container, a line starts no block.
        if inner < 4 {
            if let Some(f) = fence_open(rest) {
                r.close();
                r.lists.truncate(matched);
                fence = Some(f);
                continue;
            }
            if let Some(h) = atx_heading(rest, c) {
                r.lists.truncate(matched);
                r.push(BlockKind::Heading, h, depth);
                r.close();
                continue;
            }
            if paragraph_open && is_setext_underline(rest) {
                if let Some(o) = r.open.as_mut() {
                    o.kind = BlockKind::Heading;
                }
                r.close();
                continue;
            }
            if is_thematic_break(rest) {
                r.close();
                r.lists.truncate(matched);
                continue;
            }
            if let Some(rows) = table(text, &lines, i, depth, c..line.end) {
                r.close();
                r.lists.truncate(matched);
                for cell in rows.cells {
                    r.push(BlockKind::TableCell, cell, depth);
                }
                r.close();
                i = rows.next_line;
                continue;
            }
            if let Some(m) = list_item(rest, c) {
                let interrupts = !paragraph_open || !m.not_one;
                if interrupts && !(paragraph_open && is_blank(&text[m.text..line.end])) {
                    let col = |at: usize| column(text, line.start, at);
                    let marker = col(m.marker_end) - col(after_quotes);
                    let spaces = col(m.text) - col(m.marker_end);
                    // An empty item, or one whose text is indented code, has its
                    // content one column after the marker.
                    let content = if m.text == line.end || spaces > 4 {
                        marker + 1
                    } else {
                        marker + spaces
                    };
                    r.lists.truncate(matched);
                    r.lists.push((depth, content));
                    r.push(BlockKind::ListItem, m.text..line.end, depth);
                    continue;
                }
            }
        }
        // A text line: it continues the open paragraph or list item, or starts one. A
        // line quoted less deeply than the paragraph continues it (CommonMark's lazy
        // continuation); one quoted more deeply has opened a quote, which interrupts.
        let lazy = r.open.as_ref().is_some_and(|o| depth <= o.depth);
        match r.open.as_mut() {
            Some(open) if lazy => {
                if after_quotes > line.start {
                    // The line repeats the quote markers: the rules read them as spaces.
                    open.masked.push(line.start..after_quotes);
                }
                if let Some(last) = open.pieces.last_mut() {
                    last.end = line.end;
                }
            }
            _ => {
                r.lists.truncate(matched);
                let kind = if matched > 0 {
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

/// A pipe table that starts with the header row `row`.
struct Table {
    /// Every cell, row after row.
    cells: Vec<Range<usize>>,
    /// Index of the first line after the table.
    next_line: usize,
}

/// The table whose header row is `row` (of quote depth `depth`) and whose delimiter
/// row is `lines[next]`, if they form one.
fn table(
    text: &str,
    lines: &[Line],
    next: usize,
    depth: usize,
    row: Range<usize>,
) -> Option<Table> {
    let header = cells(text, row);
    if header.is_empty() {
        return None;
    }
    let delimiter = lines.get(next).copied()?;
    let (next_depth, next_after) = strip_quotes(text, delimiter);
    if next_depth != depth || !is_delimiter_row(text, next_after..delimiter.end, header.len()) {
        return None;
    }
    let mut out = header;
    let mut i = next + 1;
    while let Some(row) = lines.get(i).copied() {
        let (row_depth, row_after) = strip_quotes(text, row);
        let row_cells = cells(text, row_after..row.end);
        if row_depth != depth || row_cells.is_empty() {
            break;
        }
        out.extend(row_cells);
        i += 1;
    }
    Some(Table {
        cells: out,
        next_line: i,
    })
}

/// Byte ranges of a block's inline text (quote markers read as spaces) that must not
/// be cut: code spans, inline links and images, autolinks, inline HTML tags and
/// comments. Ranges may overlap (a code span in a link's text).
///
/// Follows CommonMark where it matters for cutting: a backslash escapes the next
/// punctuation character outside code spans; a code span opened by a run of N
/// backticks ends at the next run of exactly N (without one, the backticks are
/// literal); code spans, autolinks and HTML tags are read left to right and whichever
/// starts first wins. A link is read more loosely than CommonMark does: from `[` to
/// the parenthesis that closes the one after `]`, whatever the destination holds
/// (`[text](http://x.y/a. B)` stays whole).
pub(crate) fn unbreakable(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    // Every maximal backtick run, by length, for finding closers without rescanning.
    let mut runs: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'`' {
            let n = b[k..].iter().take_while(|&&c| c == b'`').count();
            runs.entry(n).or_default().push(k);
            k += n;
        } else {
            k += 1;
        }
    }
    let mut out = Vec::new();
    let mut brackets: Vec<usize> = Vec::new();
    let mut parens = None;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                i += if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
                    2
                } else {
                    1
                }
            }
            b'`' => {
                let n = b[i..].iter().take_while(|&&c| c == b'`').count();
                let closer = runs.get(&n).and_then(|starts| {
                    let k = starts.partition_point(|&s| s < i + n);
                    starts.get(k).copied()
                });
                match closer {
                    Some(close) => {
                        out.push(i..close + n);
                        i = close + n;
                    }
                    None => i += n,
                }
            }
            b'<' => match autolink(b, i).or_else(|| inline_html(b, i)) {
                Some(end) => {
                    out.push(i..end);
                    i = end;
                }
                None => i += 1,
            },
            b'[' => {
                brackets.push(i);
                i += 1;
            }
            b'!' if b.get(i + 1) == Some(&b'[') => {
                brackets.push(i);
                i += 2;
            }
            b']' => {
                let open = brackets.pop();
                match (open, b.get(i + 1)) {
                    (Some(open), Some(b'(')) => match parens
                        .get_or_insert_with(|| closing_parens(b))
                        .get(&(i + 1))
                        .copied()
                    {
                        Some(end) => {
                            out.push(open..end);
                            i = end;
                        }
                        None => i += 1,
                    },
                    _ => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// For every `(` of `b` that a `)` closes (nested parentheses and backslash escapes
/// counted), the offset after that `)`. One pass, so that many unclosed links in a
/// long paragraph cost no more than one.
fn closing_parens(b: &[u8]) -> std::collections::HashMap<usize, usize> {
    let mut out = std::collections::HashMap::new();
    let mut open = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'(' => open.push(i),
            b')' => {
                if let Some(o) = open.pop() {
                    out.insert(o, i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// An autolink at `b[at] == '<'` (`<scheme:…>` or `<user@domain>`): the offset after it.
fn autolink(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at + 1..];
    // No space, control character or '<' before the '>'.
    let len = rest
        .iter()
        .position(|&c| c <= b' ' || c == b'<' || c == b'>')?;
    if rest[len] != b'>' {
        return None;
    }
    let inner = &rest[..len];
    let scheme = inner
        .iter()
        .position(|&c| c == b':')
        .map(|k| &inner[..k])
        .filter(|s| {
            (2..=32).contains(&s.len())
                && s[0].is_ascii_alphabetic()
                && s.iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
        });
    let email = || {
        let (user, domain) = inner.split_at(inner.iter().position(|&c| c == b'@')?);
        let domain = &domain[1..];
        let user_ok = !user.is_empty()
            && user
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(c));
        let domain_ok = !domain.is_empty()
            && domain
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'));
        (user_ok && domain_ok).then_some(())
    };
    (scheme.is_some() || email().is_some()).then_some(at + 1 + len + 1)
}

/// An inline HTML tag or comment at `b[at] == '<'`: the offset after it.
fn inline_html(b: &[u8], at: usize) -> Option<usize> {
    let find = |from: usize, needle: &[u8]| {
        b.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|k| from + k + needle.len())
    };
    if b[at..].starts_with(b"<!--") {
        return find(at + 4, b"-->");
    }
    let closing = b.get(at + 1) == Some(&b'/');
    let name_at = at + if closing { 2 } else { 1 };
    if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_end = name_at
        + b[name_at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
    // The name ends the tag or is followed by whitespace (or "/>"): "<a. B>" is text.
    match b.get(name_end) {
        Some(b'>') => return Some(name_end + 1),
        Some(c) if c.is_ascii_whitespace() => {}
        Some(b'/') if !closing => {}
        _ => return None,
    }
    if closing {
        let spaces = b[name_end..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        return (b.get(name_end + spaces) == Some(&b'>')).then_some(name_end + spaces + 1);
    }
    // Up to the '>' outside quoted attribute values; a '<' before it is not a tag.
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(name_end) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return Some(k + 1),
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
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
                (Paragraph, vec!["quoted\n> again"]),
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

    fn kept_whole(text: &str) -> Vec<&str> {
        unbreakable(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn code_spans_links_autolinks_and_html_are_kept_whole() {
        assert_eq!(kept_whole("a `b. C` d"), ["`b. C`"]);
        // A run of two backticks ends at the next run of two, not at a single one.
        assert_eq!(kept_whole("``a ` b. C`` d `"), ["``a ` b. C``"]);
        // Without a closing run, backticks are text; escaped ones too.
        assert!(kept_whole("a ``b. C` d").is_empty());
        assert!(kept_whole("a \\`b. C\\` d").is_empty());
        // Inside a code span a backslash is literal.
        assert_eq!(kept_whole("`a\\` b"), ["`a\\`"]);
        assert_eq!(
            kept_whole("[t. X](http://x.y/(a. B)) and ![i](p.png \"T. U\")"),
            ["[t. X](http://x.y/(a. B))", "![i](p.png \"T. U\")"]
        );
        assert!(kept_whole("[t. X] (not a link. Y)").is_empty());
        assert_eq!(
            kept_whole("<https://x.az/a.b> <a@b.az> <a. B> <x y. Z> <http://a b>"),
            ["<https://x.az/a.b>", "<a@b.az>", "<x y. Z>"]
        );
        assert_eq!(
            kept_whole("<span title=\"a. B\">x</span > <!-- c. D -->"),
            ["<span title=\"a. B\">", "</span >", "<!-- c. D -->"]
        );
        // A code span wins over a link that starts inside it.
        assert_eq!(kept_whole("`[a](b` c)"), ["`[a](b`"]);
    }

    #[test]
    fn quote_markers_of_continuation_lines_are_masked() {
        let md = "> one\n> > two\n>three";
        let b = blocks(md);
        assert_eq!(b.len(), 2);
        assert_eq!(&md[b[0].pieces[0].clone()], "one");
        assert_eq!(&md[b[1].pieces[0].clone()], "two\n>three");
        let masked: Vec<&str> = b[1].masked.iter().map(|r| &md[r.clone()]).collect();
        assert_eq!(masked, [">"]);
    }

    #[test]
    fn indented_code_is_skipped_but_not_inside_a_paragraph_or_list_item() {
        use BlockKind::*;
        let md = "    code\n\ttab code\n\ntext\n    more\n\n- item\n\n    para\n\n      code\n\n1.  item\n\n    para\n\n# H\n    code\n\n 1. x\n\n     y\n";
        assert_eq!(
            texts(md),
            vec![
                (Paragraph, vec!["text\n    more"]),
                (ListItem, vec!["item"]),
                (ListItem, vec!["para"]),
                (ListItem, vec!["item"]),
                (ListItem, vec!["para"]),
                (Heading, vec!["H"]),
                (ListItem, vec!["x"]),
                (ListItem, vec!["y"]),
            ]
        );
    }

    #[test]
    fn an_ordered_item_not_at_one_does_not_interrupt_a_paragraph() {
        let md = "It happened in\n2024. The year after.";
        assert_eq!(texts(md), vec![(BlockKind::Paragraph, vec![md])]);
    }
}
