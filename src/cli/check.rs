//! `korpu check`: quality checks over the store's labels and article translations, or
//! over label files before they are imported.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::Args;

use super::label::{collect_sources, po_language, reference_lang};
use super::{input, parse_locale, Ctx};
use crate::formats::ftl::{read_ftl, FtlItem};
use crate::formats::po::parse_po;
use crate::formats::Severity as DiagnosticSeverity;
use crate::labels::{self, Stamp};
use crate::locale::Locale;
use crate::model::{now_rfc3339, LabelFormat};
use crate::qa::{self, Finding, Kind, LabelInput, LabelSet, Location, Report, SourcePos};
use crate::store::{LabelFilter, Store};

/// `korpu check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Label files or folders (`.ftl`, `.po`, `.json`; a folder laid out as
    /// `{locale}/**/*.ftl`) to check instead of the store, for example before an
    /// import. Problems are reported with file, line and column.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Only this locale (the reference locale is still read to compare with). With
    /// files, also the locale of files whose path names none.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// With files: the locale the others are compared with (default: en, which finds
    /// en-US). The store has its own (`korpu label reference`).
    #[arg(long, value_name = "L")]
    pub reference: Option<String>,
}

/// Runs the checks and prints the report: errors and warnings, on stdout. Exit code 1
/// when there is an error.
pub fn run(ctx: &Ctx, a: CheckArgs) -> anyhow::Result<ExitCode> {
    let asked = a.lang.as_deref().map(parse_locale).transpose()?;
    let report = if a.paths.is_empty() {
        if a.reference.is_some() {
            bail!("--reference applies to files; the store's reference locale is set with `korpu label reference L`");
        }
        store_report(&ctx.open_store()?, asked.as_ref())?
    } else {
        let reference = parse_locale(a.reference.as_deref().unwrap_or("en"))?;
        check_files(ctx, &a.paths, asked.as_ref(), &reference)?
    };
    print(ctx, &report)?;
    Ok(if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print(ctx: &Ctx, report: &Report) -> anyhow::Result<()> {
    if ctx.out.json {
        return ctx.out.json(report);
    }
    let mut out = std::io::stdout().lock();
    for (word, list) in [("error", &report.errors), ("warning", &report.warnings)] {
        for f in list {
            writeln!(
                out,
                "{}: {word}: {}: {}",
                f.location.describe(),
                f.kind.as_str(),
                f.message
            )?;
        }
    }
    drop(out);
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    ctx.out.info(format!(
        "{}, {}",
        plural(report.errors.len(), "error"),
        plural(report.warnings.len(), "warning")
    ));
    Ok(())
}

/// `nplurals` of a PO header given as PO text.
fn nplurals(header: &str) -> Option<usize> {
    parse_po(header).0.header.plural_forms().map(|p| p.nplurals)
}

/// The checks over a store's labels and article translations (all locales, or the one
/// asked for): the report `korpu check --json` prints.
pub fn store_report(store: &Store, asked: Option<&Locale>) -> anyhow::Result<Report> {
    let label_langs: Vec<Locale> = store
        .label_langs()?
        .iter()
        .filter_map(|t| Locale::parse(t).ok())
        .collect();
    let reference = reference_lang(store)?;
    let lang_labels = asked.and_then(|l| l.negotiate_among(&label_langs));
    let mut findings = Vec::new();
    if let Some(l) = asked {
        if lang_labels.is_none() && !label_langs.is_empty() {
            findings.push(Finding::error(
                Kind::NoLabels,
                Location {
                    lang: Some(l.tag().to_string()),
                    ..Location::default()
                },
                format!(
                    "there are no labels in {} (labels exist in {}); import them with `korpu label import`",
                    l.tag(),
                    label_langs
                        .iter()
                        .map(Locale::tag)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    // Labels: every locale's are read, since each is compared with the reference.
    let mut set = LabelSet {
        labels: store
            .labels(&LabelFilter::default())?
            .into_iter()
            .map(|label| LabelInput { label, pos: None })
            .collect(),
        reference: reference.tag().to_string(),
        targets: asked.map(|_| lang_labels.iter().map(|l| l.tag().to_string()).collect()),
        complete: true,
        ..LabelSet::default()
    };
    for (resource, lang) in store.label_resources()? {
        if let Some(layout) = store.label_layout(&resource, &lang)? {
            if layout.format == Some(LabelFormat::Po) {
                if let Some(n) = nplurals(&layout.header) {
                    set.po_nplurals.insert((resource, lang), n);
                }
            }
        }
    }
    findings.extend(qa::check_labels(&set));
    // Articles: each into the locales it has translations in, or the one asked for.
    let articles = store.list_articles()?;
    if asked.is_some() && label_langs.is_empty() && articles.is_empty() {
        bail!("nothing to check: the store has no labels and no articles");
    }
    for info in &articles {
        let article = store.article(&info.id)?;
        let targets: Vec<Locale> = match asked {
            Some(l) if l.matches(&article.info.lang) => Vec::new(),
            Some(l) => {
                let have = article.target_locales();
                vec![l
                    .negotiate_among(&have)
                    .cloned()
                    .unwrap_or_else(|| l.clone())]
            }
            None => article
                .target_locales()
                .into_iter()
                .filter(|l| *l != article.info.lang)
                .collect(),
        };
        findings.extend(qa::check_article(&article, &targets));
    }
    Ok(Report::from_findings(findings))
}

fn check_files(
    ctx: &Ctx,
    paths: &[PathBuf],
    asked: Option<&Locale>,
    reference: &Locale,
) -> anyhow::Result<Report> {
    // With --lang, files of other locales are still read: the reference is needed.
    let (sources, skipped) = collect_sources(paths, None)?;
    for path in &skipped {
        ctx.out.info(format!(
            "{}: skipped: no folder in its path is named after a locale",
            path.display()
        ));
    }
    let stamp = Stamp {
        author: "check".to_string(),
        time: now_rfc3339(),
    };
    let mut findings = Vec::new();
    let mut set = LabelSet::default();
    let mut file_langs: BTreeSet<Locale> = BTreeSet::new();
    for source in &sources {
        let name = source.path.display().to_string();
        let at = |line: usize, column: usize| Location {
            file: Some(name.clone()),
            line: (line > 0).then_some(line),
            column: (line > 0).then_some(column.max(1)),
            ..Location::default()
        };
        let text = match input::read_text(&source.path) {
            Ok(t) => t,
            Err(e) => {
                findings.push(Finding::error(Kind::Syntax, at(0, 0), format!("{e:#}")));
                continue;
            }
        };
        let lang = match source.lang.clone().or_else(|| po_language(source, &text)) {
            Some(l) => l,
            None => match asked {
                Some(l) => l.clone(),
                None => {
                    ctx.out.info(format!(
                        "{name}: no locale in its path; read as {} (give --lang)",
                        reference.tag()
                    ));
                    reference.clone()
                }
            },
        };
        file_langs.insert(lang.clone());
        let (import, diagnostics) =
            labels::read_resource(&source.resource, lang.tag(), source.format, &text, &stamp);
        for d in diagnostics {
            let mut loc = at(d.line, d.column);
            loc.resource = Some(source.resource.clone());
            loc.lang = Some(lang.tag().to_string());
            findings.push(match d.severity {
                DiagnosticSeverity::Error => Finding::error(Kind::Syntax, loc, d.message),
                DiagnosticSeverity::Warning => Finding::warning(Kind::Duplicate, loc, d.message),
            });
        }
        let lines = entry_lines(source.format, &text);
        if source.format == LabelFormat::Po {
            if let Some(n) = parse_po(&text).0.header.plural_forms().map(|p| p.nplurals) {
                set.po_nplurals
                    .insert((source.resource.clone(), lang.tag().to_string()), n);
            }
        }
        for label in import.labels {
            let line = lines.get(&label.id).copied();
            set.labels.push(LabelInput {
                pos: Some(SourcePos {
                    file: name.clone(),
                    line: line.unwrap_or(0),
                }),
                label,
            });
        }
    }
    let langs: Vec<Locale> = file_langs.into_iter().collect();
    set.reference = reference
        .negotiate_among(&langs)
        .unwrap_or(reference)
        .tag()
        .to_string();
    if let Some(l) = asked {
        let Some(found) = l.negotiate_among(&langs) else {
            bail!(
                "no file of {} among those given (their locales: {})",
                l.tag(),
                langs.iter().map(Locale::tag).collect::<Vec<_>>().join(", ")
            );
        };
        set.targets = Some(BTreeSet::from([found.tag().to_string()]));
        findings.retain(|f| f.location.lang.as_deref().is_none_or(|t| t == found.tag()));
    }
    set.complete = false;
    let mut label_findings = qa::check_labels(&set);
    for f in &mut label_findings {
        // A label that was read from a line has that line; the others point at the file.
        if f.location.line == Some(0) {
            f.location.line = None;
            f.location.column = None;
        }
    }
    findings.extend(label_findings);
    Ok(Report::from_findings(findings))
}

/// The line each entry of a file starts on, by label id.
fn entry_lines(format: LabelFormat, text: &str) -> BTreeMap<String, usize> {
    match format {
        LabelFormat::Ftl => read_ftl(text)
            .items
            .into_iter()
            .filter_map(|i| match i {
                FtlItem::Entry { id, line, .. } => Some((id, line)),
                FtlItem::Comment(_) => None,
            })
            .collect(),
        LabelFormat::Po => parse_po(text)
            .0
            .entries
            .into_iter()
            .map(|e| (e.key(), e.line))
            .collect(),
        LabelFormat::Json => BTreeMap::new(),
    }
}
