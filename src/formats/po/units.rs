//! PO catalogs to translation-memory units and back.
//!
//! Import (`po_to_units`): one unit per translated entry. A plural entry gives two
//! units: the singular (`msgid` with the form gettext picks for n = 1, CLDR `one`) and
//! the plural (`msgid_plural` with the form it picks for n = 5, a typical `other`
//! number in English and `many` in Russian). Keys follow gettext's MO convention: a
//! singular unit's key is `msgctxt` U+0004 `msgid` (or `msgid` alone), a plural unit's
//! is that followed by U+0000 and `msgid_plural`, so every unit of a catalog has its own
//! key and a caller can merge the units of two catalogs (az and ru) by key.
//!
//! Export (`units_to_po`) reverses this: units whose key has that form get their
//! `msgctxt`/`msgid` from it, a singular and plural pair becomes one plural entry again,
//! and every other unit becomes an entry whose msgid is its source text.

use std::collections::{BTreeMap, BTreeSet};

use super::plural::{plural_forms_for_language, PluralForms};
use super::{PoCatalog, PoEntry, PoHeader};
use crate::formats::Diagnostic;
use crate::locale::Locale;
use crate::model::{TmUnit, TmVariant};

/// Prop naming the plural form of a unit from a plural entry: `one` or `other`.
pub const PROP_PLURAL_FORM: &str = "x-po-plural-form";
/// Prop holding one `#,` flag other than `fuzzy`.
pub const PROP_FLAG: &str = "x-po-flag";
/// Prop set to `yes` on a unit imported from a fuzzy entry.
pub const PROP_FUZZY: &str = "x-po-fuzzy";
/// Prop holding one `#:` reference.
pub const PROP_REFERENCE: &str = "x-po-reference";
/// Prop holding the `#.` comments of an entry, one per line.
pub const PROP_EXTRACTED: &str = "x-po-extracted-comment";

/// The `n` whose form is taken for the plural unit of a plural entry.
const PLURAL_EXAMPLE_N: u64 = 5;

/// Options for [`po_to_units`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoImport {
    /// Import fuzzy entries too, marked with the prop `x-po-fuzzy` = `yes`.
    pub include_fuzzy: bool,
}

/// Turns a catalog into translation-memory units, `source_lang` for msgid and
/// `target_lang` for msgstr.
///
/// A plural entry gives two units, marked with the prop `x-po-plural-form`: `one`, the
/// msgid with the form the catalog's Plural-Forms picks for n = 1, and `other`, the
/// msgid_plural with the form it picks for n = 5 (English `other`, Russian `many`: the
/// form a headline number most often takes). Keys follow gettext's MO convention: a
/// singular unit's key is msgctxt, U+0004, msgid (or msgid alone); a plural unit's is
/// that, U+0000 and msgid_plural. So every unit of a catalog has its own key, and the
/// units of two catalogs of one template (az and ru) share keys and can be merged.
///
/// ```
/// use korpu::formats::po::{parse_po, po_to_units, PoImport};
/// use korpu::locale::Locale;
/// let (catalog, _) = parse_po(
///     "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : \
///      n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n\
///      msgid \"%d article\"\nmsgid_plural \"%d articles\"\n\
///      msgstr[0] \"%d статья\"\nmsgstr[1] \"%d статьи\"\nmsgstr[2] \"%d статей\"\n",
/// );
/// let (en, ru) = (Locale::parse("en").unwrap(), Locale::parse("ru").unwrap());
/// let (units, _) = po_to_units(&catalog, &en, &ru, PoImport::default());
/// assert_eq!(units[0].variants["ru"].text, "%d статья");
/// assert_eq!(units[1].variants["ru"].text, "%d статей");
/// assert_eq!(units[1].key.as_deref(), Some("%d article\u{0}%d articles"));
/// ```
///
/// One unit per translated entry; untranslated forms, obsolete entries and (unless
/// `opts.include_fuzzy`) fuzzy entries are skipped. Translator comments become one note,
/// flags, references and extracted comments become props (`x-po-flag`,
/// `x-po-reference`, `x-po-extracted-comment`); `origin` is `import` and `memory`
/// `main`. Dates and author are left for the caller. Diagnostics report a catalog
/// whose Language differs from `target_lang` and plural entries that lack a form.
pub fn po_to_units(
    catalog: &PoCatalog,
    source_lang: &Locale,
    target_lang: &Locale,
    opts: PoImport,
) -> (Vec<TmUnit>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let header_line = catalog.header.line.max(1);
    if let Some(lang) = catalog.header.language() {
        let tag = language_to_tag(lang);
        if Locale::parse(&tag).map_or(true, |l| !l.matches(target_lang)) {
            diags.push(Diagnostic::warning(
                header_line,
                1,
                format!("the catalog's Language is {lang}, but it is imported as {target_lang}"),
            ));
        }
    }
    let forms = match catalog.header.get("Plural-Forms") {
        Some(v) => PluralForms::parse(v).unwrap_or_else(|e| {
            let fallback = plural_forms_for_language(target_lang.language());
            diags.push(Diagnostic::warning(
                header_line,
                1,
                format!("invalid Plural-Forms ({e}); \"{fallback}\" is used instead"),
            ));
            PluralForms::parse(fallback).unwrap_or_else(|_| PluralForms::germanic())
        }),
        None => PluralForms::germanic(),
    };
    let one = forms.index_for(1);
    let other = forms.index_for(PLURAL_EXAMPLE_N);
    let mut units = Vec::new();
    for e in &catalog.entries {
        if e.obsolete || e.msgid.is_empty() || (e.is_fuzzy() && !opts.include_fuzzy) {
            continue;
        }
        let key = e.key();
        let Some(plural) = &e.msgid_plural else {
            if let Some(target) = e.msgstr.first().filter(|s| !s.is_empty()) {
                units.push(unit(
                    e,
                    &e.msgid,
                    target,
                    key,
                    None,
                    source_lang,
                    target_lang,
                ));
            }
            continue;
        };
        for (index, source, form, unit_key) in [
            (one, &e.msgid, "one", key.clone()),
            (other, plural, "other", format!("{key}\u{0}{plural}")),
        ] {
            match e.msgstr.get(index) {
                Some(t) if !t.is_empty() => units.push(unit(
                    e,
                    source,
                    t,
                    unit_key,
                    Some(form),
                    source_lang,
                    target_lang,
                )),
                Some(_) => {}
                None => diags.push(Diagnostic::warning(
                    e.line,
                    1,
                    format!(
                        "the entry has no msgstr[{index}] for its \"{form}\" form; not imported"
                    ),
                )),
            }
        }
    }
    (units, diags)
}

