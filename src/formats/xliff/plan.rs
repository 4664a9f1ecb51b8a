//! How inline codes are written: which element each code becomes, with which id and
//! attributes. Pairs that nest properly become one element around their content
//! (`pc`, `g`, `mrk`); the others become standalone markers that point to each other.

use std::collections::HashSet;

use super::XliffVersion;
use crate::model::{CodeKind, InlineCode, InlinePart};

type Attrs = Vec<(String, String)>;

/// A tag to write, with the 2.0 data references it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tag {
    pub name: &'static str,
    pub attrs: Attrs,
    /// 2.0 `originalData` references: (attribute, native content, id asked for).
    pub data: Vec<(&'static str, String, Option<String>)>,
}

/// One piece of content to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Text(String),
    Start(Tag),
    Empty(Tag),
    End(&'static str),
    /// A 1.2 code with its native code as text (`<bpt id="1">&lt;b></bpt>`).
    Native(Tag, String),
}

// Attributes each element defines (the ones a writer may copy from the model).
const PC: &[&str] = &[
    "id",
    "canCopy",
    "canDelete",
    "canOverlap",
    "canReorder",
    "copyOf",
    "dataRefEnd",
    "dataRefStart",
    "dir",
    "dispEnd",
    "dispStart",
    "equivEnd",
    "equivStart",
    "subFlowsEnd",
    "subFlowsStart",
    "subType",
    "type",
];
const SC: &[&str] = &[
    "id",
    "canCopy",
    "canDelete",
    "canOverlap",
    "canReorder",
    "copyOf",
    "dataRef",
    "dir",
    "disp",
    "equiv",
    "isolated",
    "subFlows",
    "subType",
    "type",
];
const EC: &[&str] = &[
    "id",
    "canCopy",
    "canDelete",
    "canOverlap",
    "canReorder",
    "copyOf",
    "dataRef",
    "dir",
    "disp",
    "equiv",
    "isolated",
    "startRef",
    "subFlows",
    "subType",
    "type",
];
const PH20: &[&str] = &[
    "id",
    "canCopy",
    "canDelete",
    "canReorder",
    "copyOf",
    "dataRef",
    "disp",
    "equiv",
    "subFlows",
    "subType",
    "type",
];
const MRK20: &[&str] = &["id", "translate", "type", "ref", "value"];
const EM: &[&str] = &["startRef"];
const G: &[&str] = &[
    "id",
    "ctype",
    "clone",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const X: &[&str] = &[
    "id",
    "ctype",
    "clone",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const BX: &[&str] = &[
    "id",
    "rid",
    "ctype",
    "clone",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const EX: &[&str] = &["id", "rid", "xid", "equiv-text", "ts"];
const BPT: &[&str] = &[
    "id",
    "rid",
    "ctype",
    "crc",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const EPT: &[&str] = &["id", "rid", "crc", "xid", "equiv-text", "ts"];
const PH12: &[&str] = &[
    "id",
    "ctype",
    "crc",
    "assoc",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const IT: &[&str] = &[
    "id",
    "pos",
    "rid",
    "ctype",
    "crc",
    "xid",
    "equiv-text",
    "css-style",
    "style",
    "exstyle",
    "ts",
];
const MRK12: &[&str] = &["mtype", "mid", "comment", "ts"];

/// 1.2 `mtype` values that 2.0 `mrk@type` values map to unchanged.
const MTYPES: &[&str] = &[
    "abbrev",
    "abbreviated-form",
    "abbreviation",
    "acronym",
    "appellation",
    "collocation",
    "common-name",
    "datetime",
    "equation",
    "expanded-form",
    "formula",
    "head-term",
    "initialism",
    "international-scientific-term",
    "internationalism",
    "logical-expression",
    "materials-management-unit",
    "name",
    "near-synonym",
    "part-number",
    "phrase",
    "phraseological-unit",
    "protected",
    "romanized-form",
    "seg",
    "set-phrase",
    "short-form",
    "sku",
    "standard-text",
    "symbol",
    "synonym",
    "synonymous-phrase",
    "term",
    "transcribed-form",
    "transliterated-form",
    "truncated-term",
    "variant",
];

fn attr<'a>(c: &'a InlineCode, name: &str) -> Option<&'a str> {
    c.attrs
        .iter()
        .find(|(k, v)| k == name && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

fn filtered(c: &InlineCode, allowed: &[&str]) -> Attrs {
    let mut out: Attrs = Vec::new();
    for (k, v) in &c.attrs {
        if allowed.contains(&k.as_str()) && !out.iter().any(|(o, _)| o == k) {
            out.push((k.clone(), v.clone()));
        }
    }
    out
}

/// Sets the id in place, or puts it first.
fn set_id(attrs: &mut Attrs, value: &str) {
    match attrs.iter_mut().find(|(k, _)| k == "id") {
        Some(a) => a.1 = value.to_string(),
        None => attrs.insert(0, ("id".to_string(), value.to_string())),
    }
}

/// TMX `type` values that are formatting.
const TMX_FORMATTING: &[&str] = &[
    "bold",
    "color",
    "dulined",
    "font",
    "italic",
    "scap",
    "ulined",
    "underlined",
    "struct",
];

/// A code's attributes for a 2.0 element: `type` is kept only with a 2.0 value, a TMX
/// `type` becomes the closest one (`fmt`, `link`, `image`).
fn filtered20(c: &InlineCode, allowed: &[&str]) -> Attrs {
    let mut a = filtered(c, allowed);
    if let Some(pos) = a.iter().position(|(k, _)| k == "type") {
        let t = a[pos].1.as_str();
        let mapped = match c.kind {
            CodeKind::HiStart => {
                (matches!(t, "generic" | "comment" | "term") || t.contains(':')).then_some(t)
            }
            _ => match t {
                "fmt" | "ui" | "quote" | "link" | "image" | "other" => Some(t),
                "img" => Some("image"),
                "hlink" => Some("link"),
                t if TMX_FORMATTING.contains(&t) => Some("fmt"),
                _ => None,
            },
        };
        match mapped.map(String::from) {
            Some(m) => a[pos].1 = m,
            None => {
                a.remove(pos);
            }
        }
    }
    a
}

/// A code's attributes for a 1.2 element, TMX `type` becoming `ctype`.
fn filtered12(c: &InlineCode, allowed: &[&str]) -> Attrs {
    let mut a = filtered(c, allowed);
    if allowed.contains(&"ctype") && !a.iter().any(|(k, _)| k == "ctype") {
        if let Some(t) = attr(c, "type") {
            let ctype = match t {
                "bold" | "italic" | "underlined" | "link" | "image" | "lb" | "pb" => t.to_string(),
                "ulined" => "underlined".to_string(),
                t if t.starts_with("x-") => t.to_string(),
                t => format!("x-{}", t.replace(':', "-")),
            };
            a.push(("ctype".to_string(), ctype));
        }
    }
    a
}

/// Sets an attribute in place, or appends it.
fn set(attrs: &mut Attrs, name: &str, value: &str) {
    match attrs.iter_mut().find(|(k, _)| k == name) {
        Some(a) => a.1 = value.to_string(),
        None => attrs.push((name.to_string(), value.to_string())),
    }
}

fn remove(attrs: &mut Attrs, name: &str) {
    attrs.retain(|(k, _)| k != name);
}

fn isolated(c: &InlineCode) -> bool {
    attr(c, "isolated") == Some("yes")
}

fn start_key(c: &InlineCode) -> Option<&str> {
    match c.kind {
        CodeKind::HiStart => attr(c, "id").or_else(|| attr(c, "mid")),
        _ => attr(c, "rid")
            .or_else(|| attr(c, "id"))
            .or_else(|| attr(c, "i")),
    }
}

fn end_key(c: &InlineCode) -> Option<&str> {
    match c.kind {
        CodeKind::HiEnd => attr(c, "startRef"),
        _ => attr(c, "rid")
            .or_else(|| attr(c, "startRef"))
            .or_else(|| attr(c, "id"))
            .or_else(|| attr(c, "i")),
    }
}

/// An end that carries nothing of its own, so that `</pc>` or `</g>` loses nothing.
fn trivial_end(c: &InlineCode) -> bool {
    c.attrs.iter().all(|(k, _)| k == "i")
}

/// Pairs starts with ends: `(element, partner)` per part.
fn pair(parts: &[InlinePart], version: XliffVersion) -> (Vec<bool>, Vec<Option<usize>>) {
    let n = parts.len();
    let mut element = vec![false; n];
    let mut partner = vec![None; n];
    let code = |i: usize| match parts.get(i) {
        Some(InlinePart::Code(c)) => Some(c),
        _ => None,
    };
    // Starts that may still become elements, and starts that may not but are open.
    let mut stack: Vec<usize> = Vec::new();
    let mut demoted: Vec<usize> = Vec::new();
    for (j, part) in parts.iter().enumerate() {
        let InlinePart::Code(c) = part else { continue };
        let start_kind = match c.kind {
            CodeKind::Bpt | CodeKind::HiStart => {
                if !isolated(c) {
                    stack.push(j);
                }
                continue;
            }
            CodeKind::Ept => CodeKind::Bpt,
            CodeKind::HiEnd => CodeKind::HiStart,
            _ => continue,
        };
        if isolated(c) {
            continue;
        }
        let key = end_key(c);
        let matches = |i: &usize| {
            code(*i).is_some_and(|s| s.kind == start_kind && (key.is_none() || start_key(s) == key))
        };
        if let Some(p) = stack.iter().rposition(matches) {
            let s = stack[p];
            partner[s] = Some(j);
            partner[j] = Some(s);
            let start = code(s);
            let plain = version == XliffVersion::V20
                || (c.content.is_empty() && start.is_some_and(|s| s.content.is_empty()));
            if trivial_end(c) && plain {
                // Whatever opened after the start and is still open cannot nest in it.
                demoted.extend(stack.drain(p + 1..));
                stack.pop();
                element[s] = true;
                element[j] = true;
            } else {
                stack.remove(p);
            }
        } else if let Some(p) = demoted.iter().rposition(matches) {
            let s = demoted.remove(p);
            partner[s] = Some(j);
            partner[j] = Some(s);
        }
    }
    (element, partner)
}

/// A value as an XML NMTOKEN, as 2.0 ids must be: characters other than letters,
/// digits, `.`, `-`, `_` and `:` become `_` (1.2 ids and `original` paths may hold
/// any character).
pub(super) fn nmtoken(s: &str) -> String {
    if s.is_empty() {
        return "_".to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A code's own id (`mid` for a 1.2 `mrk`).
fn own_id(c: &InlineCode) -> Option<&str> {
    match c.kind {
        CodeKind::HiStart | CodeKind::HiEnd => attr(c, "id").or_else(|| attr(c, "mid")),
        _ => attr(c, "id"),
    }
}

/// Gives out ids not used yet in one content: `1`, `2`, …
struct Ids(HashSet<String>, usize);

impl Ids {
    fn next(&mut self) -> String {
        loop {
            self.1 += 1;
            let id = self.1.to_string();
            if self.0.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// Lays out one source or target for writing.
pub(super) fn layout(parts: &[InlinePart], version: XliffVersion) -> Vec<Item> {
    let (element, partner) = pair(parts, version);
    let mut gen = Ids(
        parts
            .iter()
            .filter_map(|p| match p {
                InlinePart::Code(c) => attr(c, "id").map(String::from),
                _ => None,
            })
            .collect(),
        0,
    );
    // The id of every code. A start or standalone code: its own, else TMX `x` or `i`,
    // else a fresh one. An end: its own, else its start's, else `x` or `i`, else fresh.
    let mut ids: Vec<String> = vec![String::new(); parts.len()];
    let is_end = |c: &InlineCode| matches!(c.kind, CodeKind::Ept | CodeKind::HiEnd);
    for (j, part) in parts.iter().enumerate() {
        if let InlinePart::Code(c) = part {
            let derived = if is_end(c) {
                own_id(c)
            } else {
                own_id(c).or_else(|| attr(c, "x")).or_else(|| attr(c, "i"))
            };
            if let Some(id) = derived {
                ids[j] = id.to_string();
                gen.0.insert(id.to_string());
            }
        }
    }
    for (j, part) in parts.iter().enumerate() {
        if let InlinePart::Code(c) = part {
            if !ids[j].is_empty() {
                continue;
            }
            let inherited = if is_end(c) {
                partner[j]
                    .and_then(|s| ids.get(s))
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .or_else(|| attr(c, "x").or_else(|| attr(c, "i")).map(String::from))
            } else {
                None
            };
            ids[j] = match inherited {
                Some(id) => {
                    gen.0.insert(id.clone());
                    id
                }
                None => gen.next(),
            };
        }
    }
    if version == XliffVersion::V20 {
        for id in &mut ids {
            if !id.is_empty() {
                *id = nmtoken(id);
            }
        }
    }
    let mut items = Vec::new();
    for (j, part) in parts.iter().enumerate() {
        match part {
            InlinePart::Text(t) => items.push(Item::Text(t.clone())),
            InlinePart::Code(c) => {
                let ctx = CodeCtx {
                    c,
                    id: &ids[j],
                    element: element[j],
                    partner: partner[j].map(|s| (s, ids[s].as_str())),
                    parts,
                };
                let item = match version {
                    XliffVersion::V20 => item20(&ctx),
                    XliffVersion::V12 => item12(&ctx),
                };
                items.extend(item);
            }
        }
    }
    items
}

struct CodeCtx<'a> {
    c: &'a InlineCode,
    id: &'a str,
    element: bool,
    /// The partner's index and id.
    partner: Option<(usize, &'a str)>,
    parts: &'a [InlinePart],
}

impl CodeCtx<'_> {
    fn partner_code(&self) -> Option<&InlineCode> {
        match self.partner.and_then(|(i, _)| self.parts.get(i)) {
            Some(InlinePart::Code(c)) => Some(c),
            _ => None,
        }
    }

    /// A data reference when there is native content or the code asked for an id.
    fn data_ref(
        &self,
        attr_name: &'static str,
        content: &str,
        requested: Option<&str>,
    ) -> Option<(&'static str, String, Option<String>)> {
        (!content.is_empty() || requested.is_some())
            .then(|| (attr_name, content.to_string(), requested.map(nmtoken)))
    }
}

fn tag(name: &'static str, attrs: Attrs) -> Tag {
    Tag {
        name,
        attrs,
        data: Vec::new(),
    }
}

/// Drops data-reference attributes that no data backs; the writer sets the values of
/// the others in place (or appends them), so attribute order survives a round trip.
fn keep_used_refs(mut t: Tag) -> Tag {
    const REFS: [&str; 3] = ["dataRef", "dataRefStart", "dataRefEnd"];
    let data = &t.data;
    t.attrs
        .retain(|(k, _)| !REFS.contains(&k.as_str()) || data.iter().any(|(n, _, _)| n == k));
    t
}

fn item20(x: &CodeCtx) -> Option<Item> {
    let c = x.c;
    let standalone_start = |x: &CodeCtx| {
        let mut a = filtered20(c, SC);
        set_id(&mut a, x.id);
        if x.partner.is_none() {
            set(&mut a, "isolated", "yes");
        }
        let mut t = tag("sc", a);
        t.data.extend(x.data_ref(
            "dataRef",
            &c.content,
            attr(c, "dataRef").or_else(|| attr(c, "dataRefStart")),
        ));
        Item::Empty(keep_used_refs(t))
    };
    let standalone_end = |x: &CodeCtx| {
        let mut a = filtered20(c, EC);
        match x.partner {
            Some((_, sid)) => {
                set(&mut a, "startRef", sid);
                remove(&mut a, "id");
                remove(&mut a, "isolated");
            }
            None if attr(c, "startRef").is_some() => {}
            None => {
                // An empty startRef names nothing: the end stands alone.
                remove(&mut a, "startRef");
                set_id(&mut a, x.id);
                set(&mut a, "isolated", "yes");
            }
        }
        let mut t = tag("ec", a);
        t.data.extend(x.data_ref(
            "dataRef",
            &c.content,
            attr(c, "dataRef").or_else(|| attr(c, "dataRefEnd")),
        ));
        Item::Empty(keep_used_refs(t))
    };
    Some(match c.kind {
        CodeKind::Bpt if x.element => {
            let mut a = filtered20(c, PC);
            set_id(&mut a, x.id);
            let mut t = tag("pc", a);
            t.data.extend(x.data_ref(
                "dataRefStart",
                &c.content,
                attr(c, "dataRefStart").or_else(|| attr(c, "dataRef")),
            ));
            let end = x.partner_code().map_or("", |e| e.content.as_str());
            t.data
                .extend(x.data_ref("dataRefEnd", end, attr(c, "dataRefEnd")));
            Item::Start(keep_used_refs(t))
        }
        CodeKind::Ept if x.element => Item::End("pc"),
        CodeKind::Bpt => standalone_start(x),
        CodeKind::Ept => standalone_end(x),
        CodeKind::It => match attr(c, "pos") {
            Some("close" | "end") => standalone_end(&CodeCtx {
                partner: None,
                ..*x
            }),
            _ => standalone_start(&CodeCtx {
                partner: None,
                ..*x
            }),
        },
        CodeKind::Ph | CodeKind::Ut => {
            let mut a = filtered20(c, PH20);
            set_id(&mut a, x.id);
            let mut t = tag("ph", a);
            t.data
                .extend(x.data_ref("dataRef", &c.content, attr(c, "dataRef")));
            Item::Empty(keep_used_refs(t))
        }
        CodeKind::HiStart => {
            let mut a = filtered20(c, MRK20);
            set_id(&mut a, x.id);
            if x.element {
                Item::Start(tag("mrk", a))
            } else {
                Item::Empty(tag("sm", a))
            }
        }
        CodeKind::HiEnd if x.element => Item::End("mrk"),
        CodeKind::HiEnd => {
            let mut a = filtered20(c, EM);
            match x.partner {
                Some((_, sid)) => set(&mut a, "startRef", sid),
                None if attr(c, "startRef").is_some() => {}
                None => return None,
            }
            Item::Empty(tag("em", a))
        }
    })
}

fn item12(x: &CodeCtx) -> Option<Item> {
    let c = x.c;
    let with_id = |allowed: &[&str]| {
        let mut a = filtered12(c, allowed);
        set_id(&mut a, x.id);
        a
    };
    // A standalone pair whose ids differ and that has no `rid` yet is linked by one:
    // the start's id.
    let link = |a: &mut Attrs| {
        if let Some((_, pid)) = x.partner {
            let partner_rid = x.partner_code().and_then(|p| attr(p, "rid"));
            if attr(c, "rid").is_none() && partner_rid.is_none() && pid != x.id {
                let rid = if c.kind == CodeKind::Bpt { x.id } else { pid };
                set(a, "rid", rid);
            }
        }
    };
    Some(match c.kind {
        CodeKind::Bpt if !c.content.is_empty() => {
            let mut a = with_id(BPT);
            link(&mut a);
            Item::Native(tag("bpt", a), c.content.clone())
        }
        CodeKind::Ept if !c.content.is_empty() => {
            let mut a = with_id(EPT);
            link(&mut a);
            Item::Native(tag("ept", a), c.content.clone())
        }
        CodeKind::Bpt if x.element => Item::Start(tag("g", with_id(G))),
        CodeKind::Ept if x.element => Item::End("g"),
        CodeKind::Bpt => {
            let mut a = with_id(BX);
            link(&mut a);
            Item::Empty(tag("bx", a))
        }
        CodeKind::Ept => {
            let mut a = with_id(EX);
            link(&mut a);
            Item::Empty(tag("ex", a))
        }
        CodeKind::Ph | CodeKind::Ut if !c.content.is_empty() => {
            Item::Native(tag("ph", with_id(PH12)), c.content.clone())
        }
        CodeKind::Ph | CodeKind::Ut => Item::Empty(tag("x", with_id(X))),
        CodeKind::It => {
            let mut a = with_id(IT);
            let pos = match attr(c, "pos") {
                Some("close" | "end") => "close",
                _ => "open",
            };
            set(&mut a, "pos", pos);
            Item::Native(tag("it", a), c.content.clone())
        }
        CodeKind::HiStart if x.element => {
            let mut a = filtered(c, MRK12);
            if attr(c, "mtype").is_none() {
                let mtype = match attr(c, "type") {
                    Some(t) if MTYPES.contains(&t) => t.to_string(),
                    Some(t) if t.starts_with("x-") => t.to_string(),
                    Some(t) => format!("x-{}", t.replace(':', "-")),
                    None => "x-highlight".to_string(),
                };
                set(&mut a, "mtype", &mtype);
            }
            Item::Start(tag("mrk", a))
        }
        CodeKind::HiEnd if x.element => Item::End("mrk"),
        // 1.2 has no standalone markers: a highlight that does not nest is left out.
        CodeKind::HiStart | CodeKind::HiEnd => return None,
    })
}
