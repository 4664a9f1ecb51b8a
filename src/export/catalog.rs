//! Catalogs for pipelines: one locale's labels as a single file (FTL, JSON, PO or
//! XLIFF), or every locale's resources as a tree with a manifest.
//!
//! Everything here is deterministic: the same labels give the same bytes. Every FTL
//! text is parsed back before it is returned, so a file with a syntax error is never
//! produced; references to terms or functions that the runtime provides are not
//! resolved here (that is `korpu check`'s job) and never block an export.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use crate::formats::ftl::{attribute_texts, value_text, write_ftl, FtlItem};
use crate::formats::json::write_json;
use crate::formats::po::{parse_po, write_po, PoCatalog, PoEntry};
use crate::formats::xliff::{
    write_xliff20, XliffDocument, XliffFile, XliffSegment, XliffUnit, XliffVersion,
};
use crate::labels::{display_value, ensure_po_header, is_translated, write_resource};
use crate::model::{Label, LabelFormat, ResourceLayout};

/// Every label of a store with the layouts of their resources.
#[derive(Debug, Clone, Default)]
pub struct LabelSet {
    /// The labels.
    pub labels: Vec<Label>,
    /// Layouts by (resource, locale).
    pub layouts: BTreeMap<(String, String), ResourceLayout>,
    /// The reference locale's tag as stored (`en-US` when the store says `en`).
    pub reference: String,
}

impl LabelSet {
    /// Every label of `store` and the layouts of their resources. The reference
    /// locale is the store's (`en` unless set), as stored among the label locales
    /// (`en` finds `en-US`).
    pub fn load(store: &crate::store::Store) -> Result<LabelSet, crate::store::StoreError> {
        let labels = store.labels(&crate::store::LabelFilter::default())?;
        let mut layouts = BTreeMap::new();
        for (resource, lang) in store.label_resources()? {
            if let Some(layout) = store.label_layout(&resource, &lang)? {
                layouts.insert((resource, lang), layout);
            }
        }
        let wanted = store.reference_locale()?;
        let reference = match crate::locale::Locale::parse(&wanted) {
            Ok(want) => {
                let have: Vec<crate::locale::Locale> = store
                    .label_langs()?
                    .iter()
                    .filter_map(|t| crate::locale::Locale::parse(t).ok())
                    .collect();
                want.negotiate_among(&have)
                    .map_or(wanted.clone(), |l| l.tag().to_string())
            }
            Err(_) => wanted,
        };
        Ok(LabelSet {
            labels,
            layouts,
            reference,
        })
    }

    /// The stored tag that `asked` stands for among the locales that have labels
    /// (`en` finds `en-US`), if any.
    pub fn stored_tag(&self, asked: &crate::locale::Locale) -> Option<String> {
        let have: Vec<crate::locale::Locale> = self
            .langs()
            .iter()
            .filter_map(|t| crate::locale::Locale::parse(t).ok())
            .collect();
        asked.negotiate_among(&have).map(|l| l.tag().to_string())
    }

    /// The locales that have labels.
    pub fn langs(&self) -> BTreeSet<&str> {
        self.labels.iter().map(|l| l.lang.as_str()).collect()
    }

    /// The locale holding `resource` that stands for the reference locale: the
    /// reference tag itself, else a tag that matches it (`en-US` for `en`).
    fn reference_for(&self, resource: &str) -> &str {
        let want = crate::locale::Locale::parse(&self.reference).ok();
        let mut langs = self
            .layouts
            .keys()
            .filter(|(r, _)| r == resource)
            .map(|(_, l)| l.as_str())
            .chain(
                self.labels
                    .iter()
                    .filter(|l| l.resource == resource)
                    .map(|l| l.lang.as_str()),
            );
        let found = langs.clone().find(|l| *l == self.reference).or_else(|| {
            let want = want.as_ref()?;
            langs.find(|l| crate::locale::Locale::parse(l).is_ok_and(|have| want.matches(&have)))
        });
        found.unwrap_or(&self.reference)
    }

    /// Whether `lang` is the reference locale of `resource`.
    fn is_reference(&self, resource: &str, lang: &str) -> bool {
        self.reference_for(resource) == lang
    }

    /// The labels of `resource` in `lang`.
    fn resource_labels(&self, resource: &str, lang: &str) -> Vec<&Label> {
        self.labels
            .iter()
            .filter(|l| l.resource == resource && l.lang == lang)
            .collect()
    }

