//! Checks on labels: every locale's against the reference locale's, and each on its
//! own (references, plural variants, gettext forms).

use std::collections::{BTreeMap, BTreeSet};

use super::common::{
    join_and, kept_names, looks_untranslatable, placeholder_counts, placeholders, quoted_list,
    surplus, Placeholder, PlaceholderKind,
};
use super::fluent::{entry_facts, EntryFacts, PartFacts};
use super::{Finding, Kind, Location};
use crate::formats::ftl::parse_entry;
use crate::formats::po::{parse_po, plural_forms_for_language, PluralForms, PoEntry};
use crate::locale::{Locale, Plural};
use crate::model::{Label, LabelFormat};

/// Where a label was read from, when it came from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePos {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line of the entry.
    pub line: usize,
}

/// One label to check.
#[derive(Debug, Clone)]
pub struct LabelInput {
    /// The label.
    pub label: Label,
    /// Where it was read from, if from a file.
    pub pos: Option<SourcePos>,
}

/// The labels to check and how.
#[derive(Debug, Clone, Default)]
pub struct LabelSet {
    /// Every label of every locale (the reference's included: they are what the others
    /// are compared with).
    pub labels: Vec<LabelInput>,
    /// The reference locale's tag as the labels carry it (`en-US`).
    pub reference: String,
    /// Check only these locales; `None` checks every locale, the reference included
    /// (which gets the checks that need no reference).
    pub targets: Option<BTreeSet<String>>,
    /// `nplurals` of each gettext resource per locale, from its `Plural-Forms` header
    /// (`(resource, lang)`); a resource without one uses its language's usual rule.
    pub po_nplurals: BTreeMap<(String, String), usize>,
    /// Whether the labels are a whole catalog (a store): a reference to a term or a
    /// message defined nowhere is then an error. When only some files are checked it
    /// may be defined in another file, and is a warning.
    pub complete: bool,
}

/// A map keyed by `(resource, lang, id)` that can be read with keys of any lifetime.
struct ByKey<'a, V>(BTreeMap<&'a str, BTreeMap<&'a str, BTreeMap<&'a str, V>>>);

impl<'a, V> ByKey<'a, V> {
    fn new() -> Self {
        ByKey(BTreeMap::new())
    }

    fn insert(&mut self, (r, l, i): (&'a str, &'a str, &'a str), v: V) {
        self.0
            .entry(r)
            .or_default()
            .entry(l)
            .or_default()
            .insert(i, v);
    }

    fn get(&self, (r, l, i): (&str, &str, &str)) -> Option<&V> {
        self.0.get(r)?.get(l)?.get(i)
    }

    fn contains_key(&self, key: (&str, &str, &str)) -> bool {
        self.get(key).is_some()
    }
}

/// Labels read and indexed once.
struct Index<'a> {
    set: &'a LabelSet,
    /// `(resource, lang, id)` → label.
    by_key: ByKey<'a, &'a LabelInput>,
    /// Parsed Fluent entries, by `(resource, lang, id)`.
    ftl: ByKey<'a, EntryFacts>,
    /// Fluent ids defined per locale (messages and `-terms`), each with the first
    /// resource (in resource order) that defines it.
    defined: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
    /// Resources the reference locale has.
    reference_resources: BTreeSet<&'a str>,
    /// Plural rules of each locale whose tag parses.
    plurals: BTreeMap<&'a str, PluralInfo>,
}

