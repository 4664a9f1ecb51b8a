//! `korpu split`: segment a text without storing it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::{input, parse_locale, segmenter, Ctx};
use crate::segment::{BlockKind, DocFormat};

/// Arguments of `korpu split`.
#[derive(Debug, Args)]
pub struct SplitArgs {
    /// The language of the text (BCP 47: en, az, ru, en-US, …).
    #[arg(long)]
    lang: String,
    /// SRX 2.0 rules to use instead of the embedded ones.
    #[arg(long, value_name = "FILE")]
    srx: Option<PathBuf>,
    /// Layout of the input (default: from the file extension, else text).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// The text to split; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

/// A document layout as named on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// Plain text.
    Text,
    /// Markdown.
    Md,
    /// HTML.
    Html,
}

impl From<FormatArg> for DocFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Text => DocFormat::Text,
            FormatArg::Md => DocFormat::Markdown,
            FormatArg::Html => DocFormat::Html,
        }
    }
}

/// The layout of a file: the flag when given, else from the extension.
pub fn format_of(flag: Option<FormatArg>, path: &std::path::Path) -> DocFormat {
    if let Some(f) = flag {
        return f.into();
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "md" | "markdown" => DocFormat::Markdown,
        "html" | "htm" | "xhtml" => DocFormat::Html,
        _ => DocFormat::Text,
    }
}

#[derive(Serialize)]
struct SplitSegment<'a> {
    n: usize,
    text: &'a str,
    start: usize,
    end: usize,
    paragraph: usize,
    kind: BlockKind,
}

pub fn run(ctx: &Ctx, args: SplitArgs) -> anyhow::Result<ExitCode> {
    let lang = parse_locale(&args.lang)?;
    let rules = segmenter(args.srx.as_deref())?;
    let path = args.file.unwrap_or_else(|| PathBuf::from("-"));
    let (text, bom) = input::read_text_bom(&path)?;
    if text.trim().is_empty() {
        anyhow::bail!("{} is empty: there is nothing to split", path.display());
    }
    let spans = rules.split(&text, &lang, format_of(args.format, &path));
    if ctx.out.json {
        let out: Vec<SplitSegment> = spans
            .iter()
            .enumerate()
            .map(|(i, s)| SplitSegment {
                n: i + 1,
                text: &text[s.start..s.end],
                // Offsets count from the start of the file, byte order mark included.
                start: s.start + bom,
                end: s.end + bom,
                paragraph: s.paragraph,
                kind: s.kind,
            })
            .collect();
        ctx.out.json(&out)?;
    } else {
        let mut out = std::io::stdout().lock();
        for s in &spans {
            // One segment per line: a line break inside a segment (a soft break in
            // Markdown) is shown as a space; --json gives the exact text.
            let line = text[s.start..s.end].replace(['\r', '\n'], " ");
            std::io::Write::write_all(&mut out, line.as_bytes())?;
            std::io::Write::write_all(&mut out, b"\n")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
