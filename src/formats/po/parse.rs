//! The PO reader: a line-based state machine that keeps going after an error.

use std::collections::HashMap;

use super::plural::{PluralForms, DEFAULT_PLURAL_FORMS};
use super::{PoCatalog, PoEntry, PoHeader};
use crate::formats::Diagnostic;

/// Reads a PO catalog: what could be read, plus diagnostics with line and column.
///
/// Handles a UTF-8 BOM, CRLF line ends, multi-line strings, every C escape gettext
/// writes (`\n \t \r \a \b \f \v \" \\ \ooo \xhh`), `msgctxt`, plurals, `#,` flags,
/// `#.` `#:` `#|` comments and `#~` obsolete entries. Malformed lines are errors; a
/// `msgstr[i]` beyond the header's `nplurals`, or missing forms, are warnings. An
/// invalid `Plural-Forms` is an error at the header line that holds it.
pub fn parse_po(text: &str) -> (PoCatalog, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser::default();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        p.line(i + 1, line);
    }
    p.finish_entry();
    p.finish()
}

/// Which string a continuation line adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    Plural,
    Str(usize),
    /// A line that was refused: its continuation strings are dropped with it.
    Discard,
}

/// Line, column and written index of a msgstr keyword.
type StrAt = (usize, usize, usize);

/// An entry being read; strings stay bytes until the entry ends because an octal or
/// hex escape may split one UTF-8 character across two lines.
#[derive(Default)]
struct Pending {
    translator: Vec<String>,
    extracted: Vec<String>,
    references: Vec<String>,
    flags: Vec<String>,
    previous: Vec<String>,
    comment_line: usize,
    ctxt: Option<Vec<u8>>,
    id: Option<Vec<u8>>,
    plural: Option<Vec<u8>>,
    strs: Vec<Vec<u8>>,
    /// Whether msgstr was written with an index (`msgstr[0]`).
    indexed: bool,
    /// Where each msgstr keyword is.
    str_at: Vec<StrAt>,
    /// For msgstr[0]: byte offset in the decoded string where each literal starts,
    /// with the literal's line and column (to point at header fields).
    spans: Vec<(usize, usize, usize)>,
    last: Option<Field>,
    obsolete: Option<bool>,
    /// Line of the first keyword.
    line: usize,
    /// Line of each keyword, for UTF-8 errors.
    field_lines: Vec<(Field, usize)>,
}

impl Pending {
    fn has_comments(&self) -> bool {
        !(self.translator.is_empty()
            && self.extracted.is_empty()
            && self.references.is_empty()
            && self.flags.is_empty()
            && self.previous.is_empty())
    }

    fn in_msgstr(&self) -> bool {
        !self.strs.is_empty()
    }

    fn started(&self) -> bool {
        self.ctxt.is_some() || self.id.is_some()
    }
}

#[derive(Default)]
struct Parser {
    diags: Vec<Diagnostic>,
    cur: Pending,
    header: Option<PoHeader>,
    /// Line and column of each header field, parallel to `PoHeader::fields`.
    header_field_at: Vec<(usize, usize)>,
    entries: Vec<PoEntry>,
    /// For each plural entry: its index in `entries` and where its msgstr[i] are.
    plural_at: Vec<(usize, Vec<StrAt>)>,
    seen: HashMap<(Option<String>, String), usize>,
}

/// The 1-based column of byte `at` in `line`.
fn col(line: &str, at: usize) -> usize {
    line.get(..at).map_or(at, |s| s.chars().count()) + 1
}

/// Drops one space after a comment marker (`# text` → `text`).
fn comment_text(rest: &str) -> String {
    rest.strip_prefix(' ').unwrap_or(rest).to_string()
}

