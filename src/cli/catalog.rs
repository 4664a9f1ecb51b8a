//! `korpu export catalog` and `korpu export locales`: label catalogs for pipelines.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::{Args, ValueEnum};

use super::export::write_tree_atomically;
use super::{parse_locale, write_file_atomically, Ctx};
use crate::export::catalog::{self, CatalogFormat, LabelSet, TreeFormat};
use crate::export::edition::EditionFile;
use crate::locale::Locale;

/// Formats of a single catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CatalogFormatArg {
    /// Fluent.
    Ftl,
    /// A flat JSON object.
    Json,
    /// gettext PO (msgid from the reference locale).
    Po,
    /// XLIFF 2.0 (source from the reference locale).
    Xliff,
}

/// Formats of a locales tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TreeFormatArg {
    /// Fluent resources.
    Ftl,
    /// Flat JSON objects.
    Json,
}

/// `korpu export catalog`.
#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// The locale.
    #[arg(long, value_name = "L")]
    pub lang: String,
    /// The format.
    #[arg(long, value_enum)]
    pub format: CatalogFormatArg,
    /// Fill untranslated messages from this locale (FTL and JSON; the runtime falls
    /// back otherwise).
    #[arg(long, value_name = "L")]
    pub fill_from: Option<String>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `korpu export locales`.
#[derive(Debug, Args)]
pub struct LocalesArgs {
    /// The folder to write `{locale}/…` and `manifest.json` into. It is replaced as a
    /// whole; it must be new, empty, or an earlier korpu export.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The format.
    #[arg(long, value_enum, default_value = "ftl")]
    pub format: TreeFormatArg,
    /// Fill untranslated messages from this locale.
    #[arg(long, value_name = "L")]
    pub fill_from: Option<String>,
}

/// The stored tag `asked` stands for among the label locales, else `asked` itself.
fn stored_tag(set: &LabelSet, asked: &Locale) -> String {
    set.stored_tag(asked)
        .unwrap_or_else(|| asked.tag().to_string())
}

/// Writes one locale's catalog.
pub fn export_catalog(ctx: &Ctx, a: CatalogArgs) -> anyhow::Result<ExitCode> {
    let asked = parse_locale(&a.lang)?;
    let fill = a.fill_from.as_deref().map(parse_locale).transpose()?;
    let store = ctx.open_store()?;
    let set = LabelSet::load(&store)?;
    drop(store);
    let lang = stored_tag(&set, &asked);
    let fill = fill.map(|f| stored_tag(&set, &f));
    if let Some(f) = &fill {
        if !set.langs().contains(f.as_str()) {
            bail!("there are no labels in {f} to fill from; nothing was written");
        }
    }
    let format = match a.format {
        CatalogFormatArg::Ftl => CatalogFormat::Ftl,
        CatalogFormatArg::Json => CatalogFormat::Json,
        CatalogFormatArg::Po => CatalogFormat::Po,
        CatalogFormatArg::Xliff => CatalogFormat::Xliff,
    };
    let out = catalog::catalog(&set, &lang, format, fill.as_deref())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &out.warnings {
        ctx.out.info(format!("warning: {w}"));
    }
    match &a.output {
        Some(path) => {
            write_file_atomically(path, out.text.as_bytes())?;
            ctx.out.info(format!(
                "wrote {}: {} entries, {} translated in {lang}",
                path.display(),
                out.messages,
                out.translated
            ));
        }
        None => std::io::stdout().write_all(out.text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes every locale's resources and a manifest.
pub fn export_locales(ctx: &Ctx, a: LocalesArgs) -> anyhow::Result<ExitCode> {
    let fill = a.fill_from.as_deref().map(parse_locale).transpose()?;
    let store = ctx.open_store()?;
    let set = LabelSet::load(&store)?;
    drop(store);
    if set.labels.is_empty() {
        bail!(
            "the store has no labels (import some with `korpu label import`); nothing was written"
        );
    }
    let fill = fill.map(|f| stored_tag(&set, &f));
    if let Some(f) = &fill {
        if !set.langs().contains(f.as_str()) {
            bail!("there are no labels in {f} to fill from; nothing was written");
        }
    }
    let format = match a.format {
        TreeFormatArg::Ftl => TreeFormat::Ftl,
        TreeFormatArg::Json => TreeFormat::Json,
    };
    let files =
        catalog::locales_tree(&set, format, fill.as_deref()).map_err(|e| anyhow::anyhow!("{e}"))?;
    let manifest = catalog::manifest(&files, format, &set.reference);
    let mut tree: Vec<EditionFile> = files
        .iter()
        .map(|f| EditionFile {
            name: format!("{}/{}", f.locale, f.file),
            bytes: f.text.clone().into_bytes(),
        })
        .collect();
    tree.push(EditionFile {
        name: "manifest.json".to_string(),
        bytes: manifest.clone().into_bytes(),
    });
    write_tree_atomically(&a.out, &tree)?;
    if ctx.out.json {
        std::io::stdout().write_all(manifest.as_bytes())?;
    } else {
        ctx.out.info(format!(
            "wrote {} files for {} locales to {}",
            files.len(),
            set.langs().len(),
            a.out.display()
        ));
    }
    Ok(ExitCode::SUCCESS)
}
