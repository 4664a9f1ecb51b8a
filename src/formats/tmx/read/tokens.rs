//! The token layer of the reader: XML events as the structure reader wants them, with
//! names classified, attributes decoded and checked, text decoded, and every problem
//! turned into a diagnostic with its position.

use std::io::BufRead;

use quick_xml::events::{BytesStart, Event};

use super::super::escape::{decode_into, decode_str_into, is_name};
use super::super::input::Encoding;
use super::{State, TmxReader};
use crate::formats::{Diagnostic, Severity};
use crate::model::CodeKind;

/// The elements the reader knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum El {
    Tmx,
    Header,
    Body,
    Tu,
    Tuv,
    Seg,
    Prop,
    Note,
    Ude,
    Code(CodeKind),
    Hi,
    Sub,
    Other,
}

impl El {
    /// Classifies an element name. Names are compared as packed integers: this runs
    /// for every start tag.
    pub(super) fn of(name: &[u8]) -> El {
        const fn pack(name: &[u8]) -> u64 {
            let mut key = 0u64;
            let mut i = 0;
            while i < name.len() {
                key = key << 8 | name[i] as u64;
                i += 1;
            }
            key
        }
        const TMX: u64 = pack(b"tmx");
        const HEADER: u64 = pack(b"header");
        const BODY: u64 = pack(b"body");
        const TU: u64 = pack(b"tu");
        const TUV: u64 = pack(b"tuv");
        const SEG: u64 = pack(b"seg");
        const PROP: u64 = pack(b"prop");
        const NOTE: u64 = pack(b"note");
        const UDE: u64 = pack(b"ude");
        const BPT: u64 = pack(b"bpt");
        const EPT: u64 = pack(b"ept");
        const PH: u64 = pack(b"ph");
        const IT: u64 = pack(b"it");
        const UT: u64 = pack(b"ut");
        const HI: u64 = pack(b"hi");
        const SUB: u64 = pack(b"sub");
        // Packing is unambiguous up to 7 bytes (no name byte is zero).
        if name.is_empty() || name.len() > 7 {
            return El::Other;
        }
        match pack(name) {
            TMX => El::Tmx,
            HEADER => El::Header,
            BODY => El::Body,
            TU => El::Tu,
            TUV => El::Tuv,
            SEG => El::Seg,
            PROP => El::Prop,
            NOTE => El::Note,
            UDE => El::Ude,
            BPT => El::Code(CodeKind::Bpt),
            EPT => El::Code(CodeKind::Ept),
            PH => El::Code(CodeKind::Ph),
            IT => El::Code(CodeKind::It),
            UT => El::Code(CodeKind::Ut),
            HI => El::Hi,
            SUB => El::Sub,
            _ => El::Other,
        }
    }
}

/// One step of the document, with its data left in the reader's buffers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// A start tag (an empty element comes as a start and an end); attributes in
    /// `attrs`, name in `name`.
    Start(El, u64),
    /// The end tag of the innermost open element (the parser checks that it matches).
    End,
    /// Character data, decoded into `text`; `false` when it could not be decoded (the
    /// diagnostic is recorded) and `text` is incomplete.
    Text(u64, bool),
    /// The end of the input.
    Eof(u64),
}

/// The outcome of reading something that may have to be dropped.
pub(super) type Fatal<T> = Result<T, Diagnostic>;

impl<R: BufRead> TmxReader<R> {
    /// 1-based line and column of a byte offset of the current event or unit.
    fn at(&mut self, offset: u64) -> (usize, usize) {
        self.xml.get_mut().line_col(offset)
    }

    pub(super) fn fatal(&mut self, offset: u64, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.at(offset);
        Diagnostic::error(line, column, message)
    }

    pub(super) fn report(&mut self, severity: Severity, offset: u64, message: impl Into<String>) {
        let (line, column) = self.at(offset);
        self.diagnostics.push(Diagnostic {
            severity,
            line,
            column,
            message: message.into(),
        });
    }

    pub(super) fn warn(&mut self, offset: u64, message: impl Into<String>) {
        self.report(Severity::Warning, offset, message);
    }

    /// The attributes of the last start tag, in order.
    pub(super) fn attrs(&self) -> &[(String, String)] {
        &self.attrs[..self.attr_count]
    }

