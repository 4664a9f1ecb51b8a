//! The XLIFF reader: one event loop with an explicit element stack, so that deep
//! nesting costs memory, not call stack.

use std::collections::{BTreeMap, HashMap, HashSet};

use quick_xml::errors::{Error as XmlError, IllFormedError, SyntaxError};
use quick_xml::escape::{unescape, EscapeError};
use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::{XliffDocument, XliffFile, XliffSegment, XliffUnit, XliffVersion};
use crate::formats::{line_col, Diagnostic};
use crate::model::{CodeKind, InlineCode, InlinePart};

const NS_METADATA: &[u8] = b"urn:oasis:names:tc:xliff:metadata:2.0";
const NS_XLIFF_PREFIX: &[u8] = b"urn:oasis:names:tc:xliff:document:";

/// Reads an XLIFF 1.2 or 2.0 document.
///
/// Returns the document and warnings (things skipped or guessed: `alt-trans`,
/// `bin-unit`, unknown elements, a missing unit id, a `dataRef` without data), or the
/// error that stopped reading: malformed XML (with the line and column where it was
/// found), a root other than `<xliff>`, an unknown version, no source language, or an
/// entity reference other than `&lt; &gt; &amp; &quot; &apos;` (a DTD is never read).
pub fn read_xliff(text: &str) -> Result<(XliffDocument, Vec<Diagnostic>), Diagnostic> {
    let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[base..];
    let mut reader = NsReader::from_str(body);
    reader.config_mut().trim_text(false);
    let mut r = Reader {
        src: text,
        base,
        warnings: Vec::new(),
        version: XliffVersion::V20,
        doc: None,
        root_done: false,
        stack: Vec::new(),
        file: None,
        unit: None,
        unit_ids: HashSet::new(),
        content: Vec::new(),
        text_buf: String::new(),
        skipped: BTreeMap::new(),
    };
    loop {
        let pos = reader.buffer_position() as usize;
        let event = match reader.read_resolved_event() {
            Ok(ev) => ev,
            Err(e) => return Err(r.xml_error(&e, reader.error_position() as usize)),
        };
        match event {
            (ns, Event::Start(e)) => {
                let vocab = classify(&ns);
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                r.start(vocab, &local, &e, pos, false)?;
            }
            (ns, Event::Empty(e)) => {
                let vocab = classify(&ns);
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                r.start(vocab, &local, &e, pos, true)?;
            }
            (_, Event::End(_)) => r.end()?,
            (_, Event::Text(t)) => {
                let raw = String::from_utf8_lossy(t.as_ref()).into_owned();
                let s = r.unescape_text(&raw, pos)?;
                r.text(&s, pos)?;
            }
            (_, Event::CData(t)) => {
                let raw = String::from_utf8_lossy(t.as_ref()).into_owned();
                r.text(&normalize_newlines(&raw), pos)?;
            }
            (_, Event::DocType(_)) => r.warn(
                pos,
                "the DOCTYPE is ignored: korpu never reads a DTD or expands its entities",
            ),
            (_, Event::Eof) => break,
            _ => {}
        }
    }
    if let Some(open) = r.stack.last() {
        let (l, c) = r.lc(open.pos);
        return Err(r.error_at(
            body.len(),
            format!(
                "the file ends before </{}> (opened at line {l}, column {c}): the document is truncated",
                open.name
            ),
        ));
    }
    let Some(doc) = r.doc.take() else {
        return Err(r.error_at(body.len(), "no <xliff> element: this is not an XLIFF file"));
    };
    if doc.source_lang.is_empty() {
        let attr = match doc.version {
            XliffVersion::V12 => "file@source-language",
            XliffVersion::V20 => "xliff@srcLang",
        };
        return Err(r.error_at(0, format!("the document has no source language ({attr})")));
    }
    let mut warnings = r.warnings;
    for (what, (count, pos)) in r.skipped {
        let (line, column) = line_col(body, pos);
        let times = if count == 1 {
            String::new()
        } else {
            format!(" ({count} times)")
        };
        warnings.push(Diagnostic::warning(line, column, format!("{what}{times}")));
    }
    warnings.sort_by_key(|d| (d.line, d.column));
    Ok((doc, warnings))
}

