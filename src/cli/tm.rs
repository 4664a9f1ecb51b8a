//! `korpu tm …`: import, export, search, concordance, edit, delete, stats, memories.

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use super::{
    author, input, parse_locale, write_file_atomically, write_streaming_atomically, Ctx, Output,
};
use crate::formats::po::{parse_po, po_to_units, units_to_po, write_po, PoImport};
use crate::formats::tmx::{TmxHeader, TmxReader, TmxWriter};
use crate::formats::xliff::{
    read_xliff, units_to_xliff, write_xliff12, write_xliff20, xliff_to_units, XliffVersion,
};
use crate::formats::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::model::TmUnit;
use crate::store::StoreError;
use crate::tm::lookup::{Match, Matcher, Query};

/// The translation-memory commands.
#[derive(Debug, Subcommand)]
pub enum TmCommand {
    /// Import TMX, PO or XLIFF files into a memory.
    Import(ImportArgs),
    /// Export a memory as TMX, PO or XLIFF.
    Export(ExportArgs),
    /// Find earlier translations of a text (or of every line of a file).
    Search(SearchArgs),
    /// Find units containing a word or phrase, in any language.
    Concordance(ConcordanceArgs),
    /// Replace the text of one locale of a unit.
    Edit(EditArgs),
    /// Remove a unit.
    Delete(DeleteArgs),
    /// Units per memory and locale.
    Stats,
    /// Set a memory's penalty (points taken off its scores).
    Memory(MemoryArgs),
}

/// Exchange formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TmFormat {
    /// TMX 1.4b.
    Tmx,
    /// gettext PO.
    Po,
    /// XLIFF (2.0 on export).
    Xliff,
    /// XLIFF 1.2 (export only).
    Xliff12,
}

/// Arguments of `korpu tm import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The files (PO catalogs of several target languages that share msgids become one
    /// multilingual unit per msgid).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The format (default: from each file's extension).
    #[arg(long, value_enum)]
    format: Option<TmFormat>,
    /// The language of PO msgids (default en).
    #[arg(long, value_name = "L")]
    source_lang: Option<String>,
    /// The language of PO msgstrs (default: the catalog's Language header, else the
    /// folder name as in `az/LC_MESSAGES/django.po`).
    #[arg(long, value_name = "L")]
    target_lang: Option<String>,
    /// The memory to import into.
    #[arg(long, default_value = "main")]
    memory: String,
    /// Import what can be read from a malformed file instead of stopping.
    #[arg(long)]
    keep_going: bool,
    /// Import fuzzy PO entries too (marked with the prop x-po-fuzzy).
    #[arg(long)]
    include_fuzzy: bool,
}

/// Arguments of `korpu tm export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The format.
    #[arg(long, value_enum, default_value = "tmx")]
    format: TmFormat,
    /// The locales to write, in order (TMX: any number; PO and XLIFF: source,target).
    #[arg(long, value_delimiter = ',', value_name = "L,L,…")]
    langs: Vec<String>,
    /// Only this memory.
    #[arg(long)]
    memory: Option<String>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `korpu tm search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The text to find matches for.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    text: Option<String>,
    /// The query's language.
    #[arg(long)]
    from: String,
    /// The language of the translations wanted.
    #[arg(long)]
    to: String,
    /// Lowest score.
    #[arg(long, default_value_t = 70, value_parser = clap::value_parser!(u8).range(1..=101))]
    min: u8,
    /// How many matches at most.
    #[arg(long, default_value_t = 5)]
    limit: usize,
    /// Only this memory.
    #[arg(long)]
    memory: Option<String>,
    /// Read one query per line from FILE (`-`: standard input) and print one JSON array
    /// per line.
    #[arg(long, value_name = "FILE")]
    batch: Option<PathBuf>,
}

/// Arguments of `korpu tm concordance`.
#[derive(Debug, Args)]
pub struct ConcordanceArgs {
    /// A word or phrase.
    text: String,
    /// Search only this locale's variants (default: every locale).
    #[arg(long)]
    lang: Option<String>,
    /// How many units at most.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

/// Arguments of `korpu tm edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The unit id.
    unit: u64,
    /// The locale to change (or add).
    #[arg(long)]
    lang: String,
    /// The new text.
    text: String,
    /// Who the change is recorded as.
    #[arg(long)]
    author: Option<String>,
}

/// Arguments of `korpu tm delete`.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The unit id.
    unit: u64,
}

