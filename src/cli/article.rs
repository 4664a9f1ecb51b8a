//! `korpu article …`: add, list, show, export, align and remove articles.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::split::{format_of, FormatArg};
use super::{author, input, parse_locale, segmenter, write_file_atomically, Ctx};
use crate::export::render_article;
use crate::locale::Locale;
use crate::model::{self, Article, Origin, Status, Translation};
use crate::segment::{BlockKind, DocFormat, Span};
use crate::store::NewArticle;

/// The article commands.
#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// Add an article from a text, Markdown or HTML file.
    Add(AddArgs),
    /// List the articles in the store.
    List,
    /// Show an article's segments and translations.
    Show(ShowArgs),
    /// Write an article in one language with its original layout.
    Export(ExportArgs),
    /// Store a translated version of an article, aligned sentence by sentence.
    Align(AlignArgs),
    /// Remove an article with its translations and history.
    Remove(RemoveArgs),
}

/// Arguments of `korpu article add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The article file (`-` reads standard input).
    file: PathBuf,
    /// The language the article is written in.
    #[arg(long)]
    lang: String,
    /// The article id (default: from the file name).
    #[arg(long)]
    id: Option<String>,
    /// The title (default: the first heading, else the first segment).
    #[arg(long)]
    title: Option<String>,
    /// Layout of the file (default: from the extension: .md, .html, else text).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Replace an article with the same id, keeping translations of unchanged segments.
    #[arg(long)]
    replace: bool,
    /// SRX 2.0 rules to split with instead of the embedded ones.
    #[arg(long, value_name = "FILE")]
    srx: Option<PathBuf>,
}

/// Arguments of `korpu article show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The article id.
    id: String,
    /// Show only translations into this locale.
    #[arg(long)]
    lang: Option<String>,
}

/// Arguments of `korpu article export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The article id.
    id: String,
    /// The language to write (the source language gives the source).
    #[arg(long)]
    lang: String,
    /// Layout to write (default: the article's own).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `korpu article align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// The article id.
    id: String,
    /// The translated document, with the same paragraphs and sentences as the source.
    file: PathBuf,
    /// The language of the translation.
    #[arg(long)]
    lang: String,
    /// Status the aligned translations get.
    #[arg(long, default_value = "translated")]
    status: String,
    /// Who the translations are recorded as.
    #[arg(long)]
    author: Option<String>,
    /// Layout of the file (default: from the extension).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// SRX 2.0 rules to split with instead of the embedded ones.
    #[arg(long, value_name = "FILE")]
    srx: Option<PathBuf>,
}

/// Arguments of `korpu article remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The article id.
    id: String,
    /// Confirm the removal (translations and history go with it).
    #[arg(long, required = true)]
    yes: bool,
}

pub fn run(ctx: &Ctx, cmd: ArticleCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ArticleCommand::Add(a) => add(ctx, a),
        ArticleCommand::List => list(ctx),
        ArticleCommand::Show(a) => show(ctx, a),
        ArticleCommand::Export(a) => export(ctx, a),
        ArticleCommand::Align(a) => align(ctx, a),
        ArticleCommand::Remove(a) => remove(ctx, a),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let id = match &a.id {
        Some(id) => id.clone(),
        None => {
            let stem = a.file.file_stem().map(|s| s.to_string_lossy().to_string());
            match stem.filter(|s| s != "-") {
                // `report.en.txt` added with --lang en becomes `report`: the language
                // suffix names the version, not the article.
                Some(stem) => {
                    let suffix = format!(".{}", lang.tag());
                    let cut = stem.len().saturating_sub(suffix.len());
                    let base = match stem.get(cut..) {
                        Some(tail) if tail.eq_ignore_ascii_case(&suffix) => &stem[..cut],
                        _ => &stem[..],
                    };
                    model::article_id_from_name(base)
                }
                None => bail!("reading from standard input needs --id"),
            }
        }
    };
    model::check_article_id(&id).map_err(anyhow::Error::msg)?;
    let rules = segmenter(a.srx.as_deref())?;
    let source =
        input::read_text(&a.file).map_err(|e| anyhow::anyhow!("{e:#}; nothing was written"))?;
    let name = a.file.display();
    if source.trim().is_empty() {
        bail!("{name} is empty: there is nothing to add; nothing was written");
    }
    let format = format_of(a.format, &a.file);
    let spans = rules.split(&source, &lang, format);
    if spans.is_empty() {
        bail!("{name} has no text to translate; nothing was written");
    }
    let title = match a.title {
        Some(t) => t,
        None => default_title(&source, &spans, format),
    };
    let store = ctx.open_store()?;
    let outcome = store.add_article(
        &NewArticle {
            id: &id,
            title: &title,
            lang,
            format,
            source: &source,
            spans: &spans,
        },
        a.replace,
    )?;
    if ctx.out.json {
        ctx.out.json(&outcome)?;
    } else if outcome.replaced {
        println!(
            "replaced {}: {} segments, {} kept their translations",
            outcome.id, outcome.segments, outcome.kept
        );
    } else {
        println!("added {}: {} segments", outcome.id, outcome.segments);
    }
    Ok(ExitCode::SUCCESS)
}

