//! `korpu label …`: import, set, list, show and format labels.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{author, input, parse_locale, Ctx};
use crate::formats::{ftl, Diagnostic, Severity};
use crate::labels::{self, Stamp};
use crate::locale::Locale;
use crate::model::{now_rfc3339, Label, LabelFormat};
use crate::store::{LabelFilter, ResourceImport, Store};

/// The label commands.
#[derive(Debug, Subcommand)]
pub enum LabelCommand {
    /// Import .ftl, .po and .json files, or trees laid out as `{locale}/**/*.ftl`.
    Import(ImportArgs),
    /// Set a label's value in a locale (a Fluent pattern for Fluent labels).
    Set(SetArgs),
    /// List labels, or with --missing those a locale lacks.
    List(ListArgs),
    /// Show a label in every locale.
    Show(ShowArgs),
    /// Print a message as a reader of a locale sees it.
    Format(FormatArgs),
    /// Show or set the reference locale that the others are checked against.
    Reference(ReferenceArgs),
}

/// `korpu label import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files or folders. In a folder, the first path component that is a locale tag
    /// names the locale, and the rest is the resource (`en-US/browser/browser.ftl`).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The locale of files whose path names none; with a tree, import only this
    /// locale's files.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Import the good entries of a file that has bad ones (each is reported).
    #[arg(long)]
    pub keep_going: bool,
    /// Who the labels are recorded as written by (default: import).
    #[arg(long)]
    pub author: Option<String>,
}

/// `korpu label set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The label id (`-term` for a Fluent term).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// The locale.
    #[arg(long, value_name = "L")]
    pub lang: String,
    /// The value: a Fluent pattern (`Hello, { $name }!`); for a PO or JSON label, the
    /// text as is.
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// The resource the label belongs to, when the id is in several (or new).
    #[arg(long, value_name = "PATH")]
    pub resource: Option<String>,
    /// Set this attribute of the message instead of its value.
    #[arg(long, value_name = "NAME")]
    pub attribute: Option<String>,
    /// Who the change is recorded as (default: $KORPU_AUTHOR, else the login name).
    #[arg(long)]
    pub author: Option<String>,
}

/// `korpu label list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this locale.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Only this resource.
    #[arg(long, value_name = "PATH")]
    pub resource: Option<String>,
    /// The labels of the reference locale that the locale lacks or has untranslated.
    #[arg(long)]
    pub missing: bool,
}

/// `korpu label show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The label id.
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// Only this resource.
    #[arg(long, value_name = "PATH")]
    pub resource: Option<String>,
}

/// `korpu label format`.
#[derive(Debug, Args)]
pub struct FormatArgs {
    /// The message id (or `-term`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// The reader's locale.
    #[arg(long, value_name = "L")]
    pub lang: String,
    /// A variable: `--arg count=5` (numbers are read in the locale's notation).
    #[arg(long = "arg", value_name = "NAME=VALUE")]
    pub args: Vec<String>,
    /// Format this attribute instead of the value.
    #[arg(long, value_name = "NAME")]
    pub attribute: Option<String>,
    /// Only this resource's message (and every term of the locale).
    #[arg(long, value_name = "PATH")]
    pub resource: Option<String>,
}

/// `korpu label reference`.
#[derive(Debug, Args)]
pub struct ReferenceArgs {
    /// The new reference locale; without it, print the current one.
    pub lang: Option<String>,
}

/// Runs a label command.
pub fn run(ctx: &Ctx, cmd: LabelCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        LabelCommand::Import(a) => import(ctx, a),
        LabelCommand::Set(a) => set(ctx, a),
        LabelCommand::List(a) => list(ctx, a),
        LabelCommand::Show(a) => show(ctx, a),
        LabelCommand::Format(a) => format(ctx, a),
        LabelCommand::Reference(a) => set_reference(ctx, a),
    }
}

/// A file to import and where its locale and resource name come from.
#[derive(Debug)]
pub(super) struct Source {
    pub(super) path: PathBuf,
    pub(super) lang: Option<Locale>,
    pub(super) resource: String,
    pub(super) format: LabelFormat,
}