/// Arguments of `korpu tm memory`.
#[derive(Debug, Args)]
pub struct MemoryArgs {
    /// The memory's name.
    name: String,
    /// Points taken off every score from this memory (0–100).
    #[arg(long)]
    penalty: u8,
}

pub fn run(ctx: &Ctx, cmd: TmCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TmCommand::Import(a) => import(ctx, a),
        TmCommand::Export(a) => export(ctx, a),
        TmCommand::Search(a) => search(ctx, a),
        TmCommand::Concordance(a) => concordance(ctx, a),
        TmCommand::Edit(a) => edit(ctx, a),
        TmCommand::Delete(a) => delete(ctx, a),
        TmCommand::Stats => stats(ctx),
        TmCommand::Memory(a) => memory(ctx, a),
    }
}

fn format_of(flag: Option<TmFormat>, path: &Path) -> anyhow::Result<TmFormat> {
    if let Some(f) = flag {
        return Ok(f);
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    Ok(match ext.as_str() {
        "tmx" => TmFormat::Tmx,
        "po" | "pot" => TmFormat::Po,
        "xlf" | "xliff" | "xlz" => TmFormat::Xliff,
        _ => bail!(
            "{}: cannot tell the format from the extension; use --format tmx|po|xliff",
            path.display()
        ),
    })
}

/// The target language of a PO catalog: the flag, else its `Language` header, else the
/// folder above `LC_MESSAGES`.
fn po_target(flag: Option<&str>, header: Option<&str>, path: &Path) -> anyhow::Result<Locale> {
    if let Some(tag) = flag {
        return parse_locale(tag);
    }
    if let Some(tag) = header.filter(|t| !t.trim().is_empty()) {
        let tag = tag.trim().replace('_', "-");
        if let Ok(l) = Locale::parse(&tag) {
            return Ok(l);
        }
    }
    let folder = path
        .parent()
        .filter(|p| p.file_name().is_some_and(|n| n == "LC_MESSAGES"))
        .and_then(Path::parent)
        .or_else(|| path.parent())
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().replace('_', "-"));
    match folder.and_then(|f| Locale::parse(&f).ok()) {
        Some(l) => Ok(l),
        None => bail!(
            "{}: cannot tell the catalog's language (no Language header, no locale folder); use --target-lang",
            path.display()
        ),
    }
}

#[derive(Serialize)]
struct ImportReport {
    imported: usize,
    merged: usize,
    skipped: usize,
    diagnostics: Vec<FileDiagnostic>,
}

#[derive(Serialize, Clone)]
struct FileDiagnostic {
    file: String,
    #[serde(flatten)]
    diagnostic: Diagnostic,
}

/// Units of one file, read lazily where the format streams (TMX).
fn file_units<'a>(
    path: &'a Path,
    a: &'a ImportArgs,
    diags: &'a RefCell<Vec<FileDiagnostic>>,
) -> anyhow::Result<Box<dyn Iterator<Item = Result<TmUnit, StoreError>> + 'a>> {
    let name = path.display().to_string();
    let note = move |d: Diagnostic| {
        diags.borrow_mut().push(FileDiagnostic {
            file: path.display().to_string(),
            diagnostic: d,
        })
    };
    let keep_going = a.keep_going;
    // An error in a file stops the whole import unless --keep-going; a warning never does.
    let fail = move |d: &Diagnostic| -> StoreError {
        StoreError::Invalid(format!(
            "{}; nothing was imported",
            d.display_in(&path.display().to_string())
        ))
    };
    match format_of(a.format, path)? {
        TmFormat::Tmx => {
            let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
            let reader = match TmxReader::new(BufReader::new(file)) {
                Ok(r) => r,
                Err(d) if keep_going => {
                    note(d);
                    return Ok(Box::new(std::iter::empty()));
                }
                Err(d) => bail!("{}; nothing was imported", d.display_in(&name)),
            };
            let reader = RefCell::new(reader);
            let mut stopped = false;
            Ok(Box::new(std::iter::from_fn(move || loop {
                if stopped {
                    return None;
                }
                let item = reader.borrow_mut().next();
                for d in reader.borrow_mut().take_diagnostics() {
                    if d.severity == Severity::Error && !keep_going {
                        stopped = true;
                        return Some(Err(fail(&d)));
                    }
                    note(d);
                }
                match item? {
                    Ok(unit) => return Some(Ok(unit)),
                    Err(d) if keep_going => {
                        note(d);
                        stopped = true;
                    }
                    Err(d) => {
                        stopped = true;
                        return Some(Err(fail(&d)));
                    }
                }
            })))
        }
        TmFormat::Po => {
            let text = input::read_text(path)?;
            let (catalog, found) = parse_po(&text);
            let source = parse_locale(a.source_lang.as_deref().unwrap_or("en"))?;
            let target = po_target(a.target_lang.as_deref(), catalog.header.language(), path)?;
            let (units, more) = po_to_units(
                &catalog,
                &source,
                &target,
                PoImport {
                    include_fuzzy: a.include_fuzzy,
                },
            );
            check_all(found.into_iter().chain(more), keep_going, &name, note)?;
            Ok(Box::new(units.into_iter().map(Ok)))
        }
        TmFormat::Xliff | TmFormat::Xliff12 => {
            let text = input::read_text(path)?;
            let (doc, warnings) = match read_xliff(&text) {
                Ok(x) => x,
                Err(d) if keep_going => {
                    note(d);
                    return Ok(Box::new(std::iter::empty()));
                }
                Err(d) => bail!("{}; nothing was imported", d.display_in(&name)),
            };
            check_all(warnings.into_iter(), keep_going, &name, note)?;
            Ok(Box::new(xliff_to_units(&doc).into_iter().map(Ok)))
        }
    }
}

