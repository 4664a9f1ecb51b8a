//! `korpu export …`: publishing what the store holds as folders of files (editions of
//! articles), each with a manifest, written all or nothing.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand, ValueEnum};

use super::{parse_locale, Ctx};
use crate::export::edition::{
    build_edition, EditionFile, EditionFormat, EditionOptions, Untranslated, MANIFEST,
};
use crate::model::Status;

/// The export commands.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write a localized edition of articles: one document per article, an index and a
    /// manifest, into a folder that appears complete or not at all.
    Edition(EditionArgs),
    /// One locale's labels as a single catalog file (ftl, json, po or xliff).
    Catalog(super::catalog::CatalogArgs),
    /// Every locale's label resources as a tree (`DIR/{locale}/…`) with a manifest.
    Locales(super::catalog::LocalesArgs),
    /// Articles as XLIFF 2.0 for another CAT tool: a unit per segment.
    Xliff(super::xliff::ExportXliffArgs),
}

/// Document layouts of an edition on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EditionFormatArg {
    /// Standalone HTML5 pages.
    Html,
    /// CommonMark.
    #[value(alias = "markdown")]
    Md,
    /// JSON documents (blocks, segments, rate-table rows).
    Json,
}

impl From<EditionFormatArg> for EditionFormat {
    fn from(f: EditionFormatArg) -> Self {
        match f {
            EditionFormatArg::Html => EditionFormat::Html,
            EditionFormatArg::Md => EditionFormat::Md,
            EditionFormatArg::Json => EditionFormat::Json,
        }
    }
}

/// Arguments of `korpu export edition`.
#[derive(Debug, Args)]
pub struct EditionArgs {
    /// The articles, in the order of the index.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<String>,
    /// The edition's locale.
    #[arg(long)]
    lang: String,
    /// Layout of the documents.
    #[arg(long, value_enum, default_value = "html")]
    format: EditionFormatArg,
    /// The folder to write; its parent must exist. An existing folder is replaced only
    /// when it is empty or holds an earlier korpu export (a manifest.json by korpu).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Give untranslated segments in this locale (else in the source language), marked
    /// with their language. Without --fallback or --strict they are given in the
    /// source language, with a warning listing them.
    #[arg(long, value_name = "L", conflicts_with = "strict")]
    fallback: Option<String>,
    /// Refuse the edition when any segment is untranslated, listing every one.
    #[arg(long)]
    strict: bool,
    /// The lowest status a translation needs to be published.
    #[arg(long, default_value = "translated", value_name = "STATUS")]
    min_status: String,
}

/// Runs an export command.
pub fn run(ctx: &Ctx, cmd: ExportCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ExportCommand::Edition(a) => edition(ctx, a),
        ExportCommand::Catalog(a) => super::catalog::export_catalog(ctx, a),
        ExportCommand::Locales(a) => super::catalog::export_locales(ctx, a),
        ExportCommand::Xliff(a) => super::xliff::export_xliff(ctx, a),
    }
}

fn edition(ctx: &Ctx, a: EditionArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let untranslated = match (&a.fallback, a.strict) {
        (Some(l), _) => Untranslated::Fallback(parse_locale(l)?),
        (None, true) => Untranslated::Strict,
        (None, false) => Untranslated::Source,
    };
    let min_status: Status = a.min_status.parse()?;
    if min_status == Status::New {
        bail!("--min-status new would publish segments that have no translation; use draft or above; nothing was written");
    }
    // Check the destination before doing the work, so that a typo fails fast.
    check_destination(&a.out)?;
    let store = ctx.open_store()?;
    let mut articles = Vec::with_capacity(a.articles.len());
    for id in &a.articles {
        let article = store
            .article(id)
            .map_err(|e| anyhow::anyhow!("{e}; nothing was written"))?;
        articles.push(article);
    }
    drop(store);
    let options = EditionOptions {
        lang,
        format: a.format.into(),
        untranslated,
        min_status,
    };
    let edition = build_edition(&articles, &options).map_err(|e| {
        let message = e.to_string();
        // A list of segments ends the message: the note goes on a line of its own.
        let sep = if message.contains('\n') { "\n" } else { "; " };
        anyhow::anyhow!("{message}{sep}nothing was written")
    })?;
    write_tree_atomically(&a.out, &edition.files)?;
    if !ctx.out.quiet {
        for w in &edition.warnings {
            eprintln!("korpu: warning: {w}");
        }
    }
    if ctx.out.json {
        ctx.out.json(&edition.manifest)?;
    } else {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "wrote the {} edition ({}) of {} article{} to {}",
            options.lang,
            options.format,
            edition.manifest.files.len(),
            if edition.manifest.files.len() == 1 {
                ""
            } else {
                "s"
            },
            a.out.display()
        )?;
        for f in &edition.manifest.files {
            writeln!(
                out,
                "  {:<32} {:>3}/{:<3} segments in {}  {}",
                f.file, f.translated, f.segments, f.lang, f.title
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The parent folder of `out` and the name `out` has in it.
fn split_destination(out: &Path) -> anyhow::Result<(PathBuf, String)> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n != "." && n != "..")
        .with_context(|| format!("{} does not name a folder to write", out.display()))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((parent, name))
}

/// Refuses a destination that cannot take an export: a missing parent, a file, a
/// folder that holds something other than an earlier korpu export.
fn check_destination(out: &Path) -> anyhow::Result<()> {
    let (parent, _) = split_destination(out)?;
    if !parent.is_dir() {
        bail!(
            "cannot write {}: the folder {} does not exist; nothing was written",
            out.display(),
            parent.display()
        );
    }
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(anyhow::Error::new(e).context(format!(
            "cannot write {}; nothing was written",
            out.display()
        ))),
        Ok(m) if !m.is_dir() => bail!(
            "cannot write {}: it exists and is not a folder; nothing was written",
            out.display()
        ),
        Ok(_) if replaceable(out)? => Ok(()),
        Ok(_) => bail!(
            "cannot write {}: the folder holds files that are not a korpu export (no manifest.json by korpu); choose an empty or new folder; nothing was written",
            out.display()
        ),
    }
}