fn unit(
    e: &PoEntry,
    source: &str,
    target: &str,
    key: String,
    form: Option<&str>,
    source_lang: &Locale,
    target_lang: &Locale,
) -> TmUnit {
    let mut props = Vec::new();
    if let Some(f) = form {
        props.push((PROP_PLURAL_FORM.to_string(), f.to_string()));
    }
    if e.is_fuzzy() {
        props.push((PROP_FUZZY.to_string(), "yes".to_string()));
    }
    for f in e.flags.iter().filter(|f| *f != "fuzzy") {
        props.push((PROP_FLAG.to_string(), f.clone()));
    }
    for r in &e.references {
        props.push((PROP_REFERENCE.to_string(), r.clone()));
    }
    if !e.extracted_comments.is_empty() {
        props.push((PROP_EXTRACTED.to_string(), e.extracted_comments.join("\n")));
    }
    let mut notes = Vec::new();
    if !e.translator_comments.is_empty() {
        notes.push(e.translator_comments.join("\n"));
    }
    let mut variants = BTreeMap::new();
    variants.insert(source_lang.tag().to_string(), TmVariant::plain(source));
    variants.insert(target_lang.tag().to_string(), TmVariant::plain(target));
    TmUnit {
        memory: "main".to_string(),
        variants,
        origin: "import".to_string(),
        props,
        notes,
        key: Some(key),
        ..TmUnit::default()
    }
}

/// A gettext `Language` value (`pt_BR`, `sr@latin`) as a BCP 47 tag (`pt-BR`,
/// `sr-Latn`).
fn language_to_tag(lang: &str) -> String {
    let (base, modifier) = lang.split_once('@').unwrap_or((lang, ""));
    let base = base.split('.').next().unwrap_or(base).replace('_', "-");
    match modifier {
        "latin" => format!("{base}-Latn"),
        "cyrillic" => format!("{base}-Cyrl"),
        _ => base,
    }
}

/// A locale as a gettext `Language` value: `en-US` → `en_US`, `az-Cyrl` → `az@cyrillic`.
fn tag_to_language(locale: &Locale) -> String {
    let id = locale.id();
    let mut s = locale.language().to_string();
    if let Some(region) = &id.region {
        s.push('_');
        s.push_str(region.as_str());
    }
    match locale.script() {
        Some("Cyrl") => s.push_str("@cyrillic"),
        Some("Latn") => s.push_str("@latin"),
        _ => {}
    }
    s
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

/// One translation waiting to become (part of) an entry.
struct Candidate<'a> {
    unit: &'a TmUnit,
    target: String,
}