/// The first component of `rel` that is a known locale tag, and the path after it.
fn split_locale(rel: &Path) -> Option<(Locale, String)> {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.len().checked_sub(1)?;
    parts[..last].iter().enumerate().find_map(|(i, p)| {
        let locale = Locale::parse(p).ok()?;
        Some((locale, parts[i + 1..].join("/")))
    })
}

/// The locale a folder (or the nearest folder above it) is named after.
fn folder_locale(dir: &Path) -> Option<Locale> {
    let dir = dir.canonicalize().ok()?;
    dir.ancestors()
        .find_map(|d| Locale::parse(d.file_name()?.to_str()?).ok())
}

/// The files to import, and the files of trees whose locale nothing names (skipped).
pub(super) fn collect_sources(
    paths: &[PathBuf],
    only: Option<&Locale>,
) -> anyhow::Result<(Vec<Source>, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        let meta =
            std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)?;
            files.sort();
            let before = out.len();
            for file in files {
                let Some(format) = LabelFormat::of_path(&file) else {
                    continue;
                };
                let rel = file.strip_prefix(path).unwrap_or(&file);
                match split_locale(rel) {
                    Some((locale, resource)) => {
                        if only.is_some_and(|o| !o.matches(&locale)) {
                            continue;
                        }
                        out.push(Source {
                            path: file.clone(),
                            lang: Some(locale),
                            resource,
                            format,
                        });
                    }
                    None => {
                        // The folder itself may be named after the locale (`locales/az`).
                        let lang = only.cloned().or_else(|| folder_locale(path));
                        if lang.is_none() {
                            skipped.push(file.clone());
                            continue;
                        }
                        out.push(Source {
                            resource: rel.to_string_lossy().replace('\\', "/"),
                            path: file.clone(),
                            lang,
                            format,
                        });
                    }
                }
            }
            if out.len() == before && skipped.is_empty() {
                bail!(
                    "{} holds no .ftl, .po or .json files{}",
                    path.display(),
                    only.map(|l| format!(" for {}", l.tag()))
                        .unwrap_or_default()
                );
            }
        } else {
            let format = LabelFormat::of_path(path).with_context(|| {
                format!(
                    "{}: not a label file (expected .ftl, .po or .json)",
                    path.display()
                )
            })?;
            // The nearest folder named like a locale names it: `locales/az/korpu.ftl`.
            let from_path = path.ancestors().skip(1).find_map(|dir| {
                let name = dir.file_name()?.to_str()?;
                let locale = Locale::parse(name).ok()?;
                let rest = path.strip_prefix(dir).ok()?;
                Some((locale, rest.to_string_lossy().replace('\\', "/")))
            });
            let file_name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let (lang, resource) = match (only, from_path) {
                (Some(l), Some((_, rest))) => (Some(l.clone()), rest),
                (Some(l), None) => (Some(l.clone()), file_name),
                (None, Some((l, rest))) => (Some(l), rest),
                (None, None) => (None, file_name),
            };
            out.push(Source {
                path: path.clone(),
                lang,
                resource,
                format,
            });
        }
    }
    Ok((out, skipped))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct FileDiagnostic {
    file: String,
    #[serde(flatten)]
    diagnostic: Diagnostic,
}

#[derive(Debug, Serialize)]
struct ImportReport {
    files: usize,
    added: usize,
    updated: usize,
    unchanged: usize,
    removed: usize,
    diagnostics: Vec<FileDiagnostic>,
}

