//! The XLIFF writers: deterministic, indented structure, content written inline.

use std::collections::HashMap;

use super::plan::{layout, nmtoken, Item, Tag};
use super::{XliffDocument, XliffFile, XliffSegment, XliffUnit, XliffVersion};

const NS20: &str = "urn:oasis:names:tc:xliff:document:2.0";
const NS12: &str = "urn:oasis:names:tc:xliff:document:1.2";
const NS_MDA: &str = "urn:oasis:names:tc:xliff:metadata:2.0";

/// Writes a document as XLIFF 2.0, whatever version it was read as.
///
/// Native codes go to each unit's `originalData` (data ids are kept when they agree
/// and made up as `d1`, `d2`, … otherwise), props to `mda:metadata`, 1.2 states to
/// their 2.0 counterparts (`new` → `initial`, `needs-review-*` → `translated`,
/// `signed-off` → `reviewed`; a state 2.0 cannot express is left out, and `subState`
/// with it). Characters XML cannot hold are written as `<cp hex="…"/>`.
pub fn write_xliff20(doc: &XliffDocument) -> String {
    let mut w = Writer::new(XliffVersion::V20);
    let props = doc
        .files
        .iter()
        .any(|f| !f.props.is_empty() || f.units.iter().any(|u| !u.props.is_empty()));
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let mut root = vec![("xmlns", NS20.to_string())];
    if props {
        root.push(("xmlns:mda", NS_MDA.to_string()));
    }
    root.push(("version", "2.0".to_string()));
    root.push(("srcLang", doc.source_lang.clone()));
    if let Some(t) = &doc.target_lang {
        root.push(("trgLang", t.clone()));
    }
    w.open("xliff", &root, 0);
    for f in &doc.files {
        w.file20(f);
    }
    w.close("xliff", 0);
    w.out
}

/// Writes a document as XLIFF 1.2, whatever version it was read as.
///
/// A unit with more than one segment (or a segment id, or ignorable content) is
/// written with `seg-source` and `<mrk mtype="seg">`; 2.0 states map to 1.2 ones
/// (`initial` → `new`, `reviewed` → `signed-off`), and a unit's `target@state` is the
/// state its segments share, else the least advanced. Props go to
/// `prop-group`/`prop` (deprecated in 1.2 but read by CAT tools); the file's
/// `datatype` prop is the required `datatype` attribute (`plaintext` by default).
/// Characters XML cannot hold are left out: 1.2 has no `<cp>`.
pub fn write_xliff12(doc: &XliffDocument) -> String {
    let mut w = Writer::new(XliffVersion::V12);
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.open(
        "xliff",
        &[("xmlns", NS12.to_string()), ("version", "1.2".to_string())],
        0,
    );
    for f in &doc.files {
        w.file12(f, doc);
    }
    if doc.files.is_empty() {
        // 1.2 keeps the languages on <file>: an empty one keeps them.
        w.file12(&XliffFile::default(), doc);
    }
    w.close("xliff", 0);
    w.out
}

/// Whether XML 1.0 can hold a character.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// 2.0 state for a state read from either version.
fn state20(s: &str) -> Option<&str> {
    Some(match s {
        "initial" | "translated" | "reviewed" | "final" => s,
        "new" | "needs-translation" | "needs-adaptation" | "needs-l10n" => "initial",
        "needs-review-translation" | "needs-review-adaptation" | "needs-review-l10n" => {
            "translated"
        }
        "signed-off" => "reviewed",
        _ => return None,
    })
}

/// 1.2 state for a state read from either version, with its rank in the workflow.
fn state12(s: &str) -> (String, u8) {
    const ORDER: [&str; 10] = [
        "new",
        "needs-translation",
        "needs-l10n",
        "needs-adaptation",
        "needs-review-translation",
        "needs-review-l10n",
        "needs-review-adaptation",
        "translated",
        "signed-off",
        "final",
    ];
    let mapped = match s {
        "initial" => "new".to_string(),
        "reviewed" => "signed-off".to_string(),
        s if ORDER.contains(&s) || s.starts_with("x-") => s.to_string(),
        s => format!("x-{s}"),
    };
    let rank = ORDER.iter().position(|o| *o == mapped).unwrap_or(0) as u8;
    (mapped, rank)
}

