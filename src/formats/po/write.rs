//! The PO writer: the layout of `msgcat --no-wrap`.

use std::fmt::Write as _;

use super::{PoCatalog, PoEntry, PoHeader};

/// Writes a catalog in the standard layout: the header first, then each entry in order,
/// separated by blank lines; comments in the order `#`, `#.`, `#:`, `#,`, `#|`; no line
/// wrapping except after an embedded `\n` (like `msgcat --no-wrap`); obsolete entries as
/// `#~` lines. The same catalog always gives the same bytes.
///
/// A catalog that had no header entry and has an empty header is written without one
/// (`msgfmt -c` wants one; [`super::units_to_po`] always makes one).
pub fn write_po(catalog: &PoCatalog) -> String {
    let mut out = String::new();
    let mut first = true;
    // An entry with an empty msgid and no context would be read back as the header.
    let would_be_header = catalog
        .entries
        .iter()
        .any(|e| !e.obsolete && e.msgctxt.is_none() && e.msgid.is_empty());
    if !catalog.header.is_empty() || catalog.header.line > 0 || would_be_header {
        write_header(&mut out, &catalog.header);
        first = false;
    }
    for entry in &catalog.entries {
        if !first {
            out.push('\n');
        }
        first = false;
        write_entry(&mut out, entry);
    }
    out
}

fn write_header(out: &mut String, header: &PoHeader) {
    comment_lines(out, "#", &header.translator_comments);
    comment_lines(out, "#.", &header.extracted_comments);
    flags_line(out, &header.flags);
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for (k, v) in &header.fields {
        let mut field = format!("{k}: {v}");
        // A field is one line of the msgstr; a newline inside a value would split it.
        field.retain(|c| c != '\n');
        field.push('\n');
        out.push('"');
        out.push_str(&escape(&field));
        out.push_str("\"\n");
    }
}

fn write_entry(out: &mut String, e: &PoEntry) {
    comment_lines(out, "#", &e.translator_comments);
    comment_lines(out, "#.", &e.extracted_comments);
    if !e.references.is_empty() {
        let refs: Vec<&str> = e.references.iter().map(|r| r.trim()).collect();
        let _ = writeln!(out, "#: {}", refs.join(" ").replace('\n', " "));
    }
    flags_line(out, &e.flags);
    let prefix = if e.obsolete { "#~ " } else { "" };
    let prev = if e.obsolete { "#~|" } else { "#|" };
    comment_lines(out, prev, &e.previous);
    if let Some(c) = &e.msgctxt {
        string_field(out, prefix, "msgctxt", c);
    }
    string_field(out, prefix, "msgid", &e.msgid);
    if let Some(p) = &e.msgid_plural {
        string_field(out, prefix, "msgid_plural", p);
        if e.msgstr.is_empty() {
            string_field(out, prefix, "msgstr[0]", "");
        }
        for (i, s) in e.msgstr.iter().enumerate() {
            string_field(out, prefix, &format!("msgstr[{i}]"), s);
        }
    } else if e.msgstr.len() > 1 {
        // Not valid gettext, but what was read is written back rather than dropped.
        for (i, s) in e.msgstr.iter().enumerate() {
            string_field(out, prefix, &format!("msgstr[{i}]"), s);
        }
    } else {
        string_field(
            out,
            prefix,
            "msgstr",
            e.msgstr.first().map_or("", String::as_str),
        );
    }
}

/// One comment line per item, splitting items that contain newlines.
fn comment_lines(out: &mut String, marker: &str, items: &[String]) {
    for item in items {
        for line in item.split('\n') {
            if line.is_empty() {
                let _ = writeln!(out, "{marker}");
            } else {
                let _ = writeln!(out, "{marker} {line}");
            }
        }
    }
}

fn flags_line(out: &mut String, flags: &[String]) {
    let flags: Vec<String> = flags
        .iter()
        .map(|f| f.replace([',', '\n'], " ").trim().to_string())
        .filter(|f| !f.is_empty())
        .collect();
    if !flags.is_empty() {
        let _ = writeln!(out, "#, {}", flags.join(", "));
    }
}

/// `keyword "text"`, or `keyword ""` followed by one line per `\n`-terminated piece
/// when the text has a newline before its end.
fn string_field(out: &mut String, prefix: &str, keyword: &str, text: &str) {
    let inner_newline = text.find('\n').is_some_and(|i| i + 1 < text.len());
    if !inner_newline {
        let _ = writeln!(out, "{prefix}{keyword} \"{}\"", escape(text));
        return;
    }
    let _ = writeln!(out, "{prefix}{keyword} \"\"");
    for piece in text.split_inclusive('\n') {
        let _ = writeln!(out, "{prefix}\"{}\"", escape(piece));
    }
}

/// C escapes for a PO string: `\\ \" \n \t \r \a \b \f \v`, octal for other controls.
pub(super) fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            '\u{7}' => s.push_str("\\a"),
            '\u{8}' => s.push_str("\\b"),
            '\u{c}' => s.push_str("\\f"),
            '\u{b}' => s.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(s, "\\{:03o}", c as u32);
            }
            c => s.push(c),
        }
    }
    s
}