/// Splits a `#:` line into references. Since gettext 0.20 a file name with spaces is
/// wrapped in U+2068 … U+2069; such a name stays one reference.
fn split_references(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut isolated = false;
    for c in rest.chars() {
        match c {
            '\u{2068}' => {
                isolated = true;
                cur.push(c);
            }
            '\u{2069}' => {
                isolated = false;
                cur.push(c);
            }
            c if c.is_whitespace() && !isolated => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

impl Parser {
    fn error(&mut self, line: usize, column: usize, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(line, column, message));
    }

    fn warning(&mut self, line: usize, column: usize, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(line, column, message));
    }

    fn line(&mut self, ln: usize, line: &str) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            if self.cur.in_msgstr() {
                self.finish_entry();
            }
            return;
        }
        if let Some(rest) = trimmed.strip_prefix("#~") {
            if let Some(prev) = rest.strip_prefix('|') {
                self.comment_start(ln, indent, line);
                self.cur.previous.push(comment_text(prev));
                return;
            }
            let inner = rest.trim_start();
            if inner.is_empty() {
                return;
            }
            let at = line.len() - inner.len();
            self.content(ln, line, at, true);
            return;
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            self.comment_start(ln, indent, line);
            let cur = &mut self.cur;
            if let Some(flags) = rest.strip_prefix(',') {
                cur.flags.extend(
                    flags
                        .split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(String::from),
                );
            } else if let Some(x) = rest.strip_prefix('.') {
                cur.extracted.push(comment_text(x));
            } else if let Some(r) = rest.strip_prefix(':') {
                cur.references.extend(split_references(r));
            } else if let Some(prev) = rest.strip_prefix('|') {
                cur.previous.push(comment_text(prev));
            } else {
                cur.translator.push(comment_text(rest));
            }
            return;
        }
        self.content(ln, line, indent, false);
    }

    /// A comment line: it starts a new entry after a complete one.
    fn comment_start(&mut self, ln: usize, indent: usize, line: &str) {
        if self.cur.in_msgstr() {
            self.finish_entry();
        } else if self.cur.started() {
            self.error(
                ln,
                col(line, indent),
                "comment inside an entry: expected msgstr before the next comment",
            );
        }
        if !self.cur.has_comments() {
            self.cur.comment_line = ln;
        }
    }

    /// A keyword line or a continuation string, starting at byte `at` of `line`.
    fn content(&mut self, ln: usize, line: &str, at: usize, obsolete: bool) {
        let rest = &line[at..];
        if rest.starts_with('"') {
            let Some(field) = self.cur.last else {
                self.error(
                    ln,
                    col(line, at),
                    "string without a keyword: expected msgid, msgstr or another keyword first",
                );
                return;
            };
            self.check_obsolete(ln, line, at, obsolete);
            if let Some(bytes) = self.literal(ln, line, at) {
                self.append(field, bytes, ln, col(line, at));
            }
            return;
        }
        let kw_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let keyword = &rest[..kw_len];
        let mut after = kw_len;
        let mut index = None;
        if keyword == "msgstr" && rest[after..].starts_with('[') {
            let close = rest[after..].find(']');
            let parsed = close.and_then(|c| rest[after + 1..after + c].parse::<usize>().ok());
            match (close, parsed) {
                (Some(c), Some(i)) => {
                    index = Some(i);
                    after += c + 1;
                }
                _ => {
                    self.error(
                        ln,
                        col(line, at + after),
                        "invalid plural index: expected msgstr[N] with a number N",
                    );
                    self.cur.last = Some(Field::Discard);
                    return;
                }
            }
        }
        let kw_col = col(line, at);
        if keyword.is_empty() {
            self.error(
                ln,
                kw_col,
                "expected a keyword (msgctxt, msgid, msgid_plural, msgstr), a comment or a string",
            );
            return;
        }
        if !matches!(keyword, "msgctxt" | "msgid" | "msgid_plural" | "msgstr") {
            self.error(
                ln,
                kw_col,
                format!(
                    "unknown keyword \"{keyword}\": expected msgctxt, msgid, msgid_plural or msgstr"
                ),
            );
            self.cur.last = Some(Field::Discard);
            return;
        }
        // A keyword that begins an entry closes the one before it.
        if matches!(keyword, "msgctxt" | "msgid") && self.cur.in_msgstr() {
            self.finish_entry();
        }
        if keyword == "msgid" && self.cur.id.is_some() {
            // The entry before never got a msgstr; finishing it reports that.
            self.finish_entry();
        }
        self.check_obsolete(ln, line, at, obsolete);
        let text_at = after + rest[after..].len() - rest[after..].trim_start().len();
        if !rest[text_at..].starts_with('"') {
            self.error(
                ln,
                col(line, at + text_at),
                format!("expected a string in double quotes after {keyword}"),
            );
            self.cur.last = Some(Field::Discard);
            return;
        }
        let Some(field) = self.keyword_field(ln, kw_col, keyword, index) else {
            self.cur.last = Some(Field::Discard);
            return;
        };
        if !self.cur.started() {
            self.cur.line = ln;
            self.cur.obsolete = Some(obsolete);
        }
        let lit_col = col(line, at + text_at);
        let bytes = self.literal(ln, line, at + text_at).unwrap_or_default();
        match field {
            Field::Ctxt => self.cur.ctxt = Some(Vec::new()),
            Field::Id => self.cur.id = Some(Vec::new()),
            Field::Plural => self.cur.plural = Some(Vec::new()),
            Field::Str(_) => {
                self.cur.strs.push(Vec::new());
                self.cur.str_at.push((ln, kw_col, index.unwrap_or(0)));
            }
            Field::Discard => {}
        }
        self.cur.field_lines.push((field, ln));
        self.cur.last = Some(field);
        self.append(field, bytes, ln, lit_col);
    }

    /// Checks a keyword's place in the entry; returns the field it fills.
    fn keyword_field(
        &mut self,
        ln: usize,
        c: usize,
        keyword: &str,
        index: Option<usize>,
    ) -> Option<Field> {
        let cur = &self.cur;
        let has_id = cur.id.is_some();
        let stage_plural = cur.plural.is_some();
        match keyword {
            "msgctxt" => {
                if cur.started() {
                    self.error(ln, c, "msgctxt must come before msgid, once per entry");
                    return None;
                }
                Some(Field::Ctxt)
            }
            "msgid" => Some(Field::Id),
            "msgid_plural" => {
                if !has_id || cur.in_msgstr() || stage_plural {
                    self.error(
                        ln,
                        c,
                        "msgid_plural must follow msgid, before msgstr, once per entry",
                    );
                    return None;
                }
                Some(Field::Plural)
            }
            _ => {
                if !has_id {
                    self.error(ln, c, "msgstr without msgid: expected msgid first");
                    return None;
                }
                let n = cur.strs.len();
                match index {
                    None => {
                        if n > 0 {
                            self.error(ln, c, "a second msgstr in one entry");
                            return None;
                        }
                        if stage_plural {
                            self.error(
                                ln,
                                c,
                                "an entry with msgid_plural needs msgstr[0], msgstr[1], …",
                            );
                        }
                        Some(Field::Str(0))
                    }
                    Some(i) => {
                        if n > 0 && !cur.indexed {
                            self.error(ln, c, "msgstr[N] after a plain msgstr");
                            return None;
                        }
                        if !stage_plural && n == 0 {
                            self.error(
                                ln,
                                c,
                                "msgstr[N] in an entry without msgid_plural: expected msgstr",
                            );
                        }
                        if i != n {
                            self.error(ln, c, format!("expected msgstr[{n}], found msgstr[{i}]"));
                            if i < n {
                                return None;
                            }
                        }
                        self.cur.indexed = true;
                        Some(Field::Str(n))
                    }
                }
            }
        }
    }

    fn check_obsolete(&mut self, ln: usize, line: &str, at: usize, obsolete: bool) {
        if let Some(o) = self.cur.obsolete {
            if self.cur.started() && o != obsolete {
                self.error(
                    ln,
                    col(line, at),
                    "an entry mixes obsolete (#~) and active lines",
                );
            }
        }
    }

    fn append(&mut self, field: Field, bytes: Vec<u8>, ln: usize, c: usize) {
        let cur = &mut self.cur;
        let target = match field {
            Field::Ctxt => cur.ctxt.as_mut(),
            Field::Id => cur.id.as_mut(),
            Field::Plural => cur.plural.as_mut(),
            Field::Str(i) => {
                if i == 0 {
                    let offset = cur.strs.first().map_or(0, Vec::len);
                    cur.spans.push((offset, ln, c));
                }
                cur.strs.get_mut(i)
            }
            Field::Discard => None,
        };
        if let Some(t) = target {
            t.extend_from_slice(&bytes);
        }
    }

    /// Reads the string literal whose opening quote is at byte `at`; `None` when the
    /// line is too broken to use.
    fn literal(&mut self, ln: usize, line: &str, at: usize) -> Option<Vec<u8>> {
        let bytes = line.as_bytes();
        let mut out = Vec::new();
        let mut i = at + 1;
        loop {
            let Some(&b) = bytes.get(i) else {
                self.error(
                    ln,
                    col(line, at),
                    "unterminated string: expected a closing \" before the end of the line",
                );
                return Some(out);
            };
            match b {
                b'"' => {
                    let tail = &line[i + 1..];
                    let junk = tail.len() - tail.trim_start().len();
                    if !tail.trim().is_empty() {
                        self.error(
                            ln,
                            col(line, i + 1 + junk),
                            "unexpected text after the closing quote",
                        );
                    }
                    return Some(out);
                }
                b'\\' => {
                    i += 1;
                    let Some(&e) = bytes.get(i) else {
                        continue;
                    };
                    let simple = match e {
                        b'n' => Some(b'\n'),
                        b't' => Some(b'\t'),
                        b'r' => Some(b'\r'),
                        b'a' => Some(0x07),
                        b'b' => Some(0x08),
                        b'f' => Some(0x0c),
                        b'v' => Some(0x0b),
                        b'"' | b'\\' | b'\'' | b'?' => Some(e),
                        _ => None,
                    };
                    if let Some(s) = simple {
                        out.push(s);
                        i += 1;
                    } else if (b'0'..=b'7').contains(&e) {
                        let mut v: u32 = 0;
                        let start = i;
                        while i < bytes.len() && i < start + 3 && (b'0'..=b'7').contains(&bytes[i])
                        {
                            v = v * 8 + u32::from(bytes[i] - b'0');
                            i += 1;
                        }
                        match u8::try_from(v) {
                            Ok(v) => out.push(v),
                            Err(_) => self.error(
                                ln,
                                col(line, start - 1),
                                "octal escape above \\377 does not fit in a byte",
                            ),
                        }
                    } else if e == b'x' {
                        let start = i;
                        i += 1;
                        let mut v: u32 = 0;
                        while i < bytes.len() && i < start + 3 && bytes[i].is_ascii_hexdigit() {
                            v = v * 16 + char::from(bytes[i]).to_digit(16).unwrap_or(0);
                            i += 1;
                        }
                        if i == start + 1 {
                            self.error(
                                ln,
                                col(line, start - 1),
                                "\\x must be followed by hexadecimal digits",
                            );
                        } else {
                            out.push(v as u8);
                        }
                    } else {
                        let ch = line[i..].chars().next().unwrap_or('?');
                        self.error(
                            ln,
                            col(line, i - 1),
                            format!("unknown escape sequence \\{ch}"),
                        );
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        i += ch.len_utf8();
                    }
                }
                _ => {
                    out.push(b);
                    i += 1;
                }
            }
        }
    }

    fn text_of(&mut self, bytes: Vec<u8>, field: Field) -> String {
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let line = self
                    .cur
                    .field_lines
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map_or(self.cur.line, |(_, l)| *l);
                self.error(
                    line,
                    1,
                    "escape sequences make text that is not valid UTF-8",
                );
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    }

    fn finish_entry(&mut self) {
        let cur = std::mem::take(&mut self.cur);
        let Some(id) = cur.id.clone() else {
            if cur.ctxt.is_some() {
                self.error(cur.line, 1, "msgctxt without msgid");
            } else if cur.has_comments() {
                self.warning(
                    cur.comment_line,
                    1,
                    "comments that belong to no entry are not kept",
                );
            }
            return;
        };
        self.cur = cur;
        if self.cur.strs.is_empty() {
            let line = self.cur.line;
            self.error(line, 1, "entry has no msgstr: expected msgstr after msgid");
            self.cur.strs.push(Vec::new());
        }
        let msgid = self.text_of(id, Field::Id);
        let msgctxt = self.cur.ctxt.take().map(|b| self.text_of(b, Field::Ctxt));
        let msgid_plural = self
            .cur
            .plural
            .take()
            .map(|b| self.text_of(b, Field::Plural));
        let strs = std::mem::take(&mut self.cur.strs);
        let msgstr: Vec<String> = strs
            .into_iter()
            .enumerate()
            .map(|(i, b)| self.text_of(b, Field::Str(i)))
            .collect();
        let cur = std::mem::take(&mut self.cur);
        let obsolete = cur.obsolete.unwrap_or(false);
        if !obsolete {
            let key = (msgctxt.clone(), msgid.clone());
            if let Some(first) = self.seen.get(&key) {
                let first = *first;
                self.error(
                    cur.line,
                    1,
                    format!("duplicate message definition (first defined at line {first})"),
                );
            } else {
                self.seen.insert(key, cur.line);
            }
        }
        if msgid.is_empty() && msgctxt.is_none() && !obsolete && self.header.is_none() {
            let mut header = PoHeader {
                translator_comments: cur.translator,
                extracted_comments: cur.extracted,
                flags: cur.flags,
                line: cur.line,
                ..PoHeader::default()
            };
            let value = msgstr.into_iter().next().unwrap_or_default();
            let mut offset = 0;
            for field_line in value.split('\n') {
                let here = offset;
                offset += field_line.len() + 1;
                if field_line.trim().is_empty() {
                    continue;
                }
                match field_line.split_once(':') {
                    Some((k, v)) if !k.trim().is_empty() => {
                        self.header_field_at
                            .push(span_at(&cur.spans, here, cur.line));
                        header
                            .fields
                            .push((k.trim().to_string(), v.trim_start().to_string()));
                    }
                    _ => {
                        let (l, c) = span_at(&cur.spans, here, cur.line);
                        self.warning(
                            l,
                            c,
                            format!(
                                "header line \"{field_line}\" is not \"Name: value\"; it is not kept"
                            ),
                        );
                    }
                }
            }
            self.header = Some(header);
            return;
        }
        let entry = PoEntry {
            msgctxt,
            msgid,
            msgid_plural,
            msgstr,
            flags: cur.flags,
            translator_comments: cur.translator,
            extracted_comments: cur.extracted,
            references: cur.references,
            previous: cur.previous,
            obsolete,
            line: cur.line,
        };
        if entry.msgid_plural.is_some() && !obsolete {
            self.plural_at.push((self.entries.len(), cur.str_at));
        }
        self.entries.push(entry);
    }

    fn finish(mut self) -> (PoCatalog, Vec<Diagnostic>) {
        let header = self.header.take().unwrap_or_default();
        let field_at = |name: &str| -> (usize, usize) {
            header
                .fields
                .iter()
                .position(|(k, _)| k.eq_ignore_ascii_case(name))
                .and_then(|i| self.header_field_at.get(i).copied())
                .unwrap_or((header.line, 1))
        };
        let plural_header = header.get("Plural-Forms");
        let forms = match plural_header {
            Some(value) => match PluralForms::parse(value) {
                Ok(f) => Some(f),
                Err(e) => {
                    let (l, c) = field_at("Plural-Forms");
                    self.diags.push(Diagnostic::error(
                        l,
                        c,
                        format!("invalid Plural-Forms: {e}"),
                    ));
                    None
                }
            },
            None => {
                if let Some((i, _)) = self.plural_at.first() {
                    let line = self.entries.get(*i).map_or(1, |e| e.line);
                    self.diags.push(Diagnostic::warning(
                        line,
                        1,
                        format!(
                            "the catalog has plural entries but no Plural-Forms header; \
                             \"{DEFAULT_PLURAL_FORMS}\" is assumed"
                        ),
                    ));
                }
                Some(PluralForms::germanic())
            }
        };
        if let Some(charset) = header.get("Content-Type").and_then(|ct| {
            ct.split(';')
                .filter_map(|p| p.trim().strip_prefix("charset="))
                .next()
        }) {
            let cs = charset.trim();
            if !cs.eq_ignore_ascii_case("utf-8")
                && !cs.eq_ignore_ascii_case("utf8")
                && cs != "CHARSET"
            {
                let (l, c) = field_at("Content-Type");
                self.diags.push(Diagnostic::warning(
                    l,
                    c,
                    format!("the header declares charset {cs}; the file was read as UTF-8"),
                ));
            }
        }
        if let Some(forms) = forms.filter(|_| plural_header.is_some()) {
            let k = forms.nplurals;
            for (i, at) in &self.plural_at {
                let Some(e) = self.entries.get(*i) else {
                    continue;
                };
                let n = e.msgstr.len();
                if n > k {
                    let (l, c, i) = at.get(k).copied().unwrap_or((e.line, 1, k));
                    self.diags.push(Diagnostic::warning(
                        l,
                        c,
                        format!("msgstr[{i}] is beyond nplurals={k} of the Plural-Forms header"),
                    ));
                } else if n < k {
                    self.diags.push(Diagnostic::warning(
                        e.line,
                        1,
                        format!(
                            "the entry has {n} of the {k} plural forms the Plural-Forms header \
                             declares"
                        ),
                    ));
                }
            }
        }
        self.diags.sort_by_key(|d| (d.line, d.column));
        (
            PoCatalog {
                header,
                entries: self.entries,
            },
            self.diags,
        )
    }
}

/// The line and column of the literal that holds decoded byte `offset` of msgstr[0].
fn span_at(spans: &[(usize, usize, usize)], offset: usize, fallback: usize) -> (usize, usize) {
    spans
        .iter()
        .rev()
        .find(|(start, _, _)| *start <= offset)
        .map_or((fallback, 1), |(_, l, c)| (*l, *c))
}