/// Which vocabulary an element belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vocab {
    /// XLIFF itself (or no namespace, as many 1.2 files are written).
    Xliff,
    /// The 2.0 Metadata module (`mda:`).
    Metadata,
    /// Anything else: extensions, skipped.
    Other,
}

fn classify(ns: &ResolveResult) -> Vocab {
    match ns {
        ResolveResult::Unbound => Vocab::Xliff,
        ResolveResult::Bound(n) if n.as_ref().starts_with(NS_XLIFF_PREFIX) => Vocab::Xliff,
        ResolveResult::Bound(n) if n.as_ref() == NS_METADATA => Vocab::Metadata,
        _ => Vocab::Other,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Source,
    Target,
    SegSource,
}

/// What an open element is, for the events inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ctx {
    Xliff,
    File,
    /// 1.2 `<header>`.
    Header,
    /// 1.2 `<body>` or a `<group>` in either version.
    Container,
    Unit,
    Notes,
    Note,
    OriginalData,
    Data(String),
    Metadata,
    MetaGroup,
    /// A `mda:meta`, 1.2 `prop` or `context`: a key and the text to come.
    Property(String),
    PropertyGroup,
    Segment {
        ignorable: bool,
    },
    Content(Part),
    /// An inline element with translatable content; the code to add when it closes.
    Inline(Option<InlineCode>),
    /// A 1.2 `bpt`, `ept`, `ph`, `it` or `ut`: its text is the last code's content.
    Native,
    /// Ignored with everything inside.
    Skip,
}

struct Open {
    name: String,
    ctx: Ctx,
    pos: usize,
}

#[derive(Default)]
struct UnitBuilder {
    unit: XliffUnit,
    data: HashMap<String, String>,
    segment: Option<XliffSegment>,
    source: Option<Vec<InlinePart>>,
    seg_source: Option<Vec<InlinePart>>,
    target: Option<Vec<InlinePart>>,
    target_state: Option<String>,
}

struct Reader<'a> {
    src: &'a str,
    base: usize,
    warnings: Vec<Diagnostic>,
    version: XliffVersion,
    doc: Option<XliffDocument>,
    root_done: bool,
    stack: Vec<Open>,
    file: Option<XliffFile>,
    unit: Option<UnitBuilder>,
    unit_ids: HashSet<String>,
    /// Content buffers: one per open `source`/`target`/`seg-source`.
    content: Vec<Vec<InlinePart>>,
    text_buf: String,
    /// Warnings given once per kind: message → (count, first position).
    skipped: BTreeMap<String, (usize, usize)>,
}

type Attrs = Vec<(String, String)>;

fn get<'v>(attrs: &'v Attrs, name: &str) -> Option<&'v str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

/// Appends text to content, merging with a text part before it.
pub(super) fn push_text(parts: &mut Vec<InlinePart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(InlinePart::Text(t)) = parts.last_mut() {
        t.push_str(s);
    } else {
        parts.push(InlinePart::Text(s.to_string()));
    }
}

fn code(kind: CodeKind, attrs: Attrs, content: String) -> InlineCode {
    InlineCode {
        kind,
        attrs,
        content,
    }
}

