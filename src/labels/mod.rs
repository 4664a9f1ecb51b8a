//! Labels: reading resource files (FTL, PO, JSON) into labels, writing a resource
//! back from its labels, and showing a message as a reader of a locale sees it.
//!
//! Nothing here touches the store: the command line and the server read labels from
//! it and hand them over.

mod fluent;

use std::collections::BTreeSet;

pub use fluent::{format_message, locale_bundle, FormatError, Formatted};

use crate::formats::ftl::{read_ftl, write_ftl, FtlItem};
use crate::formats::json::{read_json, write_json};
use crate::formats::po::{parse_po, plural_forms_for_language, write_po, PoCatalog};
use crate::formats::{Diagnostic, Severity};
use crate::model::{Label, LabelFormat, LayoutItem, ResourceLayout};
use crate::store::ResourceImport;

/// The layout header of a JSON resource whose file nests objects.
const JSON_NESTED: &str = "nested";

/// Who and when, stamped on every label of an import.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// The author.
    pub author: String,
    /// RFC 3339 UTC.
    pub time: String,
}

/// Reads one resource file into labels. Never fails: what cannot be read is in the
/// diagnostics, and the import holds everything else.
pub fn read_resource(
    resource: &str,
    lang: &str,
    format: LabelFormat,
    text: &str,
    stamp: &Stamp,
) -> (ResourceImport, Vec<Diagnostic>) {
    let label = |id: String, source: String| Label {
        resource: resource.to_string(),
        id,
        lang: lang.to_string(),
        format,
        source,
        author: stamp.author.clone(),
        updated: stamp.time.clone(),
    };
    let mut layout = ResourceLayout {
        format: Some(format),
        ..ResourceLayout::default()
    };
    let mut labels = Vec::new();
    let diagnostics = match format {
        LabelFormat::Ftl => {
            let r = read_ftl(text);
            for item in r.items {
                match item {
                    FtlItem::Entry { id, text, .. } => {
                        layout.items.push(LayoutItem::Label(id.clone()));
                        labels.push(label(id, text));
                    }
                    FtlItem::Comment(c) => layout.items.push(LayoutItem::Comment(c)),
                }
            }
            r.diagnostics
        }
        LabelFormat::Po => {
            let (catalog, mut diagnostics) = parse_po(text);
            if let Some(Err(e)) = catalog
                .header
                .get("Plural-Forms")
                .map(crate::formats::po::PluralForms::parse)
            {
                diagnostics.push(Diagnostic::error(
                    catalog.header.line.max(1),
                    1,
                    format!("the Plural-Forms header is broken: {e}"),
                ));
            }
            layout.header = write_po(&PoCatalog {
                header: catalog.header.clone(),
                entries: Vec::new(),
            });
            let mut seen = BTreeSet::new();
            for mut entry in catalog.entries {
                if entry.obsolete {
                    continue;
                }
                let id = entry.key();
                if !seen.insert(id.clone()) {
                    diagnostics.push(Diagnostic::warning(
                        entry.line,
                        1,
                        format!(
                            "msgid \"{}\" appears twice; the later entry is kept",
                            entry.msgid
                        ),
                    ));
                    labels.retain(|l: &Label| l.id != id);
                    layout
                        .items
                        .retain(|i| !matches!(i, LayoutItem::Label(x) if *x == id));
                }
                entry.line = 0;
                let source = write_po(&PoCatalog {
                    header: Default::default(),
                    entries: vec![entry],
                });
                layout.items.push(LayoutItem::Label(id.clone()));
                labels.push(label(id, source));
            }
            diagnostics
        }
        LabelFormat::Json => {
            let c = read_json(text);
            if c.nested {
                layout.header = JSON_NESTED.to_string();
            }
            for (key, value) in c.entries {
                layout.items.push(LayoutItem::Label(key.clone()));
                labels.push(label(key, value));
            }
            c.diagnostics
        }
    };
    (
        ResourceImport {
            resource: resource.to_string(),
            lang: lang.to_string(),
            layout,
            labels,
        },
        diagnostics,
    )
}