    /// The resources of `lang` (with `fill`, also those only `fill` has) and their
    /// format, in order.
    fn resources(&self, lang: &str, fill: Option<&str>) -> BTreeMap<&str, LabelFormat> {
        let wanted = |l: &str| l == lang || Some(l) == fill;
        // Resources imported empty (an untranslated file) have a layout and no labels.
        let mut out: BTreeMap<&str, LabelFormat> = self
            .layouts
            .iter()
            .filter(|((_, l), _)| wanted(l))
            .filter_map(|((r, _), layout)| Some((r.as_str(), layout.format?)))
            .collect();
        for l in self.labels.iter().filter(|l| wanted(&l.lang)) {
            out.insert(l.resource.as_str(), l.format);
        }
        out
    }

    fn layout(&self, resource: &str, lang: &str) -> Option<&ResourceLayout> {
        self.layouts.get(&(resource.to_string(), lang.to_string()))
    }
}

/// The single-file formats of `korpu export catalog`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogFormat {
    /// Fluent.
    Ftl,
    /// A flat JSON object.
    Json,
    /// gettext PO: msgid from the reference locale.
    Po,
    /// XLIFF 2.0: source from the reference locale.
    Xliff,
}

/// A catalog as written, with what a pipeline wants to know about it.
#[derive(Debug, Clone)]
pub struct CatalogText {
    /// The file's text.
    pub text: String,
    /// Entries written.
    pub messages: usize,
    /// Of those, how many are the locale's own (not filled from another locale).
    pub translated: usize,
    /// What was left out and why (duplicate ids across resources, no source text).
    pub warnings: Vec<String>,
}

/// Why an export cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The locale has no labels.
    #[error("there are no labels in {0}")]
    NoLabels(String),
    /// A resource would not parse back.
    #[error("{path}: {message}; nothing was written")]
    Invalid {
        /// The file that would have been written.
        path: String,
        /// What is wrong, with the line and column in that file.
        message: String,
    },
}

/// One resource's labels for export in `lang`: its own labels, plus with `fill` the
/// ones `fill` has that `lang` lacks (or has untranslated). Returns the labels, the
/// layout to order them by, and how many are the locale's own.
fn resource_for<'a>(
    set: &'a LabelSet,
    resource: &str,
    lang: &str,
    fill: Option<&str>,
) -> (Vec<(Label, bool)>, Option<&'a ResourceLayout>) {
    let mut out: Vec<(Label, bool)> = set
        .resource_labels(resource, lang)
        .into_iter()
        .filter(|l| is_translated(l))
        .map(|l| (l.clone(), true))
        .collect();
    let Some(fill) = fill.filter(|f| *f != lang) else {
        return (out, set.layout(resource, lang));
    };
    let have: BTreeSet<String> = out.iter().map(|(l, _)| l.id.clone()).collect();
    for l in set.resource_labels(resource, fill) {
        if !have.contains(&l.id) {
            let mut filled = l.clone();
            filled.lang = lang.to_string();
            out.push((filled, false));
        }
    }
    // The filled file follows the fill locale's order, which covers every entry.
    let layout = set.layout(resource, fill).or(set.layout(resource, lang));
    (out, layout)
}

/// One file of a locales tree.
#[derive(Debug, Clone)]
pub struct TreeFile {
    /// The locale.
    pub locale: String,
    /// Path under the locale's folder (`browser/browser.ftl`).
    pub file: String,
    /// The bytes.
    pub text: String,
    /// Entries in the file.
    pub messages: usize,
    /// The locale's own entries over the reference locale's entries in this resource.
    pub translated: f64,
}