    /// Which attribute of the last start tag has this name.
    pub(super) fn attr_index(&self, name: &str) -> Option<usize> {
        self.attrs().iter().position(|(k, _)| k == name)
    }

    /// The value of an attribute of the last start tag.
    pub(super) fn attr(&self, name: &str) -> Option<&str> {
        self.attr_index(name).map(|i| self.attrs[i].1.as_str())
    }

    /// Reads the next token, skipping what carries nothing for TMX (comments,
    /// processing instructions, the document type declaration).
    pub(super) fn next_tok(&mut self) -> Fatal<Tok> {
        // The event borrows the buffer; lending it out leaves `self` free meanwhile.
        let mut buf = std::mem::take(&mut self.buf);
        let tok = self.next_tok_in(&mut buf);
        self.buf = buf;
        tok
    }

    fn next_tok_in(&mut self, buf: &mut Vec<u8>) -> Fatal<Tok> {
        loop {
            let offset = self.xml.buffer_position();
            let mark = self.pin.unwrap_or(offset);
            self.xml.get_mut().set_mark(mark);
            buf.clear();
            let event = match self.xml.read_event_into(buf) {
                Ok(event) => event,
                Err(e) => return Err(self.parse_error(e)),
            };
            // Blank text before markup may have been dropped by the parser (see
            // `keep_blank_text`): the markup starts after it.
            let offset = match event {
                Event::Text(_) | Event::End(_) | Event::Eof => offset,
                _ => self.xml.get_ref().skip_blank(offset),
            };
            match event {
                Event::Start(start) => {
                    let el = El::of(start.name().as_ref());
                    self.read_attrs(&start, el, offset)?;
                    return Ok(Tok::Start(el, offset));
                }
                // Never produced: empty elements are expanded to a start and an end.
                Event::Empty(_) => {}
                Event::End(_) => return Ok(Tok::End),
                Event::Text(text) => {
                    // Leading blanks may have been trimmed: the text ends where the
                    // parser stands.
                    let offset = self.xml.buffer_position() - text.len() as u64;
                    let ok = self.decode_text(offset, &text, false)?;
                    return Ok(Tok::Text(offset, ok));
                }
                Event::CData(data) => {
                    // The content starts after `<![CDATA[`.
                    let ok = self.decode_text(offset + 9, &data, true)?;
                    return Ok(Tok::Text(offset, ok));
                }
                Event::Decl(decl) => {
                    let label = match decl.encoding() {
                        Some(Ok(label)) => Some(String::from_utf8_lossy(&label).into_owned()),
                        _ => None,
                    };
                    self.check_declared_encoding(offset, label)?;
                }
                Event::DocType(doctype) => {
                    // The declaration is skipped, never resolved: nothing is fetched and
                    // no entity it declares is expanded. Say so when it declares any.
                    if doctype.contains(&b'[') {
                        self.warn(
                            offset,
                            "the internal subset of the document type declaration is ignored: \
                             korpu never expands entities",
                        );
                    }
                }
                Event::Comment(_) | Event::PI(_) => {}
                Event::Eof => return Ok(Tok::Eof(self.xml.buffer_position())),
            }
        }
    }

