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
use crate::store::Store;
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

/// What a pretranslation filled.
#[derive(Debug, Serialize)]
pub struct Pretranslated {
    /// The article id.
    pub article: String,
    /// The locale the drafts went into (as stored in the article).
    pub lang: Locale,
    /// The segments filled: number, text, origin.
    pub filled: Vec<Filled>,
    /// How many segments the article has.
    #[serde(skip)]
    pub segments: usize,
}

/// One segment a pretranslation filled.
#[derive(Debug, Serialize)]
pub struct Filled {
    /// 1-based segment number.
    pub n: usize,
    /// The draft stored.
    pub text: String,
    /// `tm:SCORE`.
    pub origin: Origin,
}

/// Fills the `new` segments of an article in `lang` with the best match at `min` or
/// above, as drafts, in one transaction.
pub fn pretranslate_article(
    store: &Store,
    id: &str,
    lang: &Locale,
    min: u8,
    memory: Option<&str>,
    who: &str,
) -> anyhow::Result<Pretranslated> {
    let article = store.article(id)?;
    if lang.matches(&article.info.lang) {
        anyhow::bail!("{lang} is the source language of article \"{id}\"");
    }
    let target = stored_lang(&article, lang);
    let mut matcher = Matcher::new(store)?;
    let mut fills = Vec::new();
    for (i, seg) in article.segments.iter().enumerate() {
        if seg.status_in(&target) != Status::New {
            continue;
        }
        let found = best_match(&mut matcher, &article, i, &target, min, 1, memory)?;
        if let Some(m) = found.into_iter().next() {
            fills.push((i + 1, m.target_substituted, Origin::Tm(m.score)));
        }
    }
    drop(matcher);
    if !fills.is_empty() {
        store.set_translations(id, &target, &fills, Status::Draft, who)?;
    }
    Ok(Pretranslated {
        article: id.to_string(),
        lang: target,
        filled: fills
            .into_iter()
            .map(|(n, text, origin)| Filled { n, text, origin })
            .collect(),
        segments: article.segments.len(),
    })
}

pub fn pretranslate(ctx: &Ctx, a: PretranslateArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let done = pretranslate_article(
        &store,
        &a.article,
        &lang,
        a.min,
        a.memory.as_deref(),
        &author(a.author.as_deref()),
    )?;
    if ctx.out.json {
        ctx.out.json(&done)?;
    } else {
        println!(
            "pretranslated {} of {} segments of {} into {} (drafts, matches of {}% and above)",
            done.filled.len(),
            done.segments,
            a.article,
            done.lang,
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

/// An analysis: counts per band, per article and in total.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The target locale.
    pub lang: String,
    /// Per article, in the order given.
    pub articles: Vec<ArticleReport>,
    /// All articles together.
    pub total: BTreeMap<&'static str, Count>,
}

/// The bands of one article.
#[derive(Debug, Serialize)]
pub struct ArticleReport {
    /// The article id.
    pub id: String,
    /// Counts per band.
    pub bands: BTreeMap<&'static str, Count>,
}

/// Word counts per match band of articles (in the order given) against the memory.
pub fn analysis(
    store: &Store,
    ids: &[String],
    lang: &Locale,
    memory: Option<&str>,
) -> anyhow::Result<Report> {
    let mut articles = Vec::new();
    for id in ids {
        articles.push(store.article(id)?);
    }
    let mut matcher = Matcher::new(store)?;
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
        let target = stored_lang(article, lang);
        let mut bands = empty();
        for (i, seg) in article.segments.iter().enumerate() {
            let key: String = seg.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let band = if !seen.insert(key) {
                "repetitions"
            } else {
                let found = best_match(&mut matcher, article, i, &target, 50, 1, memory)?;
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
    Ok(Report {
        lang: lang.tag().to_string(),
        articles: reports,
        total,
    })
}

pub fn analyze(ctx: &Ctx, a: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&a.lang)?;
    let store = ctx.open_store()?;
    let report = analysis(&store, &a.articles, &lang, a.memory.as_deref())?;
    drop(store);
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