#[derive(Default)]
struct Slot<'a> {
    /// Units for a singular entry, or the `one` half of a plural entry.
    singular: Vec<Candidate<'a>>,
    /// The `other` half of a plural entry: msgid_plural and its translation.
    plural: Option<(String, Candidate<'a>)>,
    /// Whether a unit in `singular` came from a plural entry's `one` form.
    has_one: bool,
}

/// Builds a catalog for `tm export --format po` from units that have both a
/// `source_lang` and a `target_lang` variant.
///
/// Entries are sorted by msgctxt and msgid (the same units give the same bytes). A
/// unit's key gives msgctxt and msgid when it has the gettext form `[msgctxt U+0004]
/// msgid` with msgid equal to the source text; otherwise msgid is the source text. The
/// `one` and `other` units of one plural entry become a plural entry again, with the
/// target's Plural-Forms: the form for n = 1 from the `one` unit and every other form
/// from the `other` unit; when the target has more than two forms the entry is marked
/// fuzzy with a comment, since those forms were copied rather than translated. Two
/// units with the same source and different translations cannot share a msgid: the
/// first (by translation text) keeps it, later ones get msgctxt `alternative 2`, … so
/// that nothing is dropped; identical pairs become one entry.
pub fn units_to_po(units: &[TmUnit], source_lang: &Locale, target_lang: &Locale) -> PoCatalog {
    let plural_value = plural_forms_for_language(target_lang.language());
    let forms = PluralForms::parse(plural_value).unwrap_or_else(|_| PluralForms::germanic());
    let mut slots: BTreeMap<(Option<String>, String), Slot> = BTreeMap::new();
    let mut latest = String::new();
    for u in units {
        let (Some(src), Some(tgt)) = (variant_for(u, source_lang), variant_for(u, target_lang))
        else {
            continue;
        };
        // A msgid cannot be empty (that is the header) or hold NUL.
        if src.text.is_empty() || tgt.text.is_empty() || src.text.contains('\0') {
            continue;
        }
        if u.changed > latest {
            latest.clone_from(&u.changed);
        }
        let form = u
            .props
            .iter()
            .find(|(k, _)| k == PROP_PLURAL_FORM)
            .map(|(_, v)| v.as_str());
        let cand = Candidate {
            unit: u,
            target: tgt.text.replace('\0', ""),
        };
        let key = u.key.as_deref().unwrap_or("");
        let (head, plural) = match key.split_once('\0') {
            Some((h, p)) => (h, Some(p)),
            None => (key, None),
        };
        let (ctxt, id) = match head.split_once('\u{4}') {
            Some((c, i)) => (Some(c.to_string()), i),
            None => (None, head),
        };
        match plural {
            Some(p) if p == src.text && form == Some("other") && !id.is_empty() => {
                let slot = slots.entry((ctxt, id.to_string())).or_default();
                if slot.plural.is_none() {
                    slot.plural = Some((p.to_string(), cand));
                } else {
                    // A second `other` for the same entry: keep it as its own entry.
                    slots
                        .entry((None, src.text.clone()))
                        .or_default()
                        .singular
                        .push(Candidate {
                            unit: u,
                            target: tgt.text.clone(),
                        });
                }
            }
            None if id == src.text => {
                let slot = slots.entry((ctxt, id.to_string())).or_default();
                slot.has_one |= form == Some("one");
                slot.singular.push(cand);
            }
            _ => slots
                .entry((None, src.text.clone()))
                .or_default()
                .singular
                .push(cand),
        }
    }
    let taken: BTreeSet<(Option<String>, String)> = slots.keys().cloned().collect();
    let mut used = taken.clone();
    let mut entries = Vec::new();
    let mut orphans = Vec::new();
    for ((ctxt, id), mut slot) in slots {
        slot.singular
            .sort_by(|a, b| (&a.target, a.unit.id).cmp(&(&b.target, b.unit.id)));
        slot.singular.dedup_by(|a, b| a.target == b.target);
        let mut plural_made = false;
        if let Some((plural, other)) = slot.plural.take() {
            let one_at = slot.singular.iter().position(|c| {
                c.unit
                    .props
                    .iter()
                    .any(|(k, v)| k == PROP_PLURAL_FORM && v == "one")
            });
            if let Some(at) = one_at.filter(|_| slot.has_one) {
                let one = slot.singular.remove(at);
                entries.push(plural_entry(&ctxt, &id, &plural, &one, &other, &forms));
                plural_made = true;
            } else {
                // The singular half is missing: the plural text stands alone.
                orphans.push((ctxt.clone(), plural, other));
            }
        }
        for (k, cand) in slot.singular.iter().enumerate() {
            let ctxt = if k == 0 && !plural_made {
                ctxt.clone()
            } else {
                alternative(&ctxt, &id, &mut used)
            };
            entries.push(singular_entry(ctxt, &id, cand));
        }
    }
    for (ctxt, id, cand) in orphans {
        let key = (ctxt.clone(), id.clone());
        let ctxt = if used.contains(&key) {
            alternative(&ctxt, &id, &mut used)
        } else {
            used.insert(key);
            ctxt
        };
        entries.push(singular_entry(ctxt, &id, &cand));
    }
    entries.sort_by(|a, b| (&a.msgctxt, &a.msgid).cmp(&(&b.msgctxt, &b.msgid)));
    let mut header = PoHeader::default();
    header.set("Project-Id-Version", "korpu");
    if let Some(date) = po_date(&latest) {
        header.set("PO-Revision-Date", date);
    }
    header.set("MIME-Version", "1.0");
    header.set("Content-Type", "text/plain; charset=UTF-8");
    header.set("Content-Transfer-Encoding", "8bit");
    header.set("Language", tag_to_language(target_lang));
    header.set("Plural-Forms", plural_value);
    header.set("X-Generator", "korpu");
    PoCatalog { header, entries }
}

