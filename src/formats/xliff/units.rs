//! XLIFF documents to translation-memory units and back.

use std::collections::BTreeMap;

use super::{XliffDocument, XliffFile, XliffSegment, XliffUnit, XliffVersion};
use crate::locale::Locale;
use crate::model::{CodeKind, InlineCode, InlinePart, TmUnit, TmVariant};

/// Prop holding the state of the segment a unit was imported from.
pub const PROP_STATE: &str = "x-xliff-state";
/// Prop holding the XLIFF unit's name (`name`, 1.2 `resname`).
pub const PROP_NAME: &str = "x-xliff-name";

/// One translation-memory unit per segment that has a non-empty target.
///
/// The unit's variants are the document's source and target languages (tags in
/// canonical case); its key is `FILE/UNIT` or `FILE/UNIT/SEGMENT` when the segment has
/// an id; notes and props come from the XLIFF unit, plus `x-xliff-state` (the
/// segment's state) and `x-xliff-name`; `origin` is `import`. A variant's text shows
/// each inline code as its native code when it has one (`<b>`, from `originalData` in
/// 2.0), else as a marker `<x{n}/>` (`n` the code's numeric id, else its position among
/// the segment's codes), as TMX import does; the exact codes stay in `parts`. A document
/// without a target language gives no units.
pub fn xliff_to_units(doc: &XliffDocument) -> Vec<TmUnit> {
    let Some(target) = doc.target_lang.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Vec::new();
    };
    let canonical =
        |tag: &str| Locale::parse(tag).map_or_else(|_| tag.to_string(), |l| l.to_string());
    let (src_tag, tgt_tag) = (canonical(&doc.source_lang), canonical(target));
    let mut units = Vec::new();
    for file in &doc.files {
        for unit in &file.units {
            for seg in unit.segments.iter().filter(|s| !s.ignorable) {
                let Some(tgt) = &seg.target else { continue };
                let target = variant(tgt);
                if target.text.trim().is_empty() {
                    continue;
                }
                let mut key = format!("{}/{}", file.id, unit.id);
                if let Some(id) = &seg.id {
                    key.push('/');
                    key.push_str(id);
                }
                let mut props = unit.props.clone();
                if let Some(name) = &unit.name {
                    props.push((PROP_NAME.to_string(), name.clone()));
                }
                if let Some(state) = &seg.state {
                    props.push((PROP_STATE.to_string(), state.clone()));
                }
                let mut variants = BTreeMap::new();
                variants.insert(src_tag.clone(), variant(&seg.source));
                variants.insert(tgt_tag.clone(), target);
                units.push(TmUnit {
                    memory: "main".to_string(),
                    variants,
                    origin: "import".to_string(),
                    props,
                    notes: unit.notes.clone(),
                    key: Some(key),
                    ..TmUnit::default()
                });
            }
        }
    }
    units
}

fn variant(parts: &[InlinePart]) -> TmVariant {
    let has_codes = parts.iter().any(|p| matches!(p, InlinePart::Code(_)));
    TmVariant {
        text: flatten(parts),
        parts: if has_codes {
            parts.to_vec()
        } else {
            Vec::new()
        },
        ..TmVariant::default()
    }
}

