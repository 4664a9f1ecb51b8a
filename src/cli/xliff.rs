//! `korpu export xliff` and `korpu import xliff`: articles out to other CAT tools as
//! XLIFF 2.0, and their translations back in.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::article::one_line;
use super::{author, input, parse_locale, write_file_atomically, Ctx};
use crate::export::xliff::{articles_to_xliff, parse_unit_id, plan_import, StaleUnit, UnknownUnit};
use crate::formats::xliff::{read_xliff, write_xliff20};
use crate::model::{Origin, Status};
use crate::store::BatchTranslation;

/// Arguments of `korpu export xliff`.
#[derive(Debug, Args)]
pub struct ExportXliffArgs {
    /// The articles to export (one `<file>` each); they must share a source language.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<String>,
    /// The target locale.
    #[arg(long)]
    lang: String,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The import commands.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Store the translations of an XLIFF file made by `korpu export xliff`.
    Xliff(ImportXliffArgs),
}

/// Arguments of `korpu import xliff`.
#[derive(Debug, Args)]
pub struct ImportXliffArgs {
    /// The XLIFF file (2.0; 1.2 is read too).
    file: PathBuf,
    /// Who the translations are recorded as (default: $KORPU_AUTHOR, else the login name).
    #[arg(long)]
    author: Option<String>,
    /// Refuse the file unless it holds translations into this locale (its trgLang).
    #[arg(long)]
    lang: Option<String>,
}

/// Runs an import command.
pub fn run_import(ctx: &Ctx, cmd: ImportCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ImportCommand::Xliff(a) => import_xliff(ctx, a),
    }
}

/// `korpu export xliff ARTICLE... --lang L [-o FILE]`.
pub fn export_xliff(ctx: &Ctx, a: ExportXliffArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let mut ids: Vec<&str> = Vec::new();
    for id in &a.articles {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    let store = ctx.open_store()?;
    let articles = ids
        .iter()
        .map(|id| store.article(id))
        .collect::<Result<Vec<_>, _>>()?;
    drop(store);
    let doc = articles_to_xliff(&articles, &lang)
        .map_err(|e| anyhow::anyhow!("{e}; nothing was written"))?;
    let text = write_xliff20(&doc);
    let units: usize = doc.files.iter().map(|f| f.units.len()).sum();
    let translated = doc
        .files
        .iter()
        .flat_map(|f| &f.units)
        .filter(|u| u.segments.iter().any(|s| s.target.is_some()))
        .count();
    match &a.output {
        Some(path) => {
            write_file_atomically(path, text.as_bytes())?;
            if ctx.out.json {
                ctx.out.json(&serde_json::json!({
                    "file": path.display().to_string(),
                    "lang": lang,
                    "articles": doc.files.len(),
                    "units": units,
                    "with_target": translated,
                }))?;
            } else {
                let files = doc.files.len();
                let articles = if files == 1 { "article" } else { "articles" };
                ctx.out.info(format!(
                    "wrote {}: {files} {articles}, {units} units ({translated} with a translation into {lang})",
                    path.display()
                ));
            }
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct ImportReport<'a> {
    file: String,
    lang: String,
    updated: usize,
    unchanged: usize,
    empty: usize,
    stale: &'a [StaleUnit],
    unknown: &'a [UnknownUnit],
    warnings: Vec<String>,
}

/// `korpu import xliff FILE [--author A] [--lang L]`.
pub fn import_xliff(ctx: &Ctx, a: ImportXliffArgs) -> anyhow::Result<ExitCode> {
    let expected = a.lang.as_deref().map(parse_locale).transpose()?;
    let name = a.file.display().to_string();
    let text =
        input::read_text(&a.file).map_err(|e| anyhow::anyhow!("{e:#}; nothing was written"))?;
    let (doc, warnings) = match read_xliff(&text) {
        Ok(read) => read,
        Err(d) => bail!("{}; nothing was written", d.display_in(&name)),
    };
    let warnings: Vec<String> = warnings.iter().map(|d| d.display_in(&name)).collect();
    let who = author(a.author.as_deref());
    let store = ctx.open_store()?;
    let mut articles = BTreeMap::new();
    for unit in doc.files.iter().flat_map(|f| &f.units) {
        let Some((id, _)) = parse_unit_id(&unit.id) else {
            continue;
        };
        if !articles.contains_key(id) && store.has_article(id)? {
            articles.insert(id.to_string(), store.article(id)?);
        }
    }
    let plan = plan_import(&doc, expected.as_ref(), &articles)
        .map_err(|e| anyhow::anyhow!("{name}: {e}; nothing was written"))?;
    if !plan.updates.is_empty() {
        let batch: Vec<BatchTranslation> = plan
            .updates
            .iter()
            .map(|u| BatchTranslation {
                article: &u.article,
                n: u.n,
                text: &u.text,
                status: u.status,
            })
            .collect();
        store
            .set_translations_batch(&plan.lang, &batch, &who, Origin::Import)
            .map_err(|e| anyhow::anyhow!("cannot import {name}: {e}; nothing was written"))?;
    }
    drop(store);
    let report = ImportReport {
        file: name.clone(),
        lang: plan.lang.tag().to_string(),
        updated: plan.updates.len(),
        unchanged: plan.unchanged,
        empty: plan.empty,
        stale: &plan.stale,
        unknown: &plan.unknown,
        warnings,
    };
    if ctx.out.json {
        ctx.out.json(&report)?;
        return Ok(ExitCode::SUCCESS);
    }
    for w in &report.warnings {
        ctx.out.info(w);
    }
    let mut out = std::io::stdout().lock();
    let confirmed = plan
        .updates
        .iter()
        .filter(|u| u.status >= Status::Translated)
        .count();
    writeln!(
        out,
        "imported {name} into {}: {} updated ({confirmed} confirmed), {} unchanged, {} without a translation",
        report.lang, report.updated, report.unchanged, report.empty
    )?;
    if !plan.stale.is_empty() {
        writeln!(
            out,
            "{} stale (the source changed since the export; their translations were not stored):",
            plan.stale.len()
        )?;
        for s in &plan.stale {
            let at = s.n.map_or_else(String::new, |n| format!(" (segment {n})"));
            writeln!(out, "  {}{at}: {}", s.unit, s.reason)?;
            writeln!(out, "    exported: {}", one_line(&s.exported_source))?;
            if let Some(c) = &s.current_source {
                writeln!(out, "    now:      {}", one_line(c))?;
            }
            if let Some(t) = &s.target {
                writeln!(out, "    target:   {}", one_line(t))?;
            }
        }
    }
    if !plan.unknown.is_empty() {
        writeln!(out, "{} unknown (not stored):", plan.unknown.len())?;
        for u in &plan.unknown {
            writeln!(out, "  {} in file {}: {}", u.unit, u.file, u.reason)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