impl<'a> Index<'a> {
    fn new(set: &'a LabelSet, findings: &mut Vec<Finding>) -> Index<'a> {
        let mut by_key = ByKey::new();
        let mut ftl = ByKey::new();
        let mut defined: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
        for input in &set.labels {
            let l = &input.label;
            let key = (l.resource.as_str(), l.lang.as_str(), l.id.as_str());
            by_key.insert(key, input);
            if l.format != LabelFormat::Ftl {
                continue;
            }
            match parse_entry(&l.source) {
                Ok(entry) => {
                    ftl.insert(key, entry_facts(&entry, &l.lang));
                    let ids = defined.entry(l.lang.as_str()).or_default();
                    let first = ids.entry(l.id.as_str()).or_insert(l.resource.as_str());
                    if l.resource.as_str() < *first {
                        *first = l.resource.as_str();
                    }
                }
                Err(e) => findings.push(Finding::error(
                    Kind::Unparsable,
                    location(input, None),
                    format!("the stored entry does not parse: {e}"),
                )),
            }
        }
        let reference_resources = set
            .labels
            .iter()
            .filter(|l| l.label.lang == set.reference)
            .map(|l| l.label.resource.as_str())
            .collect();
        let mut plurals = BTreeMap::new();
        for l in &set.labels {
            let tag = l.label.lang.as_str();
            if !plurals.contains_key(tag) {
                if let Ok(locale) = Locale::parse(tag) {
                    plurals.insert(tag, PluralInfo::new(locale));
                }
            }
        }
        Index {
            set,
            by_key,
            ftl,
            defined,
            reference_resources,
            plurals,
        }
    }

    fn in_scope(&self, lang: &str) -> bool {
        self.set.targets.as_ref().is_none_or(|t| t.contains(lang))
    }

    fn is_defined(&self, lang: &str, id: &str) -> bool {
        self.defined
            .get(lang)
            .is_some_and(|ids| ids.contains_key(id))
    }

    /// A message's facts in `lang`, from its own resource when it has one there, else
    /// from the first resource defining it.
    fn message(&self, lang: &str, id: &str, resource: &str) -> Option<&EntryFacts> {
        self.ftl.get((resource, lang, id)).or_else(|| {
            let first = self.defined.get(lang)?.get(id)?;
            self.ftl.get((first, lang, id))
        })
    }

    /// The variables a part uses, those of the messages it references included (a
    /// referenced message is formatted with the same arguments). A referenced message
    /// the locale lacks is read from the reference, as the runtime falls back to it.
    fn variables(&self, lang: &str, resource: &str, part: &PartFacts) -> BTreeSet<String> {
        let mut out = part.variables.clone();
        let mut seen = BTreeSet::new();
        let mut queue: Vec<(String, Option<String>)> = part.messages.iter().cloned().collect();
        while let Some((id, attribute)) = queue.pop() {
            if !seen.insert((id.clone(), attribute.clone())) {
                continue;
            }
            let found = self
                .message(lang, &id, resource)
                .or_else(|| self.message(&self.set.reference, &id, resource));
            if let Some(p) = found.and_then(|f| f.part(attribute.as_deref())) {
                out.extend(p.variables.iter().cloned());
                queue.extend(p.messages.iter().cloned());
            }
        }
        out
    }
}

/// A label's location, with its file and line when it came from a file.
fn location(input: &LabelInput, attribute: Option<&str>) -> Location {
    let l = &input.label;
    Location {
        file: input.pos.as_ref().map(|p| p.file.clone()),
        line: input.pos.as_ref().map(|p| p.line),
        column: input.pos.as_ref().map(|_| 1),
        resource: Some(l.resource.clone()),
        id: Some(l.id.clone()),
        attribute: attribute.map(str::to_string),
        lang: Some(l.lang.clone()),
        ..Location::default()
    }
}

fn part_name(attribute: Option<&str>) -> String {
    attribute.map_or_else(|| "the value".to_string(), |a| format!("attribute .{a}"))
}

/// Attributes whose text is a key or a style, not prose: they may stay the same.
fn is_key_attribute(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.ends_with("key") || n == "style" || n.ends_with("width") || n.ends_with("height")
}

/// Checks a set of labels; see the module documentation of [`crate::qa`].
pub fn check_labels(set: &LabelSet) -> Vec<Finding> {
    let mut findings = Vec::new();
    let index = Index::new(set, &mut findings);
    let reference = set.reference.as_str();
    let mut langs: BTreeSet<&str> = set.labels.iter().map(|l| l.label.lang.as_str()).collect();
    langs.retain(|l| index.in_scope(l));
    let names = names_per_locale(&index);
    let empty = BTreeSet::new();
    for input in &set.labels {
        let lang = input.label.lang.as_str();
        if !index.in_scope(lang) {
            continue;
        }
        let names = names.get(lang).unwrap_or(&empty);
        match input.label.format {
            LabelFormat::Ftl => check_ftl(&index, input, names, &mut findings),
            LabelFormat::Po => check_po(set, input, names, &mut findings),
            LabelFormat::Json => check_json(&index, input, names, &mut findings),
        }
    }
    for lang in langs.into_iter().filter(|l| *l != reference) {
        untranslated(&index, lang, &mut findings);
    }
    findings
}

/// Per locale, the capitalised words its translations keep as they are.
fn names_per_locale(index: &Index<'_>) -> BTreeMap<String, BTreeSet<String>> {
    let reference = index.set.reference.as_str();
    let mut pairs: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    for input in &index.set.labels {
        let l = &input.label;
        let key = (l.resource.as_str(), l.lang.as_str(), l.id.as_str());
        let out = pairs.entry(l.lang.as_str()).or_default();
        match l.format {
            LabelFormat::Ftl => {
                let (Some(mine), Some(theirs)) =
                    (index.ftl.get(key), index.ftl.get((key.0, reference, key.2)))
                else {
                    continue;
                };
                for (attribute, part) in mine.parts() {
                    if let Some(r) = theirs.part(attribute) {
                        out.push((r.text.clone(), part.text.clone()));
                    }
                }
            }
            LabelFormat::Json => {
                if let Some(r) = index.by_key.get((key.0, reference, key.2)) {
                    out.push((r.label.source.clone(), l.source.clone()));
                }
            }
            LabelFormat::Po => {
                if let Some(e) = parse_po(&l.source).0.entries.first() {
                    if let Some(s) = e.msgstr.first() {
                        out.push((e.msgid.clone(), s.clone()));
                    }
                }
            }
        }
    }
    pairs
        .into_iter()
        .map(|(lang, p)| {
            let names = kept_names(
                p.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                reference,
                lang,
            );
            (lang.to_string(), names)
        })
        .collect()
}

fn check_ftl(
    index: &Index<'_>,
    input: &LabelInput,
    names: &BTreeSet<String>,
    findings: &mut Vec<Finding>,
) {
    let l = &input.label;
    let reference = index.set.reference.as_str();
    let key = (l.resource.as_str(), l.lang.as_str(), l.id.as_str());
    let Some(facts) = index.ftl.get(key) else {
        return; // reported as unparsable
    };
    let theirs = if l.lang == reference {
        None
    } else {
        let found = index.ftl.get((key.0, reference, key.2));
        if found.is_none() && index.reference_resources.contains(key.0) {
            findings.push(Finding::warning(
                Kind::Obsolete,
                location(input, None),
                format!(
                    "\"{}\" is not in the reference locale {reference} ({}): the application no longer uses it",
                    l.id, l.resource
                ),
            ));
        }
        found
    };
    let plural = index.plurals.get(l.lang.as_str());
    for (attribute, part) in facts.parts() {
        let at = || location(input, attribute);
        references(index, input, attribute, part, findings);
        let reference_part = theirs.and_then(|t| t.part(attribute));
        if let Some(info) = plural {
            plurals(info, at(), part, reference_part, findings);
        }
        let Some(rp) = reference_part else {
            continue;
        };
        if !facts.is_term {
            let mine = index.variables(&l.lang, &l.resource, part);
            let ref_vars = index.variables(reference, &l.resource, rp);
            let added: Vec<String> = mine
                .difference(&ref_vars)
                .map(|v| format!("${v}"))
                .collect();
            if !added.is_empty() {
                findings.push(Finding::error(
                    Kind::VariableAdded,
                    at(),
                    format!(
                        "{} uses {}, which the {reference} message does not: the application passes no such variable, and readers see {}",
                        part_name(attribute),
                        join_and(&added),
                        added.iter().map(|v| format!("{{{v}}}")).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            let missing: Vec<String> = ref_vars
                .difference(&mine)
                .map(|v| format!("${v}"))
                .collect();
            if !missing.is_empty() {
                findings.push(Finding::warning(
                    Kind::VariableMissing,
                    at(),
                    format!(
                        "{} does not use {}, which the {reference} message uses",
                        part_name(attribute),
                        join_and(&missing)
                    ),
                ));
            }
        }
        compare_placeholders(&rp.tags, &part.tags, reference, at, findings);
        // Terms are brand and product names by convention: the same in every locale.
        if part.text == rp.text
            && !facts.is_term
            && !attribute.is_some_and(is_key_attribute)
            && !looks_untranslatable(&part.text, &l.lang, names)
        {
            findings.push(Finding::warning(
                Kind::Identical,
                at(),
                format!(
                    "{} is identical to the {reference} text: \"{}\"",
                    part_name(attribute),
                    one_line(&part.text)
                ),
            ));
        }
    }
    if let Some(theirs) = theirs {
        for (attribute, _) in theirs.parts() {
            if facts.part(attribute).is_none() {
                findings.push(Finding::error(
                    Kind::AttributeMissing,
                    location(input, attribute),
                    format!(
                        "{} is missing: the {reference} message has it, and the application shows nothing in its place",
                        part_name(attribute)
                    ),
                ));
            }
        }
        for (attribute, _) in facts.parts() {
            if theirs.part(attribute).is_none() {
                findings.push(Finding::warning(
                    Kind::AttributeAdded,
                    location(input, attribute),
                    format!(
                        "{} is not in the {reference} message: the application does not use it",
                        part_name(attribute)
                    ),
                ));
            }
        }
    }
}

/// Term and message references that resolve nowhere, or only in the reference.
fn references(
    index: &Index<'_>,
    input: &LabelInput,
    attribute: Option<&str>,
    part: &PartFacts,
    findings: &mut Vec<Finding>,
) {
    let lang = input.label.lang.as_str();
    let reference = index.set.reference.as_str();
    let wanted = part
        .terms
        .iter()
        .map(|t| (t.as_str(), true))
        .chain(part.messages.iter().map(|(m, _)| (m.as_str(), false)));
    for (id, is_term) in wanted {
        if index.is_defined(lang, id) {
            continue;
        }
        let what = if is_term { "term" } else { "message" };
        let at = location(input, attribute);
        if lang != reference && index.is_defined(reference, id) {
            findings.push(Finding::warning(
                if is_term {
                    Kind::TermFallback
                } else {
                    Kind::MessageFallback
                },
                at,
                format!(
                    "{} references {what} \"{id}\", which no {lang} resource defines: readers get the {reference} text",
                    part_name(attribute)
                ),
            ));
            continue;
        }
        let kind = if is_term {
            Kind::UnknownTerm
        } else {
            Kind::UnknownMessage
        };
        let message = format!(
            "{} references {what} \"{id}\", which is defined in no {lang}{} resource",
            part_name(attribute),
            if lang == reference {
                String::new()
            } else {
                format!(" or {reference}")
            }
        );
        if index.set.complete {
            findings.push(Finding::error(kind, at, message));
        } else {
            findings.push(Finding::warning(
                kind,
                at,
                format!("{message} among the files checked"),
            ));
        }
    }
}

/// A locale's plural categories and the whole numbers each one takes.
pub(crate) struct PluralInfo {
    locale: Locale,
    categories: Vec<Plural>,
    /// Integers from 0 to 200 by category; a category with none (ru `other`) is only
    /// reached by fractions.
    integers: BTreeMap<Plural, BTreeSet<u64>>,
}

impl PluralInfo {
    pub(crate) fn new(locale: Locale) -> PluralInfo {
        let mut integers: BTreeMap<Plural, BTreeSet<u64>> = BTreeMap::new();
        for n in 0..=200u64 {
            integers
                .entry(locale.plural_of(&n.to_string()))
                .or_default()
                .insert(n);
        }
        PluralInfo {
            categories: locale.plural_categories(),
            locale,
            integers,
        }
    }

    /// Whether the keys of a select give category `c` its own variant: by its name,
    /// or by numeric keys for every whole number it takes (`[1]` is en's and az's
    /// `one`, but not ru's, which also takes 21).
    fn covers(&self, keys: &BTreeSet<String>, c: Plural) -> bool {
        keys.contains(c.as_str())
            || self.integers.get(&c).is_some_and(|ns| {
                !ns.is_empty() && ns.len() < 150 && ns.iter().all(|n| keys.contains(&n.to_string()))
            })
    }

    fn takes_integers(&self, c: Plural) -> bool {
        self.integers.get(&c).is_some_and(|ns| !ns.is_empty())
    }

    fn names(&self) -> String {
        self.categories
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Selects of plural forms (with `one`, `few`, … among their keys, or on a variable
/// the reference selects plural forms of) must have a variant for each of the
/// locale's plural categories: one that whole numbers take is an error, one only fractions take (ru
/// `other`) a warning, since the default variant then shows (`1,5 паролей`). A part
/// whose reference selects plural forms of a variable must select on it too when the locale has
/// more than one form besides `other` (`5 вкладок` but `2 вкладки`).
fn plurals(
    info: &PluralInfo,
    at: Location,
    part: &PartFacts,
    reference: Option<&PartFacts>,
    findings: &mut Vec<Finding>,
) {
    let tag = info.locale.tag();
    let numeric_in_reference: BTreeSet<&str> = reference
        .into_iter()
        .flat_map(|r| r.selects.iter())
        .filter(|s| s.plural)
        .filter_map(|s| s.variable.as_deref())
        .collect();
    let mut reported = BTreeSet::new();
    for s in &part.selects {
        let numeric = s.plural
            || s.variable
                .as_deref()
                .is_some_and(|v| numeric_in_reference.contains(v));
        if !numeric || !reported.insert(s.selector.clone()) {
            continue;
        }
        let missing: Vec<Plural> = info
            .categories
            .iter()
            .copied()
            .filter(|c| !info.covers(&s.keys, *c))
            .collect();
        let (whole, fractions): (Vec<Plural>, Vec<Plural>) =
            missing.into_iter().partition(|c| info.takes_integers(*c));
        let list = |cs: &[Plural]| {
            join_and(
                &cs.iter()
                    .map(|c| format!("[{}]", c.as_str()))
                    .collect::<Vec<_>>(),
            )
        };
        if !whole.is_empty() {
            findings.push(Finding::error(
                Kind::PluralMissing,
                at.clone(),
                format!(
                    "the select on {} has no {} variant: {tag} needs {}",
                    s.selector,
                    list(&whole),
                    info.names()
                ),
            ));
        }
        if !fractions.is_empty() {
            findings.push(Finding::warning(
                Kind::PluralMissing,
                at.clone(),
                format!(
                    "the select on {} has no {} variant, which {tag} uses for fractions (1,5); the default variant shows instead",
                    s.selector,
                    list(&fractions)
                ),
            ));
        }
    }
    let forms = info
        .categories
        .iter()
        .filter(|c| **c != Plural::Other)
        .count();
    if forms < 2 {
        // One form and `other` (en, az): a translation may well read the same for
        // every number (Azerbaijani nouns stay singular after a numeral).
        return;
    }
    for v in numeric_in_reference {
        if !part
            .selects
            .iter()
            .any(|s| s.variable.as_deref() == Some(v))
        {
            findings.push(Finding::error(
                Kind::PluralMissing,
                at.clone(),
                format!(
                    "the reference selects on ${v} by number, this translation does not: {tag} needs variants for {}",
                    info.names()
                ),
            ));
        }
    }
}

fn compare_placeholders(
    source: &[Placeholder],
    target: &[Placeholder],
    reference: &str,
    at: impl Fn() -> Location,
    findings: &mut Vec<Finding>,
) {
    let s = placeholder_counts(source);
    let t = placeholder_counts(target);
    let lost = surplus(&s, &t);
    if !lost.is_empty() {
        findings.push(Finding::error(
            Kind::PlaceholderMissing,
            at(),
            format!(
                "{} of the {reference} text {} missing",
                quoted_list(&lost),
                if lost.len() == 1 && lost[0].1 == 1 {
                    "is"
                } else {
                    "are"
                }
            ),
        ));
    }
    let added = surplus(&t, &s);
    if !added.is_empty() {
        findings.push(Finding::error(
            Kind::PlaceholderAdded,
            at(),
            format!(
                "{} {} not in the {reference} text",
                quoted_list(&added),
                if added.len() == 1 && added[0].1 == 1 {
                    "is"
                } else {
                    "are"
                }
            ),
        ));
    }
}

/// The placeholders a catalog string must carry over: tags, printf directives and
/// brace placeables (not URLs, which a locale may point elsewhere).
fn format_placeholders(text: &str, lang: &str) -> Vec<Placeholder> {
    placeholders(text, lang)
        .into_iter()
        .filter(|p| {
            matches!(
                p.kind,
                PlaceholderKind::Tag | PlaceholderKind::Printf | PlaceholderKind::Brace
            )
        })
        .collect()
}

fn check_json(
    index: &Index<'_>,
    input: &LabelInput,
    names: &BTreeSet<String>,
    findings: &mut Vec<Finding>,
) {
    let l = &input.label;
    let reference = index.set.reference.as_str();
    if l.lang == reference {
        return;
    }
    let Some(theirs) = index
        .by_key
        .get((l.resource.as_str(), reference, l.id.as_str()))
    else {
        if !index.reference_resources.contains(l.resource.as_str()) {
            return;
        }
        findings.push(Finding::warning(
            Kind::Obsolete,
            location(input, None),
            format!(
                "\"{}\" is not in the reference locale {reference} ({})",
                l.id, l.resource
            ),
        ));
        return;
    };
    compare_placeholders(
        &format_placeholders(&theirs.label.source, reference),
        &format_placeholders(&l.source, &l.lang),
        reference,
        || location(input, None),
        findings,
    );
    if l.source == theirs.label.source && !looks_untranslatable(&l.source, &l.lang, names) {
        findings.push(Finding::warning(
            Kind::Identical,
            location(input, None),
            format!(
                "identical to the {reference} text: \"{}\"",
                one_line(&l.source)
            ),
        ));
    }
}

fn check_po(
    set: &LabelSet,
    input: &LabelInput,
    names: &BTreeSet<String>,
    findings: &mut Vec<Finding>,
) {
    let l = &input.label;
    let (catalog, _) = parse_po(&l.source);
    let Some(entry) = catalog.entries.first() else {
        findings.push(Finding::error(
            Kind::Unparsable,
            location(input, None),
            "the stored entry is not a PO entry",
        ));
        return;
    };
    if !entry.is_translated() {
        return; // counted as untranslated
    }
    let at = || location(input, None);
    if let Some(plural) = &entry.msgid_plural {
        let nplurals = set
            .po_nplurals
            .get(&(l.resource.clone(), l.lang.clone()))
            .copied()
            .or_else(|| {
                let lang = Locale::parse(&l.lang).ok()?;
                PluralForms::parse(plural_forms_for_language(lang.language()))
                    .ok()
                    .map(|p| p.nplurals)
            })
            .unwrap_or(2);
        if entry.msgstr.len() < nplurals {
            findings.push(Finding::error(
                Kind::PluralMissing,
                at(),
                format!(
                    "has {} of the {nplurals} plural forms its catalog declares (nplurals={nplurals}); msgstr[{}] is missing",
                    entry.msgstr.len(),
                    entry.msgstr.len()
                ),
            ));
        }
        po_placeholders(entry, Some(plural), &l.lang, at, findings);
    } else {
        po_placeholders(entry, None, &l.lang, at, findings);
        let s = &entry.msgstr[0];
        if *s == entry.msgid && l.lang != set.reference && !looks_untranslatable(s, &l.lang, names)
        {
            findings.push(Finding::warning(
                Kind::Identical,
                at(),
                format!("msgstr is identical to msgid: \"{}\"", one_line(s)),
            ));
        }
    }
}

/// Placeholders of msgid (and msgid_plural) against every msgstr form. A plural form
/// may leave out a placeholder (the Russian form for 1 often spells the number out);
/// one that no form has is lost.
fn po_placeholders(
    entry: &PoEntry,
    plural: Option<&String>,
    lang: &str,
    at: impl Fn() -> Location,
    findings: &mut Vec<Finding>,
) {
    let mut source = format_placeholders(&entry.msgid, "en");
    if let Some(p) = plural {
        source.extend(format_placeholders(p, "en"));
    }
    let source_counts = placeholder_counts(&source);
    let forms: Vec<Vec<Placeholder>> = entry
        .msgstr
        .iter()
        .map(|s| format_placeholders(s, lang))
        .collect();
    let name = |i: usize| {
        if plural.is_some() {
            format!("msgstr[{i}]")
        } else {
            "msgstr".to_string()
        }
    };
    for (i, form) in forms.iter().enumerate() {
        let counts = placeholder_counts(form);
        let added: Vec<(String, usize)> = if plural.is_some() {
            // Against the union of both msgids: each placeholder once is enough.
            counts
                .iter()
                .filter(|(k, _)| !source_counts.contains_key(*k))
                .map(|(_, seen)| (seen.text.to_string(), seen.count))
                .collect()
        } else {
            surplus(&counts, &source_counts)
        };
        if !added.is_empty() {
            findings.push(Finding::error(
                Kind::PlaceholderAdded,
                at(),
                format!(
                    "{} has {}, which msgid does not: the program does not fill {}",
                    name(i),
                    quoted_list(&added),
                    if added.len() == 1 { "it" } else { "them" }
                ),
            ));
        }
        if plural.is_none() {
            let lost = surplus(&source_counts, &counts);
            if !lost.is_empty() {
                findings.push(Finding::error(
                    Kind::PlaceholderMissing,
                    at(),
                    format!("{} lacks {} of msgid", name(i), quoted_list(&lost)),
                ));
            }
        }
    }
    if plural.is_some() {
        let lost: Vec<(String, usize)> = source_counts
            .iter()
            .filter(|(k, _)| !forms.iter().any(|f| f.iter().any(|p| &p.key == *k)))
            .map(|(_, seen)| (seen.text.to_string(), 1))
            .collect();
        if !lost.is_empty() {
            findings.push(Finding::error(
                Kind::PlaceholderMissing,
                at(),
                format!("no msgstr form has {} of msgid", quoted_list(&lost)),
            ));
        }
    }
}

/// One finding per resource and locale: how many of the reference's labels the
/// locale lacks (or, for gettext, leaves empty or fuzzy), with the first few ids.
fn untranslated(index: &Index<'_>, lang: &str, findings: &mut Vec<Finding>) {
    let reference = index.set.reference.as_str();
    let mut per_resource: BTreeMap<&str, (usize, Vec<&str>)> = BTreeMap::new();
    for input in &index.set.labels {
        let l = &input.label;
        let (total, missing) = per_resource.entry(l.resource.as_str()).or_default();
        match l.format {
            LabelFormat::Po if l.lang == lang => {
                *total += 1;
                let translated = parse_po(&l.source)
                    .0
                    .entries
                    .first()
                    .is_some_and(PoEntry::is_translated);
                if !translated {
                    missing.push(l.id.as_str());
                }
            }
            LabelFormat::Ftl | LabelFormat::Json if l.lang == reference => {
                *total += 1;
                if !index
                    .by_key
                    .contains_key((l.resource.as_str(), lang, l.id.as_str()))
                {
                    missing.push(l.id.as_str());
                }
            }
            _ => {}
        }
    }
    for (resource, (total, missing)) in per_resource {
        if missing.is_empty() {
            continue;
        }
        let shown: Vec<String> = missing
            .iter()
            .take(5)
            .map(|id| format!("\"{}\"", id.replace('\u{4}', "|")))
            .collect();
        findings.push(Finding::warning(
            Kind::Untranslated,
            Location {
                resource: Some(resource.to_string()),
                lang: Some(lang.to_string()),
                ..Location::default()
            },
            format!(
                "{} of {total} labels untranslated in {lang}: {}{}",
                missing.len(),
                shown.join(", "),
                if missing.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            ),
        ));
    }
}

fn one_line(s: &str) -> String {
    let mut out: String = s.replace('\n', "⏎");
    if out.chars().count() > 80 {
        out = out.chars().take(79).collect();
        out.push('…');
    }
    out
}
