//! The streaming reader: XML events to units, one `tu` at a time.

use std::collections::btree_map::Entry;
use std::io::BufRead;

mod tokens;

use self::tokens::{is_blank, El, Fatal, Tok};
use super::input::Input;
use super::values::tmx_to_rfc3339;
use super::{render_text, TmxHeader};
use crate::formats::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::model::{CodeKind, InlineCode, InlinePart, TmUnit, TmVariant};

/// Reads TMX one unit at a time.
///
/// [`TmxReader::new`] reads up to the end of the `header`; iterating yields each `tu`
/// as a [`TmUnit`] with `origin` set to `import` and `memory` left empty for the caller
/// to set. See the [module documentation](super) for what is accepted and how problems
/// are reported; [`TmxReader::take_diagnostics`] should be called after each unit, or
/// at least at the end, to collect warnings and unit-level errors.
///
/// ```
/// use korpu::formats::tmx::TmxReader;
///
/// let tmx = r#"<?xml version="1.0" encoding="UTF-8"?>
/// <tmx version="1.4">
///   <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
///           adminlang="en" srclang="en" datatype="plaintext"/>
///   <body>
///     <tu tuid="7" creationdate="20261127T120000Z" usagecount="3">
///       <tuv xml:lang="EN"><seg>Press <bpt i="1">&lt;b></bpt>OK<ept i="1">&lt;/b></ept>.</seg></tuv>
///       <tuv lang="az"><seg>Basın <ph x="2"/>OK.</seg></tuv>
///     </tu>
///   </body>
/// </tmx>"#;
/// let mut reader = TmxReader::new(tmx.as_bytes()).unwrap();
/// assert_eq!(reader.header().srclang, "en");
/// let unit = reader.next().unwrap().unwrap();
/// assert_eq!(unit.key.as_deref(), Some("7"));
/// assert_eq!(unit.created, "2026-11-27T12:00:00Z");
/// assert_eq!(unit.usage, 3);
/// assert_eq!(unit.variants["en"].text, "Press <b>OK</b>.");
/// assert_eq!(unit.variants["en"].parts.len(), 5);
/// assert_eq!(unit.variants["az"].text, "Basın <x2/>OK.");
/// assert!(reader.next().is_none());
/// ```
pub struct TmxReader<R: BufRead> {
    xml: quick_xml::Reader<Input<R>>,
    /// The parser's event buffer, reused.
    buf: Vec<u8>,
    /// The decoded text of the last text token.
    text: String,
    /// How many raw bytes of blank space start the last text token: a warning about
    /// stray text points past them.
    lead: u64,
    /// The attributes of the last start tag are the first `attr_count` of `attrs`
    /// (the strings of the others are kept for reuse), with the offset of each value.
    attrs: Vec<(String, String)>,
    attr_count: usize,
    attr_offsets: Vec<u64>,
    /// The name of the last start token.
    name: String,
    header: TmxHeader,
    diagnostics: Vec<Diagnostic>,
    state: State,
    /// When set, the window keeps everything from here (the start of the current
    /// `tu`), so that any position inside the unit can still be told.
    pin: Option<u64>,
    /// Language attributes seen before and what they became: files use few.
    langs: Vec<(String, Result<String, String>)>,
}

/// Where in the document the reader is between units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// After the header, before `<body>`.
    BeforeBody,
    /// Inside `<body>`.
    Body,
    /// After `</body>`, before `</tmx>`.
    AfterBody,
    /// After `</tmx>`.
    AfterRoot,
    /// At the end, or after a fatal error.
    Done,
}

impl<R: BufRead> TmxReader<R> {
    /// Starts reading: detects the encoding and reads the prolog and the `header`.
    ///
    /// Fails when the input is not a TMX document or is malformed before the end of
    /// the header.
    pub fn new(input: R) -> Result<Self, Diagnostic> {
        let input = Input::new(input)?;
        let mut xml = quick_xml::Reader::from_reader(input);
        let config = xml.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.check_comments = false;
        // Blank text between elements is dropped by the parser; `keep_blank_text`
        // turns that off where text counts (`seg`, `prop`, `note`).
        config.trim_text_start = true;
        config.trim_text_end = false;
        let mut reader = TmxReader {
            xml,
            buf: Vec::with_capacity(4096),
            text: String::new(),
            lead: 0,
            attrs: Vec::new(),
            attr_count: 0,
            attr_offsets: Vec::new(),
            name: String::new(),
            header: TmxHeader::default(),
            diagnostics: Vec::new(),
            state: State::BeforeBody,
            pin: None,
            langs: Vec::new(),
        };
        reader.read_prolog()?;
        Ok(reader)
    }