/// The text of content with codes as native code or `<x{n}/>` markers (`n` the
/// code's numeric id, else its position among the codes). The end of a pair shows the
/// same marker as its start, as TMX import shows a `bpt`/`ept` pair by `i`.
fn flatten(parts: &[InlinePart]) -> String {
    let get = |c: &InlineCode, name: &str| {
        c.attrs
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    let numeric = |v: Option<String>| v.filter(|v| v.bytes().all(|b| b.is_ascii_digit()));
    struct Open {
        kind: CodeKind,
        marker: String,
        id: Option<String>,
        rid: Option<String>,
    }
    let mut text = String::new();
    let mut ordinal = 0usize;
    let mut open: Vec<Open> = Vec::new();
    for p in parts {
        let c = match p {
            InlinePart::Text(t) => {
                text.push_str(t);
                continue;
            }
            InlinePart::Code(c) => c,
        };
        ordinal += 1;
        let start_kind = match c.kind {
            CodeKind::Ept => Some(CodeKind::Bpt),
            CodeKind::HiEnd => Some(CodeKind::HiStart),
            _ => None,
        };
        let marker = match start_kind {
            Some(kind) => {
                let (id, rid, start_ref) = (get(c, "id"), get(c, "rid"), get(c, "startRef"));
                let at = if rid.is_some() {
                    open.iter().rposition(|o| o.kind == kind && o.rid == rid)
                } else if start_ref.is_some() {
                    open.iter()
                        .rposition(|o| o.kind == kind && o.id == start_ref)
                } else if id.is_some() {
                    open.iter().rposition(|o| o.kind == kind && o.id == id)
                } else {
                    open.iter().rposition(|o| o.kind == kind)
                };
                match at {
                    Some(i) => open.remove(i).marker,
                    None => numeric(id)
                        .or(numeric(start_ref))
                        .unwrap_or_else(|| ordinal.to_string()),
                }
            }
            None => {
                let m = numeric(get(c, "id")).unwrap_or_else(|| ordinal.to_string());
                if matches!(c.kind, CodeKind::Bpt | CodeKind::HiStart) {
                    open.push(Open {
                        kind: c.kind,
                        marker: m.clone(),
                        id: get(c, "id"),
                        rid: get(c, "rid"),
                    });
                }
                m
            }
        };
        if c.content.is_empty() {
            text.push_str("<x");
            text.push_str(&marker);
            text.push_str("/>");
        } else {
            text.push_str(&c.content);
        }
    }
    text
}

/// The variant of `unit` for `locale`: the exact tag, else one that matches it.
fn variant_for<'a>(unit: &'a TmUnit, locale: &Locale) -> Option<&'a TmVariant> {
    unit.variants.get(locale.tag()).or_else(|| {
        unit.variants
            .iter()
            .find(|(tag, _)| Locale::parse(tag).is_ok_and(|l| l.matches(locale)))
            .map(|(_, v)| v)
    })
}

fn content(v: &TmVariant) -> Vec<InlinePart> {
    if !v.parts.is_empty() {
        v.parts.clone()
    } else if v.text.is_empty() {
        Vec::new()
    } else {
        vec![InlinePart::Text(v.text.clone())]
    }
}

/// A unit key as an XLIFF `name`: the PO separators U+0004 and U+0000 become the
/// visible ␄ and ␀; other characters XML cannot hold are left out.
fn key_as_name(key: &str) -> String {
    key.chars()
        .filter_map(|c| match c {
            '\u{4}' => Some('\u{2404}'),
            '\u{0}' => Some('\u{2400}'),
            '\t' | '\n' | '\r' => Some(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => None,
            c => Some(c),
        })
        .collect()
}

/// A document for `tm export --format xliff`: one file (`tm`) and one unit per memory
/// unit that has both languages, in the order given.
///
/// A unit's id is `tm{id}` (its id in the store) or `u{n}` (its position) for a unit
/// not stored yet; its key becomes the unit's `name`; its props (but `x-xliff-state`
/// and `x-xliff-name`, which become the segment's state and the name) and notes are
/// kept; the segment's state is `x-xliff-state` when the unit came from XLIFF, else
/// `translated`. Inline codes come from the variants' `parts`.
pub fn units_to_xliff(
    units: &[TmUnit],
    source_lang: &Locale,
    target_lang: &Locale,
    version: XliffVersion,
) -> XliffDocument {
    let mut file = XliffFile {
        id: "tm".to_string(),
        ..XliffFile::default()
    };
    for (n, u) in units.iter().enumerate() {
        let (Some(src), Some(tgt)) = (variant_for(u, source_lang), variant_for(u, target_lang))
        else {
            continue;
        };
        let prop = |name: &str| {
            u.props
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let id = if u.id == 0 {
            format!("u{}", n + 1)
        } else {
            format!("tm{}", u.id)
        };
        let name = u
            .key
            .as_deref()
            .map(key_as_name)
            .or_else(|| prop(PROP_NAME));
        file.units.push(XliffUnit {
            id,
            name,
            segments: vec![XliffSegment {
                id: None,
                source: content(src),
                target: Some(content(tgt)),
                state: Some(prop(PROP_STATE).unwrap_or_else(|| "translated".to_string())),
                sub_state: None,
                ignorable: false,
            }],
            notes: u.notes.clone(),
            props: u
                .props
                .iter()
                .filter(|(k, _)| k != PROP_STATE && k != PROP_NAME)
                .cloned()
                .collect(),
        });
    }
    XliffDocument {
        version,
        source_lang: source_lang.tag().to_string(),
        target_lang: Some(target_lang.tag().to_string()),
        files: vec![file],
    }
}
