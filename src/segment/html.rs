//! Cutting an HTML document into blocks, with a forgiving hand-written tokenizer.
//!
//! Block elements (`p`, `h1`–`h6`, `li`, `td`, `th`, `blockquote`, `div`, …) open and
//! close blocks; everything between two block tags is one block. Inline tags stay in
//! the segment text. `script`, `style`, `template` and `textarea` elements and
//! comments are skipped. Nothing here fails: a `<` that does not start a tag is text.
//!
//! Unclosed markup runs to the end of the document, as in a browser: a `<script>`,
//! `<style>`, `<template>` or `<textarea>` without its end tag, an unclosed `<!--`,
//! `<![CDATA[`, `<!…` or `<?…`, hides everything after it, and no segment comes from
//! there. korpu keeps that on purpose: what a browser does not show is not copy, and
//! guessing where a broken comment was meant to end would hand translators markup.
//!
//! The rules do not see the markup. Each block is turned into its *visible* text
//! (tags removed, entities decoded, `<br>` read as a line break), the rules split
//! that, and every segment is mapped back to a range of the original HTML. At a
//! segment's edge, closing tags go with the text before them and opening tags with the
//! text after them, so `<b>One.</b> <i>Two.</i>` gives `<b>One.</b>` and `<i>Two.</i>`.
//!
//! Inline elements keep their tags balanced within a segment where they can. Every
//! element that is not a block element, not void and not skipped counts (`span`, `b`,
//! `i`, `em`, `strong`, `a`, `u`, `s`, `sub`, `sup`, `mark`, `small`, `code`, `q`,
//! `abbr`, `cite`, `font`, …), when its start and end tags are in the same block:
//!
//! - A break strictly inside such an element is dropped: `He said <b>yes. Then</b> he
//!   left.` is one segment, and so is a link whose text holds a stop.
//! - Except when the element holds whole sentences: its content starts where a
//!   sentence starts (at the start of the block, or after a break and whitespace) and
//!   ends where one ends. Its breaks stay, and its own tags then go in the gaps, in no
//!   segment: `<p><span>One. Two.</span></p>` gives `One.` and `Two.`, and `<div>Div
//!   text. <span>Span. Two</span></div>` gives `Div text.`, `Span.` and `Two`. This
//!   keeps a `<span>` or `<font>` wrapping a whole paragraph (as word processors
//!   write them) from making the paragraph one segment.
//! - An element that fits in one segment stays in it with both tags
//!   (`<i>A whole sentence.</i>`).
//!
//! An element whose end tag is in a later block, or missing, holds nothing back.

use std::ops::Range;

use super::engine::is_trimmed;
use super::BlockKind;

/// A piece of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Text(Range<usize>),
    Tag {
        range: Range<usize>,
        name: String,
        closing: bool,
        self_closing: bool,
    },
    /// Comments, doctype, processing instructions, CDATA and skipped elements.
    Hidden(Range<usize>),
}

/// Elements whose tags open or close a block.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "noscript",
    "ol",
    "optgroup",
    "option",
    "p",
    "pre",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements skipped with everything inside them (their content is not markup).
const SKIPPED: &[&str] = &["script", "style", "template", "textarea"];

/// Void elements: they never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The kind an open element gives the text inside it, if it gives one.
fn kind_of(name: &str) -> Option<BlockKind> {
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "title" => Some(BlockKind::Heading),
        "li" => Some(BlockKind::ListItem),
        "td" | "th" => Some(BlockKind::TableCell),
        _ => None,
    }
}

fn find_from(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    haystack.get(from..)?.find(needle).map(|k| from + k)
}

