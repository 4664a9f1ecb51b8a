//! The streaming writer: units to TMX 1.4b, one `tu` at a time.

use std::io::{self, Write};

use super::escape::{escape_attr, escape_text, is_name};
use super::read::{CONTEXT_POST, CONTEXT_PRE};
use super::values::rfc3339_to_tmx;
use super::{code_element, TmxHeader};
use crate::locale::Locale;
use crate::model::{CodeKind, InlinePart, TmUnit, TmVariant};

/// Writes TMX 1.4b one unit at a time.
///
/// The output is deterministic (the same units give the same bytes), UTF-8, and valid
/// against the TMX 1.4b DTD when the units' inline codes carry the attributes TMX
/// requires (`i` on `bpt` and `ept`, `pos` on `it`): inline codes are written back
/// from [`TmVariant::parts`] exactly, attribute by attribute. Text is escaped so that
/// reading the file back gives the same units.
///
/// A unit's [`context`](TmUnit::context) is written as the properties
/// `x-context-pre` and `x-context-post` (as memoQ does) and read back into the context.
///
/// ```
/// use korpu::formats::tmx::{TmxHeader, TmxWriter};
/// use korpu::model::{TmUnit, TmVariant};
///
/// let mut unit = TmUnit::default();
/// unit.created = "2026-11-27T12:00:00Z".into();
/// unit.variants.insert("ru".into(), TmVariant::plain("Курсы валют"));
/// unit.variants.insert("en".into(), TmVariant::plain("Exchange rates & more"));
///
/// let mut writer = TmxWriter::new(Vec::new(), &TmxHeader::default()).unwrap();
/// writer.set_langs(Some(&["ru".to_string(), "en".to_string()]));
/// assert!(writer.write_unit(&unit).unwrap());
/// let tmx = String::from_utf8(writer.finish().unwrap()).unwrap();
/// assert!(tmx.contains(concat!(
///     "    <tu creationdate=\"20261127T120000Z\">\n",
///     "      <tuv xml:lang=\"ru\"><seg>Курсы валют</seg></tuv>\n",
///     "      <tuv xml:lang=\"en\"><seg>Exchange rates &amp; more</seg></tuv>\n",
///     "    </tu>\n",
/// )));
/// ```
pub struct TmxWriter<W: Write> {
    out: W,
    /// The locales to write, in order; all of them in tag order when `None`.
    langs: Option<Vec<String>>,
    /// The text of the unit being written, reused.
    scratch: String,
}