fn import(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<ExitCode> {
    let only = a.lang.as_deref().map(parse_locale).transpose()?;
    let (sources, skipped) = collect_sources(&a.paths, only.as_ref())?;
    for path in &skipped {
        ctx.out.info(format!(
            "{}: skipped: no folder in its path is named after a locale (give --lang to import it)",
            path.display()
        ));
    }
    if sources.is_empty() {
        bail!("no file to import: nothing in the paths given is named after a locale; give --lang");
    }
    let stamp = Stamp {
        author: a.author.clone().unwrap_or_else(|| "import".to_string()),
        time: now_rfc3339(),
    };
    let mut imports: BTreeMap<(String, String), ResourceImport> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let mut errors = 0;
    for source in &sources {
        let name = source.path.display().to_string();
        let text = input::read_text(&source.path)?;
        let lang = match &source.lang {
            Some(l) => l.clone(),
            None => po_language(source, &text).with_context(|| {
                format!("{name}: cannot tell its locale: give --lang, or put it in a folder named after the locale (az/{})", source.resource)
            })?,
        };
        let (import, found) =
            labels::read_resource(&source.resource, lang.tag(), source.format, &text, &stamp);
        for d in found {
            if d.severity == Severity::Error {
                errors += 1;
            }
            if !ctx.out.json {
                eprintln!("{}", d.display_in(&name));
            }
            diagnostics.push(FileDiagnostic {
                file: name.clone(),
                diagnostic: d,
            });
        }
        let key = (import.resource.clone(), import.lang.clone());
        if imports.insert(key, import).is_some() {
            ctx.out.info(format!(
                "{name}: {} in {} was given twice; this file is the one imported",
                source.resource,
                lang.tag()
            ));
        }
    }
    if errors > 0 && !a.keep_going {
        if ctx.out.json {
            for d in &diagnostics {
                eprintln!("{}", d.diagnostic.display_in(&d.file));
            }
        }
        bail!(
            "{errors} bad {} found; nothing was imported (use --keep-going to import the rest)",
            if errors == 1 {
                "entry was"
            } else {
                "entries were"
            }
        );
    }
    let store = ctx.open_store()?;
    let resources: Vec<ResourceImport> = imports.into_values().collect();
    let outcome = store.import_labels(&resources)?;
    let report = ImportReport {
        files: resources.len(),
        added: outcome.added,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        removed: outcome.removed,
        diagnostics,
    };
    if ctx.out.json {
        ctx.out.json(&report)?;
    } else if !ctx.out.quiet {
        writeln!(
            std::io::stdout(),
            "{} files: {} labels added, {} updated, {} unchanged, {} removed",
            report.files,
            report.added,
            report.updated,
            report.unchanged,
            report.removed
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The `Language` header of a PO file.
pub(super) fn po_language(source: &Source, text: &str) -> Option<Locale> {
    if source.format != LabelFormat::Po {
        return None;
    }
    let (catalog, _) = crate::formats::po::parse_po(text);
    let lang = catalog.header.language()?.replace('_', "-");
    Locale::parse(&lang).ok()
}

/// The stored tag that `asked` negotiates to among the locales that have labels, or
/// `asked` itself when none does.
pub(super) fn resolve_lang(store: &Store, asked: &Locale) -> anyhow::Result<Locale> {
    let langs: Vec<Locale> = store
        .label_langs()?
        .iter()
        .filter_map(|t| Locale::parse(t).ok())
        .collect();
    Ok(asked
        .negotiate_among(&langs)
        .cloned()
        .unwrap_or_else(|| asked.clone()))
}

/// The reference locale as stored among the label locales (`en` finds `en-US`).
pub(super) fn reference_lang(store: &Store) -> anyhow::Result<Locale> {
    let tag = store.reference_locale()?;
    let locale = parse_locale(&tag)?;
    resolve_lang(store, &locale)
}

fn set(ctx: &Ctx, a: SetArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let (label, existed) = set_label(&store, &a, &author(a.author.as_deref()))?;
    if ctx.out.json {
        ctx.out.json(&row(&label))?;
    } else {
        ctx.out.info(format!(
            "{} {} in {} ({}) stored",
            if existed { "updated" } else { "added" },
            label.id,
            label.lang,
            label.resource
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Sets a label's value (or attribute) in a locale as `who`; returns the stored label
/// and whether it existed before.
pub fn set_label(store: &Store, a: &SetArgs, who: &str) -> anyhow::Result<(Label, bool)> {
    let asked = parse_locale(&a.lang)?;
    let lang = resolve_lang(store, &asked)?;
    let everywhere = store.labels(&LabelFilter {
        id: Some(&a.id),
        resource: a.resource.as_deref(),
        ..LabelFilter::default()
    })?;
    let resources: BTreeSet<&str> = everywhere.iter().map(|l| l.resource.as_str()).collect();
    let resource = match (&a.resource, resources.len()) {
        (Some(r), _) => r.clone(),
        (None, 1) => resources
            .iter()
            .next()
            .map(|r| r.to_string())
            .unwrap_or_default(),
        (None, 0) => "main.ftl".to_string(),
        (None, _) => bail!(
            "label \"{}\" is in several resources ({}); say which with --resource",
            a.id,
            resources.into_iter().collect::<Vec<_>>().join(", ")
        ),
    };
    let existing = everywhere
        .iter()
        .find(|l| l.resource == resource && l.lang == lang.tag());
    let sibling = everywhere.iter().find(|l| l.resource == resource);
    let layout_format = store
        .label_resources()?
        .into_iter()
        .filter(|(r, _)| *r == resource)
        .find_map(|(r, l)| store.label_layout(&r, &l).ok().flatten()?.format);
    let format = sibling
        .map(|l| l.format)
        .or(layout_format)
        .unwrap_or(LabelFormat::Ftl);
    let source = match format {
        LabelFormat::Ftl => {
            if !ftl::is_entry_id(&a.id) {
                bail!(
                    "\"{}\" is not a Fluent identifier (a letter, then letters, digits, `_` or `-`; a term starts with `-`); nothing was written",
                    a.id
                );
            }
            ftl::with_value(
                &a.id,
                existing.map(|l| l.source.as_str()),
                a.attribute.as_deref(),
                &a.value,
            )
            .map_err(|d| {
                anyhow::anyhow!(
                    "{}; nothing was written",
                    d.display_in(&format!("value of {}", a.id))
                )
            })?
        }
        LabelFormat::Po => {
            if a.attribute.is_some() {
                bail!("a PO label has no attributes; nothing was written");
            }
            let base = existing.or(sibling).with_context(|| {
                format!(
                    "no PO entry \"{}\" in {resource}; nothing was written",
                    a.id
                )
            })?;
            let (mut catalog, _) = crate::formats::po::parse_po(&base.source);
            let Some(entry) = catalog.entries.first_mut() else {
                bail!(
                    "the stored entry \"{}\" does not parse; nothing was written",
                    a.id
                );
            };
            if existing.is_none() {
                let forms = entry.msgstr.len().max(1);
                entry.msgstr = vec![String::new(); forms];
            }
            if entry.msgstr.is_empty() {
                entry.msgstr.push(String::new());
            }
            entry.msgstr[0] = a.value.clone();
            entry.flags.retain(|f| f != "fuzzy");
            crate::formats::po::write_po(&catalog)
        }
        LabelFormat::Json => {
            if a.attribute.is_some() {
                bail!("a JSON label has no attributes; nothing was written");
            }
            a.value.clone()
        }
    };
    let label = Label {
        resource,
        id: a.id.clone(),
        lang: lang.tag().to_string(),
        format,
        source,
        author: who.to_string(),
        updated: now_rfc3339(),
    };
    store.put_label(&label)?;
    Ok((label, existing.is_some()))
}

/// A label as `korpu label list --json` prints it.
#[derive(Debug, Serialize)]
pub struct Row {
    id: String,
    lang: String,
    value: Option<String>,
    resource: String,
    format: LabelFormat,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<(String, String)>,
    author: String,
    updated: String,
}

/// A label as a row of a listing.
pub fn row(l: &Label) -> Row {
    Row {
        id: l.id.clone(),
        lang: l.lang.clone(),
        value: Some(labels::display_value(l)),
        resource: l.resource.clone(),
        format: l.format,
        attributes: if l.format == LabelFormat::Ftl {
            ftl::attribute_texts(&l.source)
        } else {
            Vec::new()
        },
        author: l.author.clone(),
        updated: l.updated.clone(),
    }
}

/// A label that a locale lacks.
#[derive(Debug, Serialize)]
pub struct MissingRow {
    id: String,
    lang: String,
    value: Option<String>,
    resource: String,
    reference: String,
}

/// The rows of a label listing: the labels, or those a locale lacks.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Listing {
    /// The labels asked for.
    Labels(Vec<Row>),
    /// The labels of the reference locale that the locales lack.
    Missing(Vec<MissingRow>),
}

fn list(ctx: &Ctx, a: ListArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let listing = list_labels(&store, &a)?;
    drop(store);
    match listing {
        Listing::Labels(rows) => {
            if ctx.out.json {
                ctx.out.json(&rows)?;
            } else {
                for r in rows {
                    writeln!(
                        std::io::stdout(),
                        "{}\t{}\t{}\t{}",
                        r.resource,
                        r.lang,
                        r.id,
                        one_line(r.value.as_deref())
                    )?;
                }
            }
        }
        Listing::Missing(rows) => {
            if ctx.out.json {
                ctx.out.json(&rows)?;
            } else {
                for r in &rows {
                    writeln!(
                        std::io::stdout(),
                        "{}\t{}\t{}\tmissing (reference: {})",
                        r.resource,
                        r.lang,
                        r.id,
                        one_line(Some(&r.reference))
                    )?;
                }
                ctx.out.info(format!("{} missing", rows.len()));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The labels a listing asks for (`korpu label list`).
pub fn list_labels(store: &Store, a: &ListArgs) -> anyhow::Result<Listing> {
    let asked = a.lang.as_deref().map(parse_locale).transpose()?;
    let lang = asked.map(|l| resolve_lang(store, &l)).transpose()?;
    if !a.missing {
        let keep = |tag: &str| lang.as_ref().is_none_or(|l| l.tag() == tag);
        let rows: Vec<Row> = store
            .labels(&LabelFilter {
                resource: a.resource.as_deref(),
                lang: Some(&keep),
                ..LabelFilter::default()
            })?
            .iter()
            .map(row)
            .collect();
        if let Some(l) = &lang {
            if rows.is_empty() && a.resource.is_none() {
                bail!("there are no labels in {}", l.tag());
            }
        }
        return Ok(Listing::Labels(rows));
    }
    let wanted = parse_locale(&store.reference_locale()?)?;
    let all = store.labels(&LabelFilter {
        resource: a.resource.as_deref(),
        ..LabelFilter::default()
    })?;
    // Each resource's reference: the reference tag itself, else a tag matching it
    // (a store may hold `en` resources beside `en-US` ones).
    let mut reference_of: BTreeMap<&str, &str> = BTreeMap::new();
    for l in &all {
        let exact = l.lang == wanted.tag();
        let current = reference_of.get(l.resource.as_str()).copied();
        let better = (exact && current != Some(wanted.tag()))
            || (current.is_none()
                && Locale::parse(&l.lang).is_ok_and(|have| wanted.matches(&have)));
        if better {
            reference_of.insert(&l.resource, &l.lang);
        }
    }
    let is_reference = |l: &Label| reference_of.get(l.resource.as_str()) == Some(&l.lang.as_str());
    let targets: Vec<String> = match &lang {
        Some(l) => vec![l.tag().to_string()],
        None => store
            .label_langs()?
            .into_iter()
            .filter(|t| Locale::parse(t).is_ok_and(|have| !wanted.matches(&have)))
            .collect(),
    };
    let have: BTreeSet<(&str, &str, &str)> = all
        .iter()
        .filter(|l| labels::is_translated(l))
        .map(|l| (l.resource.as_str(), l.lang.as_str(), l.id.as_str()))
        .collect();
    let mut rows = Vec::new();
    for target in &targets {
        for r in all.iter().filter(|l| is_reference(l)) {
            if !have.contains(&(r.resource.as_str(), target.as_str(), r.id.as_str())) {
                rows.push(MissingRow {
                    id: r.id.clone(),
                    lang: target.clone(),
                    value: None,
                    resource: r.resource.clone(),
                    reference: labels::display_value(r),
                });
            }
        }
    }
    Ok(Listing::Missing(rows))
}

fn one_line(s: Option<&str>) -> String {
    s.unwrap_or("").replace('\n', "⏎")
}

fn show(ctx: &Ctx, a: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let found = store.labels(&LabelFilter {
        id: Some(&a.id),
        resource: a.resource.as_deref(),
        ..LabelFilter::default()
    })?;
    if found.is_empty() {
        bail!("unknown label \"{}\" (see `korpu label list`)", a.id);
    }
    let rows: Vec<Row> = found.iter().map(row).collect();
    if ctx.out.json {
        ctx.out.json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut last = "";
    for r in &rows {
        if r.resource != last {
            writeln!(std::io::stdout(), "{} ({})", r.id, r.resource)?;
            last = &r.resource;
        }
        writeln!(
            std::io::stdout(),
            "  {}: {}",
            r.lang,
            r.value.as_deref().unwrap_or("").replace('\n', "\n      ")
        )?;
        for (k, v) in &r.attributes {
            writeln!(std::io::stdout(), "      .{k} = {v}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn format(ctx: &Ctx, a: FormatArgs) -> anyhow::Result<ExitCode> {
    let asked = parse_locale(&a.lang)?;
    let mut args = Vec::new();
    for arg in &a.args {
        let Some((name, value)) = arg.split_once('=') else {
            bail!("--arg {arg}: expected NAME=VALUE");
        };
        if !ftl::is_identifier(name) {
            bail!("--arg {arg}: \"{name}\" is not a Fluent variable name");
        }
        args.push((name.to_string(), value.to_string()));
    }
    let store = ctx.open_store()?;
    let lang = resolve_lang(&store, &asked)?;
    let reference = reference_lang(&store)?;
    let of = |tag: &str| -> anyhow::Result<Vec<Label>> {
        let keep = |t: &str| t == tag;
        let mut all = store.labels(&LabelFilter {
            lang: Some(&keep),
            ..LabelFilter::default()
        })?;
        // The message's own resource goes last so that its definition wins.
        if let Some(r) = &a.resource {
            all.sort_by_key(|l| l.resource == *r);
        } else {
            all.sort_by_key(|l| l.id == a.id);
        }
        Ok(all)
    };
    let mine = of(lang.tag())?;
    if mine.is_empty() && lang != reference {
        ctx.out
            .info(format!("there are no labels in {}", lang.tag()));
    }
    let theirs = if lang == reference {
        Vec::new()
    } else {
        of(reference.tag())?
    };
    let mine_refs: Vec<&Label> = mine.iter().collect();
    let theirs_refs: Vec<&Label> = theirs.iter().collect();
    let fallback = (lang != reference).then_some((&reference, theirs_refs.as_slice()));
    let f = labels::format_message(
        &a.id,
        a.attribute.as_deref(),
        &args,
        (&lang, &mine_refs),
        fallback,
    )?;
    if ctx.out.json {
        ctx.out.json(&f)?;
    } else {
        if f.fallback {
            ctx.out.info(format!(
                "\"{}\" is not translated in {}; shown from {} as the runtime falls back",
                a.id,
                lang.tag(),
                f.lang
            ));
        }
        for p in &f.problems {
            ctx.out.info(format!("warning: {p}"));
        }
        writeln!(std::io::stdout(), "{}", f.text)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn set_reference(ctx: &Ctx, a: ReferenceArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    if let Some(tag) = a.lang {
        let l = parse_locale(&tag)?;
        store.set_reference_locale(l.tag())?;
    }
    let current = store.reference_locale()?;
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({ "reference": current }))?;
    } else {
        writeln!(std::io::stdout(), "{current}")?;
    }
    Ok(ExitCode::SUCCESS)
}
