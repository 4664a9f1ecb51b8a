//! `korpu segment …`: the translator's flow in a terminal.

use std::io::{Read, Write};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::article::{one_line, stored_lang};
use super::tm::marked_query;
use super::work::best_match;
use super::{author, parse_locale, Ctx};
use crate::model::{Origin, Segment, Status, Translation};
use crate::store::SetTranslation;
use crate::tm::lookup::{Match, Matcher};

/// The segment commands.
#[derive(Debug, Subcommand)]
pub enum SegmentCommand {
    /// Show the next segment that needs work, with the segments around it.
    Next(NextArgs),
    /// Store a translation of one segment.
    Set(SetArgs),
    /// List every change to a segment's translation.
    History(HistoryArgs),
    /// Merge segment N with segment N+1.
    Merge(MergeArgs),
    /// Split segment N in two at a byte offset of its text.
    Split(SplitArgs),
}

/// Arguments of `korpu segment next`.
#[derive(Debug, Args)]
pub struct NextArgs {
    /// The article id.
    article: String,
    /// The target locale.
    #[arg(long)]
    lang: String,
    /// Look only after segment N.
    #[arg(long, default_value_t = 0, value_name = "N")]
    after: usize,
    /// How many segments to show before and after it.
    #[arg(long, default_value_t = 2)]
    context: usize,
    /// How many suggestions from the memory to show.
    #[arg(long, default_value_t = 3)]
    suggestions: usize,
}

/// Arguments of `korpu segment set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The article id.
    article: String,
    /// The segment number (1-based, as `article show` prints it).
    n: usize,
    /// The translation; `-` reads it from standard input.
    text: String,
    /// The target locale.
    #[arg(long)]
    lang: String,
    /// The status (new, draft, translated, reviewed, approved).
    #[arg(long, default_value = "translated")]
    status: String,
    /// Who the change is recorded as (default: $KORPU_AUTHOR, else the login name).
    #[arg(long)]
    author: Option<String>,
    /// Refuse the write unless the stored revision is R (0: not translated yet).
    #[arg(long, value_name = "R")]
    expect_revision: Option<u64>,
}

/// Arguments of `korpu segment history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The article id.
    article: String,
    /// The segment number.
    n: usize,
    /// The target locale.
    #[arg(long)]
    lang: String,
}

/// Arguments of `korpu segment merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The article id.
    article: String,
    /// The first of the two segments.
    n: usize,
    /// Who the change is recorded as.
    #[arg(long)]
    author: Option<String>,
}

/// Arguments of `korpu segment split`.
#[derive(Debug, Args)]
pub struct SplitArgs {
    /// The article id.
    article: String,
    /// The segment to split.
    n: usize,
    /// Byte offset in the segment's text where the second part starts.
    #[arg(long, value_name = "BYTE")]
    at: usize,
    /// Who the change is recorded as.
    #[arg(long)]
    author: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: SegmentCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        SegmentCommand::Next(a) => next(ctx, a),
        SegmentCommand::Set(a) => set(ctx, a),
        SegmentCommand::History(a) => history(ctx, a),
        SegmentCommand::Merge(a) => merge(ctx, a),
        SegmentCommand::Split(a) => split(ctx, a),
    }
}

#[derive(Serialize)]
struct Neighbour<'a> {
    n: usize,
    text: &'a str,
    status: Status,
    translation: Option<&'a str>,
}

#[derive(Serialize)]
struct Next<'a> {
    article: &'a str,
    lang: String,
    /// `null` when every segment is translated.
    n: Option<usize>,
    count: usize,
    text: Option<&'a str>,
    paragraph: Option<usize>,
    status: Option<Status>,
    translation: Option<&'a Translation>,
    before: Vec<Neighbour<'a>>,
    after: Vec<Neighbour<'a>>,
    /// The best matches from the memory (70% and above, best first).
    suggestions: Vec<Match>,
}

fn neighbour<'a>(segments: &'a [Segment], i: usize, tag: &str) -> Neighbour<'a> {
    let s = &segments[i];
    let t = s.translations.get(tag);
    Neighbour {
        n: i + 1,
        text: &s.text,
        status: t.map_or(Status::New, |t| t.status),
        translation: t.map(|t| t.text.as_str()),
    }
}