    /// The file's header.
    pub fn header(&self) -> &TmxHeader {
        &self.header
    }

    /// Warnings and unit-level errors found since the last call, in file order.
    pub fn take_diagnostics(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.diagnostics)
    }

    /// The capacities of the input window and of the event buffer, for the test of
    /// the streaming promise.
    #[cfg(test)]
    pub(super) fn buffer_capacities(&self) -> (usize, usize) {
        (self.xml.get_ref().window_capacity(), self.buf.capacity())
    }

    /// Reads up to the end of the header (or to `<body>` when there is none).
    fn read_prolog(&mut self) -> Fatal<()> {
        loop {
            match self.next_tok()? {
                Tok::Text(offset, _) => {
                    if !is_blank(&self.text) {
                        let at = offset + self.lead;
                        return Err(
                            self.fatal(at, "not a TMX document: text before the root element")
                        );
                    }
                }
                Tok::Start(El::Tmx, _) => {
                    self.header.version = self.attr("version").unwrap_or_default().to_string();
                    break;
                }
                Tok::Start(_, offset) => {
                    let message = format!(
                        "not a TMX document: the root element is <{}>, expected <tmx>",
                        self.name
                    );
                    return Err(self.fatal(offset, message));
                }
                Tok::End => {
                    return Err(self.fatal(0, "malformed XML: end tag before the root element"))
                }
                Tok::Eof(offset) => {
                    return Err(self.fatal(offset, "not a TMX document: no <tmx> element"));
                }
            }
        }
        loop {
            match self.next_tok()? {
                Tok::Text(offset, _) => self.ignore_text(offset, "tmx"),
                Tok::Start(El::Header, _) => {
                    self.read_header()?;
                    self.state = State::BeforeBody;
                    return Ok(());
                }
                Tok::Start(El::Body, offset) => {
                    self.warn(offset, "the TMX document has no <header>");
                    self.state = State::Body;
                    return Ok(());
                }
                Tok::Start(_, offset) => self.skip_unknown(offset, "tmx")?,
                Tok::End => {
                    self.state = State::AfterRoot;
                    return Ok(());
                }
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "tmx")),
            }
        }
    }

    fn read_header(&mut self) -> Fatal<()> {
        let mut header = std::mem::take(&mut self.header);
        for i in 0..self.attr_count {
            let (name, value) = &self.attrs[i];
            let field = match name.as_str() {
                "creationtool" => &mut header.creationtool,
                "creationtoolversion" => &mut header.creationtoolversion,
                "segtype" => &mut header.segtype,
                "o-tmf" => &mut header.o_tmf,
                "adminlang" => &mut header.adminlang,
                "srclang" => &mut header.srclang,
                "datatype" => &mut header.datatype,
                "o-encoding" => &mut header.o_encoding,
                "creationid" => &mut header.creationid,
                "changeid" => &mut header.changeid,
                "creationdate" => &mut header.creationdate,
                "changedate" => &mut header.changedate,
                _ => continue,
            };
            match date_or_text(name, value) {
                Ok(value) => *field = value,
                Err(message) => self.warn(self.attr_offsets[i], message),
            }
        }
        let result = self.read_header_children(&mut header);
        self.header = header;
        result
    }

    fn read_header_children(&mut self, header: &mut TmxHeader) -> Fatal<()> {
        loop {
            match self.next_tok()? {
                Tok::Text(offset, _) => self.ignore_text(offset, "header"),
                Tok::Start(El::Prop, offset) => {
                    if let Some(prop) = self.read_prop(offset)? {
                        header.props.push(prop);
                    }
                }
                Tok::Start(El::Note, _) => {
                    if let Some(note) = self.read_plain("note")? {
                        header.notes.push(note);
                    }
                }
                Tok::Start(El::Ude, _) => {
                    // User-defined encodings map private code points of legacy
                    // encodings; a Unicode file has no use for them.
                    self.skip_element("ude")?;
                }
                Tok::Start(_, offset) => self.skip_unknown(offset, "header")?,
                Tok::End => return Ok(()),
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "header")),
            }
        }
    }

    /// Reads the text of an element that holds only text (`note`, `prop`). Elements
    /// inside are skipped with a warning. `None` when the text could not be decoded.
    fn read_plain(&mut self, element: &str) -> Fatal<Option<String>> {
        self.keep_blank_text(true);
        let value = self.read_plain_inner(element);
        self.keep_blank_text(false);
        value
    }

    fn read_plain_inner(&mut self, element: &str) -> Fatal<Option<String>> {
        let mut value = String::new();
        let mut ok = true;
        loop {
            match self.next_tok()? {
                Tok::Text(_, decoded) => {
                    ok &= decoded;
                    value.push_str(&self.text);
                }
                Tok::Start(_, offset) => self.skip_unknown(offset, element)?,
                Tok::End => return Ok(ok.then_some(value)),
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, element)),
            }
        }
    }

    /// Reads a `prop` whose start was just read.
    fn read_prop(&mut self, offset: u64) -> Fatal<Option<(String, String)>> {
        let kind = self.attr("type").map(str::to_string);
        let value = self.read_plain("prop")?;
        let kind = match kind {
            Some(kind) => kind,
            None => {
                self.warn(
                    offset,
                    "<prop> without a type attribute; kept with an empty type",
                );
                String::new()
            }
        };
        Ok(value.map(|value| (kind, value)))
    }

    /// Reads the units of the body; `None` at the end of the document.
    fn next_unit(&mut self) -> Option<Fatal<TmUnit>> {
        loop {
            let tok = match self.next_tok() {
                Ok(tok) => tok,
                Err(e) => return Some(Err(e)),
            };
            let step: Fatal<Option<TmUnit>> = match (self.state, tok) {
                (State::Done, _) => return None,
                (_, Tok::Text(offset, _)) => {
                    if self.state == State::AfterRoot && !is_blank(&self.text) {
                        let at = offset + self.lead;
                        Err(self.fatal(at, "malformed XML: text after the end of the document"))
                    } else {
                        let parent = if self.state == State::Body {
                            "body"
                        } else {
                            "tmx"
                        };
                        self.ignore_text(offset, parent);
                        Ok(None)
                    }
                }
                (State::Body, Tok::Start(El::Tu, offset)) => {
                    self.pin = Some(offset);
                    let unit = self.read_tu(offset);
                    self.pin = None;
                    unit
                }
                (State::BeforeBody, Tok::Start(El::Body, _)) => {
                    self.state = State::Body;
                    Ok(None)
                }
                (State::AfterRoot, Tok::Start(_, offset)) => Err(self.fatal(
                    offset,
                    "malformed XML: an element after the end of the document",
                )),
                (state, Tok::Start(_, offset)) => {
                    let parent = if state == State::Body { "body" } else { "tmx" };
                    self.skip_unknown(offset, parent).map(|()| None)
                }
                (State::Body, Tok::End) => {
                    self.state = State::AfterBody;
                    Ok(None)
                }
                (State::BeforeBody, Tok::End) => {
                    // `</tmx>` without a body: an empty memory.
                    self.state = State::AfterRoot;
                    Ok(None)
                }
                (State::AfterBody, Tok::End) => {
                    self.state = State::AfterRoot;
                    Ok(None)
                }
                (State::AfterRoot, Tok::End) => Ok(None),
                (State::AfterRoot, Tok::Eof(_)) => {
                    self.state = State::Done;
                    return None;
                }
                (state, Tok::Eof(offset)) => {
                    let inside = if state == State::Body { "body" } else { "tmx" };
                    Err(self.unexpected_eof(offset, inside))
                }
            };
            match step {
                Ok(Some(unit)) => return Some(Ok(unit)),
                Ok(None) => {}
                Err(e) => {
                    self.state = State::Done;
                    return Some(Err(e));
                }
            }
        }
    }

    /// Reads a `tu` whose start was just read; `None` when nothing usable remains.
    fn read_tu(&mut self, offset: u64) -> Fatal<Option<TmUnit>> {
        let mut unit = TmUnit {
            origin: "import".to_string(),
            ..TmUnit::default()
        };
        for i in 0..self.attr_count {
            let at = self.attr_offsets[i];
            let (name, value) = &self.attrs[i];
            let problem = match name.as_str() {
                "tuid" if !value.is_empty() => {
                    unit.key = Some(value.clone());
                    None
                }
                "creationid" => {
                    unit.author = value.clone();
                    None
                }
                "creationdate" | "changedate" => match date_or_text(name, value) {
                    Ok(date) if name == "creationdate" => {
                        unit.created = date;
                        None
                    }
                    Ok(date) => {
                        unit.changed = date;
                        None
                    }
                    Err(message) => Some(message),
                },
                "usagecount" => match value.trim().parse::<u64>() {
                    Ok(n) => {
                        unit.usage = n;
                        None
                    }
                    Err(_) => Some(format!("usagecount=\"{value}\" is not a count; ignored")),
                },
                _ => None,
            };
            if let Some(message) = problem {
                self.warn(at, message);
            }
        }
        loop {
            match self.next_tok()? {
                Tok::Text(offset, _) => self.ignore_text(offset, "tu"),
                Tok::Start(El::Prop, offset) => {
                    if let Some(prop) = self.read_prop(offset)? {
                        unit.props.push(prop);
                    }
                }
                Tok::Start(El::Note, _) => {
                    if let Some(note) = self.read_plain("note")? {
                        unit.notes.push(note);
                    }
                }
                Tok::Start(El::Tuv, offset) => {
                    if let Some((tag, variant)) = self.read_tuv(offset)? {
                        match unit.variants.entry(tag) {
                            Entry::Vacant(slot) => {
                                slot.insert(variant);
                            }
                            Entry::Occupied(slot) => {
                                let message = format!(
                                    "a second <tuv> for {} in the same <tu> is skipped \
                                     (the first one is kept)",
                                    slot.key()
                                );
                                self.warn(offset, message);
                            }
                        }
                    }
                }
                Tok::Start(_, offset) => self.skip_unknown(offset, "tu")?,
                Tok::End => break,
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "tu")),
            }
        }
        take_context(&mut unit);
        if unit.variants.is_empty() {
            self.warn(offset, "<tu> skipped: it has no usable <tuv>");
            return Ok(None);
        }
        Ok(Some(unit))
    }

    /// The canonical tag of the `tuv` whose start was just read, or why it has none
    /// (with the offset to report).
    fn variant_tag(&mut self, offset: u64) -> Result<String, (u64, String)> {
        // `xml:lang` is TMX 1.4; `lang` is what TMX 1.1 wrote.
        let Some(i) = self
            .attr_index("xml:lang")
            .or_else(|| self.attr_index("lang"))
        else {
            return Err((offset, "it has no xml:lang attribute".to_string()));
        };
        let at = self.attr_offsets[i];
        let raw = &self.attrs[i].1;
        // Files use few languages: parse each spelling once.
        let known = self.langs.iter().find(|(r, _)| r == raw).map(|(_, t)| t);
        let result = match known {
            Some(result) => result.clone(),
            None => {
                let result = Locale::parse(raw)
                    .map(|l| l.tag().to_string())
                    .map_err(|e| e.to_string());
                if self.langs.len() < 64 {
                    self.langs.push((raw.clone(), result.clone()));
                }
                result
            }
        };
        result.map_err(|message| (at, message))
    }

    /// Reads a `tuv` whose start was just read; `None` when it cannot be kept.
    fn read_tuv(&mut self, offset: u64) -> Fatal<Option<(String, TmVariant)>> {
        let tag = match self.variant_tag(offset) {
            Ok(tag) => Some(tag),
            Err((at, message)) => {
                self.report(Severity::Error, at, format!("<tuv> skipped: {message}"));
                None
            }
        };
        let mut variant = TmVariant::default();
        let mut seg = false;
        let mut usable = true;
        loop {
            match self.next_tok()? {
                Tok::Text(offset, _) => self.ignore_text(offset, "tuv"),
                Tok::Start(El::Prop, offset) => {
                    if let Some(prop) = self.read_prop(offset)? {
                        variant.props.push(prop);
                    }
                }
                Tok::Start(El::Note, _) => {
                    if let Some(note) = self.read_plain("note")? {
                        variant.notes.push(note);
                    }
                }
                Tok::Start(El::Seg, offset) if seg => {
                    self.warn(offset, "a second <seg> in the same <tuv> is skipped");
                    self.skip_element("seg")?;
                }
                Tok::Start(El::Seg, _) => {
                    seg = true;
                    usable &= self.read_seg(&mut variant)?;
                }
                Tok::Start(_, offset) => self.skip_unknown(offset, "tuv")?,
                Tok::End => break,
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "tuv")),
            }
        }
        if !seg {
            self.warn(offset, "<tuv> skipped: it has no <seg>");
            return Ok(None);
        }
        Ok(tag.filter(|_| usable).map(|tag| (tag, variant)))
    }

    /// Reads a `seg` whose start was just read into the variant's text and parts.
    /// `false` when some of its text could not be decoded.
    fn read_seg(&mut self, variant: &mut TmVariant) -> Fatal<bool> {
        self.keep_blank_text(true);
        let ok = self.read_seg_inner(variant);
        self.keep_blank_text(false);
        ok
    }

    fn read_seg_inner(&mut self, variant: &mut TmVariant) -> Fatal<bool> {
        /// What an open element inside `seg` was.
        enum Open {
            Hi,
            Unknown,
        }
        // Text since the last code; `parts` is only built once a code appears, so a
        // plain segment costs one string.
        let mut current = String::new();
        let mut parts: Vec<InlinePart> = Vec::new();
        let mut open: Vec<Open> = Vec::new();
        let mut codes = false;
        let mut ok = true;
        let push_code = |parts: &mut Vec<InlinePart>, current: &mut String, code: InlineCode| {
            if !current.is_empty() {
                parts.push(InlinePart::Text(std::mem::take(current)));
            }
            parts.push(InlinePart::Code(code));
        };
        loop {
            match self.next_tok()? {
                Tok::Text(_, decoded) => {
                    ok &= decoded;
                    current.push_str(&self.text);
                }
                Tok::Start(El::Code(kind), _) => {
                    codes = true;
                    let attrs = self.attrs().to_vec();
                    let (content, decoded) = self.read_code_content()?;
                    ok &= decoded;
                    let code = InlineCode {
                        kind,
                        attrs,
                        content,
                    };
                    push_code(&mut parts, &mut current, code);
                }
                Tok::Start(El::Hi, _) => {
                    codes = true;
                    let code = InlineCode {
                        kind: CodeKind::HiStart,
                        attrs: self.attrs().to_vec(),
                        content: String::new(),
                    };
                    push_code(&mut parts, &mut current, code);
                    open.push(Open::Hi);
                }
                Tok::Start(_, offset) => {
                    let name = self.name.clone();
                    self.warn(
                        offset,
                        format!("unknown element <{name}> inside <seg>: its text is kept"),
                    );
                    open.push(Open::Unknown);
                }
                Tok::End => match open.pop() {
                    Some(Open::Hi) => {
                        let code = InlineCode {
                            kind: CodeKind::HiEnd,
                            attrs: Vec::new(),
                            content: String::new(),
                        };
                        push_code(&mut parts, &mut current, code);
                    }
                    Some(Open::Unknown) => {}
                    None => break,
                },
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "seg")),
            }
        }
        if codes {
            if !current.is_empty() {
                parts.push(InlinePart::Text(current));
            }
            variant.text = render_text(&parts);
            variant.parts = parts;
        } else {
            variant.text = current;
        }
        Ok(ok)
    }

    /// Reads the text inside an inline code, `sub` and anything nested included.
    fn read_code_content(&mut self) -> Fatal<(String, bool)> {
        let mut content = String::new();
        let mut ok = true;
        let mut depth = 0usize;
        loop {
            match self.next_tok()? {
                Tok::Text(_, decoded) => {
                    ok &= decoded;
                    content.push_str(&self.text);
                }
                Tok::Start(el, offset) => {
                    if !matches!(el, El::Sub | El::Code(_) | El::Hi) {
                        let name = self.name.clone();
                        self.warn(
                            offset,
                            format!(
                                "unknown element <{name}> inside an inline code: its text is kept"
                            ),
                        );
                    }
                    depth += 1;
                }
                Tok::End if depth == 0 => return Ok((content, ok)),
                Tok::End => depth -= 1,
                Tok::Eof(offset) => return Err(self.unexpected_eof(offset, "seg")),
            }
        }
    }
}