impl Reader<'_> {
    fn lc(&self, pos: usize) -> (usize, usize) {
        line_col(&self.src[self.base..], pos)
    }

    fn error_at(&self, pos: usize, message: impl Into<String>) -> Diagnostic {
        let (l, c) = self.lc(pos);
        Diagnostic::error(l, c, message)
    }

    fn warn(&mut self, pos: usize, message: impl Into<String>) {
        let (l, c) = self.lc(pos);
        self.warnings.push(Diagnostic::warning(l, c, message));
    }

    /// A warning given once for the document, with a count.
    fn skip_note(&mut self, pos: usize, message: &str) {
        let e = self.skipped.entry(message.to_string()).or_insert((0, pos));
        e.0 += 1;
    }

    fn xml_error(&self, e: &XmlError, pos: usize) -> Diagnostic {
        let message = match e {
            XmlError::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
                format!("</{found}> does not close <{expected}>: expected </{expected}>")
            }
            XmlError::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
                format!("</{name}> has no start tag")
            }
            XmlError::Syntax(SyntaxError::UnclosedTag) => {
                "the file ends inside a tag: expected \">\"".to_string()
            }
            XmlError::Syntax(s) => format!("malformed XML: {s}"),
            other => format!("malformed XML: {other}"),
        };
        self.error_at(pos, message)
    }

    fn escape_error(&self, e: &EscapeError, pos: usize) -> Diagnostic {
        match e {
            EscapeError::UnrecognizedEntity(range, name) => self.error_at(
                pos + range.start.saturating_sub(1),
                format!(
                    "unknown entity &{name};: only &lt; &gt; &amp; &quot; &apos; and character references are read (no DTD entities)"
                ),
            ),
            EscapeError::UnterminatedEntity(range) => self.error_at(
                pos + range.start,
                "\"&\" starts an entity without \";\": write &amp; for a literal ampersand",
            ),
            EscapeError::InvalidCharRef(err) => {
                self.error_at(pos, format!("invalid character reference: {err}"))
            }
        }
    }

    fn unescape_text(&self, raw: &str, pos: usize) -> Result<String, Diagnostic> {
        match unescape(raw) {
            Ok(s) if !raw.contains('\r') => Ok(s.into_owned()),
            Ok(_) => Ok(unescape(&normalize_newlines(raw))
                .map(|s| s.into_owned())
                .unwrap_or_default()),
            Err(e) => Err(self.escape_error(&e, pos)),
        }
    }

    /// The element's attributes, values unescaped and normalised as XML requires;
    /// namespace declarations and prefixed attributes other than `xml:` are left out.
    fn attrs(&self, e: &BytesStart, pos: usize) -> Result<Attrs, Diagnostic> {
        let mut out = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|err| {
                let (at, what) = match err {
                    AttrError::ExpectedEq(p) => (p, "expected \"=\" after the attribute name"),
                    AttrError::ExpectedValue(p) => (p, "expected an attribute value"),
                    AttrError::UnquotedValue(p) => (p, "attribute values must be quoted"),
                    AttrError::ExpectedQuote(p, _) => (p, "expected a closing quote"),
                    AttrError::Duplicated(p, _) => (p, "duplicate attribute"),
                };
                self.error_at(pos + 1 + at, what)
            })?;
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            if key == "xmlns" || key.starts_with("xmlns:") {
                continue;
            }
            if key.contains(':') && !key.starts_with("xml:") {
                continue;
            }
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            let raw = normalize_newlines(&raw).replace(['\n', '\t'], " ");
            let value = unescape(&raw).map_err(|err| self.escape_error(&err, pos))?;
            out.push((key, value.into_owned()));
        }
        Ok(out)
    }

    fn parent(&self) -> Option<&Ctx> {
        self.stack.last().map(|o| &o.ctx)
    }

    fn start(
        &mut self,
        vocab: Vocab,
        local: &str,
        e: &BytesStart,
        pos: usize,
        empty: bool,
    ) -> Result<(), Diagnostic> {
        let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
        let ctx = self.open(vocab, local, e, pos)?;
        self.stack.push(Open { name, ctx, pos });
        if empty {
            self.end()?;
        }
        Ok(())
    }

    /// Decides what a new element is and does what its start requires.
    fn open(
        &mut self,
        vocab: Vocab,
        local: &str,
        e: &BytesStart,
        pos: usize,
    ) -> Result<Ctx, Diagnostic> {
        let Some(parent) = self.parent().cloned() else {
            if self.root_done {
                return Err(self.error_at(pos, "a second root element after </xliff>"));
            }
            if local != "xliff" {
                return Err(self.error_at(
                    pos,
                    format!("the root element is <{local}>, expected <xliff>"),
                ));
            }
            let attrs = self.attrs(e, pos)?;
            self.open_xliff(&attrs, e, pos)?;
            return Ok(Ctx::Xliff);
        };
        let v12 = self.version == XliffVersion::V12;
        let in_content = matches!(parent, Ctx::Content(_) | Ctx::Inline(_));
        if vocab == Vocab::Other
            || (vocab == Vocab::Metadata
                && !matches!(
                    parent,
                    Ctx::File | Ctx::Unit | Ctx::Metadata | Ctx::MetaGroup
                ))
        {
            if in_content {
                self.skip_note(
                    pos,
                    "an element from another namespace inside source or target is not kept",
                );
            }
            return Ok(Ctx::Skip);
        }
        let ctx = match (parent, local) {
            (Ctx::Skip, _) => Ctx::Skip,
            (Ctx::Xliff, "file") => {
                let attrs = self.attrs(e, pos)?;
                self.open_file(&attrs, pos);
                Ctx::File
            }
            (Ctx::File, "header") if v12 => Ctx::Header,
            (Ctx::File, "body") if v12 => Ctx::Container,
            (Ctx::File, "notes") if !v12 => Ctx::Notes,
            (Ctx::File | Ctx::Unit, "metadata") if vocab == Vocab::Metadata => Ctx::Metadata,
            (Ctx::Metadata | Ctx::MetaGroup, "metaGroup") => Ctx::MetaGroup,
            (Ctx::MetaGroup, "meta") => {
                let attrs = self.attrs(e, pos)?;
                self.property(get(&attrs, "type"))
            }
            (Ctx::Container, "group") => Ctx::Container,
            (Ctx::File, "group") if !v12 => Ctx::Container,
            (Ctx::File | Ctx::Container, "unit") if !v12 => self.open_unit(e, pos)?,
            (Ctx::Container, "trans-unit") if v12 => self.open_unit(e, pos)?,
            (Ctx::Container, "bin-unit") if v12 => {
                self.skip_note(pos, "<bin-unit> (binary content) is not read");
                Ctx::Skip
            }
            (Ctx::Header, "note") => {
                self.text_buf.clear();
                Ctx::Note
            }
            (Ctx::Header | Ctx::Unit, "prop-group" | "context-group") if v12 => Ctx::PropertyGroup,
            (Ctx::PropertyGroup, "prop") => {
                let attrs = self.attrs(e, pos)?;
                self.property(get(&attrs, "prop-type"))
            }
            (Ctx::PropertyGroup, "context") => {
                let attrs = self.attrs(e, pos)?;
                self.property(get(&attrs, "context-type"))
            }
            (Ctx::Unit, "note") if v12 => {
                self.text_buf.clear();
                Ctx::Note
            }
            (Ctx::Unit, "notes") if !v12 => Ctx::Notes,
            (Ctx::Notes, "note") => {
                self.text_buf.clear();
                Ctx::Note
            }
            (Ctx::Unit, "alt-trans") if v12 => {
                self.skip_note(pos, "<alt-trans> (a match suggestion) is not read");
                Ctx::Skip
            }
            (Ctx::Unit, "originalData") if !v12 => Ctx::OriginalData,
            (Ctx::OriginalData, "data") => {
                let attrs = self.attrs(e, pos)?;
                self.text_buf.clear();
                Ctx::Data(get(&attrs, "id").unwrap_or_default().to_string())
            }
            (Ctx::Data(_), "cp") => {
                let attrs = self.attrs(e, pos)?;
                if let Some(c) = self.code_point(&attrs, pos) {
                    self.text_buf.push(c);
                }
                Ctx::Skip
            }
            (Ctx::Unit, "segment" | "ignorable") if !v12 => {
                let attrs = self.attrs(e, pos)?;
                let segment = XliffSegment {
                    id: get(&attrs, "id").map(String::from),
                    state: get(&attrs, "state").map(String::from),
                    sub_state: get(&attrs, "subState").map(String::from),
                    ignorable: local == "ignorable",
                    ..XliffSegment::default()
                };
                if let Some(u) = self.unit.as_mut() {
                    u.segment = Some(segment);
                }
                Ctx::Segment {
                    ignorable: local == "ignorable",
                }
            }
            (Ctx::Segment { .. }, "source") => self.open_content(Part::Source),
            (Ctx::Segment { .. }, "target") => self.open_content(Part::Target),
            (Ctx::Unit, "source") if v12 => self.open_content(Part::Source),
            (Ctx::Unit, "seg-source") if v12 => self.open_content(Part::SegSource),
            (Ctx::Unit, "target") if v12 => {
                let attrs = self.attrs(e, pos)?;
                if let Some(u) = self.unit.as_mut() {
                    u.target_state = get(&attrs, "state").map(String::from);
                }
                self.open_content(Part::Target)
            }
            (Ctx::Content(_) | Ctx::Inline(_), _) => {
                let attrs = self.attrs(e, pos)?;
                self.open_inline(local, attrs, pos)
            }
            (Ctx::Native, "sub") => {
                self.skip_note(
                    pos,
                    "<sub> inside a native code is read as part of the code",
                );
                Ctx::Native
            }
            (Ctx::Xliff | Ctx::File | Ctx::Header | Ctx::Container | Ctx::Unit, _) => Ctx::Skip,
            (_, other) => {
                self.skip_note(
                    pos,
                    &format!("<{other}> is not expected here and is not read"),
                );
                Ctx::Skip
            }
        };
        Ok(ctx)
    }

    fn open_xliff(&mut self, attrs: &Attrs, e: &BytesStart, pos: usize) -> Result<(), Diagnostic> {
        let version = get(attrs, "version").map(str::trim);
        let ns = e
            .attributes()
            .flatten()
            .find(|a| a.key.as_ref() == b"xmlns")
            .map(|a| String::from_utf8_lossy(&a.value).into_owned());
        self.version = match version {
            Some("1.2" | "1.1" | "1.0") => XliffVersion::V12,
            Some("2.0" | "2.1" | "2.2") => XliffVersion::V20,
            Some(other) => {
                return Err(self.error_at(
                    pos,
                    format!("XLIFF version \"{other}\" is not supported: expected 1.2 or 2.0"),
                ))
            }
            None => match ns.as_deref() {
                Some(n) if n.ends_with(":1.2") => XliffVersion::V12,
                Some(n) if n.ends_with(":2.0") => XliffVersion::V20,
                _ if get(attrs, "srcLang").is_some() => XliffVersion::V20,
                _ => {
                    return Err(self.error_at(
                        pos,
                        "<xliff> has no version attribute: expected version=\"1.2\" or \"2.0\"",
                    ))
                }
            },
        };
        if let Some(v @ ("1.0" | "1.1" | "2.1" | "2.2")) = version {
            let as_ = match self.version {
                XliffVersion::V12 => "1.2",
                XliffVersion::V20 => "2.0",
            };
            self.warn(pos, format!("XLIFF {v} is read as {as_}"));
        }
        self.doc = Some(XliffDocument {
            version: self.version,
            source_lang: get(attrs, "srcLang").unwrap_or_default().to_string(),
            target_lang: get(attrs, "trgLang").map(String::from),
            files: Vec::new(),
        });
        Ok(())
    }

    fn open_file(&mut self, attrs: &Attrs, pos: usize) {
        let ordinal = self.doc.as_ref().map_or(0, |d| d.files.len()) + 1;
        let original = get(attrs, "original").map(String::from);
        let mut file = XliffFile {
            original: original.clone(),
            ..XliffFile::default()
        };
        self.unit_ids.clear();
        match self.version {
            XliffVersion::V20 => {
                file.id = match get(attrs, "id") {
                    Some(id) => id.to_string(),
                    None => {
                        self.warn(pos, format!("<file> has no id; \"f{ordinal}\" is used"));
                        format!("f{ordinal}")
                    }
                };
            }
            XliffVersion::V12 => {
                file.id = match original {
                    Some(o) => o,
                    None => {
                        self.warn(
                            pos,
                            format!("<file> has no original; \"f{ordinal}\" is used"),
                        );
                        format!("f{ordinal}")
                    }
                };
                if let Some(dt) = get(attrs, "datatype") {
                    file.props.push(("datatype".to_string(), dt.to_string()));
                }
                let src = get(attrs, "source-language")
                    .unwrap_or_default()
                    .to_string();
                let trg = get(attrs, "target-language").map(String::from);
                let mut mismatch = None;
                if let Some(doc) = self.doc.as_mut() {
                    if doc.source_lang.is_empty() {
                        doc.source_lang = src;
                    } else if !src.is_empty() && src != doc.source_lang {
                        mismatch = Some(format!(
                            "this file's source-language {src} differs from the first file's {}; the first is used",
                            doc.source_lang
                        ));
                    }
                    match (&doc.target_lang, trg) {
                        (None, t) => doc.target_lang = t,
                        (Some(a), Some(b)) if *a != b => {
                            mismatch = Some(format!(
                                "this file's target-language {b} differs from the first file's {a}; the first is used"
                            ));
                        }
                        _ => {}
                    }
                }
                if let Some(m) = mismatch {
                    self.warn(pos, m);
                }
            }
        }
        self.file = Some(file);
    }

    fn open_unit(&mut self, e: &BytesStart, pos: usize) -> Result<Ctx, Diagnostic> {
        let attrs = self.attrs(e, pos)?;
        let ordinal = self.file.as_ref().map_or(0, |f| f.units.len()) + 1;
        let id = match get(&attrs, "id") {
            Some(id) => id.to_string(),
            None => {
                self.warn(pos, format!("the unit has no id; \"{ordinal}\" is used"));
                ordinal.to_string()
            }
        };
        if !self.unit_ids.insert(id.clone()) {
            self.warn(pos, format!("unit id \"{id}\" is used twice in this file"));
        }
        let name = match self.version {
            XliffVersion::V12 => get(&attrs, "resname"),
            XliffVersion::V20 => get(&attrs, "name"),
        };
        self.unit = Some(UnitBuilder {
            unit: XliffUnit {
                id,
                name: name.map(String::from),
                ..XliffUnit::default()
            },
            ..UnitBuilder::default()
        });
        Ok(Ctx::Unit)
    }

    fn property(&mut self, key: Option<&str>) -> Ctx {
        self.text_buf.clear();
        Ctx::Property(key.unwrap_or_default().to_string())
    }

    fn open_content(&mut self, part: Part) -> Ctx {
        self.content.push(Vec::new());
        Ctx::Content(part)
    }

    fn code_point(&mut self, attrs: &Attrs, pos: usize) -> Option<char> {
        let hex = get(attrs, "hex").unwrap_or_default();
        let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
        if c.is_none() {
            self.warn(
                pos,
                format!("<cp hex=\"{hex}\"> is not a Unicode code point; it is left out"),
            );
        }
        c
    }

    fn data(&mut self, attrs: &Attrs, name: &str, pos: usize) -> String {
        let Some(r) = get(attrs, name) else {
            return String::new();
        };
        match self.unit.as_ref().and_then(|u| u.data.get(r)) {
            Some(d) => d.clone(),
            None => {
                self.warn(
                    pos,
                    format!("{name}=\"{r}\" has no <data id=\"{r}\"> in originalData"),
                );
                String::new()
            }
        }
    }

    fn push_code(&mut self, c: InlineCode) {
        if let Some(buf) = self.content.last_mut() {
            buf.push(InlinePart::Code(c));
        }
    }

    fn open_inline(&mut self, local: &str, attrs: Attrs, pos: usize) -> Ctx {
        use CodeKind::*;
        let content_model = |kind| code(kind, Vec::new(), String::new());
        if self.version == XliffVersion::V20 {
            match local {
                "pc" => {
                    let start = self.data(&attrs, "dataRefStart", pos);
                    let end = self.data(&attrs, "dataRefEnd", pos);
                    self.push_code(code(Bpt, attrs, start));
                    Ctx::Inline(Some(code(Ept, Vec::new(), end)))
                }
                "sc" | "ec" | "ph" => {
                    let content = self.data(&attrs, "dataRef", pos);
                    let kind = match local {
                        "sc" => Bpt,
                        "ec" => Ept,
                        _ => Ph,
                    };
                    self.push_code(code(kind, attrs, content));
                    Ctx::Skip
                }
                "mrk" => {
                    self.push_code(code(HiStart, attrs, String::new()));
                    Ctx::Inline(Some(content_model(HiEnd)))
                }
                "sm" | "em" => {
                    let kind = if local == "sm" { HiStart } else { HiEnd };
                    self.push_code(code(kind, attrs, String::new()));
                    Ctx::Skip
                }
                "cp" => {
                    if let Some(c) = self.code_point(&attrs, pos) {
                        if let Some(buf) = self.content.last_mut() {
                            push_text(buf, &c.to_string());
                        }
                    }
                    Ctx::Skip
                }
                other => self.unknown_inline(other, pos),
            }
        } else {
            match local {
                "g" => {
                    self.push_code(code(Bpt, attrs, String::new()));
                    Ctx::Inline(Some(content_model(Ept)))
                }
                "x" | "bx" | "ex" => {
                    let kind = match local {
                        "x" => Ph,
                        "bx" => Bpt,
                        _ => Ept,
                    };
                    self.push_code(code(kind, attrs, String::new()));
                    Ctx::Skip
                }
                "bpt" | "ept" | "ph" | "it" | "ut" => {
                    let kind = match local {
                        "bpt" => Bpt,
                        "ept" => Ept,
                        "ph" => Ph,
                        "it" => It,
                        _ => Ut,
                    };
                    self.push_code(code(kind, attrs, String::new()));
                    Ctx::Native
                }
                "mrk" => {
                    self.push_code(code(HiStart, attrs, String::new()));
                    Ctx::Inline(Some(content_model(HiEnd)))
                }
                other => self.unknown_inline(other, pos),
            }
        }
    }

    fn unknown_inline(&mut self, local: &str, pos: usize) -> Ctx {
        self.skip_note(
            pos,
            &format!(
                "<{local}> is not an inline element of this XLIFF version; only its text is kept"
            ),
        );
        Ctx::Inline(None)
    }

    fn text(&mut self, s: &str, pos: usize) -> Result<(), Diagnostic> {
        match self.parent() {
            Some(Ctx::Content(_) | Ctx::Inline(_)) => {
                if let Some(buf) = self.content.last_mut() {
                    push_text(buf, s);
                }
            }
            Some(Ctx::Native) => {
                if let Some(InlinePart::Code(c)) =
                    self.content.last_mut().and_then(|b| b.last_mut())
                {
                    c.content.push_str(s);
                }
            }
            Some(Ctx::Note | Ctx::Data(_) | Ctx::Property(_)) => self.text_buf.push_str(s),
            None if !s.trim().is_empty() => {
                return Err(self.error_at(pos, "text outside the root element"));
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self) -> Result<(), Diagnostic> {
        let Some(open) = self.stack.pop() else {
            return Ok(());
        };
        match open.ctx {
            Ctx::Xliff => self.root_done = true,
            Ctx::File => {
                if let (Some(doc), Some(file)) = (self.doc.as_mut(), self.file.take()) {
                    doc.files.push(file);
                }
            }
            Ctx::Unit => self.finish_unit(open.pos),
            Ctx::Note => {
                let note = std::mem::take(&mut self.text_buf);
                match (self.unit.as_mut(), self.file.as_mut()) {
                    (Some(u), _) => u.unit.notes.push(note),
                    (None, Some(f)) => f.notes.push(note),
                    _ => {}
                }
            }
            Ctx::Data(id) => {
                let text = std::mem::take(&mut self.text_buf);
                if let Some(u) = self.unit.as_mut() {
                    u.data.insert(id, text);
                }
            }
            Ctx::Property(key) => {
                let value = std::mem::take(&mut self.text_buf);
                match (self.unit.as_mut(), self.file.as_mut()) {
                    (Some(u), _) => u.unit.props.push((key, value)),
                    (None, Some(f)) => f.props.push((key, value)),
                    _ => {}
                }
            }
            Ctx::Segment { .. } => {
                if let Some(u) = self.unit.as_mut() {
                    if let Some(s) = u.segment.take() {
                        u.unit.segments.push(s);
                    }
                }
            }
            Ctx::Content(part) => {
                let parts = self.content.pop().unwrap_or_default();
                if let Some(u) = self.unit.as_mut() {
                    match (&mut u.segment, part) {
                        (Some(s), Part::Source) => s.source = parts,
                        (Some(s), Part::Target) => s.target = Some(parts),
                        (None, Part::Source) => u.source = Some(parts),
                        (None, Part::SegSource) => u.seg_source = Some(parts),
                        (None, Part::Target) => u.target = Some(parts),
                        (Some(_), Part::SegSource) => {}
                    }
                }
            }
            Ctx::Inline(Some(c)) => self.push_code(c),
            _ => {}
        }
        Ok(())
    }

    /// Builds a 1.2 unit's segments (2.0 segments are complete already).
    fn finish_unit(&mut self, pos: usize) {
        let Some(mut b) = self.unit.take() else {
            return;
        };
        if self.version == XliffVersion::V12 {
            if b.source.is_none() && b.seg_source.is_none() {
                self.warn(pos, "the trans-unit has no <source>");
            }
            let state = b.target.as_ref().and(b.target_state.clone());
            // A seg-source without any segment says nothing: the source stands alone.
            let seg_source = b
                .seg_source
                .take()
                .filter(|s| !split_segments(s.clone()).is_empty());
            if let Some(seg) = seg_source {
                let mut targets: HashMap<String, Vec<InlinePart>> = HashMap::new();
                if let Some(t) = b.target.take() {
                    for (mid, parts) in split_segments(t) {
                        if let Some(mid) = mid {
                            targets.entry(mid).or_insert(parts);
                        }
                    }
                }
                let has_target = !targets.is_empty();
                for (mid, parts) in split_segments(seg) {
                    let segment = match mid {
                        Some(mid) => XliffSegment {
                            target: targets.remove(&mid),
                            state: if has_target { state.clone() } else { None },
                            id: Some(mid),
                            source: parts,
                            sub_state: None,
                            ignorable: false,
                        },
                        None => XliffSegment {
                            source: parts,
                            ignorable: true,
                            ..XliffSegment::default()
                        },
                    };
                    b.unit.segments.push(segment);
                }
            } else {
                b.unit.segments.push(XliffSegment {
                    id: None,
                    source: b.source.take().unwrap_or_default(),
                    target: b.target.take(),
                    state,
                    sub_state: None,
                    ignorable: false,
                });
            }
        } else if b.unit.segments.is_empty() {
            self.warn(pos, "the unit has no <segment>");
        }
        if let Some(f) = self.file.as_mut() {
            f.units.push(b.unit);
        }
    }
}

/// Splits 1.2 `seg-source` (or segmented `target`) content at the top-level
/// `<mrk mtype="seg">` elements: `(Some(mid), parts)` for a segment, `(None, parts)`
/// for content between segments.
fn split_segments(parts: Vec<InlinePart>) -> Vec<(Option<String>, Vec<InlinePart>)> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut seg: Option<String> = None;
    let mut depth = 0usize;
    let mut ordinal = 0usize;
    for p in parts {
        match &p {
            InlinePart::Code(c)
                if c.kind == CodeKind::HiStart
                    && seg.is_none()
                    && c.attrs.iter().any(|(k, v)| k == "mtype" && v == "seg") =>
            {
                if !cur.is_empty() {
                    out.push((None, std::mem::take(&mut cur)));
                }
                ordinal += 1;
                seg = Some(
                    c.attrs
                        .iter()
                        .find(|(k, _)| k == "mid")
                        .map_or_else(|| ordinal.to_string(), |(_, v)| v.clone()),
                );
                depth = 1;
                continue;
            }
            InlinePart::Code(c) if seg.is_some() && c.kind == CodeKind::HiStart => depth += 1,
            InlinePart::Code(c) if seg.is_some() && c.kind == CodeKind::HiEnd => {
                depth -= 1;
                if depth == 0 {
                    out.push((seg.take(), std::mem::take(&mut cur)));
                    continue;
                }
            }
            _ => {}
        }
        cur.push(p);
    }
    if seg.is_some() || !cur.is_empty() {
        out.push((seg, cur));
    }
    out
}