fn next(ctx: &Ctx, a: NextArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let article = store.article(&a.article)?;
    if lang.matches(&article.info.lang) {
        bail!("{lang} is the source language of article \"{}\"", a.article);
    }
    let target = stored_lang(&article, &lang);
    let segs = &article.segments;
    let found = segs
        .iter()
        .enumerate()
        .skip(a.after)
        .find(|(_, s)| s.status_in(&target).needs_work())
        .map(|(i, _)| i);
    let tag = target.tag();
    let suggestions = match found {
        Some(i) => {
            let mut matcher = Matcher::new(&store)?;
            best_match(&mut matcher, &article, i, &target, 70, a.suggestions, None)?
        }
        None => Vec::new(),
    };
    let view = match found {
        Some(i) => Next {
            article: &article.info.id,
            lang: tag.to_string(),
            n: Some(i + 1),
            count: segs.len(),
            text: Some(&segs[i].text),
            paragraph: Some(segs[i].paragraph),
            status: Some(segs[i].status_in(&target)),
            translation: segs[i].translations.get(tag),
            before: (i.saturating_sub(a.context)..i)
                .map(|j| neighbour(segs, j, tag))
                .collect(),
            after: (i + 1..(i + 1).saturating_add(a.context).min(segs.len()))
                .map(|j| neighbour(segs, j, tag))
                .collect(),
            suggestions,
        },
        None => Next {
            article: &article.info.id,
            lang: tag.to_string(),
            n: None,
            count: segs.len(),
            text: None,
            paragraph: None,
            status: None,
            translation: None,
            before: Vec::new(),
            after: Vec::new(),
            suggestions: Vec::new(),
        },
    };
    if ctx.out.json {
        ctx.out.json(&view)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    let Some(n) = view.n else {
        if a.after > 0 {
            writeln!(
                out,
                "no segment after {} of {} needs work in {tag}",
                a.after, view.article
            )?;
        } else {
            writeln!(
                out,
                "every segment of {} is translated into {tag}",
                view.article
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let status = view.status.unwrap_or(Status::New);
    writeln!(
        out,
        "{} · segment {n} of {} · {tag} · {status}",
        view.article, view.count
    )?;
    let show = |out: &mut dyn Write, nb: &Neighbour| -> std::io::Result<()> {
        writeln!(out, "   {:>4}  {}", nb.n, one_line(nb.text))?;
        if let Some(t) = nb.translation {
            writeln!(out, "         {tag}: {}", one_line(t))?;
        }
        Ok(())
    };
    for nb in &view.before {
        show(&mut out, nb)?;
    }
    writeln!(
        out,
        " → {n:>4}  {}",
        one_line(view.text.unwrap_or_default())
    )?;
    match view.translation {
        Some(t) => writeln!(
            out,
            "         {tag}: {} (r{})",
            one_line(&t.text),
            t.revision
        )?,
        None => writeln!(out, "         {tag}: (not translated)")?,
    }
    for nb in &view.after {
        show(&mut out, nb)?;
    }
    if !view.suggestions.is_empty() {
        writeln!(out, "\nsuggestions from the memory:")?;
        let text = view.text.unwrap_or_default();
        for (k, m) in view.suggestions.iter().enumerate() {
            writeln!(
                out,
                "  {}. {:>3}%  {}",
                k + 1,
                m.score,
                one_line(&m.target_substituted)
            )?;
            writeln!(out, "          {}", one_line(&marked_query(text, m)))?;
        }
    }
    writeln!(
        out,
        "\nstore it with: korpu segment set {} {n} --lang {tag} \"…\"",
        view.article
    )?;
    Ok(ExitCode::SUCCESS)
}

fn set(ctx: &Ctx, a: SetArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let status: Status = a.status.parse()?;
    let text = if a.text == "-" {
        let mut buf = String::new();
        std::io::stdin()
            .read_to_string(&mut buf)
            .context("cannot read the translation from standard input (is it UTF-8?)")?;
        buf.trim_end_matches(['\n', '\r']).to_string()
    } else {
        a.text.clone()
    };
    if text.trim().is_empty() && status != Status::New {
        bail!("the translation is empty; nothing was written (to clear a segment, set status new)");
    }
    let who = author(a.author.as_deref());
    let store = ctx.open_store()?;
    let t = store.set_translation(&SetTranslation {
        article: &a.article,
        n: a.n,
        lang: &lang,
        text: &text,
        status,
        author: &who,
        origin: Origin::Human,
        expect_revision: a.expect_revision,
    })?;
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({
            "article": a.article,
            "n": a.n,
            "lang": lang,
            "text": t.text,
            "status": t.status,
            "revision": t.revision,
            "author": t.author,
            "time": t.time,
            "origin": t.origin,
        }))?;
    } else {
        println!(
            "segment {} of {} in {lang}: {}, revision {}",
            a.n, a.article, t.status, t.revision
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn history(ctx: &Ctx, a: HistoryArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let entries = store.history(&a.article, a.n, &lang)?;
    if ctx.out.json {
        ctx.out.json(&entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        println!(
            "segment {} of {} has no translation into {lang} yet",
            a.n, a.article
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    for e in &entries {
        let note = e
            .note
            .as_deref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        writeln!(
            out,
            "r{:<3} {}  {:<12} {:<10} {}{note}\n      {}",
            e.revision,
            e.time,
            e.author,
            e.status.as_str(),
            e.origin,
            one_line(&e.text)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn merge(ctx: &Ctx, a: MergeArgs) -> anyhow::Result<ExitCode> {
    let who = author(a.author.as_deref());
    let store = ctx.open_store()?;
    store.merge_segments(&a.article, a.n, &who)?;
    let count = store.article(&a.article)?.segments.len();
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({ "article": a.article, "n": a.n, "segments": count }))?;
    } else {
        println!(
            "merged segments {} and {} of {}; it has {count} segments now",
            a.n,
            a.n + 1,
            a.article
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn split(ctx: &Ctx, a: SplitArgs) -> anyhow::Result<ExitCode> {
    let who = author(a.author.as_deref());
    let store = ctx.open_store()?;
    let second = store.split_segment(&a.article, a.n, a.at, &who)?;
    let count = store.article(&a.article)?.segments.len();
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({
            "article": a.article, "n": a.n, "new": second, "segments": count
        }))?;
    } else {
        println!(
            "split segment {} of {} at byte {}; the second part is segment {second}, it has {count} segments now",
            a.n, a.article, a.at
        );
    }
    Ok(ExitCode::SUCCESS)
}