/// Records diagnostics; an error stops the import unless `keep_going`.
fn check_all(
    found: impl Iterator<Item = Diagnostic>,
    keep_going: bool,
    name: &str,
    mut note: impl FnMut(Diagnostic),
) -> anyhow::Result<()> {
    for d in found {
        if d.severity == Severity::Error && !keep_going {
            bail!("{}; nothing was imported", d.display_in(name));
        }
        note(d);
    }
    Ok(())
}

fn import(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<ExitCode> {
    crate::store::check_memory_name(&a.memory)?;
    if let Some(l) = &a.source_lang {
        parse_locale(l)?;
    }
    if let Some(l) = &a.target_lang {
        parse_locale(l)?;
    }
    let store = ctx.open_store()?;
    let diags = RefCell::new(Vec::new());
    let mut sources = Vec::new();
    for path in &a.files {
        sources.push(file_units(path, &a, &diags)?);
    }
    let mut units = sources.into_iter().flatten();
    let started = Instant::now();
    let mut bar: Option<indicatif::ProgressBar> = None;
    let show_progress =
        !ctx.out.quiet && !ctx.out.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut progress = |n: usize| {
        if !show_progress || started.elapsed().as_millis() < 1000 {
            return;
        }
        let b = bar.get_or_insert_with(|| {
            let b = indicatif::ProgressBar::new_spinner();
            b.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            b
        });
        b.set_message(format!("{n} units read"));
        b.tick();
    };
    let outcome = store.tm_import(&a.memory, &mut units, &mut progress);
    drop(units);
    if outcome.is_ok() {
        // The lookup index snapshots follow the import now, so that the next search
        // opens a current snapshot instead of rebuilding it. The import is committed
        // either way: an index that cannot be brought up to date is rebuilt by the next
        // search.
        if let Some(b) = &bar {
            b.set_message("updating the lookup index");
            b.tick();
        }
        if let Err(e) = crate::tm::lookup::refresh_indexes(&store) {
            ctx.out.info(format!(
                "warning: the lookup index was not updated ({e}); the next search will update it"
            ));
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let outcome = outcome?;
    let report = ImportReport {
        imported: outcome.imported,
        merged: outcome.merged,
        skipped: outcome.skipped,
        diagnostics: diags.into_inner(),
    };
    if ctx.out.json {
        ctx.out.json(&report)?;
    } else {
        for d in &report.diagnostics {
            eprintln!("{}", d.diagnostic.display_in(&d.file));
        }
        println!(
            "imported {} units into {}, merged {}, skipped {} already there ({:.1} s)",
            report.imported,
            a.memory,
            report.merged,
            report.skipped,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn export(ctx: &Ctx, a: ExportArgs) -> anyhow::Result<ExitCode> {
    let langs: Vec<Locale> = a
        .langs
        .iter()
        .map(|l| parse_locale(l))
        .collect::<Result<_, _>>()?;
    if let Some(m) = &a.memory {
        crate::store::check_memory_name(m)?;
    }
    if a.format != TmFormat::Tmx && langs.len() != 2 {
        bail!("PO and XLIFF exports need --langs SOURCE,TARGET (two locales)");
    }
    let store = ctx.open_store()?;
    let wanted = |u: &TmUnit| a.memory.as_deref().is_none_or(|m| m == u.memory);
    if a.format == TmFormat::Tmx {
        // TMX streams: one unit at a time from the store to the file.
        let tags: Vec<String> = langs.iter().map(|l| l.tag().to_string()).collect();
        let header = TmxHeader {
            srclang: tags.first().cloned().unwrap_or_else(|| "*all*".into()),
            ..TmxHeader::default()
        };
        let count = std::cell::Cell::new(0);
        let write = |out: &mut dyn Write| -> anyhow::Result<()> {
            let mut writer = TmxWriter::new(std::io::BufWriter::new(out), &header)?;
            writer.set_langs((!tags.is_empty()).then_some(tags.as_slice()));
            for unit in store.tm_units()? {
                let unit = unit?;
                if wanted(&unit) && writer.write_unit(&unit)? {
                    count.set(count.get() + 1);
                }
            }
            writer.finish()?.flush()?;
            Ok(())
        };
        match &a.output {
            Some(path) => {
                write_streaming_atomically(path, write)?;
                ctx.out
                    .info(format!("wrote {} ({} units)", path.display(), count.get()));
            }
            None => write(&mut std::io::stdout().lock())?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut units: Vec<TmUnit> = Vec::new();
    for u in store.tm_units()? {
        let u = u?;
        if wanted(&u) {
            units.push(u);
        }
    }
    drop(store);
    let (s, t) = (&langs[0], &langs[1]);
    let bytes = match a.format {
        TmFormat::Po => write_po(&units_to_po(&units, s, t)).into_bytes(),
        TmFormat::Xliff12 => {
            write_xliff12(&units_to_xliff(&units, s, t, XliffVersion::V12)).into_bytes()
        }
        _ => write_xliff20(&units_to_xliff(&units, s, t, XliffVersion::V20)).into_bytes(),
    };
    match &a.output {
        Some(path) => {
            write_file_atomically(path, &bytes)?;
            ctx.out
                .info(format!("wrote {} ({} units)", path.display(), units.len()));
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn make_query<'a>(text: &'a str, a: &'a SearchArgs, from: &'a Locale, to: &'a Locale) -> Query<'a> {
    Query {
        text,
        from,
        to,
        min: a.min,
        limit: a.limit,
        memory: a.memory.as_deref(),
        context: None,
    }
}

/// Longest query accepted: a longer text is not a segment.
const MAX_QUERY: usize = 10_000;

fn search(ctx: &Ctx, a: SearchArgs) -> anyhow::Result<ExitCode> {
    let from = parse_locale(&a.from)?;
    let to = parse_locale(&a.to)?;
    let store = ctx.open_store()?;
    let mut matcher = Matcher::new(&store)?;
    if let Some(batch) = &a.batch {
        let reader: Box<dyn BufRead> = if batch.as_os_str() == "-" {
            Box::new(BufReader::new(std::io::stdin()))
        } else {
            Box::new(BufReader::new(
                std::fs::File::open(batch)
                    .with_context(|| format!("cannot read {}", batch.display()))?,
            ))
        };
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| {
                format!(
                    "{}:{}: cannot read the line (is it UTF-8?)",
                    batch.display(),
                    i + 1
                )
            })?;
            let matches = if line.trim().is_empty() || line.chars().count() > MAX_QUERY {
                Vec::new()
            } else {
                matcher.lookup(&make_query(&line, &a, &from, &to))?
            };
            serde_json::to_writer(&mut out, &matches)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let text = a.text.clone().unwrap_or_default();
    if text.trim().is_empty() {
        bail!("the query is empty: give the text to look up");
    }
    if text.chars().count() > MAX_QUERY {
        bail!(
            "the query has {} characters; a segment has at most {MAX_QUERY}: split it first (korpu split)",
            text.chars().count()
        );
    }
    let matches = matcher.lookup(&make_query(&text, &a, &from, &to))?;
    if ctx.out.json {
        ctx.out.json(&matches)?;
    } else {
        print_matches(ctx.out, &text, &matches)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether to colour terminal output.
pub fn colour() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout())
}

/// The query with the parts that differ from the match's source marked: coloured on a
/// terminal, `[…]` otherwise.
pub fn marked_query(query: &str, m: &Match) -> String {
    let colour = colour();
    let mut out = String::new();
    let mut pos = 0;
    for op in &m.diff {
        if op.tag == crate::tm::diff::DiffTag::Equal || op.query.is_empty() {
            continue;
        }
        let (Some(before), Some(part)) =
            (query.get(pos..op.query.start), query.get(op.query.clone()))
        else {
            continue;
        };
        out.push_str(before);
        if colour {
            out.push_str(&format!("\x1b[1;33m{part}\x1b[0m"));
        } else {
            out.push_str(&format!("[{part}]"));
        }
        pos = op.query.end;
    }
    out.push_str(query.get(pos..).unwrap_or_default());
    out
}

pub fn print_matches(out: Output, query: &str, matches: &[Match]) -> anyhow::Result<()> {
    let mut w = std::io::stdout().lock();
    if matches.is_empty() {
        out.info("no match");
        return Ok(());
    }
    for m in matches {
        writeln!(
            w,
            "{:>3}%  unit {} · {} · {} · {}",
            m.score, m.unit, m.memory, m.origin, m.changed
        )?;
        writeln!(w, "      {}: {}", m.source_lang, marked_query(query, m))?;
        writeln!(w, "      {}: {}", m.source_lang, m.source)?;
        writeln!(w, "      {}: {}", m.target_lang, m.target_substituted)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ConcordanceHit {
    unit: u64,
    memory: String,
    lang: String,
    text: String,
    /// Byte ranges of the hits in `text`.
    hits: Vec<std::ops::Range<usize>>,
    variants: std::collections::BTreeMap<String, String>,
}

fn concordance(ctx: &Ctx, a: ConcordanceArgs) -> anyhow::Result<ExitCode> {
    let lang = a.lang.as_deref().map(parse_locale).transpose()?;
    if a.text.trim().is_empty() {
        bail!("the phrase is empty");
    }
    let store = ctx.open_store()?;
    let hits = crate::tm::concordance::search(&store, &a.text, lang.as_ref(), a.limit)?;
    let out: Vec<ConcordanceHit> = hits
        .into_iter()
        .map(|h| ConcordanceHit {
            unit: h.unit.id,
            memory: h.unit.memory.clone(),
            lang: h.lang.clone(),
            text: h
                .unit
                .variants
                .get(&h.lang)
                .map(|v| v.text.clone())
                .unwrap_or_default(),
            hits: h.ranges,
            variants: h
                .unit
                .variants
                .iter()
                .map(|(k, v)| (k.clone(), v.text.clone()))
                .collect(),
        })
        .collect();
    if ctx.out.json {
        ctx.out.json(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if out.is_empty() {
        ctx.out.info("no unit contains it");
    }
    let colour = colour();
    let mut w = std::io::stdout().lock();
    for h in &out {
        let mut shown = String::new();
        let mut pos = 0;
        for r in &h.hits {
            shown.push_str(&h.text[pos..r.start]);
            if colour {
                shown.push_str(&format!("\x1b[1;32m{}\x1b[0m", &h.text[r.clone()]));
            } else {
                shown.push_str(&format!("[{}]", &h.text[r.clone()]));
            }
            pos = r.end;
        }
        shown.push_str(&h.text[pos..]);
        writeln!(w, "unit {} · {}", h.unit, h.memory)?;
        writeln!(w, "  {}: {}", h.lang, shown)?;
        for (tag, text) in h.variants.iter().filter(|(t, _)| **t != h.lang) {
            writeln!(w, "  {tag}: {text}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn edit(ctx: &Ctx, a: EditArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let unit = store.tm_edit(a.unit, lang.tag(), &a.text, &author(a.author.as_deref()))?;
    if ctx.out.json {
        ctx.out.json(&unit)?;
    } else {
        println!("unit {} in {lang}: {}", unit.id, a.text);
    }
    Ok(ExitCode::SUCCESS)
}

fn delete(ctx: &Ctx, a: DeleteArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let unit = store.tm_delete(a.unit)?;
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({ "deleted": unit.id }))?;
    } else {
        println!("deleted unit {}", unit.id);
    }
    Ok(ExitCode::SUCCESS)
}

fn stats(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let stats = store.tm_stats()?;
    if ctx.out.json {
        ctx.out.json(&stats)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut w = std::io::stdout().lock();
    writeln!(w, "{} units", stats.units)?;
    for (name, m) in &stats.memories {
        let locales = m
            .locales
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            w,
            "  {name}: {} units, penalty {}; {locales}",
            m.units, m.penalty
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn memory(ctx: &Ctx, a: MemoryArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    store.set_memory_penalty(&a.name, a.penalty)?;
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({ "memory": a.name, "penalty": a.penalty }))?;
    } else {
        println!("memory {}: penalty {}", a.name, a.penalty);
    }
    Ok(ExitCode::SUCCESS)
}