/// Reads the markup starting at `text[i] == '<'`: the item and the offset after it.
fn markup(text: &str, lower: &str, i: usize) -> Option<(Item, usize)> {
    let rest = &text[i..];
    let b = rest.as_bytes();
    let hidden_until = |close: &str, from: usize| {
        let end = find_from(text, from, close).map_or(text.len(), |k| k + close.len());
        Some((Item::Hidden(i..end), end))
    };
    if rest.starts_with("<!--") {
        return hidden_until("-->", i + 4);
    }
    if rest.starts_with("<![CDATA[") {
        return hidden_until("]]>", i + 9);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return hidden_until(">", i + 2);
    }
    let closing = b.get(1) == Some(&b'/');
    let name_at = if closing { 2 } else { 1 };
    if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_len = b[name_at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
        .count();
    let name = rest[name_at..name_at + name_len].to_ascii_lowercase();
    // Find the closing '>' outside quoted attribute values; if quotes never close,
    // fall back to the first '>'.
    let mut quote = None;
    let mut end = None;
    for (k, &c) in b.iter().enumerate().skip(name_at + name_len) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if !closing => quote = Some(c),
            (None, b'>') => {
                end = Some(k);
                break;
            }
            (None, b'<') if k > name_at + name_len => {
                // A new tag starts before this one ended: take this one as text.
                return None;
            }
            _ => {}
        }
    }
    let end = end.or_else(|| rest[name_at..].find('>').map(|k| k + name_at))?;
    let self_closing = end > 0 && b[end - 1] == b'/';
    let after = i + end + 1;
    if !closing && SKIPPED.contains(&name.as_str()) {
        let close = format!("</{name}");
        let stop = find_from(lower, after, &close)
            .and_then(|k| find_from(text, k, ">").map(|g| g + 1))
            .unwrap_or(text.len());
        return Some((Item::Hidden(i..stop), stop));
    }
    Some((
        Item::Tag {
            range: i..after,
            name,
            closing,
            self_closing,
        },
        after,
    ))
}

fn tokenize(text: &str) -> Vec<Item> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while let Some(k) = find_from(text, i, "<") {
        match markup(text, &lower, k) {
            Some((item, next)) => {
                if text_start < k {
                    out.push(Item::Text(text_start..k));
                }
                out.push(item);
                i = next;
                text_start = next;
            }
            None => i = k + 1,
        }
    }
    if text_start < text.len() {
        out.push(Item::Text(text_start..text.len()));
    }
    out
}

/// A character entity's value.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "shy" => '\u{ad}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "deg" => '°',
        "times" => '×',
        "middot" => '·',
        "bull" => '•',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AtomKind {
    /// Text copied byte for byte.
    Text,
    /// One visible character standing for markup (an entity, or `<br>`).
    Char,
    /// Invisible markup; `left` when it goes with the text before it.
    Tag { left: bool },
    /// Comments and skipped elements: inside a segment they stay, at its edges they
    /// go with neither side.
    Hidden,
}

#[derive(Debug, Clone)]
struct Atom {
    orig: Range<usize>,
    vis: Range<usize>,
    kind: AtomKind,
}

/// An inline element: the indices of the atoms of its start and end tags.
type Pair = (usize, usize);

/// A block of an HTML document: its visible text and the way back to the original.
#[derive(Debug, Clone)]
pub(crate) struct HtmlBlock {
    pub(crate) kind: BlockKind,
    pub(crate) visible: String,
    atoms: Vec<Atom>,
    /// Inline elements opened and closed in this block.
    pairs: Vec<Pair>,
    /// Inline elements opened in this block and not closed yet: name and atom.
    open_inline: Vec<(String, usize)>,
}

impl HtmlBlock {
    fn new(kind: BlockKind) -> HtmlBlock {
        HtmlBlock {
            kind,
            visible: String::new(),
            atoms: Vec::new(),
            pairs: Vec::new(),
            open_inline: Vec::new(),
        }
    }

    /// Adds an inline tag (not `<br>`) and pairs an end tag with its start tag.
    fn push_inline_tag(&mut self, range: Range<usize>, name: String, closing: bool, empty: bool) {
        let atom = self.atoms.len();
        self.push_markup(
            range,
            AtomKind::Tag {
                left: closing || empty,
            },
            None,
        );
        if closing {
            if let Some(k) = self.open_inline.iter().rposition(|(n, _)| *n == name) {
                let (_, start) = self.open_inline.remove(k);
                self.pairs.push((start, atom));
            }
        } else if !empty {
            self.open_inline.push((name, atom));
        }
    }