/// A context not used yet for `id`: `alternative 2`, `alternative 3`, … (after the
/// original context, when there is one).
fn alternative(
    ctxt: &Option<String>,
    id: &str,
    used: &mut BTreeSet<(Option<String>, String)>,
) -> Option<String> {
    let mut k = 2;
    loop {
        let c = match ctxt {
            Some(c) => format!("{c} (alternative {k})"),
            None => format!("alternative {k}"),
        };
        let key = (Some(c.clone()), id.to_string());
        if !used.contains(&key) {
            used.insert(key);
            return Some(c);
        }
        k += 1;
    }
}

/// Fills an entry's comments and flags from a unit's notes and props.
fn metadata(e: &mut PoEntry, u: &TmUnit) {
    for note in &u.notes {
        e.translator_comments
            .extend(note.split('\n').map(String::from));
    }
    for (k, v) in &u.props {
        match k.as_str() {
            PROP_FLAG => e.flags.push(v.clone()),
            PROP_FUZZY if v == "yes" => e.flags.insert(0, "fuzzy".to_string()),
            PROP_REFERENCE => e.references.push(v.clone()),
            PROP_EXTRACTED => e.extracted_comments.extend(v.split('\n').map(String::from)),
            _ => {}
        }
    }
}

fn singular_entry(ctxt: Option<String>, id: &str, cand: &Candidate) -> PoEntry {
    let mut e = PoEntry {
        msgctxt: ctxt,
        msgid: id.to_string(),
        msgstr: vec![cand.target.clone()],
        ..PoEntry::default()
    };
    metadata(&mut e, cand.unit);
    e
}

fn plural_entry(
    ctxt: &Option<String>,
    id: &str,
    plural: &str,
    one: &Candidate,
    other: &Candidate,
    forms: &PluralForms,
) -> PoEntry {
    let one_index = forms.index_for(1);
    let other_index = forms.index_for(PLURAL_EXAMPLE_N);
    let msgstr = (0..forms.nplurals)
        .map(|i| {
            if i == one_index {
                one.target.clone()
            } else {
                other.target.clone()
            }
        })
        .collect();
    let mut e = PoEntry {
        msgctxt: ctxt.clone(),
        msgid: id.to_string(),
        msgid_plural: Some(plural.to_string()),
        msgstr,
        ..PoEntry::default()
    };
    metadata(&mut e, one.unit);
    let guessed: Vec<String> = (0..forms.nplurals)
        .filter(|i| *i != one_index && *i != other_index)
        .map(|i| match forms.example_for(i) {
            Some(n) => format!("msgstr[{i}] (n = {n})"),
            None => format!("msgstr[{i}]"),
        })
        .collect();
    if !guessed.is_empty() {
        if !e.is_fuzzy() {
            e.flags.insert(0, "fuzzy".to_string());
        }
        e.extracted_comments.push(format!(
            "korpu: {} copied from the form for n = {PLURAL_EXAMPLE_N}; check it",
            guessed.join(", ")
        ));
    }
    e
}

/// An RFC 3339 UTC time (`2026-03-09T06:49:00Z`) as a PO date (`2026-03-09 06:49+0000`).
fn po_date(rfc3339: &str) -> Option<String> {
    let date = rfc3339.get(..10)?;
    let time = rfc3339.get(11..16)?;
    let ok = rfc3339.as_bytes().get(10) == Some(&b'T')
        && date.bytes().filter(u8::is_ascii_digit).count() == 8
        && time.bytes().filter(u8::is_ascii_digit).count() == 4;
    ok.then(|| format!("{date} {time}+0000"))
}