/// The title of an article added without one: its first heading, else its first
/// segment, on one line and at most 120 characters.
pub fn default_title(source: &str, spans: &[Span], format: DocFormat) -> String {
    let Some(first) = spans
        .iter()
        .find(|s| s.kind == BlockKind::Heading)
        .or(spans.first())
    else {
        return String::new();
    };
    let text = &source[first.start..first.end];
    let text = if format == DocFormat::Html {
        crate::export::html_to_text(text)
    } else {
        text.to_string()
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut title = words.join(" ");
    if title.chars().count() > 120 {
        title = title.chars().take(117).collect::<String>() + "...";
    }
    title
}

#[derive(Serialize)]
struct ListItem {
    id: String,
    title: String,
    lang: Locale,
    format: DocFormat,
    segments: usize,
    /// Per target locale: how many segments are translated or better.
    progress: BTreeMap<String, usize>,
    created: String,
    updated: String,
}

fn list(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let mut items = Vec::new();
    for info in store.list_articles()? {
        let article = store.article(&info.id)?;
        let mut progress = BTreeMap::new();
        for l in article.target_locales() {
            let done = article
                .segments
                .iter()
                .filter(|s| !s.status_in(&l).needs_work())
                .count();
            progress.insert(l.tag().to_string(), done);
        }
        items.push(ListItem {
            id: info.id,
            title: info.title,
            lang: info.lang,
            format: info.format,
            segments: info.segments,
            progress,
            created: info.created,
            updated: info.updated,
        });
    }
    if ctx.out.json {
        ctx.out.json(&items)?;
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        ctx.out
            .info("no articles yet: add one with `korpu article add FILE --lang L`");
        return Ok(ExitCode::SUCCESS);
    }
    let width = items
        .iter()
        .map(|i| i.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{:width$}  LANG  SEGS  DONE          TITLE", "ID")?;
    for i in &items {
        let done = i
            .progress
            .iter()
            .map(|(l, n)| format!("{l} {}%", n * 100 / i.segments.max(1)))
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(
            out,
            "{:width$}  {:4}  {:4}  {:12}  {}",
            i.id,
            i.lang.tag(),
            i.segments,
            if done.is_empty() { "-".into() } else { done },
            i.title
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct ShowSegment<'a> {
    n: usize,
    text: &'a str,
    paragraph: usize,
    kind: BlockKind,
    start: usize,
    end: usize,
    translations: BTreeMap<&'a str, &'a Translation>,
}

#[derive(Serialize)]
struct ShowArticle<'a> {
    id: &'a str,
    title: &'a str,
    lang: &'a Locale,
    format: DocFormat,
    created: &'a str,
    updated: &'a str,
    segments: Vec<ShowSegment<'a>>,
}

/// The tag under which translations into `lang` are kept in `article` (`en-US` when
/// `en` is asked for and only `en-US` exists), else `lang` itself.
pub fn stored_lang(article: &Article, lang: &Locale) -> Locale {
    lang.negotiate_among(&article.target_locales())
        .cloned()
        .unwrap_or_else(|| lang.clone())
}

fn show(ctx: &Ctx, a: ShowArgs) -> anyhow::Result<ExitCode> {
    let lang = a.lang.as_deref().map(parse_locale).transpose()?;
    let store = ctx.open_store()?;
    let article = store.article(&a.id)?;
    let only = lang.as_ref().map(|l| stored_lang(&article, l));
    let segments: Vec<ShowSegment> = article
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| ShowSegment {
            n: i + 1,
            text: &s.text,
            paragraph: s.paragraph,
            kind: s.kind,
            start: s.start,
            end: s.end,
            translations: s
                .translations
                .iter()
                .filter(|(tag, _)| only.as_ref().is_none_or(|l| l.tag() == tag.as_str()))
                .map(|(tag, t)| (tag.as_str(), t))
                .collect(),
        })
        .collect();
    let info = &article.info;
    if ctx.out.json {
        ctx.out.json(&ShowArticle {
            id: &info.id,
            title: &info.title,
            lang: &info.lang,
            format: info.format,
            created: &info.created,
            updated: &info.updated,
            segments,
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} — {} ({}, {} segments)",
        info.id,
        info.title,
        info.lang,
        segments.len()
    )?;
    let mut paragraph = 0;
    for s in &segments {
        if s.paragraph != paragraph {
            writeln!(out)?;
            paragraph = s.paragraph;
        }
        writeln!(out, "{:>4}  {}", s.n, one_line(s.text))?;
        if let Some(l) = &only {
            if !s.translations.contains_key(l.tag()) {
                writeln!(out, "      {:<6} new", l.tag())?;
            }
        }
        for (tag, t) in &s.translations {
            writeln!(
                out,
                "      {tag:<6} {:<10} r{}  {}",
                t.status.as_str(),
                t.revision,
                one_line(&t.text)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A text on one line: line breaks shown as spaces.
pub fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

fn export(ctx: &Ctx, a: ExportArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let article = store.article(&a.id)?;
    let target = if lang.matches(&article.info.lang) {
        article.info.lang.clone()
    } else {
        stored_lang(&article, &lang)
    };
    let format = a.format.map_or(article.info.format, DocFormat::from);
    let text = render_article(&article, &target, format);
    drop(store);
    match &a.output {
        Some(path) => {
            write_file_atomically(path, text.as_bytes())?;
            ctx.out.info(format!("wrote {}", path.display()));
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn align(ctx: &Ctx, a: AlignArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let status: Status = a.status.parse()?;
    let rules = segmenter(a.srx.as_deref())?;
    let text =
        input::read_text(&a.file).map_err(|e| anyhow::anyhow!("{e:#}; nothing was written"))?;
    let name = a.file.display().to_string();
    if text.trim().is_empty() {
        bail!("{name} is empty; nothing was written");
    }
    let spans = rules.split(&text, &lang, format_of(a.format, &a.file));
    let store = ctx.open_store()?;
    let article = store.article(&a.id)?;
    // Pair paragraph by paragraph; within a paragraph, sentence by sentence. Any
    // difference in shape is reported and nothing is stored.
    let group = |paras: Vec<usize>| -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for p in paras {
            match out.last_mut() {
                Some((q, count)) if *q == p => *count += 1,
                _ => out.push((p, 1)),
            }
        }
        out
    };
    let src = group(article.segments.iter().map(|s| s.paragraph).collect());
    let dst = group(spans.iter().map(|s| s.paragraph).collect());
    if src.len() != dst.len() {
        bail!(
            "{name} has {} paragraphs but article \"{}\" has {}: the translation must keep the source's paragraphs; nothing was written",
            dst.len(),
            a.id,
            src.len()
        );
    }
    for (i, ((_, ns), (_, nd))) in src.iter().zip(&dst).enumerate() {
        if ns != nd {
            bail!(
                "paragraph {} of {name} has {nd} sentences but the source paragraph has {ns}: merge or split segments with `korpu segment merge/split` first; nothing was written",
                i + 1
            );
        }
    }
    let texts: Vec<(usize, String, Origin)> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| (i + 1, text[s.start..s.end].to_string(), Origin::Import))
        .collect();
    let who = author(a.author.as_deref());
    let n = store
        .set_translations(&a.id, &lang, &texts, status, &who)
        .with_context(|| format!("cannot align {name}"))?;
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({ "id": a.id, "lang": lang, "segments": n }))?;
    } else {
        println!("aligned {n} segments of {} in {lang}", a.id);
    }
    Ok(ExitCode::SUCCESS)
}

fn remove(ctx: &Ctx, a: RemoveArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    store.remove_article(&a.id)?;
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({ "removed": a.id }))?;
    } else {
        println!("removed {}", a.id);
    }
    Ok(ExitCode::SUCCESS)
}