impl TreeFile {
    /// The SHA-256 of the bytes, as lowercase hex.
    pub fn sha256(&self) -> String {
        hex(&Sha256::digest(self.text.as_bytes()))
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The tree formats of `korpu export locales`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeFormat {
    /// Fluent resources as `.ftl` (other resources are not part of an FTL tree).
    Ftl,
    /// Every resource as a flat JSON object, `.json` in place of its extension.
    Json,
}

/// Every locale's resources as files (`{locale}/{resource}`), in order.
pub fn locales_tree(
    set: &LabelSet,
    format: TreeFormat,
    fill: Option<&str>,
) -> Result<Vec<TreeFile>, CatalogError> {
    let mut out = Vec::new();
    for lang in set.langs() {
        for (resource, rformat) in set.resources(lang, fill) {
            if format == TreeFormat::Ftl && rformat != LabelFormat::Ftl {
                continue;
            }
            let (labels, layout) = resource_for(set, resource, lang, fill);
            if labels.is_empty() && layout.is_none() {
                continue;
            }
            let own = labels.iter().filter(|(_, own)| *own).count();
            let labels: Vec<Label> = labels.into_iter().map(|(l, _)| l).collect();
            let reference_count = set
                .resource_labels(resource, set.reference_for(resource))
                .len()
                .max(1);
            let (file, text) =
                match format {
                    TreeFormat::Ftl => {
                        let text = write_resource(LabelFormat::Ftl, lang, layout, &labels)
                            .map_err(|d| CatalogError::Invalid {
                                path: format!("{lang}/{resource}"),
                                message: d.display_in(&format!("{lang}/{resource}")),
                            })?;
                        (resource.to_string(), text)
                    }
                    TreeFormat::Json => {
                        let entries = flat_entries(&labels, layout);
                        (json_name(resource), write_json(&entries, false))
                    }
                };
            out.push(TreeFile {
                locale: lang.to_string(),
                file,
                messages: labels.len(),
                translated: if set.is_reference(resource, lang) {
                    1.0
                } else {
                    (own as f64 / reference_count as f64).min(1.0)
                },
                text,
            });
        }
    }
    Ok(out)
}

fn json_name(resource: &str) -> String {
    match resource.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() && !stem.ends_with('/') => format!("{stem}.json"),
        _ => format!("{resource}.json"),
    }
}

/// `(key, text)` pairs for a flat JSON catalog: a Fluent message's value under its id
/// and each attribute under `id.attribute`; other labels under their key.
fn flat_entries(labels: &[Label], layout: Option<&ResourceLayout>) -> Vec<(String, String)> {
    let mut ordered: Vec<&Label> = labels.iter().collect();
    if let Some(layout) = layout {
        let pos: BTreeMap<&str, usize> = layout
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match item {
                crate::model::LayoutItem::Label(id) => Some((id.as_str(), i)),
                crate::model::LayoutItem::Comment(_) => None,
            })
            .collect();
        ordered.sort_by_key(|l| {
            (
                pos.get(l.id.as_str()).copied().unwrap_or(usize::MAX),
                l.id.clone(),
            )
        });
    }
    let mut out = Vec::new();
    for l in ordered {
        match l.format {
            LabelFormat::Ftl => {
                if let Some(v) = value_text(&l.source) {
                    out.push((l.id.clone(), v));
                }
                for (name, v) in attribute_texts(&l.source) {
                    out.push((format!("{}.{name}", l.id), v));
                }
            }
            LabelFormat::Po | LabelFormat::Json => out.push((l.id.clone(), display_value(l))),
        }
    }
    out
}