    fn push_text(&mut self, text: &str, range: Range<usize>) {
        let mut at = range.start;
        let mut plain = range.start;
        while let Some(amp) = find_from(&text[..range.end], at, "&") {
            let semi = text[amp..range.end]
                .char_indices()
                .skip(1)
                .take(33)
                .find(|&(_, c)| c == ';' || c == '&' || c == '<' || is_trimmed(c));
            let decoded = match semi {
                Some((k, ';')) => entity(&text[amp + 1..amp + k]).map(|c| (c, amp + k + 1)),
                _ => None,
            };
            match decoded {
                Some((c, end)) => {
                    self.push_plain(text, plain..amp);
                    let v = self.visible.len();
                    self.visible.push(c);
                    self.atoms.push(Atom {
                        orig: amp..end,
                        vis: v..self.visible.len(),
                        kind: AtomKind::Char,
                    });
                    plain = end;
                    at = end;
                }
                None => at = amp + 1,
            }
        }
        self.push_plain(text, plain..range.end);
    }

    fn push_plain(&mut self, text: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let v = self.visible.len();
        self.visible.push_str(&text[range.clone()]);
        self.atoms.push(Atom {
            orig: range,
            vis: v..self.visible.len(),
            kind: AtomKind::Text,
        });
    }

    fn push_markup(&mut self, range: Range<usize>, kind: AtomKind, shown: Option<char>) {
        let v = self.visible.len();
        if let Some(c) = shown {
            self.visible.push(c);
        }
        self.atoms.push(Atom {
            orig: range,
            vis: v..self.visible.len(),
            kind,
        });
    }

    fn has_text(&self) -> bool {
        !self.visible.chars().all(is_trimmed)
    }

    /// The index after the last left-going tag of the tag run `run` (or its start).
    fn run_split(&self, run: Range<usize>) -> usize {
        (run.start..run.end)
            .rev()
            .find(|&k| matches!(self.atoms[k].kind, AtomKind::Tag { left: true }))
            .map_or(run.start, |k| k + 1)
    }

    fn is_tag(&self, k: usize) -> bool {
        matches!(self.atoms[k].kind, AtomKind::Tag { .. })
    }