/// `originalData` of one 2.0 unit.
#[derive(Default)]
struct DataPlan {
    entries: Vec<(String, String)>,
    by_id: HashMap<String, usize>,
    /// The first data id of each content.
    by_content: HashMap<String, String>,
    next: usize,
}

impl DataPlan {
    fn reserve(&mut self, id: &str, content: &str) {
        if !self.by_id.contains_key(id) {
            self.by_id.insert(id.to_string(), self.entries.len());
            self.entries.push((id.to_string(), content.to_string()));
            self.by_content
                .entry(content.to_string())
                .or_insert_with(|| id.to_string());
        }
    }

    fn resolve(&mut self, requested: Option<&str>, content: &str) -> String {
        if let Some(r) = requested {
            if let Some(&i) = self.by_id.get(r) {
                if self.entries.get(i).is_some_and(|(_, c)| c == content) {
                    return r.to_string();
                }
            }
        }
        if let Some(id) = self.by_content.get(content) {
            return id.clone();
        }
        loop {
            self.next += 1;
            let id = format!("d{}", self.next);
            if !self.by_id.contains_key(&id) {
                self.reserve(&id, content);
                return id;
            }
        }
    }
}

fn tags_mut(items: &mut [Item]) -> impl Iterator<Item = &mut Tag> {
    items.iter_mut().filter_map(|i| match i {
        Item::Start(t) | Item::Empty(t) | Item::Native(t, _) => Some(t),
        _ => None,
    })
}

struct Writer {
    out: String,
    version: XliffVersion,
}