/// The manifest of a tree: JSON with each file's locale, path, message count, share
/// translated and SHA-256, in file order.
pub fn manifest(files: &[TreeFile], format: TreeFormat, reference: &str) -> String {
    let entries: Vec<serde_json::Value> = files
        .iter()
        .map(|f| {
            serde_json::json!({
                "locale": f.locale,
                "file": format!("{}/{}", f.locale, f.file),
                "messages": f.messages,
                "translated": (f.translated * 10_000.0).round() / 10_000.0,
                "sha256": f.sha256(),
            })
        })
        .collect();
    let locales: BTreeSet<&str> = files.iter().map(|f| f.locale.as_str()).collect();
    let doc = serde_json::json!({
        "generator": "korpu",
        "format": match format { TreeFormat::Ftl => "ftl", TreeFormat::Json => "json" },
        "reference": reference,
        "locales": locales,
        "files": entries,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// One locale's labels as a single file.
///
/// An id that two resources share is written once (from the first resource in
/// order) and reported. Untranslated labels are left out of FTL and JSON unless
/// `fill` names a locale to take them from; PO and XLIFF list them with an empty
/// target, as those formats expect.
pub fn catalog(
    set: &LabelSet,
    lang: &str,
    format: CatalogFormat,
    fill: Option<&str>,
) -> Result<CatalogText, CatalogError> {
    if !set.langs().contains(lang) {
        return Err(CatalogError::NoLabels(lang.to_string()));
    }
    let mut warnings = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut picked: Vec<(Label, Option<Label>)> = Vec::new();
    let mut translated = 0;
    let mut newest = String::new();
    let fill = match format {
        CatalogFormat::Po | CatalogFormat::Xliff => None,
        CatalogFormat::Ftl | CatalogFormat::Json => fill,
    };
    for (resource, _) in set.resources(lang, fill) {
        let (labels, layout) = match format {
            CatalogFormat::Ftl | CatalogFormat::Json => resource_for(set, resource, lang, fill),
            // Bilingual formats list every reference entry, translated or not.
            CatalogFormat::Po | CatalogFormat::Xliff => {
                let mut all: Vec<Label> = set
                    .resource_labels(resource, lang)
                    .into_iter()
                    .cloned()
                    .collect();
                let have: BTreeSet<String> = all.iter().map(|l| l.id.clone()).collect();
                if !set.is_reference(resource, lang) {
                    for r in set.resource_labels(resource, set.reference_for(resource)) {
                        if !have.contains(&r.id) {
                            let mut empty = r.clone();
                            empty.lang = lang.to_string();
                            empty.source = String::new();
                            all.push(empty);
                        }
                    }
                }
                let all = all
                    .into_iter()
                    .map(|l| {
                        let own = is_translated(&l);
                        (l, own)
                    })
                    .collect();
                (all, set.layout(resource, lang))
            }
        };
        for (l, own) in order(labels, layout) {
            if format == CatalogFormat::Ftl && l.format != LabelFormat::Ftl {
                continue;
            }
            if let Some(first) = seen.get(&l.id) {
                warnings.push(format!(
                    "\"{}\" of {resource} left out: {first} defines it too",
                    l.id
                ));
                continue;
            }
            seen.insert(l.id.clone(), resource.to_string());
            if own {
                translated += 1;
                if l.updated > newest {
                    newest = l.updated.clone();
                }
            }
            let source = set
                .resource_labels(resource, set.reference_for(resource))
                .into_iter()
                .find(|r| r.id == l.id)
                .cloned();
            picked.push((l, source));
        }
    }
    let messages = picked.len();
    let text = match format {
        CatalogFormat::Ftl => {
            let items: Vec<FtlItem> = picked
                .iter()
                .map(|(l, _)| FtlItem::Entry {
                    id: l.id.clone(),
                    text: l.source.clone(),
                    line: 0,
                })
                .collect();
            write_ftl(&items).map_err(|d| CatalogError::Invalid {
                path: format!("{lang}.ftl"),
                message: d.display_in(&format!("{lang}.ftl")),
            })?
        }
        CatalogFormat::Json => {
            let labels: Vec<Label> = picked.iter().map(|(l, _)| l.clone()).collect();
            write_json(&flat_entries(&labels, None), false)
        }
        CatalogFormat::Po => po_catalog(set, lang, &picked, &newest, &mut warnings),
        CatalogFormat::Xliff => xliff_catalog(set, lang, &picked, &mut warnings),
    };
    Ok(CatalogText {
        text,
        messages,
        translated,
        warnings,
    })
}

/// Labels in their layout's order (unknown ids last, by id).
fn order(mut labels: Vec<(Label, bool)>, layout: Option<&ResourceLayout>) -> Vec<(Label, bool)> {
    let pos: BTreeMap<String, usize> = layout
        .map(|l| {
            l.items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match item {
                    crate::model::LayoutItem::Label(id) => Some((id.clone(), i)),
                    crate::model::LayoutItem::Comment(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    labels.sort_by(|(a, _), (b, _)| {
        let pa = pos.get(&a.id).copied().unwrap_or(usize::MAX);
        let pb = pos.get(&b.id).copied().unwrap_or(usize::MAX);
        (pa, &a.id).cmp(&(pb, &b.id))
    });
    labels
}

/// Bilingual pairs for one label: `(key, source text, target text)` for its value
/// and each attribute.
fn pairs(label: &Label, source: Option<&Label>) -> Vec<(String, String, String)> {
    let value = |l: &Label| -> Vec<(String, String)> {
        if l.source.is_empty() {
            return Vec::new();
        }
        match l.format {
            LabelFormat::Ftl => value_text(&l.source)
                .map(|v| (String::new(), v))
                .into_iter()
                .chain(
                    attribute_texts(&l.source)
                        .into_iter()
                        .map(|(k, v)| (format!(".{k}"), v)),
                )
                .collect(),
            LabelFormat::Po | LabelFormat::Json => vec![(String::new(), display_value(l))],
        }
    };
    let src = source.map(value).unwrap_or_default();
    let trg: BTreeMap<String, String> = value(label).into_iter().collect();
    src.into_iter()
        .map(|(part, text)| {
            let target = trg.get(&part).cloned().unwrap_or_default();
            (format!("{}{part}", label.id), text, target)
        })
        .collect()
}

fn po_catalog(
    set: &LabelSet,
    lang: &str,
    picked: &[(Label, Option<Label>)],
    newest: &str,
    warnings: &mut Vec<String>,
) -> String {
    // A PO resource's own header (its plural forms) is the catalog's header.
    let header_text = picked
        .iter()
        .filter(|(l, _)| l.format == LabelFormat::Po)
        .find_map(|(l, _)| set.layout(&l.resource, lang).map(|x| x.header.clone()))
        .unwrap_or_default();
    let (mut catalog, _) = parse_po(&header_text);
    catalog.entries.clear();
    let mut no_source = Vec::new();
    let mut keys = BTreeSet::new();
    for (label, source) in picked {
        if label.format == LabelFormat::Po {
            let text = if label.source.is_empty() {
                // Untranslated in this locale: the reference's entry, emptied.
                source.as_ref().map_or(String::new(), |s| s.source.clone())
            } else {
                label.source.clone()
            };
            let (mut entry_catalog, _) = parse_po(&text);
            if let Some(mut e) = entry_catalog.entries.pop() {
                if label.source.is_empty() {
                    for s in &mut e.msgstr {
                        s.clear();
                    }
                }
                e.line = 0;
                if keys.insert(e.key()) {
                    catalog.entries.push(e);
                }
            }
            continue;
        }
        if source.is_none() {
            no_source.push(label.id.as_str());
            continue;
        }
        for (key, msgid, msgstr) in pairs(label, source.as_ref()) {
            if msgid.is_empty() || !keys.insert(format!("{key}\u{4}{msgid}")) {
                continue;
            }
            catalog.entries.push(PoEntry {
                msgctxt: Some(key),
                msgid,
                msgstr: vec![msgstr],
                references: vec![label.resource.clone()],
                ..PoEntry::default()
            });
        }
    }
    warn_no_source(warnings, "PO", &set.reference, &no_source);
    ensure_po_header(&mut catalog, lang);
    // The fields msgfmt -c asks for, from the labels themselves so that the same
    // labels give the same bytes.
    let defaults = [
        ("Project-Id-Version", "korpu".to_string()),
        ("PO-Revision-Date", po_date(newest)),
        ("Last-Translator", "korpu".to_string()),
        ("Language-Team", lang.to_string()),
    ];
    for (key, value) in defaults {
        if catalog.header.get(key).is_none() {
            catalog.header.set(key, value);
        }
    }
    write_po(&PoCatalog {
        header: catalog.header,
        entries: catalog.entries,
    })
}

/// One warning for every label left out for want of a source text.
fn warn_no_source(warnings: &mut Vec<String>, format: &str, reference: &str, ids: &[&str]) {
    if ids.is_empty() {
        return;
    }
    let shown: Vec<&str> = ids.iter().take(5).copied().collect();
    let more = if ids.len() > shown.len() { ", …" } else { "" };
    warnings.push(format!(
        "{} labels left out of the {format} catalog: the reference locale {reference} has no text for them ({}{more})",
        ids.len(),
        shown.join(", ")
    ));
}

/// `2026-11-27T21:51:37Z` as PO writes dates: `2026-11-27 21:51+0000`.
fn po_date(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time}+0000"),
        _ => "1970-01-01 00:00+0000".to_string(),
    }
}

fn xliff_catalog(
    set: &LabelSet,
    lang: &str,
    picked: &[(Label, Option<Label>)],
    warnings: &mut Vec<String>,
) -> String {
    let mut files: BTreeMap<String, XliffFile> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut no_source = Vec::new();
    for (label, source) in picked {
        if source.is_none() {
            no_source.push(label.id.as_str());
            continue;
        }
        let file = files.entry(label.resource.clone()).or_insert_with(|| {
            order.push(label.resource.clone());
            XliffFile {
                id: format!("f{}", order.len()),
                original: Some(label.resource.clone()),
                ..XliffFile::default()
            }
        });
        for (key, source_text, target_text) in pairs(label, source.as_ref()) {
            let mut segment = XliffSegment::plain(source_text);
            if !target_text.is_empty() {
                segment.target = Some(XliffSegment::plain(target_text).source);
                segment.state = Some("translated".into());
            } else {
                segment.state = Some("initial".into());
            }
            let n = file.units.len() + 1;
            file.units.push(XliffUnit {
                id: format!("u{n}"),
                name: Some(key),
                segments: vec![segment],
                ..XliffUnit::default()
            });
        }
    }
    warn_no_source(warnings, "XLIFF", &set.reference, &no_source);
    let doc = XliffDocument {
        version: XliffVersion::V20,
        source_lang: set.reference.clone(),
        target_lang: Some(lang.to_string()),
        files: order.iter().filter_map(|r| files.remove(r)).collect(),
    };
    write_xliff20(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::{read_resource, Stamp};

    fn set() -> LabelSet {
        let stamp = Stamp {
            author: "t".into(),
            time: "2026-01-01T00:00:00Z".into(),
        };
        let mut out = LabelSet {
            reference: "en".into(),
            ..LabelSet::default()
        };
        for (lang, text) in [
            ("en", "# A comment\nhello = Hello, { $name }!\n    .title = Greeting\nbye = Bye\n-brand = Körpü\n"),
            ("az", "hello = Salam, { $name }!\n    .title = Salamlama\n"),
        ] {
            let (import, d) = read_resource("app.ftl", lang, LabelFormat::Ftl, text, &stamp);
            assert!(d.is_empty());
            out.layouts
                .insert(("app.ftl".into(), lang.into()), import.layout.clone());
            out.labels.extend(import.labels);
        }
        out
    }

    #[test]
    fn untranslated_messages_are_left_out_unless_filled() {
        let s = set();
        let tree = locales_tree(&s, TreeFormat::Ftl, None).expect("tree");
        let az = tree.iter().find(|f| f.locale == "az").expect("az");
        assert_eq!(
            az.text,
            "hello = Salam, { $name }!\n    .title = Salamlama\n"
        );
        assert!((az.translated - 1.0 / 3.0).abs() < 1e-9);
        let filled = locales_tree(&s, TreeFormat::Ftl, Some("en")).expect("tree");
        let az = filled.iter().find(|f| f.locale == "az").expect("az");
        assert_eq!(az.messages, 3);
        assert!(az.text.contains("bye = Bye"), "{}", az.text);
        assert!(az.text.contains("Salam"));
    }

    #[test]
    fn the_same_labels_give_the_same_bytes() {
        let a = locales_tree(&set(), TreeFormat::Json, None).expect("tree");
        let b = locales_tree(&set(), TreeFormat::Json, None).expect("tree");
        assert_eq!(
            manifest(&a, TreeFormat::Json, "en"),
            manifest(&b, TreeFormat::Json, "en")
        );
        assert_eq!(a[0].file, "app.json");
        assert!(manifest(&a, TreeFormat::Json, "en").contains(&a[0].sha256()));
    }

    #[test]
    fn bilingual_catalogs_take_the_source_from_the_reference() {
        let s = set();
        let po = catalog(&s, "az", CatalogFormat::Po, None).expect("po");
        let (parsed, d) = parse_po(&po.text);
        assert!(d.is_empty(), "{d:?}");
        let hello = parsed
            .entries
            .iter()
            .find(|e| e.msgctxt.as_deref() == Some("hello"))
            .expect("hello");
        assert_eq!(hello.msgid, "Hello, { $name }!");
        assert_eq!(hello.msgstr, ["Salam, { $name }!"]);
        let bye = parsed
            .entries
            .iter()
            .find(|e| e.msgctxt.as_deref() == Some("bye"))
            .expect("bye is listed, untranslated");
        assert_eq!(bye.msgstr, [""]);
        let x = catalog(&s, "az", CatalogFormat::Xliff, None).expect("xliff");
        let (doc, d) = crate::formats::xliff::read_xliff(&x.text).expect("reads");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(doc.target_lang.as_deref(), Some("az"));
        assert!(matches!(
            catalog(&s, "ru", CatalogFormat::Json, None),
            Err(CatalogError::NoLabels(_))
        ));
    }
}
