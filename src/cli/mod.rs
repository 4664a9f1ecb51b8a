//! The `korpu` command line: clap definitions, one file per command group, and the
//! rendering of results as text or JSON.
//!
//! Raw flags are turned once into validated values (a [`Locale`], a [`Status`](crate::model::Status), an
//! opened [`Store`]); the library below never sees command-line strings.

mod article;
mod backup;
mod catalog;
mod check;
mod export;
mod input;
mod label;
mod segment;
mod serve;
mod split;
mod tm;
mod token;
mod work;
mod xliff;

/// Command cores that take an open store and return values: the server answers
/// with the same code as the command line.
pub(crate) mod cores {
    pub(crate) use super::article::{default_title, stored_lang};
    pub(crate) use super::check::store_report;
    pub(crate) use super::input::decode;
    pub(crate) use super::label::{list_labels, row as label_row, set_label, ListArgs, SetArgs};
    pub(crate) use super::work::{analysis, best_match, pretranslate_article};
}

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::locale::Locale;
use crate::segment::Segmenter;
use crate::store::Store;

/// korpu: articles, translation memory and localized editions for a trilingual newsroom.
#[derive(Debug, Parser)]
#[command(name = "korpu", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The store folder (default: $KORPU_STORE, else ./.korpu).
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Print results as JSON on stdout (errors as JSON on stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing but results and errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split a text into segments (sentences) without storing it.
    Split(split::SplitArgs),
    /// Add, list, show, export and remove articles.
    #[command(subcommand)]
    Article(article::ArticleCommand),
    /// Work on one segment: next, set, history, merge, split.
    #[command(subcommand)]
    Segment(segment::SegmentCommand),
    /// The translation memory: import, export, search, concordance, edit.
    #[command(subcommand)]
    Tm(tm::TmCommand),
    /// Labels: keyed UI strings (Fluent, PO, JSON) per locale.
    #[command(subcommand)]
    Label(label::LabelCommand),
    /// Fill untranslated segments of an article from the memory (as drafts).
    Pretranslate(work::PretranslateArgs),
    /// Word counts per match band: what a translation of the articles will cost.
    Analyze(work::AnalyzeArgs),
    /// Publish from the store: localized editions, label catalogs, locale trees, and
    /// articles as XLIFF for other tools.
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Check labels and article translations (or label files): variables, references,
    /// plurals, numbers, placeholders; exit 1 when there are errors.
    Check(check::CheckArgs),
    /// Write every record of the store to FILE as JSON lines.
    Backup(backup::BackupArgs),
    /// Read a backup into an empty store.
    Restore(backup::RestoreArgs),
    /// Read translations back from other tools (XLIFF).
    #[command(subcommand)]
    Import(xliff::ImportCommand),
    /// Serve the JSON API, catalogs and the web editor on this store until Ctrl-C.
    Serve(serve::ServeArgs),
    /// Access tokens for a server on a non-loopback address: create, list, revoke.
    #[command(subcommand)]
    Token(token::TokenCommand),
}

/// Output settings every command shares.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// JSON instead of text.
    pub json: bool,
    /// No informational messages on stderr.
    pub quiet: bool,
}

impl Output {
    /// Prints a value as pretty JSON on stdout.
    pub fn json<T: Serialize>(&self, value: &T) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        Ok(())
    }

    /// Prints an informational line on stderr unless quiet or in JSON mode.
    pub fn info(&self, line: impl std::fmt::Display) {
        if !self.quiet && !self.json {
            eprintln!("{line}");
        }
    }
}

/// Context shared by the commands: where the store is and how to print.
pub struct Ctx {
    store_dir: Option<PathBuf>,
    /// How to print.
    pub out: Output,
}

impl Ctx {
    /// Opens the store the global options point at.
    pub fn open_store(&self) -> anyhow::Result<Store> {
        let dir = crate::store::resolve_dir(self.store_dir.as_deref());
        Ok(Store::open(&dir)?)
    }
}