/// Whether an existing folder may be replaced: it is empty, or its `manifest.json`
/// says korpu wrote it.
fn replaceable(dir: &Path) -> anyhow::Result<bool> {
    let mut entries =
        fs::read_dir(dir).with_context(|| format!("cannot read the folder {}", dir.display()))?;
    if entries.next().is_none() {
        return Ok(true);
    }
    let Ok(bytes) = fs::read(dir.join(MANIFEST)) else {
        return Ok(false);
    };
    let manifest: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(_) => return Ok(false),
    };
    Ok(manifest.get("generator").and_then(|g| g.as_str()) == Some("korpu"))
}

/// Writes `files` (names relative to `out`, `/` for subfolders) as the folder `out`,
/// all or nothing.
///
/// Everything is written and flushed in a temporary sibling folder
/// (`.NAME.korpu-tmp`), which is then renamed to `out`. An existing `out` (an earlier
/// export, see [`check_destination`]) is first renamed aside to `.NAME.korpu-old` and
/// removed after the new folder is in place. A failure removes the temporary folder and
/// puts the old one back; after a crash, the next export sweeps the temporary folder
/// and, if `out` is missing, restores the old one before starting.
pub fn write_tree_atomically(out: &Path, files: &[EditionFile]) -> anyhow::Result<()> {
    check_destination(out)?;
    let (parent, name) = split_destination(out)?;
    let tmp = parent.join(format!(".{name}.korpu-tmp"));
    let old = parent.join(format!(".{name}.korpu-old"));
    let fail = |e: anyhow::Error| {
        e.context(format!(
            "cannot write {}; nothing was written",
            out.display()
        ))
    };
    // Leftovers of an export that crashed: a half-built folder goes; a folder moved
    // aside just before the crash comes back.
    if tmp.exists() {
        fs::remove_dir_all(&tmp)
            .with_context(|| format!("cannot remove the leftover {}", tmp.display()))
            .map_err(fail)?;
    }
    if old.exists() {
        if out.exists() {
            fs::remove_dir_all(&old)
                .with_context(|| format!("cannot remove the leftover {}", old.display()))
                .map_err(fail)?;
        } else {
            fs::rename(&old, out)
                .with_context(|| format!("cannot restore {}", old.display()))
                .map_err(fail)?;
        }
    }
    if let Err(e) = build_tree(&tmp, files) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(fail(e));
    }
    let existed = out.exists();
    if existed {
        if let Err(e) = fs::rename(out, &old) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(fail(anyhow::Error::new(e).context(format!(
                "cannot move the earlier {} aside",
                out.display()
            ))));
        }
    }
    crate::store::crash_point("export-swap");
    if let Err(e) = fs::rename(&tmp, out) {
        let _ = fs::remove_dir_all(&tmp);
        if existed {
            let _ = fs::rename(&old, out);
        }
        return Err(fail(anyhow::Error::new(e)));
    }
    sync_dir(&parent);
    if existed {
        // The new folder is in place; failing to remove the old copy loses nothing.
        if let Err(e) = fs::remove_dir_all(&old) {
            eprintln!(
                "korpu: warning: could not remove the earlier export at {}: {e}",
                old.display()
            );
        }
    }
    Ok(())
}

fn build_tree(tmp: &Path, files: &[EditionFile]) -> anyhow::Result<()> {
    fs::create_dir(tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    for f in files {
        let rel = Path::new(&f.name);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            bail!("{} is not a plain relative file name", f.name);
        }
        let path = tmp.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(&f.bytes)
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write {}", path.display()))?;
        crate::store::crash_point("export-file");
    }
    sync_dir(tmp);
    Ok(())
}

/// Flushes a folder's entries (file creations, renames) where the platform allows it.
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
