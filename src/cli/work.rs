//! `korpu pretranslate` and `korpu analyze`: the translation memory applied to articles.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::article::stored_lang;
use super::{author, parse_locale, Ctx};
use crate::locale::Locale;
use crate::model::{Article, Origin, Status, TmContext};
use crate::text::word_count;
use crate::tm::lookup::{Match, Matcher, Query};

/// Arguments of `korpu pretranslate`.
#[derive(Debug, Args)]
pub struct PretranslateArgs {
    /// The article id.
    article: String,
    /// The target locale.
    #[arg(long)]
    lang: String,
    /// Lowest score to insert (100: exact matches only; 101: exact in the same context).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u8).range(1..=101))]
    min: u8,
    /// Only this memory.
    #[arg(long)]
    memory: Option<String>,
    /// Who the drafts are recorded as.
    #[arg(long)]
    author: Option<String>,
}

/// Arguments of `korpu analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The articles, analysed in this order (a sentence repeated across them counts as
    /// a repetition after its first occurrence).
    #[arg(required = true)]
    articles: Vec<String>,
    /// The target locale.
    #[arg(long)]
    lang: String,
    /// Only this memory.
    #[arg(long)]
    memory: Option<String>,
}

/// The context of segment `i` (0-based) for a 101% match: its neighbours' source.
pub fn context_of(article: &Article, i: usize) -> TmContext {
    let text = |j: Option<usize>| {
        j.and_then(|j| article.segments.get(j))
            .map_or_else(String::new, |s| s.text.clone())
    };
    TmContext {
        prev: text(i.checked_sub(1)),
        next: text(Some(i + 1)),
    }
}

/// The best match for segment `i` of an article, at `min` or above.
pub fn best_match(
    matcher: &mut Matcher,
    article: &Article,
    i: usize,
    to: &Locale,
    min: u8,
    limit: usize,
    memory: Option<&str>,
) -> anyhow::Result<Vec<Match>> {
    let context = context_of(article, i);
    Ok(matcher.lookup(&Query {
        text: &article.segments[i].text,
        from: &article.info.lang,
        to,
        min,
        limit,
        memory,
        context: Some(&context),
    })?)
}

pub fn pretranslate(ctx: &Ctx, a: PretranslateArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let article = store.article(&a.article)?;
    if lang.matches(&article.info.lang) {
        anyhow::bail!("{lang} is the source language of article \"{}\"", a.article);
    }
    let target = stored_lang(&article, &lang);
    let mut matcher = Matcher::new(&store)?;
    let mut fills = Vec::new();
    for (i, seg) in article.segments.iter().enumerate() {
        if seg.status_in(&target) != Status::New {
            continue;
        }
        let found = best_match(
            &mut matcher,
            &article,
            i,
            &target,
            a.min,
            1,
            a.memory.as_deref(),
        )?;
        if let Some(m) = found.into_iter().next() {
            fills.push((i + 1, m.target_substituted, Origin::Tm(m.score)));
        }
    }
    drop(matcher);
    let n = if fills.is_empty() {
        0
    } else {
        store.set_translations(
            &a.article,
            &target,
            &fills,
            Status::Draft,
            &author(a.author.as_deref()),
        )?
    };
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({
            "article": a.article,
            "lang": target,
            "filled": fills.iter().map(|(n, text, origin)| serde_json::json!({"n": n, "text": text, "origin": origin})).collect::<Vec<_>>(),
        }))?;
    } else {
        println!(
            "pretranslated {n} of {} segments of {} into {target} (drafts, matches of {}% and above)",
            article.segments.len(),
            a.article,
            a.min
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The bands of an analysis, in report order.
const BANDS: [&str; 8] = [
    "repetitions",
    "101",
    "100",
    "95-99",
    "85-94",
    "75-84",
    "50-74",
    "no match",
];

/// The band of a score.
pub fn band_of(score: Option<u8>) -> &'static str {
    match score {
        Some(101..) => "101",
        Some(100) => "100",
        Some(95..=99) => "95-99",
        Some(85..=94) => "85-94",
        Some(75..=84) => "75-84",
        Some(50..=74) => "50-74",
        _ => "no match",
    }
}

/// Segments and words in one band.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Count {
    /// Segments.
    pub segments: usize,
    /// Words (numbers count as words; tags and punctuation do not).
    pub words: usize,
}

#[derive(Serialize)]
struct Report {
    lang: String,
    articles: Vec<ArticleReport>,
    total: BTreeMap<&'static str, Count>,
}

#[derive(Serialize)]
struct ArticleReport {
    id: String,
    bands: BTreeMap<&'static str, Count>,
}

pub fn analyze(ctx: &Ctx, a: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let mut articles = Vec::new();
    for id in &a.articles {
        articles.push(store.article(id)?);
    }
    let mut matcher = Matcher::new(&store)?;
    let mut seen: HashSet<String> = HashSet::new();
    let empty = || {
        BANDS
            .iter()
            .map(|b| (*b, Count::default()))
            .collect::<BTreeMap<_, _>>()
    };
    let mut total = empty();
    let mut reports = Vec::new();
    for article in &articles {
        if lang.matches(&article.info.lang) {
            anyhow::bail!(
                "{lang} is the source language of article \"{}\"",
                article.info.id
            );
        }
        let target = stored_lang(article, &lang);
        let mut bands = empty();
        for (i, seg) in article.segments.iter().enumerate() {
            let key: String = seg.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let band = if !seen.insert(key) {
                "repetitions"
            } else {
                let found = best_match(
                    &mut matcher,
                    article,
                    i,
                    &target,
                    50,
                    1,
                    a.memory.as_deref(),
                )?;
                band_of(found.first().map(|m| m.score))
            };
            let words = word_count(&seg.text);
            for counts in [&mut bands, &mut total] {
                let c = counts.entry(band).or_default();
                c.segments += 1;
                c.words += words;
            }
        }
        reports.push(ArticleReport {
            id: article.info.id.clone(),
            bands,
        });
    }
    let report = Report {
        lang: lang.tag().to_string(),
        articles: reports,
        total,
    };
    if ctx.out.json {
        ctx.out.json(&report)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut w = std::io::stdout().lock();
    let mut header = format!("{:<24}", "band");
    for r in &report.articles {
        header.push_str(&format!(" {:>18}", truncate(&r.id, 18)));
    }
    if report.articles.len() > 1 {
        header.push_str(&format!(" {:>18}", "total"));
    }
    writeln!(w, "{header}")?;
    writeln!(w, "{:<24} {:>18}", "", "segments / words")?;
    for band in BANDS {
        let mut line = format!("{band:<24}");
        let mut cols: Vec<&BTreeMap<&str, Count>> =
            report.articles.iter().map(|r| &r.bands).collect();
        if report.articles.len() > 1 {
            cols.push(&report.total);
        }
        for c in cols {
            let v = c.get(band).copied().unwrap_or_default();
            line.push_str(&format!(" {:>18}", format!("{} / {}", v.segments, v.words)));
        }
        writeln!(w, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