/// Whether any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// Orders labels by their resource's layout: the layout's ids first, in order, then
/// labels the layout does not name, by id. Standalone comments are kept in place.
fn ordered<'a>(layout: Option<&'a ResourceLayout>, labels: &'a [Label]) -> Vec<Item<'a>> {
    let mut out = Vec::with_capacity(labels.len());
    let mut used = BTreeSet::new();
    if let Some(layout) = layout {
        for item in &layout.items {
            match item {
                LayoutItem::Label(id) => {
                    if let Some(l) = labels.iter().find(|l| &l.id == id) {
                        if used.insert(id.as_str()) {
                            out.push(Item::Label(l));
                        }
                    }
                }
                LayoutItem::Comment(c) => out.push(Item::Comment(c)),
            }
        }
    }
    let mut rest: Vec<&Label> = labels
        .iter()
        .filter(|l| !used.contains(l.id.as_str()))
        .collect();
    rest.sort_by(|a, b| a.id.cmp(&b.id));
    out.extend(rest.into_iter().map(Item::Label));
    out
}

enum Item<'a> {
    Label(&'a Label),
    Comment(&'a str),
}

/// Writes a resource in one locale from its labels, in the layout it was imported
/// with. The text is checked (FTL parsed back, PO given a valid `Plural-Forms`
/// header) before it is returned; an error means the file must not be written.
pub fn write_resource(
    format: LabelFormat,
    lang: &str,
    layout: Option<&ResourceLayout>,
    labels: &[Label],
) -> Result<String, Diagnostic> {
    if let Some(other) = labels.iter().find(|l| l.format != format) {
        return Err(Diagnostic::error(
            0,
            0,
            format!(
                "label \"{}\" is {}, the resource is {}",
                other.id,
                other.format.as_str(),
                format.as_str()
            ),
        ));
    }
    let items = ordered(layout, labels);
    match format {
        LabelFormat::Ftl => {
            let ftl: Vec<FtlItem> = items
                .into_iter()
                .map(|i| match i {
                    Item::Label(l) => FtlItem::Entry {
                        id: l.id.clone(),
                        text: l.source.clone(),
                        line: 0,
                    },
                    Item::Comment(c) => FtlItem::Comment(c.to_string()),
                })
                .collect();
            write_ftl(&ftl)
        }
        LabelFormat::Po => {
            let (mut catalog, _) = parse_po(layout.map_or("", |l| l.header.as_str()));
            for item in items {
                if let Item::Label(l) = item {
                    let (entry, diagnostics) = parse_po(&l.source);
                    if has_errors(&diagnostics) || entry.entries.len() != 1 {
                        return Err(Diagnostic::error(
                            0,
                            0,
                            format!("the stored entry \"{}\" is not one PO entry", l.id),
                        ));
                    }
                    catalog.entries.extend(entry.entries);
                }
            }
            ensure_po_header(&mut catalog, lang);
            Ok(write_po(&catalog))
        }
        LabelFormat::Json => {
            let entries: Vec<(String, String)> = items
                .into_iter()
                .filter_map(|i| match i {
                    Item::Label(l) => Some((l.id.clone(), l.source.clone())),
                    Item::Comment(_) => None,
                })
                .collect();
            let nested = layout.is_some_and(|l| l.header == JSON_NESTED);
            Ok(write_json(&entries, nested))
        }
    }
}

/// Gives a catalog the header fields `msgfmt -c` needs: content type, language and a
/// valid `Plural-Forms` (the language's own when the header has none or a broken one).
pub fn ensure_po_header(catalog: &mut PoCatalog, lang: &str) {
    let valid = catalog
        .header
        .get("Plural-Forms")
        .is_some_and(|p| crate::formats::po::PluralForms::parse(p).is_ok());
    if !valid {
        catalog
            .header
            .set("Plural-Forms", plural_forms_for_language(lang));
    }
    if catalog.header.get("Language").is_none() {
        catalog.header.set("Language", lang);
    }
    if catalog.header.get("MIME-Version").is_none() {
        catalog.header.set("MIME-Version", "1.0");
    }
    if catalog.header.get("Content-Type").is_none() {
        catalog
            .header
            .set("Content-Type", "text/plain; charset=UTF-8");
    }
    if catalog.header.get("Content-Transfer-Encoding").is_none() {
        catalog.header.set("Content-Transfer-Encoding", "8bit");
    }
    catalog.header.flags.retain(|f| f != "fuzzy");
}

/// The text a label shows for its id: a Fluent value (or its attributes when it has
/// none), a PO entry's first translation, a JSON string.
pub fn display_value(label: &Label) -> String {
    match label.format {
        LabelFormat::Ftl => crate::formats::ftl::value_text(&label.source).unwrap_or_else(|| {
            crate::formats::ftl::attribute_texts(&label.source)
                .into_iter()
                .map(|(k, v)| format!(".{k} = {v}"))
                .collect::<Vec<_>>()
                .join("\n")
        }),
        LabelFormat::Po => parse_po(&label.source)
            .0
            .entries
            .first()
            .and_then(|e| e.msgstr.first().cloned())
            .unwrap_or_default(),
        LabelFormat::Json => label.source.clone(),
    }
}

/// Whether a label has a translation: a PO entry with every form filled and not
/// fuzzy; every Fluent or JSON label.
pub fn is_translated(label: &Label) -> bool {
    match label.format {
        LabelFormat::Po => parse_po(&label.source)
            .0
            .entries
            .first()
            .is_some_and(|e| e.is_translated()),
        LabelFormat::Ftl | LabelFormat::Json => !label.source.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp {
        Stamp {
            author: "test".into(),
            time: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn an_ftl_resource_round_trips_through_labels() {
        let text = "## Menu\n\n# Opens a file\nopen = Open { $name }\n    .accesskey = O\n\n-brand = Körpü\n";
        let (import, d) = read_resource("app.ftl", "az", LabelFormat::Ftl, text, &stamp());
        assert!(d.is_empty());
        assert_eq!(import.labels.len(), 2);
        let out = write_resource(LabelFormat::Ftl, "az", Some(&import.layout), &import.labels)
            .expect("writes");
        assert_eq!(out, text);
        // Without its layout the labels still make a valid file, ordered by id.
        let out = write_resource(LabelFormat::Ftl, "az", None, &import.labels).expect("writes");
        assert!(out.starts_with("-brand"), "{out}");
    }

    #[test]
    fn a_po_resource_keeps_context_flags_and_plurals() {
        let text = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n#, python-format\nmsgctxt \"menu\"\nmsgid \"%(n)s file\"\nmsgid_plural \"%(n)s files\"\nmsgstr[0] \"%(n)s файл\"\nmsgstr[1] \"%(n)s файла\"\nmsgstr[2] \"%(n)s файлов\"\n";
        let (import, d) = read_resource("django.po", "ru", LabelFormat::Po, text, &stamp());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(import.labels[0].id, "menu\u{4}%(n)s file");
        let out = write_resource(LabelFormat::Po, "ru", Some(&import.layout), &import.labels)
            .expect("po");
        let (back, d) = parse_po(&out);
        assert!(d.is_empty());
        let e = &back.entries[0];
        assert_eq!(e.msgctxt.as_deref(), Some("menu"));
        assert_eq!(e.flags, ["python-format"]);
        assert_eq!(e.msgstr.len(), 3);
        assert!(back
            .header
            .get("Plural-Forms")
            .is_some_and(|p| p.starts_with("nplurals=3")));
    }

    #[test]
    fn a_broken_plural_forms_header_is_an_error() {
        let text = "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=(n>;\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n";
        let (_, d) = read_resource("x.po", "az", LabelFormat::Po, text, &stamp());
        assert!(has_errors(&d), "{d:?}");
    }

    #[test]
    fn a_json_resource_keeps_its_nesting() {
        let text = "{\n  \"home\": {\n    \"title\": \"Ev\"\n  }\n}\n";
        let (import, _) = read_resource("app.json", "az", LabelFormat::Json, text, &stamp());
        assert_eq!(import.labels[0].id, "home.title");
        let out = write_resource(
            LabelFormat::Json,
            "az",
            Some(&import.layout),
            &import.labels,
        )
        .expect("json");
        assert_eq!(out, text);
    }
}