impl<R: BufRead> Iterator for TmxReader<R> {
    type Item = Result<TmUnit, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.state == State::Done {
            return None;
        }
        let item = self.next_unit();
        if matches!(item, Some(Err(_))) {
            // A fatal error ends the document: nothing after it can be trusted.
            self.state = State::Done;
        }
        item
    }
}

/// The value of an attribute for the model: dates in RFC 3339, others as they are.
/// A date that cannot be read is an error message (and the value stays empty).
fn date_or_text(name: &str, value: &str) -> Result<String, String> {
    if !matches!(name, "creationdate" | "changedate") || value.trim().is_empty() {
        return Ok(value.to_string());
    }
    tmx_to_rfc3339(value)
        .ok_or_else(|| format!("{name}=\"{value}\" is not a date like 20261127T120000Z; ignored"))
}

/// The property types that carry a unit's context (as memoQ writes them).
pub(super) const CONTEXT_PRE: &str = "x-context-pre";
pub(super) const CONTEXT_POST: &str = "x-context-post";

/// Moves the context properties of a unit into its context.
fn take_context(unit: &mut TmUnit) {
    let is_context = |(k, _): &(String, String)| k == CONTEXT_PRE || k == CONTEXT_POST;
    if !unit.props.iter().any(is_context) {
        return;
    }
    let mut context = crate::model::TmContext {
        prev: String::new(),
        next: String::new(),
    };
    unit.props.retain(|(k, v)| {
        if k == CONTEXT_PRE {
            context.prev = v.clone();
            false
        } else if k == CONTEXT_POST {
            context.next = v.clone();
            false
        } else {
            true
        }
    });
    unit.context = Some(context);
}