    /// The segments of the block, as trimmed, non-empty ranges of the document `text`,
    /// given the break positions `cuts` of the visible text that the rules found.
    ///
    /// Inline elements: a cut strictly inside an element opened and closed in this
    /// block is dropped, unless the element is *sentence-aligned*: its content starts
    /// where a sentence starts (at the start of the block or after a cut, whitespace
    /// aside) and ends where one ends. Such an element (a `<span>` or `<font>` that
    /// wraps a whole paragraph, `<em>Two. Three.</em>` between sentences) keeps its
    /// cuts, and its start and end tags then stay out of every segment, in the gaps,
    /// so that each segment has balanced tags. An element inside one segment stays in
    /// it, with its tags.
    pub(crate) fn segments(&self, text: &str, cuts: Vec<usize>) -> Vec<Range<usize>> {
        let vis = |atom: usize| self.atoms[atom].vis.start;
        // Whether a cut lies in `range` (inclusive), against the sorted `cuts`.
        let cut_in = |cuts: &[usize], from: usize, to: usize| {
            let k = cuts.partition_point(|&p| p < from);
            cuts.get(k).is_some_and(|&p| p <= to)
        };
        let v = &self.visible;
        let aligned = |cuts: &[usize], (open, close): (usize, usize)| {
            let (a, b) = (vis(open), vis(close));
            let text_before = v[..a].trim_end_matches(is_trimmed).len();
            let text_after = b + (v[b..].len() - v[b..].trim_start_matches(is_trimmed).len());
            (text_before == 0 || cut_in(cuts, text_before, a))
                && (text_after == v.len() || cut_in(cuts, b, text_after))
        };
        let (aligned_pairs, inline): (Vec<Pair>, Vec<Pair>) =
            self.pairs.iter().partition(|&&p| aligned(&cuts, p));
        let cuts = super::engine::drop_cuts_inside(
            cuts,
            inline.iter().map(|&(o, c)| vis(o)..vis(c)).collect(),
        );
        let mut outside: Vec<usize> = aligned_pairs
            .iter()
            .filter(|&&(o, c)| vis(o) < vis(c) && cut_in(&cuts, vis(o) + 1, vis(c) - 1))
            .flat_map(|&(o, c)| [o, c])
            .collect();
        outside.sort_unstable();
        super::engine::split_at(v, cuts)
            .into_iter()
            // Markup left unclosed runs to the end of the document and may end in
            // whitespace.
            .map(|r| super::engine::trim_range(text, self.to_original(r, &outside)))
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// Maps a range of the visible text (trimmed, not empty) to the original text.
    /// Tags at the edges go with the segment, except the atoms in `outside` (sorted).
    fn to_original(&self, seg: Range<usize>, outside: &[usize]) -> Range<usize> {
        let first = self.atoms.partition_point(|a| a.vis.end <= seg.start);
        let last = self.atoms.partition_point(|a| a.vis.end < seg.end);
        let (Some(fa), Some(la)) = (self.atoms.get(first), self.atoms.get(last)) else {
            return 0..0;
        };
        let mut start = match fa.kind {
            AtomKind::Text => fa.orig.start + (seg.start - fa.vis.start),
            _ => fa.orig.start,
        };
        let mut end = match la.kind {
            AtomKind::Text => la.orig.start + (seg.end - la.vis.start),
            _ => la.orig.end,
        };
        // Opening tags just before the segment belong to it.
        if self.visible[fa.vis.start..seg.start]
            .chars()
            .all(is_trimmed)
        {
            let mut j = first;
            while j > 0 && self.is_tag(j - 1) {
                j -= 1;
            }
            let mut split = self.run_split(j..first);
            // Not before a tag that stays outside.
            let k = outside.partition_point(|&o| o < first);
            if let Some(&o) = k.checked_sub(1).map(|k| &outside[k]) {
                split = split.max(o + 1);
            }
            if split < first {
                start = self.atoms[split].orig.start;
            }
        }
        // Closing tags just after it too.
        if self.visible[seg.end..la.vis.end].chars().all(is_trimmed) {
            let mut m = last + 1;
            while m < self.atoms.len() && self.is_tag(m) {
                m += 1;
            }
            let mut split = self.run_split(last + 1..m);
            // Not after a tag that stays outside.
            let k = outside.partition_point(|&o| o <= last);
            if let Some(&o) = outside.get(k) {
                split = split.min(o);
            }
            if split > last + 1 {
                end = self.atoms[split - 1].orig.end;
            }
        }
        start..end
    }
}

/// The kind of a block from the stack of open block elements.
fn kind_from(stack: &[String]) -> BlockKind {
    stack
        .iter()
        .rev()
        .find_map(|n| kind_of(n))
        .unwrap_or(BlockKind::Paragraph)
}

/// Cuts an HTML document into blocks that hold text.
pub(crate) fn blocks(text: &str) -> Vec<HtmlBlock> {
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut current = HtmlBlock::new(BlockKind::Paragraph);
    let flush = |current: &mut HtmlBlock, stack: &[String], out: &mut Vec<HtmlBlock>| {
        let mut done = std::mem::replace(current, HtmlBlock::new(BlockKind::Paragraph));
        if done.has_text() {
            done.kind = kind_from(stack);
            out.push(done);
        }
    };
    for item in tokenize(text) {
        match item {
            Item::Text(range) => current.push_text(text, range),
            Item::Hidden(range) => current.push_markup(range, AtomKind::Hidden, None),
            Item::Tag {
                range,
                name,
                closing,
                self_closing,
            } => {
                if BLOCK_TAGS.contains(&name.as_str()) {
                    flush(&mut current, &stack, &mut out);
                    if closing {
                        if let Some(k) = stack.iter().rposition(|n| *n == name) {
                            stack.truncate(k);
                        }
                    } else if !self_closing && !VOID.contains(&name.as_str()) {
                        stack.push(name);
                    }
                } else if name == "br" {
                    current.push_markup(range, AtomKind::Char, Some('\n'));
                } else {
                    let empty = self_closing || VOID.contains(&name.as_str());
                    current.push_inline_tag(range, name, closing, empty);
                }
            }
        }
    }
    flush(&mut current, &stack, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_is_forgiving() {
        let t = "a < b <p class=\"x>y\">c</p><!-- open";
        let items = tokenize(t);
        assert_eq!(items[0], Item::Text(0..6));
        assert!(matches!(&items[1], Item::Tag { name, .. } if name == "p"));
        assert_eq!(items.last(), Some(&Item::Hidden(26..t.len())));
    }

    /// The segments of the single block of `t`, cut at the visible offsets `cuts`.
    fn cut<'a>(t: &'a str, cuts: &[usize]) -> Vec<&'a str> {
        let b = blocks(t);
        assert_eq!(b.len(), 1, "{t}");
        b[0].segments(t, cuts.to_vec())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn a_break_inside_an_inline_element_is_dropped() {
        // Visible: "He said yes. Then he left."
        assert_eq!(
            cut("<p>He said <b>yes. Then</b> he left.</p>", &[12]),
            ["He said <b>yes. Then</b> he left."]
        );
        // At the element's edges a break stays.
        assert_eq!(
            cut("<p>One. <i>Two.</i> Three.</p>", &[4, 9]),
            ["One.", "<i>Two.</i>", "Three."]
        );
        // The end tag is in no later place of the block: nothing to balance.
        assert_eq!(cut("<p><b>One. Two.</p>", &[4]), ["<b>One.", "Two."]);
    }

    #[test]
    fn an_element_holding_whole_sentences_keeps_its_breaks_and_stays_outside() {
        // Visible: "Div text. Span. Two"
        assert_eq!(
            cut("<div>Div text. <span>Span. Two</span></div>", &[9, 15]),
            ["Div text.", "Span.", "Two"]
        );
        assert_eq!(
            cut("<p><span><b>One.</b> Two.</span></p>", &[4]),
            ["<b>One.</b>", "Two."]
        );
        // Misnested or unbalanced tags never panic and keep the spans in order.
        for t in [
            "<p><b><i>A. B.</b> C.</i></p>",
            "<p></b>A. <b>B.</p>",
            "<p><b></b>A. B.</p>",
        ] {
            let b = blocks(t);
            let spans = b[0].segments(t, vec![2, 5]);
            assert!(
                spans.windows(2).all(|w| w[0].end <= w[1].start),
                "{t}: {spans:?}"
            );
        }
    }

    #[test]
    fn unclosed_script_and_comment_hide_the_rest_of_the_document() {
        let t = "<p>Shown.</p><script>var a = 1; <p>Hidden.</p>";
        assert_eq!(tokenize(t).last(), Some(&Item::Hidden(13..t.len())));
        assert!(blocks(t).iter().all(|b| !b.visible.contains("Hidden")));
        let t = "<p>Shown.</p><!-- <p>Hidden.</p>";
        assert_eq!(tokenize(t).last(), Some(&Item::Hidden(13..t.len())));
        assert_eq!(blocks(t).len(), 1);
    }

    #[test]
    fn tags_at_segment_edges_go_with_their_text() {
        let t = "<p><b>One.</b> <i>Two &amp; three.</i></p>";
        let b = blocks(t);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].visible, "One. Two & three.");
        assert_eq!(&t[b[0].to_original(0..4, &[])], "<b>One.</b>");
        assert_eq!(&t[b[0].to_original(5..17, &[])], "<i>Two &amp; three.</i>");
    }
}