impl<W: Write> TmxWriter<W> {
    /// Writes the XML declaration, the document type line, `<tmx>`, the header and
    /// `<body>`.
    ///
    /// `creationtool` and `creationtoolversion` are always korpu's. Required header
    /// attributes that are empty get defaults: `segtype="sentence"`, `o-tmf="korpu"`,
    /// `adminlang="en"`, `srclang="*all*"`, `datatype="plaintext"`.
    pub fn new(mut out: W, header: &TmxHeader) -> io::Result<Self> {
        let mut s = String::with_capacity(1024);
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.push_str("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        s.push_str("<tmx version=\"1.4\">\n");
        s.push_str("  <header");
        let segtype = match header.segtype.as_str() {
            t @ ("block" | "paragraph" | "sentence" | "phrase") => t,
            _ => "sentence",
        };
        let dates = (
            rfc3339_to_tmx(&header.creationdate).unwrap_or_default(),
            rfc3339_to_tmx(&header.changedate).unwrap_or_default(),
        );
        let attrs: [(&str, &str); 12] = [
            ("creationtool", "korpu"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", segtype),
            ("o-tmf", or(&header.o_tmf, "korpu")),
            ("adminlang", or(&header.adminlang, "en")),
            ("srclang", or(&header.srclang, "*all*")),
            ("datatype", or(&header.datatype, "plaintext")),
            ("o-encoding", &header.o_encoding),
            ("creationdate", &dates.0),
            ("creationid", &header.creationid),
            ("changedate", &dates.1),
            ("changeid", &header.changeid),
        ];
        for (name, value) in attrs {
            if !value.is_empty() {
                push_attr(&mut s, name, value);
            }
        }
        if header.props.is_empty() && header.notes.is_empty() {
            s.push_str("/>\n");
        } else {
            s.push_str(">\n");
            push_props_notes(&mut s, "    ", &header.props, &header.notes);
            s.push_str("  </header>\n");
        }
        s.push_str("  <body>\n");
        out.write_all(s.as_bytes())?;
        Ok(TmxWriter {
            out,
            langs: None,
            scratch: String::with_capacity(1024),
        })
    }

    /// Writes only these locales, in this order (`None`: every variant, in tag order).
    ///
    /// Tags are compared in canonical case (`EN-us` selects `en-US`).
    pub fn set_langs(&mut self, langs: Option<&[String]>) {
        self.langs = langs.map(|langs| {
            langs
                .iter()
                .map(|l| Locale::parse(l).map_or_else(|_| l.clone(), |l| l.tag().to_string()))
                .collect()
        });
    }

    /// Writes one unit as a `tu`. Returns `false`, writing nothing, when the unit has no
    /// variant to write (a `tu` needs at least one `tuv`).
    pub fn write_unit(&mut self, unit: &TmUnit) -> io::Result<bool> {
        let variants: Vec<(&str, &TmVariant)> = match &self.langs {
            None => unit
                .variants
                .iter()
                .map(|(tag, v)| (tag.as_str(), v))
                .collect(),
            Some(langs) => langs
                .iter()
                .filter_map(|l| {
                    unit.variants
                        .iter()
                        .find(|(tag, _)| tag.eq_ignore_ascii_case(l))
                        .map(|(tag, v)| (tag.as_str(), v))
                })
                .collect(),
        };
        if variants.is_empty() {
            return Ok(false);
        }
        let s = &mut self.scratch;
        s.clear();
        s.push_str("    <tu");
        if let Some(key) = unit.key.as_deref().filter(|k| !k.is_empty()) {
            push_attr(s, "tuid", key);
        }
        if let Some(date) = rfc3339_to_tmx(&unit.created) {
            push_attr(s, "creationdate", &date);
        }
        if !unit.author.is_empty() {
            push_attr(s, "creationid", &unit.author);
        }
        if let Some(date) = rfc3339_to_tmx(&unit.changed) {
            push_attr(s, "changedate", &date);
        }
        if unit.usage > 0 {
            push_attr(s, "usagecount", &unit.usage.to_string());
        }
        s.push_str(">\n");
        // The DTD wants a unit's properties and notes before its variants.
        push_props_notes(s, "      ", &unit.props, &unit.notes);
        if let Some(context) = &unit.context {
            let props = [
                (CONTEXT_PRE.to_string(), context.prev.clone()),
                (CONTEXT_POST.to_string(), context.next.clone()),
            ];
            push_props_notes(s, "      ", &props, &[]);
        }
        for (tag, variant) in variants {
            s.push_str("      <tuv");
            push_attr(s, "xml:lang", tag);
            s.push('>');
            if variant.props.is_empty() && variant.notes.is_empty() {
                push_seg(s, variant);
            } else {
                s.push('\n');
                push_props_notes(s, "        ", &variant.props, &variant.notes);
                s.push_str("        ");
                push_seg(s, variant);
                s.push_str("\n      ");
            }
            s.push_str("</tuv>\n");
        }
        s.push_str("    </tu>\n");
        self.out.write_all(s.as_bytes())?;
        Ok(true)
    }

    /// Closes the document, flushes, and gives the output back.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"  </body>\n</tmx>\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes units as a TMX document: [`TmxWriter`] in one call.
///
/// `langs` selects and orders the locales written (see [`TmxWriter::set_langs`]);
/// units left without a variant are not written.
pub fn write_tmx<'a, W: Write>(
    units: impl Iterator<Item = &'a TmUnit>,
    header: &TmxHeader,
    langs: Option<&[String]>,
    out: W,
) -> io::Result<()> {
    let mut writer = TmxWriter::new(out, header)?;
    writer.set_langs(langs);
    for unit in units {
        writer.write_unit(unit)?;
    }
    writer.finish()?;
    Ok(())
}

/// `value`, or `default` when it is empty.
fn or<'a>(value: &'a str, default: &'a str) -> &'a str {
    if value.is_empty() {
        default
    } else {
        value
    }
}

/// Appends ` name="value"`.
fn push_attr(s: &mut String, name: &str, value: &str) {
    s.push(' ');
    s.push_str(name);
    s.push_str("=\"");
    escape_attr(value, s);
    s.push('"');
}

/// Appends properties, then notes, one per line.
fn push_props_notes(s: &mut String, indent: &str, props: &[(String, String)], notes: &[String]) {
    for (kind, value) in props {
        s.push_str(indent);
        s.push_str("<prop");
        push_attr(s, "type", kind);
        s.push('>');
        escape_text(value, s);
        s.push_str("</prop>\n");
    }
    for note in notes {
        s.push_str(indent);
        s.push_str("<note>");
        escape_text(note, s);
        s.push_str("</note>\n");
    }
}

/// Appends the `seg` of a variant: its parts when it has inline codes, else its text.
fn push_seg(s: &mut String, variant: &TmVariant) {
    s.push_str("<seg>");
    if variant.parts.is_empty() {
        escape_text(&variant.text, s);
    } else {
        push_parts(s, &variant.parts);
    }
    s.push_str("</seg>");
}

/// Appends inline content. The output is always well-formed: a `hi` end without a
/// start is left out, a `hi` left open is closed at the end, and attributes whose
/// name is not an XML name, or repeats an earlier one, are left out.
fn push_parts(s: &mut String, parts: &[InlinePart]) {
    let mut open_hi = 0usize;
    for part in parts {
        let code = match part {
            InlinePart::Text(text) => {
                escape_text(text, s);
                continue;
            }
            InlinePart::Code(code) => code,
        };
        let element = code_element(code.kind);
        match code.kind {
            CodeKind::HiEnd => {
                if open_hi > 0 {
                    open_hi -= 1;
                    s.push_str("</hi>");
                }
                continue;
            }
            CodeKind::HiStart => open_hi += 1,
            _ => {}
        }
        s.push('<');
        s.push_str(element);
        for (i, (name, value)) in code.attrs.iter().enumerate() {
            let repeated = code.attrs[..i].iter().any(|(n, _)| n == name);
            if is_name(name) && !repeated {
                push_attr(s, name, value);
            }
        }
        if code.kind == CodeKind::HiStart {
            s.push('>');
        } else if code.content.is_empty() {
            s.push_str("/>");
        } else {
            s.push('>');
            escape_text(&code.content, s);
            s.push_str("</");
            s.push_str(element);
            s.push('>');
        }
    }
    for _ in 0..open_hi {
        s.push_str("</hi>");
    }
}