    /// Reads the name and the attributes of a start tag into `name` and `attrs`.
    ///
    /// The tag is parsed here rather than by the XML parser's attribute iterator, to
    /// check what XML requires (names, `=`, quotes, whitespace between attributes, no
    /// attribute twice) with exact positions and without allocating per tag. An
    /// attribute whose value uses an unknown entity is dropped and reported.
    fn read_attrs(&mut self, start: &BytesStart<'_>, el: El, offset: u64) -> Fatal<()> {
        self.attr_count = 0;
        self.attr_offsets.clear();
        self.name.clear();
        // The tag's content starts after `<`; positions below are indices into it.
        let content = offset + 1;
        // The whole tag is checked for UTF-8 once; it is then cut at ASCII bytes only.
        let tag = match std::str::from_utf8(start) {
            Ok(tag) => tag,
            Err(e) => {
                return Err(self.fatal(
                    content + e.valid_up_to() as u64,
                    "malformed XML: a tag that is not valid UTF-8",
                ))
            }
        };
        let raw = tag.as_bytes();
        let name_len = start.name().as_ref().len();
        // A name the reader knows is a valid name; only others need checking.
        let name = match el {
            El::Other => tag.get(..name_len).filter(|n| is_name(n)),
            _ => tag.get(..name_len),
        };
        match name {
            Some(name) => self.name.push_str(name),
            _ => {
                return Err(self.fatal(
                    content,
                    "malformed XML: a start tag without a valid element name",
                ))
            }
        }
        let mut i = name_len;
        loop {
            let before = i;
            while i < raw.len() && is_blank_byte(raw[i]) {
                i += 1;
            }
            if i == raw.len() {
                return Ok(());
            }
            if i == before {
                return Err(self.fatal(
                    content + i as u64,
                    "malformed XML: attributes must be separated by a space",
                ));
            }
            let key_start = i;
            while i < raw.len() && !is_blank_byte(raw[i]) && raw[i] != b'=' {
                i += 1;
            }
            let key_end = i;
            while i < raw.len() && is_blank_byte(raw[i]) {
                i += 1;
            }
            if raw.get(i) != Some(&b'=') {
                return Err(self.fatal(
                    content + i as u64,
                    "malformed XML: an attribute name must be followed by `=`",
                ));
            }
            i += 1;
            while i < raw.len() && is_blank_byte(raw[i]) {
                i += 1;
            }
            let quote = match raw.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => q,
                _ => {
                    return Err(self.fatal(
                        content + i as u64,
                        "malformed XML: an attribute value must be in quotes",
                    ))
                }
            };
            let value_start = i + 1;
            let Some(len) = raw[value_start..].iter().position(|&b| b == quote) else {
                return Err(self.fatal(
                    content + i as u64,
                    "malformed XML: an attribute value without its closing quote",
                ));
            };
            let value_end = value_start + len;
            i = value_end + 1;
            let key = match tag.get(key_start..key_end) {
                Some(key) if is_name(key) => key,
                _ => {
                    return Err(self.fatal(
                        content + key_start as u64,
                        "malformed XML: an attribute without a valid name",
                    ))
                }
            };
            if self.attrs().iter().any(|(k, _)| k == key) {
                return Err(self.fatal(
                    content + key_start as u64,
                    "malformed XML: the same attribute twice in one tag",
                ));
            }
            let at = content + value_start as u64;
            let slot = self.attr_count;
            if slot == self.attrs.len() {
                self.attrs.push((String::new(), String::new()));
            }
            let (name, value) = &mut self.attrs[slot];
            name.clear();
            name.push_str(key);
            value.clear();
            let raw_value = tag.get(value_start..value_end).unwrap_or_default();
            match decode_str_into(raw_value, true, false, value) {
                Ok(_) => {
                    self.attr_count += 1;
                    self.attr_offsets.push(at);
                }
                Err(e) if e.is_recoverable() => {
                    let message = format!("{} (attribute `{key}` ignored)", e.message());
                    self.report(Severity::Error, at + e.offset() as u64, message);
                }
                Err(e) => return Err(self.fatal(at + e.offset() as u64, e.message())),
            }
        }
    }

    /// Decodes raw character data into `text`. An unknown entity is recorded and
    /// reported as `Ok(false)`; malformed data is fatal.
    fn decode_text(&mut self, offset: u64, raw: &[u8], cdata: bool) -> Fatal<bool> {
        self.text.clear();
        self.lead = raw.iter().take_while(|&&b| is_blank_byte(b)).count() as u64;
        match decode_into(raw, false, cdata, &mut self.text) {
            Ok(None) => Ok(true),
            Ok(Some(at)) => {
                self.warn(
                    offset + at as u64,
                    "the text holds a control character that XML does not allow; it is kept, \
                     and written back as U+FFFD",
                );
                Ok(true)
            }
            Err(e) => {
                let at = offset + e.offset() as u64;
                if e.is_recoverable() {
                    self.report(Severity::Error, at, e.message());
                    Ok(false)
                } else {
                    Err(self.fatal(at, e.message()))
                }
            }
        }
    }

    /// Turns a parser error into a diagnostic at the place the parser points to.
    fn parse_error(&mut self, e: quick_xml::Error) -> Diagnostic {
        self.state = State::Done;
        match e {
            quick_xml::Error::Io(io) => {
                let at = self.xml.get_ref().end_offset();
                if io.kind() == std::io::ErrorKind::InvalidData {
                    self.fatal(at, io.to_string())
                } else {
                    self.fatal(at, format!("cannot read: {io}"))
                }
            }
            quick_xml::Error::IllFormed(quick_xml::errors::IllFormedError::MismatchedEndTag {
                expected,
                found,
            }) => {
                let at = self.xml.error_position();
                self.fatal(
                    at,
                    format!("malformed XML: expected `</{expected}>`, found `</{found}>`"),
                )
            }
            e => {
                let at = self.xml.error_position();
                self.fatal(at, format!("malformed XML: {e}"))
            }
        }
    }

    /// Refuses an encoding that is neither UTF-8 nor UTF-16; the BOM wins over the
    /// declaration.
    fn check_declared_encoding(&mut self, offset: u64, label: Option<String>) -> Fatal<()> {
        let Some(label) = label else { return Ok(()) };
        let norm = label.trim().to_ascii_lowercase().replace('_', "-");
        let declared_utf8 = matches!(
            norm.as_str(),
            "utf-8" | "utf8" | "us-ascii" | "ascii" | "iso-646-us" | "iso646-us"
        );
        let declared_utf16 = matches!(
            norm.as_str(),
            "utf-16" | "utf16" | "utf-16le" | "utf-16be" | "ucs-2"
        );
        let found = self.xml.get_ref().encoding();
        match found {
            Encoding::Utf8 if declared_utf8 => Ok(()),
            Encoding::Utf8 if declared_utf16 => {
                self.warn(
                    offset,
                    format!(
                        "the declaration says encoding=\"{label}\" but the file has no byte \
                         order mark and is not UTF-16; it is read as UTF-8"
                    ),
                );
                Ok(())
            }
            Encoding::Utf8 => Err(self.fatal(
                offset,
                format!(
                    "unsupported encoding \"{label}\": korpu reads TMX in UTF-8, or in UTF-16 \
                     with a byte order mark; convert the file (for example with \
                     iconv -f {label} -t UTF-8) and import it again"
                ),
            )),
            Encoding::Utf8Bom if declared_utf8 => Ok(()),
            Encoding::Utf16Le | Encoding::Utf16Be if declared_utf16 => Ok(()),
            _ => {
                self.warn(
                    offset,
                    format!(
                        "the declaration says encoding=\"{label}\" but the byte order mark \
                         says {}; the byte order mark wins",
                        found.name()
                    ),
                );
                Ok(())
            }
        }
    }

    pub(super) fn ignore_text(&mut self, offset: u64, parent: &str) {
        if !is_blank(&self.text) {
            let at = offset + self.lead;
            self.warn(at, format!("text directly inside <{parent}> is ignored"));
        }
    }

    pub(super) fn unexpected_eof(&mut self, offset: u64, inside: &str) -> Diagnostic {
        self.state = State::Done;
        self.fatal(
            offset,
            format!("unexpected end of file inside <{inside}>: the file is truncated"),
        )
    }

    /// Skips an element the reader does not know, with a warning.
    pub(super) fn skip_unknown(&mut self, offset: u64, parent: &str) -> Fatal<()> {
        let name = self.name.clone();
        self.warn(
            offset,
            format!("unknown element <{name}> inside <{parent}> is skipped"),
        );
        self.skip_element(&name)
    }

    /// Skips to the end of the element whose start was just read.
    pub(super) fn skip_element(&mut self, name: &str) -> Fatal<()> {
        let mut depth = 0usize;
        loop {
            match self.next_tok()? {
                Tok::Start(..) => depth += 1,
                Tok::End if depth == 0 => return Ok(()),
                Tok::End => depth -= 1,
                Tok::Text(..) => {}
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, name)),
            }
        }
    }

    /// Whether text that is only blanks reaches the reader (it is dropped, to save
    /// work, between the elements of the structure).
    pub(super) fn keep_blank_text(&mut self, keep: bool) {
        self.xml.config_mut().trim_text_start = !keep;
    }
}

/// Whether text is only XML white space.
pub(super) fn is_blank(text: &str) -> bool {
    text.bytes().all(is_blank_byte)
}

/// Whether a byte is XML white space.
pub(super) fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}