/// Parses a locale tag from the command line.
pub fn parse_locale(tag: &str) -> anyhow::Result<Locale> {
    Ok(Locale::parse(tag)?)
}

/// The rules to split with: `--srx FILE` when given, else the embedded ones.
pub fn segmenter(srx: Option<&Path>) -> anyhow::Result<std::borrow::Cow<'static, Segmenter>> {
    match srx {
        None => Ok(std::borrow::Cow::Borrowed(Segmenter::embedded())),
        Some(path) => {
            let text = input::read_text(path)?;
            Ok(std::borrow::Cow::Owned(Segmenter::from_srx(
                &text,
                &path.display().to_string(),
            )?))
        }
    }
}

/// Who a change is recorded as: `--author`, else `KORPU_AUTHOR`, else the login name.
pub fn author(flag: Option<&str>) -> String {
    if let Some(a) = flag.filter(|a| !a.trim().is_empty()) {
        return a.trim().to_string();
    }
    for var in ["KORPU_AUTHOR", "USER", "USERNAME"] {
        if let Ok(v) = std::env::var(var) {
            if !v.trim().is_empty() {
                return v.trim().to_string();
            }
        }
    }
    "unknown".to_string()
}

/// Runs the command line and returns the process exit code: 0 success, 1 failure,
/// 2 usage error.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" to clap but succeed.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let out = Output {
        json: cli.json,
        quiet: cli.quiet,
    };
    // A store that a running server holds is used through that server (`korpu serve`
    // itself is never forwarded).
    let dir = crate::store::resolve_dir(cli.store.as_deref());
    match crate::server::forward::forward(&dir) {
        Ok(None) => {}
        Ok(Some(code)) => return ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(message) => {
            report(&anyhow::anyhow!(message), out);
            return ExitCode::from(1);
        }
    }
    let ctx = Ctx {
        store_dir: cli.store.clone(),
        out,
    };
    match run(&ctx, cli.command) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, out);
            ExitCode::from(1)
        }
    }
}

fn run(ctx: &Ctx, command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Split(args) => split::run(ctx, args),
        Command::Article(cmd) => article::run(ctx, cmd),
        Command::Segment(cmd) => segment::run(ctx, cmd),
        Command::Tm(cmd) => tm::run(ctx, cmd),
        Command::Label(cmd) => label::run(ctx, cmd),
        Command::Pretranslate(args) => work::pretranslate(ctx, args),
        Command::Analyze(args) => work::analyze(ctx, args),
        Command::Export(cmd) => export::run(ctx, cmd),
        Command::Check(args) => check::run(ctx, args),
        Command::Backup(args) => backup::backup(ctx, args),
        Command::Restore(args) => backup::restore(ctx, args),
        Command::Import(cmd) => xliff::run_import(ctx, cmd),
        Command::Serve(args) => serve::run(ctx, args),
        Command::Token(cmd) => token::run(ctx, cmd),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

fn report(e: &anyhow::Error, out: Output) {
    let message = e
        .chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ");
    if out.json {
        let mut body = serde_json::json!({ "message": message, "code": 1 });
        if let Some(crate::store::StoreError::StaleRevision {
            current,
            current_text,
            ..
        }) = e.downcast_ref()
        {
            body["current_revision"] = serde_json::json!(current);
            body["current_text"] = serde_json::json!(current_text);
        }
        eprintln!("{}", serde_json::json!({ "error": body }));
    } else {
        eprintln!("korpu: error: {message}");
    }
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename, so
/// that a failure never leaves a half-written file.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_streaming_atomically(path, |f| Ok(f.write_all(bytes)?))
}

/// Streams what `write` writes into a temporary file beside `path`, then renames it:
/// a failed write leaves no half-written file.
pub fn write_streaming_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .with_context(|| format!("{} is not a file name", path.display()))?;
    let tmp = dir.join(format!(".{}.korpu-tmp", name.to_string_lossy()));
    let result = (|| -> anyhow::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        write(&mut f)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.context(format!(
            "cannot write {}; nothing was written",
            path.display()
        )));
    }
    Ok(())
}