impl Writer {
    fn new(version: XliffVersion) -> Writer {
        Writer {
            out: String::new(),
            version,
        }
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn attrs<K: AsRef<str>>(&mut self, attrs: &[(K, String)]) {
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k.as_ref());
            self.out.push_str("=\"");
            self.out.push_str(&escape_attr(v));
            self.out.push('"');
        }
    }

    fn open<K: AsRef<str>>(&mut self, name: &str, attrs: &[(K, String)], depth: usize) {
        self.indent(depth);
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        self.out.push_str(">\n");
    }

    fn close(&mut self, name: &str, depth: usize) {
        self.indent(depth);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// Escaped text; in 2.0 a character XML cannot hold becomes `<cp hex="…"/>`.
    fn text(&mut self, s: &str, allow_cp: bool) {
        for c in s.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '\r' => self.out.push_str("&#13;"),
                c if xml_char(c) => self.out.push(c),
                c if allow_cp && self.version == XliffVersion::V20 => {
                    self.out
                        .push_str(&format!("<cp hex=\"{:04X}\"/>", c as u32));
                }
                _ => {}
            }
        }
    }

    /// `<name attrs>text</name>` on one line.
    fn leaf<K: AsRef<str>>(&mut self, name: &str, attrs: &[(K, String)], text: &str, depth: usize) {
        self.indent(depth);
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        self.out.push('>');
        self.text(text, name == "data");
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    fn items(&mut self, items: &[Item]) {
        for item in items {
            match item {
                Item::Text(t) => self.text(t, true),
                Item::Start(t) => {
                    self.out.push('<');
                    self.out.push_str(t.name);
                    self.attrs(&t.attrs);
                    self.out.push('>');
                }
                Item::Empty(t) => {
                    self.out.push('<');
                    self.out.push_str(t.name);
                    self.attrs(&t.attrs);
                    self.out.push_str("/>");
                }
                Item::End(name) => {
                    self.out.push_str("</");
                    self.out.push_str(name);
                    self.out.push('>');
                }
                Item::Native(t, content) => {
                    self.out.push('<');
                    self.out.push_str(t.name);
                    self.attrs(&t.attrs);
                    self.out.push('>');
                    self.text(content, false);
                    self.out.push_str("</");
                    self.out.push_str(t.name);
                    self.out.push('>');
                }
            }
        }
    }

    /// `<name attrs>content</name>` on one line, content laid out inline.
    fn content<K: AsRef<str>>(
        &mut self,
        name: &str,
        attrs: &[(K, String)],
        items: &[Item],
        depth: usize,
    ) {
        self.indent(depth);
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        if items.is_empty() {
            self.out.push_str("/>\n");
            return;
        }
        self.out.push('>');
        self.items(items);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    fn notes20(&mut self, notes: &[String], depth: usize) {
        if notes.is_empty() {
            return;
        }
        self.open::<&str>("notes", &[], depth);
        for n in notes {
            self.leaf::<&str>("note", &[], n, depth + 1);
        }
        self.close("notes", depth);
    }

    fn metadata(&mut self, props: &[(String, String)], depth: usize) {
        if props.is_empty() {
            return;
        }
        self.open::<&str>("mda:metadata", &[], depth);
        self.open::<&str>("mda:metaGroup", &[], depth + 1);
        for (k, v) in props {
            self.leaf("mda:meta", &[("type", k.clone())], v, depth + 2);
        }
        self.close("mda:metaGroup", depth + 1);
        self.close("mda:metadata", depth);
    }

    fn prop_group(&mut self, props: &[(String, String)], depth: usize) {
        if props.is_empty() {
            return;
        }
        self.open("prop-group", &[("name", "korpu".to_string())], depth);
        for (k, v) in props {
            self.leaf("prop", &[("prop-type", k.clone())], v, depth + 1);
        }
        self.close("prop-group", depth);
    }

    fn file20(&mut self, f: &XliffFile) {
        let mut attrs = vec![("id", nmtoken(&f.id))];
        if let Some(o) = &f.original {
            attrs.push(("original", o.clone()));
        }
        self.open("file", &attrs, 1);
        self.metadata(&f.props, 2);
        self.notes20(&f.notes, 2);
        for u in &f.units {
            self.unit20(u);
        }
        self.close("file", 1);
    }

    fn unit20(&mut self, u: &XliffUnit) {
        let mut attrs = vec![("id", nmtoken(&u.id))];
        if let Some(n) = &u.name {
            attrs.push(("name", n.clone()));
        }
        self.open("unit", &attrs, 2);
        self.metadata(&u.props, 3);
        self.notes20(&u.notes, 3);
        let mut laid: Vec<(Vec<Item>, Option<Vec<Item>>)> = u
            .segments
            .iter()
            .map(|s| {
                (
                    layout(&s.source, XliffVersion::V20),
                    s.target.as_ref().map(|t| layout(t, XliffVersion::V20)),
                )
            })
            .collect();
        let mut data = DataPlan::default();
        for (src, tgt) in &mut laid {
            for t in tags_mut(src).chain(tgt.iter_mut().flat_map(|t| tags_mut(t))) {
                for (_, content, requested) in &t.data {
                    if let Some(r) = requested {
                        data.reserve(r, content);
                    }
                }
            }
        }
        for (src, tgt) in &mut laid {
            for t in tags_mut(src).chain(tgt.iter_mut().flat_map(|t| tags_mut(t))) {
                let refs: Vec<(&'static str, String)> = t
                    .data
                    .iter()
                    .map(|(name, content, requested)| {
                        (*name, data.resolve(requested.as_deref(), content))
                    })
                    .collect();
                for (name, id) in refs {
                    match t.attrs.iter_mut().find(|(k, _)| k == name) {
                        Some(a) => a.1 = id,
                        None => t.attrs.push((name.to_string(), id)),
                    }
                }
            }
        }
        if !data.entries.is_empty() {
            self.open::<&str>("originalData", &[], 3);
            for (id, content) in &data.entries {
                self.leaf("data", &[("id", id.clone())], content, 4);
            }
            self.close("originalData", 3);
        }
        if u.segments.is_empty() {
            self.open::<&str>("segment", &[], 3);
            self.content::<&str>("source", &[], &[], 4);
            self.close("segment", 3);
        }
        for (s, (src, tgt)) in u.segments.iter().zip(&laid) {
            let mut attrs = Vec::new();
            if let Some(id) = &s.id {
                attrs.push(("id", nmtoken(id)));
            }
            if !s.ignorable {
                if let Some(state) = s.state.as_deref().and_then(state20) {
                    attrs.push(("state", state.to_string()));
                    if let Some(sub) = s.sub_state.as_deref().filter(|v| !v.is_empty()) {
                        attrs.push(("subState", sub.to_string()));
                    }
                }
            }
            let name = if s.ignorable { "ignorable" } else { "segment" };
            self.open(name, &attrs, 3);
            self.content::<&str>("source", &[], src, 4);
            if let Some(t) = tgt {
                self.content::<&str>("target", &[], t, 4);
            }
            self.close(name, 3);
        }
        self.close("unit", 2);
    }

    fn file12(&mut self, f: &XliffFile, doc: &XliffDocument) {
        let datatype = f
            .props
            .iter()
            .find(|(k, _)| k == "datatype")
            .map_or("plaintext", |(_, v)| v.as_str());
        let mut attrs = vec![
            (
                "original",
                f.original.clone().unwrap_or_else(|| f.id.clone()),
            ),
            ("source-language", doc.source_lang.clone()),
        ];
        if let Some(t) = &doc.target_lang {
            attrs.push(("target-language", t.clone()));
        }
        attrs.push(("datatype", datatype.to_string()));
        self.open("file", &attrs, 1);
        let props: Vec<(String, String)> = f
            .props
            .iter()
            .filter(|(k, _)| k != "datatype")
            .cloned()
            .collect();
        if !props.is_empty() || !f.notes.is_empty() {
            self.open::<&str>("header", &[], 2);
            self.prop_group(&props, 3);
            for n in &f.notes {
                self.leaf::<&str>("note", &[], n, 3);
            }
            self.close("header", 2);
        }
        if f.units.is_empty() {
            self.indent(2);
            self.raw("<body/>\n");
        } else {
            self.open::<&str>("body", &[], 2);
            for u in &f.units {
                self.unit12(u);
            }
            self.close("body", 2);
        }
        self.close("file", 1);
    }

    fn unit12(&mut self, u: &XliffUnit) {
        let mut attrs = vec![("id", u.id.clone())];
        if let Some(n) = &u.name {
            attrs.push(("resname", n.clone()));
        }
        self.open("trans-unit", &attrs, 3);
        let segmented =
            u.segments.len() > 1 || u.segments.iter().any(|s| s.ignorable || s.id.is_some());
        let translatable: Vec<&XliffSegment> = u.segments.iter().filter(|s| !s.ignorable).collect();
        let state = {
            let states: Vec<(String, u8)> = translatable
                .iter()
                .filter_map(|s| s.state.as_deref().map(state12))
                .collect();
            match states.first() {
                Some(first) if states.iter().all(|s| s == first) => Some(first.0.clone()),
                Some(_) => states.iter().min_by_key(|s| s.1).map(|s| s.0.clone()),
                None => None,
            }
        };
        let has_target = translatable.iter().any(|s| s.target.is_some());
        let mut target_attrs = Vec::new();
        if let Some(s) = state {
            target_attrs.push(("state", s));
        }
        if !segmented {
            let seg = u.segments.first();
            let src = seg.map_or_else(Vec::new, |s| layout(&s.source, XliffVersion::V12));
            self.content::<&str>("source", &[], &src, 4);
            if let Some(t) = seg.and_then(|s| s.target.as_ref()) {
                let items = layout(t, XliffVersion::V12);
                self.content("target", &target_attrs, &items, 4);
            }
        } else {
            let mut source = Vec::new();
            let mut seg_source = Vec::new();
            let mut target = Vec::new();
            let mut ordinal = 0usize;
            for s in &u.segments {
                let src = layout(&s.source, XliffVersion::V12);
                source.extend(src.iter().cloned());
                if s.ignorable {
                    seg_source.extend(src.iter().cloned());
                    let t = s.target.as_ref().map(|t| layout(t, XliffVersion::V12));
                    target.extend(t.unwrap_or(src));
                    continue;
                }
                ordinal += 1;
                let mid = s.id.clone().unwrap_or_else(|| ordinal.to_string());
                let mrk = Tag {
                    name: "mrk",
                    attrs: vec![
                        ("mtype".to_string(), "seg".to_string()),
                        ("mid".to_string(), mid),
                    ],
                    data: Vec::new(),
                };
                seg_source.push(Item::Start(mrk.clone()));
                seg_source.extend(src);
                seg_source.push(Item::End("mrk"));
                target.push(Item::Start(mrk));
                if let Some(t) = &s.target {
                    target.extend(layout(t, XliffVersion::V12));
                }
                target.push(Item::End("mrk"));
            }
            self.content::<&str>("source", &[], &source, 4);
            self.content::<&str>("seg-source", &[], &seg_source, 4);
            if has_target {
                self.content("target", &target_attrs, &target, 4);
            }
        }
        for n in &u.notes {
            self.leaf::<&str>("note", &[], n, 4);
        }
        self.prop_group(&u.props, 4);
        self.close("trans-unit", 3);
    }
}
